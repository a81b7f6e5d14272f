"""Operations on concertation meetings: the meeting, invitees, attendance, agenda items, notes."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from protoedit import catalog
from protoedit.errors import FieldErrors, TransitionError, ValidationError
from protoedit.i18n import N_
from protoedit.meetings.queries import ITEM_KINDS, MEETING_KINDS, PROTOCOL_ITEM_KINDS
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.store.database import Database
from protoedit.store.models import Professional, Protocol, utcnow
from protoedit.store.models.meetings import AgendaItem, Amendment, Decision, Invitee, Meeting
from protoedit.textclean import clean_line, clean_text

log = logging.getLogger("protoedit.meetings")

ATTENDANCE = ("invited", "present", "excused", "absent")
CONSENTS = ("yes", "not_asked")
SLOT_DEFAULT = 15
SLOT_MAX = 480


@dataclass
class MeetingInput:
    starts_at: dt.datetime | None = None
    place: str = ""  # a room, or a video link
    kind: str = "rcp"
    title: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None


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


def ensure_editable(meeting: Meeting) -> None:
    """Closed minutes are frozen: only amendments may be added."""
    if meeting.status == "closed":
        raise TransitionError(
            N_(
                "Le compte rendu de la réunion du {date} est clos : il ne peut plus être modifié. "
                "Ajoutez une rectification."
            ),
            date=f"{meeting.starts_at:%d/%m/%Y}",
        )


def _meeting(tx: Tx, meeting_id: int, editable: bool = True) -> Meeting:
    meeting: Meeting = tx.get(Meeting, meeting_id, what=N_("réunion"))
    if editable:
        ensure_editable(meeting)
    return meeting


def _item(tx: Tx, item_id: int) -> AgendaItem:
    item: AgendaItem = tx.get(AgendaItem, item_id, what=N_("point"))
    ensure_editable(item.meeting)
    return item


def _assign(row: Any, values: Any) -> list[str]:
    """Copy an input dataclass onto its row; return the names of the fields that changed."""
    changed = [f.name for f in fields(values) if getattr(row, f.name) != getattr(values, f.name)]
    for name in changed:
        setattr(row, name, getattr(values, name))
    return changed


def _clean_meeting(v: MeetingInput) -> MeetingInput:
    starts_at = v.starts_at
    if starts_at is not None and starts_at.tzinfo is not None:
        starts_at = starts_at.astimezone().replace(tzinfo=None)  # stored as local wall time
    problems = {}
    if starts_at is None:
        problems["starts_at"] = N_("La date de la réunion est obligatoire.")
    if v.kind not in MEETING_KINDS:
        problems["kind"] = N_("Type de réunion inconnu.")
    if problems:
        raise FieldErrors(problems)
    return replace(
        v,
        starts_at=starts_at.replace(microsecond=0) if starts_at else None,
        place=clean_line(v.place, field="place"),
        title=clean_line(v.title, field="title"),
    )


def _check_people(tx: Tx, v: MeetingInput) -> None:
    problems = {
        name: N_("Professionnel introuvable.")
        for name in ("chair_id", "secretary_id")
        if getattr(v, name) is not None and tx.session.get(Professional, getattr(v, name)) is None
    }
    if problems:
        raise FieldErrors(problems)


@dataclass(frozen=True)
class MeetingDefaults:
    """What a new meeting takes from the previous one of its kind."""

    from_meeting_id: int
    from_starts_at: dt.datetime
    place: str
    chair_id: int | None
    secretary_id: int | None
    invitees: int  # how many invitees will be copied


def _previous(session: Session, kind: str) -> Meeting | None:
    return session.scalars(
        select(Meeting)
        .where(Meeting.kind == kind)
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        .limit(1)
    ).first()


def _active_ids(session: Any) -> set[int]:
    return set(session.scalars(select(Professional.id).where(Professional.active)))


def _copied_invitees(meeting: Meeting, active: set[int]) -> list[Invitee]:
    """The previous meeting's invitees, less team members who left since."""
    return [
        Invitee(professional_id=i.professional_id, name=i.name, profession=i.profession)
        for i in meeting.invitees
        if i.professional_id is None or i.professional_id in active
    ]


