"""SIGKILL the GUI in the middle of autosaves: the database checks out and at most the last
2 seconds of typing are lost. PROTOEDIT_GUI_KILL_ROUNDS sets the count (bench/ runs 500)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from protoedit.ops import Actor
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.queries import get_version
from protoedit.store.check import run_check
from protoedit.store.database import open_database
from tests.e2e.gui_typist import TEXT

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("PROTOEDIT_GUI_KILL_ROUNDS", "15"))
MAX_LOSS_S = 2.0


def expected_text(count: int) -> str:
    return "".join(TEXT[i % len(TEXT)] for i in range(count))


@pytest.mark.slow
def test_sigkill_gui_during_autosave(tmp_path: Path) -> None:
    path = tmp_path / "gui.sqlite"
    db = open_database(path)
    _pid, vid, _ = protocols.create_protocol(db, Actor(None, "t"), "KILL-01", "Protocole tapé")
    db.close()
    rng = random.Random(42)
    saved_len = 0
    worst = 0.0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.gui_typist", str(path), str(vid), str(saved_len)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY", f"round {round_no}: child did not start"
        typed: list[tuple[float, int]] = []
        deadline = time.monotonic() + rng.uniform(0.5, 3.0)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            stamp, count = line.split()
            typed.append((float(stamp), int(count)))
        proc.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        proc.wait(timeout=30)
        proc.stdout.close()
        db = open_database(path)
        try:
            assert run_check(db) == [], f"round {round_no}"
            text = get_version(db, vid).content.section("problem")
        finally:
            db.close()
        assert text == expected_text(len(text)), f"round {round_no}: saved text is not a prefix"
        assert len(text) >= saved_len, f"round {round_no}: earlier saves lost"
        # Every character typed more than MAX_LOSS_S before the kill must have been saved.
        old_enough = [c for t, c in typed if killed_at - t > MAX_LOSS_S]
        if old_enough:
            assert len(text) >= max(old_enough), (
                f"round {round_no}: lost typing older than {MAX_LOSS_S} s"
            )
        if typed and len(text) < typed[-1][1]:
            first_lost = next(t for t, c in typed if c > len(text))
            worst = max(worst, killed_at - first_lost)
        saved_len = len(text)
    print(f"{ROUNDS} kills, worst loss window {worst:.2f} s, {saved_len} characters kept")
