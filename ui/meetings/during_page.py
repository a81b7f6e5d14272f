"""During the meeting: the agenda with the current item highlighted, attendance, presentation mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from protoedit.meetings.queries import DecisionView, MeetingView
from ui.context import AppContext
from ui.meetings.followup_panel import FollowUpPanel
from ui.meetings.invitees import InviteesBox
from ui.meetings.item_panel import ItemPanel
from ui.meetings.models import patient_cell

FOLLOW_UP = -1  # list entry of the follow-up section
HIGHLIGHT = (
    "QListWidget::item { padding: 3px; } "
    "QListWidget::item:selected { background: #ffd54f; color: black; font-weight: bold; "
    "border-left: 6px solid #e65100; }"
)
SCALE = 1.6  # presentation type size


class DuringPage(QWidget):
    """Signals: presentation_toggled(bool)"""

    presentation_toggled = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingView | None = None
        self.base_font = QFont(self.font())
        self.items = QListWidget()
        self.items.setObjectName("agendaItems")
        self.items.setStyleSheet(HIGHLIGHT)
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attendance = InviteesBox(ctx, attendance=True)
        self.follow_up = FollowUpPanel(ctx)
        self.panel = ItemPanel(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.follow_up)
        self.stack.addWidget(self.panel)
        self.previous_button = QPushButton(self.tr("◀ Point précédent"))
        self.next_button = QPushButton(self.tr("Point suivant ▶"))
        self.present_button = QPushButton(self.tr("Mode présentation"))
        self.present_button.setCheckable(True)
        self.present_button.setToolTip(self.tr("Grands caractères pour l'écran projeté (F5)"))
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.present_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items, 1)
        left_layout.addWidget(self.attendance)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        # The notes, proposal and decisions share what the page has: their preferred heights
        # (some 870 px together) must not make the window ask for more than 800.
        split.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        split.setMinimumHeight(split.minimumSizeHint().height())
        split.addWidget(left)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.items.currentRowChanged.connect(self._row_changed)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.present_button.toggled.connect(self.set_presentation)
        for keys, fn in (
            ("F5", self.present_button.toggle),
            ("Ctrl+PgDown", lambda: self.step(+1)),
            ("Ctrl+PgUp", lambda: self.step(-1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(fn)
        self._apply_fonts(False)

    def load(self, meeting: MeetingView | None, follow_up: list[DecisionView]) -> None:
        same = meeting is not None and self.meeting is not None and meeting.id == self.meeting.id
        self.meeting = meeting
        current = self.current_key() if same else None
        closed = meeting is None or meeting.status == "closed"
        self.attendance.load(meeting)
        self.attendance.set_read_only(closed)
        self.follow_up.load(meeting.id if meeting else None, follow_up, closed)
        self._fill_list(meeting, follow_up)
        keys = [
            self.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.items.count())
        ]
        if current not in keys:
            current = keys[1] if len(keys) > 1 and not follow_up else FOLLOW_UP
        self.items.blockSignals(True)
        self.items.setCurrentRow(keys.index(current))
        self.items.blockSignals(False)
        self.panel.read_only = closed
        self.panel.meeting_id = meeting.id if meeting else None
        self.panel.meeting_label = (
            self.tr("Réunion du {date}").format(date=f"{meeting.starts_at:%d/%m/%Y}")
            + (f" ({meeting.title})" if meeting.title else "")
            if meeting
            else ""
        )
        self._show(current)

    def _fill_list(self, meeting: MeetingView | None, follow_up: list[DecisionView]) -> None:
        """Texts updated in place when the agenda is the same, rebuilt otherwise."""
        rows = [
            (FOLLOW_UP, self.tr("Suivi des décisions précédentes ({n})").format(n=len(follow_up)))
        ]
        for n, item in enumerate(meeting.items if meeting else [], start=1):
            text = f"{n}. {item.starts_at:%H:%M}  {item.theme or ''}".rstrip()
            if patient := patient_cell(item):
                text += f" — {patient}"
            rows.append((item.id, text))
        keys = [
            self.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.items.count())
        ]
        self.items.blockSignals(True)
        if keys != [k for k, _ in rows]:
            self.items.clear()
            for key, text in rows:
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, key)
                self.items.addItem(entry)
        else:
            for r, (_key, text) in enumerate(rows):
                self.items.item(r).setText(text)
        self.items.blockSignals(False)

    def current_key(self) -> int | None:
        entry = self.items.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _row_changed(self, _row: int) -> None:
        key = self.current_key()
        self.panel.save_now()  # may reload this page: read the key again after
        self._show(self.current_key() if self.current_key() is not None else key)

    def _show(self, key: int | None) -> None:
        if key == FOLLOW_UP or key is None or self.meeting is None:
            self.stack.setCurrentWidget(self.follow_up)
            return
        for n, item in enumerate(self.meeting.items, start=1):
            if item.id == key:
                self.panel.load(item, n)
        self.stack.setCurrentWidget(self.panel)

    def select_item(self, item_id: int) -> None:
        for r in range(self.items.count()):
            if self.items.item(r).data(Qt.ItemDataRole.UserRole) == item_id:
                self.items.setCurrentRow(r)

    def step(self, direction: int) -> None:
        row = max(0, min(self.items.count() - 1, self.items.currentRow() + direction))
        self.items.setCurrentRow(row)

    def set_presentation(self, on: bool) -> None:
        """Large type, the current item highlighted, attendance out of the way."""
        if self.present_button.isChecked() != on:
            self.present_button.setChecked(on)  # comes back here through toggled
            return
        self._apply_fonts(on)
        self.attendance.setVisible(not on)
        self.presentation_toggled.emit(on)

    def _apply_fonts(self, large: bool) -> None:
        font = QFont(self.base_font)
        if large:
            font.setPointSizeF(self.base_font.pointSizeF() * SCALE)
        self.setFont(font)
        self.items.setFont(font)  # a style sheet stops the font from being inherited
        self.present_button.setText(
            self.tr("Quitter la présentation") if large else self.tr("Mode présentation")
        )
        self.split.setSizes([440, 960] if large else [400, 1000])
        title = QFont(font)
        title.setPointSizeF(font.pointSizeF() * 1.4)
        title.setBold(True)
        self.panel.title.setFont(title)
        self.panel.timer.display.setFont(title)
