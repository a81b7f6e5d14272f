"""p-chart: Shewhart control chart for a proportion with varying denominators."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

SIGMAS = 3.0
MIN_POINTS = 20  # fewer points give unreliable limits (Montgomery: 20 to 25 samples)


@dataclass(frozen=True)
class PChart:
    """Centre line and 3-sigma limits of a p-chart, one limit pair per point."""

    centre: float  # p-bar = sum(num) / sum(den)
    upper: list[float]  # per point: min(1, pbar + 3 * sqrt(pbar (1 - pbar) / n_i))
    lower: list[float]  # per point: max(0, pbar - 3 * sqrt(pbar (1 - pbar) / n_i))
    outside: list[int]  # indexes of points outside their limits


def _check(numerators: Sequence[int], denominators: Sequence[int]) -> None:
    """Programming errors only: the core checks upstream give the user messages."""
    if not numerators:
        raise ValueError("p-chart of an empty series")
    if len(numerators) != len(denominators):
        raise ValueError("numerators and denominators differ in length")
    for num, den in zip(numerators, denominators, strict=True):
        if den <= 0 or num < 0 or num > den:
            raise ValueError(f"invalid proportion {num}/{den}")


def p_chart(numerators: Sequence[int], denominators: Sequence[int]) -> PChart:
    """The p-chart of numerators[i] / denominators[i]; raises ValueError on invalid input."""
    _check(numerators, denominators)
    pbar = sum(numerators) / sum(denominators)
    spread = [SIGMAS * math.sqrt(pbar * (1 - pbar) / n) for n in denominators]
    upper = [min(1.0, pbar + s) for s in spread]
    lower = [max(0.0, pbar - s) for s in spread]
    outside = [
        i
        for i, (num, den) in enumerate(zip(numerators, denominators, strict=True))
        if not lower[i] <= num / den <= upper[i]
    ]
    return PChart(pbar, upper, lower, outside)
