"""The Team screen driven as a user would: typing (accents too), validation messages, saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from protoedit import team
from protoedit.store.models import AuditEvent
from tests.helpers import finess, rpps, siret
from tests.ui.conftest import type_text
from ui.team.view import TeamView


def make_view(qtbot, ctx) -> TeamView:
    view = TeamView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def test_add_professional_with_accents_and_rpps(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    form = view.form
    type_text(form.last_name.edit, "Lefèvre-Crœux")
    type_text(form.first_name.edit, "Hélène")
    form.profession.setCurrentIndex(form.profession.findData("infirmier"))
    type_text(form.rpps.edit, rpps(7))
    assert not form.rpps.error.isVisible()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    pros = team.list_professionals(ctx.db)
    assert [(p.last_name, p.first_name, p.rpps) for p in pros] == [
        ("Lefèvre-Crœux", "Hélène", rpps(7))
    ]
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "LEFÈVRE-CRŒUX Hélène"
    with ctx.db.read() as s:
        ev = s.scalars(select(AuditEvent)).one()
    assert ev.actor_name == "Élise Martin"


def test_bad_rpps_shows_message_next_to_field_and_saves_nothing(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    form = view.form
    type_text(form.last_name.edit, "Durand")
    form.profession.setCurrentIndex(form.profession.findData("medecin_generaliste"))
    bad = rpps(3)[:-1] + str((int(rpps(3)[-1]) + 1) % 10)
    type_text(form.rpps.edit, bad)
    assert form.rpps.error.isVisible()
    assert "clé de contrôle" in form.rpps.error.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert team.list_professionals(ctx.db) == []
    assert "Corrigez" in form.status.text()


def test_missing_profession_is_reported(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    type_text(view.form.last_name.edit, "Sans")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert view.form.profession_error.isVisible()
    assert team.list_professionals(ctx.db) == []


def test_edit_professional_then_deactivate(qtbot, ctx) -> None:
    pid, _ = team.add_professional(
        ctx.db,
        ctx.actor,
        team.ProfessionalInput(last_name="Petit", first_name="Zoé", profession="pharmacien"),
    )
    view = make_view(qtbot, ctx)
    view.table.selectRow(0)
    assert view.form.current_id == pid
    view.form.phone.edit.clear()
    type_text(view.form.phone.edit, "04 78 00 00 00")
    view.form.active.setChecked(False)
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    pro = team.get_professional(ctx.db, pid)
    assert pro.phone == "04 78 00 00 00" and pro.active is False
    assert view.model.index(0, 4).data() == "non"


def test_structure_form_validates_and_saves(qtbot, ctx) -> None:
    view = make_view(qtbot, ctx)
    st = view.structure
    type_text(st.name.edit, "MSP des Écrins")
    type_text(st.siret.edit, "12345678901234")
    st.siret.edit.editingFinished.emit()
    assert st.siret.error.isVisible()
    qtbot.mouseClick(st.save_button, Qt.MouseButton.LeftButton)
    assert team.get_structure(ctx.db) is None
    st.siret.edit.clear()
    type_text(st.siret.edit, siret(5))
    type_text(st.finess.edit, finess(2))
    st.kind.setCurrentIndex(st.kind.findData("CPTS"))
    type_text(st.legal_rep_name.edit, "Dr Aïcha Benoît")
    qtbot.mouseClick(st.save_button, Qt.MouseButton.LeftButton)
    saved = team.get_structure(ctx.db)
    assert (saved.name, saved.kind, saved.siret, saved.legal_rep_name) == (
        "MSP des Écrins",
        "CPTS",
        siret(5),
        "Dr Aïcha Benoît",
    )
    assert "enregistrée" in st.status.text()
