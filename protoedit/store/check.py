"""Integrity check of a database: schema version, SQLite integrity, foreign keys, audit chain."""

from __future__ import annotations

from sqlalchemy import text

from protoedit import audit
from protoedit.store import schema
from protoedit.store.database import Database


def run_check(db: Database) -> list[str]:
    """Return the problems found (empty list: all is well). Reads only."""
    problems: list[str] = []
    current = schema.current_revision(db.engine)
    if current != schema.head_revision():
        problems.append(f"schema revision {current}, expected {schema.head_revision()}")
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                problems.extend(f"integrity: {r}" for r in rows[:20])
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            problems.extend(f"foreign key: table {r[0]} row {r[1]} -> {r[2]}" for r in fk[:20])
    with db.read() as session:
        broken = audit.verify_chain(session)
    if broken:
        problems.append(f"audit chain broken at event {broken.seq}: {broken.reason}")
    return problems
