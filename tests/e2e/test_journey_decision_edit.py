"""Journey: during a meeting, the secretary corrects a mistyped decision with F2 instead of
deleting it and typing it again; the closed minutes' PDF shows the corrected decision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from protoedit.meetings.queries import get_meeting
from tests.e2e.journey import Journey, pdf_text

# The file dialog's name completer pops up while a path is typed; the offscreen platform cannot
# raise it or let it grab the keyboard, and says so (a real display does not).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    extend=True,
)
SHOTS = Path("/tmp/shots-decision-edit")
MISTYPED = "Relancer le laboratoir pour les résultats"
CORRECTED = "Relancer le laboratoire pour les résultats d'HbA1c"


def shot(journey: Journey, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    journey.screenshot(name).replace(SHOTS / f"{name}.png")


def prepare_and_hold(journey: Journey, screen) -> None:
    """A meeting with one item, dated a month back (the default date is ahead), marked held."""
    before = screen.before
    journey.type(before.form.title_edit.edit, "RCP de l'équipe")
    journey.click(before.form.save_button)
    journey.click(before.add_button)
    journey.qtbot.waitUntil(before.item_dialog.isVisible)
    form = before.item_form
    journey.choose(form.kind, "Organisation")
    journey.type(form.theme.edit, "Résultats de laboratoire")
    journey.click(form.save_button)
    journey.click(before.item_dialog.close_button)
    assert before.agenda.rowCount() == 1
    starts_at = before.form.starts_at
    starts_at.setFocus()
    journey.key(starts_at, "Home")
    journey.key(starts_at, "/")
    journey.key(starts_at, "Down")
    journey.click(before.form.save_button)
    assert screen.meeting.starts_at.date() < dt.date.today()
    journey.click(screen.held_button)


def test_journey_decision_edit(journey: Journey, tmp_path: Path) -> None:
    window = journey.first_start("Martin", "Élise", "Infirmier(ère) (IDE)")
    window.resize(1280, 800)
    journey.key(None, "Ctrl+6")
    meetings_view = window.page("meetings")
    journey.click(meetings_view.new_button)
    screen = meetings_view.meeting_screen
    prepare_and_hold(journey, screen)

    journey.click_tab(screen.tabs, "Pendant : compte rendu")
    during = screen.during
    journey.click_row(during.items, 1)  # row 0: follow-up of earlier decisions
    box = during.panel.decisions
    journey.type(box.text, MISTYPED)
    journey.choose(box.owner, "Élise Martin")
    journey.type_date(box.due, "15/01/2027")
    journey.key(box.text, "Return")
    assert box.model.rowCount() == 1 and box.status.text() == "Décision ajoutée."

    # The typo is seen: F2 on the decision brings it back into the entry line.
    journey.click_row(box.table, 0)
    journey.key(box.table, "F2")
    assert box.text.text() == MISTYPED and box.text.hasFocus()
    assert box.add_button.text() == "Enregistrer la modification"
    journey.key(box.text, "Ctrl+A")
    journey.type(box.text, CORRECTED)
    journey.type_date(box.due, "31/01/2027")
    shot(journey, "decision-editing")
    assert box.cancel_button.isVisible()
    assert box.text.width() >= box.width() * 0.9  # the action has the whole line
    assert box.add_button.width() >= box.add_button.sizeHint().width()
    assert box.cancel_button.width() >= box.cancel_button.sizeHint().width()
    journey.key(box.text, "Return")
    assert box.status.text() == "Décision modifiée." and box.text.text() == ""
    assert box.add_button.text() == "Ajouter" and not box.cancel_button.isVisible()
    assert box.model.rowCount() == 1
    assert [box.model.index(0, c).data() for c in range(3)] == [
        CORRECTED,
        "Élise Martin",
        "31/01/2027",
    ]
    shot(journey, "decision-edited")

    journey.when_modal(lambda dlg: journey.click_ok(dlg))  # "close now?" yes
    journey.click(screen.close_button)
    journey.wait_modal_done()
    assert get_meeting(journey.ctx.db, screen.meeting.id).status == "closed"
    assert not box.edit_button.isEnabled() and not box.text.isEnabled()

    minutes_pdf = tmp_path / "compte-rendu.pdf"
    journey.click_tab(screen.tabs, "Après : clôture")
    journey.save_file_as(minutes_pdf)
    with journey.qtbot.waitSignal(screen.exporter.finished, timeout=30_000):
        journey.click(screen.after.export_button)
    journey.wait_modal_done()
    minutes = " ".join(pdf_text(minutes_pdf).split())
    assert f"{CORRECTED} Élise Martin 31/01/2027 en cours" in minutes, minutes
    assert "laboratoir " not in minutes and "15/01/2027" not in minutes
