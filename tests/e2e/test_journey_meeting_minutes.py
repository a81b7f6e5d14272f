"""Journey: a team with an outside partner prepares a meeting, sends the invitation, holds the
meeting and exports its agenda and minutes (issue 14: meetings items 1, 2, 3, 7, 8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from icalendar import Calendar
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

from protoedit import team
from protoedit.meetings.queries import get_meeting, list_meetings
from tests.e2e.journey import Journey, pdf_text

# The file dialogs' name completer pops up while a path is typed; the offscreen platform cannot
# raise it or let it grab the keyboard, and says so (a real display does not).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    extend=True,
)
SHOTS = Path("/tmp/shots-meetings")
PEOPLE = [  # last, first, profession, e-mail, outside partner
    ("Lefèvre", "Hélène", "Médecin généraliste", "helene.lefevre@msp-ecrins.fr", False),
    ("Petit", "Zoé", "Pharmacien(ne)", "", False),
    ("Rossi", "Léa", "Psychologue", "lea.rossi@cabinet-rossi.fr", True),
]
ITEMS = [  # kind, theme, requester, patient, consent, flag
    (
        "Situation de patient",
        "Plaie chronique du talon",
        "Élise Martin",
        "Jeanne Dupont",
        False,
        "75",
    ),
    ("Situation de patient", "Polymédication", "Hélène Lefèvre", "Marcel Lagarde", True, "ALD"),
    ("Situation de patient", "Chutes à domicile", "Zoé Petit", "Paul Roy", False, ""),
    (
        "Situation de patient",
        "Diabète déséquilibré",
        "Hélène Lefèvre",
        "Lucie Garnier",
        True,
        "ALD",
    ),
    ("Événement indésirable", "Erreur de délivrance", "Zoé Petit", "", False, ""),
    ("Organisation", "Accueil des internes", "Élise Martin", "", False, ""),
]


def shot(journey: Journey, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    journey.screenshot(name).replace(SHOTS / f"{name}.png")


def add_people(journey: Journey) -> None:
    """The Team screen: the PC's user gets her address, three more people, one a partner."""
    journey.key(None, "Ctrl+2")
    view = journey.window.page("team")
    form = view.form
    journey.click_row(view.table, 0)
    journey.type(form.email.edit, "elise.martin@msp-ecrins.fr")
    journey.click(form.save_button)
    for last, first, profession, email, partner in PEOPLE:
        journey.click(form.new_button)
        journey.type(form.last_name.edit, last)
        journey.type(form.first_name.edit, first)
        journey.choose(form.profession, profession)
        if email:
            journey.type(form.email.edit, email)
        if partner:
            journey.key(form.partner, "Space")
        journey.click(form.save_button)
    people = {p.full_name: p for p in team.list_professionals(journey.ctx.db)}
    assert people["Léa Rossi"].partner and people["Élise Martin"].email
    assert len(people) == 4


def add_items(journey: Journey, form) -> None:
    for kind, theme, requester, patient, consent, flag in ITEMS:
        journey.choose(form.kind, kind)
        journey.type(form.theme.edit, theme)
        journey.type(form.requester.edit, requester)
        if patient:
            journey.type(form.pseudonym.edit, patient)
            if consent:
                journey.choose(form.consent, "Oui, le patient est d'accord")
            if flag:
                journey.key(form.flag_75 if flag == "75" else form.flag_ald, "Space")
        journey.click(form.save_button)


