"""`--smoke` (the bundle's CI check): the GUI paints its main window and exits 0, writing nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from protoedit import team
from protoedit.settings import Settings
from protoedit.store.database import open_database
from ui import app as app_module

ROOT = Path(__file__).resolve().parents[2]


def run_smoke(db: str, *extra: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env_extra}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, "--smoke", *extra],
        cwd=Path(os.environ["PROTOEDIT_DATA_DIR"]).parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_paints_the_main_window_and_exits_0(db_url) -> None:
    out = run_smoke(db_url)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("smoke: MainWindow painted in "), out.stdout
    assert "Traceback" not in out.stderr


def test_smoke_on_a_new_team_skips_the_first_start_dialog_and_saves_no_one(sqlite_db) -> None:
    path = str(sqlite_db.path)
    sqlite_db.close()
    out = run_smoke(path, "--lang", "en")
    assert out.returncode == 0, out.stdout + out.stderr
    db = open_database(path)
    try:
        assert team.list_professionals(db) == []
    finally:
        db.close()
    assert Settings.load().user_id is None  # the next normal start asks who uses this PC


def test_smoke_gives_up_when_a_dialog_waits_instead_of_hanging(tmp_path) -> None:
    """A mistyped path makes the app ask before creating a database: nobody answers in CI."""
    out = run_smoke(str(tmp_path / "nowhere.sqlite"), PROTOEDIT_SMOKE_TIMEOUT="3")
    assert out.returncode == 3, out.stdout + out.stderr
    assert "smoke: no main window painted after" in out.stderr
    assert not (tmp_path / "nowhere.sqlite").exists()


def test_window_icon_has_every_size_up_to_256(qtbot) -> None:
    sizes = {s.width() for s in app_module.app_icon().availableSizes()}
    assert sizes == set(app_module.ICON_SIZES)
