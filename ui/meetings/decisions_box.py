"""Decisions of one agenda item, typed from the keyboard: action + Enter, owner, due date; F2
loads one back into the entry line to correct it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.errors import ValidationError
from protoedit.meetings import decisions
from protoedit.meetings.decisions import DecisionInput
from protoedit.meetings.queries import PROTOCOL_ITEM_KINDS, DecisionView, ItemView
from protoedit.quality import cycles, queries
from ui.context import AppContext
from ui.meetings.common import fill_professionals, table
from ui.meetings.models import decisions_model
from ui.operations import run_op
from ui.widgets.errors import core_message
from ui.widgets.plain import plain_label

NO_DATE = QDate(2000, 1, 1)
ROWS_IN_SIGHT = 2  # decisions the table always shows, projected in large type too


class DecisionsBox(QGroupBox):
    """Enter in the action field adds the decision with the owner and date beside it; the
    focus stays there for the next one. F2, Enter or a double-click on a decision (or
    "Modifier") loads it into those fields: Enter then saves the correction, Escape gives up.
    On an item about a protocol, a decision can open a revision of the protocol or start a
    PDSA cycle (allowed after closing too: it is follow-up)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: ItemView | None = None
        self.read_only = False
        self.editing: DecisionView | None = None  # the decision loaded into the entry line
        self.setTitle(self.tr("Décisions"))
        self.model = decisions_model(with_meeting=False)
        self.table = table(self.model, self.tr("Décisions du point"))
        self.text = QLineEdit()
        self.text.setMaxLength(2000)
        self.text.setPlaceholderText(self.tr("Nouvelle décision : l'action, puis Entrée"))
        self.text.setAccessibleName(self.tr("Texte de la décision"))
        self.text.setToolTip(
            self.tr("Entrée : ajouter la décision, ou enregistrer celle en cours de modification")
        )
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
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setToolTip(self.tr("Quitter la modification sans l'enregistrer (Échap)"))
        self.cancel_button.hide()
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.edit_button.setToolTip(
            self.tr(
                "Reprendre la décision sélectionnée dans la ligne de saisie pour la corriger "
                "(F2, Entrée ou double-clic sur la décision)"
            )
        )
        self.remove_button = QPushButton(self.tr("Supprimer la décision"))
        self.revision_button = QPushButton(self.tr("Ouvrir une révision du protocole"))
        self.pdsa_button = QPushButton(self.tr("Lancer un cycle PDSA"))
        self.pdsa_button.setToolTip(
            self.tr(
                "La décision (sélectionnée, sinon la dernière) devient le but d'un cycle PDSA "
                "du protocole"
            )
        )
        self.status = plain_label(wordWrap=True)
        entry = QHBoxLayout()  # the action on a line of its own: it is the longest
        entry.addWidget(self.owner, 1)
        entry.addWidget(self.due)
        entry.addWidget(self.add_button)
        entry.addWidget(self.cancel_button)
        follow_up = QHBoxLayout()  # the protocol's follow-up: shown for an item about one
        follow_up.addWidget(self.revision_button)
        follow_up.addWidget(self.pdsa_button)
        follow_up.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.text)
        layout.addLayout(entry)
        layout.addLayout(follow_up)
        layout.addLayout(actions)
        QWidget.setTabOrder(self.add_button, self.cancel_button)
        self.text.returnPressed.connect(self.submit)
        self.add_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.edit_button.clicked.connect(lambda: self.start_edit(self.selected()))
        self.table.activated.connect(self._activated)  # Enter, double-click
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
        edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.activated.connect(lambda: self.start_edit(self.selected()))
        self.cancel_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.cancel_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_key.activated.connect(self.cancel_edit)
        self.remove_button.clicked.connect(self.remove)
        self.revision_button.clicked.connect(self.open_revision)
        self.pdsa_button.clicked.connect(self.open_cycle)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_people()
        self._show_mode()
        self._keep_rows_in_sight()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the presentation mode's large type
            self._keep_rows_in_sight()

    def _keep_rows_in_sight(self) -> None:
        """The entry lines below the table must not squeeze it under two decisions."""
        line = self.fontMetrics().lineSpacing()
        row = line + line // 4 + 1  # a one-line row, as the header: 18 px for 14, 27 for 22
        self.table.setMinimumHeight((1 + ROWS_IN_SIGHT) * row + 2 * self.table.frameWidth() + 2)

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
            self._leave_edit()  # the decision being corrected belongs to the item left
            self.status.clear()
        self._update_buttons()

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        for w in (self.text, self.owner, self.due, self.add_button):
            w.setEnabled(not ro)
        if ro:
            self._leave_edit()  # closed minutes: nothing more is corrected
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
        self.edit_button.setEnabled(not self.read_only and self.selected() is not None)
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
        d = self.editing
        if owner_id is None and d is not None and d.owner_id is not None and name == d.owner:
            owner_id = d.owner_id  # kept: a member who left the team is not in the list
        due = None if self.due.date() == NO_DATE else self.due.date().toPython()
        assert due is None or isinstance(due, dt.date)
        return DecisionInput(
            text=self.text.text(),
            owner_id=owner_id,
            owner_name="" if owner_id is not None else name,
            due_date=due,
        )

    def submit(self) -> None:
        """Enter in the action field, or the add / save button."""
        if self.editing is not None:
            self.save_edit()
        else:
            self.add()

    def add(self) -> None:
        if self.item is None or self.read_only or not self.text.text().strip():
            return
        if run_op(self.ctx, self, decisions.add_decision, self.item.id, self.values()) is None:
            return
        self._clear_entry()
        self.status.setText(self.tr("Décision ajoutée."))

    def _clear_entry(self) -> None:
        self.text.clear()
        self.owner.setCurrentIndex(0)
        self.owner.setEditText("")
        self.due.setDate(NO_DATE)
        self.text.setFocus()

    # -- correcting a decision ----------------------------------------------------------------

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if 0 <= index.row() < len(self.model.rows):
            self.start_edit(self.model.rows[index.row()])

    def start_edit(self, d: DecisionView | None) -> None:
        """Load a decision's text, owner and due date into the entry line, to correct them."""
        if d is None or self.item is None or self.read_only:
            return
        self.editing = d
        self.text.setText(d.text)
        index = self.owner.findData(d.owner_id) if d.owner_id is not None else -1
        if index > 0:
            self.owner.setCurrentIndex(index)
        else:
            self.owner.setCurrentIndex(0)
            self.owner.setEditText(d.owner)
        due = d.due_date
        self.due.setDate(QDate(due.year, due.month, due.day) if due else NO_DATE)
        self._show_mode()
        self.status.setText(self.tr("Modification : Entrée enregistre, Échap annule."))
        self.text.setFocus()

    def save_edit(self) -> None:
        """Save the correction; when refused, what was typed stays and the reason is shown."""
        d = self.editing
        if d is None or self.read_only:
            return
        refused: list[str] = []
        done = run_op(
            self.ctx,
            self,
            decisions.update_decision,
            d.id,
            self.values(),
            d.revision,
            on={ValidationError: lambda err: refused.append(core_message(err))},
        )
        if done is None:
            reason = " ".join(refused) or self.tr("Modification non enregistrée.")
            self.status.setText(reason + " " + self.tr("Votre saisie est gardée."))
            self.text.setFocus()
            return
        self._leave_edit()
        self.status.setText(self.tr("Décision modifiée."))

    def cancel_edit(self) -> None:
        """Escape or "Annuler": back to adding, nothing saved."""
        if self.editing is None:
            return
        self._leave_edit()
        self.status.setText(self.tr("Modification annulée."))

    def _leave_edit(self) -> None:
        if self.editing is None:
            return
        self.editing = None
        self._clear_entry()
        self._show_mode()

    def _show_mode(self) -> None:
        editing = self.editing is not None
        self.add_button.setText(
            self.tr("Enregistrer la modification") if editing else self.tr("Ajouter")
        )
        self.add_button.setToolTip(
            self.tr("Enregistrer la décision corrigée (Entrée dans le champ de l'action)")
            if editing
            else self.tr("Ajouter la décision (Entrée dans le champ de l'action)")
        )
        self.cancel_button.setVisible(editing)
        self.cancel_key.setEnabled(editing)

    def remove(self) -> None:
        d = self.selected()
        if d is None:
            return
        removed = run_op(self.ctx, self, decisions.remove_decision, d.id) is not None
        if removed and self.editing is not None and self.editing.id == d.id:
            self._leave_edit()

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