def send_invitation(journey: Journey, screen) -> Path:
    urls = journey.watch_urls()
    folder = screen.invitation_folder()
    journey.keep_folder(folder)  # the folder dialog opens on that folder: keep it
    with journey.qtbot.waitSignal(screen.exporter.finished, timeout=30_000):
        journey.click(screen.before.send_button)
    journey.wait_modal_done()
    journey.qtbot.waitUntil(lambda: len(urls.urls) == 2)
    mail = urls.of("mailto")[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    parts = urlsplit(mail)
    assert sorted(unquote(parts.path).split(",")) == [
        "elise.martin@msp-ecrins.fr",
        "helene.lefevre@msp-ecrins.fr",
        "lea.rossi@cabinet-rossi.fr",
    ]
    query = parse_qs(parts.query)
    assert query["subject"][0].startswith("Ordre du jour : RCP de l'équipe, ")
    body = query["body"][0]
    assert "Plaie chronique du talon (J. D.)" in body and "Polymédication (M. L.)" in body
    assert "Lagarde" not in body  # e-mail text: initials only
    assert body.endswith("sont joints à ce message.")
    assert Path(urls.of("file")[0].toLocalFile()) == folder
    files = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    stem = f"invitation-{screen.meeting.starts_at:%Y-%m-%d}"
    assert files == [f"{stem}.ics", f"{stem}.pdf"]
    event = Calendar.from_ical((folder / f"{stem}.ics").read_bytes()).walk("VEVENT")[0]
    assert event.decoded("dtstart") == screen.meeting.starts_at.astimezone(dt.UTC)
    assert len(event["attendee"]) == 3 and str(event["organizer"]).endswith(
        "elise.martin@msp-ecrins.fr"
    )
    assert "Zoé Petit" in screen.before.send_status.text()  # no address: to be told otherwise
    return folder


def refuse_future_held(journey: Journey, screen) -> None:
    """Next week's meeting cannot be marked held (it would count for the ACI)."""
    seen: list[str] = []

    def read(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    journey.when_modal(read)
    journey.click(screen.held_button)
    journey.wait_modal_done()
    assert "ne peut être marquée comme tenue" in seen[0]
    assert get_meeting(journey.ctx.db, screen.meeting.id).status == "planned"


def hold(journey: Journey, screen) -> None:
    during = screen.during
    journey.click_tab(screen.tabs, "Pendant : compte rendu")
    for inv in screen.meeting.invitees:
        state = "excused" if inv.name == "Zoé Petit" else "present"
        journey.click(during.attendance.buttons[inv.id][state])
    panel = during.panel
    notes = [
        "Plaie **stagnante** depuis trois mois",
        "Conflit familial autour du traitement",
        "Deux chutes en un mois",
        "HbA1c à 9 %",
        "Confusion de boîtes",
        "Deux internes",
    ]
    for row, text in enumerate(notes, start=1):  # row 0: follow-up of earlier decisions
        journey.click_row(during.items, row)
        journey.type(panel.notes.editor, text)
        if row == 2:
            journey.click(panel.notes_private)
        if row <= 3:
            journey.type(panel.proposal.editor, f"Proposition pour le point {row}")
            journey.type(panel.decisions.text, f"Décision du point {row}")
            journey.choose(panel.decisions.owner, "Hélène Lefèvre")
            journey.type_date(panel.decisions.due, "15/01/2027")
            journey.click(panel.decisions.add_button)
        if row == 1:
            journey.type(panel.deviation.editor, "Écho-doppler refusé par la patiente")
    journey.click_row(during.items, 2)  # leaving the last item saves its notes
    shot(journey, "meeting-during")
    journey.when_modal(lambda box: journey.click_ok(box))  # "close now?" yes
    journey.click(screen.close_button)
    journey.wait_modal_done()


def test_journey_meeting_minutes(journey: Journey, tmp_path: Path) -> None:
    window = journey.first_start("Martin", "Élise", "Infirmier(ère) (IDE)")
    window.resize(1280, 800)
    add_people(journey)

    journey.key(None, "Ctrl+6")
    meetings_view = window.page("meetings")
    journey.click(meetings_view.new_button)
    screen = meetings_view.meeting_screen
    before = screen.before
    journey.type(before.form.title_edit.edit, "RCP de l'équipe")
    journey.type(before.form.place.edit, "Salle 2")
    journey.click(before.form.save_button)
    assert screen.meeting is not None
    journey.click(before.invitees.invite_all_button)
    invited = {i.name: i.partner for i in get_meeting(journey.ctx.db, screen.meeting.id).invitees}
    assert invited == {
        "Élise Martin": False,
        "Hélène Lefèvre": False,
        "Zoé Petit": False,
        "Léa Rossi": True,
    }
    journey.click(before.add_button)  # the item window, kept open for the six items
    journey.qtbot.waitUntil(before.item_dialog.isVisible)
    add_items(journey, before.item_form)
    journey.click(before.item_dialog.close_button)
    assert before.agenda.rowCount() == 6
    shot(journey, "meeting-before")
    send_invitation(journey, screen)
    shot(journey, "meeting-before-sent")

    refuse_future_held(journey, screen)
    # The meeting took place a month earlier than planned: the secretary corrects its date.
    form = before.form
    form.starts_at.setFocus()
    journey.key(form.starts_at, "Home")
    journey.key(form.starts_at, "/")
    journey.key(form.starts_at, "Down")
    journey.click(form.save_button)
    assert screen.meeting.starts_at.date() < dt.date.today()
    journey.click(screen.held_button)
    hold(journey, screen)
    meeting = get_meeting(journey.ctx.db, screen.meeting.id)
    assert meeting.status == "closed"
    assert [m.status for m in list_meetings(journey.ctx.db)] == ["closed"]

    agenda_pdf, minutes_pdf = tmp_path / "odj.pdf", tmp_path / "cr.pdf"
    journey.click_tab(screen.tabs, "Avant : ordre du jour")
    journey.save_file_as(agenda_pdf)
    with journey.qtbot.waitSignal(screen.exporter.finished, timeout=30_000):
        journey.click(before.export_button)
    journey.click_tab(screen.tabs, "Après : clôture")
    journey.save_file_as(minutes_pdf)
    with journey.qtbot.waitSignal(screen.exporter.finished, timeout=30_000):
        journey.click(screen.after.export_button)
    journey.wait_modal_done()
    shot(journey, "meeting-after")

    agenda = " ".join(pdf_text(agenda_pdf).split())
    assert "Horaire Patient Consentement Thème Demandé par" in agenda
    assert "J. D. · 75+ non demandé" in agenda and "Lucie Garnier · ALD oui" in agenda
    assert "Dupont" not in agenda and "Roy" not in agenda and "P. R." in agenda
    assert "CONFIDENTIEL : données de santé" in agenda  # names patients who agreed
    minutes = " ".join(pdf_text(minutes_pdf).split())
    for expected in (
        "CONFIDENTIEL : données de santé",
        "Problèmes discutés Plaie stagnante",
        "Proposition pour le point 1",
        "Décision du point 1 Hélène Lefèvre 15/01/2027 en cours",
        "Prise en charge différente de la proposition : raison Écho-doppler refusé",
        "Notes de discussion tenues hors du compte rendu",
        "Deux chutes en un mois",
        "Léa Rossi Psychologue (partenaire extérieur) présent(e)",
        "Zoé Petit Pharmacien(ne) excusé(e)",
    ):
        assert expected in minutes, expected
    assert "Conflit familial" not in minutes and "BROUILLON" not in minutes
    assert "Jeanne" not in minutes and "Paul Roy" not in minutes
