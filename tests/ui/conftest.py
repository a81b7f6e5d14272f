"""UI fixtures: an application context on a fresh database, and a typing helper for accents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from protoedit.ops import Actor
from protoedit.settings import Settings
from protoedit.store.database import open_database
from tests.conftest import fresh_sqlite
from tests.url_recorder import UrlRecorder
from ui.context import AppContext


@pytest.fixture(autouse=True)
def french(qapp: QApplication) -> None:
    """The app's language as at start: French, with its plural forms (protoedit_fr.qm)."""
    from ui.app import install_language

    install_language(qapp, "fr")


@pytest.fixture
def ctx(tmp_path: Path, sqlite_template: Path) -> Iterator[AppContext]:
    db = open_database(fresh_sqlite(sqlite_template, tmp_path / "ui.sqlite"))
    yield AppContext(db=db, settings=Settings(), actor=Actor(None, "Élise Martin"))
    db.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type text as a user would, accents included.

    qtbot.keyClicks aborts the process on non-ASCII characters, so every character is sent
    as a KeyPress/KeyRelease pair carrying its text.
    """
    widget.setFocus()
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    QCoreApplication.processEvents()


def show_active(qtbot, widget: QWidget) -> None:
    """Show a top-level window and wait until it is active, so its shortcuts fire."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """A refused operation would open a modal box: record it instead, so tests never hang
    (modules that want it for every test use `pytestmark = pytest.mark.usefixtures(...)`)."""
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.operations.show_error", lambda _p, err: shown.append(err))
    return shown


@pytest.fixture
def opened_urls(qapp) -> Iterator[UrlRecorder]:
    recorder = UrlRecorder()
    yield recorder
    recorder.stop()


def meetings_window(qtbot, ctx: AppContext, meeting_id: int):
    """The main window at 1280×800, active, on the meetings screen with `meeting_id` selected;
    returns (window, meetings view)."""
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1280, 800)
    show_active(qtbot, window)
    window.show_page("meetings")
    view = window.meetings
    view.select(meeting_id)
    return window, view
