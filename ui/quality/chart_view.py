"""A quality chart on screen: the PDF's ReportLab drawing painted with QPainter, its caption below."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget
from reportlab.graphics import shapes as rl

from protoedit.export.fonts import SANS, SANS_BOLD
from protoedit.paths import resource_path
from protoedit.quality.chart import ChartSpec
from protoedit.render.charts.drawing import chart_drawing
from protoedit.render.charts.style import LABEL_SIZE

MIN_HEIGHT = 220
CACHE_SIZES = 4  # pixmaps kept per chart (the sizes a window goes through while resized)


@functools.cache
def _family() -> str:
    """DejaVu Sans, the PDF's font, loaded from resources (Windows does not have it)."""
    for face in (SANS, SANS_BOLD):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", f"{face}.ttf")))
    return "DejaVu Sans"


@functools.lru_cache(maxsize=64)
def _color(c: Any) -> QColor:
    """The QColor of a ReportLab colour (a handful per chart, hashable)."""
    return QColor.fromRgbF(c.red, c.green, c.blue)


class DrawingPainter:
    """Paints the shapes chart_drawing uses (no transforms) at `scale` pixels per point.

    Why not the SVG of chart_svg in a QSvgRenderer: ReportLab's SVG writer and Qt's SVG parser
    take about 40 ms per 120-point chart, against a few ms here (bench/quality.py), and a screen
    shows twelve charts."""

    def __init__(self, painter: QPainter, height: float, scale: float) -> None:
        self.p, self.h, self.s = painter, height, scale
        self.fonts: dict[tuple[str, float], tuple[QFont, QFontMetricsF]] = {}
        self.style: tuple[object, ...] = ()  # what the last shape or text set (see _set_style)
        self.draw = {
            rl.Line: self._line,
            rl.Rect: self._rect,
            rl.Circle: self._circle,
            rl.PolyLine: self._polyline,
            rl.Polygon: self._polygon,
            rl.String: self._string,
            rl.Path: self._path,
        }

    def pt(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.s, (self.h - y) * self.s)

    def paint(self, drawing: rl.Drawing) -> None:
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for shape in _shapes(drawing):
            self.draw[type(shape)](shape)

    def _set_style(self, shape: Any) -> None:
        """Pen and brush of a shape; skipped when the previous shape had the same (the 120
        points of a series share their colour objects)."""
        stroke, dash = shape.strokeColor, shape.strokeDashArray
        fill = getattr(shape, "fillColor", None)  # a Line has none
        key = (id(stroke), id(fill), id(dash), shape.strokeWidth)
        if key == self.style:
            return
        self.style = key
        if stroke is None:
            self.p.setPen(Qt.PenStyle.NoPen)
        else:
            width = max(shape.strokeWidth * self.s, 0.5)
            pen = QPen(_color(stroke), width)
            # Square caps: the series is drawn as segments (see _polyline), caps fill the joins
            pen.setCapStyle(Qt.PenCapStyle.FlatCap if dash else Qt.PenCapStyle.SquareCap)
            if dash:
                pen.setDashPattern([v * self.s / width for v in dash])
            self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush if fill is None else _color(fill))

    def _line(self, shape: rl.Line) -> None:
        self._set_style(shape)
        self.p.drawLine(self.pt(shape.x1, shape.y1), self.pt(shape.x2, shape.y2))

    def _rect(self, shape: rl.Rect) -> None:
        self._set_style(shape)
        self.p.drawRect(
            QRectF(
                self.pt(shape.x, shape.y + shape.height), self.pt(shape.x + shape.width, shape.y)
            )
        )

    def _circle(self, shape: rl.Circle) -> None:
        self._set_style(shape)
        self.p.drawEllipse(self.pt(shape.cx, shape.cy), shape.r * self.s, shape.r * self.s)

    def _points(self, shape: rl.PolyLine | rl.Polygon) -> list[QPointF]:
        c = shape.points
        return [self.pt(c[i], c[i + 1]) for i in range(0, len(c) - 1, 2)]

    def _polygon(self, shape: rl.Polygon) -> None:
        self._set_style(shape)
        self.p.drawPolygon(QPolygonF(self._points(shape)))

    def _polyline(self, shape: rl.PolyLine) -> None:
        self._set_style(shape)
        at = self._points(shape)
        if shape.strokeDashArray:
            self.p.drawPolyline(QPolygonF(at))  # the dashes run on across the corners
        else:
            # Segments: an antialiased polyline wider than one pixel costs 6 ms for 120
            # points (Qt strokes its joins), separate segments 0.6 ms.
            self.p.drawLines([QLineF(a, b) for a, b in zip(at, at[1:], strict=False)])

    def _path(self, shape: rl.Path) -> None:
        """Dots (round-capped strokes, one per point) or closed filled shapes."""
        self._set_style(shape)
        c, ops = shape.points, shape.operators
        if shape.fillColor is None and shape.strokeLineCap == 1:
            pen = self.p.pen()
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self.p.setPen(pen)
            self.style = ()
            moves = [i for i, op in enumerate(ops) if op == rl._MOVETO]
            self.p.drawPoints(QPolygonF([self.pt(c[2 * i], c[2 * i + 1]) for i in moves]))
            return
        path = QPainterPath()
        path.setFillRule(
            Qt.FillRule.WindingFill
            if shape.fillMode == rl.FILL_NON_ZERO
            else Qt.FillRule.OddEvenFill
        )
        at = 0
        for op in ops:
            if op == rl._CLOSEPATH:
                path.closeSubpath()
                continue
            point = self.pt(c[at], c[at + 1])
            path.moveTo(point) if op == rl._MOVETO else path.lineTo(point)
            at += 2
        self.p.drawPath(path)

    def _font(self, name: str, size: float) -> tuple[QFont, QFontMetricsF]:
        key = (name, size)
        if key not in self.fonts:
            font = QFont(_family())
            font.setPixelSize(max(1, round(size * self.s)))
            font.setBold(name == SANS_BOLD)
            self.fonts[key] = font, QFontMetricsF(font)
        return self.fonts[key]

    def _string(self, s: rl.String) -> None:
        font, metrics = self._font(s.fontName, s.fontSize)
        key = (id(font), id(s.fillColor))
        if key != self.style:
            self.style = key
            self.p.setFont(font)
            self.p.setPen(_color(s.fillColor))
        at = self.pt(s.x, s.y)
        if s.textAnchor in ("middle", "end"):
            w = metrics.horizontalAdvance(s.text)
            at.setX(at.x() - (w / 2 if s.textAnchor == "middle" else w))
        self.p.drawText(at, s.text)


