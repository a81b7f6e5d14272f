"""Consultation speed and memory: opening protocols, resident memory with the library open.

    QT_QPA_PLATFORM=offscreen python bench/consult.py [/tmp/protoedit-bench.sqlite] [--n 100]

Makes the library with bench/datagen.py when the file does not exist. Prints the time to read a
protocol for consultation (core) and to open it in the consultation screen, drawn (UI), median and
99th percentile over N protocols (target < 100 ms), and the resident memory of the process with
the main window and its library open, after those openings and some searches (target < 250 MB).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_private = tempfile.mkdtemp(prefix="protoedit-bench-")
os.environ["PROTOEDIT_CONFIG_DIR"] = os.path.join(_private, "config")  # never the user's
os.environ["PROTOEDIT_DATA_DIR"] = os.path.join(_private, "data")

DEFAULT = Path("/tmp/protoedit-bench.sqlite")


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory in MB, from /proc."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def line(name: str, times: list[float]) -> str:
    return (
        f"{name:44} median {statistics.median(times):6.1f} ms   p99 {p99(times):6.1f} ms   "
        f"max {max(times):6.1f} ms"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--n", type=int, default=100)
    args = ap.parse_args()
    if not args.path.exists():
        from bench.datagen import generate

        generate(args.path, 10_000, 300, 20, 7)
    print(f"start: {rss_mb()[0]:.0f} MB resident")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from protoedit.ops import Actor
    from protoedit.protocols import consult
    from protoedit.search import engine as search
    from protoedit.settings import Settings
    from protoedit.store.database import open_database
    from protoedit.store.models import ProtocolVersion
    from ui.consult.view import ConsultView
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    db = open_database(args.path)
    print(f"imports and database open: {rss_mb()[0]:.0f} MB resident")
    with db.read() as s:
        ids = sorted(
            set(
                s.scalars(
                    select(ProtocolVersion.protocol_id).where(ProtocolVersion.status == "approved")
                )
            )
        )
    chosen = random.Random(3).sample(ids, min(args.n, len(ids)))
    ctx = AppContext(
        db=db, settings=Settings(user_id=1, profession_filter="infirmier"), actor=Actor(1, "Bench")
    )
    t0 = time.perf_counter()
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    rows = window.library.model.rowCount()
    print(
        f"main window shown with {rows} library rows in {time.perf_counter() - t0:.2f} s: "
        f"{rss_mb()[0]:.0f} MB resident"
    )
    core: list[float] = []
    for pid in chosen:
        t = time.perf_counter()
        consult.consult_view(db, pid, "infirmier")
        core.append((time.perf_counter() - t) * 1000)
    view = ConsultView(ctx)
    view.resize(1000, 760)
    view.show()
    app.processEvents()
    ui: list[float] = []
    for pid in chosen:
        t = time.perf_counter()
        view.open_protocol(pid)
        view.grab()  # laid out and drawn
        ui.append((time.perf_counter() - t) * 1000)
    print(line("read for consultation (core)", core))
    print(line("open in the consultation screen, drawn (UI)", ui))
    search.refresh(db)
    for q in ("anticoag", "oedeme", "pied diab", '"le jour même"', "vaccin", "chute"):
        search.query(db, q)
    app.processEvents()
    current, peak = rss_mb()
    print(
        f"resident memory with the library open, {len(chosen)} protocols consulted and searches "
        f"run: {current:.0f} MB (peak {peak:.0f} MB); target < 250 MB"
    )
    db.close()
    os._exit(0)  # no settings saved, no backup on close: this was only a measurement


if __name__ == "__main__":
    main()
