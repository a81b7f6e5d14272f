"""Start-up: plain messages for a newer or damaged database, restore of the latest good backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from protoedit import team
from protoedit.ops import Actor
from protoedit.protocols import lifecycle as protocols
from protoedit.store import backup
from protoedit.store.database import open_database
from ui import app as app_module

ROOT = Path(__file__).resolve().parents[2]


def make_db_with(path: Path, name: str) -> None:
    db = open_database(path)
    team.add_professional(
        db, Actor(None, "t"), team.ProfessionalInput(last_name=name, profession="infirmier")
    )
    db.close()


def test_newer_database_gets_a_plain_message(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "newer.sqlite"
    make_db_with(path, "X")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='zzzz'")
    con.execute("UPDATE protoedit_meta SET value='9.0' WHERE key='app_version'")
    con.commit()
    con.close()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    assert app_module.open_with_dialogs(str(path)) is None
    assert "version plus récente de ProtoEdit (9.0)" in shown[0]


def test_damaged_file_offers_latest_backup_and_restores_it(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "team.sqlite"
    make_db_with(path, "Sauvé")
    backup.make_backup(path, "daily")
    damaged = b"garbage" * 1000
    path.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    texts: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        texts.append(box.text())
        restore = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        box.setProperty("clicked", True)
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda _self: restore)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    db = app_module.open_with_dialogs(str(path))
    assert db is not None
    assert "n'a pas été modifié" in texts[0] and "sauvegarde" in texts[0]
    assert [p.last_name for p in team.list_professionals(db)] == ["Sauvé"]
    db.close()
    aside = [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


def test_damaged_file_without_backup_is_left_alone(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "team.sqlite"
    path.write_bytes(b"\x00\x01not sqlite" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    assert app_module.open_with_dialogs(str(path)) is None
    assert "Aucune sauvegarde" in shown[0]
    assert path.read_bytes() == b"\x00\x01not sqlite" * 100


def test_english_translation_loads(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    app_module.install_language(app, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Bibliothèque") == "Library"
    finally:
        app_module.install_language(app, "fr")
    assert QCoreApplication.translate("MainWindow", "Bibliothèque") == "Bibliothèque"


def test_core_errors_follow_the_interface_language(qtbot) -> None:
    """A record deleted on another PC is named in English too, not "meeting réunion 12"."""
    from PySide6.QtCore import QCoreApplication

    from protoedit.errors import NotFoundError
    from protoedit.i18n import N_
    from ui.widgets.errors import core_message

    app = QCoreApplication.instance()
    app_module.install_language(app, "en")
    try:
        assert core_message(NotFoundError(N_("réunion"), 12)) == "Not found: meeting 12."
    finally:
        app_module.install_language(app, "fr")
    assert core_message(NotFoundError(N_("réunion"), 12)) == "Élément introuvable : réunion 12."


def test_unreachable_server_opens_the_local_copy_read_only(qtbot, tmp_path, monkeypatch) -> None:
    from protoedit import offline_copy
    from protoedit.protocols import lifecycle as protocols
    from ui.context import AppContext
    from ui.main_window import MainWindow

    source = open_database(tmp_path / "server-stand-in.sqlite")
    protocols.create_protocol(source, Actor(None, "t"), "X-01", "Sans version validée")
    offline_copy.refresh_copy(source)
    source.close()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    db, note = app_module.open_server_or_copy("postgresql+psycopg://app@127.0.0.1:1/nothing")
    assert db is not None and "lecture seule" in note
    assert "injoignable" in shown[0]
    from protoedit.settings import Settings

    ctx = AppContext(db=db, settings=Settings(), read_only_note=note)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    from PySide6.QtWidgets import QLabel

    banner = w.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and "lecture seule" in banner.text()
    db.close()


def test_unreachable_server_without_copy_says_so(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    db, _note = app_module.open_server_or_copy("postgresql+psycopg://app@127.0.0.1:1/nothing")
    assert db is None and "injoignable" in shown[0]


START_CHECK = """
import os, sys
import protoedit.cli.parser
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
import main

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
            app.removeEventFilter(self)
            print(obj.library.model.rowCount(), obj.ctx.actor.name, "sqlalchemy.orm" in sys.modules,
                  flush=True)
            poll.start()
        return False

def loaded():
    if "sqlalchemy.orm.mapper" in sys.modules:
        print("loaded", flush=True)
        os._exit(0)

