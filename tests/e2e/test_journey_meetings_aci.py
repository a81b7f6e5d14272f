"""Journey: a year of concertation meetings prepared on screen, then the ACI view's criteria."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from protoedit.meetings import aci_contract
from protoedit.meetings.queries import get_meeting, list_meetings

SHOTS = Path("/tmp/shots-meetings-b")


def shot(journey, name: str, widget=None) -> None:
    """Keep a copy where the reviewer looks at them (never in the repository)."""
    path = journey.screenshot(name, widget)
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SHOTS / f"journey-{name}.png")


def add_professional(journey, last: str, first: str, profession: str) -> None:
    form = journey.window.team.form
    journey.click(form.new_button)
    journey.type(form.last_name.edit, last)
    journey.type(form.first_name.edit, first)
    journey.choose(form.profession, profession)
    journey.click(form.save_button)


def fits_1280x800(window, page) -> bool:
    """The page's size hints plus the window's own chrome (menus, search bar, navigation) fit.
    The window's hint is the largest of all built pages; other screens answer for theirs."""
    chrome_w = window.width() - window.pages.width()
    chrome_h = window.height() - window.pages.height()
    return all(
        h.width() + chrome_w <= 1280 and h.height() + chrome_h <= 800
        for h in (page.sizeHint(), page.minimumSizeHint())
    )


def go(journey, label: str) -> None:
    """Open a screen from the navigation list, as a user clicks it."""
    nav = journey.window.nav
    row = next(r for r in range(nav.count()) if nav.item(r).text().startswith(label))
    journey.click_row(nav, row)


def new_protocol(journey, code: str, title: str) -> None:
    def fill(dlg) -> None:
        dlg.blank.setFocus()
        journey.key(dlg.blank, "Space")  # a blank protocol: the suggested code and title go
        assert dlg.blank.isChecked() and dlg.code.text() == ""
        journey.type(dlg.code, code)
        journey.type(dlg.title, title)
        journey.click_ok(dlg)

    journey.when_modal(fill)
    journey.key(journey.window, "Ctrl+N")
    journey.wait_modal_done()


def type_date(journey, edit, text: str) -> None:
    """Type a date and time into a QDateTimeEdit as a user does: select the day (Home, then
    Shift+Right twice), then digits only; a full section moves on to the next."""
    edit.setFocus()
    for keys in ("Home", "Shift+Right", "Shift+Right"):
        journey.key(edit, keys)
    QTest.keyClicks(edit, "".join(ch for ch in text if ch.isdigit()))  # ASCII: real key codes
    assert edit.dateTime().toString("dd/MM/yyyy HH:mm") == text


def create_meeting(journey, when: str) -> None:
    view = journey.window.meetings
    journey.click(view.new_button)
    form = view.meeting_screen.before.form
    type_date(journey, form.starts_at, when)
    journey.click(form.save_button)


def hold(journey) -> None:
    journey.click(journey.window.meetings.meeting_screen.held_button)


def add_item(journey, theme: str, kind: str | None = None, **fields: str | bool) -> bool:
    """Fill and add one item; True when the full-name warning showed before adding."""
    form = journey.window.meetings.meeting_screen.before.item_form
    if kind is not None:
        journey.choose(form.kind, kind)
    journey.type(form.theme.edit, theme)
    for name, value in fields.items():
        widget = getattr(form, name)
        if isinstance(value, bool):
            journey.click(widget) if widget.isChecked() != value else None
        elif name == "protocol":
            journey.choose(widget, value)
        else:
            journey.type(widget.edit, value)
    warned = form.name_warning.isVisible()
    if warned:
        shot(
            journey,
            "item-full-name-warning",
            journey.window.meetings.meeting_screen.before.item_dialog,
        )
    journey.click(form.save_button)
    assert form.status.text() == "Point ajouté.", form.status.text()
    return warned


