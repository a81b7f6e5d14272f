"""ProtoEdit entry point: the GUI by default, admin subcommands otherwise (see --help)."""

from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    from protoedit.cli import parser as cli

    args = cli.build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.command else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command:
        return cli.run_command(args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
