"""From a protocol's quality view to the chart definition drawn on screen and in PDFs."""

from __future__ import annotations

import dataclasses
import datetime as dt

from protoedit.i18n import QT_TRANSLATE_NOOP, tr
from protoedit.quality import pchart, periods, rules
from protoedit.quality.chart import ChartPoint, ChartSpec
from protoedit.quality.queries import IndicatorQuality, ProtocolQuality

CYCLE = QT_TRANSLATE_NOOP("quality", "PDSA {n}")
P_CHART_TOO_SHORT = QT_TRANSLATE_NOOP(
    "quality", "Carte p : il faut au moins {n} points de comptage (numérateur/dénominateur)."
)


def can_p_chart(iq: IndicatorQuality) -> bool:
    """A p-chart needs counts, and at least 20 of them."""
    rows = iq.measurements
    return len(rows) >= pchart.MIN_POINTS and all(m.is_count for m in rows)


def _points(iq: IndicatorQuality, flagged: set[int], lang: str | None) -> list[ChartPoint]:
    return [
        ChartPoint(m.start, periods.label(m.kind, m.start, lang), m.ratio, i in flagged)
        for i, m in enumerate(iq.measurements)
    ]


POINT_SIGNALS = ("shift", "trend", "astronomical")  # too few or many runs: the whole series


def _flagged(signals: list[rules.Signal]) -> set[int]:
    """The points that make a shift, a trend or an astronomical point (drawn apart); a run
    count signal is about the whole series and flags no point."""
    return {i for s in signals if s.kind in POINT_SIGNALS for i in range(s.start, s.end + 1)}


def chart_spec(
    pq: ProtocolQuality,
    iq: IndicatorQuality,
    kind: str = "run",
    today: dt.date | None = None,
    lang: str | None = None,
    cycles: list[int] | None = None,
) -> ChartSpec:
    """The chart of one indicator: run chart (median, run-chart signals) or p-chart (3-sigma
    limits); approved versions as markers, PDSA cycles as bands (only `cycles` when given)."""
    day = today or dt.date.today()
    labels = iq.labels(lang)
    target = iq.definition.target.value if iq.definition.target else None
    markers = [(v.approved, f"v{v.number}") for v in pq.versions]
    bands = []
    for c in pq.cycles:
        band = c.band(day)
        if band and (cycles is None or c.id in cycles):
            bands.append((band[0], band[1], tr(CYCLE, "quality", lang).format(n=c.number)))
    run = ChartSpec(
        title=iq.name,
        points=_points(iq, _flagged(iq.signals), lang),
        kind="run",
        percent=iq.percent,
        centre=iq.centre,
        target=target,
        markers=markers,
        bands=bands,
        caption="\n".join(iq.sentences(lang)),
    )
    if kind != "p" or not can_p_chart(iq):
        return run
    nums = [int(m.numerator or 0) for m in iq.measurements]
    dens = [int(m.denominator or 1) for m in iq.measurements]
    p = pchart.p_chart(nums, dens)
    return dataclasses.replace(
        run,
        points=_points(iq, set(p.outside), lang),
        kind="p",
        centre=p.centre,
        upper=list(p.upper),
        lower=list(p.lower),
        caption=pchart_caption(iq, p, labels, lang),
    )


def pchart_caption(
    iq: IndicatorQuality, p: pchart.PChart, labels: list[str], lang: str | None
) -> str:
    outside = [labels[i] for i in p.outside]
    if not outside:
        return tr(
            QT_TRANSLATE_NOOP("quality", "Aucun point hors des limites de contrôle."),
            "quality",
            lang,
        )
    return tr(
        QT_TRANSLATE_NOOP("quality", "Hors des limites de contrôle : {periods}."), "quality", lang
    ).format(periods=", ".join(outside))
