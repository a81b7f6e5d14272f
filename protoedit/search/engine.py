"""Full-text search over protocols, meetings and decisions: folding, queries, snippets, the index."""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, bindparam, text

from protoedit.search import index as search_index
from protoedit.store.database import Database

log = logging.getLogger("protoedit.search")

MIN_PREFIX = 2  # a word must have this many letters before it is searched as a prefix
SNIPPET_CHARS = 160
MAX_SPANS = 400  # matches looked at when choosing a snippet window

Segment = tuple[str, bool]  # (text, highlighted)

# -- folding: the same text reaches SQLite FTS5 and PostgreSQL -----------------------------

_SPECIAL = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss", "ø": "o",
            "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "İ": "i", "þ": "th",
            "Þ": "th", "ð": "d", "Ð": "d", "ĳ": "ij", "Ĳ": "ij"}


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = chain(range(0xC0, 0x250), range(0x300, 0x370), range(0x370, 0x530),
                   range(0x1E00, 0x2000), range(0xFB00, 0xFB07))
    for cp in ranges:
        ch = chr(cp)
        out = _SPECIAL.get(ch)
        if out is None:
            decomposed = unicodedata.normalize("NFKD", ch)
            out = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        if out != ch:
            table[cp] = out
    return table


_TABLE = _fold_table()
TOKEN_RE = re.compile(r"[^\W_]+")
_START = r"\b"
_END = r"\b"
_GAP = r"[\W_]+"  # what separates two words of a phrase


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


def fold(value: str) -> str:
    """Lower case, accents removed, œ→oe, æ→ae: what both backends index and search."""
    return _NON_ASCII.sub(_fold_run, value).lower()


def tokens(value: str) -> list[str]:
    return TOKEN_RE.findall(fold(value))


def index_text(value: str) -> str:
    """Folded words joined by single spaces: both tokenizers see exactly these words."""
    return " ".join(tokens(value))


# -- queries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One word (len 1) or a quoted phrase; `prefix`: its last word may continue."""

    words: tuple[str, ...]
    prefix: bool


_QUOTED = re.compile(r'"([^"]*)("|$)')


def parse_query(value: str) -> list[Term]:
    """Words are prefixes from two letters on (a lone letter is dropped); words glued by
    punctuation (`d'alerte`, `DIAB-01`) and "quoted phrases" must follow each other; a closed
    quote is exact, an unclosed one is still being typed (its last word is a prefix)."""
    terms: list[Term] = []
    for m in _QUOTED.finditer(value):
        words = tokens(m.group(1))
        closed = bool(m.group(2))
        if len(words) > 1 or (words and closed):
            terms.append(Term(tuple(words), prefix=not closed))
        elif words and len(words[0]) >= MIN_PREFIX:
            terms.append(Term(tuple(words), prefix=True))
    for chunk in _QUOTED.sub(" ", value).split():
        words = tokens(chunk)
        if len(words) > 1 or (words and len(words[0]) >= MIN_PREFIX):
            terms.append(Term(tuple(words), prefix=True))
    return list(dict.fromkeys(terms))


# -- highlighting and snippets ---------------------------------------------------------------


def _variants() -> tuple[dict[str, str], dict[str, str]]:
    """Folded letter -> the characters that fold to it; folded pair (oe) -> its ligatures."""
    single: dict[str, str] = {}
    multi: dict[str, str] = {}
    for cp, out in _TABLE.items():
        if len(out) == 1:
            single[out] = single.get(out, "") + chr(cp)
        elif len(out) > 1:
            multi[out] = multi.get(out, "") + chr(cp)
    return single, multi


_SINGLE, _MULTI = _variants()


def _letter(c: str) -> str:
    extra = _SINGLE.get(c, "")
    return f"[{re.escape(c + extra)}]" if extra else re.escape(c)


def word_pattern(word: str) -> str:
    """A regex matching a folded word in unfolded text: `oedeme` matches `Œdème`."""
    out, i = [], 0
    while i < len(word):
        for size in (3, 2):
            piece = word[i:i + size]
            if len(piece) == size and piece in _MULTI:
                letters = "".join(_letter(c) for c in piece)
                out.append(f"(?:{letters}|[{re.escape(_MULTI[piece])}])")
                i += size
                break
        else:
            out.append(_letter(word[i]))
            i += 1
    return "".join(out)


