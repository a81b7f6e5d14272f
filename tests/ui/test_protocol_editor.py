"""Writing a whole protocol as a team would: keyboard, accents, steps, matrix, undo, autosave,
submission, two approvals with PIN, revision and diff."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QInputDialog, QLineEdit

from protoedit.protocols.queries import get_version, versions_of
from tests.factories import add_pro, force_approved
from tests.ui.conftest import show_active, type_text
from ui.main_window import MainWindow
from ui.protocol.approval_dialog import ApprovalDialog
from ui.protocol.new_dialog import NewProtocolDialog


@pytest.fixture
def members(ctx):
    ids = {}
    for last, first, prof in (
        ("Bernard", "Loïc", "medecin_generaliste"),
        ("Faure", "Maëlle", "infirmier"),
        ("Gérard", "Inès", "pharmacien"),
    ):
        ids[prof] = add_pro(ctx.db, ctx.actor, last, prof, first, "1234")
    return ids


def edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    """Select a cell, start editing as F2 would, type, and press Enter."""
    index = table.model().index(row, col)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def wait_saved(qtbot, editor) -> None:
    qtbot.waitUntil(lambda: editor.saved_label.text().startswith("Enregistré"), timeout=5000)


def test_write_submit_approve_revise_and_diff(qtbot, ctx, members, monkeypatch) -> None:
    window = MainWindow(ctx)
    show_active(qtbot, window)
    dlg = NewProtocolDialog(ctx, window)
    qtbot.addWidget(dlg)
    dlg.blank.setChecked(True)
    type_text(dlg.code, "avk-01")
    type_text(dlg.title, "Suivi des patients sous anticoagulants oraux")
    dlg.accept()
    assert dlg.result() == NewProtocolDialog.DialogCode.Accepted
    window.open_version(dlg.version_id)
    ed = window.editor
    assert window.current_page() == "protocol"
    assert ed.steps.model.rowCount() == 6  # the skeleton is offered

    # 1. Theme and problem
    type_text(
        ed.identity.sections.fields["problem"].editor, "Hémorragies évitées ; INR non suivis œdème"
    )
    wait_saved(qtbot, ed)
    assert "Hémorragies" in get_version(ctx.db, dlg.version_id).content.section("problem")

    # Undo and redo across the editor
    type_text(ed.identity.sections.fields["questions"].editor, "Qui ajuste la dose ?")
    qtbot.keyClick(
        ed.identity.sections.fields["questions"].editor,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert ed.identity.sections.fields["questions"].text() == ""
    qtbot.keyClick(
        ed.identity.sections.fields["questions"].editor,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert ed.identity.sections.fields["questions"].text() == "Qui ajuste la dose ?"

    # 2. Working group: the GP and the nurse only (the pharmacist will be warned about)
    ed.path.setCurrentRow(1)
    for i in range(ed.group.people.count()):
        item = ed.group.people.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in (
            members["medecin_generaliste"],
            members["infirmier"],
        ):
            item.setCheckState(Qt.CheckState.Checked)

    # 3. Content
    ed.path.setCurrentRow(3)
    for key, text in (
        ("objectives", "Réduire les accidents hémorragiques"),
        ("inclusion", "Patients adultes sous AVK ou AOD"),
        ("alert_signs", "Saignement, chute : appeler le médecin le jour même"),
    ):
        type_text(ed.sections.fields[key].editor, text)

    # 4. Steps: keyboard editing, reordering, matrix
    ed.path.setCurrentRow(4)
    table = ed.steps.table
    edit_cell(qtbot, table, 0, 3, "Repérer les patients sous anticoagulant à l'officine")
    ed.steps.model.setData(ed.steps.model.index(0, 1), ["pharmacien", "infirmier"])
    edit_cell(qtbot, table, 1, 3, "Évaluer le risque hémorragique")
    ed.steps.model.setData(ed.steps.model.index(1, 1), ["medecin_generaliste"])
    for row in range(2, 6):
        edit_cell(qtbot, table, row, 3, f"Action {row + 1} à préciser")
        ed.steps.model.setData(ed.steps.model.index(row, 1), ["infirmier"])
    ed.steps.select(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.title for s in ed.steps.model.rows[:2]] == ["Évaluer", "Repérer"]
    qtbot.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert ed.steps.views.currentWidget() is ed.steps.matrix
    matrix = ed.steps.matrix
    headers = [matrix.horizontalHeaderItem(c).toolTip() for c in range(1, matrix.columnCount())]
    assert headers[0] == "Médecin généraliste" and "Pharmacien(ne)" in headers
    pharm = headers.index("Pharmacien(ne)") + 1
    assert matrix.horizontalHeaderItem(pharm).text() == "Pharm."
    assert matrix.item(1, 0).text().startswith("2. Repérer")
    assert matrix.item(1, pharm).text().startswith("✓ Repérer")

    # 5. Evaluation
    ed.path.setCurrentRow(5)
    ed.evaluation.indicators.insert_row(0)
    ed.evaluation.indicators.setData(ed.evaluation.indicators.index(0, 0), "Patients inclus")
    ed.evaluation.references.insert_row(0)
    ed.evaluation.references.setData(ed.evaluation.references.index(0, 0), "HAS, AVK, 2008")
    ed.evaluation.has_review.setChecked(True)
    wait_saved(qtbot, ed)
    saved = get_version(ctx.db, dlg.version_id)
    assert saved.code == "AVK-01"
    assert [s.title for s in saved.content.steps][:2] == ["Évaluer", "Repérer"]
    assert saved.content.indicators[0].name == "Patients inclus"

    # 6. Validation: a warning names the pharmacist absent from the group; submit
    ed.path.setCurrentRow(6)
    warnings = [
        ed.validation.problems.item(i).text() for i in range(ed.validation.problems.count())
    ]
    assert any("Pharmacien" in w for w in warnings)
    assert ed.validation.submit.isEnabled()
    qtbot.mouseClick(ed.validation.submit, Qt.MouseButton.LeftButton)
    assert get_version(ctx.db, dlg.version_id).status == "in_review"

    # Two approvers confirm with their PIN
    for signer in (members["medecin_generaliste"], members["infirmier"]):

        def fake_exec(self, signer=signer):
            self.who.setCurrentIndex(self.who.findData(signer))
            self.pin.setText("1234")
            return ApprovalDialog.DialogCode.Accepted

        monkeypatch.setattr(ApprovalDialog, "exec", fake_exec)
        qtbot.mouseClick(ed.validation.approve, Qt.MouseButton.LeftButton)
    approved = get_version(ctx.db, dlg.version_id)
    assert approved.status == "approved" and len(approved.approvals) == 2
    assert ed.identity.title.isReadOnly()

    # Revise, change a step, compare
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(lambda *a, **k: ("Retour de la réunion de mars", True)),
    )
    qtbot.mouseClick(ed.validation.revise, Qt.MouseButton.LeftButton)
    versions = versions_of(ctx.db, approved.protocol_id)
    assert [v.number for v in versions] == [1, 2] and versions[1].status == "draft"
    ed.path.setCurrentRow(4)
    edit_cell(qtbot, ed.steps.table, 0, 4, "Dans les 48 heures")
    ed.path.setCurrentRow(6)
    ed.flush()
    qtbot.mouseClick(ed.validation.diff_button, Qt.MouseButton.LeftButton)
    assert "Dans les 48 heures" in ed.validation.diff_view.toPlainText()


def test_presentation_mode_and_zoom(qtbot, ctx, members) -> None:
    from protoedit.protocols import lifecycle as protocols

    _pid, vid, _ = protocols.create_protocol(ctx.db, ctx.actor, "PLAI-01", "Plaies chroniques")
    window = MainWindow(ctx)
    show_active(qtbot, window)
    window.open_version(vid)
    base = window.font().pointSizeF()
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    assert window.isFullScreen() and not window.nav.isVisible()
    assert window.font().pointSizeF() >= base * 1.5
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    assert not window.isFullScreen() and window.nav.isVisible()


def test_export_pdf_off_thread_memo_and_print(qtbot, ctx, members, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from protoedit.protocols import lifecycle as protocols
    from protoedit.protocols.content import Content, Step
    from tests.export.pdftools import page_count, pdf_text

    content = Content(
        sections={"alert_signs": "Fièvre > 38,5 °C"},
        steps=[Step("Repérer", ["infirmier"], "", "Mesurer la glycémie", "Chaque matin")],
    )
    _pid, vid, _ = protocols.create_protocol(
        ctx.db, ctx.actor, "DIAB-01", "Diabète de type 2", "aci3", content
    )
    window = MainWindow(ctx)
    show_active(qtbot, window)
    window.open_version(vid)
    ed = window.editor
    out = tmp_path / "diab.pdf"
    with qtbot.waitSignal(ed.exporter.finished, timeout=20000) as sig:
        ed.export_pdf(str(out))
    assert sig.args == [str(out)]
    from pypdf import PdfReader

    assert "Mesurer la glycémie" in " ".join(pdf_text(out).split())
    assert "BROUILLON" in PdfReader(str(out)).pages[0].extract_text()
    assert ed.open_pdf_button.isVisible()
    memo = tmp_path / "memo.pdf"
    with qtbot.waitSignal(ed.exporter.finished, timeout=20000):
        ed.export_memo(str(memo), "infirmier")
    assert page_count(memo) == 1 and "Fièvre" in pdf_text(memo)
    # Cancel: no file written.
    cancelled = tmp_path / "cancelled.pdf"
    with qtbot.waitSignal(ed.exporter.cancelled, timeout=20000):
        task = ed.exporter.export(vid, str(cancelled))
        task.cancel()
    assert not cancelled.exists()
    # Direct printing through Qt's printing system (to a PDF printer here).
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert ed.exporter.print_version(vid, printer)
    assert "Mesurer la glycémie" in " ".join(pdf_text(printed).split())


# Issue 13 -------------------------------------------------------------------------------------

ORDINARY_STEPS = [
    (
        "Repérer",
        ["pharmacien", "infirmier"],
        "Repérer les patients sous anticoagulant à l'officine",
        "À chaque délivrance",
        "Questionnaire court",
        "Officine",
    ),
    (
        "Évaluer",
        ["medecin_generaliste"],
        "Évaluer le risque hémorragique et le suivi de l'INR",
        "Dans les 15 jours",
        "Score HAS-BLED",
        "Cabinet",
    ),
    (
        "Planifier",
        ["medecin_generaliste", "infirmier"],
        "Fixer la fréquence des contrôles d'INR",
        "À l'inclusion",
        "Carnet de suivi",
        "Cabinet",
    ),
    (
        "Intervenir",
        ["infirmier"],
        "Prélever l'INR au domicile et transmettre le résultat",
        "Selon le plan",
        "Messagerie sécurisée",
        "Domicile",
    ),
    (
        "Suivre",
        ["pharmacien"],
        "Vérifier l'observance et les interactions",
        "Chaque mois",
        "Entretien pharmaceutique",
        "Officine",
    ),
    (
        "Alerter",
        ["infirmier", "pharmacien"],
        "Appeler le médecin en cas de signe d'alerte",
        "Le jour même",
        "Téléphone",
        "",
    ),
]


def open_protocol(
    qtbot, ctx, title: str = "Suivi des patients sous anticoagulants oraux", steps: bool = True
) -> tuple[MainWindow, int]:
    from protoedit.protocols import lifecycle as protocols
    from protoedit.protocols.content import Content, Step

    content = Content(
        steps=[
            Step(t, who, "", what, when, how, where)
            for t, who, what, when, how, where in ORDINARY_STEPS
        ]
        if steps
        else []
    )
    _pid, vid, _ = protocols.create_protocol(ctx.db, ctx.actor, "AVK-01", title, "", content)
    window = MainWindow(ctx)
    show_active(qtbot, window)
    window.resize(1280, 800)
    window.open_version(vid)
    return window, vid


def key(qtbot, widget, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, mods)


CTRL = Qt.KeyboardModifier.ControlModifier


def test_redo_puts_the_cursor_after_the_redone_text(qtbot, ctx) -> None:
    """Defect 3: type "abc", undo, redo, type "X" gives "abcX" (not "Xabc" or "abXc")."""
    window, _vid = open_protocol(qtbot, ctx)
    ed = window.editor
    problem = ed.identity.sections.fields["problem"].editor
    type_text(problem, "abc")
    key(qtbot, problem, Qt.Key.Key_Z, CTRL)
    assert problem.toPlainText() == ""
    key(qtbot, problem, Qt.Key.Key_Y, CTRL)
    assert problem.toPlainText() == "abc"
    type_text(problem, "X")
    assert problem.toPlainText() == "abcX"


def test_undo_and_redo_go_back_to_the_field_of_the_change(qtbot, ctx) -> None:
    """Defect 3: the cursor lands in the field the change belongs to, at its end; a change in
    the middle of a text is undone and redone there."""
    window, _vid = open_protocol(qtbot, ctx)
    ed = window.editor
    problem = ed.identity.sections.fields["problem"].editor
    type_text(problem, "Des chutes")
    ed.take_snapshot()
    cursor = problem.textCursor()
    cursor.setPosition(4)  # "Des |chutes"
    problem.setTextCursor(cursor)
    type_text(problem, "hémorragies et des ")
    assert problem.toPlainText() == "Des hémorragies et des chutes"
    questions = ed.identity.sections.fields["questions"].editor
    type_text(questions, "Qui ?")
    ed.show_page_of(ed.sections)  # another stage, another field
    objectives = ed.sections.fields["objectives"].editor
    type_text(objectives, "Moins d'accidents")
    key(qtbot, objectives, Qt.Key.Key_Z, CTRL)
    key(qtbot, objectives, Qt.Key.Key_Z, CTRL)  # undoes "Qui ?": back on stage 1, in that field
    assert (
        ed.pages.currentWidget() is ed.identity
        and questions.hasFocus()
        and questions.toPlainText() == ""
    )
    key(qtbot, questions, Qt.Key.Key_Z, CTRL)  # undoes the insertion in the middle
    assert problem.hasFocus() and problem.toPlainText() == "Des chutes"
    assert problem.textCursor().position() == 4
    key(qtbot, problem, Qt.Key.Key_Y, CTRL)
    assert problem.toPlainText() == "Des hémorragies et des chutes"
    assert problem.textCursor().position() == len("Des hémorragies et des ")
    type_text(problem, "graves ")
    assert problem.toPlainText() == "Des hémorragies et des graves chutes"
    key(qtbot, problem, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # nothing to redo
    assert ed.undo_stack.canUndo()


def test_undo_in_the_step_panel_returns_to_that_step(qtbot, ctx) -> None:
    """Defect 3 with steps: undo shows the step's field in the panel, cursor at the change."""
    window, vid = open_protocol(qtbot, ctx)
    ed = window.editor
    ed.show_page_of(ed.steps)
    ed.steps.table.setCurrentIndex(ed.steps.model.index(2, 5))  # step 3, "Comment"
    ed.steps.table.setFocus()
    key(qtbot, ed.steps.table, Qt.Key.Key_Return)
    how = ed.steps.panel.editors["how"]
    assert how.hasFocus()
    how.moveCursor(how.textCursor().MoveOperation.End)
    type_text(how, " partagé")
    ed.steps.select(0)
    ed.steps.table.setFocus()
    key(qtbot, ed.steps.table, Qt.Key.Key_Z, CTRL)
    assert ed.steps.current_row() == 2 and how.hasFocus()
    assert how.toPlainText() == "Carnet de suivi"
    key(qtbot, how, Qt.Key.Key_Y, CTRL)
    assert how.toPlainText() == "Carnet de suivi partagé"
    assert how.textCursor().position() == len("Carnet de suivi partagé")


