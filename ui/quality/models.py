"""Table models of the quality screens: the protocols' overview, due measurements, a protocol's
measurements and PDSA cycles (read-only, over the core's view dataclasses)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from protoedit.quality.queries import CycleView, MeasurementView, ProtocolQuality
from ui.meetings.models import ViewTableModel
from ui.quality.common import dates_text, indicator_line, period_label, stage_label, value_text


def _t(text: str) -> str:
    return QCoreApplication.translate("quality", text)


@dataclass(frozen=True)
class DueRow:
    """A finished period of an indicator with no measurement yet."""

    protocol_id: int
    code: str
    title: str
    indicator: str
    kind: str
    start: dt.date

    @property
    def id(self) -> int:
        return self.protocol_id


def due_rows(protocols: list[ProtocolQuality]) -> list[DueRow]:
    """Every due period of every current indicator, by protocol, indicator, oldest first."""
    return [
        DueRow(pq.protocol_id, pq.code, pq.title, iq.name, iq.definition.kind, start)
        for pq in protocols
        for iq in pq.indicators
        if iq.definition.current
        for start in iq.due
    ]


def indicators_cell(pq: ProtocolQuality) -> str:
    """One line per indicator: its latest value against its target."""
    lines = [indicator_line(iq) for iq in pq.indicators if iq.definition.current]
    return "\n".join(lines) if lines else _t("aucun indicateur")


class OverviewModel(ViewTableModel):
    """One row per protocol (ProtocolQuality)."""

    COL_CODE, COL_TITLE, COL_INDICATORS, COL_SIGNALS, COL_DUE, COL_CYCLES = range(6)

    def __init__(self) -> None:
        super().__init__(
            [
                (_t("Code"), lambda p: p.code),
                (_t("Protocole"), lambda p: p.title),
                (_t("Indicateurs : dernière valeur (cible)"), indicators_cell),
                (_t("Signaux"), lambda p: str(p.signal_count)),
                (_t("À saisir"), lambda p: str(p.due_count)),
                (_t("Cycles ouverts"), lambda p: str(len(p.open_cycles))),
            ],
            red=lambda p: p.due_count > 0,
            red_columns=(4,),
        )


class DueModel(ViewTableModel):
    """The measurements the coordinator has to collect (DueRow)."""

    COL_PROTOCOL, COL_INDICATOR, COL_PERIOD = range(3)

    def __init__(self) -> None:
        super().__init__(
            [
                (_t("Protocole"), lambda d: f"{d.code} — {d.title}"),
                (_t("Indicateur"), lambda d: d.indicator),
                (_t("Période"), lambda d: period_label(d.kind, d.start)),
            ]
        )


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


class MeasurementsModel(ViewTableModel):
    """An indicator's measurements, newest first (MeasurementView)."""

    COL_PERIOD, COL_NUMERATOR, COL_DENOMINATOR, COL_VALUE, COL_SOURCE, COL_BY, COL_COMMENT = range(
        7
    )

    def __init__(self) -> None:
        self.percent = False
        super().__init__(
            [
                (_t("Période"), lambda m: period_label(m.kind, m.start)),
                (_t("Numérateur"), lambda m: _count(m.numerator)),
                (_t("Dénominateur"), lambda m: _count(m.denominator)),
                (_t("Valeur"), lambda m: value_text(m, self.percent)),
                (_t("Source"), lambda m: m.source),
                (_t("Saisie par"), lambda m: m.entered_by),
                (_t("Commentaire"), lambda m: m.comment),
            ]
        )

    def set_measurements(self, rows: list[MeasurementView], percent: bool) -> None:
        self.percent = percent
        self.set_rows(list(reversed(rows)))


class CyclesModel(ViewTableModel):
    """A protocol's PDSA cycles (CycleView)."""

    COL_NUMBER, COL_STAGE, COL_AIM, COL_DATES = range(4)

    def __init__(self) -> None:
        super().__init__(
            [
                (_t("N°"), lambda c: str(c.number)),
                (_t("Étape"), lambda c: stage_label(c.stage)),
                (_t("But"), lambda c: c.aim),
                (_t("Test"), lambda c: dates_text(c.do_start, c.do_end)),
            ]
        )

    def cycle(self, row: int) -> CycleView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