def test_journey_meetings_year_and_aci(journey) -> None:
    w = journey.first_start("Martin", "Élise", "Infirmier(ère) (IDE)")
    w.resize(1280, 800)
    db = journey.ctx.db
    go(journey, "Équipe")
    add_professional(journey, "Lefèvre", "Hélène", "Médecin généraliste")
    add_professional(journey, "Petit", "Zoé", "Pharmacien(ne)")
    new_protocol(journey, "CHUTE-01", "Prévention des chutes")

    # A first meeting, six items of four kinds.
    go(journey, "Réunions")
    view = w.meetings
    screen, before = view.meeting_screen, view.meeting_screen.before
    form = before.form
    assert not form.copy_invitees.isVisible()  # the very first meeting: nothing to copy
    type_date(journey, form.starts_at, "05/11/2026 12:30")
    journey.type(form.title_edit.edit, "RCP de novembre")
    journey.type(form.place.edit, "Salle Belledonne")
    journey.choose(form.chair, "Hélène Lefèvre")
    journey.choose(form.secretary, "Élise Martin")
    journey.click(form.save_button)
    first = screen.meeting
    assert first is not None and first.starts_at == dt.datetime(2026, 11, 5, 12, 30)
    journey.click(before.invitees.invite_all_button)
    journey.type(before.invitees.partner_name, "Dr Léa Rossi")
    journey.choose(before.invitees.partner_profession, "Psychologue")
    journey.click(before.invitees.partner_button)

    journey.click(before.add_button)
    items = before.item_form
    assert before.item_dialog.isVisible()
    assert items.pseudonym.edit.placeholderText() == "Initiales ou pseudonyme"
    # a full name is warned about, not refused
    assert add_item(journey, "Plaie chronique du talon", pseudonym="Jean Dupont", flag_75=True)
    assert items.name_warning.isVisible() is False  # cleared for the next item
    assert not add_item(journey, "Polymédication", pseudonym="M. L.", flag_ald=True)
    assert items.kind.currentText() == "Situation de patient"
    add_item(
        journey,
        "Relecture",
        "Travail sur un protocole",
        protocol="CHUTE-01 — Prévention des chutes",
    )
    assert items.protocol.currentText() == "CHUTE-01 — Prévention des chutes"  # kept
    add_item(journey, "Indicateurs de chutes")
    add_item(journey, "Accueil des internes", "Organisation")
    add_item(journey, "Erreur de pilulier", "Événement indésirable")
    shot(journey, "item-dialog", before.item_dialog)
    journey.click(before.item_dialog.close_button)
    assert before.agenda.rowCount() == 6
    table = before.agenda_table
    assert table.viewport().height() >= 6 * table.rowHeight(0)
    assert fits_1280x800(w, view)
    shot(journey, "avant")
    m = get_meeting(db, first.id)
    assert [(i.kind, i.protocol_id is not None) for i in m.items] == [
        ("case", False),
        ("case", False),
        ("protocol", True),
        ("protocol", True),
        ("organisation", False),
        ("adverse_event", False),
    ]
    assert sorted(i.name for i in m.invitees) == [
        "Dr Léa Rossi",
        "Hélène Lefèvre",
        "Zoé Petit",
        "Élise Martin",
    ]

    # Hold it, note a decision, close it.
    hold(journey)
    bar = screen.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert screen.tabs.currentWidget() is screen.during
    during = screen.during
    journey.click_row(during.items, 1)
    journey.type(during.panel.decisions.text, "Bilan podologique")
    journey.click(during.panel.decisions.add_button)
    shot(journey, "pendant")

    def yes(box) -> None:
        assert isinstance(box, QMessageBox)
        journey.click(box.button(QMessageBox.StandardButton.Yes))

    journey.when_modal(yes)
    journey.click(screen.close_button)
    journey.wait_modal_done()
    assert get_meeting(db, first.id).status == "closed"
    shot(journey, "apres")

    # The next one: chair, secretary, place and invitees come from November's.
    journey.click(view.new_button)
    assert form.place.text() == "Salle Belledonne"
    assert (form.chair.currentText(), form.secretary.currentText()) == (
        "Hélène Lefèvre",
        "Élise Martin",
    )
    assert form.copy_invitees.isChecked()
    assert form.copy_invitees.text() == "et ses 4 invités"
    shot(journey, "nouvelle-reunion")
    type_date(journey, form.starts_at, "19/11/2026 12:30")
    journey.click(form.save_button)
    second = screen.meeting
    assert second is not None and second.id != first.id
    assert (second.place, second.chair, second.secretary) == (
        "Salle Belledonne",
        "Hélène Lefèvre",
        "Élise Martin",
    )
    assert [i.name for i in second.invitees] == [i.name for i in m.invitees]
    assert [d.text for d in before.follow.rows] == ["Bilan podologique"]  # carried over
    hold(journey)

    # Four more, quickly: six held in 2026.
    for when in ("15/01/2026 12:30", "12/03/2026 12:30", "14/05/2026 12:30", "09/07/2026 12:30"):
        create_meeting(journey, when)
        hold(journey)
    held = [s for s in list_meetings(db) if s.status in ("held", "closed")]
    assert len(held) == 6

    # The ACI view: the 5 % rule waits for the year's denominator.
    go(journey, "Indicateurs ACI")
    aci = w.page("aci")
    aci.year.setValue(2026)
    criteria = aci.indicators

    def row(n: int) -> list[str]:
        return [criteria.item(n, c).text() for c in range(5)]

    assert row(0)[:2] == ["Au moins 6 réunions de concertation par an", "6 réunions tenues"]
    assert row(0)[4] == ""
    assert row(1)[4] == "Saisir le nombre de patients de 75 ans ou plus ou en ALD de 2026"
    journey.key(aci.denominator.lineEdit(), "Ctrl+A")
    journey.type(aci.denominator.lineEdit(), "60")
    journey.click(aci.denominator_button)
    assert row(1)[1].endswith("sur 60 patients : 3,3 % (il en faut 3)")
    assert row(1)[4] == "1 cas de plus"
    assert row(2)[2:] == [
        "0 sur 1\u202f000 points",
        "0\u00a0€ sur 7\u202f000\u00a0€",
        "1 cas de plus",
    ]
    journey.key(aci.denominator.lineEdit(), "Ctrl+A")
    journey.type(aci.denominator.lineEdit(), "40\n")  # Entrée saves too
    assert row(1)[4] == "" and row(2)[1] == "atteint"
    assert row(2)[2:4] == [
        "1\u202f000 sur 1\u202f000 points",
        "7\u202f000\u00a0€ sur 7\u202f000\u00a0€",
    ]
    assert row(3)[4] == "jusqu'à 8 de plus rapporteraient 800 points (5\u202f600\u00a0€)"
    assert row(4)[2:4] == ["1\u202f000 points", "7\u202f000\u00a0€"]
    assert aci.denominator_info.text().startswith("saisi par Élise Martin le ")
    d = aci_contract.get_denominator(db, 2026)
    assert d is not None and (d.patients, d.by) == (40, "Élise Martin")
    assert fits_1280x800(w, aci)
    shot(journey, "aci")
    QApplication.processEvents()
    assert Qt.WindowState.WindowFullScreen not in w.windowState()
