"""The library: one line per document (care protocol, cooperation declaration, meeting)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import func, select

from protoedit.store.database import Database
from protoedit.store.models import Declaration, Meeting, Protocol, ProtocolVersion

KINDS = ("protocol", "cooperation", "meeting")


class LibraryRow(NamedTuple):
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
            newest = (select(ProtocolVersion.protocol_id,
                             func.max(ProtocolVersion.number).label("number"))
                      .group_by(ProtocolVersion.protocol_id).subquery())
            latest = (
                select(Protocol.id, Protocol.code, Protocol.title, ProtocolVersion.status,
                       ProtocolVersion.number, ProtocolVersion.updated_at,
                       ProtocolVersion.review_due)
                .join(newest, newest.c.protocol_id == Protocol.id)
                .join(ProtocolVersion, (ProtocolVersion.protocol_id == Protocol.id)
                      & (ProtocolVersion.number == newest.c.number))
                .order_by(Protocol.code)
            )
            rows.extend(LibraryRow("protocol", *r) for r in s.execute(latest))
        if kind in (None, "cooperation"):
            for d in s.scalars(select(Declaration).order_by(Declaration.id)):
                rows.append(LibraryRow("cooperation", d.id, d.protocol_code, d.protocol_code,
                                       d.status, None, d.updated_at))
        if kind in (None, "meeting"):
            for m in s.scalars(select(Meeting).order_by(Meeting.starts_at.desc())):
                rows.append(LibraryRow("meeting", m.id, m.starts_at.strftime("%Y-%m-%d"),
                                       m.title or m.kind, m.status, None, m.updated_at))
    return rows
