"""The "Qualité" overview: every protocol's indicators against their targets, signals, due
measurements and open PDSA cycles; the measurements the coordinator has to collect."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QSpinBox, QVBoxLayout, QWidget

from protoedit.quality import queries
from ui.context import AppContext
from ui.meetings.common import table
from ui.quality import common
from ui.quality.exports import PDF_KEYS, QualityExporter, default_year, shortcut_button
from ui.quality.models import DueModel, DueRow, OverviewModel, due_rows
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.plain import plain_label
from ui.widgets.tasks import Task

TITLE_WIDTH = 250  # pixels


class QualityOverview(QWidget):
    """Signals: open_requested(int protocol_id, object due: DueRow | None)"""

    open_requested = Signal(int, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = OverviewModel()
        self.table = table(
            self.model, self.tr("Qualité des protocoles"), stretch=(OverviewModel.COL_INDICATORS,)
        )
        # The title wraps in a third of the room; the indicators' lines get the rest.
        self.table.horizontalHeader().setSectionResizeMode(
            OverviewModel.COL_TITLE, QHeaderView.ResizeMode.Interactive
        )
        self.table.setColumnWidth(OverviewModel.COL_TITLE, TITLE_WIDTH)
        self.table.setToolTip(self.tr("Entrée ou double-clic : la page qualité du protocole"))
        self.due_model = DueModel()
        self.due = table(
            self.due_model, self.tr("Mesures à saisir"), stretch=(DueModel.COL_PROTOCOL,)
        )
        self.due.setToolTip(self.tr("Entrée ou double-clic : saisir cette mesure"))
        self.heading = ElidedLabel(self.tr("Qualité des protocoles"), scale=1.3, bold=True)
        self.heading.setObjectName("qualityHeading")
        self.summary = plain_label()
        self.due_title = plain_label(self.tr("Mesures à saisir"))
        self.empty = plain_label(
            self.tr(
                "Aucun protocole pour l'instant. Les indicateurs d'un protocole validé "
                "apparaissent ici, avec les mesures à saisir."
            )
        )
        self.empty.setWordWrap(True)
        self.exporter = QualityExporter(ctx, self)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(default_year(common.today()))
        self.year.setAccessibleName(self.tr("Année du rapport"))
        self.year_button = shortcut_button(
            self,
            self.tr("Rapport qualité annuel (PDF)…"),
            self.tr("Le rapport qualité de l'équipe pour l'année choisie : tous les protocoles"),
            PDF_KEYS,
        )
        self.csv_button = QPushButton(self.tr("Exporter les mesures (CSV)…"))
        self.csv_button.setToolTip(
            self.tr(
                "Toutes les mesures de tous les protocoles, pour un tableur (aucune donnée patient)"
            )
        )
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.summary)
        files = QHBoxLayout()
        files.addWidget(plain_label(self.tr("Année")))
        files.addWidget(self.year)
        files.addWidget(self.year_button)
        files.addWidget(self.csv_button)
        files.addStretch(1)
        files.addLayout(self.exporter.status_bar())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(files)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.due_title)
        layout.addWidget(self.due, 2)
        self.table.activated.connect(self._open_protocol)
        self.due.activated.connect(self._open_due)
        self.year_button.clicked.connect(lambda: self.export_year())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.reload()

    def reload(self) -> None:
        protocols = queries.overview(self.ctx.db, common.today())
        current = self.table.currentIndex().row()
        self.model.set_rows(protocols)
        self.due_model.set_rows(due_rows(protocols))
        if 0 <= current < self.model.rowCount():
            self.table.selectRow(current)
        self.empty.setVisible(not protocols)
        due = self.due_model.rowCount()
        self.summary.setText(
            self.tr(
                "Protocoles : {protocols} · mesures à saisir : {due} · "
                "cycles PDSA en cours : {cycles}"
            ).format(
                protocols=len(protocols), due=due, cycles=sum(len(p.open_cycles) for p in protocols)
            )
        )
        self.due.setVisible(due > 0)
        self.due_title.setText(
            self.tr("Mesures à saisir ({count})").format(count=due)
            if due
            else self.tr("Mesures à saisir : aucune, tout est à jour")
        )

    def _open_protocol(self, index) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.rows[index.row()].protocol_id, None)

    def _open_due(self, index) -> None:
        if index.isValid():
            row: DueRow = self.due_model.rows[index.row()]
            self.open_requested.emit(row.protocol_id, row)

    def export_year(self, path: str | Path | None = None) -> Task | None:
        """The team's quality report of the chosen year (PDF, built in a worker)."""
        return self.exporter.export_year(self.year.value(), path)

    def export_csv(self, path: str | Path | None = None) -> Task | None:
        """Every measurement (CSV for a spreadsheet)."""
        return self.exporter.export_csv(path)
