"""Read helpers for care protocols: plain views of versions, lookups and review dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from protoedit.errors import NotFoundError
from protoedit.i18n import N_
from protoedit.protocols.content import Content
from protoedit.protocols.review import REVIEW_WARNING_DAYS, review_state
from protoedit.store.database import Database
from protoedit.store.models import (
    Approval,
    Professional,
    Protocol,
    ProtocolReview,
    ProtocolVersion,
)

REVIEW_YEARS = 2  # default time between an approval (or a review) and the next review


@dataclass(frozen=True)
class ApprovalView:
    """A signature or refusal; `current` when it belongs to the version's latest submission."""

    id: int
    professional_id: int | None
    name: str
    profession: str
    decision: str  # approve | refuse
    meaning: str
    at: dt.datetime
    current: bool


@dataclass(frozen=True)
class ReviewView:
    """A "relu, sans modification" review of an approved version."""

    professional_id: int | None
    at: dt.datetime
    note: str
    next_review_due: dt.date | None


@dataclass
class VersionView:
    version_id: int
    protocol_id: int
    code: str
    title: str
    aci_theme: str
    number: int
    status: str
    content: Content
    working_group: list[int]
    review_due: dt.date | None
    approved_at: dt.datetime | None
    submitted_at: dt.datetime | None
    change_note: str
    refusal_reason: str
    revision: int
    protocol_revision: int
    created_at: dt.datetime
    updated_at: dt.datetime
    approvals: list[ApprovalView] = field(default_factory=list)
    reviews: list[ReviewView] = field(default_factory=list)
    superseded: bool = False  # a newer version of the same protocol has been approved

    def current_approvals(self) -> list[ApprovalView]:
        """Signatures of the latest submission round."""
        return [a for a in self.approvals if a.current and a.decision == "approve"]


def _approval_view(a: Approval, submitted_at: dt.datetime | None) -> ApprovalView:
    current = submitted_at is not None and a.at >= submitted_at
    return ApprovalView(
        a.id, a.professional_id, a.name, a.profession, a.decision, a.meaning, a.at, current
    )


def _views(session: Session, versions: Iterable[ProtocolVersion]) -> list[VersionView]:
    versions = list(versions)
    ids = [v.id for v in versions]
    latest_approved: dict[int, int] = (
        dict(
            session.execute(
                select(ProtocolVersion.protocol_id, func.max(ProtocolVersion.number))
                .where(
                    ProtocolVersion.protocol_id.in_({v.protocol_id for v in versions}),
                    ProtocolVersion.approved_at.is_not(None),
                )
                .group_by(ProtocolVersion.protocol_id)
            ).all()
        )
        if versions
        else {}
    )
    reviews: dict[int, list[ReviewView]] = {i: [] for i in ids}
    if ids:
        for r in session.scalars(
            select(ProtocolReview)
            .where(ProtocolReview.version_id.in_(ids))
            .order_by(ProtocolReview.at, ProtocolReview.id)
        ):
            reviews[r.version_id].append(
                ReviewView(r.professional_id, r.at, r.note, r.next_review_due)
            )
    return [
        VersionView(
            version_id=v.id,
            protocol_id=v.protocol_id,
            code=v.code,
            title=v.title,
            aci_theme=v.aci_theme,
            number=v.number,
            status=v.status,
            content=Content.from_dict(v.content),
            working_group=[int(i) for i in v.working_group or []],
            review_due=v.review_due,
            approved_at=v.approved_at,
            submitted_at=v.submitted_at,
            change_note=v.change_note,
            refusal_reason=v.refusal_reason,
            revision=v.revision,
            protocol_revision=v.protocol.revision,
            created_at=v.created_at,
            updated_at=v.updated_at,
            approvals=[_approval_view(a, v.submitted_at) for a in v.approvals],
            reviews=reviews[v.id],
            superseded=latest_approved.get(v.protocol_id, 0) > v.number,
        )
        for v in versions
    ]


def _select_versions() -> Select[ProtocolVersion]:
    return select(ProtocolVersion).options(
        selectinload(ProtocolVersion.protocol), selectinload(ProtocolVersion.approvals)
    )


def get_version(db: Database, version_id: int) -> VersionView:
    with db.read() as s:
        v = s.scalars(_select_versions().where(ProtocolVersion.id == version_id)).first()
        if v is None:
            raise NotFoundError(N_("version"), version_id)
        return _views(s, [v])[0]


