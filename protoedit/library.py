"""The library: one line per document (care protocol, cooperation declaration, meeting)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from protoedit.store.database import Database
from protoedit.store.models import Declaration, Meeting, Protocol, ProtocolVersion

KINDS = ("protocol", "cooperation", "meeting")


@dataclass(frozen=True)
class LibraryRow:
    kind: str
    id: int
    code: str
    title: str
    status: str
    version: int | None
    updated: dt.datetime | None
    review_due: dt.date | None = None


def list_documents(db: Database, kind: str | None = None) -> list[LibraryRow]:
    """Every document, newest activity first within each kind."""
    rows: list[LibraryRow] = []
    with db.read() as s:
        if kind in (None, "protocol"):
            latest = (
                select(ProtocolVersion.protocol_id, ProtocolVersion.number, ProtocolVersion.status,
                       ProtocolVersion.updated_at, ProtocolVersion.review_due, Protocol.code,
                       Protocol.title)
                .join(Protocol, Protocol.id == ProtocolVersion.protocol_id)
                .order_by(Protocol.code, ProtocolVersion.number.desc())
            )
            seen: set[int] = set()
            for r in s.execute(latest):
                if r.protocol_id in seen:
                    continue
                seen.add(r.protocol_id)
                rows.append(LibraryRow("protocol", r.protocol_id, r.code, r.title, r.status,
                                       r.number, r.updated_at, r.review_due))
        if kind in (None, "cooperation"):
            for d in s.scalars(select(Declaration).order_by(Declaration.id)):
                rows.append(LibraryRow("cooperation", d.id, d.protocol_code, d.protocol_code,
                                       d.status, None, d.updated_at))
        if kind in (None, "meeting"):
            for m in s.scalars(select(Meeting).order_by(Meeting.starts_at.desc())):
                rows.append(LibraryRow("meeting", m.id, m.starts_at.strftime("%Y-%m-%d"),
                                       m.title or m.kind, m.status, None, m.updated_at))
    return rows
