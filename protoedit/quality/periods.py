"""Measurement periods (month, quarter, year): from an indicator's frequency, labels, what is due."""

from __future__ import annotations

import datetime as dt
import unicodedata

from protoedit.i18n import QT_TRANSLATE_NOOP, tr

KINDS = ("month", "quarter", "year")
MONTHS = [
    QT_TRANSLATE_NOOP("months", "janvier"),
    QT_TRANSLATE_NOOP("months", "février"),
    QT_TRANSLATE_NOOP("months", "mars"),
    QT_TRANSLATE_NOOP("months", "avril"),
    QT_TRANSLATE_NOOP("months", "mai"),
    QT_TRANSLATE_NOOP("months", "juin"),
    QT_TRANSLATE_NOOP("months", "juillet"),
    QT_TRANSLATE_NOOP("months", "août"),
    QT_TRANSLATE_NOOP("months", "septembre"),
    QT_TRANSLATE_NOOP("months", "octobre"),
    QT_TRANSLATE_NOOP("months", "novembre"),
    QT_TRANSLATE_NOOP("months", "décembre"),
]
QUARTER = QT_TRANSLATE_NOOP("quality", "T{n} {year}")
KIND_LABELS = {
    "month": QT_TRANSLATE_NOOP("quality", "mensuelle"),
    "quarter": QT_TRANSLATE_NOOP("quality", "trimestrielle"),
    "year": QT_TRANSLATE_NOOP("quality", "annuelle"),
}
# Words of a free-text frequency ("mensuel", "tous les trimestres", "quarterly"...), folded.
_WORDS = (
    ("year", ("annu", "12 mois", "year")),
    ("quarter", ("trim", "quarter", "3 mois")),
    ("month", ("mens", "mois", "month")),
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def kind_of(frequency: str) -> str:
    """The period kind an indicator's free-text frequency means; yearly when unsaid."""
    folded = _fold(frequency or "")
    for kind, words in _WORDS:
        if any(w in folded for w in words):
            return kind
    return "year"


def start_of(kind: str, day: dt.date) -> dt.date:
    """First day of the period of `kind` that contains `day`."""
    if kind == "month":
        return day.replace(day=1)
    if kind == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if kind == "year":
        return dt.date(day.year, 1, 1)
    raise ValueError(kind)


def _months(kind: str) -> int:
    return {"month": 1, "quarter": 3, "year": 12}[kind]


def shift(kind: str, start: dt.date, count: int = 1) -> dt.date:
    """The start of the period `count` periods after (or before) the one starting at `start`."""
    index = start.year * 12 + start.month - 1 + count * _months(kind)
    return dt.date(index // 12, index % 12 + 1, 1)


def label(kind: str, start: dt.date, lang: str | None = None) -> str:
    """ "mars 2026", "T1 2026" (Q1 2026 in English), "2026"."""
    if kind == "month":
        return f"{tr(MONTHS[start.month - 1], 'months', lang)} {start.year}"
    if kind == "quarter":
        return tr(QUARTER, "quality", lang).format(n=(start.month - 1) // 3 + 1, year=start.year)
    return str(start.year)


def due(kind: str, measured: set[dt.date], since: dt.date, today: dt.date) -> list[dt.date]:
    """Starts of the finished periods from `since` to `today` that have no measurement yet."""
    current = start_of(kind, today)
    period = start_of(kind, since)
    missing = []
    while period < current:
        if period not in measured:
            missing.append(period)
        period = shift(kind, period)
    return missing
