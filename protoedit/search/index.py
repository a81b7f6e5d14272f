"""The search index's bookkeeping: what each document's text is, and incremental updates."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, bindparam, func, select, text

from protoedit import catalog
from protoedit.protocols.content import SECTION_KEYS, Content
from protoedit.store.models import AgendaItem, Decision, Meeting, ProtocolVersion

log = logging.getLogger("protoedit.search")

# Bump when the folding, the indexed fields or the table layout change: the index is rebuilt.
INDEX_VERSION = "4"
BATCH = 500
REFRESH_BATCH = 200  # documents per write transaction of an update: short locks, fine progress
LIVE_STATUSES = ("approved",)
DRAFT_STATUSES = ("draft", "in_review")


@dataclass(frozen=True)
class Doc:
    """One indexed document. `head` (code and title) ranks above `body`."""

    kind: str  # protocol | meeting | decision
    source_id: int  # protocol_version.id, meeting.id or decision.id
    stamp: str  # changes whenever the indexed text or status may have changed
    scope: str  # live | draft
    status: str
    protocol_id: int | None
    meeting_id: int | None
    code: str
    title: str
    body: str  # plain text on one line (see flatten)

    @property
    def head(self) -> str:
        return head_text(self.kind, self.code, self.title)


def head_text(kind: str, code: str, title: str) -> str:
    """What ranks first: a protocol's code and title, a meeting's title (not a decision's)."""
    return "" if kind == "decision" else f"{code} {title}"


# -- Markdown to searchable plain text -------------------------------------------------------

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LINE_MARKS = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.M)
_INLINE_MARKS = re.compile(r"[*_`~|]+")


def flatten(value: str) -> str:
    """One line: each line's spaces collapsed, lines joined by " · " (what snippets show)."""
    return " · ".join(" ".join(line.split()) for line in value.splitlines() if line.strip())


def plain(markdown: str) -> str:
    """Markdown without its markup (links keep their text), for indexing and snippets."""
    if "](" in markdown:
        markdown = _LINK.sub(r"\1", markdown)
    return _INLINE_MARKS.sub("", _LINE_MARKS.sub("", markdown)).strip()


def protocol_body(content: Content, aci_theme: str) -> str:
    theme = catalog.aci_theme(aci_theme) if aci_theme else None
    labels = {p.code: p.fr for p in catalog.professions()}
    parts = [theme.fr if theme else aci_theme]
    parts += [content.section(k) for k in SECTION_KEYS]
    for s in content.steps:
        parts += [
            s.title,
            ", ".join(labels.get(p, p) for p in s.professions),
            s.referent,
            s.what,
            s.when,
            s.how,
            s.where,
            s.alert,
        ]
    return flatten(plain("\n".join(p for p in parts if p)))


# -- what should be indexed, with stamps -----------------------------------------------------


def current_stamps(conn: Connection) -> dict[tuple[str, int], str]:
    """(kind, source id) -> stamp, for every document that should be in the index."""
    pv = ProtocolVersion.__table__
    stamps: dict[tuple[str, int], str] = {}
    rows = conn.execute(  # a version's identity is its own: its revision covers every change
        select(pv.c.id, pv.c.status, pv.c.revision).where(
            pv.c.status.in_(LIVE_STATUSES + DRAFT_STATUSES)
        )
    )
    for r in rows:
        stamps[("protocol", r.id)] = f"{r.status}.{r.revision}"
    m, ai, d = Meeting.__table__, AgendaItem.__table__, Decision.__table__
    items = {
        r.meeting_id: f"{r.n}.{r.revs}.{r.last}"
        for r in conn.execute(
            select(
                ai.c.meeting_id,
                func.count().label("n"),
                func.sum(ai.c.revision).label("revs"),
                func.max(ai.c.id).label("last"),
            ).group_by(ai.c.meeting_id)
        )
    }
    meeting_revs = dict(conn.execute(select(m.c.id, m.c.revision)).all())
    for mid, rev in meeting_revs.items():
        stamps[("meeting", mid)] = f"{rev}.{items.get(mid, '0')}"
    for r in conn.execute(select(d.c.id, d.c.revision, d.c.meeting_id)):
        stamps[("decision", r.id)] = f"{r.revision}.{meeting_revs.get(r.meeting_id, 0)}"
    return stamps


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]


