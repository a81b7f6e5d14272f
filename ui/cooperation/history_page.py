"""The team's history after the declaration: dated changes, their PDF, the roster on any date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from protoedit.cooperation import declarations as coop
from protoedit.cooperation.queries import TeamChangeView
from ui.context import AppContext
from ui.cooperation.models import MembersModel, TeamChangesModel
from ui.cooperation.widgets import DateEdit, date_text
from ui.widgets.pdf_export import PdfExporter
from ui.widgets.tasks import Task


def _table(model, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


class HistoryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.declaration_id: int | None = None
        self.changes_model = TeamChangesModel()
        self.changes = _table(self.changes_model, self.tr("Modifications d'équipe"))
        self.export_button = QPushButton(self.tr("PDF de la modification d'équipe…"))
        self.hint = QLabel(wordWrap=True)
        self.day = DateEdit()
        self.roster_model = MembersModel()
        self.roster = _table(self.roster_model, self.tr("Équipe à la date choisie"))
        self.roster_title = QLabel()
        history = QGroupBox(self.tr("Modifications d'équipe déclarées"))
        top = QVBoxLayout(history)
        top.addWidget(self.hint)
        top.addWidget(self.changes, 1)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        top.addLayout(row)
        roster = QGroupBox(self.tr("Équipe à une date"))
        bottom = QVBoxLayout(roster)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Équipe au")))
        pick.addWidget(self.day)
        pick.addWidget(self.roster_title, 1)
        bottom.addLayout(pick)
        bottom.addWidget(self.roster, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(history, 1)
        layout.addWidget(roster, 1)
        self.day.dateChanged.connect(self.show_roster)
        self.export_button.clicked.connect(self.choose_export_path)
        self.changes.selectionModel().selectionChanged.connect(self._update_buttons)
        self.exporter = PdfExporter(ctx, self)
        self.show_declaration(None)

    def show_declaration(self, declaration_id: int | None) -> None:
        self.declaration_id = declaration_id
        rows = coop.team_changes(self.ctx.db, declaration_id) if declaration_id else []
        self.changes_model.set_rows(rows)
        self.hint.setText(
            self.tr(
                "Après la déclaration, chaque arrivée ou départ enregistré dans l'onglet Déclaration "
                "devient une modification d'équipe datée, à déclarer de nouveau."
            )
        )
        if rows:
            self.changes.selectRow(len(rows) - 1)
        self._update_buttons()
        self.show_roster()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.selected_change() is not None)

    def selected_change(self) -> TeamChangeView | None:
        rows = self.changes.selectionModel().selectedRows()
        return self.changes_model.rows[rows[0].row()] if rows else None

    def show_roster(self) -> None:
        if self.declaration_id is None:
            self.roster_model.set_rows([])
            self.roster_title.clear()
            return
        day: dt.date = self.day.value()
        members = coop.roster_on(self.ctx.db, self.declaration_id, day)
        self.roster_model.set_rows(members)
        self.roster_title.setText(
            self.tr("%n membre(s) le {date}", "", len(members)).format(date=date_text(day))
        )

    def choose_export_path(self) -> None:
        change = self.selected_change()
        if change is None:
            return
        path = self.exporter.ask_path(
            self.tr("Modification d'équipe"),
            f"modification-equipe-{change.change_date.isoformat()}.pdf",
        )
        if path is not None:
            self.export_change(change.id, path)

    def export_change(self, change_id: int, path: Path) -> Task | None:
        from protoedit.export import cooperation_declaration  # ReportLab: loaded on first export

        return self.exporter.export(
            lambda: cooperation_declaration.change_data(self.ctx.db, change_id),
            cooperation_declaration.build_team_change,
            path,
        )
