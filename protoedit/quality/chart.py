"""The definition of a quality chart (run chart or p-chart), drawn on screen and in PDFs."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChartPoint:
    """One measurement of an indicator over a period."""

    when: datetime.date  # start of the period
    label: str  # "mars 2026", "T1 2026", "2026"
    value: float  # proportion in 0..1 when spec.percent, else the raw value
    flagged: bool = False  # part of a signal (drawn in a distinct colour and shape)


@dataclass(frozen=True)
class ChartSpec:
    """Everything a chart shows; `protoedit.render.charts.drawing` draws it."""

    title: str
    points: list[ChartPoint]
    kind: str = "run"  # "run" (median line) or "p" (p-chart: centre + limits)
    percent: bool = False  # values are proportions: axis labelled 0-100 %
    centre: float | None = None  # median (run) or p-bar (p)
    target: float | None = None  # drawn as a dashed line, labelled "Cible"
    upper: list[float] = field(default_factory=list)  # p-chart limits per point
    lower: list[float] = field(default_factory=list)
    # approved versions: a vertical line labelled "v2"
    markers: list[tuple[datetime.date, str]] = field(default_factory=list)
    # PDSA cycles: a shaded band labelled "PDSA 1"
    bands: list[tuple[datetime.date, datetime.date, str]] = field(default_factory=list)
    caption: str = ""  # the signals in words, printed under the chart
