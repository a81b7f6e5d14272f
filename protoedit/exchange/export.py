"""Exchange files between teams: the versioned JSON format and export (import: exchange_import)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from protoedit import __version__
from protoedit.cooperation.figures import COMPLETION
from protoedit.errors import NotFoundError, ValidationError
from protoedit.export.atomic import atomic_path
from protoedit.i18n import N_
from protoedit.meetings.pseudonym import printed_initials
from protoedit.protocols.content import Content
from protoedit.protocols.queries import find_protocol
from protoedit.store.database import Database
from protoedit.store.models import (
    Amendment,
    CoopProtocol,
    Decision,
    Meeting,
    Professional,
    Protocol,
    ProtocolReview,
    ProtocolVersion,
    Structure,
    utcnow,
)

log = logging.getLogger("protoedit.exchange")

FORMAT = "protoedit-exchange"
FORMAT_VERSION = 2  # 2: per-version identity, documentary synthesis, graded key messages
SCHEMA_FILE = "protoedit-exchange-2.schema.json"  # also reads format 1
KINDS = ("care_protocol", "cooperation_protocol", "meeting")  # also the order in a library
KIND_LABELS = {  # French labels, translated on display
    "care_protocol": N_("protocole"),
    "cooperation_protocol": N_("protocole de coopération"),
    "meeting": N_("réunion"),
}
_ALIASES = {"protocol": "care_protocol", "cooperation": "cooperation_protocol"}


def utc_text(value: dt.datetime | None) -> str | None:
    """A stored (naive UTC) instant as ISO 8601 with Z."""
    return None if value is None else value.isoformat() + "Z"


def local_text(value: dt.datetime | None) -> str | None:
    """A local wall-clock time (meeting start) as ISO 8601 without zone."""
    return None if value is None else value.isoformat()


def date_text(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


class _People:
    """Names of the team's professionals and protocol codes, read once per export."""

    def __init__(self, session: Session) -> None:
        self.by_id = {p.id: p for p in session.scalars(select(Professional))}
        self.codes = dict(session.execute(select(Protocol.id, Protocol.code)).all())

    def name(self, pro_id: int | None) -> str | None:
        pro = self.by_id.get(pro_id) if pro_id is not None else None
        return pro.full_name if pro is not None else None

    def person(self, pro_id: int) -> dict[str, str] | None:
        pro = self.by_id.get(pro_id)
        return None if pro is None else {"name": pro.full_name, "profession": pro.profession}


def _header(session: Session, scope: str, now: dt.datetime | None) -> dict[str, Any]:
    st = session.scalars(select(Structure).order_by(Structure.id).limit(1)).first()
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": utc_text((now or utcnow()).replace(microsecond=0)),
        "app_version": __version__,
        "scope": scope,
        "source": {
            "structure": st.name if st else "",
            "finess": st.finess if st else "",
            "kind": st.kind if st else "",
        },
        "documents": [],
    }


def _care_protocol(session: Session, p: Protocol, people: _People) -> dict[str, Any]:
    ids = [v.id for v in p.versions]
    reviews: dict[int, list[ProtocolReview]] = {i: [] for i in ids}
    for r in session.scalars(
        select(ProtocolReview)
        .where(ProtocolReview.version_id.in_(ids))
        .order_by(ProtocolReview.at, ProtocolReview.id)
    ):
        reviews[r.version_id].append(r)
    versions = []
    for v in p.versions:
        group = [people.person(int(i)) for i in v.working_group or []]
        versions.append(
            {
                "number": v.number,
                "status": v.status,
                "code": v.code,
                "title": v.title,
                "aci_theme": v.aci_theme,
                "content": Content.from_dict(v.content).to_dict(),
                "working_group": [g for g in group if g is not None],
                "change_note": v.change_note,
                "refusal_reason": v.refusal_reason,
                "review_due": date_text(v.review_due),
                "created_at": utc_text(v.created_at),
                "submitted_at": utc_text(v.submitted_at),
                "approved_at": utc_text(v.approved_at),
                "approvals": [
                    {
                        "name": a.name,
                        "profession": a.profession,
                        "decision": a.decision,
                        "meaning": a.meaning,
                        "at": utc_text(a.at),
                    }
                    for a in sorted(v.approvals, key=lambda a: (a.at, a.id))
                ],
                "reviews": [
                    {
                        "reviewer": people.name(r.professional_id),
                        "at": utc_text(r.at),
                        "note": r.note,
                        "next_review_due": date_text(r.next_review_due),
                    }
                    for r in reviews[v.id]
                ],
                "provenance": dict(v.provenance or {}),
            }
        )
    return {
        "kind": "care_protocol",
        "source_id": p.id,
        "code": p.code,
        "title": p.title,
        "aci_theme": p.aci_theme,
        "versions": versions,
    }


