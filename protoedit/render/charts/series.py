"""What the quality charts plot: PDSA bands, version markers, limits, lines and measurements."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import FILL_NON_ZERO, Group, Path, PolyLine, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from protoedit.export.fonts import SANS, SANS_BOLD
from protoedit.export.typography import clean
from protoedit.quality.chart import ChartSpec
from protoedit.render.charts.axes import Frame
from protoedit.render.charts.style import (
    C_BAND,
    C_BAND_TEXT,
    C_LIMITS,
    C_MARKER,
    C_POINTS,
    C_SIGNAL,
    DASH_LIMITS,
    DIAMOND_R,
    LABEL_SIZE,
    ROW,
    line_shape,
    text_shape,
)


def bands(g: Group, spec: ChartSpec, f: Frame) -> None:
    """PDSA cycles: pale bands behind everything, their label at the top, staggered on overlap."""
    shown = []
    for start, end, label in sorted(spec.bands):
        x0, x1 = max(f.left, f.x(start)), min(f.right, f.x(end))
        if x1 > x0:
            g.add(Rect(x0, f.bottom, x1 - x0, f.top - f.bottom, fillColor=C_BAND, strokeColor=None))
            shown.append((x0, label))
    ends = [f.left - 1.0, f.left - 1.0]  # right end of the last label on each row
    for x0, label in shown:
        text = clean(label)
        w = stringWidth(text, SANS, LABEL_SIZE)
        row = 0 if ends[0] < x0 else 1 if ends[1] < x0 else 0
        lx = min(x0 + 2, f.right - w - 1)
        g.add(text_shape(lx, f.top - (row + 1) * ROW + 2, text, color=C_BAND_TEXT))
        ends[row] = lx + w + 3


def markers(g: Group, spec: ChartSpec, f: Frame) -> None:
    """Approved versions: a vertical line through the plot, its label just above the frame."""
    last_end = -math.inf
    for when, label in sorted(spec.markers):
        x = f.x(when)
        if not f.left <= x <= f.right:
            continue
        g.add(line_shape(x, f.bottom, x, f.top + 2, C_MARKER, 0.8))
        text = clean(label)
        w = stringWidth(text, SANS_BOLD, LABEL_SIZE)
        lx = min(max(x - w / 2, last_end + 3, f.left - 10), f.right + 10 - w)
        g.add(text_shape(lx, f.top + 3, text, font=SANS_BOLD, color=C_MARKER))
        last_end = lx + w


def limits(g: Group, spec: ChartSpec, f: Frame) -> None:
    """p-chart limits as steps: each point's limit spans halfway to its neighbours."""
    xs = [f.x(p.when) for p in spec.points]
    edges = [f.left] + [(a + b) / 2 for a, b in zip(xs, xs[1:], strict=False)] + [f.right]
    for values in (spec.upper, spec.lower):
        coords: list[float] = []
        for i, v in enumerate(values[: len(xs)]):
            if math.isfinite(v):
                coords += [edges[i], f.y(v), edges[i + 1], f.y(v)]
        if coords:
            g.add(
                PolyLine(coords, strokeColor=C_LIMITS, strokeWidth=1.0, strokeDashArray=DASH_LIMITS)
            )


def series(g: Group, spec: ChartSpec, f: Frame) -> None:
    """The measurements: a line, a round dot per point, a diamond per point of a signal.

    All the dots are one path of round-capped zero-length strokes, and all the diamonds one
    filled path: one shape each instead of 120 halves the time of a PDF of 50 charts."""
    pts = [(f.x(p.when), f.y(p.value), p.flagged) for p in spec.points if math.isfinite(p.value)]
    if len(pts) > 1:
        g.add(
            PolyLine([c for x, y, _ in pts for c in (x, y)], strokeColor=C_POINTS, strokeWidth=1.0)
        )
    dots = Path(
        strokeColor=C_POINTS,
        strokeWidth=3.6 if len(pts) > 40 else 4.8,
        strokeLineCap=1,
        fillColor=None,
    )
    diamonds = Path(
        fillColor=C_SIGNAL,
        strokeColor=C_SIGNAL,
        strokeWidth=0.5,
        fillMode=FILL_NON_ZERO,
        autoclose="pdf",
    )
    r = DIAMOND_R
    for x, y, flagged in pts:
        if flagged:
            diamonds.moveTo(x - r, y)
            for px, py in ((x, y + r), (x + r, y), (x, y - r)):
                diamonds.lineTo(px, py)
            diamonds.closePath()
        else:
            dots.moveTo(x, y)
            dots.lineTo(x + 0.01, y)  # some viewers skip a stroke of length zero
    for path in (dots, diamonds):
        if path.points:  # an empty path is invalid SVG
            g.add(path)


def hline(
    g: Group,
    f: Frame,
    value: float | None,
    color: colors.Color,
    width: float,
    dash: list[float] | None = None,
) -> None:
    if value is not None and math.isfinite(value):
        y = f.y(value)
        g.add(line_shape(f.left, y, f.right, y, color, width, dash))
