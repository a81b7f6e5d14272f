"""Who is using this PC: the actor recorded on every change, and its lookup at start-up."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from protoedit.store.database import Database
from protoedit.store.tables import professional

COORDINATOR = "coordinateur"  # the profession code of the team's coordinator


@dataclass(frozen=True)
class Actor:
    """Who is using this PC; recorded on every change."""

    id: int | None
    name: str

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "ProtoEdit")


def find_actor(db: Database, professional_id: int) -> Actor | None:
    """The team member with this id as an actor, or None if the record is gone (Core only)."""
    c = professional.c
    with db.connect() as conn:
        row = conn.execute(select(c.first_name, c.last_name).where(c.id == professional_id)).first()
    if row is None:
        return None
    return Actor(professional_id, f"{row.first_name} {row.last_name}".strip())


def is_coordinator(db: Database, actor: Actor) -> bool:
    """Whether this PC's user is a coordinator of the team (profession "coordinateur")."""
    if actor.id is None:
        return False
    c = professional.c
    with db.connect() as conn:
        return conn.execute(select(c.profession).where(c.id == actor.id)).scalar() == COORDINATOR
