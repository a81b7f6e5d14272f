"""Run-chart rules (Perla, Provost & Murray 2011): shift, trend, number of runs, astronomical points."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from protoedit.i18n import N_, tr

SHIFT_LENGTH = 6  # rule 1: six or more consecutive points on one side of the median
TREND_LENGTH = 5  # rule 2: five or more points all going up (or all going down)
MIN_USEFUL = 10  # rule 3 (runs) is not applied below ten useful observations
ASTRONOMICAL_MIN_POINTS = 10
ASTRONOMICAL_K = 3.0  # candidate: farther than 3 robust standard deviations from the median
MAD_TO_SD = 1.4826  # MAD x 1.4826 estimates the standard deviation of normal data

# Rule 3 limits: (fewest, most) runs expected at random, by number of useful observations
# (points not on the median). Perla RJ, Provost LP, Murray SK. "The run chart: a simple
# analytical tool for learning from variation in healthcare processes". BMJ Qual Saf
# 2011;20:46-51, Table 1 (adapted there from Swed FS, Eisenhart C, Ann Math Stat
# 1943;14:66-87, about a 5 % risk of a false signal). The paper was not at hand: these values
# are the table as reproduced in a public run-chart implementation (a school-attendance
# dashboard quoting "Swed and Eisenhart, as tabulated for run charts by Perla, Provost and
# Murray"); entries 10-26 match other reproductions, 27-40 should be checked against the paper.
RUNS_TABLE: dict[int, tuple[int, int]] = {
    10: (3, 9), 11: (3, 10), 12: (3, 11), 13: (4, 11), 14: (4, 12),
    15: (5, 12), 16: (5, 13), 17: (5, 13), 18: (6, 14), 19: (6, 15),
    20: (6, 16), 21: (7, 16), 22: (7, 17), 23: (7, 17), 24: (8, 18),
    25: (8, 18), 26: (9, 19), 27: (9, 20), 28: (10, 20), 29: (10, 21),
    30: (11, 22), 31: (11, 22), 32: (11, 23), 33: (11, 24), 34: (12, 24),
    35: (12, 25), 36: (13, 25), 37: (13, 26), 38: (14, 26), 39: (14, 27),
    40: (15, 27),
}  # fmt: skip


@dataclass(frozen=True)
class Signal:
    """One non-random pattern found on a run chart.

    ``points`` counts the points that make the pattern (shift: useful points in the run;
    trend: points counted, repeats excluded; runs: useful observations; astronomical: 1).
    """

    kind: str  # "shift" | "trend" | "too_few_runs" | "too_many_runs" | "astronomical"
    start: int  # index of the first point involved (0-based, in the series given)
    end: int  # index of the last point involved (inclusive)
    direction: str = ""  # "above"/"below" for shift, "up"/"down" for trend, "" otherwise
    runs: int = 0  # for run-count signals: runs observed
    expected: tuple[int, int] = (0, 0)  # (lower, upper) limits from the runs table
    points: int = 0


def median(values: Sequence[float]) -> float | None:
    """The median of the values, None for an empty series."""
    ordered = sorted(values)
    if not ordered:
        return None
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


def _side(value: float, centre: float) -> int:
    """+1 above the centre line, -1 below, 0 on it (tolerant of float noise in the median)."""
    if math.isclose(value, centre, rel_tol=1e-9, abs_tol=1e-12):
        return 0
    return 1 if value > centre else -1


def _useful(values: Sequence[float], centre: float) -> list[tuple[int, int]]:
    """(index, side) of every point not on the centre line."""
    return [(i, s) for i, v in enumerate(values) if (s := _side(v, centre))]


def useful_observations(values: Sequence[float], centre: float) -> int:
    """Points not on the centre line: the ``n`` of the runs table."""
    return len(_useful(values, centre))


def runs_limits(useful: int) -> tuple[int, int] | None:
    """(fewest, most) runs expected at random for this many useful observations.

    None below 10. From 10 to 40, Perla 2011 Table 1 (``RUNS_TABLE``). Beyond the table,
    the Swed-Eisenhart normal approximation for an even split above/below the median:
    mean = 1 + 2ab/n, limits = mean -/+ 1.96 sd, rounded inward (it gives 15-27 at 40, as
    the table does).
    """
    if useful < MIN_USEFUL:
        return None
    if useful in RUNS_TABLE:
        return RUNS_TABLE[useful]
    above = useful // 2
    below = useful - above
    ab2 = 2 * above * below
    mean = 1 + ab2 / useful
    sd = math.sqrt(ab2 * (ab2 - useful) / (useful**2 * (useful - 1)))
    return math.ceil(mean - 1.96 * sd), math.floor(mean + 1.96 * sd)


def _same_side_stretches(useful: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """Maximal groups of consecutive useful points on the same side."""
    group: list[tuple[int, int]] = []
    for point in useful:
        if group and point[1] != group[-1][1]:
            yield group
            group = []
        group.append(point)
    if group:
        yield group


def _shifts(useful: list[tuple[int, int]]) -> list[Signal]:
    return [
        Signal("shift", g[0][0], g[-1][0], "above" if g[0][1] > 0 else "below", points=len(g))
        for g in _same_side_stretches(useful)
        if len(g) >= SHIFT_LENGTH
    ]


def _runs_signal(useful: list[tuple[int, int]], last: int) -> list[Signal]:
    limits = runs_limits(len(useful))
    if limits is None:
        return []
    runs = sum(1 for _ in _same_side_stretches(useful))
    if limits[0] <= runs <= limits[1]:
        return []
    kind = "too_few_runs" if runs < limits[0] else "too_many_runs"
    return [Signal(kind, 0, last, runs=runs, expected=limits, points=len(useful))]


def _monotone_stretches(values: Sequence[float]) -> Iterator[tuple[int, list[int]]]:
    """(direction, indexes) of maximal up or down stretches; a repeated value is skipped."""
    direction, counted = 0, [0]
    for i in range(1, len(values)):
        step = _side(values[i], values[counted[-1]])
        if step == 0:
            continue  # equal to the last counted point: neither breaks nor counts
        if step != direction:
            if direction:
                yield direction, counted
            direction, counted = step, [counted[-1]]
        counted.append(i)
    if direction:
        yield direction, counted


def _trends(values: Sequence[float]) -> list[Signal]:
    return [
        Signal("trend", idx[0], idx[-1], "up" if d > 0 else "down", points=len(idx))
        for d, idx in _monotone_stretches(values)
        if len(idx) >= TREND_LENGTH
    ]


def astronomical_candidates(values: Sequence[float]) -> list[int]:
    """Indexes of points that look astronomical, for the user to confirm.

    Perla 2011 leaves the astronomical point to judgement. Criterion used here: with at least
    10 points, a point farther from the median than 3 x 1.4826 x MAD (median absolute
    deviation), i.e. beyond three robust standard deviations. A series whose MAD is 0 (more
    than half the points equal) gives no candidate.
    """
    if len(values) < ASTRONOMICAL_MIN_POINTS:
        return []
    centre = median(values)
    assert centre is not None
    mad = median([abs(v - centre) for v in values])
    if not mad:
        return []
    limit = ASTRONOMICAL_K * MAD_TO_SD * mad
    return [i for i, v in enumerate(values) if abs(v - centre) > limit]


def run_chart_signals(
    values: Sequence[float], centre: float | None = None, *, astronomical: Sequence[int] = ()
) -> list[Signal]:
    """Every signal of the four run-chart rules, ordered by first point.

    ``centre`` defaults to the median of the values (give a frozen baseline median to test
    new points against it). ``astronomical``: indexes the user flagged; when empty,
    ``astronomical_candidates`` is used. A stretch longer than a rule needs is one signal.
    """
    if not values:
        return []
    line = median(values) if centre is None else centre
    assert line is not None
    useful = _useful(values, line)
    flagged = astronomical or astronomical_candidates(values)
    signals = (
        _shifts(useful)
        + _trends(values)
        + _runs_signal(useful, len(values) - 1)
        + [Signal("astronomical", i, i, points=1) for i in sorted(set(flagged))]
    )
    return sorted(signals, key=lambda s: (s.start, s.end))


_SHIFT = {
    "above": N_("Signal : {n} points consécutifs au-dessus de la médiane depuis {start}"),
    "below": N_("Signal : {n} points consécutifs au-dessous de la médiane depuis {start}"),
}
_TREND = {
    "up": N_("Tendance : {n} points en hausse de {start} à {end}"),
    "down": N_("Tendance : {n} points en baisse de {start} à {end}"),
}
_RUNS = {
    "too_few_runs": N_(
        "Trop peu de séries : {runs} pour {n} points utiles (attendu {low} à {high})"
    ),
    "too_many_runs": N_("Trop de séries : {runs} pour {n} points utiles (attendu {low} à {high})"),
}
_ASTRONOMICAL = N_("Point inhabituel, très éloigné des autres : {start}")


def describe(signal: Signal, labels: Sequence[str]) -> str:
    """One French sentence (translated when the language is English) for a signal.

    ``labels`` names each point of the series (e.g. "mars 2026"), indexed like the values.
    """
    fields = {
        "n": signal.points,
        "start": labels[signal.start],
        "end": labels[signal.end],
        "runs": signal.runs,
        "low": signal.expected[0],
        "high": signal.expected[1],
    }
    if signal.kind == "shift":
        text = _SHIFT[signal.direction]
    elif signal.kind == "trend":
        text = _TREND[signal.direction]
    elif signal.kind in _RUNS:
        text = _RUNS[signal.kind]
    elif signal.kind == "astronomical":
        text = _ASTRONOMICAL
    else:
        raise ValueError(f"unknown signal kind {signal.kind!r}")
    return tr(text).format(**fields)
