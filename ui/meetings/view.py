"""The Meetings screen: upcoming and past meetings on the left, the open meeting on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from protoedit.meetings import meeting as meetings
from protoedit.meetings.queries import list_meetings
from protoedit.ops import Entity, OpChanges
from ui.context import AppContext
from ui.meetings.meeting_screen import MeetingScreen
from ui.meetings.models import meeting_kind_label, status_label
from ui.operations import run_op


class MeetingsView(QWidget):
    """Signals: presentation_toggled(bool) - for the main window to go full screen."""

    presentation_toggled = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Réunion"), self.tr("État")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Réunions"))
        header = self.list.header()  # date and state always shown; the title takes what is left
        header.setStretchLastSection(False)
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(col, mode)
        self.upcoming = QTreeWidgetItem([self.tr("À venir")])
        self.past = QTreeWidgetItem([self.tr("Passées")])
        for group in (self.upcoming, self.past):
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(False)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.list.addTopLevelItem(group)
        self.new_button = QPushButton(self.tr("Nouvelle réunion"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.delete_button.setToolTip(self.tr("Seule une réunion prévue, sans suivi, se supprime."))
        self.meeting_screen = MeetingScreen(ctx)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list, 1)
        self.left = left
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.meeting_screen)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([280, 1000])
        QVBoxLayout(self).addWidget(split)
        self.new_button.clicked.connect(self.new_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.list.currentItemChanged.connect(self._current_changed)
        self.meeting_screen.created.connect(self.select)
        self.meeting_screen.presentation_toggled.connect(self._presentation)
        ctx.hub.changed.connect(self.on_changes)
        self.reload()
        self.select_default()

    def reload(self) -> None:
        now = dt.datetime.now()
        current = self.current_id()
        self.list.blockSignals(True)
        for group in (self.upcoming, self.past):
            group.takeChildren()
        rows = list_meetings(self.ctx.db)
        for m in sorted((m for m in rows if m.starts_at >= now), key=lambda m: m.starts_at):
            self.upcoming.addChild(self._entry(m))
        for m in (m for m in rows if m.starts_at < now):  # most recent first
            self.past.addChild(self._entry(m))
        self.list.expandAll()
        self.list.blockSignals(False)
        if current is not None:
            self._select_entry(current)

    def _entry(self, m) -> QTreeWidgetItem:
        entry = QTreeWidgetItem(
            [
                f"{m.starts_at:%d/%m/%Y %H:%M}",
                m.title or meeting_kind_label(m.kind),
                status_label(m.status),
            ]
        )
        entry.setData(0, Qt.ItemDataRole.UserRole, m.id)
        return entry

    def entries(self) -> list[QTreeWidgetItem]:
        groups = (self.upcoming, self.past)
        return [e for g in groups for i in range(g.childCount()) if (e := g.child(i)) is not None]

    def current_id(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(0, Qt.ItemDataRole.UserRole) if entry is not None else None

    def _select_entry(self, meeting_id: int) -> bool:
        for entry in self.entries():
            if entry.data(0, Qt.ItemDataRole.UserRole) == meeting_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(entry)
                self.list.blockSignals(False)
                return True
        return False

    def select(self, meeting_id: int) -> None:
        """Open a meeting (from the list, the library, or just created)."""
        self._select_entry(meeting_id)
        if self.meeting_screen.meeting is None or self.meeting_screen.meeting.id != meeting_id:
            self.meeting_screen.load(meeting_id)
        self._update_buttons()

    def select_default(self) -> None:
        """The next meeting, else the latest one, else the form for a new one."""
        entries = self.entries()  # the upcoming ones first
        if entries:
            self.select(entries[0].data(0, Qt.ItemDataRole.UserRole))
        else:
            self.new_meeting()

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        meeting_id = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if meeting_id is not None:
            self.meeting_screen.save_pending()
            self.meeting_screen.load(meeting_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        m = self.meeting_screen.meeting
        self.delete_button.setEnabled(m is not None and m.status == "planned")

    def new_meeting(self) -> None:
        self.list.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes nullptr; the stubs omit None
        self.meeting_screen.load(None)
        self.meeting_screen.tabs.setCurrentWidget(self.meeting_screen.before)
        self.meeting_screen.before.form.starts_at.setFocus()
        self._update_buttons()

    def delete_meeting(self) -> None:
        m = self.meeting_screen.meeting
        if m is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer la réunion"),
            self.tr("Supprimer la réunion prévue le {date} et son ordre du jour ?").format(
                date=f"{m.starts_at:%d/%m/%Y}"
            ),
        )
        if (
            answer == QMessageBox.StandardButton.Yes
            and run_op(self.ctx, self, meetings.delete_meeting, m.id) is not None
        ):
            self.select_default()

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if changes.touches(Entity.MEETING):
            self.reload()
            self._update_buttons()

    def save_pending(self) -> None:
        """A running timer, notes not yet saved."""
        self.meeting_screen.save_pending()

    def prepare_close(self) -> str:
        """For the main window before it closes: see MeetingScreen.prepare_close."""
        return self.meeting_screen.prepare_close()

    def restore_item(
        self, meeting_id: int, item_id: int, notes: str, proposal: str, revision: int | None
    ) -> None:
        """Recovered notes of an agenda item, shown as typed in the meeting's "during" tab."""
        self.select(meeting_id)
        self.meeting_screen.tabs.setCurrentWidget(self.meeting_screen.during)
        self.meeting_screen.during.select_item(item_id)
        panel = self.meeting_screen.during.panel
        if panel.item is not None and panel.item.id == item_id:
            panel.restore(notes, proposal, revision)

    def _presentation(self, on: bool) -> None:
        self.left.setVisible(not on)
        self.presentation_toggled.emit(on)
