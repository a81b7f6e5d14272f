"""Quality charts speed: a screen of charts (12 of 400 x 220 px), all 50, and the PDF drawings.

    python bench/quality.py [--runs 5]

Builds 50 run charts of 120 monthly points (random values, median, target, 3 version markers,
2 PDSA bands, a signal of 8 points). Times, for 12 charts (one screen) and for all 50:
- the SVG path: chart_svg (ReportLab's renderSVG) then QSvgRenderer into a 400 x 220 QImage;
- the path ChartView takes: chart_drawing painted with QPainter (ui/quality/chart_view.py).
Target: a screen of charts under 100 ms. Then chart_drawing alone for the 50 (the PDF side)
and a PDF holding the 50 charts. Last, the yearly report for 30 protocols (target under 2 s),
once it exists. Figures only: timings drift by ±40 % on shared machines, compare ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QSize  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from protoedit.quality.chart import ChartPoint, ChartSpec  # noqa: E402
from protoedit.render.charts.drawing import chart_drawing, chart_svg  # noqa: E402
from ui.quality.chart_view import chart_pixmap  # noqa: E402

SCREEN = 12
WIDTH, HEIGHT = 400, 220
SCREEN_TARGET_MS = 100.0
REPORT_TARGET_S = 2.0
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


def month(start: dt.date, n: int) -> dt.date:
    y, m = divmod(start.month - 1 + n, 12)
    return dt.date(start.year + y, m + 1, 1)


def make_spec(rnd: random.Random, i: int, n: int = 120) -> ChartSpec:
    days = [month(dt.date(2016, 1, 1), k) for k in range(n)]
    values = [min(1.0, max(0.0, rnd.gauss(0.6, 0.08))) for _ in range(n)]
    points = [
        ChartPoint(d, f"{MONTHS[d.month - 1]} {d.year}", v, flagged=k >= n - 8)
        for k, (d, v) in enumerate(zip(days, values, strict=True))
    ]
    markers = [(days[k], f"v{j + 2}") for j, k in enumerate(sorted(rnd.sample(range(n), 3)))]
    a, b = sorted(rnd.sample(range(n - 12), 2))
    bands = [(days[a], days[a + 6], "PDSA 1"), (days[b], days[b + 6], "PDSA 2")]
    return ChartSpec(
        f"Indicateur {i + 1} : patients suivis selon le protocole",
        points,
        percent=True,
        centre=statistics.median(values),
        target=0.75,
        markers=markers,
        bands=bands,
        caption="Signal : 8 points consécutifs au-dessus de la médiane.",
    )


def svg_to_image(spec: ChartSpec) -> QImage:
    renderer = QSvgRenderer(QByteArray(chart_svg(spec, WIDTH, HEIGHT)))
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def painted(spec: ChartSpec) -> object:
    return chart_pixmap(spec, QSize(WIDTH, HEIGHT), 1.36)


Timing = list[tuple[float, float]]  # (wall, CPU of this process) milliseconds per run


def timed(fn: Callable[[ChartSpec], object], specs: list[ChartSpec], runs: int) -> Timing:
    """Milliseconds to run fn over all specs, once per run."""
    out = []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        for spec in specs:
            fn(spec)
        out.append(((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
    return out


def show(label: str, runs: Timing, target: float | None = None) -> None:
    """p50 and max of wall time, p50 of CPU time (steadier when other jobs share the cores)."""
    wall = [w for w, _ in runs]
    verdict = ""
    if target is not None:
        verdict = "  OK" if statistics.median(wall) < target else f"  OVER target {target:.0f} ms"
    print(
        f"{label:<44} p50 {statistics.median(wall):7.1f} ms  max {max(wall):7.1f} ms  "
        f"cpu p50 {statistics.median(c for _, c in runs):7.1f} ms{verdict}"
    )


def bench_screen(specs: list[ChartSpec], runs: int) -> None:
    for name, fn in (
        ("SVG + QSvgRenderer", svg_to_image),
        ("drawing + QPainter (ChartView)", painted),
    ):
        fn(specs[0])  # fonts registered, glyphs cached
        show(f"{name}: screen of {SCREEN}", timed(fn, specs[:SCREEN], runs), SCREEN_TARGET_MS)
        show(f"{name}: all {len(specs)}", timed(fn, specs, runs))
        show(f"{name}: one chart", [timed(fn, [s], 1)[0] for s in specs])


def bench_pdf(specs: list[ChartSpec], runs: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    show(
        f"chart_drawing (PDF side): all {len(specs)}",
        timed(lambda s: chart_drawing(s, 480, 220), specs, runs),
    )
    with tempfile.TemporaryDirectory() as tmp:
        start, cpu = time.perf_counter(), time.process_time()
        SimpleDocTemplate(str(Path(tmp) / "charts.pdf"), pagesize=A4).build(
            [chart_drawing(s, 480, 220) for s in specs]
        )
        show(
            f"PDF of {len(specs)} charts (drawing + layout)",
            [((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)],
        )


def bench_yearly_report(runs: int) -> None:
    """The team's yearly quality report of 30 protocols (bench/quality_report.py), target 2 s."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from quality_report import TARGET_S, time_yearly_report

    times = time_yearly_report(runs, 30)
    wall = sorted(t[0] for t in times)[len(times) // 2]
    cpu = sorted(t[1] for t in times)[len(times) // 2]
    verdict = "OK" if wall < TARGET_S else f"OVER target {TARGET_S:.0f} s"
    print(
        f"yearly quality report, 30 protocols: p50 {wall:.2f} s wall ({cpu:.2f} s CPU)  {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    private = tempfile.mkdtemp(prefix="protoedit-bench-")  # never the user's folders
    os.environ["PROTOEDIT_CONFIG_DIR"] = os.path.join(private, "config")
    os.environ["PROTOEDIT_DATA_DIR"] = os.path.join(private, "data")
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    rnd = random.Random(17)
    specs = [make_spec(rnd, i) for i in range(50)]
    print(
        f"{len(specs)} charts x {len(specs[0].points)} points, {WIDTH} x {HEIGHT} px, "
        f"{args.runs} runs"
    )
    bench_screen(specs, args.runs)
    bench_pdf(specs, args.runs)
    bench_yearly_report(args.runs)


if __name__ == "__main__":
    main()