poll = QTimer(interval=10, timeout=loaded)
QTimer.singleShot(10000, lambda: os._exit(3))
first_paint = FirstPaint()
app.installEventFilter(first_paint)
main.main(["--db", sys.argv[1]])
"""


def test_window_lists_the_library_without_loading_the_orm(tmp_path: Path) -> None:
    """The ORM costs a sixth of the start-up: the first window and its library paint without
    it, and it is loaded just after, before the user's first click."""
    import json
    import os
    import subprocess
    import sys

    path = tmp_path / "team.sqlite"
    db = open_database(path)
    pro_id, _ = team.add_professional(
        db,
        Actor(None, "t"),
        team.ProfessionalInput(first_name="Anne", last_name="Martin", profession="infirmier"),
    )
    protocols.create_protocol(db, Actor(None, "t"), "AVK-01", "Anticoagulants oraux")
    db.close()
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"user_id": pro_id, "lang": "fr"}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROTOEDIT_CONFIG_DIR": str(config)}
    out = subprocess.run(
        [sys.executable, "-c", START_CHECK, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.stdout.split() == ["1", "Anne", "Martin", "False", "loaded"], out.stdout + out.stderr


def test_only_a_named_missing_path_is_asked_about(qtbot, tmp_path, monkeypatch) -> None:
    """The data folder's database is the normal first start; another missing path is asked."""
    from protoedit.paths import default_db_path

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, _buttons, default):
        assert default == QMessageBox.StandardButton.No  # a mistyped path is the likely case
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert app_module.confirm_new_database(str(default_db_path()))
    existing = tmp_path / "existing.sqlite"
    open_database(existing).close()
    assert app_module.confirm_new_database(str(existing))
    assert app_module.confirm_new_database("postgresql+psycopg://app@127.0.0.1:1/x")
    assert asked == []
    typo = tmp_path / "exisitng.sqlite"
    assert not app_module.confirm_new_database(str(typo))
    assert "Aucune base à cet endroit" in asked[0] and str(typo) in asked[0]
    answer[0] = QMessageBox.StandardButton.Yes
    assert app_module.confirm_new_database(str(typo))
    assert not typo.exists()  # created by open_database afterwards, not by the question


def _broken_chain_window(qtbot, tmp_path, profession: str, consult: bool = False):
    import sqlite3

    from protoedit.actors import find_actor
    from protoedit.settings import Settings
    from ui.context import AppContext
    from ui.main_window import MainWindow

    path = tmp_path / "team.sqlite"
    db = open_database(path)
    pid, _ = team.add_professional(
        db,
        Actor(None, "t"),
        team.ProfessionalInput(first_name="Léa", last_name="Durand", profession=profession),
    )
    protocols.create_protocol(db, Actor(None, "t"), "AVK-01", "Anticoagulants oraux")
    with sqlite3.connect(path) as con:
        con.execute("DELETE FROM audit_event WHERE seq=1")
    con.close()
    ctx = AppContext(db=db, settings=Settings())
    ctx.actor = find_actor(db, pid)
    if consult:
        from ui.consult.window import ConsultWindow

        window = ConsultWindow(ctx)
    else:
        window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window, ctx


def test_long_chain_is_verified_by_a_worker(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QLabel

    monkeypatch.setattr(app_module, "CHAIN_SYNC_LIMIT", 0)
    window, ctx = _broken_chain_window(qtbot, tmp_path, "coordinateur")
    app_module.check_audit_chain(window, ctx)
    assert window.findChild(QLabel, "auditBanner") is None  # not on the UI thread
    qtbot.waitUntil(lambda: window.findChild(QLabel, "auditBanner") is not None)
    QThreadPool.globalInstance().waitForDone(30000)
    text = window.findChild(QLabel, "auditBanner").text()
    assert "l'événement n° 1 manque" in text and "Événement enregistré le" not in text
    ctx.db.close()


def test_chain_banner_keeps_details_for_the_coordinator(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QLabel

    window, ctx = _broken_chain_window(qtbot, tmp_path, "infirmier")
    app_module.check_audit_chain(window, ctx)
    text = window.findChild(QLabel, "auditBanner").text()
    assert "Prévenez la coordination" in text and "n° 1" not in text
    ctx.db.close()


def test_consultation_window_shows_the_chain_banner_too(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QLabel

    window, ctx = _broken_chain_window(qtbot, tmp_path, "infirmier", consult=True)
    app_module.check_audit_chain(window, ctx)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "auditBanner").isVisible())
    assert "journal des modifications" in window.findChild(QLabel, "auditBanner").text()
    ctx.db.close()
