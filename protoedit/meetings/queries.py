"""Read views of meetings, their items, decisions and time spent on protocols: plain dataclasses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from protoedit.errors import NotFoundError
from protoedit.i18n import N_, tr
from protoedit.store.database import Database
from protoedit.store.models import (
    AgendaItem,
    Amendment,
    Decision,
    Invitee,
    Meeting,
    Professional,
    Protocol,
)

# Kinds of meeting: code -> French label (translated on display with `tr`).
MEETING_KINDS: dict[str, str] = {
    "rcp": N_("Réunion de concertation pluriprofessionnelle"),
    "protocol_work": N_("Réunion de travail sur les protocoles"),
    "adverse_events": N_("Revue des événements indésirables"),
    "organisation": N_("Réunion d'organisation"),
}
ITEM_KINDS: dict[str, str] = {
    "case": N_("Situation de patient"),
    "adverse_event": N_("Événement indésirable"),
    "protocol": N_("Travail sur un protocole"),
    "organisation": N_("Organisation"),
    "quality_review": N_("Revue qualité"),
}
# Items about one protocol: the protocol worked on, or whose indicators and PDSA cycles are reviewed.
PROTOCOL_ITEM_KINDS = ("protocol", "quality_review")
HELD_STATUSES = ("held", "closed")
V = TypeVar("V")


def local_time(stored_utc: dt.datetime) -> dt.datetime:
    """A stored instant (naive UTC: closing, amendments) on this PC's clock."""
    return stored_utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


@dataclass
class DecisionView:
    """A decision with its meeting, owner and `state` (open/overdue/done/cancelled/postponed)."""

    id: int
    revision: int
    meeting_id: int
    meeting_starts_at: dt.datetime
    meeting_title: str
    item_id: int | None
    item_theme: str
    text: str
    owner_id: int | None
    owner: str  # the team member's name, else the free name
    due_date: dt.date | None
    status: str
    state: str
    status_note: str
    closed_in_meeting_id: int | None
    protocol_version_id: int | None


@dataclass
class InviteeView:
    id: int
    revision: int
    professional_id: int | None
    name: str
    profession: str  # catalogue code
    attendance: str  # invited | present | excused | absent
    partner: bool  # outside the team


@dataclass
class ItemView:
    """One agenda row; `starts_at` is its planned time slot within the meeting."""

    id: int
    revision: int
    position: int
    starts_at: dt.datetime
    slot_minutes: int
    minutes_spent: int | None
    kind: str
    theme: str
    requester: str
    presenter: str
    patient_pseudonym: str
    patient_initials: str
    consent: str
    flag_75: bool
    flag_ald: bool
    protocol_id: int | None
    protocol_title: str
    notes: str
    notes_private: bool
    proposal: str
    deviation_reason: str
    decisions: list[DecisionView] = field(default_factory=list)

    @property
    def overrun(self) -> bool:
        return self.minutes_spent is not None and self.minutes_spent > self.slot_minutes


@dataclass
class AmendmentView:
    id: int
    at: dt.datetime
    author: str
    text: str


@dataclass
class MeetingView:
    id: int
    revision: int
    starts_at: dt.datetime
    place: str
    kind: str
    title: str
    chair_id: int | None
    chair: str
    secretary_id: int | None
    secretary: str
    status: str
    closed_at: dt.datetime | None
    invitees: list[InviteeView] = field(default_factory=list)
    items: list[ItemView] = field(default_factory=list)
    amendments: list[AmendmentView] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return tr(MEETING_KINDS.get(self.kind, self.kind))

    @property
    def planned_minutes(self) -> int:
        """The planned duration: the sum of the items' time slots."""
        return sum(i.slot_minutes for i in self.items)

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.planned_minutes)

    @property
    def spent_minutes(self) -> int:
        """Time actually spent: timed items count their timer, the others their slot."""
        return sum(
            i.slot_minutes if i.minutes_spent is None else i.minutes_spent for i in self.items
        )

    @property
    def overrun(self) -> bool:
        return self.spent_minutes > self.planned_minutes


@dataclass
class MeetingSummary:
    id: int
    starts_at: dt.datetime
    kind: str
    title: str
    status: str


class ProtocolTimeRow(NamedTuple):
    date: dt.date
    minutes: int
    title: str


@dataclass
class ProtocolTime:
    """Time a protocol took in meetings held: one row per meeting, oldest first, and the total."""

    rows: list[ProtocolTimeRow]

    @property
    def total_minutes(self) -> int:
        return sum(r.minutes for r in self.rows)


def decision_state(status: str, due_date: dt.date | None, today: dt.date) -> str:
    """open/postponed past their due date are "overdue"; other statuses are shown as they are."""
    if status in ("open", "postponed") and due_date is not None and due_date < today:
        return "overdue"
    return status


def _view(cls: type[V], row: Any, **extra: Any) -> V:
    """A view from a row: same-named attributes copied, the others given in `extra`."""
    names = (f.name for f in fields(cls))  # type: ignore[arg-type]
    return cls(**{n: extra[n] if n in extra else getattr(row, n) for n in names})


def _names(session: Session, ids: Iterable[int | None]) -> dict[int, Professional]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        p.id: p for p in session.scalars(select(Professional).where(Professional.id.in_(wanted)))
    }


