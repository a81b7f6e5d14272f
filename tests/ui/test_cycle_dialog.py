"""The PDSA cycle dialog typed in as a user would: a new cycle, its four stages, a refusal that
keeps the typing, Esc with unsaved changes, and the protocol revision it opens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Indicator
from protoedit.quality import measurements, queries
from protoedit.quality.measurements import MeasurementInput
from protoedit.store.models import ProtocolVersion
from tests.factories import force_approved
from tests.ui.conftest import meetings_window, show_active, type_text
from ui.quality.cycle_dialog import CycleDialog

HBA1C = "HbA1c mesurée"
EYE = "Fond d'œil annuel"


@pytest.fixture
def protocol(ctx) -> int:
    """An approved protocol with two indicators, one measured for six months."""
    content = Content(
        indicators=[
            Indicator(name=HBA1C, target="≥ 80 %", frequency="Mensuelle"),
            Indicator(name=EYE, target="60 %", frequency="annuel"),
        ]
    )
    pid, vid, _ = protocols.create_protocol(
        ctx.db, ctx.actor, "DIAB-01", "Diabète de type 2", content=content
    )
    force_approved(ctx.db, ctx.actor, vid, dt.datetime(2025, 1, 10))
    for month in range(1, 7):
        measurements.record_measurement(
            ctx.db,
            ctx.actor,
            pid,
            MeasurementInput(HBA1C, dt.date(2025, month, 1), 6 + month % 3, 10),
        )
    return pid


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    """A refused save opens a message box: record its text instead."""
    shown: list[str] = []
    monkeypatch.setattr("ui.operations.show_error", lambda _p, err: shown.append(err.message()))
    return shown


def answer_next_box(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press `button` in the next message box, as soon as it shows."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def close_next_cycle(read) -> list[str]:
    """Close the next cycle dialog as soon as it shows; `read(dialog)` is kept in the list."""
    seen: list[str] = []

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, CycleDialog):
            seen.append(read(dlg))
            dlg.reject()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def type_date(edit, text: str) -> None:
    """Leave "non renseigné" with the Up arrow, then type the digits of the date."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Up)
    line = edit.lineEdit()
    QTest.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(6, line.height() // 2))
    edit.setSelectedSection(edit.sectionAt(0))
    for ch in text:
        if ch.isdigit():
            QTest.keyClick(edit, ch)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.date().toString("dd/MM/yyyy") == text


def charted(widget) -> str:
    """The indicators a chart area shows: chart titles, or the lines of values."""
    from PySide6.QtWidgets import QLabel

    from ui.quality.chart_view import ChartView

    return " ".join(
        [v.accessibleName() for v in widget.findChildren(ChartView)]
        + [w.text() for w in widget.findChildren(QLabel)]
    )


def open_dialog(qtbot, ctx, pid, cycle_id=None) -> CycleDialog:
    dlg = CycleDialog(ctx, pid, cycle_id)
    show_active(qtbot, dlg)
    return dlg


def test_a_new_cycle_through_its_four_stages(qtbot, ctx, protocol, refusals) -> None:
    dlg = open_dialog(qtbot, ctx, protocol)
    assert dlg.stage.text() == "Étape : Planifier (Plan)" and dlg.heading.text().startswith(
        "Nouveau cycle"
    )
    assert [
        dlg.plan_tab.indicators.item(r).text() for r in range(dlg.plan_tab.indicators.count())
    ] == [HBA1C, EYE]
    type_text(dlg.plan_tab.aim, "Que 80 % des diabétiques aient leur HbA1c")
    type_text(dlg.plan_tab.prediction, "Rappel SMS : +10 points en trois mois")
    dlg.plan_tab.indicators.item(1).setCheckState(Qt.CheckState.Unchecked)
    QTest.mouseClick(dlg.plan_tab.micro_toggle, Qt.MouseButton.LeftButton)
    type_text(
        dlg.plan_tab.micro["patients"], "120 patients diabétiques, 30 % âgés de plus de 75 ans"
    )
    QTest.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not refusals
    (c,) = queries.protocol_quality(ctx.db, protocol).cycles
    assert (c.number, c.stage, c.indicators) == (1, "plan", [HBA1C])
    assert c.microsystem["patients"].startswith("120 patients diabétiques")
    assert dlg.heading.text() == "Cycle PDSA 1 — DIAB-01 Diabète de type 2"

    QTest.keyClick(dlg, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dlg.tabs.currentIndex() == 1  # Do
    type_date(dlg.do_tab.do_start, "06/01/2025")
    type_text(dlg.do_tab.do_notes, "SMS envoyés la veille des consultations")
    QTest.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.stage.text() == "Étape : Tester (Do)" and queries.cycle(
        ctx.db, c.id
    ).do_start == dt.date(2025, 1, 6)

    QTest.keyClick(dlg, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dlg.tabs.currentIndex() == 2  # Study: the ticked indicator's chart (or its values)
    assert dlg.study_tab.charts.isVisible()
    shown = charted(dlg.study_tab.charts)
    assert HBA1C in shown and EYE not in shown
    type_text(dlg.study_tab.study, "72 % contre 80 % prévus")
    dlg.grab().save("/tmp/shots-pdsa/widget-study.png")

    QTest.keyClick(dlg, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.act_tab.revision_button.isEnabled()
    QTest.mouseClick(
        dlg.act_tab.act_buttons["abandon"],
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dlg.act_tab.act_buttons["abandon"].height() // 2),
    )
    assert not dlg.act_tab.revision_button.isEnabled()  # only adopt or adapt revise the protocol
    QTest.mouseClick(
        dlg.act_tab.act_buttons["adopt"],
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dlg.act_tab.act_buttons["adopt"].height() // 2),
    )
    assert dlg.act_tab.revision_button.isEnabled()
    with qtbot.waitSignal(dlg.accepted):
        QTest.mouseClick(
            dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    c = queries.cycle(ctx.db, c.id)
    assert (c.stage, c.act, c.study) == ("closed", "adopt", "72 % contre 80 % prévus")
    assert not refusals


def test_act_before_study_is_refused_and_keeps_what_was_typed(
    qtbot, ctx, protocol, refusals
) -> None:
    dlg = open_dialog(qtbot, ctx, protocol)
    type_text(dlg.plan_tab.aim, "Rappel SMS")
    dlg.tabs.setCurrentIndex(3)
    QTest.mouseClick(
        dlg.act_tab.act_buttons["adapt"],
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dlg.act_tab.act_buttons["adapt"].height() // 2),
    )
    type_text(dlg.act_tab.act_notes, "Élargir aux patients âgés")
    dlg.tabs.setCurrentIndex(0)
    QTest.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert refusals == ["Écrivez l'étude (Study) avant de décider (Act)."]
    assert queries.protocol_quality(ctx.db, protocol).cycles == []  # nothing saved
    assert dlg.tabs.currentIndex() == 3  # the tab of the field refused, typing kept
    assert dlg.act_tab.act_notes.toPlainText() == "Élargir aux patients âgés"
    assert dlg.plan_tab.aim.toPlainText() == "Rappel SMS" and dlg.act_tab.act() == "adapt"

    # Esc with unsaved changes asks; "Continuer la saisie" keeps the dialog open.
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    QCoreApplication.processEvents()
    assert seen == ["Des modifications ne sont pas enregistrées."] and dlg.isVisible()
    answer_next_box(qtbot, QMessageBox.StandardButton.Discard, seen)
    with qtbot.waitSignal(dlg.rejected):
        QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert queries.protocol_quality(ctx.db, protocol).cycles == []


def test_adapt_opens_one_revision_citing_the_cycle(qtbot, ctx, protocol, refusals) -> None:
    opened: list[int] = []
    ctx.hub.version_requested.connect(opened.append)
    dlg = open_dialog(qtbot, ctx, protocol)
    type_text(dlg.plan_tab.aim, "Rappel SMS avant la consultation")
    dlg.tabs.setCurrentIndex(1)
    type_date(dlg.do_tab.do_start, "06/01/2025")
    type_date(dlg.do_tab.do_end, "30/06/2025")
    dlg.tabs.setCurrentIndex(2)
    type_text(dlg.study_tab.study, "Objectif presque atteint")
    dlg.tabs.setCurrentIndex(3)
    QTest.mouseClick(
        dlg.act_tab.act_buttons["adapt"],
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dlg.act_tab.act_buttons["adapt"].height() // 2),
    )
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(dlg.accepted):
        QTest.mouseClick(dlg.act_tab.revision_button, Qt.MouseButton.LeftButton)  # saves first
    assert not refusals and seen[0].startswith("Le brouillon DIAB-01 v2 est créé")
    (c,) = queries.protocol_quality(ctx.db, protocol).cycles
    assert c.stage == "closed" and opened == [c.protocol_version_id]
    with ctx.db.read() as s:
        v = s.get(ProtocolVersion, c.protocol_version_id)
        assert (v.number, v.status) == (2, "draft")
        assert v.change_note == (
            "Révision issue du cycle PDSA 1 (adapter) : Rappel SMS avant la consultation"
        )

    again = open_dialog(qtbot, ctx, protocol, c.id)
    assert not again.act_tab.revision_button.isEnabled()
    assert again.act_tab.revision_note.text() == "Révision ouverte : DIAB-01 v2"
    assert again.stage.text() == "Étape : Clos"


def test_a_quality_review_item_shows_the_charts_and_open_cycles(
    qtbot, ctx, protocol, refusals
) -> None:
    from protoedit.meetings import agenda, decisions
    from protoedit.meetings import meeting as meetings
    from protoedit.meetings.agenda import ItemInput
    from protoedit.meetings.decisions import DecisionInput
    from protoedit.meetings.meeting import MeetingInput
    from protoedit.quality import cycles
    from protoedit.quality.cycles import CycleInput

    mid, _ = meetings.create_meeting(
        ctx.db, ctx.actor, MeetingInput(starts_at=dt.datetime(2025, 7, 3, 12, 30))
    )
    item, _ = agenda.add_item(
        ctx.db,
        ctx.actor,
        mid,
        ItemInput(kind="quality_review", theme="Indicateurs du semestre", protocol_id=protocol),
    )
    decisions.add_decision(ctx.db, ctx.actor, item, DecisionInput("Relancer les patients"))
    cid, _ = cycles.plan_cycle(ctx.db, ctx.actor, protocol, CycleInput(aim="Rappel SMS"))
    window, view = meetings_window(qtbot, ctx, mid)
    during = view.meeting_screen.during
    view.meeting_screen.tabs.setCurrentWidget(during)
    during.select_item(item)
    box = during.panel.quality
    qtbot.waitUntil(box.isVisible)
    assert HBA1C in charted(box.area) and not during.panel.proposal_box.isVisible()
    assert [box.cycles.item(r).text() for r in range(box.cycles.count())] == [
        "PDSA 1 · Étape : Planifier (Plan) · Rappel SMS"
    ]
    table = during.panel.decisions.table
    assert table.viewport().height() >= table.rowHeight(0) > 0  # the decision stays in sight
    for hint in (window.sizeHint(), window.minimumSizeHint()):
        assert hint.width() <= 1280 and hint.height() <= 800, hint
    split = during.panel.split
    qtbot.waitUntil(lambda: split.sizes()[0] >= 0.5 * split.height())  # room for the charts
    assert table.viewport().height() >= table.rowHeight(0)
    window.grab().save("/tmp/shots-pdsa/widget-quality-review.png")
    during.present_button.click()  # presentation: large type, the review still shown
    window.setGeometry(0, 0, 1280, 800)  # the offscreen screen is narrower than 1280
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert box.isVisible() and not window.nav.isVisible()
    during.present_button.click()
    qtbot.waitUntil(lambda: window.minimumSize().width() <= 1280)

    # A cycle saved elsewhere (here: its dialog) is redrawn in the list.
    cycles.save_cycle(
        ctx.db, ctx.actor, cid, CycleInput(aim="Rappel SMS", do_start=dt.date(2025, 6, 2))
    )
    ctx.notify(cycles.plan_cycle(ctx.db, ctx.actor, protocol, CycleInput(aim="Affiche"))[1])
    assert box.cycles.count() == 2 and "Étape : Tester (Do)" in box.cycles.item(0).text()

    seen = close_next_cycle(lambda dlg: dlg.heading.text())
    box.cycles.setCurrentRow(0)
    box.cycles.itemActivated.emit(box.cycles.item(0))
    assert seen == ["Cycle PDSA 1 — DIAB-01 Diabète de type 2"]


def test_the_decisions_board_opens_a_decision_s_cycle(qtbot, ctx, protocol, refusals) -> None:
    from protoedit.meetings import agenda, decisions
    from protoedit.meetings import meeting as meetings
    from protoedit.meetings.agenda import ItemInput
    from protoedit.meetings.decisions import DecisionInput
    from protoedit.meetings.meeting import MeetingInput
    from protoedit.quality import cycles
    from ui.meetings.board import DecisionsBoard

    mid, _ = meetings.create_meeting(
        ctx.db, ctx.actor, MeetingInput(starts_at=dt.datetime(2025, 7, 3, 12, 30))
    )
    item, _ = agenda.add_item(
        ctx.db, ctx.actor, mid, ItemInput(kind="quality_review", protocol_id=protocol)
    )
    other, _ = decisions.add_decision(ctx.db, ctx.actor, item, DecisionInput("Relancer"))
    did, _ = decisions.add_decision(ctx.db, ctx.actor, item, DecisionInput("Tester un SMS"))
    cycles.start_from_decision(ctx.db, ctx.actor, did)
    board = DecisionsBoard(ctx)
    show_active(qtbot, board)
    rows = {d.id: r for r, d in enumerate(board.model.rows)}
    board.table.selectRow(rows[other])
    assert not board.cycle_button.isEnabled()
    board.table.selectRow(rows[did])
    assert board.cycle_button.isEnabled()
    seen = close_next_cycle(lambda dlg: dlg.plan_tab.aim.toPlainText())
    QTest.mouseClick(board.cycle_button, Qt.MouseButton.LeftButton)
    assert seen == ["Tester un SMS"]


def test_an_optional_date_typed_from_the_first_of_a_month(qtbot) -> None:
    """Up leaves "non renseigné" for today, so typing day 01 never lands on the "no date" value
    half-way (it did from 01/01/2000, and the rest of the typing was lost)."""
    from PySide6.QtTest import QTest

    from ui.quality.cycle_tabs import date_of, optional_date

    edit = optional_date("non renseigné")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_Up)
    assert date_of(edit) == dt.date.today()
    edit.setSelectedSection(edit.sectionAt(0))
    for ch in "01122025":
        QTest.keyClick(edit, ch)
    assert date_of(edit) == dt.date(2025, 12, 1)
