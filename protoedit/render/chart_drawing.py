"""Quality charts as ReportLab drawings: one layout for PDFs (a Flowable) and the screen (SVG)."""

from __future__ import annotations

import datetime
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import (
    FILL_NON_ZERO,
    Circle,
    Drawing,
    Group,
    Line,
    Path,
    Polygon,
    PolyLine,
    Rect,
    Shape,
    String,
)
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from protoedit.export.fonts import SANS, SANS_BOLD, register_fonts
from protoedit.export.typography import clean, esc
from protoedit.french import NBSP, _french_number
from protoedit.i18n import QT_TRANSLATE_NOOP, tr
from protoedit.quality.chart import ChartPoint, ChartSpec

CTX = "chart"
L_EMPTY = QT_TRANSLATE_NOOP(CTX, "Aucune mesure")
L_MEASURE = QT_TRANSLATE_NOOP(CTX, "Mesure")
L_SIGNAL = QT_TRANSLATE_NOOP(CTX, "Signal")
L_MEDIAN = QT_TRANSLATE_NOOP(CTX, "Médiane {value}")
L_MEAN = QT_TRANSLATE_NOOP(CTX, "Moyenne {value}")
L_TARGET = QT_TRANSLATE_NOOP(CTX, "Cible {value}")
L_LIMITS = QT_TRANSLATE_NOOP(CTX, "Limites de contrôle")

# Okabe-Ito palette (readable with the common colour-vision deficiencies); every series also
# differs by line style or marker shape, never by colour alone.
C_POINTS = colors.HexColor("#0072B2")
C_SIGNAL = colors.HexColor("#D55E00")
C_CENTRE = colors.HexColor("#000000")
C_TARGET = colors.HexColor("#009E73")
C_LIMITS = colors.HexColor("#CC79A7")
C_BAND = colors.HexColor("#FAECCC")  # Okabe-Ito orange at 20 % on white
C_BAND_TEXT = colors.HexColor("#7A4F00")
C_MARKER = colors.HexColor("#555555")
C_GRID = colors.HexColor("#E3E3E3")
C_FRAME = colors.HexColor("#9A9A9A")
C_TEXT = colors.HexColor("#222222")

TITLE_SIZE = 9.5
LABEL_SIZE = 7.5
ROW = 10.5  # height of one row of small labels
PAD = 4.0
MAX_X_LABELS = 8
DASH_TARGET = [4.0, 3.0]
DASH_LIMITS = [1.2, 1.8]


def _t(text: str, lang: str | None) -> str:
    return tr(text, CTX, lang)


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


def _decimals(step: float) -> int:
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


def _label_decimals(value: float, percent: bool) -> int:
    """One decimal unless the value is a whole number (of percent points for proportions)."""
    shown = value * 100 if percent else value
    return 0 if abs(shown - round(shown)) < 0.05 else 1


def _y_domain(spec: ChartSpec) -> list[float]:
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


def _x_domain(points: Sequence[ChartPoint]) -> tuple[float, float]:
    """Ordinal days from half a period before the first point to half a period after the last."""
    days = [p.when.toordinal() for p in points]
    first, last = min(days), max(days)
    half = (last - first) / (2 * (len(days) - 1)) if last > first else 15.0
    return first - half, last + half


@dataclass(frozen=True)
class _Frame:
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


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Text cut with an ellipsis to fit width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _title_lines(title: str, width: float, max_lines: int) -> list[str]:
    lines = simpleSplit(" ".join(clean(title).split()), SANS_BOLD, TITLE_SIZE, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _fit(lines[-1] + " …", SANS_BOLD, TITLE_SIZE, width)
    return [_fit(line, SANS_BOLD, TITLE_SIZE, width) for line in lines]


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = LABEL_SIZE,
    font: str = SANS,
    color: colors.Color = C_TEXT,
    anchor: str = "start",
) -> Shape:
    return _clone(_text_style(font, size, color, anchor), x=x, y=y, text=text)


