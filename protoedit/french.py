"""Numbers the French way: euros and percentages with the right no-break spaces."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from protoedit.i18n import tr

NBSP = "\u00a0"  # before %, €, and inside « »
NNBSP = "\u202f"  # narrow no-break space: French thousands separator


def _group(integer_digits: str) -> str:
    """'1234567' -> '1 234 567' with narrow no-break spaces."""
    groups: list[str] = []
    while integer_digits:
        groups.insert(0, integer_digits[-3:])
        integer_digits = integer_digits[:-3]
    return NNBSP.join(groups) or "0"


def _french_number(value: Decimal, decimals: int) -> str:
    quantum = Decimal(1).scaleb(-decimals)
    q = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    text = f"{abs(q):.{decimals}f}"
    integer, _, fraction = text.partition(".")
    return sign + _group(integer) + ("," + fraction if fraction else "")


def format_eur(amount: Decimal | int) -> str:
    """1234.5 -> '1 234,50 €' (narrow no-break space for thousands, no-break space before €)."""
    return f"{_french_number(Decimal(amount), 2)}{NBSP}€"


def format_rate(
    value: Fraction | Decimal | float | None, decimals: int = 1, lang: str | None = None
) -> str:
    """A proportion as French percent: 0.125 -> '12,5 %'; None -> 'non calculable'."""
    if value is None:
        return tr("non calculable", lang=lang)
    if isinstance(value, Fraction):
        percent = Decimal(value.numerator) * 100 / Decimal(value.denominator)
    else:
        percent = Decimal(str(value)) * 100
    return f"{_french_number(percent, decimals)}{NBSP}%"


def format_count(value: int | None) -> str:
    """2000000 -> '2 000 000' (narrow no-break spaces); None -> ''."""
    return "" if value is None else _french_number(Decimal(int(value)), 0)


def format_hours(value: float | None) -> str:
    """10 -> '10', 3.5 -> '3,5', 1200 -> '1 200' (no unit); None -> ''."""
    if value is None:
        return ""
    number = Decimal(str(value))
    decimals = max(0, -number.normalize().as_tuple().exponent)  # type: ignore[operator]
    return _french_number(number, min(int(decimals), 2))
