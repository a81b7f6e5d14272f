"""A protocol's indicator charts for the cycle dialog and meetings: a ChartView each, or a line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from protoedit.quality.chart import ChartSpec
from protoedit.quality.queries import CycleView, IndicatorQuality, ProtocolQuality
from protoedit.quality.specs import chart_spec
from ui.quality import common
from ui.widgets.plain import plain_label

CHART_HEIGHT = 240
LIST_POINTS = 6  # latest measurements written out when there is no chart


def _spec(pq: ProtocolQuality, iq: IndicatorQuality, cycles: list[int] | None) -> ChartSpec:
    """The indicator's run chart, with the bands of `cycles` only (all cycles when None)."""
    return chart_spec(pq, iq, today=common.today(), cycles=cycles)


def series_text(iq: IndicatorQuality) -> str:
    """ "HbA1c mesurée : sept. 2026 72 %, oct. 2026 78 %" (the latest few periods)."""
    rows = iq.measurements[-LIST_POINTS:]
    labels = iq.labels()[-LIST_POINTS:]
    if not rows:
        return QCoreApplication.translate("quality", "{name} : aucune mesure").format(name=iq.name)
    points = ", ".join(
        f"{label} {common.value_text(m, iq.percent)}" for label, m in zip(labels, rows, strict=True)
    )
    return f"{iq.name} : {points}"


def indicator_chart(
    pq: ProtocolQuality, iq: IndicatorQuality, cycles: list[int] | None = None
) -> QWidget:
    """A ChartView of the indicator, or a plain line of its latest values (or of none)."""
    if not iq.measurements:
        label = plain_label(series_text(iq))
        label.setWordWrap(True)
        label.setObjectName("indicatorSeries")
        return label
    from ui.quality.chart_view import ChartView

    view = ChartView(_spec(pq, iq, cycles))
    view.setMinimumHeight(CHART_HEIGHT)
    return view


def charts_column(
    pq: ProtocolQuality, names: list[str] | None = None, cycles: list[int] | None = None
) -> QWidget:
    """The charts of the indicators named (those with measurements when None), one under another;
    a sentence when there is nothing to draw."""
    chosen = [
        i for i in pq.indicators if (i.name in names if names is not None else i.measurements)
    ]
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for iq in chosen:
        layout.addWidget(indicator_chart(pq, iq, cycles))
    if not chosen:
        layout.addWidget(
            _note(
                QCoreApplication.translate(
                    "quality", "Aucune mesure d'indicateur pour ce protocole."
                )
                if names is None
                else QCoreApplication.translate(
                    "quality", "Aucun indicateur choisi pour ce cycle (Plan)."
                )
            )
        )
    layout.addStretch(1)
    return holder


def _note(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    return label


def cycle_line(c: CycleView) -> str:
    """ "PDSA 2 · Étape : Do · Tester un rappel SMS"."""
    return QCoreApplication.translate("quality", "PDSA {n} · Étape : {stage} · {aim}").format(
        n=c.number, stage=common.stage_label(c.stage), aim=c.aim.splitlines()[0] if c.aim else ""
    )