def new_meeting_defaults(db: Database, kind: str) -> MeetingDefaults | None:
    """Place, chair, secretary and invitees of the latest meeting of `kind` (None: the first)."""
    with db.read() as s:
        previous = _previous(s, kind)
        if previous is None:
            return None
        active = _active_ids(s)
        return MeetingDefaults(
            previous.id,
            previous.starts_at,
            previous.place,
            previous.chair_id if previous.chair_id in active else None,
            previous.secretary_id if previous.secretary_id in active else None,
            len(_copied_invitees(previous, active)),
        )


def create_meeting(
    db: Database, actor: Actor, values: MeetingInput, copy_invitees: bool = False
) -> tuple[int, OpChanges]:
    """Plan a meeting (status "planned"); `copy_invitees` invites those of the previous meeting
    of the same kind (see `new_meeting_defaults`)."""
    values = _clean_meeting(values)
    with operation(db, actor) as tx:
        _check_people(tx, values)
        previous = _previous(tx.session, values.kind) if copy_invitees else None
        meeting = Meeting(**{f.name: getattr(values, f.name) for f in fields(MeetingInput)})
        tx.session.add(meeting)
        tx.record(
            "create",
            Entity.MEETING,
            meeting,
            starts_at=f"{values.starts_at:%Y-%m-%dT%H:%M}",
            kind=values.kind,
        )
        if previous is not None:
            tx.session.flush()
            for invitee in _copied_invitees(previous, _active_ids(tx.session)):
                meeting.invitees.append(invitee)
                tx.record(
                    "invite",
                    Entity.INVITEE,
                    invitee,
                    meeting_id=meeting.id,
                    professional_id=invitee.professional_id,
                    copied_from=previous.id,
                )
    log.info("meeting %s planned", meeting.id)
    return meeting.id, tx.changes


def update_meeting(
    db: Database,
    actor: Actor,
    meeting_id: int,
    values: MeetingInput,
    expected_revision: int | None = None,
) -> OpChanges:
    values = _clean_meeting(values)
    with operation(db, actor) as tx:
        meeting = _meeting(tx, meeting_id)
        check_revision(meeting, expected_revision)
        _check_people(tx, values)
        tx.record("update", Entity.MEETING, meeting, fields=_assign(meeting, values))
    return tx.changes


def is_future(starts_at: dt.datetime, today: dt.date | None = None) -> bool:
    """A meeting dated after today (local date) has not taken place yet."""
    return starts_at.date() > (today or dt.date.today())


def _ensure_took_place(meeting: Meeting, today: dt.date | None) -> None:
    """A meeting dated in the future is neither held nor closed (it would count for the ACI)."""
    if is_future(meeting.starts_at, today):
        raise TransitionError(
            N_(
                "La réunion est prévue le {date} : elle ne peut être marquée comme tenue, ni son "
                "compte rendu clos, qu'à partir de ce jour-là."
            ),
            date=f"{meeting.starts_at:%d/%m/%Y}",
        )


def mark_held(
    db: Database, actor: Actor, meeting_id: int, today: dt.date | None = None
) -> OpChanges:
    """planned -> held: the meeting took place (not dated after `today`); minutes stay editable
    until closed."""
    with operation(db, actor) as tx:
        meeting = _meeting(tx, meeting_id)
        if meeting.status != "planned":
            raise TransitionError(N_("Cette réunion est déjà marquée comme tenue."))
        _ensure_took_place(meeting, today)
        meeting.status = "held"
        tx.record("hold", Entity.MEETING, meeting)
    return tx.changes


