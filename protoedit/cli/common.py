"""What every subcommand shares: the database it works on, errors printed for the user."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from protoedit.paths import default_db_path
from protoedit.settings import Settings
from protoedit.store.database import Database, open_database

Handler = Callable[[argparse.Namespace], int]
if TYPE_CHECKING:  # subscriptable for type checkers only
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    Subparsers = argparse._SubParsersAction


def resolve_db(arg: str | None) -> str:
    if arg:
        return arg
    settings = Settings.load()
    return settings.db_url or str(default_db_path())


def err(text: str) -> None:
    print(text, file=sys.stderr)


def with_db(args: argparse.Namespace, fn: Callable[[Database], int], migrate: bool = True) -> int:
    """Run `fn` on the database; a SQLite path with no file is refused (see `init`)."""
    db = open_database(resolve_db(args.db), migrate=migrate, create=False)
    try:
        return fn(db)
    finally:
        db.close()
