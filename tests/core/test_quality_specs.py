"""From measurements to the chart: signals in words, version markers, PDSA bands, p-chart."""

from __future__ import annotations

import datetime as dt

from protoedit.quality import cycles, measurements, periods, queries, specs
from protoedit.quality.cycles import CycleInput
from protoedit.quality.measurements import MeasurementInput
from tests.core.test_quality_measurements import MONTHLY, TODAY, _protocol

# Two years of monthly counts: a low first year, then, after the PDSA test, a shift upwards.
FIRST_YEAR = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 6, 5]
SECOND_YEAR = [8, 8, 9, 8, 9, 9, 8, 9, 9, 8]


def _two_years(db, actor) -> int:
    pid = _protocol(db, actor)
    start = dt.date(2025, 1, 1)
    for i, num in enumerate(FIRST_YEAR + SECOND_YEAR):
        measurements.record_measurement(
            db,
            actor,
            pid,
            MeasurementInput(MONTHLY, periods.shift("month", start, i), num, 10),
            today=TODAY,
        )
    cid, _ = cycles.plan_cycle(db, actor, pid, CycleInput(aim="Rappel SMS"))
    cycles.save_cycle(
        db,
        actor,
        cid,
        CycleInput(aim="Rappel SMS", do_start=dt.date(2025, 12, 1), do_end=dt.date(2026, 2, 28)),
        1,
    )
    return pid


def test_the_run_chart_says_the_shift_and_shows_versions_and_cycles(db, actor) -> None:
    pid = _two_years(db, actor)
    pq = queries.protocol_quality(db, pid, TODAY)
    iq = pq.indicator(MONTHLY)
    assert len(iq.measurements) == 22 and iq.centre == 0.7
    spec = specs.chart_spec(pq, iq, today=TODAY)
    assert spec.kind == "run" and spec.percent and spec.target == 0.8
    assert spec.markers == [(dt.date(2025, 1, 10), "v1")]
    assert spec.bands == [(dt.date(2025, 12, 1), dt.date(2026, 2, 28), "PDSA 1")]
    assert "au-dessus de la médiane depuis janvier 2026" in spec.caption
    assert any(p.flagged for p in spec.points) and spec.points[0].label == "janvier 2025"
    english = specs.chart_spec(pq, iq, today=TODAY, lang="en")
    assert english.points[0].label == "January 2025"
    assert specs.can_p_chart(iq)


def test_p_chart_with_twenty_counts_or_more(db, actor) -> None:
    pid = _two_years(db, actor)
    pq = queries.protocol_quality(db, pid, TODAY)
    iq = pq.indicator(MONTHLY)
    spec = specs.chart_spec(pq, iq, kind="p", today=TODAY)
    assert spec.kind == "p" and round(spec.centre, 4) == round(
        sum(FIRST_YEAR + SECOND_YEAR) / 220, 4
    )
    assert len(spec.upper) == len(spec.lower) == 22
    assert all(lo <= spec.centre <= up for lo, up in zip(spec.lower, spec.upper, strict=True))
    assert spec.caption
    short = queries.protocol_quality(db, _protocol_two(db, actor), TODAY)
    assert not specs.can_p_chart(short.indicators[0])


def _protocol_two(db, actor) -> int:
    from protoedit.protocols import lifecycle
    from protoedit.protocols.content import Content, Indicator

    pid, _vid, _ = lifecycle.create_protocol(
        db,
        actor,
        "HTA-01",
        "Hypertension",
        content=Content(indicators=[Indicator(name="Tension contrôlée", frequency="mensuel")]),
    )
    measurements.record_measurement(
        db,
        actor,
        pid,
        MeasurementInput("Tension contrôlée", dt.date(2026, 1, 1), 3, 4),
        today=TODAY,
    )
    return pid


def test_only_shifts_trends_and_outliers_flag_points() -> None:
    from protoedit.quality.rules import Signal
    from protoedit.quality.specs import _flagged

    signals = [
        Signal("too_few_runs", 0, 23),
        Signal("shift", 12, 17, "above"),
        Signal("trend", 2, 6, "up"),
    ]
    assert _flagged(signals) == {2, 3, 4, 5, 6, 12, 13, 14, 15, 16, 17}