def close_meeting(
    db: Database, actor: Actor, meeting_id: int, today: dt.date | None = None
) -> OpChanges:
    """held -> closed: the minutes are frozen; corrections go through `amend`."""
    with operation(db, actor) as tx:
        meeting = _meeting(tx, meeting_id)
        if meeting.status != "held":
            raise TransitionError(
                N_("Marquez d'abord la réunion comme tenue avant de clore son compte rendu.")
            )
        _ensure_took_place(meeting, today)  # held before this check existed
        meeting.status, meeting.closed_at = "closed", utcnow()
        tx.record("close", Entity.MEETING, meeting)
    log.info("meeting %s closed", meeting_id)
    return tx.changes


def delete_meeting(db: Database, actor: Actor, meeting_id: int) -> OpChanges:
    """Only a planned meeting that closed nobody's decision may be deleted."""
    with operation(db, actor) as tx:
        meeting = _meeting(tx, meeting_id)
        closes_others = tx.session.scalar(
            select(func.count())
            .select_from(Decision)
            .where(Decision.closed_in_meeting_id == meeting_id)
        )
        if meeting.status != "planned" or closes_others:
            raise TransitionError(
                N_("Seule une réunion prévue, sans suivi de décision, se supprime.")
            )
        tx.session.delete(meeting)
        tx.record("delete", Entity.MEETING, meeting_id)
    return tx.changes


def amend(db: Database, actor: Actor, meeting_id: int, text: str) -> tuple[int, OpChanges]:
    """Add a correction to closed minutes, signed with the actor's name and the time."""
    text = clean_text(text, field="text").strip()
    if not text:
        raise ValidationError(N_("La rectification est vide."), field="text")
    with operation(db, actor) as tx:
        meeting = _meeting(tx, meeting_id, editable=False)
        if meeting.status != "closed":
            raise TransitionError(N_("Le compte rendu n'est pas clos : modifiez-le directement."))
        amendment = Amendment(meeting_id=meeting_id, author=actor.name, text=text, at=utcnow())
        tx.session.add(amendment)
        tx.record("amend", Entity.MEETING, meeting_id)
    return amendment.id, tx.changes


# -- invitees and attendance --------------------------------------------------------------------


def invite_professional(
    db: Database, actor: Actor, meeting_id: int, professional_id: int
) -> tuple[int, OpChanges]:
    with operation(db, actor) as tx:
        meeting = _meeting(tx, meeting_id)
        tx.get(Professional, professional_id, what=N_("professionnel"))
        if any(i.professional_id == professional_id for i in meeting.invitees):
            raise ValidationError(N_("Ce professionnel est déjà invité."), field="professional_id")
        invitee = Invitee(professional_id=professional_id)
        meeting.invitees.append(invitee)
        tx.record(
            "invite",
            Entity.INVITEE,
            invitee,
            meeting_id=meeting_id,
            professional_id=professional_id,
        )
    return invitee.id, tx.changes


def invite_everyone(db: Database, actor: Actor, meeting_id: int) -> tuple[int, OpChanges]:
    """One click: every active professional of the directory not yet invited, team members and
    outside partners alike; returns how many were invited."""
    with operation(db, actor) as tx:
        meeting = _meeting(tx, meeting_id)
        invited = {i.professional_id for i in meeting.invitees}
        people = tx.session.scalars(
            select(Professional)
            .where(Professional.active.is_(True))
            .order_by(
                Professional.partner,
                Professional.last_name,
                Professional.first_name,
                Professional.id,
            )
        ).all()
        added = [Invitee(professional_id=p.id) for p in people if p.id not in invited]
        if not added:
            raise ValidationError(
                N_("Tous les professionnels actifs de l'équipe sont déjà invités.")
            )
        meeting.invitees.extend(added)
        for invitee in added:
            tx.record(
                "invite",
                Entity.INVITEE,
                invitee,
                meeting_id=meeting_id,
                professional_id=invitee.professional_id,
            )
    return len(added), tx.changes