def load_docs(conn: Connection, wanted: dict[tuple[str, int], str]) -> list[Doc]:
    """Read the source rows of the wanted documents and build their text."""
    by_kind: dict[str, list[int]] = {"protocol": [], "meeting": [], "decision": []}
    for kind, source_id in wanted:
        by_kind[kind].append(source_id)
    docs: list[Doc] = []
    pv = ProtocolVersion.__table__
    for ids in _chunks(sorted(by_kind["protocol"])):
        q = select(
            pv.c.id,
            pv.c.protocol_id,
            pv.c.status,
            pv.c.content,
            pv.c.code,
            pv.c.title,
            pv.c.aci_theme,
        ).where(pv.c.id.in_(ids))
        for pr in conn.execute(q):
            body = protocol_body(Content.from_dict(pr.content), pr.aci_theme)
            scope = "live" if pr.status in LIVE_STATUSES else "draft"
            docs.append(
                Doc(
                    "protocol",
                    pr.id,
                    wanted[("protocol", pr.id)],
                    scope,
                    pr.status,
                    pr.protocol_id,
                    None,
                    pr.code,
                    pr.title,
                    body,
                )
            )
    m, ai, d = Meeting.__table__, AgendaItem.__table__, Decision.__table__
    for ids in _chunks(sorted(by_kind["meeting"])):
        themes: dict[int, list[str]] = {}
        for r in conn.execute(
            select(ai.c.meeting_id, ai.c.theme)
            .where(ai.c.meeting_id.in_(ids))
            .order_by(ai.c.meeting_id, ai.c.position, ai.c.id)
        ):
            themes.setdefault(r.meeting_id, []).append(r.theme)
        for r in conn.execute(select(m).where(m.c.id.in_(ids))):
            body = flatten("\n".join(x for x in [r.place, *themes.get(r.id, [])] if x))
            docs.append(
                Doc(
                    "meeting",
                    r.id,
                    wanted[("meeting", r.id)],
                    "live",
                    r.status,
                    None,
                    r.id,
                    f"{r.starts_at:%Y-%m-%d}",
                    r.title,
                    body,
                )
            )
    for ids in _chunks(sorted(by_kind["decision"])):
        q = (
            select(
                d.c.id,
                d.c.meeting_id,
                d.c.text,
                d.c.owner_name,
                d.c.status,
                m.c.starts_at,
                m.c.title,
            )
            .join(m, m.c.id == d.c.meeting_id)
            .where(d.c.id.in_(ids))
        )
        for dr in conn.execute(q):
            body = flatten("\n".join(x for x in (plain(dr.text), dr.owner_name) if x))
            docs.append(
                Doc(
                    "decision",
                    dr.id,
                    wanted[("decision", dr.id)],
                    "live",
                    dr.status,
                    None,
                    dr.meeting_id,
                    f"{dr.starts_at:%Y-%m-%d}",
                    dr.title,
                    body,
                )
            )
    return docs


# -- bookkeeping -----------------------------------------------------------------------------


def audit_seq(conn: Connection) -> int:
    """Every operation appends audit events: an unchanged head means nothing was written."""
    return int(conn.execute(text("SELECT last_seq FROM audit_head WHERE id = 1")).scalar() or 0)


def read_meta(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(text("SELECT key, value FROM search_meta")).all())


def write_meta(conn: Connection, values: dict[str, str]) -> None:
    conn.execute(text("DELETE FROM search_meta"))
    conn.execute(
        text("INSERT INTO search_meta (key, value) VALUES (:k, :v)"),
        [{"k": k, "v": v} for k, v in values.items()],
    )


