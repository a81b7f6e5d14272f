"""Operations on a concertation meeting itself: planning it, its status (held, closed), amendments
to closed minutes; the look-ups its invitees and agenda items share."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from protoedit.errors import FieldErrors, TransitionError, ValidationError
from protoedit.i18n import N_
from protoedit.meetings.queries import MEETING_KINDS
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.store.database import Database
from protoedit.store.models import Professional, utcnow
from protoedit.store.models.meetings import Amendment, Decision, Invitee, Meeting
from protoedit.textclean import clean_line, clean_text

log = logging.getLogger("protoedit.meetings")


@dataclass
class MeetingInput:
    starts_at: dt.datetime | None = None
    place: str = ""  # a room, or a video link
    kind: str = "rcp"
    title: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None


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


def load_meeting(tx: Tx, meeting_id: int, editable: bool = True) -> Meeting:
    """The meeting; refused when its minutes are closed, unless `editable` is False."""
    meeting: Meeting = tx.get(Meeting, meeting_id, what=N_("réunion"))
    if editable:
        ensure_editable(meeting)
    return meeting


def assign_fields(row: Any, values: Any) -> list[str]:
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
        meeting = load_meeting(tx, meeting_id)
        check_revision(meeting, expected_revision)
        _check_people(tx, values)
        tx.record("update", Entity.MEETING, meeting, fields=assign_fields(meeting, values))
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
        meeting = load_meeting(tx, meeting_id)
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
        meeting = load_meeting(tx, meeting_id)
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
        meeting = load_meeting(tx, meeting_id)
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
        meeting = load_meeting(tx, meeting_id, editable=False)
        if meeting.status != "closed":
            raise TransitionError(N_("Le compte rendu n'est pas clos : modifiez-le directement."))
        amendment = Amendment(meeting_id=meeting_id, author=actor.name, text=text, at=utcnow())
        tx.session.add(amendment)
        tx.record("amend", Entity.MEETING, meeting_id)
    return amendment.id, tx.changes
