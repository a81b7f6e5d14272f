"""A protocol's quality page: per indicator its chart, signals in words, measurements and their
entry form; the protocol's PDSA cycles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.errors import NotFoundError
from protoedit.quality import measurements, queries, specs
from protoedit.quality.chart import ChartSpec
from protoedit.quality.queries import IndicatorQuality, MeasurementView, ProtocolQuality
from ui.context import AppContext
from ui.meetings.common import table
from ui.operations import run_op
from ui.quality import common
from ui.quality.chart_view import ChartView
from ui.quality.cycle_dialog import CycleDialog
from ui.quality.exports import PDF_KEYS, QualityExporter, shortcut_button
from ui.quality.measurement_form import MeasurementForm
from ui.quality.models import CyclesModel, DueRow, MeasurementsModel
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.fields import shrinkable
from ui.widgets.plain import plain_label
from ui.widgets.tasks import Task

CHART_MIN_HEIGHT = 220


def grey(
    widget: QWidget, role: QPalette.ColorRole = QPalette.ColorRole.WindowText, color: str = "#555"
) -> None:
    """A colour through the palette: a style sheet would stop the zoom's font reaching it."""
    palette = widget.palette()
    palette.setColor(role, QColor(color))
    widget.setPalette(palette)


def make_chart_view() -> ChartView:
    """The run chart / p-chart widget."""
    view = ChartView()
    view.setMinimumHeight(CHART_MIN_HEIGHT)
    return view


def chart_spec(pq: ProtocolQuality, iq: IndicatorQuality, kind: str) -> ChartSpec:
    """What the chart shows (the same definition as the PDF report)."""
    return specs.chart_spec(pq, iq, kind=kind, today=common.today())


def can_p_chart(iq: IndicatorQuality) -> bool:
    return specs.can_p_chart(iq)


def open_cycle_dialog(
    ctx: AppContext, protocol_id: int, cycle_id: int | None, parent: QWidget
) -> None:
    """The PDSA cycle dialog, on a new cycle (None) or an existing one."""
    CycleDialog(ctx, protocol_id, cycle_id, parent).exec()


