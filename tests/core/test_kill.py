"""A writer killed with SIGKILL mid-stream loses nothing it had committed, and check passes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from protoedit import team
from protoedit.store.check import run_check
from protoedit.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("PROTOEDIT_KILL_ROUNDS", "20"))


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_committed_write(tmp_path: Path) -> None:
    path = tmp_path / "kill.sqlite"
    open_database(path).close()
    rng = random.Random(1234)
    committed: list[str] = []
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.core.kill_writer", str(path), str(round_no * 100_000)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        wanted = rng.randint(1, 25)
        for _ in range(wanted):
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "writer died"
            committed.append(line.strip())
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
        db = open_database(path)
        try:
            assert run_check(db) == [], f"round {round_no}"
            names = {p.last_name for p in team.list_professionals(db)}
        finally:
            db.close()
        missing = [n for n in committed if n not in names]
        assert not missing, f"round {round_no}: lost {missing[:5]}"
