"""The decisions board across meetings: open, overdue (red), done; filtered by owner."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.meetings import decisions
from protoedit.meetings.queries import DecisionView
from protoedit.ops import Entity, OpChanges
from protoedit.quality import queries
from ui.context import AppContext
from ui.meetings.common import fill_professionals, table
from ui.meetings.models import decisions_model
from ui.operations import run_op

FILTERS = {  # combo entry -> states shown
    "pending": ("open", "overdue", "postponed"),
    "overdue": ("overdue",),
    "done": ("done",),
    "all": (),
}


class DecisionsBoard(QWidget):
    """Every decision with its state today; a decision can be marked done from here too."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: dt.date | None = None  # None: the real today (tests set a day)
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Responsable"))
        self.state = QComboBox()
        for key, label in (
            ("pending", self.tr("À faire (en cours, en retard, reportées)")),
            ("overdue", self.tr("En retard")),
            ("done", self.tr("Faites")),
            ("all", self.tr("Toutes")),
        ):
            self.state.addItem(label, key)
        self.counts = QLabel()
        self.model = decisions_model(with_meeting=True)
        self.table = table(self.model, self.tr("Décisions"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Un mot de suivi (facultatif)"))
        self.done_button = QPushButton(self.tr("Marquer faite"))
        self.cycle_button = QPushButton(self.tr("Voir le cycle PDSA"))
        self.cycle_button.setToolTip(self.tr("Le cycle PDSA lancé à partir de la décision"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Responsable")))
        top.addWidget(self.owner, 1)
        top.addWidget(QLabel(self.tr("Afficher")))
        top.addWidget(self.state, 1)
        top.addWidget(self.counts, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.done_button)
        bottom.addWidget(self.cycle_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        fill_professionals(self.owner, ctx, self.tr("Tous les responsables"))
        self.owner.currentIndexChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        self.done_button.clicked.connect(self.mark_done)
        self.cycle_button.clicked.connect(self.open_cycle)
        self.table.selectionModel().selectionChanged.connect(self._update)
        ctx.hub.changed.connect(self.on_changes)
        self.reload()

    def reload(self) -> None:
        today = self.today or dt.date.today()
        everything = decisions.decisions_board(self.ctx.db, today, self.owner.currentData())
        shown = FILTERS[self.state.currentData()]
        self.model.set_rows([d for d in everything if not shown or d.state in shown])
        n = {s: sum(1 for d in everything if d.state == s) for s in ("open", "overdue", "done")}
        self.counts.setText(
            self.tr("{open} en cours · {overdue} en retard · {done} faites").format(**n)
        )
        self.counts.setStyleSheet("color: #b00020;" if n["overdue"] else "")
        self._update()

    def selected(self) -> DecisionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update(self, *_args: object) -> None:
        d = self.selected()
        self.done_button.setEnabled(d is not None and d.status in ("open", "postponed"))
        self.cycle_button.setEnabled(
            d is not None and queries.cycle_for_decision(self.ctx.db, d.id) is not None
        )

    def open_cycle(self) -> None:
        d = self.selected()
        cycle = queries.cycle_for_decision(self.ctx.db, d.id) if d is not None else None
        if cycle is not None:
            from ui.quality.cycle_dialog import CycleDialog

            CycleDialog(self.ctx, cycle.protocol_id, cycle.id, self).exec()

    def mark_done(self) -> None:
        """Done outside any meeting (e.g. the coordinator checks it between two meetings)."""
        d = self.selected()
        if (
            d is not None
            and run_op(
                self.ctx, self, decisions.set_decision_status, d.id, "done", self.note.text()
            )
            is not None
        ):
            self.note.clear()

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if changes.touches(Entity.PROFESSIONAL):
            fill_professionals(self.owner, self.ctx, self.tr("Tous les responsables"))
        if changes.touches(
            Entity.DECISION, Entity.MEETING, Entity.AGENDA_ITEM, Entity.PROFESSIONAL
        ):
            self.reload()
