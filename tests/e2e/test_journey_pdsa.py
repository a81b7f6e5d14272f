"""Journey (issue 17): a quality review in a meeting starts a PDSA cycle from a decision; the
cycle is planned, done, studied and adapted, and opens version 2 of the protocol in the editor."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from protoedit.protocols.queries import versions_of
from protoedit.quality import queries
from tests.e2e.journey import Journey
from tests.e2e.steps import edit_cell, first_start_with_code, stage
from tests.e2e.test_journey_meetings_aci import add_item, go, hold, type_date
from tests.e2e.test_journey_what_changed import (
    COORD,
    submit_and_sign,
    team_with_codes,
    write_blank_protocol,
)
from ui.quality.cycle_dialog import CycleDialog

SHOTS = Path("/tmp/shots-pdsa")
INDICATOR = "Patients diabétiques avec HbA1c mesurée"
DECISION = "Tester un rappel SMS"


def shot(journey: Journey, name: str, widget=None) -> None:
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(journey.screenshot(name, widget), SHOTS / f"journey-{name}.png")


def approved_protocol(journey: Journey) -> int:
    """A blank protocol with two steps and one indicator, signed by the GP and the nurse."""
    write_blank_protocol(
        journey,
        "DIAB-01",
        "Suivi du diabète de type 2",
        {
            "objectives": "Mesurer l'HbA1c de chaque patient diabétique",
            "inclusion": "Adultes diabétiques de type 2",
            "alert_signs": "Glycémie au-delà de 3 g/l : appeler le médecin",
        },
        [
            (
                "Repérer",
                "Lister les patients sans HbA1c récente",
                "Chaque mois",
                "Médecin généraliste",
            ),
            ("Suivre", "Prélever l'HbA1c à domicile", "Tous les 3 mois", "Infirmier(ère) (IDE)"),
        ],
    )
    ed = journey.window.editor
    stage(journey, ed, ed.evaluation)
    journey.click_button(ed.evaluation, "Ajouter")  # the first table: indicators
    table = ed.evaluation.tables[0]
    for column, text in ((0, INDICATOR), (2, "≥ 80 %"), (4, "Mensuelle")):
        edit_cell(journey, table, 0, column, text)
    submit_and_sign(journey)
    assert ed.version.status == "approved"
    return ed.version.protocol_id


def quality_review_meeting(journey: Journey) -> None:
    """Last week's meeting, a "Revue qualité" item on the protocol; held."""
    go(journey, "Réunions")
    screen = journey.window.meetings.meeting_screen
    journey.click(journey.window.meetings.new_button)
    day = dt.date.today() - dt.timedelta(days=7)
    type_date(journey, screen.before.form.starts_at, f"{day:%d/%m/%Y} 12:30")
    journey.click(screen.before.form.save_button)
    journey.click(screen.before.add_button)
    form = screen.before.item_form
    journey.choose(form.kind, "Revue qualité")
    assert form.protocol.isVisible()
    add_item(journey, "Indicateurs du diabète", protocol="DIAB-01 — Suivi du diabète de type 2")
    journey.click(screen.before.item_dialog.close_button)
    hold(journey)


