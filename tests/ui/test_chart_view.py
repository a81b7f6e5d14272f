"""The chart widget: painted, re-laid out on resize, its caption readable and accessible."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from protoedit.quality.chart import ChartSpec
from protoedit.render.charts.drawing import chart_svg
from tests.chart_samples import CAPTION, edge_cases, run_chart
from ui.quality.chart_view import MIN_HEIGHT, ChartView

SIZE = QSize(420, 300)


def shown(qtbot, spec: ChartSpec | None, size: QSize = SIZE) -> ChartView:
    view = ChartView(spec)
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    qtbot.waitExposed(view)
    return view


def colour_count(image: QImage, wanted, step: int = 2) -> int:
    """Pixels (one in step x step) for which wanted(QColor) is true."""
    return sum(
        wanted(image.pixelColor(x, y))
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def is_ink(c: QColor) -> bool:
    return c.lightness() < 200


def is_signal(c: QColor) -> bool:  # Okabe-Ito vermillion #D55E00
    return abs(c.red() - 0xD5) < 30 and abs(c.green() - 0x5E) < 30 and c.blue() < 40


def plot_area(view: ChartView) -> QImage:
    image = view.canvas.grab().toImage()
    w, h = image.width(), image.height()
    return image.copy(w // 8, h // 6, w * 3 // 4, h * 2 // 3)


def test_chart_is_painted_with_points_and_signals(qtbot) -> None:
    view = shown(qtbot, run_chart())
    assert colour_count(plot_area(view), is_ink) > 200
    assert colour_count(view.canvas.grab().toImage(), is_signal, 1) > 20  # the last six points


def test_resize_lays_the_chart_out_again(qtbot) -> None:
    view = shown(qtbot, run_chart())
    small = view.canvas.grab().toImage()
    view.resize(900, 420)
    qtbot.waitUntil(lambda: view.canvas.width() > 800)
    large = view.canvas.grab().toImage()
    assert large.width() > small.width() + 400
    assert colour_count(plot_area(view), is_ink) > 200
    assert len(view.canvas.cache) == 2
    view.resize(420, 300)
    qtbot.waitUntil(lambda: view.canvas.width() < 500)
    view.canvas.grab()
    assert len(view.canvas.cache) == 2  # the first size came from the cache


def test_caption_is_plain_text_tooltip_and_description(qtbot) -> None:
    view = shown(qtbot, run_chart(caption=CAPTION + " <b>x</b>"))
    assert view.caption.text() == CAPTION + " <b>x</b>"
    assert view.caption.isVisible() and view.caption.wordWrap()
    assert view.toolTip() == view.accessibleDescription() == CAPTION + " <b>x</b>"
    assert view.accessibleName().startswith("Patients diabétiques")


def test_set_spec_replaces_the_chart(qtbot) -> None:
    view = shown(qtbot, run_chart())
    before = view.canvas.grab().toImage()
    view.set_spec(edge_cases()["empty"])
    after = view.canvas.grab().toImage()
    assert not view.caption.isVisible()
    assert colour_count(after, is_signal, 1) == 0
    assert before != after
    view.set_spec(None)
    assert view.canvas.grab().toImage().pixelColor(QPoint(50, 50)) == QColor("white")


def test_edge_cases_paint(qtbot) -> None:
    view = shown(qtbot, None, QSize(300, 240))
    for spec in edge_cases().values():
        view.set_spec(spec)
        assert colour_count(view.canvas.grab().toImage(), is_ink, 4) > 20, spec.title


def test_fits_a_1280x800_screen(qtbot) -> None:
    view = shown(qtbot, run_chart())
    assert view.canvas.minimumHeight() == MIN_HEIGHT
    hint = view.minimumSizeHint()
    assert hint.height() <= 300 and hint.width() <= 640


def test_larger_interface_font_gives_larger_labels(qtbot) -> None:
    view = shown(qtbot, run_chart())
    before = view.canvas.scale()
    view.canvas.grab()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    assert view.canvas.scale() > before * 1.3
    assert not view.canvas.cache  # laid out again with the new size


def test_chart_svg_renders_in_qt_svg_renderer(qtbot) -> None:
    """The SVG (for export) parses in Qt without warnings and shows the chart, not a black box."""
    for spec in (run_chart(), *edge_cases().values()):
        renderer = QSvgRenderer(QByteArray(chart_svg(spec, 400, 220)))
        assert renderer.isValid()
        image = QImage(400, 220, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        ink = colour_count(image, is_ink, 4)
        assert 20 < ink < 400 * 220 / 16 / 3, spec.title