def _bold(label: QLabel) -> QLabel:
    """A section heading: bold, at the size the window's zoom gives."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ProtocolQualityPage(QWidget):
    """Signals: back_requested() ("← Tous les protocoles" or Escape)."""

    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pq: ProtocolQuality | None = None
        self.back_button = QPushButton(self.tr("← Tous les protocoles"))
        self.back_button.setToolTip(self.tr("Échap"))
        self.title = ElidedLabel(scale=1.3, bold=True)
        self.title.setObjectName("qualityTitle")
        self.indicator = shrinkable(QComboBox(), 30)
        self.indicator.setAccessibleName(self.tr("Indicateur"))
        self.p_chart = QCheckBox(self.tr("Carte de contrôle p"))
        self.p_chart.setToolTip(
            self.tr("Limites de contrôle d'une proportion : à partir de 20 mesures en comptage")
        )
        self.chart = make_chart_view()
        self.definition = plain_label()
        self.definition.setWordWrap(True)
        grey(self.definition)
        self.signals = plain_label()
        self.signals.setObjectName("qualitySignals")
        self.signals.setWordWrap(True)
        self.signals.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.cycles_model = CyclesModel()
        self.cycles = table(
            self.cycles_model, self.tr("Cycles PDSA"), stretch=(CyclesModel.COL_AIM,)
        )
        self.cycles.setToolTip(self.tr("Entrée ou double-clic : ouvrir le cycle"))
        self.new_cycle_button = QPushButton(self.tr("Nouveau cycle…"))
        self.model = MeasurementsModel()
        self.measurements = table(
            self.model, self.tr("Mesures"), stretch=(MeasurementsModel.COL_COMMENT,)
        )
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.edit_button.setToolTip(self.tr("La mesure choisie dans le formulaire (Entrée)"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        self.remove_button.setToolTip(self.tr("Suppr"))
        self.form = MeasurementForm(ctx)
        self.exporter = QualityExporter(ctx, self)
        self.report_button = shortcut_button(
            self,
            self.tr("Rapport qualité (PDF)…"),
            self.tr(
                "Le rapport qualité du protocole : indicateurs, graphiques, signaux, cycles "
                "PDSA, versions"
            ),
            PDF_KEYS,
        )
        self._layout()
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.escape)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.measurements)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.back_button.clicked.connect(self.back_requested)
        self.indicator.currentIndexChanged.connect(lambda _i: self.show_indicator())
        self.p_chart.toggled.connect(lambda _on: self._show_chart())
        self.measurements.activated.connect(lambda _index: self.edit_selected())
        self.measurements.selectionModel().selectionChanged.connect(self._update_buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.new_cycle_button.clicked.connect(lambda: self.open_cycle(None))
        self.cycles.activated.connect(self._cycle_activated)
        self.report_button.clicked.connect(lambda: self.export_report())
        self._update_buttons()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addLayout(self.exporter.status_bar())
        top.addWidget(self.report_button)
        choose = QHBoxLayout()
        choose.addWidget(plain_label(self.tr("Indicateur")))
        choose.addWidget(self.indicator, 1)
        choose.addWidget(self.p_chart)
        side = QVBoxLayout()
        side.addWidget(_bold(plain_label(self.tr("Signaux"))))
        side.addWidget(self.signals, 1)
        cycles_bar = QHBoxLayout()
        cycles_bar.addWidget(_bold(plain_label(self.tr("Cycles PDSA"))))
        cycles_bar.addStretch(1)
        cycles_bar.addWidget(self.new_cycle_button)
        side.addLayout(cycles_bar)
        side.addWidget(self.cycles, 1)
        charts = QHBoxLayout()
        charts.addWidget(self.chart, 3)
        charts.addLayout(side, 2)
        table_bar = QHBoxLayout()
        table_bar.addWidget(_bold(plain_label(self.tr("Mesures"))))
        table_bar.addStretch(1)
        table_bar.addWidget(self.edit_button)
        table_bar.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addLayout(table_bar)
        left.addWidget(self.measurements, 1)
        entry = QHBoxLayout()
        entry.addLayout(left, 3)
        entry.addWidget(self.form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(choose)
        layout.addWidget(self.definition)
        layout.addLayout(charts, 5)
        layout.addLayout(entry, 4)
        for first, second in (
            (self.back_button, self.report_button),
            (self.report_button, self.indicator),
            (self.indicator, self.p_chart),
            (self.p_chart, self.form.period),
            (self.form.cancel_button, self.measurements),
            (self.measurements, self.edit_button),
            (self.edit_button, self.remove_button),
            (self.remove_button, self.cycles),
            (self.cycles, self.new_cycle_button),
        ):
            QWidget.setTabOrder(first, second)

    def escape(self) -> None:
        """Escape leaves a correction under way first, then the page."""
        if self.form.editing is not None:
            self.form.new_entry()
            self.measurements.setFocus()
        else:
            self.back_requested.emit()

    # -- loading ----------------------------------------------------------------------------

    @property
    def protocol_id(self) -> int | None:
        return self.pq.protocol_id if self.pq else None

    def open(self, protocol_id: int, due: DueRow | None = None) -> bool:
        """Show the protocol (at the due measurement's indicator and period when given)."""
        if protocol_id != self.protocol_id:
            self.pq = None
            self.indicator.clear()
            self.exporter.forget()
        if not self.reload(protocol_id):
            return False
        if due is not None:
            self.select_indicator(due.indicator)
            self.form.choose_period(due.start)
            self.form.numerator.setFocus()
        return True

    def reload(self, protocol_id: int | None = None) -> bool:
        pid = protocol_id if protocol_id is not None else self.protocol_id
        if pid is None:
            return False
        try:
            self.pq = queries.protocol_quality(self.ctx.db, pid, common.today())
        except NotFoundError:
            self.pq = None
            return False
        pq = self.pq
        self.title.setText(self.tr("Qualité — {code} {title}").format(code=pq.code, title=pq.title))
        current = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for iq in pq.indicators:
            label = (
                iq.name
                if iq.definition.current
                else self.tr("{name} (n'est plus dans le protocole)").format(name=iq.name)
            )
            if iq.due:
                label += " " + self.tr("— {count} à saisir").format(count=len(iq.due))
            self.indicator.addItem(label, iq.name)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(current)))
        self.indicator.blockSignals(False)
        self.cycles_model.set_rows(pq.cycles)
        self.show_indicator()
        return True

    def select_indicator(self, name: str) -> None:
        index = self.indicator.findData(name)
        if index >= 0:
            self.indicator.setCurrentIndex(index)

    def current_indicator(self) -> IndicatorQuality | None:
        if self.pq is None:
            return None
        return self.pq.indicator(self.indicator.currentData() or "")

    def show_indicator(self) -> None:
        iq = self.current_indicator()
        self.form.set_indicator(self.protocol_id or 0, iq)
        if iq is None:
            self.model.set_measurements([], False)
            self.definition.setText(
                self.tr(
                    "Ce protocole n'a pas d'indicateur : ajoutez-en à l'étape « Évaluation » "
                    "de l'éditeur."
                )
            )
            self.signals.setText("")
        else:
            self.model.set_measurements(iq.measurements, iq.percent)
            self.definition.setText(self._definition(iq))
            self.signals.setText(self._signals_text(iq))
        possible = iq is not None and can_p_chart(iq)
        self.p_chart.setEnabled(possible)
        if not possible:
            self.p_chart.blockSignals(True)
            self.p_chart.setChecked(False)
            self.p_chart.blockSignals(False)
        self._show_chart()
        self._update_buttons()

    def _signals_text(self, iq: IndicatorQuality) -> str:
        """A summary: the signals themselves are said in words under the chart (its caption,
        the same text as in the PDF report)."""
        if iq.signals:
            return self.tr("%n signal(s) : voir le texte sous le graphique.", "", len(iq.signals))
        if len(iq.measurements) < 2:
            return self.tr("Pas encore assez de mesures pour lire des signaux.")
        return self.tr("Aucun signal : la série varie au hasard autour de sa médiane.")

    def _definition(self, iq: IndicatorQuality) -> str:
        d = iq.definition
        parts = [d.definition.strip()]
        if d.target_text.strip():
            parts.append(self.tr("Cible : {target}").format(target=d.target_text.strip()))
        parts.append(self.tr("Mesure {kind}").format(kind=common.kind_label(d.kind)))
        return " · ".join(p for p in parts if p)

    def _show_chart(self) -> None:
        iq = self.current_indicator()
        spec = None
        if self.pq is not None and iq is not None:
            spec = chart_spec(self.pq, iq, "p" if self.p_chart.isChecked() else "run")
        self.chart.set_spec(spec)

    def export_report(self, path: str | Path | None = None) -> Task | None:
        """The protocol's quality report (PDF), built in a worker; `path` skips the dialog."""
        if self.pq is None:
            return None
        return self.exporter.export_protocol(self.pq.protocol_id, self.pq.code, path)

    # -- the measurements table -------------------------------------------------------------

    def selected(self) -> MeasurementView | None:
        rows = self.measurements.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.new_cycle_button.setEnabled(self.pq is not None)
        self.report_button.setEnabled(self.pq is not None)

    def edit_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self.form.load(m)

    def remove_selected(self) -> None:
        m = self.selected()
        if m is None:
            return
        label = common.period_label(m.kind, m.start)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Supprimer la mesure"),
            self.tr("Supprimer la mesure de {period} de « {indicator} » ?").format(
                period=label, indicator=m.indicator
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            if self.form.editing is not None and self.form.editing.id == m.id:
                self.form.new_entry()
            run_op(self.ctx, self, measurements.remove_measurement, m.id)

    # -- PDSA cycles ------------------------------------------------------------------------

    def _cycle_activated(self, index: Any) -> None:
        c = self.cycles_model.cycle(index.row())
        if c is not None:
            self.open_cycle(c.id)

    def open_cycle(self, cycle_id: int | None) -> None:
        if self.pq is not None:
            open_cycle_dialog(self.ctx, self.pq.protocol_id, cycle_id, self)
