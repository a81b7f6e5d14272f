"""Start-up: process start to the main window shown with the library listed, against a floor.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [/tmp/protoedit-bench.sqlite] [--runs 11]
        [--no-callgrind]

The floor imports PySide6 and SQLAlchemy, opens the same file, runs one query (the latest version
of each protocol) and shows a bare window with a table of the result. Both are started as fresh
processes, alternately, in one run; the time is taken in this process from the start of the child
to the line it prints once its window has been painted. Printed for bytecode as the machine is set
(PYTHONDONTWRITEBYTECODE=1: on a clean checkout, ProtoEdit's modules are compiled at every start)
and with a bytecode cache. Target: ratio at most 1.3. With valgrind, also the instruction counts of
both (callgrind) in both modes, which repeat to within 0.01 % where wall times on a shared machine
drift by ±40 %.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = Path("/tmp/protoedit-bench.sqlite")
FLOOR_SQL = (
    "SELECT p.code, p.title, max(v.number) AS number, v.status FROM protocol_version v "
    "JOIN protocol p ON p.id = v.protocol_id GROUP BY p.id ORDER BY p.code"
)


def _report_when_painted(window_class: str, ready) -> None:
    """In a child: print SHOWN once a top-level window of that class has painted, then exit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == window_class:
                QTimer.singleShot(0, lambda: done(obj))
                QApplication.instance().removeEventFilter(self)
            return False

    def done(window) -> None:
        print(f"SHOWN {ready(window)}", flush=True)
        os._exit(0)  # no settings saved, no backup on close

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    _report_when_painted.watch = watch  # kept alive


def child_app(path: str) -> None:
    # The order of main.py: the core (SQLAlchemy) first, Qt when the GUI starts. The shiboken
    # import hook makes every module imported after PySide6 dearer, so the floor follows it too.
    sys.path.insert(0, str(ROOT))
    import protoedit.cli.parser  # noqa: F401, I001
    from PySide6.QtWidgets import QApplication

    QApplication([sys.argv[0]])
    _report_when_painted("MainWindow", lambda w: w.library.model.rowCount())
    import main

    main.main(["--db", path])


def child_floor(path: str) -> None:
    from sqlalchemy import create_engine, text  # before Qt, as in main.py  # noqa: I001
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        rows = conn.execute(text(FLOOR_SQL)).all()

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
            return len(rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
            return 4

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return str(rows[index.row()][index.column()]) if role == 0 else None

    class FloorWindow(QMainWindow):
        pass

    window = FloorWindow()
    table = QTableView()
    model = Model()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1200, 800)
    _report_when_painted("FloorWindow", lambda w: model.rowCount())
    window.show()
    app.exec()


def environment(cached: bool, private: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PROTOEDIT_CONFIG_DIR"] = str(private / "config")
    env["PROTOEDIT_DATA_DIR"] = str(private / "data")
    if cached:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(private / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run(kind: str, path: Path, env: dict[str, str], prefix: list[str] | None = None) -> float:
    cmd = [*(prefix or []), sys.executable, __file__, "--child", kind, str(path)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT
    )
    assert proc.stdout is not None
    shown = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait()
    if not shown.startswith("SHOWN") or int(shown.split()[1]) == 0:
        raise SystemExit(f"{kind}: the window did not show a library ({shown!r})")
    return elapsed


def callgrind(kind: str, path: Path, env: dict[str, str], out: Path) -> int:
    target = out / f"callgrind.{kind}.out"
    run(kind, path, env, ["valgrind", "--tool=callgrind", f"--callgrind-out-file={target}"])
    for text_line in target.read_text(errors="replace").splitlines():
        if text_line.startswith(("summary:", "totals:")):
            return int(text_line.split()[1])
    raise SystemExit(f"no instruction count in {target}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--child", choices=("app", "floor"))
    args = ap.parse_args()
    if args.child:
        (child_app if args.child == "app" else child_floor)(str(args.path))
        return
    if not args.path.exists():
        sys.path.insert(0, str(ROOT))
        from bench.datagen import generate

        generate(args.path, 10_000, 300, 20, 7)
    private = Path(tempfile.mkdtemp(prefix="protoedit-startup-"))
    (private / "config").mkdir()
    (private / "data").mkdir()
    (private / "config" / "settings.json").write_text(json.dumps({"user_id": 1, "lang": "fr"}))
    try:
        for cached in (False, True):
            env = environment(cached, private)
            run("app", args.path, env)  # warm the file cache (and the bytecode cache)
            run("floor", args.path, env)
            times: dict[str, list[float]] = {"app": [], "floor": []}
            for _ in range(args.runs):
                for kind in ("app", "floor"):
                    times[kind].append(run(kind, args.path, env))
            app, floor = statistics.median(times["app"]), statistics.median(times["floor"])
            mode = (
                "bytecode cached"
                if cached
                else "PYTHONDONTWRITEBYTECODE=1 (ProtoEdit compiled at each start)"
            )
            print(
                f"{mode}:\n  ProtoEdit {app:.2f} s, floor {floor:.2f} s (medians of "
                f"{args.runs}), ratio {app / floor:.2f} (target <= 1.3)"
            )
            print(
                "  all runs: app "
                + " ".join(f"{t:.2f}" for t in times["app"])
                + " | floor "
                + " ".join(f"{t:.2f}" for t in times["floor"])
            )
        if not args.no_callgrind and shutil.which("valgrind"):
            for cached in (False, True):
                env = environment(cached, private)
                app_ir = callgrind("app", args.path, env, private)
                floor_ir = callgrind("floor", args.path, env, private)
                mode = "bytecode cached" if cached else "compiled at each start"
                print(
                    f"callgrind ({mode}): ProtoEdit {app_ir / 1e9:.2f} G instructions, "
                    f"floor {floor_ir / 1e9:.2f} G, ratio {app_ir / floor_ir:.2f}"
                )
    finally:
        shutil.rmtree(private, ignore_errors=True)


if __name__ == "__main__":
    main()
