"""Search index on PostgreSQL: a tsvector ('simple' config over words folded in Python) + GIN."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, TextClause, text

from protoedit.search.index import Doc, head_text, row_values
from protoedit.search.text import TOKEN_RE, Term, fold, index_text

TABLES = ("search_word", "search_doc", "search_meta")
LOCK_KEY = 0x5E4C_0007  # pg_advisory_xact_lock key of the index writers
DDL = (
    "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS search_doc (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "source_id INTEGER NOT NULL, stamp TEXT NOT NULL, scope TEXT NOT NULL, "
    "status TEXT NOT NULL, protocol_id INTEGER, meeting_id INTEGER, code TEXT NOT NULL, "
    "title TEXT NOT NULL, body TEXT NOT NULL, folded TEXT NOT NULL, tsv tsvector NOT NULL, "
    "UNIQUE (kind, source_id))",
    "CREATE INDEX IF NOT EXISTS ix_search_doc_tsv ON search_doc USING gin (tsv)",
    # The index's word list ("did you mean"), kept by insert/delete: word, documents holding it.
    'CREATE TABLE IF NOT EXISTS search_word (word TEXT COLLATE "C" PRIMARY KEY, '
    "ndoc INTEGER NOT NULL)",
)
ADD_WORDS = text(
    "INSERT INTO search_word (word, ndoc) SELECT * FROM unnest(CAST(:w AS text[]), "
    "CAST(:n AS integer[])) ON CONFLICT (word) DO UPDATE SET ndoc = search_word.ndoc + "
    "excluded.ndoc"
)
REMOVE_WORDS = text(
    "UPDATE search_word SET ndoc = search_word.ndoc - d.n FROM unnest(CAST(:w AS text[]), "
    "CAST(:n AS integer[])) AS d(word, n) WHERE search_word.word = d.word"
)
INSERT_DOC = text(
    "INSERT INTO search_doc (id, kind, source_id, stamp, scope, status, protocol_id, meeting_id, "
    "code, title, body, folded, tsv) VALUES (:id, :kind, :source_id, :stamp, :scope, :status, "
    ":protocol_id, :meeting_id, :code, :title, :body, :folded, "
    "setweight(to_tsvector('simple', :h), 'A') || setweight(to_tsvector('simple', :b), 'D'))"
)


def exists(conn: Connection) -> bool:
    checks = " AND ".join(f"to_regclass('{t}') IS NOT NULL" for t in TABLES)
    return bool(conn.execute(text(f"SELECT {checks}")).scalar())


def lock(conn: Connection) -> None:
    """Serialise index writers across PCs until the end of the transaction."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})


def create(conn: Connection) -> None:
    for statement in DDL:
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    for table in TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def insert(conn: Connection, docs: list[tuple[int, Doc]]) -> None:
    rows = []
    for i, d in docs:
        folded = fold(d.body)
        rows.append(
            {
                "id": i,
                **row_values(d),
                "folded": folded,
                "h": index_text(d.head),
                "b": " ".join(TOKEN_RE.findall(folded)),
            }
        )
    conn.execute(INSERT_DOC, rows)
    _count_words(conn, ADD_WORDS, [(r["h"], r["folded"]) for r in rows])


def delete(conn: Connection, ids: list[int]) -> None:
    gone = conn.execute(
        text("SELECT kind, code, title, folded FROM search_doc WHERE id = ANY(:ids)"),
        {"ids": list(ids)},
    ).all()
    _count_words(
        conn,
        REMOVE_WORDS,
        [(index_text(head_text(r.kind, r.code, r.title)), r.folded) for r in gone],
    )
    conn.execute(text("DELETE FROM search_word WHERE ndoc <= 0"))
    conn.execute(text("DELETE FROM search_doc WHERE id = ANY(:ids)"), {"ids": list(ids)})


def _count_words(conn: Connection, statement: TextClause, docs: list[tuple[str, str]]) -> None:
    """Add (or remove) each document's distinct words to the word list, in one statement."""
    counts: Counter[str] = Counter()
    for head, folded in docs:
        counts.update(set(head.split()) | set(TOKEN_RE.findall(folded)))
    if counts:
        conn.execute(statement, {"w": list(counts), "n": list(counts.values())})


def vocabulary(conn: Connection, low: str, high: str) -> list[tuple[str, int]]:
    """(word, documents holding it) for indexed words from `low` (included) to `high`."""
    rows = conn.execute(
        text("SELECT word, ndoc FROM search_word WHERE word >= :lo AND word < :hi"),
        {"lo": low, "hi": high},
    )
    return [(r.word, int(r.ndoc)) for r in rows]


def tsquery(terms: list[Term], weight: str = "") -> str:
    """to_tsquery syntax: quoted words, `<->` inside phrases, `:*` for prefixes."""
    out = []
    for t in terms:
        words = [f"'{w}'" + (":" + weight if weight else "") for w in t.words]
        if t.prefix:
            words[-1] = f"'{t.words[-1]}':*{weight}"
        out.append("(" + " <-> ".join(words) + ")")
    return " & ".join(out)


def match(
    conn: Connection, terms: list[Term], scopes: tuple[str, ...], limit: int
) -> list[tuple[int, bool, float]]:
    """(doc id, every word in the head, relevance) best first: head matches, then ts_rank."""
    rows = conn.execute(
        text(
            "SELECT id, tsv @@ to_tsquery('simple', :hq) AS in_head, "
            "ts_rank(tsv, to_tsquery('simple', :q)) AS score FROM search_doc "
            "WHERE tsv @@ to_tsquery('simple', :q) AND scope = ANY(:scopes) "
            "ORDER BY in_head DESC, score DESC, id LIMIT :limit"
        ),
        {"q": tsquery(terms), "hq": tsquery(terms, "A"), "scopes": list(scopes), "limit": limit},
    )
    return [(r.id, bool(r.in_head), float(r.score)) for r in rows]