class Matcher:
    """Finds the query's words in original text (highlighting titles) and, much faster, in its
    folded copy (choosing snippet windows), mapping positions back to the original."""

    def __init__(self, terms: list[Term]) -> None:
        parts, folded = [], []
        for i, term in enumerate(terms):
            tail = r"[^\W_]*" if term.prefix else _END
            body = _GAP.join(word_pattern(w) for w in term.words)
            parts.append(f"(?P<t{i}>{_START}{body}{tail})")
            # No leading \b: a literal start lets `re` skip ahead; word starts checked below.
            literal = _GAP.join(re.escape(w) for w in term.words)
            folded.append(f"(?P<t{i}>{literal}{tail})")
        self.regex = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        self.folded_regex = re.compile("|".join(folded)) if folded else None
        self.count = len(parts)

    def highlight(self, value: str) -> list[Segment]:
        """The whole text cut into plain and highlighted segments."""
        if self.regex is None:
            return [(value, False)] if value else []
        marks = [m.span() for m in self.regex.finditer(value)]
        return _segments(value, marks, 0, len(value))

    def _folded_spans(self, folded: str) -> Iterator[tuple[int, int, str]]:
        if self.folded_regex is None:
            return
        for m in self.folded_regex.finditer(folded):
            start = m.start()
            if start == 0 or not folded[start - 1].isalnum():
                yield start, m.end(), m.lastgroup or ""

    def snippet(self, value: str, folded: str | None = None,
                width: int = SNIPPET_CHARS) -> list[Segment]:
        """A window of about `width` characters holding as many different query words as
        possible, with ellipses where the text was cut. `folded`: fold(value), when stored."""
        if "\n" in value:
            value, folded = search_index.flatten(value), None
        if folded is None:
            folded = fold(value)
        best = self._window(folded, width)
        if best is None:
            cut = _cut_end(value, min(len(value), width))
            return [(value[:cut] + ("…" if cut < len(value) else ""), False)] if value else []
        back = _back_map(value)
        start = back(best)
        begin = _cut_start(value, max(0, start - min(40, width // 4)))
        end = max(_cut_end(value, min(len(value), begin + width)), start + 1)
        limit = end + max(0, len(folded) - len(value)) + 1
        marks = []
        for s, e, _ in self._folded_spans(folded):
            if s > limit:
                break
            marks.append((back(s), back(e)))
        out = _segments(value, marks, begin, end)
        if begin > 0:
            out.insert(0, ("…", False))
        if end < len(value):
            out.append(("…", False))
        return out

    def _window(self, folded: str, width: int) -> int | None:
        """Start of the first window holding the most different query words; stops reading
        as soon as one holds them all."""
        window: deque[tuple[int, str]] = deque()
        counts: dict[str, int] = {}
        best, best_count = None, 0
        for n, (start, end, group) in enumerate(self._folded_spans(folded)):
            window.append((start, group))
            counts[group] = counts.get(group, 0) + 1
            while window[0][0] < end - width:
                _, old = window.popleft()
                counts[old] -= 1
                if not counts[old]:
                    del counts[old]
            if len(counts) > best_count:
                best, best_count = window[0][0], len(counts)
                if best_count == self.count:
                    break
            if n >= MAX_SPANS:
                break
        return best


_DELTA_RE = re.compile("[" + "".join(re.escape(chr(c)) for c, v in _TABLE.items()
                                     if len(v) != 1) + "]")


def _back_map(value: str) -> Callable[[int], int]:
    """Maps an offset in fold(value) to the offset in `value` (œ→oe makes them differ)."""
    folded_ends: list[int] = []
    orig_ends: list[int] = []
    shift = 0
    for m in _DELTA_RE.finditer(value):
        o = m.start()
        size = len(_TABLE[ord(value[o])])
        folded_ends.append(o + shift + size)
        orig_ends.append(o + 1)
        shift += size - 1
    if not folded_ends:
        return lambda p: p

    def back(p: int) -> int:
        i = bisect.bisect_right(folded_ends, p) - 1
        return p if i < 0 else orig_ends[i] + (p - folded_ends[i])

    return back


def _cut_start(value: str, pos: int) -> int:
    if pos <= 0:
        return 0
    space = value.find(" ", pos - 1)
    return space + 1 if 0 <= space < pos + 20 else pos


def _cut_end(value: str, pos: int) -> int:
    if pos >= len(value):
        return len(value)
    space = value.rfind(" ", max(0, pos - 20), pos + 1)
    return space if space > 0 else pos


def _segments(value: str, marks: list[tuple[int, int]], begin: int, end: int) -> list[Segment]:
    out: list[Segment] = []
    pos = begin
    for s, e in sorted(marks):
        s, e = max(s, pos), min(e, end)
        if s >= e:
            continue
        if s > pos:
            out.append((value[pos:s], False))
        out.append((value[s:e], True))
        pos = e
    if pos < end:
        out.append((value[pos:end], False))
    return out


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
        hits.append(Hit(
            kind=kind,
            protocol_id=row.protocol_id,
            version_id=row.source_id if kind == "protocol" else None,
            meeting_id=row.meeting_id,
            decision_id=row.source_id if kind == "decision" else None,
            code=row.code, title=row.title, status=row.status,
            snippet=matcher.snippet(row.body, row.folded),
            title_segments=matcher.highlight(row.title),
            code_segments=matcher.highlight(row.code),
            in_title=bool(in_head), score=float(score),
        ))
    return hits


def _details(conn: Connection, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    stmt = text("SELECT id, kind, source_id, protocol_id, meeting_id, code, title, status, body, folded "
                "FROM search_doc WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    return {r.id: r for r in conn.execute(stmt, {"ids": ids})}


def refresh(db: Database, progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> int:
    """Bring the index up to date; returns how many documents were (re)indexed or removed.
    Costs one small read when nothing was written since the last refresh. `query` never calls
    it: the GUI runs it in a worker (start-up, after changes), with `progress(done, total)`, and
    stops it between two batches with `cancelled()` (closing)."""
    index = backend(db)
    try:
        with db.engine.connect() as conn:
            if index.exists(conn) and search_index.is_current(conn):
                return 0
        return search_index.update(db.write_engine.begin, index, full=False, progress=progress,
                                   cancelled=cancelled)
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
