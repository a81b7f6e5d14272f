"""Journey of issue 17, the whole loop through the real window: an approved protocol with a
monthly indicator; two years of measurements typed on its quality page (a shift after the test);
a quality review in a meeting whose decision starts a PDSA cycle; Plan, Do, Study with the
cycle's run chart, Act "adapter" opening version 2; the protocol's quality report PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from protoedit.quality import periods, queries
from tests.e2e.journey import Journey, pdf_text
from tests.e2e.steps import first_start_with_code
from tests.e2e.test_journey_pdsa import (
    DECISION,
    INDICATOR,
    approved_protocol,
    quality_review_meeting,
)
from tests.e2e.test_journey_quality_screen import type_month
from tests.e2e.test_journey_what_changed import COORD, team_with_codes
from ui.quality.chart_view import ChartView
from ui.quality.cycle_dialog import CycleDialog

MONTHS = 24
BEFORE = [6, 5, 6, 7, 6, 5, 6, 6, 7, 5, 6, 6]  # out of 10, the year before the test
AFTER = [8, 9, 8, 9, 9, 8, 9, 9, 8, 9, 9, 8]  # the year after: a shift above the median


def last_two_years() -> list[dt.date]:
    """The 24 finished months before this one: the history a team brings to its new protocol."""
    this_month = periods.start_of("month", dt.date.today())
    return [periods.shift("month", this_month, n - MONTHS) for n in range(MONTHS)]


def type_two_years(journey: Journey, months: list[dt.date]) -> None:
    """Ctrl+9, Enter on the protocol, then for each month: its period chosen, the count typed
    with Tab and Enter."""
    w = journey.window
    journey.key(w, "Ctrl+9")
    overview = w.quality.overview
    overview.table.setFocus()
    overview.table.setCurrentIndex(overview.model.index(0, 0))
    journey.key(overview.table, "Return")
    page = w.quality.protocol_page
    form = page.form
    assert page.indicator.currentData() == INDICATOR
    for month, numerator in zip(months, BEFORE + AFTER, strict=True):
        journey.choose(form.period, periods.label("month", month))
        journey.key(form.period, "Tab")
        type_month(journey, form, str(numerator), "10")
    assert page.model.rowCount() == MONTHS


def plan_do_study_act(
    journey: Journey, dlg: CycleDialog, test_start: dt.date, test_end: dt.date
) -> None:
    assert dlg.plan_tab.aim.toPlainText() == DECISION
    indicator = dlg.plan_tab.indicators.item(0)
    dlg.plan_tab.indicators.setFocus()
    dlg.plan_tab.indicators.setCurrentItem(indicator)
    journey.key(dlg.plan_tab.indicators, "Space")
    assert indicator.checkState() == Qt.CheckState.Checked
    journey.type(dlg.plan_tab.prediction, "80 % des patients avec une HbA1c en trois mois")
    journey.type(dlg.plan_tab.change, "Un SMS de rappel la veille du prélèvement")
    journey.key(dlg.plan_tab.prediction, "Ctrl+PgDown")
    journey.type_date(dlg.do_tab.do_start, f"{test_start:%d/%m/%Y}")
    journey.type_date(dlg.do_tab.do_end, f"{test_end:%d/%m/%Y}")
    journey.type(dlg.do_tab.do_notes, "112 SMS envoyés ; deux numéros erronés")
    journey.key(dlg.do_tab.do_notes, "Ctrl+S")
    journey.key(dlg.do_tab.do_notes, "Ctrl+PgDown")
    journey.type(
        dlg.study_tab.study, "85 % après le test contre 60 % avant : la prédiction est dépassée"
    )
    # The Study tab shows the cycle's indicator: every month, the cycle's band.
    (chart,) = [c for c in dlg.findChildren(ChartView) if c.isVisible()]
    spec = chart.spec()
    assert len(spec.points) == MONTHS and [b[2] for b in spec.bands] == ["PDSA 1"]
    assert "au-dessus de la médiane" in spec.caption
    journey.screenshot("loop-cycle-study", dlg)
    journey.key(dlg.study_tab.study, "Ctrl+PgDown")
    journey.click(dlg.act_tab.act_buttons["adapt"])
    journey.type(dlg.act_tab.act_notes, "Garder le SMS et ajouter un second rappel")

    def open_it(box) -> None:
        assert isinstance(box, QMessageBox) and box.text().startswith("Le brouillon DIAB-01 v2")
        journey.click(box.button(QMessageBox.StandardButton.Yes))

    journey.when_modal(open_it)
    journey.click(dlg.act_tab.revision_button)


def test_journey_quality_loop(journey: Journey) -> None:
    w = first_start_with_code(journey, "Martin", "Élise", "Coordinateur(trice)", COORD)
    team_with_codes(journey)
    pid = approved_protocol(journey)
    months = last_two_years()
    type_two_years(journey, months)
    iq = queries.protocol_quality(journey.ctx.db, pid).indicator(INDICATOR)
    assert [m.numerator for m in iq.measurements] == BEFORE + AFTER
    assert any(s.kind == "shift" for s in iq.signals)
    journey.screenshot("loop-quality-page")

    quality_review_meeting(journey)
    during = w.meetings.meeting_screen.during
    journey.click_tab(w.meetings.meeting_screen.tabs, "Pendant : compte rendu")
    journey.click_row(during.items, 1)
    panel = during.panel
    assert panel.quality.isVisible()
    assert [c for c in panel.quality.findChildren(ChartView) if c.isVisible()]  # the review's chart
    box = panel.decisions
    journey.type(box.text, DECISION)
    journey.key(box.text, "Return")
    journey.screenshot("loop-quality-review")
    test_start, test_end = months[12], periods.shift("month", months[12], 3) - dt.timedelta(1)

    def fill(dlg: CycleDialog) -> None:
        try:
            plan_do_study_act(journey, dlg, test_start, test_end)
        except BaseException:
            dlg.done(0)  # closing would ask about unsaved changes: the failure is what counts
            raise

    journey.when_modal(fill, kind=CycleDialog)
    journey.click(box.pdsa_button)
    journey.wait_modal_done()

    (cycle,) = queries.protocol_quality(journey.ctx.db, pid).cycles
    assert (cycle.stage, cycle.act, cycle.do_start) == ("closed", "adapt", test_start)
    ed = w.editor
    assert w.current_page() == "protocol" and (ed.version.number, ed.version.status) == (2, "draft")
    assert ed.version.change_note == f"Révision issue du cycle PDSA 1 (adapter) : {DECISION}"
    assert cycle.protocol_version_id == ed.version.version_id
    export_quality_report(journey, pid, journey.tmp / "qualite.pdf")


def export_quality_report(journey: Journey, pid: int, target: Path) -> None:
    """Qualité, the protocol's page, "Rapport qualité (PDF)…"; the PDF says it all."""
    w = journey.window
    journey.key(w, "Ctrl+9")
    page = w.quality.protocol_page
    assert w.quality.currentWidget() is page and page.pq.protocol_id == pid
    journey.save_file_as(target)
    journey.click(page.report_button)
    journey.qtbot.waitUntil(target.exists, timeout=20_000)
    text = pdf_text(target)
    for expected in (
        "Rapport qualité",
        "DIAB-01",
        INDICATOR,
        "Cible",
        "Médiane",
        "au-dessus de la médiane",
        "PDSA 1",
        DECISION,
        "a conduit à la version 2",
    ):
        assert expected in text, expected
