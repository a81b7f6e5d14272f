"""Quality charts as ReportLab drawings: one layout for PDFs (a Flowable) and the screen (SVG)."""

from __future__ import annotations

import re

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.pdfbase.pdfmetrics import stringWidth

from protoedit.export.fonts import SANS, SANS_BOLD, register_fonts
from protoedit.quality.chart import ChartSpec
from protoedit.render.charts.axes import (
    Frame,
    format_value,
    tick_decimals,
    x_axis,
    x_domain,
    y_axis,
    y_domain,
)
from protoedit.render.charts.legend import L_EMPTY, legend, legend_items, legend_rows, translated
from protoedit.render.charts.series import bands, hline, limits, markers, series
from protoedit.render.charts.style import (
    C_CENTRE,
    C_FRAME,
    C_TARGET,
    DASH_TARGET,
    LABEL_SIZE,
    PAD,
    ROW,
    TITLE_SIZE,
    text_shape,
    title_lines,
)


def chart_drawing(spec: ChartSpec, width: float, height: float, lang: str | None = None) -> Drawing:
    """The chart in a width x height drawing (points): title, bands, lines, points, legend."""
    register_fonts()
    d = Drawing(width, height)
    d.initialFontName = SANS  # else the renderers start in Helvetica (listed, not embedded)
    g = Group()
    d.add(g)
    titles = title_lines(spec.title, width - 2 * PAD, 2 if height >= 150 else 1)
    for i, line in enumerate(titles):
        g.add(
            text_shape(
                PAD,
                height - PAD - (i + 1) * TITLE_SIZE * 1.15 + 2,
                line,
                size=TITLE_SIZE,
                font=SANS_BOLD,
            )
        )
    top = height - PAD - len(titles) * TITLE_SIZE * 1.15 - (ROW if spec.markers else 6)
    ticks = y_domain(spec)
    decimals = max(tick_decimals(ticks[1] - ticks[0]) - (2 if spec.percent else 0), 0)
    label_w = max(
        stringWidth(format_value(v, spec.percent, decimals), SANS, LABEL_SIZE) for v in ticks
    )
    left, right = PAD + label_w + 4, width - PAD - 6
    points = spec.points
    rows = legend_rows(legend_items(spec, lang), width - 2 * PAD) if points else []
    bottom = PAD + len(rows) * ROW + (ROW + 3 if points else 0)
    bottom = min(bottom, top - 10)
    x0, x1 = x_domain(points) if points else (0.0, 1.0)
    f = Frame(left, bottom, right, top, x0, x1, ticks[0], ticks[-1])
    if points:
        bands(g, spec, f)
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
            text_shape(
                (left + right) / 2,
                (top + bottom) / 2 - 4,
                translated(L_EMPTY, lang),
                size=10,
                color=C_FRAME,
                anchor="middle",
            )
        )
        return d
    y_axis(g, f, ticks, spec.percent)
    x_axis(g, points, f, width)
    markers(g, spec, f)
    if spec.kind == "p":
        limits(g, spec, f)
    hline(g, f, spec.centre, C_CENTRE, 1.2)
    hline(g, f, spec.target, C_TARGET, 1.4, DASH_TARGET)
    series(g, spec, f)
    legend(g, rows, PAD, PAD + len(rows) * ROW)
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
