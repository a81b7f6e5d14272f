"""Writing a whole protocol as a team would: keyboard, accents, steps, matrix, undo, autosave,
submission, two approvals with PIN, revision and diff."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QInputDialog, QLineEdit

from protoedit import team
from protoedit.protocol_queries import get_version, versions_of
from tests.ui.conftest import show_active, type_text
from ui.main_window import MainWindow
from ui.protocol.approval_dialog import ApprovalDialog
from ui.protocol.new_dialog import NewProtocolDialog


@pytest.fixture
def members(ctx):
    ids = {}
    for last, first, prof in (("Bernard", "Loïc", "medecin_generaliste"),
                              ("Faure", "Maëlle", "infirmier"),
                              ("Gérard", "Inès", "pharmacien")):
        pid, _ = team.add_professional(ctx.db, ctx.actor, team.ProfessionalInput(
            last_name=last, first_name=first, profession=prof))
        team.set_pin(ctx.db, ctx.actor, pid, "1234")
        ids[prof] = pid
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
    type_text(ed.identity.sections.fields["problem"].editor, "Hémorragies évitées ; INR non suivis œdème")
    wait_saved(qtbot, ed)
    assert "Hémorragies" in get_version(ctx.db, dlg.version_id).content.section("problem")

    # Undo and redo across the editor
    type_text(ed.identity.sections.fields["questions"].editor, "Qui ajuste la dose ?")
    qtbot.keyClick(ed.identity.sections.fields["questions"].editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert ed.identity.sections.fields["questions"].text() == ""
    qtbot.keyClick(ed.identity.sections.fields["questions"].editor, Qt.Key.Key_Y,
                   Qt.KeyboardModifier.ControlModifier)
    assert ed.identity.sections.fields["questions"].text() == "Qui ajuste la dose ?"

    # 2. Working group: the GP and the nurse only (the pharmacist will be warned about)
    ed.path.setCurrentRow(1)
    for i in range(ed.group.people.count()):
        item = ed.group.people.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in (members["medecin_generaliste"], members["infirmier"]):
            item.setCheckState(Qt.CheckState.Checked)

    # 3. Content
    ed.path.setCurrentRow(3)
    for key, text in (("objectives", "Réduire les accidents hémorragiques"),
                      ("inclusion", "Patients adultes sous AVK ou AOD"),
                      ("alert_signs", "Saignement, chute : appeler le médecin le jour même")):
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
    warnings = [ed.validation.problems.item(i).text() for i in range(ed.validation.problems.count())]
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
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Retour de la réunion de mars", True)))
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
    from protoedit import protocols

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

    from protoedit import protocols
    from protoedit.content import Content, Step
    from tests.export.pdftools import page_count, pdf_text

    content = Content(sections={"alert_signs": "Fièvre > 38,5 °C"},
                      steps=[Step("Repérer", ["infirmier"], "", "Mesurer la glycémie", "Chaque matin")])
    _pid, vid, _ = protocols.create_protocol(ctx.db, ctx.actor, "DIAB-01", "Diabète de type 2", "aci3",
                                             content)
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
