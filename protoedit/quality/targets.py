"""An indicator's target read from its free text ("≥ 80 %", "moins de 5 %", "< 10 jours")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)\s*(%)?")
_AT_MOST = (
    "≤",
    "<=",
    "<",
    "moins",
    "au plus",
    "inférieur",
    "inferieur",
    "max",
    "at most",
    "less",
    "below",
    "under",
)
_AT_LEAST = (
    "≥",
    ">=",
    ">",
    "au moins",
    "plus de",
    "supérieur",
    "superieur",
    "min",
    "at least",
    "more",
    "above",
    "over",
)


@dataclass(frozen=True)
class Target:
    """`value` is a proportion (0..1) when `percent`, else the raw value; `direction` says
    which side is good: "up" (at least), "down" (at most)."""

    value: float
    percent: bool
    direction: str = "up"

    def met(self, value: float) -> bool:
        return value >= self.value if self.direction == "up" else value <= self.value


def parse(text: str) -> Target | None:
    """The first number of the text, as a proportion when followed by %; None without one."""
    folded = (text or "").casefold()
    found = _NUMBER.search(folded)
    if found is None:
        return None
    number = float(found.group(1).replace(",", "."))
    percent = found.group(2) is not None
    before = folded[: found.start()]
    direction = "down" if any(w in before for w in _AT_MOST) else "up"
    if any(w in before for w in _AT_LEAST) and not any(w in before for w in ("<", "≤")):
        direction = "up"
    return Target(number / 100 if percent else number, percent, direction)
