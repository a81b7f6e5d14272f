"""Command-line export (JSON exchange file or PDF) and import of exchange files."""

from __future__ import annotations

import argparse
from pathlib import Path

from protoedit.cli.common import Subparsers, err, with_db
from protoedit.i18n import ntr, tr
from protoedit.ops import Actor
from protoedit.store.database import Database

KIND_CHOICES = ["protocol", "cooperation", "meeting"]


def add_parsers(sub: Subparsers) -> None:
    e = sub.add_parser(
        "export",
        help="export a document (or --all) to a JSON exchange file, or a care protocol to PDF",
    )
    e.add_argument(
        "target",
        nargs="?",
        metavar="ID_OR_CODE",
        help="care-protocol code or id, team cooperation-protocol code, meeting id",
    )
    e.add_argument(
        "--kind",
        choices=KIND_CHOICES,
        help="document kind (default: care protocol, then cooperation protocol)",
    )
    e.add_argument("--json", metavar="OUT.json", help="write a JSON exchange file")
    e.add_argument("--pdf", metavar="OUT.pdf", help="write the care protocol as PDF")
    e.add_argument("--memo", metavar="PROFESSION", help="with --pdf: one-page memo for PROFESSION")
    e.add_argument("--all", action="store_true", help="with --json: the whole library")
    i = sub.add_parser("import", help="import a JSON exchange file (all documents or nothing)")
    i.add_argument("file", metavar="FILE.json")
    e.set_defaults(func=cmd_export)
    i.set_defaults(func=cmd_import)


def _usage_error(text: str) -> int:
    err(text)
    return 2


def cmd_export(args: argparse.Namespace) -> int:
    if bool(args.json) == bool(args.pdf):
        return _usage_error(tr("Indiquez --json FICHIER ou --pdf FICHIER."))
    if args.all and (args.pdf or args.target):
        return _usage_error(tr("--all s'utilise avec --json, sans document désigné."))
    if not args.all and not args.target:
        return _usage_error(tr("Indiquez le document à exporter (code ou numéro), ou --all."))
    if args.memo and not args.pdf:
        return _usage_error(tr("--memo s'utilise avec --pdf."))
    if args.pdf:
        return _export_pdf(args)

    def run(db: Database) -> int:
        from protoedit.exchange import export as exchange

        if args.all:
            data = exchange.export_library(db)
        else:
            kind, ident = exchange.find_document(db, args.target, args.kind)
            data = exchange.export_document(db, kind, ident)
        out = exchange.write_json(data, Path(args.json))
        print(ntr("%n document(s) exporté(s) dans {path}", len(data["documents"])).format(path=out))
        return 0

    return with_db(args, run)


def _export_pdf(args: argparse.Namespace) -> int:
    if args.kind not in (None, "protocol"):
        return _usage_error(
            tr("L'export PDF en ligne de commande concerne les protocoles pluriprofessionnels.")
        )
    try:
        from protoedit.cli.pdf import export_pdf
    except ImportError as err:
        return _usage_error(
            tr("L'export PDF n'est pas disponible dans cette installation ({detail}).").format(
                detail=err
            )
        )

    def run(db: Database) -> int:
        out = export_pdf(db, args.target, Path(args.pdf), args.memo)
        print(out)
        return 0

    return with_db(args, run)


def cmd_import(args: argparse.Namespace) -> int:
    from protoedit.exchange.export import KIND_LABELS
    from protoedit.exchange.importing import ImportProblems, check_file, import_checked

    try:
        data = check_file(args.file)  # before opening the database
    except ImportProblems as problems:
        err(
            ntr(
                "Le fichier « {name} » n'a pas été importé : %n problème(s). Rien n'a "
                "été enregistré.",
                len(problems.problems),
            ).format(name=problems.name)
        )
        for p in problems.problems:
            err(f"  {p.text()}")
        return 2

    def run(db: Database) -> int:
        report = import_checked(db, Actor(None, tr("Import en ligne de commande")), data, args.file)
        for doc in report.documents:
            line = f"{tr(KIND_LABELS[doc.kind])} {doc.label} (n° {doc.id})"
            if doc.renamed_from:
                line += " " + tr("importé sous ce code ; code d'origine : {code}").format(
                    code=doc.renamed_from
                )
            print(tr("Importé : {what}").format(what=line))
        for note in report.notes:
            print(tr("Remarque : {text}").format(text=note.text()))
        if not report.documents:
            print(tr("Aucun document importé."))
        return 0

    return with_db(args, run)
