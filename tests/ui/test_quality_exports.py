"""The quality screens' files: a protocol's quality report from its page (button and shortcut),
the team's yearly report and the measurements CSV from the overview, a refused write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from protoedit.quality import cycles, measurements
from protoedit.quality.cycles import CycleInput
from protoedit.quality.measurements import MeasurementInput
from tests.export.pdftools import pdf_text
from tests.ui.test_quality_page import MONTHLY, TODAY, make_protocol, make_view
from tests.ui.test_team_pin_form import answer_next_box
from ui.quality.exports import default_year

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def quality_today(monkeypatch) -> dt.date:
    monkeypatch.setattr("ui.quality.common.today", lambda: TODAY)
    return TODAY


def measured_protocol(ctx) -> int:
    """DIAB-01 with three months of its monthly count and a PDSA cycle."""
    pid = make_protocol(ctx)
    for month, num in ((7, 7), (8, 8), (9, 6)):
        measurements.record_measurement(
            ctx.db,
            ctx.actor,
            pid,
            MeasurementInput(
                indicator=MONTHLY,
                period=dt.date(2026, month, 1),
                numerator=num,
                denominator=10,
                source="Logiciel métier",
            ),
            today=TODAY,
        )
    cycles.plan_cycle(
        ctx.db,
        ctx.actor,
        pid,
        CycleInput(aim="80 % des HbA1c à jour", change="Rappel par SMS", indicators=[MONTHLY]),
    )
    return pid


def answer_path(exporter, path: Path, asked: list[str]) -> None:
    """The save dialog answered with `path`; the suggested name kept in `asked`."""

    def ask(_title: str, suggested: str, _pattern: str | None = None) -> Path:
        asked.append(suggested)
        return path

    exporter.ask_path = ask


def words(path: Path) -> str:
    return " ".join(pdf_text(path).replace("\xa0", " ").replace("\u202f", " ").split())


def test_protocol_report_from_its_page(qtbot, ctx, tmp_path) -> None:
    pid = measured_protocol(ctx)
    view = make_view(qtbot, ctx)
    view.open_protocol(pid)
    page = view.protocol_page
    button = page.report_button
    assert button.text() == "Rapport qualité (PDF)…" and "(Ctrl+Shift+P)" in button.toolTip()
    assert not page.exporter.open_button.isVisible()
    out, asked = tmp_path / "rapport.pdf", []
    answer_path(page.exporter, out, asked)
    with qtbot.waitSignal(page.exporter.finished, timeout=30_000) as done:
        QTest.mouseClick(button, LEFT)
    assert done.args == [str(out)] and asked == ["Qualite-DIAB-01-2026-11-15.pdf"]
    text = words(out)
    for expected in (
        "DIAB-01",
        "Rapport qualité — Diabète de type 2",
        MONTHLY,
        "Cible",
        "≥ 80 %",
        "PDSA 1",
        "Rappel par SMS",
    ):
        assert expected in text, expected
    assert page.exporter.status.text() == "PDF créé : rapport.pdf"
    assert page.exporter.open_button.isVisible()

    # The shortcut from anywhere on the page (here the measurement form) does the same.
    again = tmp_path / "encore.pdf"
    answer_path(page.exporter, again, asked)
    page.form.numerator.setFocus()
    with qtbot.waitSignal(page.exporter.finished, timeout=30_000):
        QTest.keyClick(page.form.numerator, Qt.Key.Key_P, CTRL_SHIFT)
    assert again.stat().st_size > 0

    # Another protocol shown: the last file is not its own.
    other = make_protocol(ctx, "HTA-01", "Hypertension artérielle")
    view.open_protocol(other)
    assert page.exporter.status.text() == "" and not page.exporter.open_button.isVisible()


def test_cancelled_dialog_exports_nothing(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    view.open_protocol(measured_protocol(ctx))
    for exporter in (view.protocol_page.exporter, view.overview.exporter):
        exporter.ask_path = lambda *_args: None
    assert view.protocol_page.export_report() is None
    assert view.overview.export_year() is None and view.overview.export_csv() is None


def test_yearly_report_and_csv_from_the_overview(qtbot, ctx, tmp_path) -> None:
    measured_protocol(ctx)
    view = make_view(qtbot, ctx)
    overview = view.overview
    assert overview.year.value() == 2026  # November: this year
    assert overview.year_button.text() == "Rapport qualité annuel (PDF)…"
    assert "(Ctrl+Shift+P)" in overview.year_button.toolTip()
    out, asked = tmp_path / "annuel.pdf", []
    answer_path(overview.exporter, out, asked)
    with qtbot.waitSignal(overview.exporter.finished, timeout=30_000):
        QTest.mouseClick(overview.year_button, LEFT)
    assert asked == ["Qualite-2026.pdf"] and overview.exporter.open_button.isVisible()
    text = words(out)
    for expected in ("Rapport qualité annuel 2026", "DIAB-01", MONTHLY, "PDSA 1"):
        assert expected in text, expected

    csv, asked = tmp_path / "mesures.csv", []
    answer_path(overview.exporter, csv, asked)
    with qtbot.waitSignal(overview.exporter.csv_written, timeout=30_000) as done:
        QTest.mouseClick(overview.csv_button, LEFT)
    assert done.args == [str(csv)] and asked == ["Mesures-2026-11-15.csv"]
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Code du protocole;Titre du protocole;Indicateur;")
    assert len(lines) == 4
    assert lines[1].startswith(
        f"DIAB-01;Diabète de type 2;{MONTHLY};mensuelle;2026-07-01;juillet 2026;7;10;;0,7;"
    )
    assert overview.exporter.status.text() == "CSV enregistré : mesures.csv"
    assert not overview.exporter.open_button.isVisible()  # it would open the PDF, not the CSV


def test_csv_not_written_says_why(qtbot, ctx, tmp_path) -> None:
    view = make_view(qtbot, ctx)
    blocked = tmp_path / "fichier"
    blocked.write_text("")  # a file where a folder should be
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Ok, seen)
    with qtbot.waitSignal(view.overview.exporter.failed, timeout=30_000):
        view.overview.export_csv(blocked / "mesures.csv")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("Le fichier n'a pas pu être écrit")


def test_default_year_is_last_year_until_march() -> None:
    assert default_year(dt.date(2027, 3, 31)) == 2026
    assert default_year(dt.date(2027, 4, 1)) == 2027
    assert default_year(dt.date(2026, 1, 2)) == 2025
