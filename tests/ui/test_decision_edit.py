"""Correcting a meeting decision in the "Décisions" box: F2 / Enter / double-click load it into
the entry line, Enter saves it, Escape gives up; refusals keep the typing; closed minutes freeze it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest

from protoedit import team
from protoedit.errors import ConflictError
from protoedit.meetings import agenda, decisions
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.decisions import DecisionInput
from protoedit.meetings.queries import get_meeting, list_meetings
from tests.factories import add_pro, new_meeting
from tests.ui.conftest import meetings_window, show_active, type_text
from ui.meetings.decisions_box import NO_DATE, DecisionsBox
from ui.meetings.view import MeetingsView

pytestmark = pytest.mark.usefixtures("no_dialogs")  # refusals recorded, never shown
WHEN = dt.datetime(2026, 4, 9, 12, 30)
LEFT = Qt.MouseButton.LeftButton


@dataclasses.dataclass
class Setup:
    meeting: int
    item: int
    doctor: int
    lab: int  # "Relancer le labo", the doctor, 30/04/2026
    leaflet: int  # "Livret d'accueil", a free name, no due date


@pytest.fixture
def setup(ctx) -> Setup:
    doctor = add_pro(ctx.db, ctx.actor, "Lefèvre", "medecin_generaliste", "Hélène")
    mid = new_meeting(ctx.db, ctx.actor, WHEN, title="RCP d'avril")
    item, _ = agenda.add_item(
        ctx.db, ctx.actor, mid, ItemInput(kind="organisation", theme="Laboratoire")
    )
    lab, _ = decisions.add_decision(
        ctx.db,
        ctx.actor,
        item,
        DecisionInput("Relancer le labo", owner_id=doctor, due_date=dt.date(2026, 4, 30)),
    )
    leaflet, _ = decisions.add_decision(
        ctx.db, ctx.actor, item, DecisionInput("Livret d'accueil", owner_name="Secrétariat")
    )
    return Setup(mid, item, doctor, lab, leaflet)


def open_box(qtbot, ctx, setup: Setup):
    """The main window at 1280×800 on the meeting's item, during the meeting; (view, box)."""
    _window, view = meetings_window(qtbot, ctx, setup.meeting)
    screen = view.meeting_screen
    screen.tabs.setCurrentWidget(screen.during)
    screen.during.select_item(setup.item)
    box = screen.during.panel.decisions
    assert box.model.rowCount() == 2
    return view, box


def click_row(box: DecisionsBox, row: int, double: bool = False) -> None:
    rect = box.table.visualRect(box.model.index(row, 0))
    click = QTest.mouseDClick if double else QTest.mouseClick
    if double:  # a double-click comes after a click
        QTest.mouseClick(box.table.viewport(), LEFT, pos=QPoint(rect.center()))
    click(box.table.viewport(), LEFT, pos=QPoint(rect.center()))


def decision(ctx, decision_id: int):
    """The decision as saved (the meeting read again)."""
    meeting = next(iter(list_meetings(ctx.db)))
    items = get_meeting(ctx.db, meeting.id).items
    return next(d for i in items for d in i.decisions if d.id == decision_id)


def adding_mode(box: DecisionsBox) -> bool:
    return (
        box.editing is None
        and box.add_button.text() == "Ajouter"
        and not box.cancel_button.isVisible()
        and box.text.text() == ""
        and box.owner.currentText() == ""
        and box.due.date() == NO_DATE
    )


