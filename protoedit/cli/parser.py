"""The one argparse parser of main.py: GUI options, and the subcommands of each module
(`add_parsers` sets each one's handler with `set_defaults(func=...)`)."""

from __future__ import annotations

import argparse

from protoedit import __version__, i18n
from protoedit.cli import admin, exchange, quality
from protoedit.cli.common import Handler, err
from protoedit.errors import ProtoEditError
from protoedit.paths import bundle_dir


def package_version() -> str:
    """The installed version, from the package metadata (collected into the bundle too)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("protoedit")
    except PackageNotFoundError:
        return f"{__version__} (package metadata missing)"


class _VersionAction(argparse.Action):
    """--version, reading the metadata only when asked (not at every start)."""

    def __init__(
        self, option_strings: list[str], dest: str = argparse.SUPPRESS, help: str | None = None
    ) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"ProtoEdit {package_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="protoedit" if bundle_dir() else "main.py",
        description="ProtoEdit: protocoles pluriprofessionnels, coopérations, concertations.",
    )
    p.add_argument("--version", action=_VersionAction, help="print the version and exit")
    p.add_argument("--db", help="SQLite file path or URL (postgresql+psycopg://user@host/db)")
    p.add_argument("--lang", choices=["fr", "en"], help="interface language")
    p.add_argument("--consult", action="store_true", help="open straight into consultation")
    # Start-up check of an installation (the bundle's CI smoke test): paint the main window, exit 0.
    p.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for module in (admin, exchange, quality):
        module.add_parsers(sub)
    return p


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; user-facing errors print a plain message and exit 2."""
    if args.lang:
        i18n.set_language(args.lang)
    try:
        handler: Handler = args.func
        return handler(args)
    except ProtoEditError as e:
        err(e.message())
        return 2
