"""The quality charts' scales: round ticks, French values, the plot frame and its two axes."""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Group
from reportlab.pdfbase.pdfmetrics import stringWidth

from protoedit.export.fonts import SANS
from protoedit.french import NBSP, _french_number
from protoedit.quality.chart import ChartPoint, ChartSpec
from protoedit.render.charts.style import (
    C_FRAME,
    C_GRID,
    LABEL_SIZE,
    MAX_X_LABELS,
    line_shape,
    text_shape,
)


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering lo..hi, about `count` of them (1, 2, 2.5 or 5 times 10^k)."""
    span = hi - lo
    if not math.isfinite(span) or span <= 0:
        span = abs(hi) or 1.0
    raw = span / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * 0.999)
    first = math.floor(lo / step + 1e-9) * step
    ticks = []
    value = first
    while value < hi + step * 0.999:
        ticks.append(round(value, 12))
        value += step
    return ticks if len(ticks) >= 2 else [first, first + step]


def tick_decimals(step: float) -> int:
    """Decimals needed to print multiples of step (0.25 -> 2, 20 -> 0)."""
    exponent = Decimal(repr(round(step, 9))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def format_value(value: float, percent: bool, decimals: int) -> str:
    """A value as printed on the chart: French decimals, '12,5 %' for proportions."""
    if not math.isfinite(value):
        return "–"
    if percent:
        return f"{_french_number(Decimal(repr(value * 100)), decimals)}{NBSP}%"
    return _french_number(Decimal(repr(value)), decimals)


def label_decimals(value: float, percent: bool) -> int:
    """One decimal unless the value is a whole number (of percent points for proportions)."""
    shown = value * 100 if percent else value
    return 0 if abs(shown - round(shown)) < 0.05 else 1


def y_domain(spec: ChartSpec) -> list[float]:
    """The y ticks: 0-100 % for proportions (wider if a value passes it), else round bounds."""
    values = [p.value for p in spec.points] + list(spec.upper) + list(spec.lower)
    values += [v for v in (spec.centre, spec.target) if v is not None]
    values = [v for v in values if math.isfinite(v)]
    if spec.percent:
        lo, hi = min([0.0, *values]), max([1.0, *values])
        return nice_ticks(lo, hi, 6)
    if not values:
        return nice_ticks(0.0, 1.0)
    lo, hi = min(values), max(values)
    if lo == hi:
        delta = abs(lo) * 0.1 or 1.0
        lo, hi = lo - delta, hi + delta
    if lo >= 0 and lo <= hi * 0.5:
        lo = 0.0
    ticks = nice_ticks(lo, hi)
    step = ticks[1] - ticks[0]
    if lo != 0 and lo - ticks[0] < step * 0.05:  # a line on the frame would be hidden
        ticks.insert(0, ticks[0] - step)
    if hi - ticks[-1] > -step * 0.05:
        ticks.append(ticks[-1] + step)
    return ticks


def x_domain(points: Sequence[ChartPoint]) -> tuple[float, float]:
    """Ordinal days from half a period before the first point to half a period after the last."""
    days = [p.when.toordinal() for p in points]
    first, last = min(days), max(days)
    half = (last - first) / (2 * (len(days) - 1)) if last > first else 15.0
    return first - half, last + half


@dataclass(frozen=True)
class Frame:
    """The plot area in drawing coordinates and the value ranges it maps."""

    left: float
    bottom: float
    right: float
    top: float
    x0: float
    x1: float
    y0: float
    y1: float

    def x(self, day: datetime.date | float) -> float:
        d = day.toordinal() if isinstance(day, datetime.date) else day
        return self.left + (d - self.x0) * (self.right - self.left) / (self.x1 - self.x0)

    def y(self, value: float) -> float:
        return self.bottom + (value - self.y0) * (self.top - self.bottom) / (self.y1 - self.y0)


def y_axis(g: Group, f: Frame, ticks: list[float], percent: bool) -> None:
    decimals = tick_decimals(ticks[1] - ticks[0]) - (2 if percent else 0)
    for v in ticks:
        y = f.y(v)
        if v not in (ticks[0], ticks[-1]):
            g.add(line_shape(f.left, y, f.right, y, C_GRID, 0.5))
        g.add(
            text_shape(
                f.left - 3,
                y - LABEL_SIZE * 0.35,
                format_value(v, percent, max(decimals, 0)),
                anchor="end",
            )
        )


def _x_labels(points: Sequence[ChartPoint], f: Frame, width: float) -> list[int]:
    """Indices of the points whose label is printed: evenly spaced, never overlapping."""
    longest = max((p.label for p in points), key=len)  # measuring 120 labels costs 3 ms
    widest = stringWidth(longest, SANS, LABEL_SIZE) * 1.1
    room = max(1, int((f.right - f.left) // (widest + 8)))
    step = math.ceil(len(points) / min(MAX_X_LABELS, room))
    return list(range(0, len(points), step))


def x_axis(g: Group, points: Sequence[ChartPoint], f: Frame, width: float) -> None:
    y = f.bottom - LABEL_SIZE - 3
    for i in _x_labels(points, f, width):
        x = f.x(points[i].when)
        half = stringWidth(points[i].label, SANS, LABEL_SIZE) / 2
        g.add(line_shape(x, f.bottom, x, f.bottom - 2.5, C_FRAME, 0.6))
        g.add(
            text_shape(min(max(x, half + 1), width - half - 1), y, points[i].label, anchor="middle")
        )
