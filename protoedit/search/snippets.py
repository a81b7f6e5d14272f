"""Highlights and snippets: the query's words found in the original text of a hit."""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Callable, Iterator

from protoedit.search import index as search_index
from protoedit.search.text import _END, _GAP, _START, _TABLE, Term, fold, word_pattern

SNIPPET_CHARS = 160
MAX_SPANS = 400  # matches looked at when choosing a snippet window

Segment = tuple[str, bool]  # (text, highlighted)


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

    def snippet(
        self, value: str, folded: str | None = None, width: int = SNIPPET_CHARS
    ) -> list[Segment]:
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


_DELTA_RE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in _TABLE.items() if len(v) != 1) + "]"
)


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