def versions_of(db: Database, protocol_id: int) -> list[VersionView]:
    """All versions of a protocol, oldest first."""
    with db.read() as s:
        q = _select_versions().where(ProtocolVersion.protocol_id == protocol_id)
        return _views(s, s.scalars(q.order_by(ProtocolVersion.number)))


def latest_version(db: Database, protocol_id: int) -> VersionView | None:
    """The highest-numbered version, whatever its status."""
    with db.read() as s:
        q = _select_versions().where(ProtocolVersion.protocol_id == protocol_id)
        v = s.scalars(q.order_by(ProtocolVersion.number.desc()).limit(1)).first()
        return _views(s, [v])[0] if v is not None else None


def approved_version(db: Database, protocol_id: int) -> VersionView | None:
    """The version in force (status approved), the one consultation shows."""
    with db.read() as s:
        q = _select_versions().where(
            ProtocolVersion.protocol_id == protocol_id, ProtocolVersion.status == "approved"
        )
        v = s.scalars(q.order_by(ProtocolVersion.number.desc()).limit(1)).first()
        return _views(s, [v])[0] if v is not None else None


def find_protocol(db: Database, id_or_code: str) -> int | None:
    """A protocol id from its code (any case) or, failing that, its numeric id."""
    text = id_or_code.strip()
    if not text:
        return None
    with db.read() as s:
        by_code = select(Protocol.id).where(func.upper(Protocol.code) == text.upper())
        found = s.scalars(by_code).first()
        if found is None:  # a code given in a draft, not yet in force
            by_draft = (
                select(ProtocolVersion.protocol_id)
                .where(func.upper(ProtocolVersion.code) == text.upper())
                .order_by(ProtocolVersion.number.desc())
            )
            found = s.scalars(by_draft.limit(1)).first()
        if found is None and text.isdigit():
            found = s.scalars(select(Protocol.id).where(Protocol.id == int(text))).first()
        return found


def review_status(
    version: VersionView, today: dt.date, within_days: int = REVIEW_WARNING_DAYS
) -> str | None:
    """The review state of a version (see `review_state`)."""
    return review_state(version.status, version.review_due, today, within_days)


def allowed_actions(
    version: VersionView, versions: list[VersionView], blocking: bool
) -> frozenset[str]:
    """What the lifecycle allows on this version now: submit (a draft with nothing blocking),
    approve and refuse (in review), revise (the approved one, when no other is under way),
    reviewed (record a periodic review of the approved one)."""
    allowed = set()
    if version.status == "draft" and not blocking:
        allowed.add("submit")
    if version.status == "in_review":
        allowed.update(("approve", "refuse"))
    if version.status == "approved":
        allowed.add("reviewed")
        if not any(v.status in ("draft", "in_review") for v in versions):
            allowed.add("revise")
    return frozenset(allowed)


def professions_of(session: Session, professional_ids: Iterable[int]) -> list[str]:
    """Profession codes of the given professionals (used for the working group)."""
    ids = list(professional_ids)
    if not ids:
        return []
    return list(session.scalars(select(Professional.profession).where(Professional.id.in_(ids))))


def years_later(day: dt.date, years: int = REVIEW_YEARS) -> dt.date:
    """The same day `years` later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def code_taken(session: Session, code: str, except_id: int | None = None) -> bool:
    """True when another protocol already uses this code (compared in upper case), in force or
    in one of its open versions (a draft's new code is reserved as soon as it is saved)."""
    wanted = code.strip().upper()
    q = select(Protocol.id).where(func.upper(Protocol.code) == wanted)
    drafts = select(ProtocolVersion.id).where(
        func.upper(ProtocolVersion.code) == wanted,
        ProtocolVersion.status.in_(("draft", "in_review", "approved")),
    )
    if except_id is not None:
        q = q.where(Protocol.id != except_id)
        drafts = drafts.where(ProtocolVersion.protocol_id != except_id)
    return (
        session.scalars(q.limit(1)).first() is not None
        or session.scalars(drafts.limit(1)).first() is not None
    )


def code_in_use(db: Database, code: str, except_protocol_id: int | None = None) -> bool:
    """Another protocol uses this code: said while it is typed (the new-protocol dialog),
    before the operation refuses it."""
    with db.read() as s:
        return code_taken(s, code, except_protocol_id)
