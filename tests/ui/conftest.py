"""UI fixtures: an application context on a fresh database, and a typing helper for accents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from protoedit.ops import Actor
from protoedit.settings import Settings
from protoedit.store.database import open_database
from ui.context import AppContext


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    db = open_database(tmp_path / "ui.sqlite")
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


class UrlRecorder(QObject):
    """Stands in for the desktop: URLs the app asks to open (mailto:, file:) are only noted."""

    SCHEMES = ("mailto", "file", "http", "https")

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []
        for scheme in self.SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "handle")

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(QUrl(url))

    def of(self, scheme: str) -> list[QUrl]:
        return [u for u in self.urls if u.scheme() == scheme]

    def stop(self) -> None:
        for scheme in self.SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def opened_urls(qapp) -> Iterator[UrlRecorder]:
    recorder = UrlRecorder()
    yield recorder
    recorder.stop()