def test_f2_loads_a_decision_and_enter_saves_the_correction(qtbot, ctx, setup, no_dialogs) -> None:
    _view, box = open_box(qtbot, ctx, setup)
    assert adding_mode(box) and not box.edit_button.isEnabled()
    assert "F2" in box.edit_button.toolTip() and "Échap" in box.cancel_button.toolTip()
    click_row(box, 0)
    assert box.edit_button.isEnabled()
    qtbot.keyClick(box.table, Qt.Key.Key_F2)
    assert box.editing is not None and box.editing.id == setup.lab
    assert (box.text.text(), box.owner.currentText(), box.due.date()) == (
        "Relancer le labo",
        "Hélène Lefèvre",
        QDate(2026, 4, 30),
    )
    assert box.add_button.text() == "Enregistrer la modification"
    assert box.cancel_button.isVisible() and box.text.hasFocus()

    box.text.selectAll()
    type_text(box.text, "Relancer le laboratoire d'analyses médicales")
    box.owner.lineEdit().selectAll()
    type_text(box.owner.lineEdit(), "Secrétariat")
    box.due.setDate(QDate(2026, 5, 15))
    box.text.setFocus()
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    saved = decision(ctx, setup.lab)
    assert (saved.text, saved.owner_id, saved.owner, saved.due_date) == (
        "Relancer le laboratoire d'analyses médicales",
        None,
        "Secrétariat",
        dt.date(2026, 5, 15),
    )
    assert adding_mode(box) and box.status.text() == "Décision modifiée."
    assert box.model.index(0, 0).data() == "Relancer le laboratoire d'analyses médicales"
    assert box.model.rowCount() == 2 and no_dialogs == []

    # Enter on a row loads it too; the owner given as a free name comes back as typed.
    box.table.setFocus()
    box.table.setCurrentIndex(box.model.index(1, 0))
    qtbot.keyClick(box.table, Qt.Key.Key_Return)
    assert box.editing is not None and box.editing.id == setup.leaflet
    assert (box.text.text(), box.owner.currentText(), box.due.date()) == (
        "Livret d'accueil",
        "Secrétariat",
        NO_DATE,
    )
    box.text.selectAll()
    type_text(box.text, "Livret d'accueil des internes")
    qtbot.mouseClick(box.add_button, LEFT)
    assert decision(ctx, setup.leaflet).text == "Livret d'accueil des internes"
    assert decision(ctx, setup.leaflet).owner == "Secrétariat"
    assert adding_mode(box)


def test_escape_and_cancel_leave_without_saving(qtbot, ctx, setup, no_dialogs) -> None:
    _view, box = open_box(qtbot, ctx, setup)
    click_row(box, 0, double=True)  # a double-click loads the decision
    assert box.editing is not None and box.editing.id == setup.lab
    box.text.selectAll()
    type_text(box.text, "Texte abandonné")
    qtbot.keyClick(box.text, Qt.Key.Key_Escape)
    assert adding_mode(box) and box.status.text() == "Modification annulée."
    assert decision(ctx, setup.lab).text == "Relancer le labo"

    click_row(box, 1)
    qtbot.mouseClick(box.edit_button, LEFT)
    assert box.editing is not None and box.editing.id == setup.leaflet
    qtbot.keyClick(box.due, Qt.Key.Key_Escape)  # from any field of the entry line
    assert adding_mode(box)

    click_row(box, 1)
    qtbot.keyClick(box.table, Qt.Key.Key_F2)
    qtbot.mouseClick(box.cancel_button, LEFT)
    assert adding_mode(box)
    # Back in adding mode, Enter adds a new decision again.
    type_text(box.text, "Nouvelle décision")
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    assert box.model.rowCount() == 3 and box.status.text() == "Décision ajoutée."
    assert decision(ctx, setup.leaflet).text == "Livret d'accueil" and no_dialogs == []


def test_a_refused_correction_keeps_what_was_typed(qtbot, ctx, setup, no_dialogs) -> None:
    _view, box = open_box(qtbot, ctx, setup)
    click_row(box, 0)
    qtbot.keyClick(box.table, Qt.Key.Key_F2)
    box.text.selectAll()
    type_text(box.text, "   ")
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    assert box.status.text() == (
        "Le texte de la décision est obligatoire. Votre saisie est gardée."
    )
    assert box.editing is not None and box.text.text() == "   " and box.text.hasFocus()
    assert box.owner.currentText() == "Hélène Lefèvre" and box.due.date() == QDate(2026, 4, 30)
    assert decision(ctx, setup.lab).text == "Relancer le labo" and no_dialogs == []

    # Another PC corrects it meanwhile: the save is refused as a conflict, the typing stays.
    other = decision(ctx, setup.lab)
    decisions.update_decision(
        ctx.db, ctx.actor, setup.lab, DecisionInput("Version de l'autre poste"), other.revision
    )
    box.text.selectAll()
    type_text(box.text, "Ma version")
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    assert [type(e) for e in no_dialogs] == [ConflictError]
    assert box.editing is not None and box.text.text() == "Ma version"
    assert "Votre saisie est gardée." in box.status.text()
    assert decision(ctx, setup.lab).text == "Version de l'autre poste"


