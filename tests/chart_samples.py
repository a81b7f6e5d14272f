"""Chart specifications for the chart tests: monthly run charts, a p-chart, the edge cases."""

from __future__ import annotations

import datetime as dt
import math

from protoedit.quality.chart import ChartPoint, ChartSpec

MONTHS = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
CAPTION = "Signal : 6 points consécutifs au-dessus de la médiane depuis juin 2026."


def month(n: int, start: dt.date = dt.date(2017, 1, 1)) -> dt.date:
    y, m = divmod(start.month - 1 + n, 12)
    return dt.date(start.year + y, m + 1, 1)


def monthly_points(n: int, value=lambda i: 0.55 + 0.1 * math.sin(i)) -> list[ChartPoint]:
    return [
        ChartPoint(
            month(i), f"{MONTHS[month(i).month - 1]} {month(i).year}", value(i), flagged=i >= n - 6
        )
        for i in range(n)
    ]


def run_chart(n: int = 120, **changes) -> ChartSpec:
    """A percent run chart with median, target, three versions and two PDSA cycles."""
    fields = dict(
        title="Patients diabétiques avec HbA1c dosée dans les 6 mois",
        points=monthly_points(n),
        percent=True,
        centre=0.55,
        target=0.8,
        markers=[(month(n // 4), "v2"), (month(n // 2), "v3"), (month(n // 2 + 1), "v4")],
        bands=[
            (month(n // 3), month(n // 3 + 5), "PDSA 1"),
            (month(2 * n // 3), month(2 * n // 3 + 5), "PDSA 2"),
        ],
        caption=CAPTION,
    )
    fields.update(changes)
    return ChartSpec(**fields)


def p_chart(n: int = 24) -> ChartSpec:
    sizes = [20 + 10 * (i % 5) for i in range(n)]
    sigma = [3 * math.sqrt(0.6 * 0.4 / s) for s in sizes]
    return ChartSpec(
        "Dépistage réalisé (p-chart)",
        monthly_points(n),
        kind="p",
        percent=True,
        centre=0.6,
        target=0.75,
        upper=[min(1, 0.6 + s) for s in sigma],
        lower=[max(0, 0.6 - s) for s in sigma],
        caption="Aucun point hors limites.",
    )


def edge_cases() -> dict[str, ChartSpec]:
    one = [ChartPoint(dt.date(2026, 3, 1), "mars 2026", 0.4)]
    equal = [ChartPoint(dt.date(y, 1, 1), str(y), 5.0) for y in range(2020, 2026)]
    over = monthly_points(12, lambda i: 1.35 if i == 5 else 0.5)
    return {
        "empty": ChartSpec("Aucune donnée", []),
        "empty with lines": run_chart(0, points=[], centre=0.5, upper=[0.9], lower=[0.1], kind="p"),
        "one point": run_chart(points=one),
        "all equal": ChartSpec("Toutes égales", equal, centre=5.0, target=5.0),
        "all zero": ChartSpec("Zéro", [ChartPoint(p.when, p.label, 0.0) for p in equal]),
        "over 100 %": run_chart(points=over),
        "long title": run_chart(36, title="Un titre extrêmement long " * 12),
        "p-chart": p_chart(),
        "raw values": ChartSpec(
            "Délai (jours)", monthly_points(30, lambda i: 1200 + 40 * i), centre=1500, target=1000
        ),
        "limits longer than points": run_chart(5, kind="p", upper=[0.9] * 9, lower=[0.1] * 9),
        "nan value": run_chart(6, points=monthly_points(6, lambda i: math.nan if i == 2 else 0.5)),
        "markers outside": run_chart(
            6,
            markers=[(dt.date(2001, 1, 1), "v1")],
            bands=[(dt.date(2001, 1, 1), dt.date(2040, 1, 1), "PDSA 9")],
        ),
        "same date twice": ChartSpec(
            "Doublons",
            [
                ChartPoint(dt.date(2026, 1, 1), "2026", 1.0),
                ChartPoint(dt.date(2026, 1, 1), "2026", 2.0),
            ],
        ),
    }