@functools.cache
def _text_style(font: str, size: float, color: colors.Color, anchor: str) -> String:
    return String(0, 0, "", fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def _line(
    x1: float,
    y1: float,
    x2: float,
    y2: float,
    color: colors.Color,
    width: float,
    dash: Sequence[float] | None = None,
) -> Shape:
    return _clone(
        _line_style(color, width, tuple(dash) if dash else None), x1=x1, y1=y1, x2=x2, y2=y2
    )


@functools.cache
def _line_style(color: colors.Color, width: float, dash: tuple[float, ...] | None) -> Line:
    return Line(
        0,
        0,
        0,
        0,
        strokeColor=color,
        strokeWidth=width,
        strokeDashArray=list(dash) if dash else None,
    )


def _legend_items(spec: ChartSpec, lang: str | None) -> list[tuple[str, str]]:
    """(symbol, text) of each series present."""
    items = [("points", _t(L_MEASURE, lang))]
    if any(p.flagged for p in spec.points):
        items.append(("signal", _t(L_SIGNAL, lang)))
    if spec.centre is not None:
        label = L_MEAN if spec.kind == "p" else L_MEDIAN
        value = format_value(spec.centre, spec.percent, _label_decimals(spec.centre, spec.percent))
        items.append(("centre", _t(label, lang).format(value=value)))
    if spec.target is not None:
        value = format_value(spec.target, spec.percent, _label_decimals(spec.target, spec.percent))
        items.append(("target", _t(L_TARGET, lang).format(value=value)))
    if spec.kind == "p" and (spec.upper or spec.lower):
        items.append(("limits", _t(L_LIMITS, lang)))
    return items


SAMPLE_W = 14.0
ITEM_GAP = 10.0


def _legend_rows(items: list[tuple[str, str]], width: float) -> list[list[tuple[str, str, float]]]:
    """Items flowed into rows that fit width, each with its own width."""
    rows: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for symbol, text in items:
        w = SAMPLE_W + 3 + stringWidth(text, SANS, LABEL_SIZE)
        if rows[-1] and used + ITEM_GAP + w > width:
            rows.append([])
            used = 0.0
        used += (ITEM_GAP if rows[-1] else 0) + w
        rows[-1].append((symbol, text, w))
    return rows


def _sample(g: Group, symbol: str, x: float, y: float) -> None:
    """The little line or marker that stands for a series in the legend."""
    if symbol == "points":
        g.add(_line(x, y, x + SAMPLE_W, y, C_POINTS, 1))
        g.add(Circle(x + SAMPLE_W / 2, y, 1.8, fillColor=C_POINTS, strokeColor=None))
    elif symbol == "signal":
        g.add(_diamond(x + SAMPLE_W / 2, y))
    elif symbol == "centre":
        g.add(_line(x, y, x + SAMPLE_W, y, C_CENTRE, 1.2))
    elif symbol == "target":
        g.add(_line(x, y, x + SAMPLE_W, y, C_TARGET, 1.4, DASH_TARGET))
    elif symbol == "limits":
        g.add(_line(x, y, x + SAMPLE_W, y, C_LIMITS, 1.2, DASH_LIMITS))


def _legend(g: Group, rows: list[list[tuple[str, str, float]]], left: float, top: float) -> None:
    for r, row in enumerate(rows):
        y = top - (r + 1) * ROW + 3
        x = left
        for symbol, text, w in row:
            _sample(g, symbol, x, y + 2.5)
            g.add(_text(x + SAMPLE_W + 3, y, text))
            x += w + ITEM_GAP


DIAMOND_R = 3.4


def _diamond(x: float, y: float, r: float = DIAMOND_R) -> Polygon:
    return Polygon(
        [x - r, y, x, y + r, x + r, y, x, y - r],
        fillColor=C_SIGNAL,
        strokeColor=C_SIGNAL,
        strokeWidth=0.5,
    )


def _y_axis(g: Group, f: _Frame, ticks: list[float], percent: bool) -> None:
    decimals = _decimals(ticks[1] - ticks[0]) - (2 if percent else 0)
    for v in ticks:
        y = f.y(v)
        if v not in (ticks[0], ticks[-1]):
            g.add(_line(f.left, y, f.right, y, C_GRID, 0.5))
        g.add(
            _text(
                f.left - 3,
                y - LABEL_SIZE * 0.35,
                format_value(v, percent, max(decimals, 0)),
                anchor="end",
            )
        )


def _x_labels(points: Sequence[ChartPoint], f: _Frame, width: float) -> list[int]:
    """Indices of the points whose label is printed: evenly spaced, never overlapping."""
    longest = max((p.label for p in points), key=len)  # measuring 120 labels costs 3 ms
    widest = stringWidth(longest, SANS, LABEL_SIZE) * 1.1
    room = max(1, int((f.right - f.left) // (widest + 8)))
    step = math.ceil(len(points) / min(MAX_X_LABELS, room))
    return list(range(0, len(points), step))


def _x_axis(g: Group, points: Sequence[ChartPoint], f: _Frame, width: float) -> None:
    y = f.bottom - LABEL_SIZE - 3
    for i in _x_labels(points, f, width):
        x = f.x(points[i].when)
        half = stringWidth(points[i].label, SANS, LABEL_SIZE) / 2
        g.add(_line(x, f.bottom, x, f.bottom - 2.5, C_FRAME, 0.6))
        g.add(_text(min(max(x, half + 1), width - half - 1), y, points[i].label, anchor="middle"))


def _bands(g: Group, spec: ChartSpec, f: _Frame) -> None:
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
        g.add(_text(lx, f.top - (row + 1) * ROW + 2, text, color=C_BAND_TEXT))
        ends[row] = lx + w + 3


def _markers(g: Group, spec: ChartSpec, f: _Frame) -> None:
    """Approved versions: a vertical line through the plot, its label just above the frame."""
    last_end = -math.inf
    for when, label in sorted(spec.markers):
        x = f.x(when)
        if not f.left <= x <= f.right:
            continue
        g.add(_line(x, f.bottom, x, f.top + 2, C_MARKER, 0.8))
        text = clean(label)
        w = stringWidth(text, SANS_BOLD, LABEL_SIZE)
        lx = min(max(x - w / 2, last_end + 3, f.left - 10), f.right + 10 - w)
        g.add(_text(lx, f.top + 3, text, font=SANS_BOLD, color=C_MARKER))
        last_end = lx + w


def _limits(g: Group, spec: ChartSpec, f: _Frame) -> None:
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


def _series(g: Group, spec: ChartSpec, f: _Frame) -> None:
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


def _clone(proto: Shape, **coords: object) -> Shape:
    """A copy of a checked shape at new coordinates, skipping ReportLab's attribute checks
    (they took most of the time of building a chart)."""
    shape = object.__new__(type(proto))
    shape.__dict__.update(proto.__dict__, **coords)
    return shape


def _hline(
    g: Group,
    f: _Frame,
    value: float | None,
    color: colors.Color,
    width: float,
    dash: list[float] | None = None,
) -> None:
    if value is not None and math.isfinite(value):
        y = f.y(value)
        g.add(_line(f.left, y, f.right, y, color, width, dash))


def chart_drawing(spec: ChartSpec, width: float, height: float, lang: str | None = None) -> Drawing:
    """The chart in a width x height drawing (points): title, bands, lines, points, legend."""
    register_fonts()
    d = Drawing(width, height)
    d.initialFontName = SANS  # else the renderers start in Helvetica (listed, not embedded)
    g = Group()
    d.add(g)
    titles = _title_lines(spec.title, width - 2 * PAD, 2 if height >= 150 else 1)
    for i, line in enumerate(titles):
        g.add(
            _text(
                PAD,
                height - PAD - (i + 1) * TITLE_SIZE * 1.15 + 2,
                line,
                size=TITLE_SIZE,
                font=SANS_BOLD,
            )
        )
    top = height - PAD - len(titles) * TITLE_SIZE * 1.15 - (ROW if spec.markers else 6)
    ticks = _y_domain(spec)
    decimals = max(_decimals(ticks[1] - ticks[0]) - (2 if spec.percent else 0), 0)
    label_w = max(
        stringWidth(format_value(v, spec.percent, decimals), SANS, LABEL_SIZE) for v in ticks
    )
    left, right = PAD + label_w + 4, width - PAD - 6
    points = spec.points
    rows = _legend_rows(_legend_items(spec, lang), width - 2 * PAD) if points else []
    bottom = PAD + len(rows) * ROW + (ROW + 3 if points else 0)
    bottom = min(bottom, top - 10)
    x0, x1 = _x_domain(points) if points else (0.0, 1.0)
    f = _Frame(left, bottom, right, top, x0, x1, ticks[0], ticks[-1])
    if points:
        _bands(g, spec, f)
    g.add(
        Rect(
            left,
            bottom,
            right - left,
            top - bottom,
            fillColor=None,
            strokeColor=C_FRAME,
            strokeWidth=0.6,
        )
    )
    if not points:
        g.add(
            _text(
                (left + right) / 2,
                (top + bottom) / 2 - 4,
                _t(L_EMPTY, lang),
                size=10,
                color=C_FRAME,
                anchor="middle",
            )
        )
        return d
    _y_axis(g, f, ticks, spec.percent)
    _x_axis(g, points, f, width)
    _markers(g, spec, f)
    if spec.kind == "p":
        _limits(g, spec, f)
    _hline(g, f, spec.centre, C_CENTRE, 1.2)
    _hline(g, f, spec.target, C_TARGET, 1.4, DASH_TARGET)
    _series(g, spec, f)
    _legend(g, rows, PAD, PAD + len(rows) * ROW)
    return d


_QT_FONTS = (  # ReportLab names the face; Qt's SVG renderer wants the family and a weight
    (f"font-family: {SANS_BOLD};", "font-family: 'DejaVu Sans'; font-weight: bold;"),
    (f"font-family: {SANS};", "font-family: 'DejaVu Sans';"),
    ("fill: None;", "fill: none;"),
    (' style="clip-path: url(#clip)"', ""),
)
# Qt's SVG renderer draws the content of <clipPath> as a black rectangle; the chart never
# draws outside its drawing, so the clip is dropped.
_CLIP = re.compile(r"<clipPath id=\"clip\">.*?</clipPath>", re.DOTALL)


def chart_svg(spec: ChartSpec, width: float, height: float, lang: str | None = None) -> bytes:
    """The same chart as SVG (UTF-8), with font families Qt's QSvgRenderer knows."""
    text = renderSVG.drawToString(chart_drawing(spec, width, height, lang))
    for face, family in _QT_FONTS:
        text = text.replace(face, family)
    text = _CLIP.sub("", text, count=1)
    return text.encode("utf-8")


def chart_flowable(
    spec: ChartSpec,
    width: float,
    height: float,
    caption_style: ParagraphStyle,
    lang: str | None = None,
) -> Flowable:
    """The chart and its caption (the signals in words), kept on one page."""
    parts: list[Flowable] = [chart_drawing(spec, width, height, lang)]
    if spec.caption.strip():
        parts.append(Paragraph(esc(spec.caption), caption_style))
    return KeepTogether(parts)
