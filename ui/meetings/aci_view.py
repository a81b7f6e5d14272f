"""The yearly ACI view: the contract's criteria with points, euros and what is missing; PDF, CSV."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
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
from protoedit.export.aci_pdf import aci_data, build_aci_pdf, write_aci_csv
from protoedit.meetings.aci_contract import DENOMINATOR_MAX, set_denominator
from protoedit.meetings.aci_report import AciYear, aci_year, criteria_rows
from protoedit.ops import Entity, OpChanges
from ui.context import AppContext
from ui.meetings.models import RED, meeting_kind_label
from ui.operations import run_op
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


def _cell(t: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell that `_fill` gave an item."""
    item = t.item(row, column)
    assert item is not None
    return item


def _plain(text: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class AciYearView(QWidget):
    """The chosen calendar year against the ACI contract, as the annual report needs it."""

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
        self.status = _plain()
        self.denominator = QSpinBox()
        self.denominator.setRange(0, DENOMINATOR_MAX)
        self.denominator.setSpecialValueText(self.tr("non saisi"))
        self.denominator.setGroupSeparatorShown(True)
        self.denominator.setAccessibleName(
            self.tr("Patients de 75 ans ou plus ou en ALD de la patientèle médecin traitant")
        )
        self.denominator.setToolTip(
            self.tr(
                "Le dénominateur de la règle des 5 % : nombre de patients de 75 ans ou plus ou en ALD "
                "ayant déclaré un médecin traitant de la structure, pour l'année choisie."
            )
        )
        self.denominator_button = QPushButton(self.tr("Enregistrer le nombre de patients"))
        self.denominator_info = _plain()
        self.indicators = _table(
            [
                self.tr("Critère (termes du contrat)"),
                self.tr("Résultat"),
                self.tr("Points"),
                self.tr("Euros"),
                self.tr("Ce qui manque"),
            ],
            0,
        )
        self.indicators.setWordWrap(True)
        header = self.indicators.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.wording = _plain(wrap=True)
        self.wording.setObjectName("aciWording")
        self.source = _plain(wrap=True)
        self.source.setStyleSheet("color: #555;")
        self.meetings = _table([self.tr("Date"), self.tr("Réunion"), self.tr("Cas discutés")], 1)
        self.protocols = _table(
            [
                self.tr("Code"),
                self.tr("Protocole"),
                self.tr("Thème ACI"),
                self.tr("En vigueur depuis"),
            ],
            1,
        )
        self.exporter = PdfExporter(ctx, self)
        top = QHBoxLayout()
        top.addWidget(_plain(self.tr("Année")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        denominator = QHBoxLayout()
        self.denominator_label = _plain()
        denominator.addWidget(self.denominator_label)
        denominator.addWidget(self.denominator)
        denominator.addWidget(self.denominator_button)
        denominator.addWidget(self.denominator_info, 1)
        lists = QGridLayout()
        lists.addWidget(_plain(self.tr("Réunions de concertation tenues")), 0, 0)
        lists.addWidget(_plain(self.tr("Protocoles en vigueur sur les thèmes de l'annexe 3")), 0, 1)
        lists.addWidget(self.meetings, 1, 0)
        lists.addWidget(self.protocols, 1, 1)
        lists.setColumnStretch(0, 2)
        lists.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(denominator)
        layout.addWidget(self.indicators)
        layout.addWidget(self.wording)
        layout.addWidget(self.source)
        layout.addLayout(lists, 1)
        self.year.valueChanged.connect(self.reload)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.denominator_button.clicked.connect(self.save_denominator)
        self.denominator.lineEdit().returnPressed.connect(self.save_denominator)
        self.exporter.finished.connect(
            lambda p: self.status.setText(
                self.tr("PDF enregistré : {name}").format(name=Path(p).name)
            )
        )
        ctx.hub.changed.connect(self.on_changes)
        self.reload()

    def save_denominator(self) -> None:
        year, patients = self.year.value(), self.denominator.value()
        if patients == 0:
            self.denominator_info.setText(self.tr("Saisissez un nombre de patients (1 ou plus)."))
            return
        run_op(self.ctx, self, set_denominator, year, patients)

    def reload(self) -> None:
        a = self.aci = aci_year(self.ctx.db, self.year.value())
        self.denominator_label.setText(
            self.tr(
                "Patients de 75 ans ou plus ou en ALD (patientèle médecin traitant) en {year} :"
            ).format(year=a.year)
        )
        d = a.denominator
        self.denominator.setValue(d.patients if d else 0)
        self.denominator_info.setText(
            self.tr("saisi par {who} le {date}").format(who=d.by, date=f"{d.at:%d/%m/%Y}")
            if d
            else self.tr("à saisir pour la règle des 5 %")
        )
        criteria = criteria_rows(a)
        _fill(
            self.indicators, [[c.label, c.result, c.points, c.euros, c.missing] for c in criteria]
        )
        for row, c in enumerate(criteria):
            if c.reached is not None:
                _cell(self.indicators, row, 1).setForeground(QBrush(GREEN if c.reached else RED))
            if c.code != "protocols":  # protocols beyond those held are a bonus, not a failure
                _cell(self.indicators, row, 4).setForeground(QBrush(RED))
        bold = self.indicators.font()
        bold.setBold(True)
        for col in range(self.indicators.columnCount()):
            _cell(self.indicators, len(criteria) - 1, col).setFont(bold)
        self.indicators.resizeRowsToContents()
        rows_height = sum(self.indicators.rowHeight(r) for r in range(self.indicators.rowCount()))
        self.indicators.setFixedHeight(
            rows_height + self.indicators.horizontalHeader().height() + 4
        )
        self.wording.setText(
            self.tr("Termes du contrat. {concertation} {protocols}").format(
                concertation=a.figures.concertation.wording(),
                protocols=a.figures.protocols.wording(),
            )
        )
        checked = (
            a.figures.checked and a.figures.concertation.checked and a.figures.protocols.checked
        )
        self.source.setText(
            self.tr("Chiffres du catalogue, en vigueur depuis le {date} : {source}.").format(
                date=f"{a.figures.valid_from:%d/%m/%Y}", source=a.figures.source
            )
            + ("" if checked else self.tr(" Certains chiffres restent à vérifier."))
        )
        rcp = meeting_kind_label("rcp")
        _fill(
            self.meetings,
            [[f"{m.starts_at:%d/%m/%Y %H:%M}", m.title or rcp, str(m.cases)] for m in a.meetings],
        )
        rows = []
        for p in a.protocols:
            theme = catalog.aci_theme(p.aci_theme)
            rows.append(
                [
                    p.code,
                    p.title,
                    theme.label() if theme else p.aci_theme,
                    f"{p.in_force_since:%d/%m/%Y}",
                ]
            )
        _fill(self.protocols, rows)

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if changes.touches(
            Entity.MEETING,
            Entity.AGENDA_ITEM,
            Entity.PROTOCOL,
            Entity.PROTOCOL_VERSION,
            Entity.ACI_DENOMINATOR,
        ):
            self.reload()

    def export_pdf(self, path: str | Path | None = None) -> Task | None:
        year = self.year.value()
        target = (
            Path(path)
            if path
            else self.exporter.ask_path(
                self.tr("Enregistrer le bilan ACI"), f"bilan-aci-{year}.pdf"
            )
        )
        if target is None:
            return None
        return self.exporter.export(lambda: aci_data(self.ctx.db, year), build_aci_pdf, target)

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Small: written on this thread, atomically, with the BOM Excel needs."""
        year = self.year.value()
        target = (
            Path(path)
            if path
            else self.exporter.ask_path(
                self.tr("Enregistrer le bilan ACI (CSV)"),
                f"bilan-aci-{year}.csv",
                self.tr("Fichiers CSV (*.csv)"),
            )
        )
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
