"""The quality screens: overview, due measurements, entry with the keyboard, refusals that keep
what was typed, corrections, removal, PDSA cycles, the main window's entry points."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Indicator
from protoedit.quality import cycles, queries
from protoedit.quality.cycles import CycleInput
from tests.factories import force_approved
from tests.ui.conftest import show_active, type_text
from tests.ui.test_team_pin_form import answer_next_box
from ui.quality.view import QualityView

TODAY = dt.date(2026, 11, 15)
MONTHLY = "HbA1c mesurée"
QUARTERLY = "Délai de rendez-vous"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def quality_today(monkeypatch) -> dt.date:
    monkeypatch.setattr("ui.quality.common.today", lambda: TODAY)
    return TODAY


def make_protocol(ctx, code: str = "DIAB-01", title: str = "Diabète de type 2") -> int:
    """A protocol with a monthly count and a quarterly value, approved on 10 June 2026."""
    content = Content(
        indicators=[
            Indicator(
                name=MONTHLY,
                definition="Patients avec HbA1c sur 3 mois",
                target="≥ 80 %",
                frequency="Mensuelle",
                source="Logiciel métier",
            ),
            Indicator(name=QUARTERLY, target="< 10 jours", frequency="Trimestrielle"),
        ]
    )
    pid, vid, _ = protocols.create_protocol(ctx.db, ctx.actor, code, title, content=content)
    force_approved(ctx.db, ctx.actor, vid, dt.datetime(2026, 6, 10, 9, 0))
    return pid


def make_view(qtbot, ctx) -> QualityView:
    view = QualityView(ctx)
    view.resize(1070, 680)
    show_active(qtbot, view)
    return view


def series(
    ctx, pid: int, name: str = MONTHLY
) -> list[tuple[dt.date, int | None, int | None, float | None]]:
    iq = queries.protocol_quality(ctx.db, pid, TODAY).indicator(name)
    assert iq is not None
    return [(m.start, m.numerator, m.denominator, m.value) for m in iq.measurements]


def back_to(qtbot, view) -> None:
    """Offscreen Qt does not activate the window again when a message box closes."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)


def type_counts(
    form,
    numerator: str,
    denominator: str,
    key: str = "Return",
    modifier=Qt.KeyboardModifier.NoModifier,
) -> None:
    form.numerator.clear()
    form.denominator.clear()
    type_text(form.numerator, numerator)
    QTest.keyClick(form.numerator, Qt.Key.Key_Tab)
    assert form.denominator.hasFocus()
    type_text(form.denominator, denominator)
    QTest.keyClick(form.denominator, getattr(Qt.Key, f"Key_{key}"), modifier)


def open_page(qtbot, ctx) -> tuple[QualityView, int]:
    pid = make_protocol(ctx)
    view = make_view(qtbot, ctx)
    view.overview.table.setFocus()
    view.overview.table.setCurrentIndex(view.overview.model.index(0, 0))
    QTest.keyClick(view.overview.table, Qt.Key.Key_Return)
    assert view.currentWidget() is view.protocol_page
    return view, pid


def test_overview_shows_indicators_due_measurements_and_opens_the_due_one(qtbot, ctx) -> None:
    pid = make_protocol(ctx)
    make_protocol(ctx, "CHUT-01", "Chutes du sujet âgé")
    view = make_view(qtbot, ctx)
    ov = view.overview
    assert [p.code for p in ov.model.rows] == ["CHUT-01", "DIAB-01"]
    cell = ov.model.index(1, ov.model.COL_INDICATORS).data()
    assert cell.splitlines() == [
        f"{MONTHLY} : pas encore de mesure",
        f"{QUARTERLY} : pas encore de mesure",
    ]
    # June to October (November is not over), Q2 and Q3: seven per protocol.
    assert ov.model.index(1, ov.model.COL_DUE).data() == "7"
    assert ov.due_model.rowCount() == 14
    assert ov.due_title.text() == "Mesures à saisir (14)"
    first = ov.due_model.rows.index(next(d for d in ov.due_model.rows if d.protocol_id == pid))
    assert [ov.due_model.index(first, c).data() for c in range(3)] == [
        "DIAB-01 — Diabète de type 2",
        MONTHLY,
        "juin 2026",
    ]
    ov.due.setFocus()
    ov.due.setCurrentIndex(ov.due_model.index(first + 3, 0))  # DIAB-01, HbA1c, septembre
    QTest.keyClick(ov.due, Qt.Key.Key_Return)
    page = view.protocol_page
    assert view.currentWidget() is page
    assert page.title.text() == "Qualité — DIAB-01 Diabète de type 2"
    assert page.indicator.currentData() == MONTHLY
    assert page.form.period.currentData() == dt.date(2026, 9, 1)
    assert page.form.numerator.hasFocus()
    QTest.keyClick(page.form.numerator, Qt.Key.Key_Escape)
    assert view.currentWidget() is ov


