"""Recovery files: one per document and database, written atomically, listed, removed."""

from __future__ import annotations

import sqlite3

from protoedit import recovery
from protoedit.errors import StorageError
from protoedit.store.errors import classify

DB_A, DB_B = "/srv/a/protoedit.sqlite", "postgresql+psycopg://app@host/msp"


def test_write_list_remove_per_database_and_document() -> None:
    recovery.write(
        DB_A,
        "protocol_version",
        7,
        "ACO-01 v1 — Anticoagulants",
        {"code": "ACO-01"},
        3,
        "Élise Martin",
    )
    recovery.write(
        DB_A,
        "protocol_version",
        7,
        "ACO-01 v1 — Anticoagulants",
        {"code": "ACO-02"},
        4,
        "Élise Martin",
    )  # the same document again: replaced, not added
    recovery.write(DB_B, "protocol_version", 7, "Autre base", {"code": "X"}, 1, "Paul")
    found = recovery.list_for(DB_A)
    assert [(r.doc_id, r.data, r.revision, r.actor) for r in found] == [
        (7, {"code": "ACO-02"}, 4, "Élise Martin")
    ]
    assert found[0].path.parent == recovery.folder()
    assert not list(recovery.folder().glob("*.tmp"))  # written through a temporary file
    assert [r.label for r in recovery.list_for(DB_B)] == ["Autre base"]
    recovery.remove(DB_A, "protocol_version", 7)
    recovery.remove(DB_A, "protocol_version", 7)  # already gone: no error
    assert recovery.list_for(DB_A) == [] and len(recovery.list_for(DB_B)) == 1


def test_unreadable_file_is_left_alone() -> None:
    path = recovery.write(DB_A, "protocol_version", 1, "L", {}, None, "A")
    path.write_text("{ half written", encoding="utf-8")
    assert recovery.list_for(DB_A) == []
    assert path.exists()  # never deleted behind the user's back


def test_disk_io_error_is_a_storage_error() -> None:
    """What SQLite says when the file is made immutable under an open connection."""
    raw = sqlite3.OperationalError("disk I/O error")
    raw.sqlite_errorcode = 778  # type: ignore[attr-defined]  # SQLITE_IOERR_WRITE
    err = classify(raw, "/x/protoedit.sqlite")
    assert isinstance(err, StorageError) and "/x/protoedit.sqlite" in err.message()
