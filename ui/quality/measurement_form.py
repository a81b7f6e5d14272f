"""The entry form of a measurement: period, counts or a value, source, comment; new or edited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from protoedit.quality import measurements, periods
from protoedit.quality.measurements import MAX_COUNT, MeasurementInput
from protoedit.quality.queries import IndicatorQuality, MeasurementView
from ui.context import AppContext
from ui.operations import run_op
from ui.quality import common
from ui.widgets.plain import plain_label

SHOWN_PERIODS = {"month": 24, "quarter": 12, "year": 6}  # periods offered before today's
SAVE_KEYS = ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter")


def _int(text: str) -> int | None:
    return int(text) if text.strip() else None


def _float(text: str) -> float | None:
    text = text.strip().replace(",", ".").rstrip(".")
    return float(text) if text else None


def index_of(combo: QComboBox, value: object) -> int:
    """findData compares dates as QVariants and misses equal Python dates: compared here."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


class MeasurementForm(QGroupBox):
    """Records a new measurement, or saves the one loaded with `load` (with its revision).

    Nothing typed is cleared when the core refuses it. Signals: saved(date period start)."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.protocol_id: int | None = None
        self.iq: IndicatorQuality | None = None
        self.editing: MeasurementView | None = None
        self.percent = False  # a value is typed in % (stored as a proportion, as counts are)
        self.setTitle(self.tr("Saisir une mesure"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Période"))
        self.count_mode = QRadioButton(self.tr("Comptage"))
        self.count_mode.setToolTip(self.tr("Un numérateur et un dénominateur (patients)"))
        self.value_mode = QRadioButton(self.tr("Valeur"))
        self.value_mode.setToolTip(self.tr("Une valeur déjà calculée (délai, taux…)"))
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.count_mode)
        self.modes.addButton(self.value_mode)
        self.count_mode.setChecked(True)
        self.numerator = self._number(self.tr("Numérateur"), QIntValidator(0, MAX_COUNT, self))
        self.denominator = self._number(self.tr("Dénominateur"), QIntValidator(0, MAX_COUNT, self))
        self.value = self._number(
            self.tr("Valeur"),
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}([.,]\d{0,4})?"), self),
        )
        self.source = QLineEdit()
        self.source.setMaxLength(300)
        self.source.setAccessibleName(self.tr("Source"))
        self.comment = QLineEdit()
        self.comment.setMaxLength(5000)
        self.comment.setAccessibleName(self.tr("Commentaire"))
        self.save_button = QPushButton(self.tr("Enregistrer la mesure"))
        self.save_button.setToolTip(self.tr("Entrée ou Ctrl+Entrée"))
        self.cancel_button = QPushButton(self.tr("Annuler la modification"))
        self.cancel_button.hide()
        self.status = plain_label()
        self.status.setWordWrap(True)
        modes = QHBoxLayout()
        modes.addWidget(self.count_mode)
        modes.addWidget(self.value_mode)
        modes.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Période"), self.period)
        form.addRow(self.tr("Mesure"), modes)
        form.addRow(self.tr("Numérateur"), self.numerator)
        form.addRow(self.tr("Dénominateur"), self.denominator)
        self.value_label = plain_label(self.tr("Valeur"))
        form.addRow(self.value_label, self.value)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Commentaire"), self.comment)
        form.addRow(buttons)
        form.addRow(self.status)
        for w in (
            self.period,
            self.count_mode,
            self.value_mode,
            self.numerator,
            self.denominator,
            self.value,
            self.source,
            self.comment,
            self.save_button,
            self.cancel_button,
        ):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        order = [
            self.period,
            self.count_mode,
            self.value_mode,
            self.numerator,
            self.denominator,
            self.value,
            self.source,
            self.comment,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.modes.buttonToggled.connect(lambda *_args: self._mode_changed())
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.new_entry)
        self._mode_changed()

    def _number(self, name: str, validator: object) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(name)
        edit.setValidator(validator)  # type: ignore[arg-type]
        return edit

    def _mode_changed(self) -> None:
        counting = self.count_mode.isChecked()
        self.numerator.setEnabled(counting)
        self.denominator.setEnabled(counting)
        self.value.setEnabled(not counting)

    # -- the indicator and its periods ------------------------------------------------------

    def set_indicator(self, protocol_id: int, iq: IndicatorQuality | None) -> None:
        """The indicator measured; typed values stay, the period list follows the measurements."""
        changed = (protocol_id, iq.name if iq else None) != (
            self.protocol_id,
            self.iq.name if self.iq else None,
        )
        self.protocol_id, self.iq = protocol_id, iq
        self.setEnabled(iq is not None)
        if iq is None:
            self.period.clear()
            return
        if changed:
            self.editing = None
            self._show_editing()
            latest = iq.latest
            counting = (
                latest.is_count
                if latest
                else bool(iq.definition.target is None or iq.definition.target.percent)
            )
            (self.count_mode if counting else self.value_mode).setChecked(True)
        self.percent = iq.percent
        self.value_label.setText(self.tr("Valeur (%)") if self.percent else self.tr("Valeur"))
        self.source.setPlaceholderText(iq.definition.source or self.tr("Source des données"))
        self._fill_periods(keep=not changed)

    def _fill_periods(self, keep: bool = True) -> None:
        assert self.iq is not None
        kind = self.iq.definition.kind
        current = periods.start_of(kind, common.today())
        measured = {m.start for m in self.iq.measurements}
        due = set(self.iq.due)
        starts = {periods.shift(kind, current, -n) for n in range(SHOWN_PERIODS[kind] + 1)}
        starts |= measured | due
        chosen = self.period.currentData() if keep else None
        self.period.blockSignals(True)
        self.period.clear()
        for start in sorted(starts, reverse=True):
            label = common.period_label(kind, start)
            if start in due:
                label = self.tr("{period} — à saisir").format(period=label)
            elif start in measured:
                label = self.tr("{period} — déjà saisie").format(period=label)
            self.period.addItem(label, start)
        editing = self.editing.start if self.editing else None
        if chosen is None or (chosen in measured and chosen != editing):
            chosen = editing or self.first_free(measured)
        self.period.setCurrentIndex(max(0, index_of(self.period, chosen)))
        self.period.blockSignals(False)

    def first_free(self, measured: set[dt.date]) -> dt.date | None:
        """The oldest due period, else the latest one with no measurement."""
        assert self.iq is not None
        if self.iq.due:
            return min(self.iq.due)
        free = [
            self.period.itemData(i)
            for i in range(self.period.count())
            if self.period.itemData(i) not in measured
        ]
        return free[0] if free else None

    def choose_period(self, start: dt.date) -> None:
        index = index_of(self.period, start)
        if index >= 0:
            self.period.setCurrentIndex(index)

    # -- editing an existing measurement ----------------------------------------------------

    def load(self, m: MeasurementView) -> None:
        """The measurement in the form, to be corrected and saved with its revision."""
        self.editing = m
        self._fill_periods(keep=False)
        (self.count_mode if m.is_count else self.value_mode).setChecked(True)
        self.numerator.setText("" if m.numerator is None else str(m.numerator))
        self.denominator.setText("" if m.denominator is None else str(m.denominator))
        shown = None if m.value is None else m.value * 100 if self.percent else m.value
        self.value.setText("" if shown is None else common.number(shown))
        self.source.setText(m.source)
        self.comment.setText(m.comment)
        self._show_editing()
        self.status.setText("")
        (self.numerator if m.is_count else self.value).setFocus()

    def new_entry(self) -> None:
        """Back to a new measurement, the form emptied (the source is kept)."""
        self.editing = None
        self._show_editing()
        for edit in (self.numerator, self.denominator, self.value, self.comment):
            edit.clear()
        if self.iq is not None:
            self._fill_periods(keep=False)

    def _show_editing(self) -> None:
        editing = self.editing is not None
        self.setTitle(self.tr("Modifier la mesure") if editing else self.tr("Saisir une mesure"))
        self.save_button.setText(
            self.tr("Enregistrer la modification") if editing else self.tr("Enregistrer la mesure")
        )
        self.cancel_button.setVisible(editing)

    # -- saving -----------------------------------------------------------------------------

    def entry(self) -> MeasurementInput:
        counting = self.count_mode.isChecked()
        return MeasurementInput(
            indicator=self.iq.name if self.iq else "",
            period=self.period.currentData(),
            numerator=_int(self.numerator.text()) if counting else None,
            denominator=_int(self.denominator.text()) if counting else None,
            value=None if counting else self._value(),
            source=self.source.text(),
            comment=self.comment.text(),
        )

    def _value(self) -> float | None:
        value = _float(self.value.text())
        return value / 100 if value is not None and self.percent else value

    def save(self) -> bool:
        """Record (or update) the measurement; a refusal is shown and the form kept as typed."""
        if self.protocol_id is None or self.iq is None or not self.isEnabled():
            return False
        v = self.entry()
        label = common.period_label(self.iq.definition.kind, v.period) if v.period else ""
        if self.editing is not None:
            done = run_op(
                self.ctx,
                self,
                measurements.update_measurement,
                self.editing.id,
                v,
                self.editing.revision,
                today=common.today(),
            )
        else:
            done = run_op(
                self.ctx,
                self,
                measurements.record_measurement,
                self.protocol_id,
                v,
                today=common.today(),
            )
        if done is None:
            self.status.setText(
                self.tr("Rien n'a été enregistré : corrigez la saisie, puis Entrée.")
            )
            return False
        self.new_entry()
        self.status.setText(self.tr("Mesure de {period} enregistrée.").format(period=label))
        (self.numerator if self.count_mode.isChecked() else self.value).setFocus()
        self.saved.emit(v.period)
        return True