def invite_partner(
    db: Database, actor: Actor, meeting_id: int, name: str, profession: str
) -> tuple[int, OpChanges]:
    """Invite someone outside the team (specialist, home-care service...) by name and profession."""
    name = clean_line(name, 250, field="name")
    problems = {}
    if not name:
        problems["name"] = N_("Le nom est obligatoire.")
    if catalog.profession(profession) is None:
        problems["profession"] = N_("Choisissez une profession dans la liste.")
    if problems:
        raise FieldErrors(problems)
    with operation(db, actor) as tx:
        meeting = _meeting(tx, meeting_id)
        invitee = Invitee(name=name, profession=profession)
        meeting.invitees.append(invitee)
        tx.record("invite", Entity.INVITEE, invitee, meeting_id=meeting_id, name=name)
    return invitee.id, tx.changes


def remove_invitee(db: Database, actor: Actor, invitee_id: int) -> OpChanges:
    with operation(db, actor) as tx:
        invitee: Invitee = tx.get(Invitee, invitee_id, what=N_("invité"))
        ensure_editable(invitee.meeting)
        tx.session.delete(invitee)
        tx.record("remove", Entity.INVITEE, invitee_id, meeting_id=invitee.meeting_id)
    return tx.changes


def set_attendance(db: Database, actor: Actor, invitee_id: int, attendance: str) -> OpChanges:
    """One click: present, excused, absent (or back to invited)."""
    if attendance not in ATTENDANCE:
        raise ValidationError(N_("Présence inconnue."), field="attendance")
    with operation(db, actor) as tx:
        invitee: Invitee = tx.get(Invitee, invitee_id, what=N_("invité"))
        ensure_editable(invitee.meeting)
        before, invitee.attendance = invitee.attendance, attendance
        tx.record("attendance", Entity.INVITEE, invitee, before=before, after=attendance)
    return tx.changes


# -- agenda items -------------------------------------------------------------------------------


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
        meeting = _meeting(tx, meeting_id)
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
        tx.record("update", Entity.AGENDA_ITEM, item, fields=_assign(item, values))
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


def set_item_notes(
    db: Database, actor: Actor, item_id: int, notes: str, expected_revision: int | None = None
) -> OpChanges:
    """The discussion notes of an item (Markdown)."""
    return _set_item_field(
        db, actor, item_id, "notes", clean_text(notes, field="notes"), expected_revision
    )


def set_item_proposal(
    db: Database, actor: Actor, item_id: int, proposal: str, expected_revision: int | None = None
) -> OpChanges:
    """The proposal the team agreed on for this item (Markdown)."""
    proposal = clean_text(proposal, field="proposal")
    return _set_item_field(db, actor, item_id, "proposal", proposal, expected_revision)


def set_notes_private(
    db: Database, actor: Actor, item_id: int, private: bool, expected_revision: int | None = None
) -> OpChanges:
    """Keep an item's notes out of the minutes PDF (they stay on screen and in the database)."""
    return _set_item_field(db, actor, item_id, "notes_private", bool(private), expected_revision)


def set_deviation_reason(
    db: Database, actor: Actor, item_id: int, reason: str, expected_revision: int | None = None
) -> OpChanges:
    """Why the care finally given differs from the proposal (Markdown; empty: it does not)."""
    reason = clean_text(reason, field="deviation_reason")
    return _set_item_field(db, actor, item_id, "deviation_reason", reason, expected_revision)


def set_minutes_spent(db: Database, actor: Actor, item_id: int, minutes: int | None) -> OpChanges:
    """The timer's result for an item (None clears it)."""
    if minutes is not None and not 0 <= int(minutes) <= 24 * 60:
        raise ValidationError(N_("Durée impossible."), field="minutes_spent")
    value = None if minutes is None else int(minutes)
    return _set_item_field(db, actor, item_id, "minutes_spent", value, None)
