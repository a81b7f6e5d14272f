"""Command-line subcommands for admins and scripts: check, backup, restore, list."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from protoedit import i18n
from protoedit.errors import ProtoEditError
from protoedit.i18n import tr
from protoedit.paths import default_db_path
from protoedit.settings import Settings
from protoedit.store.database import Database, open_database, to_url

Handler = Callable[[argparse.Namespace], int]
_handlers: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _handlers[name] = fn
        return fn

    return register


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="main.py",
        description="ProtoEdit: protocoles pluriprofessionnels, coopérations, concertations.",
    )
    p.add_argument("--db", help="SQLite file path or URL (postgresql+psycopg://user@host/db)")
    p.add_argument("--lang", choices=["fr", "en"], help="interface language")
    p.add_argument("--consult", action="store_true", help="open straight into consultation")
    sub = p.add_subparsers(dest="command", metavar="SUBCOMMAND")
    sub.add_parser("init", help="create the database (the only command that creates one)")
    sub.add_parser("check", help="schema version, integrity, audit chain: prints OK or the problems")
    b = sub.add_parser("backup", help="copy the SQLite database (to DEST or its backup folder)")
    b.add_argument("dest", nargs="?", help="destination file")
    r = sub.add_parser("restore", help="replace the database by a backup (current file put aside)")
    r.add_argument("backup_file")
    lst = sub.add_parser("list", help="one line per document")
    lst.add_argument("--kind", choices=["protocol", "cooperation", "meeting"])
    import protoedit.cli_exchange  # noqa: F401 - registers export and import
    import protoedit.cli_quality  # noqa: F401 - registers quality-report and measurements-csv

    for extra in _extensions:
        extra(sub)
    return p


_extensions: list[Callable[[argparse._SubParsersAction], None]] = []


def extend(fn: Callable[[argparse._SubParsersAction], None]) -> Callable:
    """Let other core modules add subcommands (export, import...)."""
    _extensions.append(fn)
    return fn


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


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    target = resolve_db(args.db)
    url = to_url(target)
    existed = url.get_backend_name() != "sqlite" or Path(url.database or "").exists()
    db = open_database(target)
    try:
        where = db.display_name
    finally:
        db.close()
    print((tr("Base déjà présente, prête : {path}") if existed else
           tr("Base créée : {path}")).format(path=where))
    return 0


@command("check")
def cmd_check(args: argparse.Namespace) -> int:
    from protoedit.store.check import run_check
    from protoedit.store.schema import current_revision

    def run(db: Database) -> int:
        problems = run_check(db)
        print(tr("Version du schéma : {revision}").format(revision=current_revision(db.engine)))
        if problems:
            for problem in problems:
                print(problem.message())
            return 1
        print("OK")
        return 0

    return with_db(args, run, migrate=False)


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    url = to_url(resolve_db(args.db))
    if url.get_backend_name() != "sqlite":
        err(tr("Sauvegarde d'un serveur PostgreSQL : utilisez pg_dump (voir README)."))
        return 2
    path = Path(url.database or "")
    open_database(path, create=False).close()
    from protoedit.store import backup as backups  # the GUI starts without it

    made = backups.make_backup(path, "manual", Path(args.dest) if args.dest else None)
    print(made)
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    url = to_url(resolve_db(args.db))
    if url.get_backend_name() != "sqlite":
        err(tr("Restauration d'un serveur PostgreSQL : utilisez pg_restore (voir README)."))
        return 2
    from protoedit.store import backup as backups

    aside = backups.restore(Path(url.database or ""), Path(args.backup_file))
    if aside:
        print(tr("Base actuelle mise de côté : {path}").format(path=aside))
    print("OK")
    return 0


@command("list")
def cmd_list(args: argparse.Namespace) -> int:
    from protoedit.library import list_documents

    def run(db: Database) -> int:
        for row in list_documents(db, args.kind):
            version = f"v{row.version}" if row.version else "-"
            print(f"{row.kind}\t{row.id}\t{row.code}\t{version}\t{row.status}\t{row.title}")
        return 0

    return with_db(args, run)


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; user-facing errors print a plain message and exit 2."""
    if args.lang:
        i18n.set_language(args.lang)
    try:
        return _handlers[args.command](args)
    except ProtoEditError as e:
        err(e.message())
        return 2
