"""Run-chart rules and p-chart limits, checked on published and hand-computed examples."""

from __future__ import annotations

import pytest

from protoedit.quality.pchart import MIN_POINTS, p_chart
from protoedit.quality.rules import (
    Signal,
    astronomical_candidates,
    describe,
    median,
    run_chart_signals,
    runs_limits,
    useful_observations,
)

MONTHS = [
    f"{m} {y}"
    for y in (2025, 2026, 2027)
    for m in (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    )
]  # fmt: skip


def kinds(signals: list[Signal]) -> list[str]:
    return [s.kind for s in signals]


# --- the runs table --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("useful", "limits"),
    [(10, (3, 9)), (12, (3, 11)), (14, (4, 12)), (16, (5, 13)), (20, (6, 16)), (26, (9, 19))],
)
def test_runs_table_entries(useful: int, limits: tuple[int, int]) -> None:
    # Perla, Provost & Murray, BMJ Qual Saf 2011;20:46-51, Table 1 (entries 10-26 agree across
    # the reproductions found; see RUNS_TABLE for the source).
    assert runs_limits(useful) == limits


def test_runs_table_end_and_beyond() -> None:
    assert runs_limits(40) == (15, 27)
    # Past the table: normal approximation, hand-computed. n=41 (20/21): mean 21.49,
    # sd 3.159 -> 15.3..27.7 -> 16..27. n=60 (30/30): mean 31, sd 3.841 -> 23.5..38.5.
    assert runs_limits(41) == (16, 27)
    assert runs_limits(60) == (24, 38)


def test_runs_limits_below_ten_useful_points() -> None:
    assert runs_limits(9) is None
    assert runs_limits(0) is None


def test_runs_limits_widen_with_the_number_of_points() -> None:
    limits = [runs_limits(n) for n in range(10, 101)]
    assert all(lim is not None for lim in limits)
    lows = [lim[0] for lim in limits if lim]
    highs = [lim[1] for lim in limits if lim]
    assert lows == sorted(lows)
    assert highs == sorted(highs)


# --- median and useful observations ----------------------------------------------------------


def test_median() -> None:
    assert median([]) is None
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    assert median([1, 2, 3, 4, 1000]) == 3


def test_points_on_the_median_are_not_useful() -> None:
    # Exercise series from a quality forum (elsmar.com, "Formulas to be able to answer these
    # run chart questions"): 12 values, median 10, four of them on it (hand-computed).
    values = [10, 8, 6, 14, 16, 14, 18, 20, 8, 10, 10, 10]
    assert median(values) == 10
    assert useful_observations(values, 10) == 8
    # 8 useful points: no runs test; longest run 5 above; no 5-point trend; MAD 3.
    assert run_chart_signals(values) == []


def test_float_noise_in_the_median_counts_as_on_it() -> None:
    values = [87.1, 87.3, 87.2, 87.2]
    assert useful_observations(values, (87.1 + 87.3) / 2) == 2


# --- a published example: Balestracci, Quality Digest, October 2008 ------------------------


def test_balestracci_sixteen_points_in_four_runs() -> None:
    # Davis Balestracci, "An Underrated Test for Run Charts", Quality Digest, Oct 2008: 16
    # monthly points, intervention after the 6th, runs of 7, 7, 1 and 1 points around the
    # median (4 runs, "too few": his table expects 5-12, Perla's 5-13), and a downward run of
    # five from observation 5 to 9. The article shows only the chart: these values are
    # made to have exactly that structure.
    values = [20, 23, 21, 19, 24, 22, 18, 12, 10, 13, 11, 14, 12, 11, 17, 9]
    assert median(values) == 15.5
    signals = run_chart_signals(values)
    assert signals == [
        Signal("shift", 0, 6, "above", points=7),
        Signal("too_few_runs", 0, 15, runs=4, expected=(5, 13), points=16),
        Signal("trend", 4, 8, "down", points=5),  # Perla's rule: 5 points (his: 6 for 16)
        Signal("shift", 7, 13, "below", points=7),
    ]


# --- rule 1: shift ---------------------------------------------------------------------------


def test_a_long_shift_is_one_signal() -> None:
    values = [5, 6, 5, 6, 5, 6, 5, 6, 1, 2, 1, 2, 1, 2, 1, 2, 9]
    shifts = [s for s in run_chart_signals(values, 3.5) if s.kind == "shift"]
    assert shifts == [
        Signal("shift", 0, 7, "above", points=8),
        Signal("shift", 8, 15, "below", points=8),
    ]


def test_five_points_on_one_side_are_no_shift() -> None:
    values = [5, 6, 5, 6, 5, 1, 2, 1, 2, 1, 9, 1]
    assert "shift" not in kinds(run_chart_signals(values, 3.5))