def _shapes(group: rl.Group) -> Iterator[object]:
    for shape in group.contents:
        if isinstance(shape, rl.Group):
            yield from _shapes(shape)
        else:
            yield shape


def chart_pixmap(spec: ChartSpec, size: QSize, scale: float, ratio: float = 1.0) -> QPixmap:
    """The chart laid out for size (pixels) with labels `scale` times their PDF size."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.white)
    width, height = size.width() / scale, size.height() / scale
    painter = QPainter(pixmap)
    try:
        DrawingPainter(painter, height, scale).paint(chart_drawing(spec, width, height))
    finally:
        painter.end()
    return pixmap


class _Canvas(QWidget):
    """The plot itself, re-laid out for each size; the pixmaps of recent sizes are kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.cache: dict[tuple[int, int, float], QPixmap] = {}
        self.setMinimumHeight(MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_spec(self, spec: ChartSpec | None) -> None:
        self.spec = spec
        self.cache.clear()
        self.update()

    def scale(self) -> float:
        """Labels at 85 % of the interface's text size (they are 7.5 pt in the PDF)."""
        return max(1.0, QFontInfo(self.font()).pixelSize() * 0.85 / LABEL_SIZE)

    def pixmap(self) -> QPixmap:
        key = (self.width(), self.height(), self.devicePixelRatioF())
        if key not in self.cache:
            if len(self.cache) >= CACHE_SIZES:
                self.cache.pop(next(iter(self.cache)))
            assert self.spec is not None
            self.cache[key] = chart_pixmap(self.spec, self.size(), self.scale(), key[2])
        return self.cache[key]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:  # the window's zoom: labels follow
            self.cache.clear()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        if self.spec is None:
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
        else:
            painter.drawPixmap(0, 0, self.pixmap())
        painter.end()


class ChartView(QWidget):
    """A ChartSpec on screen: the chart, then its caption (the signals in words) as plain text.

    The caption is also the accessible description and the tooltip; the title is the
    accessible name."""

    def __init__(self, spec: ChartSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = _Canvas(self)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.caption)
        self.set_spec(spec)

    def set_spec(self, spec: ChartSpec | None) -> None:
        self.canvas.set_spec(spec)
        caption = spec.caption if spec else ""
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.setAccessibleName(spec.title if spec else "")
        self.setAccessibleDescription(caption)
        self.canvas.setAccessibleName(spec.title if spec else "")
        self.setToolTip(caption)

    def spec(self) -> ChartSpec | None:
        return self.canvas.spec
