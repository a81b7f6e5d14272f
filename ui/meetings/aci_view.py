"""The yearly ACI view: meetings held against 6, cases with 75+/ALD, protocols against 8; PDF, CSV."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.aci_report import AciYear, aci_year
from protoedit.export.meeting_pdf import aci_data, build_aci_pdf, write_aci_csv
from protoedit.ops import OpChanges
from ui.context import AppContext
from ui.meetings.models import RED, meeting_kind_label
from ui.widgets.pdf_export import PdfExporter
from ui.widgets.tasks import Task

log = logging.getLogger("protoedit.meetings")
GREEN = QColor("#2e7d32")


def _table(headers: list[str], stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))


class AciYearView(QWidget):
    """Counts for the chosen calendar year, as the annual ACI report needs them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.aci: AciYear | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setAccessibleName(self.tr("Année"))
        self.pdf_button = QPushButton(self.tr("Exporter en PDF"))
        self.csv_button = QPushButton(self.tr("Exporter en CSV (Excel)"))
        self.status = QLabel()
        self.indicators = _table([self.tr("Indicateur"), self.tr("Valeur"), self.tr("Objectif"),
                                  self.tr("Résultat")], 0)
        self.meetings = _table([self.tr("Date"), self.tr("Réunion"), self.tr("Cas discutés")], 1)
        self.protocols = _table([self.tr("Code"), self.tr("Protocole"), self.tr("Thème ACI"),
                                 self.tr("En vigueur depuis")], 1)
        self.exporter = PdfExporter(ctx, self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.indicators)
        layout.addWidget(QLabel(self.tr("Réunions de concertation tenues")))
        layout.addWidget(self.meetings, 2)
        layout.addWidget(QLabel(self.tr("Protocoles en vigueur sur les thèmes de l'annexe 3")))
        layout.addWidget(self.protocols, 2)
        self.year.valueChanged.connect(self.reload)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.exporter.finished.connect(
            lambda p: self.status.setText(self.tr("PDF enregistré : {name}").format(name=Path(p).name)))
        ctx.hub.changed.connect(self.on_changes)
        self.reload()

    def reload(self) -> None:
        a = self.aci = aci_year(self.ctx.db, self.year.value())
        reached, missed = self.tr("atteint"), self.tr("non atteint")
        _fill(self.indicators, [
            [self.tr("Réunions de concertation tenues"), str(a.meetings_held), str(a.meetings_target),
             reached if a.meetings_reached else missed],
            [self.tr("Cas de patients discutés"), str(a.cases), "", ""],
            [self.tr("dont patients de 75 ans ou plus"), str(a.cases_75), "", ""],
            [self.tr("dont patients en ALD"), str(a.cases_ald), "", ""],
            [self.tr("dont 75 ans ou plus ou en ALD"), str(a.cases_75_or_ald), "", ""],
            [self.tr("Protocoles en vigueur sur les thèmes de l'annexe 3"),
             str(a.protocols_approved), str(a.protocols_target),
             reached if a.protocols_reached else missed]])
        for row, ok in ((0, a.meetings_reached), (5, a.protocols_reached)):
            self.indicators.item(row, 3).setForeground(QBrush(GREEN if ok else RED))
        self.indicators.resizeRowsToContents()
        rows_height = sum(self.indicators.rowHeight(r) for r in range(self.indicators.rowCount()))
        self.indicators.setFixedHeight(rows_height + self.indicators.horizontalHeader().height() + 4)
        rcp = meeting_kind_label("rcp")
        _fill(self.meetings, [[f"{m.starts_at:%d/%m/%Y %H:%M}", m.title or rcp, str(m.cases)]
                              for m in a.meetings])
        rows = []
        for p in a.protocols:
            theme = catalog.aci_theme(p.aci_theme)
            rows.append([p.code, p.title, theme.label() if theme else p.aci_theme,
                         f"{p.in_force_since:%d/%m/%Y}"])
        _fill(self.protocols, rows)

    def on_changes(self, changes: OpChanges) -> None:
        if changes.touches("meeting", "agenda_item", "protocol", "protocol_version"):
            self.reload()

    def export_pdf(self, path: str | Path | None = None) -> Task | None:
        year = self.year.value()
        target = Path(path) if path else self.exporter.ask_path(
            self.tr("Enregistrer le bilan ACI"), f"bilan-aci-{year}.pdf")
        if target is None:
            return None
        return self.exporter.export(lambda: aci_data(self.ctx.db, year), build_aci_pdf, target)

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Small: written on this thread, atomically, with the BOM Excel needs."""
        year = self.year.value()
        target = Path(path) if path else self.exporter.ask_path(
            self.tr("Enregistrer le bilan ACI (CSV)"), f"bilan-aci-{year}.csv",
            self.tr("Fichiers CSV (*.csv)"))
        if target is None:
            return None
        try:
            write_aci_csv(aci_year(self.ctx.db, year), target)
        except OSError as err:
            self.exporter.warn_write(err)
            return None
        log.info("ACI %s CSV written", year)
        self.status.setText(self.tr("CSV enregistré : {name}").format(name=target.name))
        return target