def test_a_point_on_the_median_neither_breaks_nor_counts() -> None:
    # Frozen centre 10: three points above, one on it, three above: a shift of six useful points.
    values = [11, 12, 11, 10, 12, 11, 13, 9, 8, 9, 8, 9]
    shifts = [s for s in run_chart_signals(values, 10) if s.kind == "shift"]
    assert shifts == [Signal("shift", 0, 6, "above", points=6)]
    # With the on-median point and only five useful points above: no shift.
    assert "shift" not in kinds(run_chart_signals([11, 12, 10, 11, 12, 11, 9, 8, 9, 8, 9], 10))


def test_frozen_baseline_centre() -> None:
    # Against its own median the drop hides; against the baseline median 10 it is a shift.
    values = [10, 11, 9, 10, 11, 12, 2, 3, 2, 3, 2, 3]
    assert Signal("shift", 6, 11, "below", points=6) in run_chart_signals(values, 10)


# --- rule 2: trend ---------------------------------------------------------------------------


def test_a_long_trend_is_one_signal() -> None:
    trends = [s for s in run_chart_signals([1, 2, 3, 4, 5, 6, 7, 3]) if s.kind == "trend"]
    assert trends == [Signal("trend", 0, 6, "up", points=7)]


def test_four_points_going_up_are_no_trend() -> None:
    assert "trend" not in kinds(run_chart_signals([5, 4, 5, 1, 2, 3, 4, 3, 4, 3, 4, 3]))


def test_repeated_values_neither_break_nor_count_in_a_trend() -> None:
    trends = [s for s in run_chart_signals([1, 2, 3, 3, 4, 5, 2]) if s.kind == "trend"]
    assert trends == [Signal("trend", 0, 5, "up", points=5)]
    # 1, 2, 2, 3, 4 is four counted points: no trend.
    assert "trend" not in kinds(run_chart_signals([1, 2, 2, 3, 4, 1]))


def test_a_turning_point_belongs_to_both_trends() -> None:
    trends = [s for s in run_chart_signals([1, 2, 3, 4, 5, 4, 3, 2, 1]) if s.kind == "trend"]
    assert trends == [
        Signal("trend", 0, 4, "up", points=5),
        Signal("trend", 4, 8, "down", points=5),
    ]


def test_identical_values_make_no_trend() -> None:
    assert "trend" not in kinds(run_chart_signals([5, 5, 5, 5, 5, 5, 5, 5, 1, 9, 1, 9]))


# --- rule 3: number of runs ------------------------------------------------------------------


def test_too_many_runs() -> None:
    values = [1, 9] * 6  # 12 useful points, 12 runs; table for 12: 3 to 11
    assert run_chart_signals(values) == [
        Signal("too_many_runs", 0, 11, runs=12, expected=(3, 11), points=12)
    ]


def test_runs_within_the_limits() -> None:
    values = [7, 8, 1, 2, 7, 8, 1, 2, 7, 8, 1, 2]  # 6 runs for 12: expected
    assert run_chart_signals(values) == []


def test_fewer_than_ten_useful_points_give_no_runs_signal() -> None:
    assert run_chart_signals([1, 9] * 4 + [1], 5) == []  # 9 useful points, 9 runs
    # Ten points but one on the median: nine useful, still no runs test.
    assert run_chart_signals([1, 9, 1, 9, 5, 1, 9, 1, 9, 1], 5) == []


def test_runs_counted_on_useful_points_only() -> None:
    # 14 points around a frozen centre 5, two of them on it: 12 useful in 2 runs (3 to 11).
    values = [6, 7, 6, 5, 7, 6, 2, 3, 5, 2, 3, 2, 3, 2]
    runs = [s for s in run_chart_signals(values, 5) if s.kind.endswith("_runs")]
    assert runs == [Signal("too_few_runs", 0, 13, runs=2, expected=(3, 11), points=12)]


# --- rule 4: astronomical points -------------------------------------------------------------


def test_astronomical_candidate() -> None:
    wild = [10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 10, 90]
    assert astronomical_candidates(wild) == [11]
    assert Signal("astronomical", 11, 11, points=1) in run_chart_signals(wild)


def test_no_astronomical_candidate_below_ten_points_or_without_spread() -> None:
    assert astronomical_candidates([10, 11, 10, 12, 11, 10, 11, 90]) == []
    assert astronomical_candidates([5] * 11 + [90]) == []  # MAD 0: judgement left to the user


def test_points_flagged_by_the_user_replace_the_candidates() -> None:
    wild = [10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 10, 90]
    signals = run_chart_signals(wild, astronomical=[3])
    assert [s for s in signals if s.kind == "astronomical"] == [
        Signal("astronomical", 3, 3, points=1)
    ]


# --- edge cases --------------------------------------------------------------------------------


def test_empty_series() -> None:
    assert run_chart_signals([]) == []
    assert useful_observations([], 0) == 0


def test_all_points_on_the_median() -> None:
    values = [5.0] * 12
    assert useful_observations(values, 5.0) == 0
    assert run_chart_signals(values) == []


