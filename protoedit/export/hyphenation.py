"""Word breaking for PDFs: pyphen dictionaries, and the narrowest width a text can wrap to."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

# The ReportLab language spec per interface language (pyphen dictionary names).
LANGS = {"fr": "fr_FR", "en": "en_GB"}
MIN_WORD = 5  # ReportLab's default hyphenationMinWordLength: shorter words never break
_LETTERS = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")  # letters, maybe joined by hyphens
Hyphenator = Callable[[str], Iterator[tuple[str, str]]]
_SPACE = re.compile(r"[ \t\r\n]+")  # ReportLab breaks lines at these only (never at NBSP)
_EDGE = re.compile(r"^([\"'(\[{«“‘]*)(.*?)([\"')\]}»”’.,;:!?]*)$")


def hyphenation_lang(lang: str) -> str:
    """The dictionary for `lang` ("fr" -> "fr_FR"); French when unknown."""
    return LANGS.get(lang.split("_")[0], LANGS["fr"])


@functools.cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang)


def hyphenator(lang: str) -> Hyphenator:
    """A callable for `ParagraphStyle(hyphenationLang=...)`: one cached dictionary per language
    (ReportLab would otherwise build a Pyphen object for every paragraph it wraps)."""
    iterate: Hyphenator = _dictionary(hyphenation_lang(lang)).iterate
    return iterate


def _pieces(word: str, hyph: Hyphenator | None) -> list[str]:
    """The parts a word may be broken into: at its own hyphens and at the dictionary's points."""
    m = _EDGE.match(word)
    assert m is not None
    head, core, tail = m.groups()
    if len(core) < MIN_WORD or not _LETTERS.match(core):
        return [word]
    cuts = {i + 1 for i, ch in enumerate(core) if ch == "-"}
    if hyph is not None:
        cuts |= {len(h) for h, _t in hyph(core)}
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(core)), len(core)]
    parts = [core[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    parts = [p if p.endswith("-") or i == len(parts) - 1 else p + "-" for i, p in enumerate(parts)]
    parts[0], parts[-1] = head + parts[0], parts[-1] + tail
    return parts


def word_width(text: str, font: str, size: float) -> float:
    """Width of the widest whole word of `text`."""
    return max((stringWidth(w, font, size) for w in _SPACE.split(text)), default=0.0)


def piece_width(text: str, font: str, size: float, hyph: Hyphenator | None) -> float:
    """Width of the widest piece left once every word is hyphenated as far as it can be:
    the narrowest column `text` fits in without a word cut in the middle."""
    return max(
        (stringWidth(p, font, size) for w in _SPACE.split(text) for p in _pieces(w, hyph)),
        default=0.0,
    )