def test_measurements_typed_with_the_keyboard_advance_to_the_next_due_month(qtbot, ctx) -> None:
    view, pid = open_page(qtbot, ctx)
    page, form = view.protocol_page, view.protocol_page.form
    assert page.indicator.currentData() == MONTHLY
    assert form.period.currentText() == "juin 2026 — à saisir"  # the oldest due period
    assert form.count_mode.isChecked() and not form.value.isEnabled()
    assert form.source.placeholderText() == "Logiciel métier"
    type_counts(form, "7", "10")  # Enter saves
    qtbot.waitUntil(lambda: len(series(ctx, pid)) == 1)
    assert form.status.text() == "Mesure de juin 2026 enregistrée."
    assert form.period.currentText() == "juillet 2026 — à saisir"
    assert form.numerator.text() == "" and form.numerator.hasFocus()
    type_counts(form, "8", "10", "Return", Qt.KeyboardModifier.ControlModifier)
    type_text(form.comment, "Extraction du 2 septembre")
    assert len(series(ctx, pid)) == 2  # Ctrl+Enter saved once, before the comment
    assert series(ctx, pid) == [
        (dt.date(2026, 6, 1), 7, 10, None),
        (dt.date(2026, 7, 1), 8, 10, None),
    ]
    model = page.model
    assert [model.index(0, c).data() for c in range(6)] == [
        "juillet 2026",
        "8",
        "10",
        "80 %",
        "",
        "Élise Martin",
    ]
    assert model.index(1, model.COL_VALUE).data() == "70 %"
    assert "juillet 2026 — déjà saisie" in [
        form.period.itemText(i) for i in range(form.period.count())
    ]
    QTest.mouseClick(page.back_button, LEFT)
    cell = view.overview.model.index(0, view.overview.model.COL_INDICATORS).data()
    assert cell.splitlines()[0] == f"{MONTHLY} : 80 % en juillet 2026 (cible ≥ 80 %)\u00a0✓"
    assert view.overview.model.index(0, view.overview.model.COL_DUE).data() == "5"


def test_a_refused_measurement_keeps_what_was_typed_and_says_why(qtbot, ctx) -> None:
    view, pid = open_page(qtbot, ctx)
    form = view.protocol_page.form
    type_text(form.source, "Requête du logiciel")
    type_text(form.comment, "À revoir avec le secrétariat")
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Ok, seen)
    type_counts(form, "3", "0")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Le dénominateur ne peut pas être nul : il compte les patients concernés."]
    back_to(qtbot, view)
    assert (
        form.numerator.text(),
        form.denominator.text(),
        form.source.text(),
        form.comment.text(),
    ) == ("3", "0", "Requête du logiciel", "À revoir avec le secrétariat")
    assert form.period.currentData() == dt.date(2026, 6, 1)
    assert series(ctx, pid) == []
    answer_next_box(qtbot, QMessageBox.StandardButton.Ok, seen)
    type_counts(form, "12", "10")
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1] == "Le numérateur (12) dépasse le dénominateur (10)."
    back_to(qtbot, view)
    type_counts(form, "9", "10")
    qtbot.waitUntil(lambda: len(series(ctx, pid)) == 1)
    assert (form.source.text(), form.comment.text()) == ("Requête du logiciel", "")


