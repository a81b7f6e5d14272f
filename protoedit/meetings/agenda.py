"""A meeting's agenda items: adding, editing, ordering, removing them; their notes, proposal,
deviation reason and time spent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from sqlalchemy import func, select

from protoedit.errors import FieldErrors, TransitionError, ValidationError
from protoedit.i18n import N_
from protoedit.meetings.meeting import assign_fields, ensure_editable, load_meeting
from protoedit.meetings.queries import ITEM_KINDS, PROTOCOL_ITEM_KINDS
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.store.database import Database
from protoedit.store.models import Protocol
from protoedit.store.models.meetings import AgendaItem, Decision
from protoedit.textclean import clean_line, clean_text

CONSENTS = ("yes", "not_asked")
SLOT_DEFAULT = 15
SLOT_MAX = 480


@dataclass
class ItemInput:
    kind: str = "case"
    theme: str = ""
    requester: str = ""
    presenter: str = ""
    slot_minutes: int = SLOT_DEFAULT
    patient_pseudonym: str = ""
    patient_initials: str = ""
    consent: str = "not_asked"
    flag_75: bool = False
    flag_ald: bool = False
    protocol_id: int | None = None


def _item(tx: Tx, item_id: int) -> AgendaItem:
    item: AgendaItem = tx.get(AgendaItem, item_id, what=N_("point"))
    ensure_editable(item.meeting)
    return item


def _clean_item(v: ItemInput) -> ItemInput:
    problems = {}
    if v.kind not in ITEM_KINDS:
        problems["kind"] = N_("Type de point inconnu.")
    if not 1 <= int(v.slot_minutes) <= SLOT_MAX:
        problems["slot_minutes"] = N_("La durée prévue va de 1 à 480 minutes.")
    if v.consent not in CONSENTS:
        problems["consent"] = N_("Consentement inconnu.")
    if problems:
        raise FieldErrors(problems)
    case, protocol = v.kind == "case", v.kind in PROTOCOL_ITEM_KINDS
    return ItemInput(
        kind=v.kind,
        theme=clean_line(v.theme, field="theme"),
        requester=clean_line(v.requester, 250, field="requester"),
        presenter=clean_line(v.presenter, 250, field="presenter"),
        slot_minutes=int(v.slot_minutes),
        # patient details belong to patient cases only
        patient_pseudonym=clean_line(v.patient_pseudonym, 120, field="patient_pseudonym")
        if case
        else "",
        patient_initials=clean_line(v.patient_initials, 12, field="patient_initials")
        if case
        else "",
        consent=v.consent if case else "not_asked",
        flag_75=bool(v.flag_75) and case,
        flag_ald=bool(v.flag_ald) and case,
        protocol_id=v.protocol_id if protocol else None,
    )


def _check_protocol(tx: Tx, v: ItemInput) -> None:
    if v.protocol_id is not None and tx.session.get(Protocol, v.protocol_id) is None:
        raise FieldErrors({"protocol_id": N_("Protocole introuvable.")})


def add_item(
    db: Database, actor: Actor, meeting_id: int, values: ItemInput
) -> tuple[int, OpChanges]:
    """Append an item at the end of the agenda."""
    values = _clean_item(values)
    with operation(db, actor) as tx:
        meeting = load_meeting(tx, meeting_id)
        _check_protocol(tx, values)
        position = max((i.position for i in meeting.items), default=-1) + 1
        item = AgendaItem(
            position=position, **{f.name: getattr(values, f.name) for f in fields(ItemInput)}
        )
        meeting.items.append(item)
        tx.record("create", Entity.AGENDA_ITEM, item, meeting_id=meeting_id, kind=values.kind)
    return item.id, tx.changes


def update_item(
    db: Database,
    actor: Actor,
    item_id: int,
    values: ItemInput,
    expected_revision: int | None = None,
) -> OpChanges:
    values = _clean_item(values)
    with operation(db, actor) as tx:
        item = _item(tx, item_id)
        check_revision(item, expected_revision)
        _check_protocol(tx, values)
        # field names only: patient details stay out of the audit trail
        tx.record("update", Entity.AGENDA_ITEM, item, fields=assign_fields(item, values))
    return tx.changes


def move_item(db: Database, actor: Actor, item_id: int, position: int) -> OpChanges:
    """Move an item to `position` (0 = first); the others are renumbered 0..n-1."""
    with operation(db, actor) as tx:
        item = _item(tx, item_id)
        order = [
            i for i in sorted(item.meeting.items, key=lambda i: (i.position, i.id)) if i is not item
        ]
        order.insert(max(0, min(position, len(order))), item)
        moved = [each for index, each in enumerate(order) if each.position != index]
        for index, each in enumerate(order):
            each.position = index
        for each in moved or [item]:
            tx.record("move", Entity.AGENDA_ITEM, each, position=each.position)
    return tx.changes


def remove_item(db: Database, actor: Actor, item_id: int) -> OpChanges:
    """Remove an item that carries no decision."""
    with operation(db, actor) as tx:
        item = _item(tx, item_id)
        if tx.session.scalar(
            select(func.count()).select_from(Decision).where(Decision.item_id == item_id)
        ):
            raise TransitionError(N_("Ce point porte des décisions : supprimez-les d'abord."))
        meeting_id = item.meeting_id
        item.meeting.items.remove(item)
        tx.record("remove", Entity.AGENDA_ITEM, item_id, meeting_id=meeting_id)
    return tx.changes


def _set_item_field(
    db: Database,
    actor: Actor,
    item_id: int,
    name: str,
    value: object,
    expected_revision: int | None,
) -> OpChanges:
    with operation(db, actor) as tx:
        item = _item(tx, item_id)
        check_revision(item, expected_revision)
        setattr(item, name, value)
        tx.record("update", Entity.AGENDA_ITEM, item, fields=[name])
    return tx.changes


ITEM_TEXTS = ("notes", "proposal", "deviation_reason")  # typed during the meeting (Markdown)


def set_item_texts(
    db: Database,
    actor: Actor,
    item_id: int,
    texts: Mapping[str, str],
    expected_revision: int | None = None,
) -> OpChanges:
    """What was typed for an item during the meeting, saved together: its discussion notes,
    the proposal the team agreed on, why the care finally given differs from it (empty: it
    does not). `texts` holds the ones to change."""
    unknown = set(texts) - set(ITEM_TEXTS)
    if unknown:
        raise ValueError(f"not an item text: {sorted(unknown)}")
    cleaned = {name: clean_text(text, field=name) for name, text in texts.items()}
    if not cleaned:
        return OpChanges()
    with operation(db, actor) as tx:
        item = _item(tx, item_id)
        check_revision(item, expected_revision)
        for name, value in cleaned.items():
            setattr(item, name, value)
        tx.record("update", Entity.AGENDA_ITEM, item, fields=list(cleaned))
    return tx.changes


def set_notes_private(
    db: Database, actor: Actor, item_id: int, private: bool, expected_revision: int | None = None
) -> OpChanges:
    """Keep an item's notes out of the minutes PDF (they stay on screen and in the database)."""
    return _set_item_field(db, actor, item_id, "notes_private", bool(private), expected_revision)


def set_minutes_spent(db: Database, actor: Actor, item_id: int, minutes: int | None) -> OpChanges:
    """The timer's result for an item (None clears it)."""
    if minutes is not None and not 0 <= int(minutes) <= 24 * 60:
        raise ValidationError(N_("Durée impossible."), field="minutes_spent")
    value = None if minutes is None else int(minutes)
    return _set_item_field(db, actor, item_id, "minutes_spent", value, None)