def fill_cycle(journey: Journey, dlg: CycleDialog) -> None:
    """Plan, Do, Study, Act "adapter", then "Ouvrir une révision du protocole" (Yes: open it)."""
    assert (
        dlg.plan_tab.aim.toPlainText() == DECISION
        and dlg.stage.text() == "Étape : Planifier (Plan)"
    )
    indicator = dlg.plan_tab.indicators.item(0)
    assert indicator.text() == INDICATOR and indicator.checkState() == Qt.CheckState.Unchecked
    dlg.plan_tab.indicators.setFocus()
    dlg.plan_tab.indicators.setCurrentItem(indicator)
    journey.key(dlg.plan_tab.indicators, "Space")  # the cycle follows the protocol's indicator
    assert indicator.checkState() == Qt.CheckState.Checked
    journey.type(dlg.plan_tab.prediction, "80 % des patients avec une HbA1c en trois mois")
    journey.type(dlg.plan_tab.change, "Un SMS de rappel la veille du prélèvement")
    journey.type(dlg.plan_tab.who_when_where, "Secrétariat, de janvier à mars, au cabinet")
    shot(journey, "cycle-plan", dlg)
    journey.key(dlg.plan_tab.prediction, "Ctrl+PgDown")
    assert dlg.tabs.currentIndex() == 1
    journey.type_date(dlg.do_tab.do_start, "05/01/2026")
    journey.type_date(dlg.do_tab.do_end, "31/03/2026")
    journey.type(dlg.do_tab.do_notes, "112 SMS envoyés ; deux numéros erronés")
    journey.key(dlg.do_tab.do_notes, "Ctrl+S")
    assert dlg.stage.text() == "Étape : Tester (Do)"
    journey.key(dlg.do_tab.do_notes, "Ctrl+PgDown")
    journey.type(dlg.study_tab.study, "74 % contre 80 % prévus : progrès, cible non atteinte")
    shot(journey, "cycle-study", dlg)
    journey.key(dlg.study_tab.study, "Ctrl+PgDown")
    journey.click(dlg.act_tab.act_buttons["adapt"])
    journey.type(dlg.act_tab.act_notes, "Ajouter un second rappel une semaine après")
    shot(journey, "cycle-act", dlg)

    def open_it(box) -> None:
        assert isinstance(box, QMessageBox) and box.text().startswith("Le brouillon DIAB-01 v2")
        journey.click(box.button(QMessageBox.StandardButton.Yes))

    journey.when_modal(open_it)
    journey.click(dlg.act_tab.revision_button)


def test_journey_quality_review_starts_a_cycle_that_revises_the_protocol(journey: Journey) -> None:
    window = first_start_with_code(journey, "Martin", "Élise", "Coordinateur(trice)", COORD)
    team_with_codes(journey)
    pid = approved_protocol(journey)
    quality_review_meeting(journey)

    during = window.meetings.meeting_screen.during
    journey.click_tab(window.meetings.meeting_screen.tabs, "Pendant : compte rendu")
    journey.click_row(during.items, 1)
    panel = during.panel
    assert panel.title.text() == "1. Revue qualité : Indicateurs du diabète"
    assert panel.quality.isVisible() and panel.quality.no_cycle.isVisible()
    box = panel.decisions
    journey.type(box.text, DECISION)
    journey.key(box.text, "Return")
    assert box.pdsa_button.text() == "Lancer un cycle PDSA"
    shot(journey, "during-quality-review")

    journey.key(during.items, "F5")  # presentation: large type, the review still shown
    window.setGeometry(0, 0, 1280, 800)  # the offscreen screen is narrower than 1280
    journey.qtbot.waitUntil(lambda: window.width() == 1280)
    assert not window.nav.isVisible() and panel.quality.isVisible()
    shot(journey, "during-quality-review-presentation")
    journey.key(during.items, "F5")
    journey.qtbot.waitUntil(lambda: window.minimumSize().width() <= 1280)
    window.resize(1280, 800)

    journey.when_modal(lambda dlg: fill_cycle(journey, dlg), kind=CycleDialog)
    journey.click(box.pdsa_button)
    journey.wait_modal_done()

    # The new draft is open in the editor; its change note cites the cycle.
    (cycle,) = queries.protocol_quality(journey.ctx.db, pid).cycles
    assert (cycle.stage, cycle.act, cycle.aim) == ("closed", "adapt", DECISION)
    assert cycle.do_start == dt.date(2026, 1, 5) and cycle.study.startswith("74 %")
    assert window.current_page() == "protocol"
    ed = window.editor
    assert (ed.version.number, ed.version.status) == (2, "draft")
    assert ed.version.version_id == cycle.protocol_version_id
    assert ed.version.change_note == f"Révision issue du cycle PDSA 1 (adapter) : {DECISION}"
    assert [v.status for v in versions_of(journey.ctx.db, pid)] == ["approved", "draft"]
    assert cycle.indicators == [INDICATOR]
    assert (
        ed.validation.history.item(0)
        .text()
        .endswith(f"Révision issue du cycle PDSA 1 (adapter) : {DECISION}")
    )
    shot(journey, "editor-v2-from-cycle")

    # Back in the meeting, the decision's button now shows the cycle.
    go(journey, "Réunions")
    assert box.pdsa_button.text() == "Voir le cycle PDSA"
    assert queries.cycle_for_decision(journey.ctx.db, box.model.rows[0].id).id == cycle.id