def test_a_value_a_correction_and_a_removal(qtbot, ctx) -> None:
    view, pid = open_page(qtbot, ctx)
    page, form = view.protocol_page, view.protocol_page.form
    page.select_indicator(QUARTERLY)
    assert form.value_mode.isChecked()  # a target in days: a value, not a count
    assert form.period.currentText() == "T2 2026 — à saisir"
    type_text(form.value, "12,5")
    QTest.keyClick(form.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(series(ctx, pid, QUARTERLY)) == 1)
    assert page.model.index(0, page.model.COL_VALUE).data() == "12,5"
    page.measurements.setFocus()
    page.measurements.selectRow(0)
    QTest.mouseClick(page.edit_button, LEFT)
    assert form.editing is not None and form.value.text() == "12,5"
    assert form.save_button.text() == "Enregistrer la modification"
    QTest.keyClick(form.value, Qt.Key.Key_Escape)  # leaves the correction, not the page
    assert form.editing is None and form.value.text() == ""
    assert view.currentWidget() is page and page.measurements.hasFocus()
    QTest.keyClick(page.measurements, Qt.Key.Key_Return)  # the selected row, corrected
    assert form.editing is not None and form.value.text() == "12,5"
    form.value.clear()
    type_text(form.value, "9")
    QTest.keyClick(form.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: series(ctx, pid, QUARTERLY) == [(dt.date(2026, 4, 1), None, None, 9.0)])
    assert form.editing is None and form.save_button.text() == "Enregistrer la mesure"
    seen: list[str] = []
    page.measurements.selectRow(0)
    answer_next_box(qtbot, QMessageBox.StandardButton.No, seen)
    QTest.mouseClick(page.remove_button, LEFT)
    assert seen == [f"Supprimer la mesure de T2 2026 de « {QUARTERLY} » ?"]
    assert len(series(ctx, pid, QUARTERLY)) == 1
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    page.measurements.selectRow(0)
    QTest.mouseClick(page.remove_button, LEFT)
    qtbot.waitUntil(lambda: series(ctx, pid, QUARTERLY) == [])
    assert page.model.rowCount() == 0


def test_cycles_are_listed_and_open_in_the_cycle_dialog(qtbot, ctx, monkeypatch) -> None:
    view, pid = open_page(qtbot, ctx)
    page = view.protocol_page
    cid, changes = cycles.plan_cycle(
        ctx.db,
        ctx.actor,
        pid,
        CycleInput(aim="Relancer les patients sans HbA1c", do_start=dt.date(2026, 9, 1)),
    )
    ctx.notify(changes)  # as the cycle dialog does through run_op
    assert page.cycles_model.rowCount() == 1  # refreshed from the hub
    assert [page.cycles_model.index(0, c).data() for c in range(4)] == [
        "1",
        "Tester (Do)",
        "Relancer les patients sans HbA1c",
        "depuis le 01/09/2026",
    ]
    opened: list[tuple] = []
    monkeypatch.setattr(
        "ui.quality.protocol_page.open_cycle_dialog",
        lambda c, p, cycle, parent: opened.append((p, cycle)),
    )
    QTest.mouseClick(page.new_cycle_button, LEFT)
    page.cycles.setFocus()
    page.cycles.setCurrentIndex(page.cycles_model.index(0, 0))
    QTest.keyClick(page.cycles, Qt.Key.Key_Return)
    assert opened == [(pid, None), (pid, cid)]


def test_a_page_for_a_protocol_without_indicators(qtbot, ctx) -> None:
    pid, _vid, _ = protocols.create_protocol(ctx.db, ctx.actor, "VIDE-01", "Sans indicateur")
    view = make_view(qtbot, ctx)
    assert view.overview.model.index(0, 2).data() == "aucun indicateur"
    view.open_protocol(pid)
    page = view.protocol_page
    assert not page.form.isEnabled() and not page.p_chart.isEnabled()
    assert "n'a pas d'indicateur" in page.definition.text()


