"""Full-text search over protocols, meetings and decisions: queries, hits, index refresh."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, bindparam, text

from protoedit.search import index as search_index
from protoedit.search.snippets import Matcher, Segment
from protoedit.search.text import fold, index_text, parse_query, tokens
from protoedit.store.database import Database

__all__ = [
    "Hit",
    "Segment",
    "fold",
    "index_text",
    "parse_query",
    "query",
    "rebuild",
    "refresh",
    "tokens",
]
log = logging.getLogger("protoedit.search")

# -- the public API --------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One search result. `kind`: protocol | meeting | decision. For a protocol, `version_id`
    is the version found (the approved one unless drafts were asked for); for a meeting,
    `code` is its date (YYYY-MM-DD); for a decision, `title` is its meeting's title."""

    kind: str
    protocol_id: int | None
    version_id: int | None
    meeting_id: int | None
    decision_id: int | None
    code: str
    title: str
    status: str
    snippet: list[Segment]
    title_segments: list[Segment]
    code_segments: list[Segment]
    in_title: bool  # every word was found in the code or title
    score: float  # backend relevance, higher is better (compare within one query only)


def backend(db: Database) -> ModuleType:
    """The index module of the database's backend (search_sqlite or search_pg)."""
    if db.is_sqlite:
        from protoedit.search import sqlite as search_sqlite

        return search_sqlite
    from protoedit.search import postgres as search_pg

    return search_pg


def query(db: Database, value: str, limit: int = 20, include_drafts: bool = False) -> list[Hit]:
    """Ranked hits for what the user typed: title/code matches first, then by relevance."""
    terms = parse_query(value)
    if not terms or limit <= 0:
        return []
    index = backend(db)
    scopes = ("live", "draft") if include_drafts else ("live",)
    with db.read() as session:
        conn = session.connection()
        if not index.exists(conn):
            return []
        ranked = index.match(conn, terms, scopes, limit)
        details = _details(conn, [r[0] for r in ranked])
    matcher = Matcher(terms)
    hits = []
    for doc_id, in_head, score in ranked:
        row = details[doc_id]
        kind = row.kind
        hits.append(
            Hit(
                kind=kind,
                protocol_id=row.protocol_id,
                version_id=row.source_id if kind == "protocol" else None,
                meeting_id=row.meeting_id,
                decision_id=row.source_id if kind == "decision" else None,
                code=row.code,
                title=row.title,
                status=row.status,
                snippet=matcher.snippet(row.body, row.folded),
                title_segments=matcher.highlight(row.title),
                code_segments=matcher.highlight(row.code),
                in_title=bool(in_head),
                score=float(score),
            )
        )
    return hits


def _details(conn: Connection, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    stmt = text(
        "SELECT id, kind, source_id, protocol_id, meeting_id, code, title, status, body, folded "
        "FROM search_doc WHERE id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    return {r.id: r for r in conn.execute(stmt, {"ids": ids})}


def refresh(
    db: Database,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Bring the index up to date; returns how many documents were (re)indexed or removed.
    Costs one small read when nothing was written since the last refresh. `query` never calls
    it: the GUI runs it in a worker (start-up, after changes), with `progress(done, total)`, and
    stops it between two batches with `cancelled()` (closing)."""
    index = backend(db)
    try:
        with db.engine.connect() as conn:
            if index.exists(conn) and search_index.is_current(conn):
                return 0
        return search_index.update(
            db.write_engine.begin, index, full=False, progress=progress, cancelled=cancelled
        )
    except Exception as err:
        classified = db.classify(err)
        if classified is err:
            raise
        raise classified from err


def rebuild(db: Database) -> int:
    """Drop the index and index everything again; returns the number of documents."""
    index = backend(db)
    try:
        return search_index.update(db.write_engine.begin, index, full=True)
    except Exception as err:
        classified = db.classify(err)
        if classified is err:
            raise
        raise classified from err
