"""The members of a declaration: their table and the editor of one member."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog, team
from protoedit.cooperation import declarations as coop
from protoedit.cooperation.queries import MemberView
from protoedit.cooperation.rules import ROLE_LABELS
from protoedit.errors import FieldErrors
from ui.context import AppContext
from ui.cooperation.models import MembersModel, core_label
from ui.cooperation.widgets import DateEdit, OptionalDateEdit, hours_text, parse_number
from ui.operations import run_op
from ui.widgets.errors import fields_text
from ui.widgets.fields import CheckedLineEdit
from ui.widgets.plain import plain_label


class MembersBox(QGroupBox):
    """Before the declaration members are edited freely; after it, every arrival or departure
    is a dated team change.

    Signals: changed(object) with the OpChanges of each saved edit.
    """

    changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("2. Membres : délégants et délégués"))
        self.ctx = ctx
        self.declaration: coop.DeclarationView | None = None
        self.member: MemberView | None = None
        self.model = MembersModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(130)
        self.table.setAccessibleName(self.tr("Membres de la déclaration"))
        self.hint = QLabel(self.tr("Enregistrez d'abord la déclaration pour ajouter ses membres."))
        self.professional = QComboBox()
        self.professional.setAccessibleName(self.tr("Professionnel"))
        self.professional.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.professional.setMinimumContentsLength(16)
        self.role = QComboBox()
        for code, label in ROLE_LABELS.items():
            self.role.addItem(core_label(label), code)
        self.engagement = OptionalDateEdit(self.tr("signé le"))
        self.training = OptionalDateEdit(self.tr("suivie le"))
        self.hours = CheckedLineEdit(max_length=8)
        self.hours.edit.setPlaceholderText(self.tr("heures attestées"))
        self.change_label = QLabel(self.tr("Date du changement d'équipe"))
        self.change_date = DateEdit()
        self.add_button = QPushButton(self.tr("Ajouter à l'équipe"))
        self.save_button = QPushButton(self.tr("Enregistrer le membre"))
        self.remove_button = QPushButton(self.tr("Retirer de l'équipe"))
        self.new_button = QPushButton(self.tr("Nouveau membre"))
        self.error = plain_label(styleSheet="color: #b00020;", wordWrap=True)
        self.error.hide()
        editor = QFormLayout()
        editor.addRow(self.tr("Professionnel"), self.professional)
        editor.addRow(self.tr("Rôle"), self.role)
        editor.addRow(self.tr("Engagement"), self.engagement)
        editor.addRow(self.tr("Formation (délégués)"), self.training)
        editor.addRow(self.tr("Durée de formation (h)"), self.hours)
        editor.addRow(self.change_label, self.change_date)
        buttons = QGridLayout()
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.save_button, 0, 1)
        buttons.addWidget(self.add_button, 1, 0)
        buttons.addWidget(self.remove_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(editor)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self.on_selected)
        self.new_button.clicked.connect(self.start_new)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.set_declaration(None)

    def reload_professionals(self) -> None:
        current = self.professional.currentData()
        self.professional.clear()
        self.professional.addItem(self.tr("— choisir dans l'équipe —"), None)
        for pro in team.list_professionals(self.ctx.db, active_only=True):
            label = f"{pro.last_name.upper()} {pro.first_name} — "
            self.professional.addItem(label + catalog.profession_label(pro.profession), pro.id)
        self.professional.setCurrentIndex(max(0, self.professional.findData(current)))

    def set_declaration(self, view: coop.DeclarationView | None) -> None:
        """Show the members of `view` (None: a declaration not saved yet)."""
        selected = self.member.id if self.member else None
        self.declaration = view
        self.reload_professionals()
        self.model.set_rows(list(view.members) if view else [])
        declared = bool(view and view.is_declared)
        self.hint.setVisible(view is None)
        for w in (
            self.table,
            self.professional,
            self.role,
            self.engagement,
            self.training,
            self.hours,
            self.new_button,
            self.add_button,
        ):
            w.setEnabled(view is not None)
        self.change_label.setVisible(declared)
        self.change_date.setVisible(declared)
        self.add_button.setText(
            self.tr("Enregistrer l'arrivée (changement d'équipe)")
            if declared
            else self.tr("Ajouter à l'équipe")
        )
        self.remove_button.setText(
            self.tr("Enregistrer le départ (changement d'équipe)")
            if declared
            else self.tr("Retirer de l'équipe")
        )
        row = next((i for i, m in enumerate(self.model.rows) if m.id == selected), None)
        if row is None:
            self.start_new()
        else:
            self.table.selectRow(row)
            self.show_member(self.model.rows[row])

    def start_new(self) -> None:
        self.table.clearSelection()
        self.show_member(None)

    def on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_member(self.model.rows[rows[0].row()])

    def show_member(self, m: MemberView | None) -> None:
        self.member = m
        declared = bool(self.declaration and self.declaration.is_declared)
        self.professional.setCurrentIndex(
            max(0, self.professional.findData(m.professional_id if m else None))
        )
        self.role.setCurrentIndex(max(0, self.role.findData(m.role if m else "delegue")))
        self.engagement.set_value(m.engagement_date if m else None)
        self.training.set_value(m.training_date if m else None)
        self.hours.setText(hours_text(m.training_hours) if m else "")
        self.hours.set_error(None)
        self.error.hide()
        fixed = m is not None and declared
        self.professional.setEnabled(self.declaration is not None and not fixed)
        self.role.setEnabled(self.declaration is not None and not fixed)
        active = m is not None and m.left_on is None
        self.save_button.setEnabled(m is not None)
        self.remove_button.setEnabled(active)
        self.add_button.setEnabled(self.declaration is not None and m is None)

    def values(self) -> coop.MemberInput | None:
        try:
            hours = parse_number(self.hours.text())
        except ValueError:
            self.hours.set_error(self.tr("Indiquez un nombre d'heures, par exemple 10 ou 10,5."))
            return None
        self.hours.set_error(None)
        return coop.MemberInput(
            professional_id=self.professional.currentData(),
            role=self.role.currentData(),
            engagement_date=self.engagement.value(),
            training_date=self.training.value(),
            training_hours=hours,
        )

    def _run(self, fn, *args) -> None:
        changes = run_op(self.ctx, self, fn, *args, on={FieldErrors: self._refused_fields})
        if changes is not None:
            self.changed.emit(changes[-1] if isinstance(changes, tuple) else changes)

    def _refused_fields(self, err: FieldErrors) -> None:
        self.error.setText(fields_text(err))
        self.error.show()

    def add(self) -> None:
        values, view = self.values(), self.declaration
        if values is None or view is None:
            return
        day = self.change_date.value() if view.is_declared else None
        self._run(coop.add_member, view.id, values, day)

    def save(self) -> None:
        values, m = self.values(), self.member
        if values is None or m is None:
            return
        self._run(coop.update_member, m.id, values, m.revision)

    def remove(self) -> None:
        m, view = self.member, self.declaration
        if m is None or view is None:
            return
        day = self.change_date.value() if view.is_declared else None
        self.member = None
        self._run(coop.remove_member, m.id, day, m.revision)
