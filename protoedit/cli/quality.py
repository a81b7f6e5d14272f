"""Command-line quality exports: a protocol's or the year's quality report, the measurements CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from protoedit.cli.common import Subparsers, with_db
from protoedit.errors import NotFoundError
from protoedit.i18n import N_
from protoedit.store.database import Database


def add_parsers(sub: Subparsers) -> None:
    q = sub.add_parser(
        "quality-report",
        help="quality report PDF of a care protocol (--protocol) or of the team's year (--year)",
    )
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--protocol", metavar="CODE", help="care-protocol code or id")
    which.add_argument("--year", type=int, metavar="YEAR", help="the team's yearly report")
    q.add_argument("--out", required=True, metavar="OUT.pdf")
    c = sub.add_parser("measurements-csv", help="every indicator measurement as CSV (Excel)")
    c.add_argument("--out", required=True, metavar="OUT.csv")
    q.set_defaults(func=cmd_quality_report)
    c.set_defaults(func=cmd_measurements_csv)


def cmd_quality_report(args: argparse.Namespace) -> int:
    from protoedit.export.quality_protocol_report import build_protocol_quality_pdf
    from protoedit.export.quality_team_report import build_team_quality_pdf
    from protoedit.protocols.queries import find_protocol

    def run(db: Database) -> int:
        if args.year is not None:
            out = build_team_quality_pdf(db, args.year, Path(args.out))
        else:
            pid = find_protocol(db, args.protocol)
            if pid is None:
                raise NotFoundError(N_("protocole"), args.protocol)
            out = build_protocol_quality_pdf(db, pid, Path(args.out))
        print(out)
        return 0

    return with_db(args, run)


def cmd_measurements_csv(args: argparse.Namespace) -> int:
    from protoedit.export.measurements_csv import write_measurements_csv

    def run(db: Database) -> int:
        print(write_measurements_csv(db, Path(args.out)))
        return 0

    return with_db(args, run)
