"""The "Code personnel" group of the professional form: set, change, reset, typed as a user."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from protoedit import team
from protoedit.ops import Actor
from tests.factories import stored_professional
from tests.ui.conftest import type_text
from ui.team.view import TeamView


def make_view(qtbot, ctx) -> TeamView:
    view = TeamView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def add(ctx, last: str, profession: str) -> int:
    pid, _ = team.add_professional(
        ctx.db,
        ctx.actor,
        team.ProfessionalInput(last_name=last, first_name="Jo", profession=profession),
    )
    return pid


def select(view: TeamView, pid: int) -> None:
    view.table.selectRow(view.professional_ids().index(pid))
    assert view.form.current_id == pid


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def code_of(ctx, pid: int):
    return stored_professional(ctx.db, pid)


def answer_next_box(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_new_card_must_be_saved_before_its_code(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    box = view.form.pin_box
    assert not box.apply_button.isEnabled() and not box.new.code.isEnabled()
    assert "Enregistrez d'abord la fiche" in box.info.text()


def test_set_code_with_confirmation_then_change_it(qtbot, ctx) -> None:
    pid = add(ctx, "Durand", "medecin_generaliste")
    view = make_view(qtbot, ctx)
    select(view, pid)
    box = view.form.pin_box
    assert box.apply_button.text() == "Définir le code personnel"
    assert not box.current.isVisible()
    assert box.new.code.edit.echoMode() == QLineEdit.EchoMode.Password
    assert view.model.index(0, view.model.COL_CODE).data() == "à définir"
    type_text(box.new.code.edit, "4826")
    type_text(box.new.confirm.edit, "4827")
    click(qtbot, box.apply_button)
    assert "ne correspond pas" in box.new.confirm.error.text()
    assert code_of(ctx, pid).pin_hash == ""
    box.new.clear()
    type_text(box.new.code.edit, "12")
    type_text(box.new.confirm.edit, "12")
    click(qtbot, box.apply_button)
    assert "4 à 12 chiffres" in box.new.code.error.text()
    box.new.clear()
    type_text(box.new.code.edit, "4826")
    type_text(box.new.confirm.edit, "4826")
    click(qtbot, box.apply_button)
    assert team.pin_matches(code_of(ctx, pid), "4826")
    assert box.status.text() == "Code personnel défini."
    assert box.current.isVisible() and box.apply_button.text() == "Changer le code"
    assert box.new.code.text() == "" and box.new.confirm.text() == ""  # never left on screen
    assert view.model.index(0, view.model.COL_CODE).data() == "défini"
    # Changing: a wrong current code is refused next to its field.
    type_text(box.current.edit, "0000")
    type_text(box.new.code.edit, "9753")
    type_text(box.new.confirm.edit, "9753")
    click(qtbot, box.apply_button)
    assert "incorrect" in box.current.error.text()
    assert team.pin_matches(code_of(ctx, pid), "4826")
    box.current.edit.clear()
    type_text(box.current.edit, "4826")
    box.new.confirm.edit.setFocus()
    qtbot.keyClick(box.new.confirm.edit, Qt.Key.Key_Return)  # Enter applies
    assert team.pin_matches(code_of(ctx, pid), "9753")
    assert box.status.text() == "Code personnel changé."


def test_code_change_keeps_unsaved_fields_and_saving_still_works(qtbot, ctx) -> None:
    pid = add(ctx, "Durand", "medecin_generaliste")
    view = make_view(qtbot, ctx)
    select(view, pid)
    form = view.form
    type_text(form.phone.edit, "04 76 00 00 00")
    type_text(form.pin_box.new.code.edit, "4826")
    type_text(form.pin_box.new.confirm.edit, "4826")
    click(qtbot, form.pin_box.apply_button)
    assert form.phone.text() == "04 76 00 00 00"  # typed, not yet saved: still there
    click(qtbot, form.save_button)  # no conflict with the code's own revision bump
    assert form.status.text() == "Enregistré."
    pro = code_of(ctx, pid)
    assert pro.phone == "04 76 00 00 00" and team.pin_matches(pro, "4826")


def doctor_card_seen_by(qtbot, ctx, last: str):
    """A coordinator, a GP with a code and a nurse; the GP's card shown to `last`."""
    ids = {
        name: add(ctx, name, prof)
        for name, prof in (
            ("Blanc", "coordinateur"),
            ("Durand", "medecin_generaliste"),
            ("Roux", "infirmier"),
        )
    }
    team.set_pin(ctx.db, ctx.actor, ids["Durand"], "4826")
    ctx.actor = Actor(ids[last], f"Jo {last}")
    view = make_view(qtbot, ctx)
    select(view, ids["Durand"])
    return view, ids


def test_coordinator_resets_a_forgotten_code_after_confirming(qtbot, ctx) -> None:
    view, ids = doctor_card_seen_by(qtbot, ctx, "Blanc")
    doctor = ids["Durand"]
    box = view.form.pin_box
    assert box.reset_button.isVisible() and box.reset_button.isEnabled()
    seen: list[str] = []
    answer_next_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    click(qtbot, box.reset_button)
    assert team.pin_matches(code_of(ctx, doctor), "4826")
    answer_next_box(qtbot, QMessageBox.StandardButton.Yes, seen)
    click(qtbot, box.reset_button)
    assert "Jo Durand devra en définir un nouveau" in seen[-1] and "Jo Blanc" in seen[-1]
    assert code_of(ctx, doctor).pin_hash == ""
    assert "réinitialisé" in box.status.text()
    assert box.apply_button.text() == "Définir le code personnel"


def test_reset_offered_to_the_coordinator_only(qtbot, ctx) -> None:
    view, ids = doctor_card_seen_by(qtbot, ctx, "Roux")
    nurse = ids["Roux"]
    box = view.form.pin_box
    assert box.reset_button.isVisible() and not box.reset_button.isEnabled()
    assert "la coordination (Jo Blanc)" in box.reset_info.text()
    select(view, nurse)
    assert not box.reset_button.isVisible()  # no code yet: nothing to reset
