"""Decisions of one agenda item, typed from the keyboard: action + Enter, owner, due date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.meetings import decisions
from protoedit.meetings.decisions import DecisionInput
from protoedit.meetings.queries import PROTOCOL_ITEM_KINDS, DecisionView, ItemView
from protoedit.quality import cycles, queries
from ui.context import AppContext
from ui.meetings.common import fill_professionals, table
from ui.meetings.models import decisions_model
from ui.operations import run_op

NO_DATE = QDate(2000, 1, 1)


class DecisionsBox(QGroupBox):
    """Enter in the action field adds the decision with the owner and date beside it; the
    focus stays there for the next one. On an item about a protocol, a decision can open a
    revision of the protocol or start a PDSA cycle (allowed after closing too: it is
    follow-up)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: ItemView | None = None
        self.read_only = False
        self.setTitle(self.tr("Décisions"))
        self.model = decisions_model(with_meeting=False)
        self.table = table(self.model, self.tr("Décisions du point"))
        self.text = QLineEdit()
        self.text.setMaxLength(2000)
        self.text.setPlaceholderText(self.tr("Nouvelle décision : l'action, puis Entrée"))
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.owner.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setToolTip(self.tr("Responsable : un membre de l'équipe, ou un nom libre"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(self.tr("sans échéance"))
        self.due.setDate(NO_DATE)
        self.add_button = QPushButton(self.tr("Ajouter"))
        self.remove_button = QPushButton(self.tr("Supprimer la décision"))
        self.revision_button = QPushButton(self.tr("Ouvrir une révision du protocole"))
        self.pdsa_button = QPushButton(self.tr("Lancer un cycle PDSA"))
        self.pdsa_button.setToolTip(
            self.tr(
                "La décision (sélectionnée, sinon la dernière) devient le but d'un cycle PDSA "
                "du protocole"
            )
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        entry = QHBoxLayout()
        entry.addWidget(self.text, 3)
        entry.addWidget(self.owner, 2)
        entry.addWidget(self.due, 1)
        entry.addWidget(self.add_button)
        follow_up = QHBoxLayout()  # the protocol's follow-up: shown for an item about one
        follow_up.addWidget(self.revision_button)
        follow_up.addWidget(self.pdsa_button)
        follow_up.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        layout.addLayout(follow_up)
        layout.addLayout(actions)
        self.text.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.revision_button.clicked.connect(self.open_revision)
        self.pdsa_button.clicked.connect(self.open_cycle)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_people()

    def refresh_people(self) -> None:
        fill_professionals(self.owner, self.ctx, "")

    def load(self, item: ItemView | None) -> None:
        selected = self.selected()
        same = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        self.model.set_rows(item.decisions if item else [])
        row = self.model.row_of(selected.id) if same and selected else -1
        if row >= 0:
            self.table.selectRow(row)
        about_protocol = item is not None and item.kind in PROTOCOL_ITEM_KINDS
        self.revision_button.setVisible(about_protocol)
        self.pdsa_button.setVisible(
            about_protocol and item is not None and item.protocol_id is not None
        )
        if not same:
            self.status.clear()
        self._update_buttons()

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        for w in (self.text, self.owner, self.due, self.add_button):
            w.setEnabled(not ro)
        self._update_buttons()

    def selected(self) -> DecisionView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def _target(self) -> DecisionView | None:
        """The selected decision, else the last one of the item."""
        return self.selected() or (self.model.rows[-1] if self.model.rows else None)

    def _update_buttons(self, *_args: object) -> None:
        target = self._target()
        self.revision_button.setEnabled(
            target is not None
            and target.protocol_version_id is None
            and target.status != "cancelled"
        )
        self.remove_button.setEnabled(not self.read_only and self.selected() is not None)
        cycle = self._cycle(target)
        self.pdsa_button.setText(
            self.tr("Voir le cycle PDSA") if cycle else self.tr("Lancer un cycle PDSA")
        )
        self.pdsa_button.setEnabled(
            target is not None and (cycle is not None or target.status != "cancelled")
        )

    def _cycle(self, target: DecisionView | None) -> queries.CycleView | None:
        if target is None or not self.pdsa_button.isVisibleTo(self):
            return None
        return queries.cycle_for_decision(self.ctx.db, target.id)

    def values(self) -> DecisionInput:
        name = self.owner.currentText().strip()
        index = self.owner.findText(name, Qt.MatchFlag.MatchFixedString) if name else -1
        owner_id = self.owner.itemData(index) if index > 0 else None
        due = None if self.due.date() == NO_DATE else self.due.date().toPython()
        assert due is None or isinstance(due, dt.date)
        return DecisionInput(
            text=self.text.text(),
            owner_id=owner_id,
            owner_name="" if owner_id is not None else name,
            due_date=due,
        )

    def add(self) -> None:
        if self.item is None or self.read_only or not self.text.text().strip():
            return
        if run_op(self.ctx, self, decisions.add_decision, self.item.id, self.values()) is None:
            return
        self.text.clear()
        self.owner.setCurrentIndex(0)
        self.owner.setEditText("")
        self.due.setDate(NO_DATE)
        self.text.setFocus()
        self.status.setText(self.tr("Décision ajoutée."))

    def remove(self) -> None:
        d = self.selected()
        if d is not None:
            run_op(self.ctx, self, decisions.remove_decision, d.id)

    def open_revision(self) -> None:
        """A new draft of the linked protocol, whose change note cites the meeting."""
        target = self._target()
        if target is None:
            return
        if run_op(self.ctx, self, decisions.open_protocol_revision, target.id) is not None:
            self.status.setText(
                self.tr(
                    "Révision ouverte : un nouveau brouillon du protocole "
                    "cite cette réunion et cette décision."
                )
            )

    def open_cycle(self) -> None:
        """The decision's PDSA cycle: started from it the first time (its text as the aim),
        then shown in the cycle dialog."""
        target = self._target()
        if target is None or self.item is None or self.item.protocol_id is None:
            return
        cycle = self._cycle(target)
        if cycle is None:
            result = run_op(self.ctx, self, cycles.start_from_decision, target.id)
            if result is None:
                return
            cycle_id = result[0]
            self.status.setText(self.tr("Cycle PDSA lancé à partir de la décision."))
        else:
            cycle_id = cycle.id
        from ui.quality.cycle_dialog import CycleDialog

        CycleDialog(self.ctx, self.item.protocol_id, cycle_id, self).exec()
        self._update_buttons()
