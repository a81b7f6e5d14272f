"""Journey: personal codes set from the screens (first start, Team form, coordinator reset),
then a protocol written, submitted and approved twice from the app with those codes."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from protoedit import team
from protoedit.protocols.queries import get_version, versions_of
from tests.e2e import steps
from tests.e2e.journey import Journey
from tests.e2e.steps import (
    add_professional,
    card,
    check_professions,
    edit_cell,
    nav,
    new_protocol,
    select_card,
    set_code,
    stage,
    submit,
)
from tests.helpers import rpps

SHOTS = Path("/tmp/shots-team-pin")
COORD_CODE, GP_CODE, GP_NEW_CODE, PHARM_CODE, PHARM_AFTER_RESET = (
    "482915",
    "1357",
    "97531",
    "2468",
    "8642",
)


def shot(journey: Journey, name: str, widget=None) -> None:
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(journey.screenshot(name, widget), SHOTS / f"journey_{name}.png")


def first_start_with_code(journey: Journey) -> None:
    steps.first_start_with_code(
        journey,
        "Martin",
        "Élise",
        "Coordinateur(trice)",
        COORD_CODE,
        on_dialog=lambda dlg: shot(journey, "first_start", dlg),
    )


def test_journey_team_codes_then_approve_from_the_app(journey: Journey) -> None:
    first_start_with_code(journey)
    ctx = journey.ctx
    assert team.pin_matches(card(journey, "Élise Martin"), COORD_CODE)

    # The Team screen: two professionals typed in, each given a code on the form.
    nav(journey, "Équipe")
    view = journey.window.page("team")
    add_professional(journey, view, "Lefèvre", "Hélène", "Médecin généraliste", rpps(11))
    box = view.form.pin_box
    assert box.apply_button.text() == "Définir le code personnel"
    set_code(journey, box, GP_CODE)
    assert box.status.text() == "Code personnel défini."
    add_professional(journey, view, "Benoît", "Aïcha", "Pharmacien(ne)", rpps(12))
    set_code(journey, box, PHARM_CODE)
    shot(journey, "team_form_code_set")

    # The GP changes hers: the current code first.
    select_card(journey, view, "Hélène Lefèvre")
    assert box.apply_button.text() == "Changer le code"
    set_code(journey, box, GP_NEW_CODE, current="0000")
    assert "incorrect" in box.current.error.text()
    box.current.edit.clear()  # the new code and its confirmation are still typed
    journey.type(box.current.edit, GP_CODE)
    journey.key(box.current.edit, "Return")
    assert box.status.text() == "Code personnel changé."

    # The pharmacist forgot hers: the coordinator (the PC's user) resets it, after confirming.
    select_card(journey, view, "Aïcha Benoît")
    shot(journey, "team_form_reset_offered")

    def confirm(dlg) -> None:
        assert isinstance(dlg, QMessageBox)
        assert "Aïcha Benoît devra en définir un nouveau" in dlg.text()
        shot(journey, "reset_confirmation", dlg)
        journey.click_ok(dlg)

    journey.when_modal(confirm)
    journey.click(box.reset_button)
    journey.wait_modal_done()
    assert "réinitialisé" in box.status.text()
    shot(journey, "team_form_after_reset")
    assert card(journey, "Aïcha Benoît").pin_hash == ""
    set_code(journey, box, PHARM_AFTER_RESET)  # she types a new one

    # Checked through the core only: the codes verify, the hashes are not the codes.
    expected = {
        "Élise Martin": COORD_CODE,
        "Hélène Lefèvre": GP_NEW_CODE,
        "Aïcha Benoît": PHARM_AFTER_RESET,
    }
    for name, code in expected.items():
        pro = card(journey, name)
        assert team.pin_matches(pro, code) and code not in pro.pin_hash
    assert not team.pin_matches(card(journey, "Hélène Lefèvre"), GP_CODE)
    assert not team.pin_matches(card(journey, "Aïcha Benoît"), PHARM_CODE)

    version_id = write_and_submit_protocol(journey)
    for name, code in (("Hélène Lefèvre", GP_NEW_CODE), ("Aïcha Benoît", PHARM_AFTER_RESET)):
        sign(journey, name, code)
    approved = get_version(ctx.db, version_id)
    assert approved.status == "approved"
    assert sorted(a.name for a in approved.approvals) == ["Aïcha Benoît", "Hélène Lefèvre"]


def write_and_submit_protocol(journey: Journey) -> int:
    def fill_new(dlg) -> None:
        journey.click(dlg.blank)
        journey.click(dlg.skeleton)  # no six-step skeleton: one step is enough here
        assert dlg.blank.isChecked() and not dlg.skeleton.isChecked()
        journey.type(dlg.code, "AVK-01")
        journey.type(dlg.title, "Suivi des patients sous anticoagulants oraux")
        journey.click_ok(dlg)

    new_protocol(journey, fill_new)
    ed = journey.window.editor
    stage(journey, ed, ed.sections)
    for key, text in (
        ("objectives", "Réduire les accidents hémorragiques"),
        ("inclusion", "Patients adultes sous AVK ou AOD"),
        ("alert_signs", "Saignement, chute : appeler le médecin le jour même"),
    ):
        journey.type(ed.sections.fields[key].editor, text)
    stage(journey, ed, ed.steps)
    journey.click(ed.steps.buttons["add"])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    journey.type(editor, "Repérer")
    journey.key(editor, "Return")
    table = ed.steps.table
    edit_cell(journey, table, 0, 3, "Lister les patients sous anticoagulant à l'officine")
    check_professions(journey, table, 0, ["Médecin généraliste", "Pharmacien(ne)"])
    stage(journey, ed, ed.validation)
    journey.qtbot.waitUntil(ed.validation.submit.isEnabled)
    shot(journey, "validation_before_submit")
    submit(journey)
    (version,) = versions_of(journey.ctx.db, ed.version.protocol_id)
    assert version.status == "in_review"
    return version.version_id


def sign(journey: Journey, name: str, code: str) -> None:
    steps.sign(journey, name, code, on_dialog=lambda dlg: shot(journey, f"approval_{code}", dlg))