def test_open_protocol_page_with_nothing_open_says_how_to_open_one(qtbot, ctx) -> None:
    """Defect 5: no editable form (nothing typed there could be lost), no Submit to crash on;
    the page says how to open or create a protocol, and its buttons do it."""
    window = MainWindow(ctx)
    show_active(qtbot, window)
    window.resize(1280, 800)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    ed = window.editor
    assert window.current_page() == "protocol"
    assert ed.stack.currentWidget() is ed.empty
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit

    editable = [
        w
        for kind in (QLineEdit, QPlainTextEdit, QComboBox)
        for w in ed.findChildren(kind)
        if w.isVisible()
    ]
    assert editable == []
    assert not ed.validation.submit.isVisible()
    text = ed.empty.explanation.text()
    assert "Bibliothèque" in text and "Nouveau protocole" in text and "Ctrl+N" in text
    buttons = [b.text() for b in ed.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons == ["Ouvrir la bibliothèque", "Nouveau protocole…"]
    key(qtbot, ed, Qt.Key.Key_S, CTRL)  # saving or presenting with nothing open is harmless
    opened: list[NewProtocolDialog] = []

    def fake_exec(dlg):
        opened.append(dlg)
        return NewProtocolDialog.DialogCode.Rejected

    import pytest as _pytest

    with _pytest.MonkeyPatch.context() as mp:
        mp.setattr(NewProtocolDialog, "exec", fake_exec)
        qtbot.mouseClick(ed.empty.new_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    qtbot.mouseClick(ed.empty.library_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "library"


def test_step_panel_edits_a_long_multiline_comment(qtbot, ctx) -> None:
    """Defect 8: Enter on the table opens the step's field in the panel; several lines typed
    there reach the saved content; Ctrl+Enter goes back to the table; Ctrl+Maj+N adds a step
    and puts the cursor in its title."""
    window, vid = open_protocol(qtbot, ctx)
    ed = window.editor
    ed.show_page_of(ed.steps)
    table = ed.steps.table
    table.setFocus()
    table.setCurrentIndex(ed.steps.model.index(1, 5))  # step 2, column "Comment"
    key(qtbot, table, Qt.Key.Key_Return)
    how = ed.steps.panel.editors["how"]
    assert how.hasFocus() and how.toPlainText() == "Score HAS-BLED"
    how.selectAll()
    type_text(how, "Score HAS-BLED calculé à l'inclusion,")
    key(qtbot, how, Qt.Key.Key_Return)
    type_text(how, "puis revu à chaque événement hémorragique.")
    assert ed.steps.model.rows[1].how.count("\n") == 1
    key(qtbot, how, Qt.Key.Key_Tab)
    assert ed.steps.panel.editors["when"].hasFocus()
    key(qtbot, ed.steps.panel.editors["when"], Qt.Key.Key_Return, CTRL)
    assert table.hasFocus() and ed.steps.current_row() == 1
    wait_saved(qtbot, ed)
    saved = get_version(ctx.db, vid).content.steps[1].how
    assert saved == (
        "Score HAS-BLED calculé à l'inclusion,\npuis revu à chaque événement hémorragique."
    )
    key(qtbot, table, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    title = ed.steps.panel.editors["title"]
    assert ed.steps.model.rowCount() == 7 and ed.steps.current_row() == 2 and title.hasFocus()
    type_text(title, "Éduquer")
    key(qtbot, title, Qt.Key.Key_Escape)
    assert table.hasFocus() and ed.steps.model.rows[2].title == "Éduquer"


def test_step_panel_of_a_frozen_version_is_read_only(qtbot, ctx) -> None:
    window, _vid = open_protocol(qtbot, ctx)
    ed = window.editor
    ed.show_page_of(ed.steps)
    ed.set_read_only(True)
    ed.steps.select(1)
    panel = ed.steps.panel
    assert panel.editors["how"].isReadOnly() and panel.editors["title"].isReadOnly()
    assert not panel.editors["professions"].isEnabled()
    ed.set_read_only(False)
    assert panel.editors["professions"].isEnabled() and not panel.editors["how"].isReadOnly()


def test_heading_is_one_elided_line_at_1280(qtbot, ctx) -> None:
    """Defect 9: a long title does not wrap the heading; the full title is in its tooltip."""
    long_title = (
        "Suivi pluriprofessionnel des patients adultes sous anticoagulants oraux "
        "(AVK et AOD) en ville, de l'officine au domicile"
    )
    window, _vid = open_protocol(qtbot, ctx, long_title)
    ed = window.editor
    heading = ed.heading
    line = heading.fontMetrics().lineSpacing()
    assert heading.height() < 2 * line * heading.scale
    assert heading.is_elided() and heading.shown_text().startswith("AVK-01 v1 — Suivi")
    assert long_title in heading.toolTip()
    assert window.minimumSizeHint().width() <= 1280 and window.minimumSizeHint().height() <= 800


def test_presentation_mode_shows_five_ordinary_steps(qtbot, ctx) -> None:
    """Defect 9: in presentation mode (F11, type x1.5) at 1280x800 the steps table shows at
    least five ordinary steps whole."""
    window, _vid = open_protocol(qtbot, ctx)
    ed = window.editor
    ed.show_page_of(ed.steps)
    ed.steps.table.setFocus()
    key(qtbot, ed, Qt.Key.Key_F11)
    window.setGeometry(0, 0, 1280, 800)  # the offscreen screen is 800 pixels wide
    qtbot.waitUntil(lambda: window.size().width() == 1280)
    QApplication.processEvents()
    table = ed.steps.table
    heights = [table.rowHeight(r) for r in range(5)]
    assert table.viewport().height() >= sum(heights)
    assert table.rowViewportPosition(4) + table.rowHeight(4) <= table.viewport().height()
    assert ed.heading.height() < 2 * ed.heading.fontMetrics().lineSpacing() * ed.heading.scale
    key(qtbot, ed, Qt.Key.Key_F11)
    assert ed.steps.panel.isVisible()


def test_restart_reopens_the_open_protocol(qtbot, ctx) -> None:
    """Defect 12: the open version is remembered on this PC; a version that is gone since
    leaves the empty page, without an error."""
    from protoedit.settings import Settings
    from ui.context import AppContext

    window, vid = open_protocol(qtbot, ctx)
    window.close()
    again = MainWindow(AppContext(db=ctx.db, settings=Settings.load(), actor=ctx.actor))
    show_active(qtbot, again)
    assert "protocol" not in again._built  # built when shown, not at start-up
    qtbot.keyClick(again, Qt.Key.Key_3, CTRL)
    assert again.editor.version is not None and again.editor.version.version_id == vid
    assert again.editor.stack.currentWidget() is again.editor.form
    again.close()
    gone = Settings.load()
    gone.open_version_id = vid + 1000
    third = MainWindow(AppContext(db=ctx.db, settings=gone, actor=ctx.actor))
    show_active(qtbot, third)
    third.show_page("protocol")
    assert third.editor.version is None and third.editor.stack.currentWidget() is third.editor.empty
    assert gone.open_version_id is None


def test_a_revision_opened_elsewhere_shows_in_the_editor(qtbot, ctx) -> None:
    """The editor refreshes from the hub: a revision opened from the decisions board (or a PDSA
    cycle) while v1 is shown disables "Réviser" and lists v2, shown or hidden."""
    import datetime as dt

    from protoedit.protocols import lifecycle as protocols

    window, vid = open_protocol(qtbot, ctx)
    # approved by the team, as the journeys do it
    force_approved(ctx.db, ctx.actor, vid, dt.datetime(2026, 1, 5), "approve")
    ed = window.editor
    ed.open_version(vid)
    assert ed.validation.revise.isEnabled()
    _v2, changes = protocols.revise(ctx.db, ctx.actor, ed.version.protocol_id, "Décidé en réunion")
    ctx.notify(changes)  # what run_op does for the screen that opened it
    assert not ed.validation.revise.isEnabled()
    assert ed.validation.history.count() == 2
    window.show_page("library")  # hidden: refreshed when shown again
    ctx.notify(changes)
    window.show_page("protocol")
    assert not ed.validation.revise.isEnabled()
