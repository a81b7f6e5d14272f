"""Search index on SQLite: an FTS5 table over folded words, beside the bookkeeping tables."""

from __future__ import annotations

from sqlalchemy import Connection, text

from protoedit.search.index import Doc, head_text, row_values
from protoedit.search.text import TOKEN_RE, Term, fold, index_text

TABLES = ("search_vocab", "search_fts", "search_doc", "search_meta")
DDL = (
    "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS search_doc (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "source_id INTEGER NOT NULL, stamp TEXT NOT NULL, scope TEXT NOT NULL, "
    "status TEXT NOT NULL, protocol_id INTEGER, meeting_id INTEGER, code TEXT NOT NULL, "
    "title TEXT NOT NULL, body TEXT NOT NULL, folded TEXT NOT NULL, UNIQUE (kind, source_id))",
    # Contentless: the folded words are only in the index; search_doc keeps the original text.
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(head, body, scope, content='', "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    # The index's own word list ("did you mean"): term, documents holding it (any column).
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_fts, row)",
)
HEAD_WEIGHT = 10.0
RANK_ALL = 2000  # beyond this many matches, body matches are not ranked (see match)
INSERT_DOC = text(
    "INSERT INTO search_doc (id, kind, source_id, stamp, scope, status, protocol_id, meeting_id, "
    "code, title, body, folded) VALUES (:id, :kind, :source_id, :stamp, :scope, :status, "
    ":protocol_id, :meeting_id, :code, :title, :body, :folded)"
)
INSERT_FTS = text("INSERT INTO search_fts (rowid, head, body, scope) VALUES (:id, :h, :b, :s)")
DELETE_FTS = text(
    "INSERT INTO search_fts (search_fts, rowid, head, body, scope) "
    "VALUES ('delete', :id, :h, :b, :s)"
)


def exists(conn: Connection) -> bool:
    names = ", ".join(f"'{t}'" for t in TABLES)
    found = conn.execute(text(f"SELECT count(*) FROM sqlite_master WHERE name IN ({names})"))
    return found.scalar() == len(TABLES)


def lock(conn: Connection) -> None:
    """Nothing to do: the write transaction (BEGIN IMMEDIATE) already serialises writers."""


def create(conn: Connection) -> None:
    for statement in DDL:
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    for table in TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def insert(conn: Connection, docs: list[tuple[int, Doc]]) -> None:
    rows = [{"id": i, **row_values(d), "folded": fold(d.body)} for i, d in docs]
    conn.execute(INSERT_DOC, rows)
    conn.execute(
        INSERT_FTS,
        [
            {
                "id": r["id"],
                "h": index_text(head_text(r["kind"], r["code"], r["title"])),
                "b": words(r["folded"]),
                "s": r["scope"],
            }
            for r in rows
        ],
    )


def words(folded: str) -> str:
    """index_text() of the original, from its stored folded copy."""
    return " ".join(TOKEN_RE.findall(folded))


def delete(conn: Connection, ids: list[int]) -> None:
    """A contentless FTS5 row is deleted by giving back the words it was indexed with."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join(str(int(i)) for i in chunk)
        rows = conn.execute(
            text(
                f"SELECT id, kind, code, title, folded, scope FROM search_doc WHERE id IN ({marks})"
            )
        ).all()
        conn.execute(
            DELETE_FTS,
            [
                {
                    "id": r.id,
                    "h": index_text(head_text(r.kind, r.code, r.title)),
                    "b": words(r.folded),
                    "s": r.scope,
                }
                for r in rows
            ],
        )
        conn.execute(text(f"DELETE FROM search_doc WHERE id IN ({marks})"))


def expression(terms: list[Term]) -> str:
    """FTS5 syntax: every word is a quoted string (folded words are letters and digits only)."""
    return " AND ".join(f'"{" ".join(t.words)}"' + ("*" if t.prefix else "") for t in terms)


def match(
    conn: Connection, terms: list[Term], scopes: tuple[str, ...], limit: int
) -> list[tuple[int, bool, float]]:
    """(doc id, every word in the head, relevance) best first: head matches, then BM25.

    BM25 costs about 2 µs a document: when more than RANK_ALL documents match (the first two
    letters of a common word), only the head matches are ranked and body matches follow in
    index order; the list narrows as the user types on."""
    expr = expression(terms)
    wanted = " OR ".join(f'"{s}"' for s in scopes)
    q = f"scope : ({wanted}) AND {{head body}} : ({expr})"
    hq = f"scope : ({wanted}) AND head : ({expr})"
    if _count(conn, q) <= RANK_ALL:
        rows = conn.execute(
            text(
                "SELECT rowid, rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :hq) "
                f"AS in_head, bm25(search_fts, {HEAD_WEIGHT}, 1.0, 0.0) AS score FROM search_fts "
                "WHERE search_fts MATCH :q ORDER BY in_head DESC, score, rowid LIMIT :limit"
            ),
            {"q": q, "hq": hq, "limit": limit},
        )
        return [(r.rowid, bool(r.in_head), -float(r.score)) for r in rows]
    ranked = f"bm25(search_fts, {HEAD_WEIGHT}, 1.0, 0.0)" if _count(conn, hq) <= RANK_ALL else "0.0"
    heads = [
        (r.rowid, True, -float(r.score))
        for r in conn.execute(
            text(
                f"SELECT rowid, {ranked} AS score FROM search_fts WHERE search_fts MATCH :hq "
                "ORDER BY score, rowid LIMIT :limit"
            ),
            {"hq": hq, "limit": limit},
        )
    ]
    if len(heads) >= limit:
        return heads
    rest = conn.execute(
        text(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH :q AND rowid NOT IN "
            "(SELECT rowid FROM search_fts WHERE search_fts MATCH :hq) ORDER BY rowid LIMIT :limit"
        ),
        {"q": q, "hq": hq, "limit": limit - len(heads)},
    )
    return heads + [(r.rowid, False, 0.0) for r in rest]


def _count(conn: Connection, q: str) -> int:
    return int(
        conn.execute(
            text("SELECT count(*) FROM search_fts WHERE search_fts MATCH :q"), {"q": q}
        ).scalar()
        or 0
    )


def vocabulary(conn: Connection, low: str, high: str) -> list[tuple[str, int]]:
    """(word, documents holding it) for indexed words from `low` (included) to `high`."""
    rows = conn.execute(
        text("SELECT term, doc FROM search_vocab WHERE term >= :lo AND term < :hi"),
        {"lo": low, "hi": high},
    )
    return [(r.term, int(r.doc)) for r in rows]
