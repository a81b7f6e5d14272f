"""Quality charts in PDFs and as SVG: labels printed, fonts embedded, edge cases drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from protoedit.export.page import styles
from protoedit.quality.chart import ChartSpec
from protoedit.render.charts.axes import nice_ticks
from protoedit.render.charts.drawing import chart_drawing, chart_svg
from tests.chart_samples import CAPTION, edge_cases, p_chart, run_chart
from tests.export.pdftools import pdf_fonts, pdf_text

WIDTH, HEIGHT = 480, 220


def strings(drawing: Drawing | Group) -> list[String]:
    out = []
    for shape in drawing.contents:
        out += (
            strings(shape)
            if isinstance(shape, Group)
            else [shape]
            if isinstance(shape, String)
            else []
        )
    return out


def build_pdf(path: Path, *specs: ChartSpec) -> str:
    doc = SimpleDocTemplate(str(path), pagesize=A4, initialFontName="DejaVuSans")
    story = []
    for s in specs:  # each chart and its caption, as the quality reports print them
        story += [chart_drawing(s, WIDTH, HEIGHT), Paragraph(s.caption, styles()["small"])]
    doc.build(story)
    return " ".join(pdf_text(path).replace("\u00a0", " ").replace("\u202f", " ").split())


def test_pdf_prints_target_versions_cycles_axes_and_caption(tmp_path: Path) -> None:
    text = build_pdf(tmp_path / "chart.pdf", run_chart())
    for word in (
        "Patients diabétiques avec HbA1c",
        "Cible 80 %",
        "Médiane 55 %",
        "v2",
        "v3",
        "v4",
        "PDSA 1",
        "PDSA 2",
        "janv. 2017",
        "0 %",
        "100 %",
        "Mesure",
        "Signal",
        CAPTION.replace("\u00a0", " "),
    ):
        assert word in text, word


def test_pdf_fonts_are_embedded_dejavu(tmp_path: Path) -> None:
    build_pdf(tmp_path / "chart.pdf", run_chart(), p_chart())
    fonts = pdf_fonts(tmp_path / "chart.pdf")
    assert fonts and all(embedded and "DejaVu" in name for name, embedded in fonts)


def test_p_chart_legend_names_mean_and_limits(tmp_path: Path) -> None:
    text = build_pdf(tmp_path / "p.pdf", p_chart())
    assert "Moyenne 60 %" in text and "Limites de contrôle" in text and "Médiane" not in text


def test_120_months_get_between_four_and_eight_date_labels() -> None:
    spec = run_chart(120)
    labels = {p.label for p in spec.points}
    shown = [s for s in strings(chart_drawing(spec, 400, 220)) if s.text in labels]
    assert 4 <= len(shown) <= 8
    xs = [s.x for s in shown]
    assert xs == sorted(xs)
    gaps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
    assert min(gaps) > stringWidth("sept. 2017", "DejaVuSans", 7.5)  # never overlapping


@pytest.mark.parametrize("name", list(edge_cases()))
def test_edge_cases_draw_in_pdf_and_svg(tmp_path: Path, name: str) -> None:
    spec = edge_cases()[name]
    text = build_pdf(tmp_path / "edge.pdf", spec)
    assert ("Aucune mesure" in text) == (not spec.points)
    ET.fromstring(chart_svg(spec, 400, 220))
    chart_drawing(spec, 120, 60)  # a tiny size too


def test_every_text_stays_inside_the_drawing() -> None:
    for spec in [*edge_cases().values(), run_chart()]:
        for width in (300, 480):
            for s in strings(chart_drawing(spec, width, HEIGHT)):
                w = stringWidth(s.text, s.fontName, s.fontSize)
                left = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
                assert left >= -0.5 and left + w <= width + 0.5, (spec.title, s.text)
                assert 0 <= s.y <= HEIGHT - s.fontSize * 0.7, (spec.title, s.text)


def test_long_title_is_cut_with_an_ellipsis_on_two_lines() -> None:
    drawn = strings(chart_drawing(edge_cases()["long title"], 400, 220))
    lines = [s for s in drawn if s.fontName.endswith("Bold") and s.fontSize > 9]
    assert [s.text[:8] for s in lines] == ["Un titre", lines[1].text[:8]]
    assert lines[-1].text.endswith("…")


def test_values_over_100_percent_widen_the_axis() -> None:
    texts = [
        s.text.replace("\u00a0", " ")
        for s in strings(chart_drawing(edge_cases()["over 100 %"], 400, 220))
    ]
    assert "150 %" in texts or "140 %" in texts


def test_svg_parses_and_names_a_font_qt_knows() -> None:
    svg = chart_svg(run_chart(), 400, 220)
    root = ET.fromstring(svg)
    text = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for word in ("Cible", "v2", "PDSA 1", "janv. 2017", "Médiane"):
        assert word in text
    assert b"DejaVu Sans" in svg and b"DejaVuSans;" not in svg and b"clipPath" not in svg


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [
        (0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (4.5, 5.5, [4.5, 4.75, 5.0, 5.25, 5.5]),
        (1000, 1525, [1000, 1200, 1400, 1600]),
        (0, 37, [0, 10, 20, 30, 40]),
    ],
)
def test_nice_ticks(lo: float, hi: float, expected: list[float]) -> None:
    assert nice_ticks(lo, hi, 6 if hi == 1 else 5) == pytest.approx(expected)
