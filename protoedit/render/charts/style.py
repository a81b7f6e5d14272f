"""How the quality charts look: palette, type sizes, and the text and line shapes they draw."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reportlab.graphics.shapes import Line, Polygon, Shape, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from protoedit.export.fonts import SANS, SANS_BOLD
from protoedit.export.typography import clean

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


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Text cut with an ellipsis to fit width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def title_lines(title: str, width: float, max_lines: int) -> list[str]:
    lines = simpleSplit(" ".join(clean(title).split()), SANS_BOLD, TITLE_SIZE, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _fit(lines[-1] + " …", SANS_BOLD, TITLE_SIZE, width)
    return [_fit(line, SANS_BOLD, TITLE_SIZE, width) for line in lines]


def text_shape(
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


def line_shape(
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


DIAMOND_R = 3.4


def diamond(x: float, y: float, r: float = DIAMOND_R) -> Polygon:
    return Polygon(
        [x - r, y, x, y + r, x + r, y, x, y - r],
        fillColor=C_SIGNAL,
        strokeColor=C_SIGNAL,
        strokeWidth=0.5,
    )


def _clone(proto: Shape, **coords: object) -> Shape:
    """A copy of a checked shape at new coordinates, skipping ReportLab's attribute checks
    (they took most of the time of building a chart)."""
    shape = object.__new__(type(proto))
    shape.__dict__.update(proto.__dict__, **coords)
    return shape