def is_current(conn: Connection) -> bool:
    meta = read_meta(conn)
    return meta.get("version") == INDEX_VERSION and meta.get("audit_seq") == str(audit_seq(conn))


def update(
    begin: Callable[[], AbstractContextManager[Connection]],
    backend: ModuleType,
    full: bool,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """(Re)index what changed since the last update, BATCH documents per write transaction
    (a first build never holds the write lock for long); returns documents indexed + removed.
    Each batch re-reads what is indexed, so two PCs refreshing at once do not collide.
    `progress(done, total)` is called after each batch; when `cancelled()` says so, it stops
    between two batches (what is done stays done: the next update goes on from there)."""
    with begin() as conn:
        backend.lock(conn)
        backend.create(conn)  # a table added since the index was built is made here, empty:
        if full or read_meta(conn).get("version") != INDEX_VERSION:  # so rebuild on a new version
            backend.drop(conn)
            backend.create(conn)
        if not full and is_current(conn):
            return 0  # another PC or thread did it meanwhile
        seq = audit_seq(conn)
        wanted = current_stamps(conn)
        indexed = _indexed(conn)
        gone = [doc_id for key, (doc_id, _) in indexed.items() if key not in wanted]
        if gone:
            backend.delete(conn, gone)
        todo = sorted(k for k, stamp in wanted.items() if indexed.get(k, (0, ""))[1] != stamp)
    done = 0
    if progress is not None and todo:
        progress(0, len(todo))
    for start in range(0, len(todo), REFRESH_BATCH):
        if cancelled is not None and cancelled():
            log.info("search index: update stopped after %d documents", done)
            return done + len(gone)
        with begin() as conn:
            backend.lock(conn)
            batch = todo[start : start + REFRESH_BATCH]
            current = _indexed(conn, batch)
            fresh = {k: wanted[k] for k in batch if current.get(k, (0, ""))[1] != wanted[k]}
            replaced = [current[k][0] for k in fresh if k in current]
            if replaced:
                backend.delete(conn, replaced)
            docs = load_docs(conn, fresh)
            if docs:
                first = int(
                    conn.execute(text("SELECT coalesce(max(id), 0) FROM search_doc")).scalar() or 0
                )
                backend.insert(conn, [(first + 1 + i, doc) for i, doc in enumerate(docs)])
            done += len(docs)
        if progress is not None:
            progress(min(start + REFRESH_BATCH, len(todo)), len(todo))
    with begin() as conn:
        write_meta(conn, {"version": INDEX_VERSION, "audit_seq": str(seq)})
    log.info("search index: %d indexed, %d removed (audit seq %d)", done, len(gone), seq)
    return done + len(gone)


def _indexed(
    conn: Connection,
    keys: list[tuple[str, int]] | None = None,
) -> dict[tuple[str, int], tuple[int, str]]:
    """(kind, source id) -> (doc id, stamp) of indexed documents (all, or these keys)."""
    sql = "SELECT id, kind, source_id, stamp FROM search_doc"
    if keys is None:
        rows = conn.execute(text(sql)).all()
    else:
        rows = []
        for kind in {k for k, _ in keys}:
            ids = [i for k, i in keys if k == kind]
            rows += conn.execute(
                text(sql + " WHERE kind = :kind AND source_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"kind": kind, "ids": ids},
            ).all()
    return {(r.kind, r.source_id): (r.id, r.stamp) for r in rows}


def row_values(doc: Doc) -> dict[str, Any]:
    """Column values of search_doc for one document (without its id)."""
    return {
        "kind": doc.kind,
        "source_id": doc.source_id,
        "stamp": doc.stamp,
        "scope": doc.scope,
        "status": doc.status,
        "protocol_id": doc.protocol_id,
        "meeting_id": doc.meeting_id,
        "code": doc.code,
        "title": doc.title,
        "body": doc.body,
    }