def test_main_window_ctrl_9_the_editor_menu_and_a_long_title_fit_1280(qtbot, ctx) -> None:
    from ui.main_window import MainWindow

    pid = make_protocol(
        ctx,
        "ICC-01",
        "Insuffisance cardiaque : suivi partagé entre médecin, "
        "infirmière, pharmacien et kinésithérapeute après une hospitalisation",
    )
    w = MainWindow(ctx)
    show_active(qtbot, w)
    item = w.nav.item(w._page_keys.index("quality"))
    assert (item.text(), item.toolTip()) == ("Qualité", "Ctrl+9")
    qtbot.keyClick(w, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == "quality" and w.quality.currentWidget() is w.quality.overview
    w.open_quality(pid)
    page = w.quality.protocol_page
    assert w.quality.currentWidget() is page and page.protocol_id == pid
    assert w.minimumSizeHint().width() <= 1280
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: page.chart.height() >= 220)
    page.grab().save("/tmp/shots-qui/ui-long-title.png")
    QTest.keyClick(page.indicator, Qt.Key.Key_Escape)
    assert w.quality.currentWidget() is w.quality.overview
    (menu,) = [a.menu() for a in w.menuBar().actions() if a.text() == "&Protocole"]
    (action,) = menu.actions()
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Ok, seen)
    action.trigger()  # no protocol open in the editor yet
    assert seen and seen[0].startswith("Ouvrez d'abord un protocole")
    w.open_version(protocols.create_protocol(ctx.db, ctx.actor, "ZZ-01", "Autre")[1])
    action.trigger()
    assert w.current_page() == "quality" and page.title.text() == "Qualité — ZZ-01 Autre"


def test_the_read_only_copy_has_no_quality_page(qtbot, ctx) -> None:
    from ui.main_window import MainWindow

    ctx.read_only_note = "Copie locale de consultation"
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert "quality" not in w._page_keys and w.quality is None
    (menu,) = [a.menu() for a in w.menuBar().actions() if a.text() == "&Protocole"]
    assert not menu.actions()[0].isEnabled()


def test_signals_are_counted_beside_the_chart(qtbot, ctx) -> None:
    from protoedit.quality import measurements, periods
    from protoedit.quality.measurements import MeasurementInput

    pid = make_protocol(ctx)
    start = dt.date(2025, 11, 1)
    for n, numerator in enumerate([5] * 6 + [9] * 6):  # six months low, then six high
        measurements.record_measurement(
            ctx.db,
            ctx.actor,
            pid,
            MeasurementInput(MONTHLY, periods.shift("month", start, n), numerator, 10),
            today=TODAY,
        )
    view = make_view(qtbot, ctx)
    view.open_protocol(pid)
    page = view.protocol_page
    iq = page.current_indicator()
    assert iq is not None and [s.kind for s in iq.signals] == ["shift", "too_few_runs", "shift"]
    assert page.signals.text() == "3 signaux : voir le texte sous le graphique."
    assert len(page.chart.spec().points) == 12
    assert view.overview.model.index(0, view.overview.model.COL_SIGNALS).data() == "3"


def test_a_value_of_a_percent_indicator_is_typed_in_percent(qtbot, ctx) -> None:
    view, pid = open_page(qtbot, ctx)
    page, form = view.protocol_page, view.protocol_page.form
    assert page.indicator.currentData() == MONTHLY  # target "≥ 80 %"
    QTest.mouseClick(form.value_mode, LEFT, pos=form.value_mode.rect().center())
    assert form.value.isEnabled() and not form.numerator.isEnabled()
    assert form.value_label.text() == "Valeur (%)"
    type_text(form.value, "72,5")
    QTest.keyClick(form.value, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(series(ctx, pid)) == 1)
    assert series(ctx, pid) == [(dt.date(2026, 6, 1), None, None, 0.725)]
    assert page.model.index(0, page.model.COL_VALUE).data() == "72,5 %"
    page.measurements.setFocus()
    page.measurements.selectRow(0)
    QTest.keyClick(page.measurements, Qt.Key.Key_Return)
    assert form.value_mode.isChecked() and form.value.text() == "72,5"