def _by_id(session: Session, column: Any, value: Any, ids: set[Any]) -> dict[Any, Any]:
    return dict(session.execute(select(column, value).where(column.in_(ids))).all()) if ids else {}


def decision_views(
    session: Session, decisions: list[Decision], today: dt.date | None = None
) -> list[DecisionView]:
    """Views of decisions; `today` None judges "overdue" against each decision's own meeting date."""
    if not decisions:
        return []
    meeting_ids = {d.meeting_id for d in decisions}
    meetings = {
        m.id: m for m in session.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids)))
    }
    themes = _by_id(
        session, AgendaItem.id, AgendaItem.theme, {d.item_id for d in decisions} - {None}
    )
    owners = _names(session, (d.owner_id for d in decisions))
    views = []
    for d in decisions:
        m = meetings[d.meeting_id]
        views.append(
            _view(
                DecisionView,
                d,
                meeting_starts_at=m.starts_at,
                meeting_title=m.title,
                item_theme=themes.get(d.item_id, ""),
                owner=owners[d.owner_id].full_name if d.owner_id in owners else d.owner_name,
                state=decision_state(d.status, d.due_date, today or m.starts_at.date()),
            )
        )
    return views


def _invitee_view(inv: Invitee, pros: dict[int, Professional]) -> InviteeView:
    pro = pros.get(inv.professional_id) if inv.professional_id is not None else None
    if pro is None:
        return _view(InviteeView, inv, partner=True)
    return _view(
        InviteeView, inv, name=pro.full_name, profession=pro.profession, partner=pro.partner
    )


def _item_views(session: Session, meeting: Meeting) -> list[ItemView]:
    decisions = session.scalars(
        select(Decision).where(Decision.meeting_id == meeting.id).order_by(Decision.id)
    )
    by_item: dict[int | None, list[DecisionView]] = {}
    for view in decision_views(session, list(decisions)):
        by_item.setdefault(view.item_id, []).append(view)
    titles = _by_id(
        session, Protocol.id, Protocol.title, {i.protocol_id for i in meeting.items} - {None}
    )
    items, start = [], meeting.starts_at
    for i in meeting.items:
        items.append(
            _view(
                ItemView,
                i,
                starts_at=start,
                protocol_title=titles.get(i.protocol_id, ""),
                decisions=by_item.get(i.id, []),
            )
        )
        start += dt.timedelta(minutes=i.slot_minutes)
    return items


def get_item(db: Database, item_id: int) -> ItemView:
    """One agenda item as the meeting shows it (read again after a save conflict)."""
    with db.read() as s:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFoundError(N_("point de l'ordre du jour"), item_id)
        return next(v for v in _item_views(s, item.meeting) if v.id == item_id)


def get_meeting(db: Database, meeting_id: int) -> MeetingView:
    """The whole meeting: invitees, agenda items with their decisions, amendments."""
    with db.read() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFoundError(N_("réunion"), meeting_id)
        pros = _names(s, [m.chair_id, m.secretary_id, *(i.professional_id for i in m.invitees)])
        amendments = s.scalars(
            select(Amendment)
            .where(Amendment.meeting_id == m.id)
            .order_by(Amendment.at, Amendment.id)
        )
        return _view(
            MeetingView,
            m,
            chair=pros[m.chair_id].full_name if m.chair_id in pros else "",
            secretary=pros[m.secretary_id].full_name if m.secretary_id in pros else "",
            invitees=[_invitee_view(inv, pros) for inv in m.invitees],
            items=_item_views(s, m),
            amendments=[_view(AmendmentView, a) for a in amendments],
        )


def list_meetings(db: Database, year: int | None = None) -> list[MeetingSummary]:
    """Meetings, most recent first; only those starting in `year` when given."""
    with db.read() as s:
        q = select(Meeting).order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        if year is not None:
            start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
            q = q.where(Meeting.starts_at >= start, Meeting.starts_at < end)
        return [_view(MeetingSummary, m) for m in s.scalars(q)]


def protocol_meeting_time(db: Database, protocol_id: int) -> ProtocolTime:
    """Minutes given to a protocol in meetings held or closed (timer if set, else the slot)."""
    with db.read() as s:
        rows = s.execute(
            select(
                Meeting.id,
                Meeting.starts_at,
                Meeting.title,
                Meeting.kind,
                AgendaItem.minutes_spent,
                AgendaItem.slot_minutes,
            )
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(AgendaItem.protocol_id == protocol_id, Meeting.status.in_(HELD_STATUSES))
            .order_by(Meeting.starts_at, Meeting.id, AgendaItem.position)
        ).all()
    per_meeting: dict[int, ProtocolTimeRow] = {}
    for meeting_id, starts_at, title, kind, spent, slot in rows:
        before = per_meeting[meeting_id].minutes if meeting_id in per_meeting else 0
        minutes = before + (slot if spent is None else spent)
        title = title or tr(MEETING_KINDS.get(kind, kind))
        per_meeting[meeting_id] = ProtocolTimeRow(starts_at.date(), minutes, title)
    return ProtocolTime(list(per_meeting.values()))
