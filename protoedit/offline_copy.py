"""A local read-only copy of the approved protocols, so consultation works when the server is down."""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from protoedit.ops import Actor, Entity, operation
from protoedit.paths import data_dir
from protoedit.store.database import Database, open_database
from protoedit.store.models import (
    Base,
    Meta,
    Professional,
    Protocol,
    ProtocolVersion,
    Structure,
    utcnow,
)

log = logging.getLogger("protoedit.store")
COPY_NAME = "consultation-copy.sqlite"
MADE_AT = "copy_made_at"
SOURCE = "copy_source"


def copy_path() -> Path:
    return data_dir() / COPY_NAME


def _plain(obj: Base, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs if c.key not in skip}


def refresh_copy(db: Database, target: Path | None = None) -> Path:
    """Write the approved protocols (and the team, without PINs) to a local SQLite file.

    Built in a temporary file, then swapped in, so a failure keeps the previous copy."""
    target = target or copy_path()
    tmp = target.with_name(target.name + ".new")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    with db.read() as s:
        structures = [_plain(x) for x in s.scalars(select(Structure))]
        people = [_plain(x, ("pin_hash",)) for x in s.scalars(select(Professional))]
        versions = list(
            s.scalars(select(ProtocolVersion).where(ProtocolVersion.status == "approved"))
        )
        protocol_ids = {v.protocol_id for v in versions}
        protos = [
            _plain(p) for p in s.scalars(select(Protocol).where(Protocol.id.in_(protocol_ids)))
        ]
        rows = [_plain(v) for v in versions]
    local = open_database(tmp, backup_before_migration=False)
    try:
        with operation(local, Actor.system()) as tx:
            for model, items in (
                (Structure, structures),
                (Professional, people),
                (Protocol, protos),
                (ProtocolVersion, rows),
            ):
                for item in items:
                    tx.session.add(model(**item))
            tx.session.add(Meta(key=MADE_AT, value=utcnow().isoformat(timespec="seconds")))
            tx.session.add(Meta(key=SOURCE, value=db.display_name))
            tx.record("offline_copy", Entity.PROTOCOL, None, count=len(rows))
        with local.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        local.close()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    os.replace(tmp, target)
    log.info("consultation copy refreshed: %d approved versions", len(rows))
    return target


@dataclass
class OfflineCopy:
    db: Database
    made_at: dt.datetime | None
    source: str


def open_copy(path: Path | None = None) -> OfflineCopy | None:
    """Open the local copy, or None when there is none."""
    path = path or copy_path()
    if not path.exists():
        return None
    db = open_database(path, backup_before_migration=False)
    with db.read() as s:
        made = s.get(Meta, MADE_AT)
        source = s.get(Meta, SOURCE)
    made_at = dt.datetime.fromisoformat(made.value) if made else None
    return OfflineCopy(db, made_at, source.value if source else "")
