"""The personal code in the first-start dialog and the hint of the approval dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from protoedit import team
from protoedit.ops import Actor
from tests.factories import stored_professional
from tests.ui.conftest import show_active, type_text
from ui.first_start import WhoDialog
from ui.protocol.approval_dialog import ApprovalDialog

SETUP = Actor(None, "Installation")


def add(ctx, last: str, profession: str, pin: str = "") -> int:
    pid, _ = team.add_professional(
        ctx.db,
        SETUP,
        team.ProfessionalInput(last_name=last, first_name="Jo", profession=profession),
        pin=pin,
    )
    return pid


def who_dialog(qtbot, ctx) -> WhoDialog:
    dlg = WhoDialog(ctx)
    show_active(qtbot, dlg)
    return dlg


def fill_new_card(dlg: WhoDialog, code: str, confirmation: str) -> None:
    type_text(dlg.last_name.edit, "Martin")
    type_text(dlg.first_name.edit, "Élise")
    dlg.profession.setCurrentIndex(dlg.profession.findData("infirmier"))
    type_text(dlg.pin.code.edit, code)
    type_text(dlg.pin.confirm.edit, confirmation)
    dlg.accept()


def test_new_card_with_a_mismatched_then_good_code(qtbot, ctx) -> None:
    dlg = who_dialog(qtbot, ctx)
    assert dlg.pin_group.isVisible()
    fill_new_card(dlg, "4826", "4862")
    assert dlg.isVisible() and "ne correspond pas" in dlg.pin.confirm.error.text()
    assert team.list_professionals(ctx.db) == []
    dlg.pin.confirm.edit.clear()
    type_text(dlg.pin.confirm.edit, "4826")
    dlg.accept()
    (pro,) = team.list_professionals(ctx.db)
    assert not dlg.isVisible() and team.pin_matches(stored_professional(ctx.db, pro.id), "4826")
    assert ctx.actor == Actor(pro.id, "Élise Martin")


def test_bad_code_keeps_the_dialog_open_and_creates_nothing(qtbot, ctx) -> None:
    dlg = who_dialog(qtbot, ctx)
    fill_new_card(dlg, "12", "12")
    assert dlg.isVisible() and "4 à 12 chiffres" in dlg.pin.code.error.text()
    assert team.list_professionals(ctx.db) == []


def test_picking_a_card_without_code_offers_to_set_it(qtbot, ctx) -> None:
    coded = add(ctx, "Durand", "medecin_generaliste", pin="1357")
    plain = add(ctx, "Roux", "infirmier")
    dlg = who_dialog(qtbot, ctx)
    ids = [dlg.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dlg.people.count())]
    dlg.people.setCurrentRow(ids.index(coded))
    assert not dlg.pin_group.isVisible()  # already has one
    dlg.people.setCurrentRow(ids.index(plain))
    assert dlg.pin_group.isVisible() and "Jo Roux" in dlg.pin_group.title()
    type_text(dlg.pin.code.edit, "97531")
    type_text(dlg.pin.confirm.edit, "97531")
    dlg.accept()
    assert not dlg.isVisible()
    assert team.pin_matches(stored_professional(ctx.db, plain), "97531")
    assert ctx.actor.id == plain


def test_approval_dialog_says_where_a_missing_code_is_set(qtbot, ctx) -> None:
    add(ctx, "Durand", "medecin_generaliste", pin="1357")
    add(ctx, "Roux", "infirmier")
    dlg = ApprovalDialog(team.list_professionals(ctx.db), refuse=False)
    qtbot.addWidget(dlg)
    dlg.who.setCurrentIndex(1)  # Roux, no code
    assert "Jo Roux n'a pas encore de code personnel" in dlg.message.text()
    assert "écran Équipe" in dlg.message.text() and "« Code personnel »" in dlg.message.text()
    assert not dlg.ok_button.isEnabled()
    dlg.who.setCurrentIndex(0)
    assert dlg.ok_button.isEnabled() and "Code oublié" in dlg.message.text()
