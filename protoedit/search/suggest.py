""" "Did you mean": the index words closest to a query's unknown words, checked to find something."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from sqlalchemy import Connection, text

from protoedit.search import engine as search
from protoedit.search.text import Term, word_pattern
from protoedit.store.database import Database

MAX_SUGGESTIONS = 3
CORRECTIONS = 5  # closest index words kept for each unknown word
MIN_WORD = 3  # shorter words (d, l, 15) are never corrected
PREFIX = 2  # candidates share the word's first letters (the index is read by range)


def max_distance(word: str) -> int:
    """Typos allowed: one, two from eight letters on (more finds unrelated short words)."""
    return 1 if len(word) < 8 else 2


def edit_distance(word: str, term: str, bound: int) -> tuple[int, int] | None:
    """(distance of `word` to the closest start of `term`, distance to the whole `term`), or None
    when even the closest start is more than `bound` edits away (Levenshtein, stops early)."""
    row = list(range(len(term) + 1))
    for i, ch in enumerate(word, start=1):
        prev, row[0] = row[0], i
        best = i
        for j, tc in enumerate(term, start=1):
            cur = min(row[j] + 1, row[j - 1] + 1, prev + (ch != tc))
            prev, row[j] = row[j], cur
            best = min(best, cur)
        if best > bound:
            return None
    start = min(row)
    return (start, row[-1]) if start <= bound else None


def closest(word: str, vocabulary: list[tuple[str, int]], limit: int = CORRECTIONS) -> list[str]:
    """Index words nearest to `word` (an unknown word, possibly half typed): fewest edits to
    their start, then to the whole word, then the most documents."""
    bound = max_distance(word)
    ranked = []
    for term, ndoc in vocabulary:
        if len(term) < len(word) - bound:
            continue
        found = edit_distance(word, term, bound)
        if found is not None:
            ranked.append((found[0], found[1], -ndoc, term))
    return [term for *_, term in sorted(ranked)[:limit]]


def _upper(prefix: str) -> str:
    """The first string after every string starting with `prefix` (code-point order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _known(word: str, prefix: bool, vocabulary: list[tuple[str, int]]) -> bool:
    if prefix:
        return any(term.startswith(word) for term, _ in vocabulary)
    return any(term == word for term, _ in vocabulary)


@dataclass(frozen=True)
class _Unknown:
    word: str  # folded
    corrections: list[str]


def _unknown_words(conn: Connection, backend: ModuleType, terms: list[Term]) -> list[_Unknown]:
    out: list[_Unknown] = []
    for term in terms:
        for i, word in enumerate(term.words):
            if len(word) < MIN_WORD or not word.isalpha():
                continue
            start = word[:PREFIX]
            vocabulary = backend.vocabulary(conn, start, _upper(start))
            last = i == len(term.words) - 1
            if not _known(word, term.prefix and last, vocabulary):
                out.append(_Unknown(word, closest(word, vocabulary)))
    return out


def _replace(value: str, word: str, spelling: str) -> str:
    """The user's text with the first occurrence of folded `word` replaced by `spelling`."""
    pattern = re.compile(rf"\b{word_pattern(word)}\b", re.IGNORECASE)
    return pattern.sub(lambda _m: spelling, value, count=1)


def _spelling(conn: Connection, doc_id: int, word: str) -> str:
    """How the document writes a folded word (`diabete` -> `diabète`), in lower case."""
    row = conn.execute(
        text("SELECT title, body FROM search_doc WHERE id = :id"), {"id": doc_id}
    ).one()
    found = re.search(rf"\b{word_pattern(word)}\b", f"{row.title} {row.body}", re.IGNORECASE)
    return found.group().lower() if found else word


def suggest(
    db: Database, value: str, include_drafts: bool = False, limit: int = MAX_SUGGESTIONS
) -> list[str]:
    """Queries like `value` with each unknown word replaced by a close index word, each one
    known to find at least one document in the same scope; empty when nothing is close.

    Meant for a query without hits: it reads the index vocabulary around each word (by its
    first two letters), so it costs a few milliseconds more than the query itself."""
    terms = search.parse_query(value)
    if not terms:
        return []
    backend = search.backend(db)
    scopes = ("live", "draft") if include_drafts else ("live",)
    out: list[str] = []
    with db.read() as session:
        conn = session.connection()
        if not backend.exists(conn):
            return []
        unknown = _unknown_words(conn, backend, terms)
        if not unknown or not all(u.corrections for u in unknown):
            return []
        for rank in range(max(len(u.corrections) for u in unknown)):
            chosen = {u.word: u.corrections[min(rank, len(u.corrections) - 1)] for u in unknown}
            fixed = [Term(tuple(chosen.get(w, w) for w in t.words), t.prefix) for t in terms]
            found = backend.match(conn, fixed, scopes, 1)
            if not found:
                continue
            suggestion = value
            for word, correction in chosen.items():
                suggestion = _replace(suggestion, word, _spelling(conn, found[0][0], correction))
            if suggestion not in out:
                out.append(suggestion)
            if len(out) >= limit:
                break
    return out
