"""The quality charts' words and legend: one sample and label per series shown, rows that fit."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Group
from reportlab.pdfbase.pdfmetrics import stringWidth

from protoedit.export.fonts import SANS
from protoedit.i18n import QT_TRANSLATE_NOOP, tr
from protoedit.quality.chart import ChartSpec
from protoedit.render.charts.axes import format_value, label_decimals
from protoedit.render.charts.style import (
    C_CENTRE,
    C_LIMITS,
    C_POINTS,
    C_TARGET,
    DASH_LIMITS,
    DASH_TARGET,
    LABEL_SIZE,
    ROW,
    diamond,
    line_shape,
    text_shape,
)

CTX = "chart"
L_EMPTY = QT_TRANSLATE_NOOP(CTX, "Aucune mesure")
L_MEASURE = QT_TRANSLATE_NOOP(CTX, "Mesure")
L_SIGNAL = QT_TRANSLATE_NOOP(CTX, "Signal")
L_MEDIAN = QT_TRANSLATE_NOOP(CTX, "Médiane {value}")
L_MEAN = QT_TRANSLATE_NOOP(CTX, "Moyenne {value}")
L_TARGET = QT_TRANSLATE_NOOP(CTX, "Cible {value}")
L_LIMITS = QT_TRANSLATE_NOOP(CTX, "Limites de contrôle")


def translated(text: str, lang: str | None) -> str:
    return tr(text, CTX, lang)


def legend_items(spec: ChartSpec, lang: str | None) -> list[tuple[str, str]]:
    """(symbol, text) of each series present."""
    items = [("points", translated(L_MEASURE, lang))]
    if any(p.flagged for p in spec.points):
        items.append(("signal", translated(L_SIGNAL, lang)))
    if spec.centre is not None:
        label = L_MEAN if spec.kind == "p" else L_MEDIAN
        value = format_value(spec.centre, spec.percent, label_decimals(spec.centre, spec.percent))
        items.append(("centre", translated(label, lang).format(value=value)))
    if spec.target is not None:
        value = format_value(spec.target, spec.percent, label_decimals(spec.target, spec.percent))
        items.append(("target", translated(L_TARGET, lang).format(value=value)))
    if spec.kind == "p" and (spec.upper or spec.lower):
        items.append(("limits", translated(L_LIMITS, lang)))
    return items


SAMPLE_W = 14.0
ITEM_GAP = 10.0


def legend_rows(items: list[tuple[str, str]], width: float) -> list[list[tuple[str, str, float]]]:
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
        g.add(line_shape(x, y, x + SAMPLE_W, y, C_POINTS, 1))
        g.add(Circle(x + SAMPLE_W / 2, y, 1.8, fillColor=C_POINTS, strokeColor=None))
    elif symbol == "signal":
        g.add(diamond(x + SAMPLE_W / 2, y))
    elif symbol == "centre":
        g.add(line_shape(x, y, x + SAMPLE_W, y, C_CENTRE, 1.2))
    elif symbol == "target":
        g.add(line_shape(x, y, x + SAMPLE_W, y, C_TARGET, 1.4, DASH_TARGET))
    elif symbol == "limits":
        g.add(line_shape(x, y, x + SAMPLE_W, y, C_LIMITS, 1.2, DASH_LIMITS))


def legend(g: Group, rows: list[list[tuple[str, str, float]]], left: float, top: float) -> None:
    for r, row in enumerate(rows):
        y = top - (r + 1) * ROW + 3
        x = left
        for symbol, text, w in row:
            _sample(g, symbol, x, y + 2.5)
            g.add(text_shape(x + SAMPLE_W + 3, y, text))
            x += w + ITEM_GAP
