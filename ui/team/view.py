"""The Team screen: structure form on the left, professionals table and form on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from protoedit import team
from protoedit.ops import Entity, OpChanges
from ui.context import AppContext
from ui.team.models import ProfessionalsModel
from ui.team.professional_form import ProfessionalForm
from ui.team.structure_form import StructureForm


class TeamView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.structure = StructureForm(ctx)
        self.model = ProfessionalsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (ProfessionalsModel.COL_ACTIVE, ProfessionalsModel.COL_CODE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Professionnels de l'équipe"))
        self.form = ProfessionalForm(ctx)
        self._reselecting = False
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.form)
        left = QVBoxLayout()
        left.addWidget(self.structure)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.table.selectionModel().selectionChanged.connect(self.on_selected)
        self.form.saved.connect(self.select_id)
        ctx.hub.changed.connect(self.on_changes)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(team.list_professionals(self.ctx.db))

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if changes.touches(Entity.PROFESSIONAL):
            self.reload()

    def on_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self._reselecting:
            self.form.show_professional(self.model.rows[rows[0].row()])

    def select_id(self, pid: int) -> None:
        """Select the card the form just saved, leaving the form (and what it shows) alone."""
        for row, p in enumerate(self.model.rows):
            if p.id == pid:
                self._reselecting = True
                try:
                    self.table.selectRow(row)
                finally:
                    self._reselecting = False
                self.table.scrollTo(self.model.index(row, 0))
                return

    def professional_ids(self) -> list[int]:
        return [
            self.model.data(self.model.index(r, 0), Qt.ItemDataRole.UserRole)
            for r in range(self.model.rowCount())
        ]
