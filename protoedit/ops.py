"""Operations: one user action = one transaction + its audit events, returning what changed."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from protoedit.actors import Actor
from protoedit.errors import ConflictError, NotFoundError
from protoedit.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from protoedit import audit

__all__ = ["Actor", "Entity", "OpChanges", "Tx", "check_revision", "operation"]
log = logging.getLogger("protoedit.ops")


class Entity(StrEnum):
    """What an operation changes: the audit log's entity and the key views refresh on."""

    ACI_DENOMINATOR = "aci_denominator"
    ACKNOWLEDGEMENT = "acknowledgement"
    ACTIVITY_TALLY = "activity_tally"
    AGENDA_ITEM = "agenda_item"
    COOP_PROTOCOL = "coop_protocol"
    DECISION = "decision"
    DECLARATION = "declaration"
    DECLARATION_MEMBER = "declaration_member"
    EXCHANGE_FILE = "exchange_file"
    INVITEE = "invitee"
    MEASUREMENT = "measurement"
    MEETING = "meeting"
    PDSA_CYCLE = "pdsa_cycle"
    PROFESSIONAL = "professional"
    PROTOCOL = "protocol"
    PROTOCOL_VERSION = "protocol_version"
    STRUCTURE = "structure"
    TEAM_CHANGE = "team_change"


@dataclass
class OpChanges:
    """What an operation changed: entity kind -> ids. Views refresh from this."""

    changed: dict[Entity, set[int]] = field(default_factory=dict)

    def add(self, entity: Entity, entity_id: int | None) -> None:
        kind = Entity(entity)  # a mistyped name fails here, not as a view that never refreshes
        self.changed.setdefault(kind, set())
        if entity_id is not None:
            self.changed[kind].add(entity_id)

    def touches(self, *entities: Entity) -> bool:
        return any(Entity(e) in self.changed for e in entities)

    def merge(self, other: OpChanges) -> None:
        for k, ids in other.changed.items():
            self.changed.setdefault(k, set()).update(ids)


class Tx:
    """A write transaction in progress: the session, pending audit events and changes."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self.changes = OpChanges()
        self._events: list[audit.PendingEvent] = []

    def record(self, action: str, entity: Entity, target: Any = None, **detail: Any) -> None:
        """Note an audited change; ids of new objects are read at commit time."""
        from protoedit import audit

        self._events.append(audit.PendingEvent(action, Entity(entity), target, detail))

    def get(self, model: type, ident: int, what: str = "") -> Any:
        """The row, or NotFoundError naming it by `what`, a French noun marked with N_()."""
        obj = self.session.get(model, ident)
        if obj is None:
            raise NotFoundError(what or model.__name__, ident)
        return obj

    def finish(self) -> None:
        self.session.flush()
        if not self._events:
            raise RuntimeError("an operation must record at least one audit event")
        from protoedit import audit

        audit.append(self.session, self.actor.id, self.actor.name, self._events)
        for ev in self._events:
            target = ev.target
            self.changes.add(
                Entity(ev.entity),
                target if isinstance(target, int) or target is None else target.id,
            )


def check_revision(obj: Any, expected: int | None) -> None:
    """Refuse a save made against a revision that someone else has since replaced."""
    if expected is not None and obj.revision != expected:
        raise ConflictError()


@contextlib.contextmanager
def operation(db: Database, actor: Actor) -> Iterator[Tx]:
    """Run one user action in one (serialised) transaction with its audit events.

    The ORM and the audit log are imported here, on first use, not at start-up (see
    Database.connect())."""
    from sqlalchemy.orm.exc import StaleDataError

    session = db.write_session()
    tx = Tx(session, actor)
    try:
        with session.begin():
            yield tx
            tx.finish()
    except StaleDataError as err:
        raise ConflictError() from err
    except Exception as err:
        classified = db.classify(err)
        if classified is err:
            raise
        raise classified from err
    finally:
        session.close()
