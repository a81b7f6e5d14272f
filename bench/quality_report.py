"""The team's yearly quality report for 30 protocols x 3 indicators x 24 months (target < 2 s).

    python bench/quality_report.py [--runs 5] [--protocols 30]

Seeds a temporary SQLite file (protocols approved in January 2025, monthly counts from
November 2024 to October 2026, one audited operation per protocol), then times
`build_team_quality_pdf(db, 2026, ...)`: reading (overview), the story, the PDF; wall and CPU
time (CPU is steadier on shared cores). The lead's
bench/quality.py can call `time_yearly_report()`. Figures only: shared machines drift ±40 %.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from protoedit.ops import Actor, operation  # noqa: E402
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Indicator  # noqa: E402
from protoedit.store.database import Database, open_database  # noqa: E402
from protoedit.store.models import Measurement, ProtocolVersion  # noqa: E402

TARGET_S = 2.0
YEAR = 2026
TODAY = dt.date(2026, 11, 15)
FIRST_MONTH = dt.date(2024, 11, 1)


def month(n: int, start: dt.date = FIRST_MONTH) -> dt.date:
    y, m = divmod(start.month - 1 + n, 12)
    return dt.date(start.year + y, m + 1, 1)


def seed(
    db: Database, actor: Actor, count: int = 30, indicators: int = 3, months: int = 24
) -> list[int]:
    """`count` approved protocols, each with `indicators` monthly indicators measured over
    `months` months (counts out of 80); the measurements of a protocol in one operation."""
    ids = []
    for p in range(count):
        names = [f"Indicateur {k + 1} du protocole {p + 1}" for k in range(indicators)]
        content = Content(
            indicators=[Indicator(name=n, target="≥ 70 %", frequency="mensuel") for n in names]
        )
        pid, vid, _ = protocols.create_protocol(
            db, actor, f"P-{p:02d}", f"Protocole {p + 1}", content=content
        )
        with operation(db, actor) as tx:
            v = tx.session.get(ProtocolVersion, vid)
            v.status, v.approved_at = "approved", dt.datetime(2025, 1, 10)
            for n, name in enumerate(names):
                for k in range(months):
                    tx.session.add(
                        Measurement(
                            protocol_id=pid,
                            indicator=name,
                            period_kind="month",
                            period_start=month(k),
                            numerator=40 + (k * 7 + n + p) % 40,
                            denominator=80,
                            source="Logiciel métier",
                            entered_by=actor.name,
                        )
                    )
            tx.record("seed", "protocol", pid)
        ids.append(pid)
    return ids


def time_yearly_report(runs: int = 5, count: int = 30) -> list[tuple[float, float]]:
    """(wall, CPU) seconds to build the yearly report of `count` protocols, once per run."""
    from protoedit.export.quality_team_report import build_team_quality_pdf

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "quality.sqlite")
        try:
            seed(db, Actor(None, "Bench"), count)
            build_team_quality_pdf(db, YEAR, Path(tmp) / "warm.pdf", lang="fr", today=TODAY)
            out = []
            for n in range(runs):
                start, cpu = time.perf_counter(), time.process_time()
                build_team_quality_pdf(db, YEAR, Path(tmp) / f"{n}.pdf", lang="fr", today=TODAY)
                out.append((time.perf_counter() - start, time.process_time() - cpu))
            return out
        finally:
            db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--protocols", type=int, default=30)
    args = parser.parse_args()
    private = tempfile.mkdtemp(prefix="protoedit-bench-")  # never the user's folders
    os.environ["PROTOEDIT_CONFIG_DIR"] = os.path.join(private, "config")
    os.environ["PROTOEDIT_DATA_DIR"] = os.path.join(private, "data")
    times = time_yearly_report(args.runs, args.protocols)
    wall, cpu = (statistics.median(t[i] for t in times) for i in (0, 1))
    verdict = "OK" if wall < TARGET_S else f"OVER target {TARGET_S:.0f} s"
    print(
        f"yearly quality report, {args.protocols} protocols x 3 indicators x 24 months: "
        f"p50 {wall:.2f} s wall ({cpu:.2f} s CPU), max {max(t[0] for t in times):.2f} s  "
        f"{verdict}"
    )


if __name__ == "__main__":
    main()
