"""Journey of issue 17, the screens: a protocol approved, then revised to add two indicators
typed in the editor and approved again; months later (the screens' clock moved on) the coordinator opens "Qualité", sees the
measurements due, types three months and a quarter with the keyboard, meets a refusal that keeps
what she typed, and finds the overview up to date; the editor's menu reaches the same page;
she saves the protocol's quality report, then the team's yearly report and the CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from protoedit.protocols.queries import versions_of
from protoedit.quality import periods, queries
from tests.e2e.journey import Journey, pdf_text
from tests.e2e.steps import edit_cell, first_start_with_code, nav, revise, stage, wait_exported
from tests.e2e.test_journey_what_changed import (
    COORD,
    submit_and_sign,
    team_with_codes,
    write_v1,
)

SHOTS = Path("/tmp/shots-qui")
MONTHLY = "HbA1c mesurée dans l'année"
QUARTERLY = "Délai de rendez-vous"
INDICATORS = [  # name, target, frequency (columns 0, 2, 4 of the evaluation table)
    (MONTHLY, "≥ 80 %", "Mensuelle"),
    (QUARTERLY, "< 10 jours", "Trimestrielle"),
]


def later() -> dt.date:
    """Three months on, the 10th: three finished months and a finished quarter to measure."""
    return periods.shift("month", periods.start_of("month", dt.date.today()), 3) + dt.timedelta(9)


def write_indicators(journey: Journey) -> None:
    """Stage "Évaluation": "Ajouter", then name, target and frequency typed in the cells."""
    ed = journey.window.editor
    stage(journey, ed, ed.evaluation)
    table = ed.evaluation.tables[0]
    model = ed.evaluation.indicators
    start = model.rowCount()
    add = next(b for b in ed.evaluation.findChildren(QPushButton) if b.text() == "Ajouter")
    for offset, (name, target, frequency) in enumerate(INDICATORS):
        journey.click(add)
        for column, text in ((0, name), (2, target), (4, frequency)):
            edit_cell(journey, table, start + offset, column, text)
    assert [(i.name, i.target, i.frequency) for i in model.rows[start:]] == INDICATORS


def answer_refusal(journey: Journey, seen: list[str]) -> None:
    def fill(box) -> None:
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        journey.click(box.button(QMessageBox.StandardButton.Ok))

    journey.when_modal(fill)


def type_month(
    journey: Journey, form, numerator: str, denominator: str, key: str = "Return"
) -> None:
    journey.type(form.numerator, numerator)
    journey.key(form.numerator, "Tab")
    assert form.denominator.hasFocus()
    journey.type(form.denominator, denominator)
    journey.key(form.denominator, key)


def test_journey_quality_screen(journey: Journey, monkeypatch) -> None:
    monkeypatch.setenv("PROTOEDIT_SHOTS_DIR", str(SHOTS))
    w = first_start_with_code(journey, "Martin", "Élise", "Coordinateur(trice)", COORD)
    team_with_codes(journey)
    # The protocol of the what-changed journey; its version 2 adds the indicators.
    pid = write_v1(journey)
    revise(journey, "Indicateurs de suivi ajoutés")
    write_indicators(journey)
    submit_and_sign(journey)
    v1, v2 = versions_of(journey.ctx.db, pid)
    assert (v1.status, v2.status) == ("superseded", "approved")
    approved = v1.approved_at.date()  # measurements are due from the first approval
    day = later()
    monkeypatch.setattr("ui.quality.common.today", lambda: day)
    months = periods.due("month", set(), approved, day)
    assert len(months) == 3

    journey.key(w, "Ctrl+9")
    assert w.current_page() == "quality"
    overview = w.quality.overview
    assert [p.code for p in overview.model.rows] == ["AVK-01"]
    due = overview.due_model
    assert [(d.indicator, d.start) for d in due.rows] == [
        *((MONTHLY, m) for m in months),
        (QUARTERLY, periods.start_of("quarter", approved)),
    ]
    assert overview.due_title.text() == "Mesures à saisir (4)"
    journey.screenshot("quality-1-overview")

    # Enter on the first due measurement: the protocol's page, at that month.
    overview.due.setFocus()
    overview.due.setCurrentIndex(due.index(0, 0))
    journey.key(overview.due, "Return")
    page = w.quality.protocol_page
    form = page.form
    assert w.quality.currentWidget() is page
    assert page.title.text() == "Qualité — AVK-01 Suivi des patients sous anticoagulants oraux"
    assert page.indicator.currentData() == MONTHLY and form.period.currentData() == months[0]
    assert form.numerator.hasFocus()
    for (num, den), key in zip(
        (("7", "10"), ("8", "10"), ("9", "10")), ("Return", "Enter", "Ctrl+Return"), strict=True
    ):
        type_month(journey, form, num, den, key)
    iq = queries.protocol_quality(journey.ctx.db, pid, day).indicator(MONTHLY)
    assert [(m.start, m.numerator, m.denominator) for m in iq.measurements] == [
        (months[0], 7, 10),
        (months[1], 8, 10),
        (months[2], 9, 10),
    ]
    assert [page.model.index(r, page.model.COL_VALUE).data() for r in range(3)] == [
        "90 %",
        "80 %",
        "70 %",
    ]
    assert page.chart.isVisible() and page.chart.height() >= 220
    assert [p.label for p in page.chart.spec().points] == [
        periods.label("month", m) for m in months
    ]
    journey.screenshot("quality-2-protocol-page")

    # This month (started, not finished) refused with an empty count: nothing typed is lost.
    assert form.period.currentData() == periods.start_of("month", day)
    journey.type(form.comment, "Requête refaite")
    seen: list[str] = []
    answer_refusal(journey, seen)
    type_month(journey, form, "3", "0")
    journey.wait_modal_done()
    assert seen == ["Le dénominateur ne peut pas être nul : il compte les patients concernés."]
    assert (form.numerator.text(), form.denominator.text(), form.comment.text()) == (
        "3",
        "0",
        "Requête refaite",
    )
    journey.screenshot("quality-3-refusal-kept")
    form.denominator.selectAll()
    journey.type(form.denominator, "5")
    journey.key(form.denominator, "Return")
    assert page.model.rowCount() == 4 and page.model.index(0, page.model.COL_COMMENT).data() == (
        "Requête refaite"
    )

    # The quarterly indicator takes a value, in days.
    journey.choose(page.indicator, page.indicator.itemText(page.indicator.findData(QUARTERLY)))
    assert form.value_mode.isChecked() and form.value.isEnabled()
    journey.type(form.value, "12,5")
    journey.key(form.value, "Return")
    assert page.model.index(0, page.model.COL_VALUE).data() == "12,5"
    journey.screenshot("quality-4-value")
    for _ in range(2):  # large type for the projector: the page still fits 1280×800
        journey.key(w, "Ctrl+=")
    assert w.ctx.settings.font_scale == 1.3
    assert w.minimumSizeHint().width() <= 1280 and w.minimumSizeHint().height() <= 800
    assert w.size().width() <= 1280 and page.chart.height() >= 220
    journey.screenshot("quality-4b-large-type")
    journey.key(w, "Ctrl+0")

    # Back to every protocol: nothing due, the latest values against their targets.
    journey.key(form.value, "Escape")
    assert w.quality.currentWidget() is overview
    assert overview.due_model.rowCount() == 0
    cell = overview.model.index(0, overview.model.COL_INDICATORS).data()
    this_month = periods.label("month", periods.start_of("month", day))
    last_quarter = periods.label("quarter", periods.start_of("quarter", approved))
    assert cell.splitlines() == [
        f"{MONTHLY} : 60 % en {this_month} (cible ≥ 80 %)\u00a0✗",
        f"{QUARTERLY} : 12,5 en {last_quarter} (cible < 10 jours)\u00a0✗",
    ]
    assert overview.due_title.text() == "Mesures à saisir : aucune, tout est à jour"
    journey.screenshot("quality-5-overview-updated")

    # From the editor: Protocole > Qualité du protocole.
    nav(journey, "Protocole ouvert")
    action = next(
        a
        for m in w.menuBar().actions()
        if m.text() == "&Protocole"
        for a in m.menu().actions()
        if a.text() == "&Qualité du protocole"
    )
    action.trigger()
    assert w.current_page() == "quality" and w.quality.currentWidget() is page
    assert w.sizeHint().width() <= 1280 and w.minimumSizeHint().height() <= 800
    assert QApplication.activeModalWidget() is None

    # The protocol's quality report: its button, the save dialog, a worker.
    report = journey.tmp / "rapport-qualite.pdf"
    journey.save_file_as(report)
    wait_exported(journey, page.exporter, report, lambda: journey.click(page.report_button))
    text = " ".join(pdf_text(report).split())
    for expected in ("AVK-01", "Rapport qualité", MONTHLY, "Cible", "≥ 80 %"):
        assert expected in text, expected
    assert page.exporter.status.text() == "PDF créé : rapport-qualite.pdf"
    journey.screenshot("quality-6-report-written")

    # Back to every protocol: the yearly report (last year until March) and the CSV.
    journey.click(page.back_button)
    year = day.year - 1 if day.month <= 3 else day.year
    assert overview.year.value() == year
    yearly = journey.tmp / "rapport-annuel.pdf"
    journey.save_file_as(yearly)
    wait_exported(journey, overview.exporter, yearly, lambda: journey.click(overview.year_button))
    text = " ".join(pdf_text(yearly).split())
    assert f"Rapport qualité annuel {year}" in text and "AVK-01" in text
    csv = journey.tmp / "mesures.csv"
    journey.save_file_as(csv)
    with journey.qtbot.waitSignal(overview.exporter.csv_written, timeout=30_000):
        journey.click(overview.csv_button)
        journey.wait_modal_done()
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Code du protocole;Titre du protocole;Indicateur;")
    assert len(lines) == 6 and all(line.startswith("AVK-01;") for line in lines[1:])
    journey.screenshot("quality-7-overview-files")