def _cooperation_protocol(p: CoopProtocol) -> dict[str, Any]:
    return {
        "kind": "cooperation_protocol",
        "source_id": p.id,
        "code": p.code,
        "title": p.title,
        "origin": p.origin,
        "rules": [dict(r) for r in p.rules or []],
    }


def _meeting(session: Session, m: Meeting, people: _People) -> dict[str, Any]:
    items = sorted(m.items, key=lambda i: (i.position, i.id))
    index = {item.id: n for n, item in enumerate(items)}
    decisions = session.scalars(
        select(Decision).where(Decision.meeting_id == m.id).order_by(Decision.id)
    ).all()
    closers = {d.closed_in_meeting_id for d in decisions} - {None}
    starts = dict(
        session.execute(select(Meeting.id, Meeting.starts_at).where(Meeting.id.in_(closers))).all()
    )
    amendments = session.scalars(
        select(Amendment).where(Amendment.meeting_id == m.id).order_by(Amendment.at, Amendment.id)
    )
    invitees = []
    for inv in m.invitees:
        person = people.person(inv.professional_id) if inv.professional_id is not None else None
        invitees.append(
            {
                **(person or {"name": inv.name, "profession": inv.profession}),
                "attendance": inv.attendance,
            }
        )
    return {
        "kind": "meeting",
        "source_id": m.id,
        "starts_at": local_text(m.starts_at),
        "meeting_kind": m.kind,
        "title": m.title,
        "place": m.place,
        "chair": people.name(m.chair_id),
        "secretary": people.name(m.secretary_id),
        "status": m.status,
        "closed_at": utc_text(m.closed_at),
        "invitees": invitees,
        "items": [
            {
                "kind": i.kind,
                "theme": i.theme,
                "requester": i.requester,
                "presenter": i.presenter,
                "slot_minutes": i.slot_minutes,
                # Leaving the team: the pseudonym only with the patient's consent, else initials.
                "patient_pseudonym": i.patient_pseudonym
                if i.kind == "case" and i.consent == "yes"
                else "",
                "patient_initials": printed_initials(i) if i.kind == "case" else "",
                "consent": i.consent,
                "flag_75": i.flag_75,
                "flag_ald": i.flag_ald,
                "protocol_code": people.codes.get(i.protocol_id)
                if i.protocol_id is not None
                else None,
                "notes": i.notes,
                "proposal": i.proposal,
                "minutes_spent": i.minutes_spent,
            }
            for i in items
        ],
        "decisions": [
            {
                "item": index.get(d.item_id) if d.item_id is not None else None,
                "text": d.text,
                "owner": people.name(d.owner_id)
                if d.owner_id is not None
                else (d.owner_name or None),
                "due_date": date_text(d.due_date),
                "status": d.status,
                "status_note": d.status_note,
                "closed_in_meeting": local_text(
                    starts.get(d.closed_in_meeting_id)
                    if d.closed_in_meeting_id is not None
                    else None
                ),
            }
            for d in decisions
        ],
        "amendments": [
            {"at": utc_text(a.at), "author": a.author, "text": a.text} for a in amendments
        ],
    }


def _protocol_query() -> Any:
    return select(Protocol).options(
        selectinload(Protocol.versions).selectinload(ProtocolVersion.approvals)
    )


def _meeting_query() -> Any:
    return select(Meeting).options(selectinload(Meeting.items), selectinload(Meeting.invitees))


def _document(session: Session, kind: str, ident: int, people: _People) -> dict[str, Any] | None:
    if kind == "care_protocol":
        p = session.scalars(_protocol_query().where(Protocol.id == ident)).first()
        return _care_protocol(session, p, people) if p is not None else None
    if kind == "cooperation_protocol":
        c = session.get(CoopProtocol, ident)
        return _cooperation_protocol(c) if c is not None else None
    m = session.scalars(_meeting_query().where(Meeting.id == ident)).first()
    return _meeting(session, m, people) if m is not None else None


def normalize_kind(kind: str) -> str:
    kind = _ALIASES.get(kind, kind)
    if kind not in KINDS:
        raise ValidationError(N_("Type de document inconnu : {kind}."), field="kind", kind=kind)
    return kind


def export_document(
    db: Database, kind: str, ident: int, now: dt.datetime | None = None
) -> dict[str, Any]:
    """One document (care protocol with all its versions, meeting, cooperation protocol)."""
    kind = normalize_kind(kind)
    with db.read() as s:
        data = _header(s, "document", now)
        doc = _document(s, kind, ident, _People(s))
    if doc is None:
        raise NotFoundError(KIND_LABELS[kind], ident)
    data["documents"].append(doc)
    return data


