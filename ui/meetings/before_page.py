"""Before the meeting: the meeting itself, who is invited, the agenda in time slots, follow-up."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from protoedit.meeting_queries import DecisionView, MeetingView
from ui.context import AppContext
from ui.meetings.common import table
from ui.meetings.invitees import InviteesBox
from ui.meetings.item_form import ItemForm
from ui.meetings.meeting_form import MeetingForm
from ui.meetings.models import agenda_model, decisions_model


class BeforePage(QWidget):
    """Preparing the meeting; every part is frozen once the minutes are closed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingView | None = None
        self.form = MeetingForm(ctx)
        self.invitees = InviteesBox(ctx, attendance=False)
        self.agenda = agenda_model()
        self.agenda_table = table(self.agenda, self.tr("Ordre du jour"), stretch=(3, 4, 5, 6, 7))
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        self.item_form = ItemForm(ctx)
        self.follow = decisions_model(with_meeting=True)
        self.follow_table = table(self.follow, self.tr("Décisions précédentes à suivre"))
        self.follow_table.setMaximumHeight(160)
        self.export_button = QPushButton(self.tr("Exporter l'ordre du jour (PDF)"))
        self.send_button = QPushButton(self.tr("Envoyer l'invitation"))
        self.send_button.setToolTip(self.tr(
            "Crée l'ordre du jour (PDF) et l'invitation pour les agendas (.ics), puis ouvre votre "
            "messagerie avec les adresses des invités et le dossier des deux fichiers à joindre. "
            "ProtoEdit n'envoie rien lui-même."))
        self.send_status = QLabel()
        self.send_status.setObjectName("invitationStatus")
        self.send_status.setTextFormat(Qt.TextFormat.PlainText)
        self.send_status.setWordWrap(True)
        self.send_status.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.invitees)
        left_layout.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)
        agenda_box = QGroupBox(self.tr("Ordre du jour"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.send_button)
        agenda_layout.addLayout(bottom)
        agenda_layout.addWidget(self.send_status)
        follow_box = QGroupBox(self.tr("Suivi des décisions des réunions précédentes"))
        QVBoxLayout(follow_box).addWidget(self.follow_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(agenda_box, 2)
        right_layout.addWidget(self.item_form)
        right_layout.addWidget(follow_box, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 700])
        QVBoxLayout(self).addWidget(split)
        self.agenda_table.selectionModel().selectionChanged.connect(self._selected)
        self.item_form.saved.connect(self._item_saved)

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
            n=m.planned_minutes, start=f"{m.starts_at:%H:%M}", end=f"{m.ends_at:%H:%M}")
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
