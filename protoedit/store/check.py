"""Integrity check of a database: schema version, SQLite integrity, foreign keys, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from protoedit import audit
from protoedit.i18n import N_, tr
from protoedit.store import schema
from protoedit.store.database import Database


@dataclass(frozen=True)
class Problem:
    """One problem found: a N_ template and its fields, worded in the reader's language."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return tr(self.template, lang=lang).format(**self.params)


def run_check(db: Database) -> list[Problem]:
    """Return the problems found (empty list: all is well). Reads only."""
    problems: list[Problem] = []
    current = schema.current_revision(db.engine)
    if current != schema.head_revision():
        problems.append(
            Problem(
                N_("Version du schéma : {current}, attendue : {expected}."),
                {"current": current, "expected": schema.head_revision()},
            )
        )
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                problems.extend(
                    Problem(N_("Intégrité du fichier : {detail}"), {"detail": r}) for r in rows[:20]
                )
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            problems.extend(
                Problem(
                    N_("Référence brisée : table {table}, ligne {row}, vers la table {parent}."),
                    {"table": r[0], "row": r[1], "parent": r[2]},
                )
                for r in fk[:20]
            )
    broken = audit.first_break(db)
    if broken:
        problems.append(Problem(broken.reason, {"seq": broken.seq}))
    return problems
