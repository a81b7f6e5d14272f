"""Meetings screens driven as a user would: prepare, run, close a meeting; board; ACI year."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl
from sqlalchemy import select

from protoedit import team
from protoedit.errors import TransitionError
from protoedit.meetings import agenda, attendance, decisions
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.decisions import DecisionInput
from protoedit.meetings.meeting import MeetingInput
from protoedit.meetings.queries import get_meeting, protocol_meeting_time
from protoedit.protocols import approvals
from protoedit.protocols import lifecycle as protocols
from protoedit.store.models import ProtocolVersion
from tests.export.pdftools import pdf_text
from tests.factories import PIN, add_pro, complete_content, new_meeting
from tests.ui.conftest import meetings_window, show_active, type_text
from ui.meetings.aci_view import AciYearView
from ui.meetings.board import DecisionsBoard
from ui.meetings.during_page import FOLLOW_UP
from ui.meetings.view import MeetingsView

pytestmark = pytest.mark.usefixtures("no_dialogs")  # refusals recorded, never shown
EARLIER = dt.datetime(2026, 3, 12, 12, 30)
WHEN = dt.datetime(2026, 4, 9, 12, 30)
LEFT = Qt.MouseButton.LeftButton


@dataclasses.dataclass
class Crew:
    doctor: int
    nurse: int
    pharmacist: int
    protocol: int
    earlier: int
    lab_decision: int


@pytest.fixture
def crew(ctx) -> Crew:
    """A team, an approved protocol, and an earlier closed meeting with two open decisions."""
    team.save_structure(ctx.db, ctx.actor, team.StructureInput(name="MSP des Écrins", kind="MSP"))
    doctor = add_pro(ctx.db, ctx.actor, "Lefèvre", "medecin_generaliste", "Hélène", PIN)
    nurse = add_pro(ctx.db, ctx.actor, "Benoît", "infirmier", "Aïcha", PIN)
    pharmacist = add_pro(ctx.db, ctx.actor, "Petit", "pharmacien", "Zoé")
    pid, vid, _ = protocols.create_protocol(
        ctx.db, ctx.actor, "CHUTE-01", "Prévention des chutes", aci_theme=""
    )
    protocols.save_draft(ctx.db, ctx.actor, vid, complete_content(), [doctor, nurse], None, 1)
    approvals.submit(ctx.db, ctx.actor, vid)
    approvals.approve(ctx.db, ctx.actor, vid, doctor, PIN, "Pour l'équipe médicale")
    approvals.approve(ctx.db, ctx.actor, vid, nurse, PIN, "")
    earlier = new_meeting(ctx.db, ctx.actor, EARLIER, title="RCP de mars")
    item, _ = agenda.add_item(
        ctx.db, ctx.actor, earlier, ItemInput(kind="organisation", theme="Laboratoire")
    )
    lab, _ = decisions.add_decision(
        ctx.db,
        ctx.actor,
        item,
        DecisionInput(
            "Relancer le laboratoire", owner_id=pharmacist, due_date=dt.date(2026, 3, 31)
        ),
    )
    decisions.add_decision(
        ctx.db,
        ctx.actor,
        item,
        DecisionInput(
            "Mettre à jour l'annuaire", owner_name="Secrétariat", due_date=dt.date(2026, 6, 1)
        ),
    )
    meetings.mark_held(ctx.db, ctx.actor, earlier)
    meetings.close_meeting(ctx.db, ctx.actor, earlier)
    return Crew(doctor, nurse, pharmacist, pid, earlier, lab)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def add_item(qtbot, form, kind: str, theme: str, **fields) -> None:
    form.kind.setCurrentIndex(form.kind.findData(kind))
    type_text(form.theme.edit, theme)
    for name, value in fields.items():
        widget = getattr(form, name)
        if name in ("consent", "protocol"):
            widget.setCurrentIndex(widget.findData(value))
        elif name in ("flag_75", "flag_ald"):
            widget.setChecked(value)
        elif name == "slot":
            widget.setValue(value)
        else:
            type_text(widget.edit, value)
    click(qtbot, form.save_button)
    assert form.item_id is None and form.theme.text() == "", form.status.text()


def prepare(qtbot, view: MeetingsView, crew: Crew) -> int:
    """Before: a new meeting, invitations, four items."""
    click(qtbot, view.new_button)
    before = view.meeting_screen.before
    form = before.form
    form.starts_at.setDateTime(QDateTime(QDate(2026, 4, 9), QTime(12, 30)))
    type_text(form.title_edit.edit, "RCP d'avril")
    type_text(form.place.edit, "https://visio.example/rcp-avril")
    form.chair.setCurrentIndex(form.chair.findData(crew.doctor))
    form.secretary.setCurrentIndex(form.secretary.findData(crew.nurse))
    click(qtbot, form.save_button)
    m = view.meeting_screen.meeting
    assert m is not None and (m.title, m.starts_at, m.chair) == (
        "RCP d'avril",
        WHEN,
        "Hélène Lefèvre",
    )
    assert view.current_id() == m.id
    invitees = before.invitees
    invitees.member.setCurrentIndex(invitees.member.findData(crew.doctor))
    click(qtbot, invitees.invite_button)
    click(qtbot, invitees.invite_all_button)
    type_text(invitees.partner_name, "Dr Léa Rossi")
    invitees.partner_profession.setCurrentIndex(invitees.partner_profession.findData("psychologue"))
    click(qtbot, invitees.partner_button)
    m = get_meeting(view.ctx.db, m.id)
    assert [(i.name, i.partner) for i in m.invitees] == [
        ("Hélène Lefèvre", False),
        ("Aïcha Benoît", False),
        ("Zoé Petit", False),
        ("Dr Léa Rossi", True),
    ]
    items = before.item_form
    click(qtbot, before.add_button)  # the item form opens in its own window
    assert before.item_dialog.isVisible()
    add_item(
        qtbot,
        items,
        "case",
        "Plaie chronique du talon",
        requester="Aïcha Benoît",
        presenter="Aïcha Benoît",
        pseudonym="Jeanne Dupont",
        flag_75=True,
        flag_ald=True,
    )
    add_item(
        qtbot,
        items,
        "case",
        "Polymédication",
        pseudonym="Marcel Lagarde",
        consent="yes",
        flag_75=True,
        slot=20,
    )
    add_item(qtbot, items, "protocol", "Révision du protocole chutes", protocol=crew.protocol)
    add_item(qtbot, items, "organisation", "Accueil des internes", slot=10)
    assert before.agenda.rowCount() == 4
    assert before.total.text() == "Total prévu : 60 min (12:30 – 13:30)"
    patient = before.agenda.index(0, 5).data()
    assert patient == "J. D. · 75+ · ALD"  # no consent: initials even on screen
    assert before.agenda.index(1, 5).data() == "Marcel Lagarde · 75+"
    assert (
        before.agenda.index(2, 4).data() == "Révision du protocole chutes (Prévention des chutes)"
    )
    assert before.follow.rowCount() == 2  # open decisions of March come in automatically
    return m.id


def test_prepare_run_close_and_export_minutes(qtbot, ctx, crew, tmp_path, no_dialogs) -> None:
    view = MeetingsView(ctx)
    view.resize(1400, 900)
    show_active(qtbot, view)
    mid = prepare(qtbot, view, crew)
    screen = view.meeting_screen

    agenda_pdf = tmp_path / "ordre-du-jour.pdf"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        assert screen.export_agenda(agenda_pdf) is not None
    agenda_text = pdf_text(agenda_pdf)
    assert "J. D." in agenda_text and "Marcel Lagarde" in agenda_text  # named only with consent
    assert "Dupont" not in agenda_text and "Jeanne" not in agenda_text
    assert "Relancer le laboratoire" in agenda_text and "CONFIDENTIEL" in agenda_text
    view.activateWindow()  # a slow export shows a progress dialog, which takes the activation
    qtbot.waitUntil(view.isActiveWindow)

    # During: attendance in one click each.
    screen.tabs.setCurrentWidget(screen.during)
    during = screen.during
    by_name = {i.name: i.id for i in screen.meeting.invitees}
    for name, state in (
        ("Hélène Lefèvre", "present"),
        ("Aïcha Benoît", "present"),
        ("Zoé Petit", "excused"),
        ("Dr Léa Rossi", "absent"),
    ):
        click(qtbot, during.attendance.buttons[by_name[name]][state])
    assert [i.attendance for i in get_meeting(ctx.db, mid).invitees] == [
        "present",
        "present",
        "excused",
        "absent",
    ]
    assert during.attendance.buttons[by_name["Zoé Petit"]]["excused"].isChecked()

    # Follow-up of March: one done, one postponed with a word of why.
    assert during.current_key() == FOLLOW_UP
    follow = during.follow_up
    follow.select(crew.lab_decision)
    click(qtbot, follow.done_button)
    row = next(r for r in follow.model.rows if r.text == "Mettre à jour l'annuaire")
    follow.select(row.id)
    click(qtbot, follow.postpone_button)
    assert follow.hint.text() == "Indiquez en quelques mots pourquoi."  # a word of why first
    type_text(follow.note, "Attente du nouveau répertoire")
    click(qtbot, follow.postpone_button)
    states = {d.text: (d.status, d.status_note) for d in follow.model.rows}
    assert states == {
        "Relancer le laboratoire": ("done", ""),
        "Mettre à jour l'annuaire": ("postponed", "Attente du nouveau répertoire"),
    }

    # Item 1: notes typed with accents, a proposal, a decision from the keyboard, the timer.
    m = get_meeting(ctx.db, mid)
    case, _consented, work, organisation = (i.id for i in m.items)
    during.select_item(case)
    panel = during.panel
    assert panel.title.text() == "1. Situation de patient : Plaie chronique du talon"
    type_text(panel.notes.editor, "Plaie évoluant depuis 3 mois ; œdème.")
    type_text(panel.proposal.editor, "Pansement hydrocellulaire, avis vasculaire à 15 jours.")
    qtbot.waitUntil(lambda: get_meeting(ctx.db, mid).items[0].proposal.endswith("15 jours."))
    assert get_meeting(ctx.db, mid).items[0].notes == "Plaie évoluant depuis 3 mois ; œdème."
    box = panel.decisions
    assert not box.revision_button.isVisible()  # not a protocol item
    type_text(box.text, "Demander un écho-doppler artériel")
    box.owner.setCurrentIndex(box.owner.findData(crew.doctor))
    box.due.setDate(QDate(2026, 4, 23))
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    # still in the action field, ready for the next decision (the progress dialog of the
    # export above may have taken the window's activation: ask the window, not the app)
    assert box.model.rowCount() == 1 and box.text.text() == "" and view.focusWidget() is box.text
    panel.timer.start()
    panel.timer.elapsed_ms = lambda: 17 * 60_000 + 20_000
    click(qtbot, panel.timer.button)  # stop: 17 minutes recorded, over the 15-minute slot
    assert get_meeting(ctx.db, mid).items[0].minutes_spent == 17
    assert screen.before.agenda.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None

    # Item 3 (protocol work): a decision that opens a revision of the protocol.
    during.select_item(work)
    box = panel.decisions
    assert box.revision_button.isVisible()
    type_text(box.text, "Ajouter le test de Tinetti à l'étape 2")
    box.owner.setCurrentIndex(box.owner.findData(crew.nurse))
    box.due.setDate(QDate(2026, 5, 7))
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    panel.timer.start()
    panel.timer.elapsed_ms = lambda: 25 * 60_000
    panel.timer.stop()
    click(qtbot, box.revision_button)
    with ctx.db.read() as s:
        drafts = s.scalars(
            select(ProtocolVersion).where(
                ProtocolVersion.protocol_id == crew.protocol, ProtocolVersion.status == "draft"
            )
        ).all()
        assert [(v.number, v.change_note) for v in drafts] == [
            (
                2,
                "Révision décidée en réunion du 09/04/2026 (RCP d'avril) : "
                "Ajouter le test de Tinetti à l'étape 2",
            )
        ]
    assert "révision ouverte" in box.model.index(0, 3).data()
    assert not box.revision_button.isEnabled()

    # Item 4: a free-name owner typed in the owner field, Enter from the action field.
    during.select_item(organisation)
    type_text(panel.decisions.text, "Préparer le livret d'accueil")
    type_text(panel.decisions.owner.lineEdit(), "Secrétariat")
    qtbot.keyClick(panel.decisions.text, Qt.Key.Key_Return)
    assert not no_dialogs
    decided = [
        (d.text, d.owner, d.due_date) for i in get_meeting(ctx.db, mid).items for d in i.decisions
    ]
    assert decided == [
        ("Demander un écho-doppler artériel", "Hélène Lefèvre", dt.date(2026, 4, 23)),
        ("Ajouter le test de Tinetti à l'étape 2", "Aïcha Benoît", dt.date(2026, 5, 7)),
        ("Préparer le livret d'accueil", "Secrétariat", None),
    ]

    # Presentation mode: large type, the current item highlighted, the rest out of the way.
    base = during.font().pointSizeF()
    with qtbot.waitSignal(view.presentation_toggled) as toggled:
        qtbot.keyClick(during, Qt.Key.Key_F5)
    assert toggled.args == [True] and during.font().pointSizeF() > base * 1.5
    assert not view.left.isVisible() and not screen.tabs.tabBar().isVisible()
    assert during.items.currentItem().text().startswith("4. ")
    during.set_presentation(False)
    assert during.font().pointSizeF() == base and view.left.isVisible()

    # After: held, then closed; the minutes are frozen.
    click(qtbot, screen.held_button)
    screen.confirm_close = lambda: True
    click(qtbot, screen.close_button)
    assert get_meeting(ctx.db, mid).status == "closed"
    assert protocol_meeting_time(ctx.db, crew.protocol).total_minutes == 25  # on its record
    assert screen.tabs.currentWidget() is screen.after
    during.select_item(case)
    assert panel.notes.editor.isReadOnly() and not panel.decisions.text.isEnabled()
    assert not panel.timer.isEnabled()
    assert not during.attendance.buttons[by_name["Zoé Petit"]]["present"].isEnabled()
    assert not follow.done_button.isEnabled()
    assert not screen.before.form.save_button.isEnabled()
    assert not screen.before.item_form.isEnabled()
    assert not screen.before.invitees.controls.isEnabled()
    with pytest.raises(TransitionError):
        agenda.set_item_texts(ctx.db, ctx.actor, case, {"notes": "après coup"})
    type_text(screen.after.amend_text, "Échéance de l'écho-doppler : 30/04 et non 23/04.")
    click(qtbot, screen.after.amend_button)
    assert (
        screen.after.amendments.item(0)
        .text()
        .endswith("Élise Martin : Échéance de l'écho-doppler : 30/04 et non 23/04.")
    )

    minutes_pdf = tmp_path / "compte-rendu.pdf"
    with qtbot.waitSignal(screen.exporter.finished, timeout=20000):
        assert screen.export_minutes(minutes_pdf) is not None
    text = " ".join(pdf_text(minutes_pdf).split())
    for expected in (
        "CONFIDENTIEL",
        "Hélène Lefèvre Médecin généraliste présent(e)",
        "Zoé Petit Pharmacien(ne) excusé(e)",
        "Dr Léa Rossi Psychologue",
        "Demander un écho-doppler artériel Hélène Lefèvre 23/04/2026",
        "Aïcha Benoît 07/05/2026",
        "Préparer le livret d'accueil Secrétariat",
        "révision du protocole ouverte",
        "Patient : J. D. · 75+ · ALD",
        "Patient : Marcel Lagarde",
        "Relancer le laboratoire",
        "faite",
        "Attente du nouveau répertoire",
        "Élise Martin",
        "30/04 et non 23/04",
        "Pansement hydrocellulaire",
    ):
        assert expected in text, expected
    assert "Dupont" not in text and "Jeanne" not in text and "BROUILLON" not in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(minutes_pdf), str(tmp_path / "cr")], check=True
    )
    assert (tmp_path / "cr-1.png").exists()
    assert not no_dialogs


def test_new_meeting_form_reports_and_list_groups(qtbot, ctx, crew) -> None:
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    assert view.past.childCount() == 1 and view.meeting_screen.meeting.id == crew.earlier
    assert view.meeting_screen.before.item_form.isEnabled() is False  # March is closed
    future = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=30)
    mid, changes = meetings.create_meeting(ctx.db, ctx.actor, MeetingInput(starts_at=future))
    ctx.notify(changes)
    assert view.upcoming.childCount() == 1
    view.select(mid)
    assert view.delete_button.isEnabled()
    view.meeting_screen.tabs.setCurrentWidget(view.meeting_screen.during)
    assert view.meeting_screen.during.current_key() == FOLLOW_UP  # two March decisions to follow


def test_decisions_board_overdue_and_owner_filter(qtbot, ctx, crew) -> None:
    board = DecisionsBoard(ctx)
    qtbot.addWidget(board)
    board.today = dt.date(2026, 4, 15)
    board.reload()
    assert [d.text for d in board.model.rows] == [
        "Relancer le laboratoire",
        "Mettre à jour l'annuaire",
    ]
    assert board.model.index(0, 5).data() == "en retard"
    assert board.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert board.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert board.counts.text() == "1 en cours · 1 en retard · 0 faites"
    board.owner.setCurrentIndex(board.owner.findData(crew.pharmacist))
    assert [d.text for d in board.model.rows] == ["Relancer le laboratoire"]
    board.table.selectRow(0)
    type_text(board.note, "Résultats reçus")
    click(qtbot, board.done_button)
    assert board.model.rowCount() == 0  # done: out of the "to do" list
    board.state.setCurrentIndex(board.state.findData("done"))
    assert [(d.text, d.status_note) for d in board.model.rows] == [
        ("Relancer le laboratoire", "Résultats reçus")
    ]


def test_aci_year_view_exports_pdf_and_csv(qtbot, ctx, crew, tmp_path) -> None:
    mid = new_meeting(ctx.db, ctx.actor, WHEN)
    for f75, ald in ((True, False), (False, True), (True, True), (False, False)):
        agenda.add_item(
            ctx.db,
            ctx.actor,
            mid,
            ItemInput(kind="case", flag_75=f75, flag_ald=ald, patient_pseudonym="Jeanne Dupont"),
        )
    meetings.mark_held(ctx.db, ctx.actor, mid)
    view = AciYearView(ctx)
    qtbot.addWidget(view)
    view.year.setValue(2026)
    cells = [[view.indicators.item(r, c).text() for c in range(5)] for r in range(5)]
    assert cells[0] == [
        "Au moins 6 réunions de concertation par an",
        "2 réunions tenues",
        "",
        "",
        "4 réunions de plus",
    ]
    assert cells[1][4] == "Saisir le nombre de patients de 75 ans ou plus ou en ALD de 2026"
    assert view.denominator_info.text() == "à saisir pour la règle des 5 %"
    assert view.wording.text().startswith(
        "Termes du contrat. Concertation pluriprofessionnelle : au moins 6 réunions par an"
    )
    assert "100 points par protocole, dans la limite de 8 protocoles" in view.wording.text()
    view.denominator.lineEdit().selectAll()
    type_text(view.denominator.lineEdit(), "60")
    click(qtbot, view.denominator_button)
    assert view.denominator_info.text().startswith("saisi par Élise Martin le ")
    cells = [[view.indicators.item(r, c).text() for c in range(5)] for r in range(5)]
    assert cells[1][1] == (
        "3 cas de patients de 75 ans ou plus ou en ALD sur 60 patients : 5,0 % (il en faut 3)"
    )
    assert cells[1][4] == ""
    assert cells[2][4] == "4 réunions de plus"  # the 5 % rule is met, the meetings are not
    assert view.meetings.rowCount() == 2
    out = tmp_path / "aci.pdf"
    with qtbot.waitSignal(view.exporter.finished, timeout=20000):
        view.export_pdf(out)
    text = " ".join(pdf_text(out).split())
    assert "2 réunions tenues" in text and "Dupont" not in text
    assert "Termes du contrat. Concertation pluriprofessionnelle : au moins 6 réunions" in text
    csv_path = view.export_csv(tmp_path / "aci.csv")
    data = Path(csv_path).read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert (
        "Au moins 6 réunions de concertation par an;2 réunions tenues;non atteint;;;"
        "4 réunions de plus\r\n"
    ) in data.decode("utf-8-sig")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_timer_per_item_is_recorded_when_leaving_the_item(qtbot, ctx, crew) -> None:
    mid = new_meeting(ctx.db, ctx.actor, WHEN)
    first, _ = agenda.add_item(ctx.db, ctx.actor, mid, ItemInput(kind="organisation", theme="Un"))
    second, _ = agenda.add_item(
        ctx.db, ctx.actor, mid, ItemInput(kind="organisation", theme="Deux")
    )
    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    view.select(mid)
    during, timer = view.meeting_screen.during, view.meeting_screen.during.panel.timer
    during.select_item(first)
    timer.start()
    timer.elapsed_ms = lambda: 7 * 60_000
    timer.refresh()  # what the 1 s tick does
    assert timer.display.text() == "07:00 / 15 min prévues"
    during.select_item(second)  # leaving the item stops its timer and records it
    assert [i.minutes_spent for i in get_meeting(ctx.db, mid).items] == [7, None]
    assert timer.item_id == second and not timer.running
    assert timer.display.text() == "00:00 / 15 min prévues"
    timer.start()
    timer.elapsed_ms = lambda: 16 * 60_000 + 1000
    timer.refresh()
    assert "#b00020" in timer.display.styleSheet()  # past the slot
    view.save_pending()
    during.select_item(first)
    timer.start()
    timer.elapsed_ms = lambda: 2 * 60_000
    timer.stop()  # a second run adds to the first
    assert [i.minutes_spent for i in get_meeting(ctx.db, mid).items] == [9, 16]


def test_short_tables_wrap_their_rows_long_ones_keep_a_line_each(qtbot) -> None:
    """Measuring the wrapped text of every row of a 300-decision board took most of a second
    each time the screen was shown; past FIT_ROWS_MAX rows each keeps one line (and a tooltip)."""
    from collections import namedtuple

    from PySide6.QtWidgets import QHeaderView

    from ui.meetings.common import FIT_ROWS_MAX, table
    from ui.meetings.models import ViewTableModel

    row = namedtuple("row", "id text")
    model = ViewTableModel([("Décision", lambda r: r.text)])
    view = table(model, "Décisions")
    qtbot.addWidget(view)
    rows = view.verticalHeader()
    model.set_rows([row(1, "Réviser le protocole AVK " * 8)])
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    model.set_rows([row(n, "Réviser le protocole AVK") for n in range(FIT_ROWS_MAX + 1)])
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "Réviser le protocole AVK"
    model.set_rows([row(1, "court")])
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents


def test_avant_tab_fits_1280x800_with_six_agenda_rows_and_the_item_form_open(
    qtbot, ctx, crew
) -> None:
    mid = new_meeting(ctx.db, ctx.actor, WHEN)
    for n in range(8):
        agenda.add_item(
            ctx.db,
            ctx.actor,
            mid,
            ItemInput(
                kind="case",
                theme=f"Situation complexe numéro {n} à domicile",
                requester="Aïcha Benoît",
                presenter="Hélène Lefèvre",
                patient_pseudonym="Mme D.",
            ),
        )
    window, view = meetings_window(qtbot, ctx, mid)
    before = view.meeting_screen.before
    qtbot.waitUntil(lambda: before.agenda_table.isVisible())
    table = before.agenda_table
    assert table.viewport().height() >= 6 * table.rowHeight(0) > 0
    assert all(table.rowHeight(r) == table.rowHeight(0) for r in range(8))  # one line each
    click(qtbot, before.add_button)
    dialog = before.item_dialog
    qtbot.waitUntil(dialog.isVisible)
    for hint in (window.sizeHint(), window.minimumSizeHint(), dialog.sizeHint()):
        assert hint.width() <= 1280 and hint.height() <= 800, hint
    assert (window.width(), window.height()) == (1280, 800)  # the form did not grow the window
    assert table.viewport().height() >= 6 * table.rowHeight(0)
    for tab in (view.meeting_screen.during, view.meeting_screen.after):
        view.meeting_screen.tabs.setCurrentWidget(tab)
        assert window.sizeHint().height() <= 800 and window.minimumSizeHint().height() <= 800
    dialog.close()


def test_item_kind_and_protocol_stick_after_adding(qtbot, ctx, crew, no_dialogs) -> None:
    mid = new_meeting(ctx.db, ctx.actor, WHEN)
    view = MeetingsView(ctx)
    show_active(qtbot, view)
    view.select(mid)
    before = view.meeting_screen.before
    click(qtbot, before.add_button)
    form = before.item_form
    assert form.kind.currentData() == "case"
    form.kind.setCurrentIndex(form.kind.findData("protocol"))
    form.protocol.setCurrentIndex(form.protocol.findData(crew.protocol))
    type_text(form.theme.edit, "Chutes : relecture")
    click(qtbot, form.save_button)
    assert form.item_id is None and form.theme.text() == ""
    assert (form.kind.currentData(), form.protocol.currentData()) == ("protocol", crew.protocol)
    assert form.protocol.isVisibleTo(form)
    type_text(form.theme.edit, "Chutes : indicateurs")
    qtbot.keyClick(form.theme.edit, Qt.Key.Key_Return)  # Entrée adds the item
    assert before.item_dialog.isVisible() and form.theme.text() == ""
    form.kind.setCurrentIndex(form.kind.findData("organisation"))
    type_text(form.theme.edit, "Planning")
    click(qtbot, form.save_button)
    assert form.kind.currentData() == "organisation"
    click(qtbot, form.new_button)
    assert form.kind.currentData() == "organisation"
    assert before.item_dialog.isVisible()  # open for the next items
    items = get_meeting(ctx.db, mid).items
    assert [(i.kind, i.theme, i.protocol_id) for i in items] == [
        ("protocol", "Chutes : relecture", crew.protocol),
        ("protocol", "Chutes : indicateurs", crew.protocol),
        ("organisation", "Planning", None),
    ]
    assert no_dialogs == []


def test_patient_field_warns_on_a_full_name_without_blocking(qtbot, ctx, crew, no_dialogs) -> None:
    mid = new_meeting(ctx.db, ctx.actor, WHEN)
    view = MeetingsView(ctx)
    show_active(qtbot, view)
    view.select(mid)
    click(qtbot, view.meeting_screen.before.add_button)
    form = view.meeting_screen.before.item_form
    assert form.pseudonym.edit.placeholderText() == "Initiales ou pseudonyme"
    type_text(form.pseudonym.edit, "Jean Dupont")
    assert form.name_warning.isVisible()
    assert form.name_warning.text() == "Un nom complet ? Préférez des initiales ou un pseudonyme."
    form.pseudonym.edit.clear()
    type_text(form.pseudonym.edit, "Mme D.")
    assert not form.name_warning.isVisible()
    form.pseudonym.edit.clear()
    type_text(form.pseudonym.edit, "Hélène Martin")
    assert form.name_warning.isVisible()
    type_text(form.theme.edit, "Plaie")
    click(qtbot, form.save_button)  # a warning, not a refusal
    assert [i.patient_pseudonym for i in get_meeting(ctx.db, mid).items] == ["Hélène Martin"]
    assert not form.name_warning.isVisible()  # the next item starts clean


def test_new_meeting_form_takes_the_previous_meeting_of_its_kind(
    qtbot, ctx, crew, no_dialogs
) -> None:
    april = new_meeting(
        ctx.db,
        ctx.actor,
        WHEN,
        place="Salle Belledonne",
        chair_id=crew.doctor,
        secretary_id=crew.nurse,
    )
    for pid in (crew.doctor, crew.pharmacist):
        attendance.invite_professional(ctx.db, ctx.actor, april, pid)
    attendance.invite_partner(ctx.db, ctx.actor, april, "Dr Léa Rossi", "psychologue")
    view = MeetingsView(ctx)
    show_active(qtbot, view)
    click(qtbot, view.new_button)
    form = view.meeting_screen.before.form
    assert form.place.text() == "Salle Belledonne"
    assert (form.chair.currentData(), form.secretary.currentData()) == (crew.doctor, crew.nurse)
    assert form.copy_invitees.isVisible() and form.copy_invitees.isChecked()
    assert form.copy_invitees.text() == "et ses 3 invités"
    assert form.status.text() == (
        "Repris de la réunion du 09/04/2026 : lieu, animation, secrétariat"
    )
    form.kind.setCurrentIndex(form.kind.findData("organisation"))
    form.kind.activated.emit(form.kind.currentIndex())
    assert not form.copy_invitees.isVisible()  # no earlier meeting of that kind
    form.kind.setCurrentIndex(form.kind.findData("rcp"))
    form.kind.activated.emit(form.kind.currentIndex())
    form.starts_at.setDateTime(QDateTime(QDate(2026, 5, 7), QTime(12, 30)))
    click(qtbot, form.save_button)
    m = view.meeting_screen.meeting
    assert m is not None and m.id != april
    assert (m.place, m.chair, m.secretary) == ("Salle Belledonne", "Hélène Lefèvre", "Aïcha Benoît")
    assert [i.name for i in m.invitees] == ["Hélène Lefèvre", "Zoé Petit", "Dr Léa Rossi"]
    assert no_dialogs == []


def test_invite_everyone_send_invitation_and_notes_kept_out(
    qtbot, ctx, crew, tmp_path, no_dialogs, opened_urls, monkeypatch
) -> None:
    """Issues 14.7, 14.8, 14.1, 14.3 on the screen: partners invited in one click, the
    invitation's two files and the mail program opened, the "do not print" box, a future
    meeting refused."""
    from icalendar import Calendar

    partner = add_pro(
        ctx.db,
        ctx.actor,
        "Rossi",
        "psychologue",
        "Léa",
        partner=True,
        email="lea.rossi@cabinet.fr",
    )
    view = MeetingsView(ctx)
    view.resize(1280, 800)
    show_active(qtbot, view)
    click(qtbot, view.new_button)
    before = view.meeting_screen.before
    before.form.starts_at.setDateTime(QDateTime(QDate(2026, 4, 9), QTime(12, 30)))
    type_text(before.form.title_edit.edit, "RCP d'avril")
    click(qtbot, before.form.save_button)
    click(qtbot, before.invitees.invite_all_button)
    m = view.meeting_screen.meeting
    assert partner in {i.professional_id for i in m.invitees} and len(m.invitees) == 4
    add_item(qtbot, before.item_form, "case", "Chutes", pseudonym="Jeanne Dupont")

    folder = tmp_path / "invitation"
    asked: list[str] = []

    def pick(_parent, _title, start):
        asked.append(start)
        return str(folder)

    monkeypatch.setattr("ui.meetings.meeting_screen.QFileDialog.getExistingDirectory", pick)
    with qtbot.waitSignal(view.meeting_screen.exporter.finished, timeout=20000):
        click(qtbot, before.send_button)
    assert asked == [str(tmp_path / "data" / "invitations" / "2026-04-09")] or asked[0].endswith(
        "invitations/2026-04-09"
    )
    qtbot.waitUntil(lambda: len(opened_urls.urls) == 2)
    assert sorted(p.suffix for p in folder.iterdir()) == [".ics", ".pdf"]
    mail = opened_urls.of("mailto")[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert "lea.rossi@cabinet.fr" in mail and "subject=Ordre%20du%20jour" in mail
    assert opened_urls.of("file")[0].toLocalFile() == str(folder)
    event = Calendar.from_ical((folder / "invitation-2026-04-09.ics").read_bytes()).walk("VEVENT")[
        0
    ]
    assert str(event["attendee"]) == "mailto:lea.rossi@cabinet.fr"  # the only one with an address
    assert "Sans adresse e-mail" in before.send_status.text()  # the crew has no addresses
    assert not no_dialogs
    before.grab().save("/tmp/shots-meetings/ui-before-sent.png")

    # During: notes kept out of the printed minutes, a reason the care differs.
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    screen = view.meeting_screen
    screen.tabs.setCurrentWidget(screen.during)
    screen.during.select_item(m.items[0].id if m.items else get_meeting(ctx.db, m.id).items[0].id)
    panel = screen.during.panel
    type_text(panel.notes.editor, "Conflit familial")
    click(qtbot, panel.notes_private)
    type_text(panel.deviation.editor, "Refus de la patiente")
    assert panel.save_now()
    item = get_meeting(ctx.db, m.id).items[0]
    assert (item.notes, item.notes_private, item.deviation_reason) == (
        "Conflit familial",
        True,
        "Refus de la patiente",
    )

    # A meeting dated in the future cannot be marked held.
    future = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=3)
    later, changes = meetings.create_meeting(ctx.db, ctx.actor, MeetingInput(starts_at=future))
    ctx.notify(changes)
    view.select(later)
    click(qtbot, view.meeting_screen.held_button)
    assert isinstance(no_dialogs[-1], TransitionError)
    assert "ne peut être marquée comme tenue" in no_dialogs[-1].message("fr")
    assert get_meeting(ctx.db, later).status == "planned"
