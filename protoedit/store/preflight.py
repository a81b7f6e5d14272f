"""Reading a database file before anything is written: its header, its revision, whether a
newer ProtoEdit wrote it. Used by the database opener, backups and the probe."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from protoedit import __version__
from protoedit.errors import NewerSchemaError, NotADatabaseError
from protoedit.i18n import N_
from protoedit.store import schema
from protoedit.store.errors import MSG_CORRUPT, classify

SQLITE_HEADER = b"SQLite format 3\x00"
MSG_NEWER = N_(
    "Cette base de données a été créée par une version plus récente de ProtoEdit ({version}). "
    "Installez cette version pour l'ouvrir ; rien n'a été modifié."
)
MSG_NEWER_UNKNOWN = N_(
    "Cette base de données a été créée par une version plus récente de ProtoEdit. "
    "Installez la dernière version pour l'ouvrir ; rien n'a été modifié."
)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", version))


def newer_schema_error(app_version: str) -> NewerSchemaError:
    """Name the version that wrote the file when it is known (and newer than this one)."""
    if app_version and _version_key(app_version) > _version_key(__version__):
        return NewerSchemaError(MSG_NEWER, version=app_version)
    return NewerSchemaError(MSG_NEWER_UNKNOWN)


def _has_wal(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def read_only_uri(path: Path, immutable: bool) -> str:
    """A read-only SQLite URI; `immutable` opens without creating -wal/-shm beside the file
    (only when no write-ahead log holds data that would be missed)."""
    uri = f"{path.as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable and not _has_wal(path) else uri


def _truncated(path: Path, header: bytes, size: int) -> bool:
    """The header's page count (when valid) says the file should be longer than it is.

    Not judged while a write may be under way (a -wal or -journal beside the file): a
    checkpoint writes page 1 before the pages that lengthen the file."""
    if _has_wal(path) or Path(str(path) + "-journal").exists():
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return header[24:28] == header[92:96] and pages > 0 and size < pages * page_size


def preflight_sqlite(path: Path) -> str | None:
    """Read the file without writing anything, not even -wal/-shm beside it: refuse garbage
    and newer schemas; return its revision."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[:16] != SQLITE_HEADER or _truncated(path, header, path.stat().st_size):
        raise NotADatabaseError(MSG_CORRUPT, path=str(path))
    try:
        con = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
        try:
            con.execute("PRAGMA schema_version").fetchone()
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            app_version = ""
            if "protoedit_meta" in tables:
                row = con.execute(
                    "SELECT value FROM protoedit_meta WHERE key='app_version'"
                ).fetchone()
                app_version = row[0] if row else ""
        finally:
            con.close()
    except sqlite3.DatabaseError as err:
        raise classify(err, str(path)) from err
    if revision is not None and revision not in schema.known_revisions():
        raise newer_schema_error(app_version)
    return revision
