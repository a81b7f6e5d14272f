"""Meeting decisions: recording them, their follow-up and carry-over, the board, protocol revisions."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from protoedit.errors import FieldErrors, NotFoundError, TransitionError, ValidationError
from protoedit.i18n import N_
from protoedit.meetings.meeting import ensure_editable
from protoedit.meetings.queries import DecisionView, decision_views
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.protocols.lifecycle import revise
from protoedit.store.database import Database
from protoedit.store.models import AgendaItem, Decision, Meeting, Professional
from protoedit.textclean import clean_line, clean_text

log = logging.getLogger("protoedit.meetings")

STATUSES = ("open", "done", "postponed", "cancelled")
STATES = ("open", "overdue", "postponed", "done", "cancelled")  # as shown on the board
CARRIED = ("open", "postponed")  # statuses that come back at the next meeting
MAX_DECISION = 20_000
CHANGE_NOTE = N_("Révision décidée en réunion du {date}{title} : {text}")


@dataclass
class DecisionInput:
    text: str = ""
    owner_id: int | None = None  # a team member...
    owner_name: str = ""  # ...or a free name
    due_date: dt.date | None = None


def _clean(v: DecisionInput) -> DecisionInput:
    text = clean_text(v.text, MAX_DECISION, field="text").strip()
    if not text:
        raise FieldErrors({"text": N_("Le texte de la décision est obligatoire.")})
    owner_name = "" if v.owner_id is not None else clean_line(v.owner_name, 250, field="owner_name")
    return DecisionInput(text, v.owner_id, owner_name, v.due_date)


def _apply(tx: Tx, decision: Decision, v: DecisionInput) -> list[str]:
    if v.owner_id is not None and tx.session.get(Professional, v.owner_id) is None:
        raise FieldErrors({"owner_id": N_("Professionnel introuvable.")})
    changed = []
    for name in ("text", "owner_id", "owner_name", "due_date"):
        if getattr(decision, name) != getattr(v, name):
            changed.append(name)
            setattr(decision, name, getattr(v, name))
    return changed


def _decision(tx: Tx, decision_id: int) -> Decision:
    decision: Decision = tx.get(Decision, decision_id, what=N_("décision"))
    return decision


def add_decision(
    db: Database, actor: Actor, item_id: int, values: DecisionInput
) -> tuple[int, OpChanges]:
    """A decision taken on an agenda item (status "open")."""
    values = _clean(values)
    with operation(db, actor) as tx:
        item: AgendaItem = tx.get(AgendaItem, item_id, what=N_("point"))
        ensure_editable(item.meeting)
        decision = Decision(meeting_id=item.meeting_id, item_id=item_id, status="open")
        _apply(tx, decision, values)
        tx.session.add(decision)
        tx.record("create", Entity.DECISION, decision, meeting_id=item.meeting_id, item_id=item_id)
    return decision.id, tx.changes


def update_decision(
    db: Database,
    actor: Actor,
    decision_id: int,
    values: DecisionInput,
    expected_revision: int | None = None,
) -> OpChanges:
    """Text, owner, due date: part of the minutes, frozen once they are closed."""
    values = _clean(values)
    with operation(db, actor) as tx:
        decision = _decision(tx, decision_id)
        ensure_editable(tx.get(Meeting, decision.meeting_id))
        check_revision(decision, expected_revision)
        tx.record("update", Entity.DECISION, decision, fields=_apply(tx, decision, values))
    return tx.changes


def remove_decision(db: Database, actor: Actor, decision_id: int) -> OpChanges:
    with operation(db, actor) as tx:
        decision = _decision(tx, decision_id)
        ensure_editable(tx.get(Meeting, decision.meeting_id))
        if decision.protocol_version_id is not None or decision.closed_in_meeting_id not in (
            None,
            decision.meeting_id,
        ):
            raise TransitionError(
                N_("Cette décision a déjà un suivi : elle ne peut plus être supprimée.")
            )
        tx.session.delete(decision)
        tx.record("remove", Entity.DECISION, decision_id, meeting_id=decision.meeting_id)
    return tx.changes


def set_decision_status(
    db: Database,
    actor: Actor,
    decision_id: int,
    status: str,
    note: str = "",
    in_meeting_id: int | None = None,
    due_date: dt.date | None = None,
) -> OpChanges:
    """Follow-up of a decision: done, postponed (optionally to `due_date`), cancelled, or open again.

    `in_meeting_id` is the meeting where this was decided (None: outside any meeting, e.g. from
    the board); it must not be closed and must not predate the decision. Done or cancelled in a
    meeting records that meeting as the one that closed the decision. A decision closed in minutes
    that are themselves closed no longer changes. Postponing or cancelling needs a word of why.
    """
    if status not in STATUSES:
        raise ValidationError(N_("Statut de décision inconnu."), field="status")
    note = clean_text(note, 2000, field="note").strip()
    if status in ("postponed", "cancelled") and not note:
        raise FieldErrors({"note": N_("Indiquez en quelques mots pourquoi.")})
    if due_date is not None and status != "postponed":
        raise FieldErrors({"due_date": N_("Une nouvelle échéance ne se donne qu'en reportant.")})
    with operation(db, actor) as tx:
        decision = _decision(tx, decision_id)
        if decision.closed_in_meeting_id is not None:
            closer: Meeting = tx.get(Meeting, decision.closed_in_meeting_id)
            if closer.status == "closed":
                raise TransitionError(
                    N_("Cette décision a été soldée dans le compte rendu clos du {date}."),
                    date=f"{closer.starts_at:%d/%m/%Y}",
                )
        if in_meeting_id is not None:
            meeting: Meeting = tx.get(Meeting, in_meeting_id, what=N_("réunion"))
            ensure_editable(meeting)
            origin: Meeting = tx.get(Meeting, decision.meeting_id)
            if meeting.id != origin.id and meeting.starts_at <= origin.starts_at:
                raise ValidationError(
                    N_("Le suivi d'une décision se fait dans une réunion postérieure.")
                )
        before = decision.status
        decision.status, decision.status_note = status, note
        decision.closed_in_meeting_id = in_meeting_id if status in ("done", "cancelled") else None
        if due_date is not None:
            decision.due_date = due_date
        tx.record(
            "status",
            Entity.DECISION,
            decision,
            before=before,
            after=status,
            in_meeting_id=in_meeting_id,
        )
    return tx.changes


def open_protocol_revision(db: Database, actor: Actor, decision_id: int) -> tuple[int, OpChanges]:
    """Quality loop: open a new draft of the protocol a decision is about; returns its version id.

    The draft's change note cites the meeting (date, title) and the decision. Allowed after the
    minutes are closed: linking the revision is follow-up, not a change of the minutes.
    """
    with db.read() as s:
        decision = s.get(Decision, decision_id)
        if decision is None:
            raise NotFoundError(N_("décision"), decision_id)
        if decision.protocol_version_id is not None:
            raise TransitionError(
                N_("Une révision du protocole a déjà été ouverte pour cette décision.")
            )
        if decision.status == "cancelled":
            raise TransitionError(N_("Cette décision a été annulée."))
        item = s.get(AgendaItem, decision.item_id) if decision.item_id is not None else None
        if item is None or item.protocol_id is None:
            raise ValidationError(
                N_("Cette décision n'est pas rattachée à un point de travail sur un protocole.")
            )
        meeting = s.get(Meeting, decision.meeting_id)
        assert meeting is not None
        note = CHANGE_NOTE.format(
            date=f"{meeting.starts_at:%d/%m/%Y}",
            title=f" ({meeting.title})" if meeting.title else "",
            text=decision.text,
        )
        protocol_id = item.protocol_id
    version_id, changes = revise(db, actor, protocol_id, note)
    with operation(db, actor) as tx:
        decision = _decision(tx, decision_id)
        decision.protocol_version_id = version_id
        tx.record(
            "open_revision",
            Entity.DECISION,
            decision,
            protocol_id=protocol_id,
            protocol_version_id=version_id,
        )
    log.info("decision %s opened protocol version %s", decision_id, version_id)
    changes.merge(tx.changes)
    return version_id, changes


def follow_up(db: Database, meeting_id: int) -> list[DecisionView]:
    """Decisions of earlier meetings still open at the time of this one, oldest first.

    That is: decisions from meetings starting strictly before this one that are open or
    postponed, plus those closed in this meeting or a later one, so the list stays put while
    the team marks items done and reads the same when the minutes are reopened later.
    "Overdue" is judged against this meeting's date.
    """
    with db.read() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError(N_("réunion"), meeting_id)
        origin, closer = aliased(Meeting), aliased(Meeting)
        rows = s.scalars(
            select(Decision)
            .join(origin, Decision.meeting_id == origin.id)
            .outerjoin(closer, Decision.closed_in_meeting_id == closer.id)
            .where(
                origin.starts_at < meeting.starts_at,
                or_(
                    Decision.status.in_(CARRIED),
                    Decision.closed_in_meeting_id == meeting.id,
                    closer.starts_at > meeting.starts_at,
                ),
            )
            .order_by(origin.starts_at, Decision.id)
        ).all()
        return decision_views(s, list(rows), today=meeting.starts_at.date())


def decisions_board(
    db: Database,
    today: dt.date,
    owner_id: int | None = None,
    status_filter: str | Collection[str] | None = None,
) -> list[DecisionView]:
    """Every decision with its state on `today`; by due date (none last), then meeting date.

    `status_filter` keeps the given states (open, overdue, postponed, done, cancelled).
    """
    wanted = {status_filter} if isinstance(status_filter, str) else set(status_filter or ())
    if unknown := wanted - set(STATES):
        raise ValueError(f"unknown decision states: {sorted(unknown)}")
    with db.read() as s:
        q = select(Decision)
        if owner_id is not None:
            q = q.where(Decision.owner_id == owner_id)
        views = decision_views(s, list(s.scalars(q)), today=today)
    if wanted:
        views = [v for v in views if v.state in wanted]
    views.sort(
        key=lambda v: (v.due_date is None, v.due_date or dt.date.max, v.meeting_starts_at, v.id)
    )
    return views