def test_a_member_who_left_the_team_stays_the_owner(qtbot, ctx, setup, no_dialogs) -> None:
    pro = team.get_professional(ctx.db, setup.doctor)
    assert pro is not None
    inactive = dataclasses.replace(team.ProfessionalInput.of(pro), active=False)
    team.update_professional(ctx.db, ctx.actor, setup.doctor, inactive, pro.revision)
    _view, box = open_box(qtbot, ctx, setup)
    assert box.owner.findData(setup.doctor) < 0  # not offered for new decisions
    click_row(box, 0)
    qtbot.keyClick(box.table, Qt.Key.Key_F2)
    assert box.owner.currentText() == "Hélène Lefèvre"
    box.text.selectAll()
    type_text(box.text, "Relancer le laboratoire")
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    saved = decision(ctx, setup.lab)
    assert (saved.text, saved.owner_id) == ("Relancer le laboratoire", setup.doctor)
    assert no_dialogs == []


def test_closed_minutes_cannot_be_corrected(qtbot, ctx, setup, no_dialogs) -> None:
    view, box = open_box(qtbot, ctx, setup)
    click_row(box, 0)
    qtbot.keyClick(box.table, Qt.Key.Key_F2)
    type_text(box.text, " (en cours)")
    meetings.mark_held(ctx.db, ctx.actor, setup.meeting)
    ctx.notify(meetings.close_meeting(ctx.db, ctx.actor, setup.meeting))  # e.g. another PC
    qtbot.waitUntil(lambda: box.read_only)
    assert box.editing is None and not box.cancel_button.isVisible()
    assert not box.edit_button.isEnabled() and not box.text.isEnabled()
    click_row(box, 0)
    qtbot.keyClick(box.table, Qt.Key.Key_F2)
    click_row(box, 0, double=True)
    box.table.setFocus()
    qtbot.keyClick(box.table, Qt.Key.Key_Return)
    box.start_edit(box.selected())  # even called directly
    assert box.editing is None and box.add_button.text() == "Ajouter"
    assert decision(ctx, setup.lab).text == "Relancer le labo" and no_dialogs == []
    assert view.meeting_screen.meeting.status == "closed"


def assert_editing_fits(qtbot, box: DecisionsBox) -> None:
    click_row(box, 0)
    qtbot.keyClick(box.table, Qt.Key.Key_F2)
    buttons = (box.add_button, box.cancel_button, box.edit_button, box.remove_button)
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons))
    assert box.text.width() >= box.table.width() * 0.9
    assert box.table.viewport().height() >= 2 * box.table.rowHeight(0)
    qtbot.keyClick(box.text, Qt.Key.Key_Escape)


def test_editing_fits_1280x800_and_a_projected_screen(qtbot, ctx, setup) -> None:
    """The action has its own line, the buttons read whole, and the table still shows two
    decisions above the entry lines: in the main window, and in large type on the projector
    (the meetings screen alone on 1280×800, as in full screen)."""
    _view, box = open_box(qtbot, ctx, setup)
    assert_editing_fits(qtbot, box)
    view = MeetingsView(ctx)
    view.resize(1280, 800)
    show_active(qtbot, view)
    view.select(setup.meeting)
    screen = view.meeting_screen
    screen.tabs.setCurrentWidget(screen.during)
    screen.during.select_item(setup.item)
    screen.during.set_presentation(True)
    assert_editing_fits(qtbot, screen.during.panel.decisions)
