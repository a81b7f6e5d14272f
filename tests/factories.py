"""Shared builders and look-ups for tests: rows as stored, read through the core's session."""

from __future__ import annotations

from protoedit.store.database import Database
from protoedit.store.models import Professional


def stored_professional(db: Database, professional_id: int) -> Professional:
    """The professional's row as stored, hash of the personal code included (checks only:
    screens get `team.ProfessionalView`, which never carries it)."""
    with db.read() as s:
        row = s.get(Professional, professional_id)
        assert row is not None, professional_id
        return row