# --- describe() ------------------------------------------------------------------------------


def test_describe_in_french() -> None:
    shift = Signal("shift", 2, 7, "above", points=6)
    assert describe(shift, MONTHS) == (
        "Signal : 6 points consécutifs au-dessus de la médiane depuis mars 2025"
    )
    below = Signal("shift", 0, 5, "below", points=6)
    assert describe(below, MONTHS).startswith("Signal : 6 points consécutifs au-dessous")
    trend = Signal("trend", 12, 16, "up", points=5)
    assert describe(trend, MONTHS) == "Tendance : 5 points en hausse de janvier 2026 à mai 2026"
    down = Signal("trend", 12, 16, "down", points=5)
    assert describe(down, MONTHS) == "Tendance : 5 points en baisse de janvier 2026 à mai 2026"
    few = Signal("too_few_runs", 0, 13, runs=3, expected=(4, 12), points=14)
    assert describe(few, MONTHS) == "Trop peu de séries : 3 pour 14 points utiles (attendu 4 à 12)"
    many = Signal("too_many_runs", 0, 11, runs=12, expected=(3, 11), points=12)
    assert describe(many, MONTHS) == "Trop de séries : 12 pour 12 points utiles (attendu 3 à 11)"
    odd = Signal("astronomical", 5, 5, points=1)
    assert describe(odd, MONTHS) == "Point inhabituel, très éloigné des autres : juin 2025"


def test_describe_the_signals_found() -> None:
    values = [20, 23, 21, 19, 24, 22, 18, 12, 10, 13, 11, 14, 12, 11, 17, 9]
    texts = [describe(s, MONTHS) for s in run_chart_signals(values)]
    assert texts[0] == "Signal : 7 points consécutifs au-dessus de la médiane depuis janvier 2025"
    assert texts[2] == "Tendance : 5 points en baisse de mai 2025 à septembre 2025"


def test_describe_unknown_kind() -> None:
    with pytest.raises(ValueError):
        describe(Signal("cycle", 0, 1), MONTHS)


# --- p-chart ---------------------------------------------------------------------------------


def test_p_chart_montgomery_orange_juice() -> None:
    # Montgomery, Introduction to Statistical Quality Control, example of the frozen orange
    # juice cans: 30 samples of 50 cans, number nonconforming (data as in the R package qcc,
    # data/orangejuice.txt, trial samples). Published: p-bar 0.2313, UCL 0.4102, LCL 0.0524,
    # samples 15 and 23 above the upper limit.
    defects = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22,
               8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6]  # fmt: skip
    chart = p_chart(defects, [50] * 30)
    assert chart.centre == pytest.approx(0.2313, abs=5e-5)
    assert chart.upper == pytest.approx([0.4102] * 30, abs=5e-5)
    assert chart.lower == pytest.approx([0.0524] * 30, abs=5e-5)
    assert chart.outside == [14, 22]
    assert len(defects) >= MIN_POINTS


def test_p_chart_varying_denominators() -> None:
    # Hand-computed: p-bar = 20/200 = 0.1; 3 sqrt(0.09/n) = 0.142302 (n=40), 0.127279 (50),
    # 0.201246 (20), 0.094868 (90).
    chart = p_chart([2, 5, 1, 12], [40, 50, 20, 90])
    assert chart.centre == pytest.approx(0.1)
    assert chart.upper == pytest.approx([0.242302, 0.227279, 0.301246, 0.194868], abs=1e-6)
    assert chart.lower == pytest.approx([0.0, 0.0, 0.0, 0.005132], abs=1e-6)
    assert chart.outside == []


def test_p_chart_points_outside_both_limits() -> None:
    # p-bar = 0.15, 3 sqrt(0.1275/100) = 0.107121: limits 0.042879 to 0.257121.
    chart = p_chart([0, 30, 15], [100, 100, 100])
    assert chart.lower[0] == pytest.approx(0.042879, abs=1e-6)
    assert chart.upper[0] == pytest.approx(0.257121, abs=1e-6)
    assert chart.outside == [0, 1]


def test_p_chart_limits_stay_within_zero_and_one() -> None:
    chart = p_chart([1, 1], [1, 2])
    assert chart.upper == [1.0, 1.0]
    assert chart.lower == [0.0, 0.0]
    assert chart.outside == []


def test_p_chart_with_no_event_at_all() -> None:
    chart = p_chart([0, 0, 0], [10, 20, 30])
    assert chart.centre == 0
    assert chart.upper == [0.0, 0.0, 0.0]
    assert chart.outside == []


@pytest.mark.parametrize(
    ("numerators", "denominators"),
    [([], []), ([1], [0]), ([2], [1]), ([-1], [5]), ([1, 2], [5])],
)
def test_p_chart_rejects_invalid_input(numerators: list[int], denominators: list[int]) -> None:
    with pytest.raises(ValueError):
        p_chart(numerators, denominators)
