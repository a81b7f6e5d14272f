"""During the meeting: decisions of earlier meetings marked done, postponed or cancelled, with why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.meetings import decisions
from protoedit.meetings.queries import DecisionView
from ui.context import AppContext
from ui.meetings.common import table
from ui.meetings.models import decisions_model
from ui.operations import run_op


class FollowUpPanel(QGroupBox):
    """Select a decision, say a word of why, then one click: done, postponed or cancelled."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.read_only = False
        self.setTitle(self.tr("Suivi des décisions des réunions précédentes"))
        self.model = decisions_model(with_meeting=True)
        self.table = table(self.model, self.tr("Décisions à suivre"))
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.note.setPlaceholderText(
            self.tr("Un mot de pourquoi (obligatoire pour reporter ou annuler)")
        )
        self.done_button = QPushButton(self.tr("Faite"))
        self.postpone_button = QPushButton(self.tr("Reportée"))
        self.cancel_button = QPushButton(self.tr("Annulée"))
        self.reopen_button = QPushButton(self.tr("Rouvrir"))
        self.empty = QLabel(self.tr("Aucune décision en attente des réunions précédentes."))
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        for b in (self.done_button, self.postpone_button, self.cancel_button, self.reopen_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        for b, status in (
            (self.done_button, "done"),
            (self.postpone_button, "postponed"),
            (self.cancel_button, "cancelled"),
            (self.reopen_button, "open"),
        ):
            b.clicked.connect(lambda _=False, s=status: self.mark(s))
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self.hint.clear)

    def load(self, meeting_id: int | None, rows: list[DecisionView], read_only: bool) -> None:
        selected = self.selected()
        self.meeting_id, self.read_only = meeting_id, read_only
        self.model.set_rows(rows)
        row = self.model.row_of(selected.id) if selected else -1
        if row >= 0:
            self.table.selectRow(row)
        self.empty.setVisible(not rows)
        self._update()

    def selected(self) -> DecisionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, decision_id: int) -> None:
        row = self.model.row_of(decision_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update(self, *_args: object) -> None:
        chosen = self.selected() is not None and not self.read_only
        for b in (self.done_button, self.postpone_button, self.cancel_button, self.reopen_button):
            b.setEnabled(chosen)
        self.note.setEnabled(not self.read_only)

    def mark(self, status: str) -> None:
        d = self.selected()
        if d is None or self.meeting_id is None:
            return
        if status in ("postponed", "cancelled") and not self.note.text().strip():
            self.hint.setText(self.tr("Indiquez en quelques mots pourquoi."))
            self.note.setFocus()
            return
        self.hint.clear()
        if (
            run_op(
                self.ctx,
                self,
                decisions.set_decision_status,
                d.id,
                status,
                self.note.text(),
                self.meeting_id,
            )
            is not None
        ):
            self.note.clear()
