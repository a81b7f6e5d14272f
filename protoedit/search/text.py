"""Search text: folding (accents, ligatures, case), tokens, query parsing, word patterns; the
same text reaches SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import chain

MIN_PREFIX = 2  # a word must have this many letters before it is searched as a prefix

# -- folding: the same text reaches SQLite FTS5 and PostgreSQL -----------------------------

_SPECIAL = {
    "œ": "oe",
    "Œ": "oe",
    "æ": "ae",
    "Æ": "ae",
    "ß": "ss",
    "ẞ": "ss",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ł": "l",
    "Ł": "l",
    "ı": "i",
    "İ": "i",
    "þ": "th",
    "Þ": "th",
    "ð": "d",
    "Ð": "d",
    "ĳ": "ij",
    "Ĳ": "ij",
}


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = chain(
        range(0xC0, 0x250),
        range(0x300, 0x370),
        range(0x370, 0x530),
        range(0x1E00, 0x2000),
        range(0xFB00, 0xFB07),
    )
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


# -- word patterns: a folded word found in unfolded text ------------------------------------


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
            piece = word[i : i + size]
            if len(piece) == size and piece in _MULTI:
                letters = "".join(_letter(c) for c in piece)
                out.append(f"(?:{letters}|[{re.escape(_MULTI[piece])}])")
                i += size
                break
        else:
            out.append(_letter(word[i]))
            i += 1
    return "".join(out)
