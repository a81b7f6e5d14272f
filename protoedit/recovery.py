"""Unsaved edits kept on disk when a save fails or the app closes with them: one JSON file per
document under `<data folder>/recovery/`, offered back at the next start."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from protoedit.paths import data_dir

log = logging.getLogger("protoedit.recovery")
FORMAT = 1


@dataclass(frozen=True)
class Recovered:
    """One document's unsaved edits: `data` is what its screen would have saved, based on
    `revision` of the stored document."""

    db: str  # the database's display name (path or URL without password)
    kind: str  # protocol_version | agenda_item
    doc_id: int
    label: str  # what the user calls the document ("ACO-01 v1 — Anticoagulants")
    revision: int | None
    written_at: dt.datetime
    actor: str
    data: dict[str, Any]
    path: Path


def folder() -> Path:
    return data_dir() / "recovery"


def db_key(db_name: str) -> str:
    """A short stable name for a database (its location, hashed: paths make poor file names)."""
    return hashlib.sha256(db_name.encode("utf-8")).hexdigest()[:16]


def file_for(db_name: str, kind: str, doc_id: int) -> Path:
    return folder() / f"{db_key(db_name)}-{kind}-{int(doc_id)}.json"


def write(
    db_name: str,
    kind: str,
    doc_id: int,
    label: str,
    data: dict[str, Any],
    revision: int | None,
    actor: str,
) -> Path:
    """Write (or replace) the document's recovery file atomically; returns its path."""
    path = file_for(db_name, kind, doc_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "format": FORMAT,
        "db": db_name,
        "kind": kind,
        "doc_id": int(doc_id),
        "label": label,
        "revision": revision,
        "actor": actor,
        "written_at": dt.datetime.now().isoformat(timespec="seconds"),
        "data": data,
    }
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(record, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    log.info("recovery file written: %s", path)
    return path


def _read(path: Path) -> Recovered | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Recovered(
            db=raw["db"],
            kind=raw["kind"],
            doc_id=int(raw["doc_id"]),
            label=str(raw.get("label", "")),
            revision=raw.get("revision"),
            written_at=dt.datetime.fromisoformat(raw["written_at"]),
            actor=str(raw.get("actor", "")),
            data=dict(raw["data"]),
            path=path,
        )
    except (OSError, ValueError, KeyError, TypeError) as err:
        log.warning("recovery file %s unreadable: %s", path, err)
        return None


def list_for(db_name: str) -> list[Recovered]:
    """The recovery files of this database, oldest first (unreadable ones are left alone)."""
    base = folder()
    if not base.is_dir():
        return []
    found = [
        r
        for p in sorted(base.glob(f"{db_key(db_name)}-*.json"))
        if (r := _read(p)) is not None and r.db == db_name
    ]
    return sorted(found, key=lambda r: r.written_at)


def get(db_name: str, kind: str, doc_id: int) -> Recovered | None:
    path = file_for(db_name, kind, doc_id)
    return _read(path) if path.exists() else None


def remove(db_name: str, kind: str, doc_id: int) -> None:
    """Forget the document's recovery file (after a successful save, or when the user says so)."""
    with contextlib.suppress(FileNotFoundError):
        file_for(db_name, kind, doc_id).unlink()
