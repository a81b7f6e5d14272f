"""Command-line subcommands for admins and scripts: init, check, backup, restore, list."""

from __future__ import annotations

import argparse
from pathlib import Path

from protoedit.cli.common import Subparsers, err, resolve_db, with_db
from protoedit.i18n import tr
from protoedit.store.database import Database, open_database, to_url


def add_parsers(sub: Subparsers) -> None:
    sub.add_parser(
        "init", help="create the database (the only command that creates one)"
    ).set_defaults(func=cmd_init)
    sub.add_parser(
        "check", help="schema version, integrity, audit chain: prints OK or the problems"
    ).set_defaults(func=cmd_check)
    b = sub.add_parser("backup", help="copy the SQLite database (to DEST or its backup folder)")
    b.add_argument("dest", nargs="?", help="destination file")
    b.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help="replace the database by a backup (current file put aside)")
    r.add_argument("backup_file")
    r.set_defaults(func=cmd_restore)
    lst = sub.add_parser("list", help="one line per document")
    lst.add_argument("--kind", choices=["protocol", "cooperation", "meeting"])
    lst.set_defaults(func=cmd_list)


def cmd_init(args: argparse.Namespace) -> int:
    target = resolve_db(args.db)
    url = to_url(target)
    existed = url.get_backend_name() != "sqlite" or Path(url.database or "").exists()
    db = open_database(target)
    try:
        where = db.display_name
    finally:
        db.close()
    print(
        (tr("Base déjà présente, prête : {path}") if existed else tr("Base créée : {path}")).format(
            path=where
        )
    )
    return 0


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


def cmd_list(args: argparse.Namespace) -> int:
    from protoedit.library import list_documents

    def run(db: Database) -> int:
        for row in list_documents(db, args.kind):
            version = f"v{row.version}" if row.version else "-"
            print(f"{row.kind}\t{row.id}\t{row.code}\t{version}\t{row.status}\t{row.title}")
        return 0

    return with_db(args, run)
