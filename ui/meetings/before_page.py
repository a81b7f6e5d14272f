"""Before the meeting: the meeting itself, who is invited, the agenda in time slots, follow-up."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from protoedit.meetings.queries import DecisionView, MeetingView
from ui.context import AppContext
from ui.meetings.common import table
from ui.meetings.invitees import InviteesBox
from ui.meetings.item_form import ItemDialog, ItemForm
from ui.meetings.meeting_form import MeetingForm
from ui.meetings.models import agenda_model, decisions_model

AGENDA_ROWS_SHOWN = 6  # a projected meeting reads its agenda at once


class BeforePage(QWidget):
    """Preparing the meeting; every part is frozen once the minutes are closed.

    At 1280×800 the agenda takes the page's width and shows at least six rows: the meeting's
    fields sit in two rows above it, invitees and follow-up below it, and an item is edited in
    `ItemDialog`, a window of its own.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingView | None = None
        self.form = MeetingForm(ctx)
        self.invitees = InviteesBox(ctx, attendance=False)
        self.agenda = agenda_model()
        self.agenda_table = table(self.agenda, self.tr("Ordre du jour"), stretch=(4, 5))
        self.agenda_table.setWordWrap(False)  # one line per row; the full text is in the tooltip
        self.agenda_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.agenda_table.verticalHeader()  # rows readable on a projected screen
        rows.setMinimumSectionSize(int(self.fontMetrics().height() * 1.7))
        self.agenda_table.setMinimumHeight(  # six rows at least, and half of the seventh
            self.agenda_table.horizontalHeader().sizeHint().height()
            + int(rows.minimumSectionSize() * (AGENDA_ROWS_SHOWN + 0.5))
        )
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        self.item_form = ItemForm(ctx)
        self.item_dialog = ItemDialog(self.item_form, self)
        self.add_button = QPushButton(self.tr("&Ajouter des points…"))
        self.add_button.setToolTip(self.tr("Ajouter des points à l'ordre du jour (Alt+A)"))
        self.edit_button = QPushButton(self.tr("Modifier le point…"))
        self.edit_button.setToolTip(self.tr("Modifier le point choisi (Entrée ou double-clic)"))
        self.follow = decisions_model(with_meeting=True)
        self.follow_table = table(self.follow, self.tr("Décisions précédentes à suivre"))
        self.export_button = QPushButton(self.tr("Exporter l'ordre du jour (PDF)"))
        self.send_button = QPushButton(self.tr("Envoyer l'invitation"))
        self.send_button.setToolTip(
            self.tr(
                "Crée l'ordre du jour (PDF) et l'invitation pour les agendas (.ics), puis ouvre votre "
                "messagerie avec les adresses des invités et le dossier des deux fichiers à joindre. "
                "ProtoEdit n'envoie rien lui-même."
            )
        )
        self.send_status = QLabel()
        self.send_status.setObjectName("invitationStatus")
        self.send_status.setTextFormat(Qt.TextFormat.PlainText)
        self.send_status.setWordWrap(True)
        self.send_status.hide()
        agenda_box = QGroupBox(self.tr("Ordre du jour"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_table, 1)
        bottom = QHBoxLayout()  # two rows, so the page stays within a 1280-pixel projector
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.total, 1)
        agenda_layout.addLayout(bottom)
        sending = QHBoxLayout()
        sending.addStretch(1)
        sending.addWidget(self.export_button)
        sending.addWidget(self.send_button)
        agenda_layout.addLayout(sending)
        invitees_scroll = QScrollArea()
        invitees_scroll.setWidgetResizable(True)
        invitees_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        invitees_scroll.setWidget(self.invitees)
        agenda_layout.addWidget(self.send_status)
        follow_box = QGroupBox(self.tr("Suivi des décisions des réunions précédentes"))
        QVBoxLayout(follow_box).addWidget(self.follow_table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(invitees_scroll)
        lower.addWidget(follow_box)
        lower.setSizes([360, 420])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(agenda_box)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        # what it prefers beyond its minimum (six agenda rows) must not grow the window past 800
        split.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        split.setMinimumHeight(split.minimumSizeHint().height())  # kept: the six rows
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.form)
        layout.addWidget(split, 1)
        self.agenda_table.selectionModel().selectionChanged.connect(self._selected)
        self.agenda_table.activated.connect(lambda _index: self.open_item_dialog())
        self.item_form.saved.connect(self._item_saved)
        self.add_button.clicked.connect(self.add_items)
        self.edit_button.clicked.connect(self.open_item_dialog)

    def add_items(self) -> None:
        """The item dialog on a new item (same kind and protocol as the last one added)."""
        self.agenda_table.clearSelection()
        self.item_form.show_item(None)
        self.open_item_dialog()

    def open_item_dialog(self) -> None:
        if self.meeting is None:
            return
        self.item_dialog.show()
        self.item_dialog.activateWindow()
        self.item_form.theme.setFocus()

    def load(self, meeting: MeetingView | None, follow_up: list[DecisionView]) -> None:
        same = meeting is not None and self.meeting is not None and meeting.id == self.meeting.id
        self.meeting = meeting
        self.form.show_meeting(meeting, force=not same)
        self.invitees.load(meeting)
        selected = self.item_form.item_id if same else None
        self.agenda.set_rows(meeting.items if meeting else [])
        self.follow.set_rows(follow_up)
        self.item_form.meeting_id = meeting.id if meeting else None
        if selected is not None and self.agenda.row_of(selected) >= 0:
            self.select_item(selected, force=False)
        else:
            self.item_form.show_item(None)
        self._show_total()
        closed = meeting is not None and meeting.status == "closed"
        self.form.set_read_only(closed)
        self.invitees.set_read_only(closed)
        self.item_form.set_read_only(closed or meeting is None)
        self.invitees.setEnabled(meeting is not None)
        self.export_button.setEnabled(meeting is not None)
        self.add_button.setEnabled(meeting is not None and not closed)
        self.edit_button.setEnabled(meeting is not None and bool(meeting.items))
        if meeting is None or closed:
            self.item_dialog.hide()
        else:  # the window may stay open while another meeting is chosen: say which one
            self.item_dialog.setWindowTitle(
                self.tr("Point de l'ordre du jour — réunion du {date}").format(
                    date=f"{meeting.starts_at:%d/%m/%Y}"
                )
            )
        self.send_button.setEnabled(meeting is not None and meeting.status == "planned")
        if not same:
            self.send_status.hide()

    def show_sent(self, text: str) -> None:
        self.send_status.setText(text)
        self.send_status.show()

    def _show_total(self) -> None:
        m = self.meeting
        if m is None or not m.items:
            self.total.setText(self.tr("Aucun point à l'ordre du jour."))
            self.total.setStyleSheet("")
            return
        text = self.tr("Total prévu : {n} min ({start} – {end})").format(
            n=m.planned_minutes, start=f"{m.starts_at:%H:%M}", end=f"{m.ends_at:%H:%M}"
        )
        if any(i.minutes_spent is not None for i in m.items):
            text += self.tr(" · temps passé : {n} min").format(n=m.spent_minutes)
        self.total.setText(text)
        self.total.setStyleSheet("color: #b00020; font-weight: bold;" if m.overrun else "")

    def _selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.agenda_table.selectionModel().selectedRows()
        if rows:
            self.item_form.show_item(self.agenda.rows[rows[0].row()])

    def _item_saved(self, item_id: int) -> None:
        if self.item_form.item_id == item_id:
            self.select_item(item_id)
        else:
            self.agenda_table.clearSelection()

    def select_item(self, item_id: int, force: bool = True) -> None:
        row = self.agenda.row_of(item_id)
        if row < 0:
            return
        self.agenda_table.selectionModel().blockSignals(True)
        self.agenda_table.selectRow(row)
        self.agenda_table.selectionModel().blockSignals(False)
        self.item_form.show_item(self.agenda.rows[row], force=force)
