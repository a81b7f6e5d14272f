"""The Cooperation screen: declarations on the left, the selected one in tabs on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from protoedit.cooperation import declarations as coop
from protoedit.ops import Entity, OpChanges
from ui.context import AppContext
from ui.cooperation.activity_page import ActivityPage
from ui.cooperation.declaration_page import DeclarationPage
from ui.cooperation.history_page import HistoryPage
from ui.cooperation.models import DeclarationsModel
from ui.cooperation.protocol_dialog import TeamProtocolDialog
from ui.cooperation.report_page import ReportPage

WATCHED = (
    Entity.DECLARATION,
    Entity.DECLARATION_MEMBER,
    Entity.TEAM_CHANGE,
    Entity.ACTIVITY_TALLY,
    Entity.COOP_PROTOCOL,
    Entity.PROFESSIONAL,
    Entity.STRUCTURE,
)


class CooperationView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = DeclarationsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Déclarations de protocoles de coopération"))
        self.new_button = QPushButton(self.tr("Nouvelle déclaration"))
        self.protocols_button = QPushButton(self.tr("Protocoles de l'équipe…"))
        self.declaration = DeclarationPage(ctx)
        self.history = HistoryPage(ctx)
        self.activity = ActivityPage(ctx)
        self.report = ReportPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.declaration, self.tr("Déclaration"))
        self.tabs.addTab(self.history, self.tr("Équipe et historique"))
        self.tabs.addTab(self.activity, self.tr("Activité mensuelle"))
        self.tabs.addTab(self.report, self.tr("Bilan annuel"))
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("<b>Protocoles de coopération déclarés</b>")))
        box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.protocols_button)
        box.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 1040])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self.on_selected)
        self.new_button.clicked.connect(self.new_declaration)
        self.protocols_button.clicked.connect(self.edit_protocols)
        self.declaration.declaration_saved.connect(self.select_id)
        self._reselecting = False
        ctx.hub.changed.connect(self.on_changes)
        self.reload()
        if self.model.rows:
            self.table.selectRow(0)
        else:
            self.new_declaration()

    @property
    def current_id(self) -> int | None:
        view = self.declaration.view
        return view.id if view else None

    def reload(self) -> None:
        current = self.current_id
        self.model.set_rows(coop.list_declarations(self.ctx.db))
        for row, d in enumerate(self.model.rows):
            if d.id == current:  # selected again as it was: the tabs are refreshed by the caller
                self._reselecting = True
                try:
                    self.table.selectRow(row)
                finally:
                    self._reselecting = False

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if not changes.touches(*WATCHED):
            return
        self.reload()
        self.show_tabs(self.current_id, refresh_form=False, initiator=initiator)

    def on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self._reselecting:
            self.show_tabs(self.model.rows[rows[0].row()].id)

    def show_tabs(
        self, declaration_id: int | None, refresh_form: bool = True, initiator: object = None
    ) -> None:
        if refresh_form:
            self.declaration.show_declaration(declaration_id)
        else:
            self.declaration.refresh()
        view = self.declaration.view
        self.history.show_declaration(declaration_id)
        if initiator is not self.activity.model:  # its own save: the grid holds the saved row
            self.activity.show_declaration(view)
        self.report.show_declaration(declaration_id)
        for page in (self.history, self.activity, self.report):
            self.tabs.setTabEnabled(self.tabs.indexOf(page), view is not None)

    def new_declaration(self) -> None:
        self.table.clearSelection()
        self.show_tabs(None)
        self.tabs.setCurrentWidget(self.declaration)
        self.declaration.form.protocol.setFocus()

    def select_id(self, declaration_id: int) -> None:
        self.reload()
        for row, d in enumerate(self.model.rows):
            if d.id == declaration_id:
                self.table.selectRow(row)
                return

    def edit_protocols(self) -> None:
        dialog = TeamProtocolDialog(self.ctx, self)
        dialog.exec()
