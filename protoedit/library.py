"""The library: one line per document (care protocol, cooperation declaration, meeting)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import case, func, select

from protoedit import catalog
from protoedit.store.database import Database
from protoedit.store.tables import (
    coop_protocol,
    declaration,
    meeting,
    protocol,
    protocol_version,
)

KINDS = ("protocol", "cooperation", "meeting")


class LibraryRow(NamedTuple):
    kind: str
    id: int
    code: str
    title: str
    status: str
    version: int | None
    review_due: dt.date | None = None
    open_version: int | None = None  # a draft or a version in review beside the one shown


def _national_titles() -> dict[str, str]:
    """Code -> title of the shipped cooperation protocols (raw catalogue: no validation cost)."""
    return {p["code"]: p["title_fr"] for p in catalog.load("cooperation")["protocols"]}


def list_documents(db: Database, kind: str | None = None) -> list[LibraryRow]:
    """Every document: protocols by code, declarations in order, meetings newest first.

    Core queries only: the main window lists the library before the ORM is loaded."""
    rows: list[LibraryRow] = []
    v, p = protocol_version.c, protocol.c
    with db.connect() as conn:
        if kind in (None, "protocol"):
            # The version in force when there is one (its identity is the protocol row's),
            # otherwise the latest; and the number of a draft or review under way.
            shown = (
                select(
                    v.protocol_id,
                    func.coalesce(
                        func.max(case((v.status == "approved", v.number))), func.max(v.number)
                    ).label("number"),
                    func.max(case((v.status.in_(("draft", "in_review")), v.number))).label("open"),
                )
                .group_by(v.protocol_id)
                .subquery()
            )
            listed = (
                select(p.id, p.code, p.title, v.status, v.number, v.review_due, shown.c.open)
                .join(shown, shown.c.protocol_id == p.id)
                .join(protocol_version, (v.protocol_id == p.id) & (v.number == shown.c.number))
                .order_by(p.code)
            )
            for found in conn.execute(listed).all():
                row = LibraryRow("protocol", *found)
                rows.append(
                    row._replace(open_version=None) if row.open_version == row.version else row
                )
        if kind in (None, "cooperation"):
            d, c = declaration.c, coop_protocol.c
            titles = _national_titles()
            titles.update(dict(conn.execute(select(c.code, c.title)).all()))
            for did, code, status in conn.execute(
                select(d.id, d.protocol_code, d.status).order_by(d.id)
            ):
                rows.append(
                    LibraryRow("cooperation", did, code, titles.get(code, code), status, None)
                )
        if kind in (None, "meeting"):
            m = meeting.c
            for r in conn.execute(
                select(m.id, m.starts_at, m.title, m.kind, m.status).order_by(m.starts_at.desc())
            ):
                rows.append(
                    LibraryRow(
                        "meeting",
                        r.id,
                        r.starts_at.strftime("%Y-%m-%d"),
                        r.title or r.kind,
                        r.status,
                        None,
                    )
                )
    return rows