def export_draft(
    db: Database,
    code: str,
    title: str,
    aci_theme: str,
    content: Content,
    working_group: list[int],
    review_due: dt.date | None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """A draft not saved in the database (a PC's version set aside in a conflict) as a file
    with one care protocol of one draft version: importing it gives the draft back."""
    with db.read() as s:
        data = _header(s, "document", now)
        people = _People(s)
    group = [people.person(int(i)) for i in working_group]
    version = {
        "number": 1,
        "status": "draft",
        "code": code,
        "title": title,
        "aci_theme": aci_theme,
        "content": content.to_dict(),
        "working_group": [g for g in group if g is not None],
        "change_note": "",
        "refusal_reason": "",
        "review_due": date_text(review_due),
        "created_at": data["exported_at"],
        "submitted_at": None,
        "approved_at": None,
        "approvals": [],
        "reviews": [],
        "provenance": {},
    }
    data["documents"].append(
        {
            "kind": "care_protocol",
            "source_id": None,
            "code": code,
            "title": title,
            "aci_theme": aci_theme,
            "versions": [version],
        }
    )
    return data


def export_library(db: Database, now: dt.datetime | None = None) -> dict[str, Any]:
    """Every care protocol and team cooperation protocol (by code), then meetings (by date)."""
    with db.read() as s:
        data = _header(s, "library", now)
        people = _People(s)
        docs = data["documents"]
        # Codes sorted in Python: the same order whatever the server's collation.
        for p in sorted(s.scalars(_protocol_query()), key=lambda p: p.code):
            docs.append(_care_protocol(s, p, people))
        team_own = select(CoopProtocol).where(CoopProtocol.origin != COMPLETION)
        for c in sorted(s.scalars(team_own), key=lambda c: c.code):
            docs.append(_cooperation_protocol(c))
        for m in s.scalars(_meeting_query().order_by(Meeting.starts_at, Meeting.id)):
            docs.append(_meeting(s, m, people))
    return data


def find_document(db: Database, id_or_code: str, kind: str | None = None) -> tuple[str, int]:
    """(kind, id) from a care-protocol code or id, a cooperation-protocol code, or a meeting id."""
    kind = normalize_kind(kind) if kind else None
    text = id_or_code.strip()
    if kind in (None, "care_protocol") and (found := find_protocol(db, text)) is not None:
        return "care_protocol", found
    if kind in (None, "cooperation_protocol"):
        with db.read() as s:
            coop = s.scalars(
                select(CoopProtocol.id).where(
                    CoopProtocol.code == text.upper(), CoopProtocol.origin != COMPLETION
                )
            ).first()
        if coop is not None:
            return "cooperation_protocol", coop
    if kind == "meeting" and text.isdigit():
        with db.read() as s:
            if s.get(Meeting, int(text)) is not None:
                return "meeting", int(text)
    raise NotFoundError(N_("document"), text)


def dumps(data: dict[str, Any]) -> str:
    """The file text: UTF-8, sorted keys, two-space indent, final newline (deterministic)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def write_json(data: dict[str, Any], path: Path | str) -> Path:
    """Write an exchange file atomically (temporary file, then replace)."""
    target = Path(path)
    with atomic_path(target) as tmp:
        tmp.write_bytes(dumps(data).encode("utf-8"))
        tmp.chmod(0o644)  # a file to share, not the temporary file's private 0600
    log.info("exchange file written: %s (%d documents)", target, len(data.get("documents", [])))
    return target


def transmitted_version(doc: dict[str, Any]) -> dict[str, Any]:
    """The version an import takes: the latest ever approved, else the latest."""
    versions: list[dict[str, Any]] = sorted(doc["versions"], key=lambda v: v["number"])
    approved = [v for v in versions if v["status"] == "approved" or v.get("approved_at")]
    return (approved or versions)[-1]


def comparable(data: dict[str, Any]) -> str:
    """What export → import → export keeps byte for byte (definition in docs/exchange-format.md)."""
    docs = []
    for doc in data["documents"]:
        if doc["kind"] == "care_protocol":
            docs.append(
                {
                    "kind": doc["kind"],
                    "code": doc["code"],
                    "title": doc["title"],
                    "aci_theme": doc.get("aci_theme", ""),
                    "content": Content.from_dict(transmitted_version(doc)["content"]).to_dict(),
                }
            )
        else:
            docs.append({k: v for k, v in doc.items() if k != "source_id"})
    # The content as the app reads it (a format-1 file has no synthesis: empty lists).
    return dumps({"format": data["format"], "documents": docs})
