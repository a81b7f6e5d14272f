"""The red band that says what limits the work (read-only database, broken audit chain)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget


def make_banner(name: str, parent: QWidget | None = None) -> QLabel:
    """A plain-text, word-wrapped banner label named `name` (tests find it by that name)."""
    banner = QLabel(parent)
    banner.setObjectName(name)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.setStyleSheet("color: white; background: #b00020; padding: 6px 10px;")
    return banner


def show_banner(window: QMainWindow, name: str, text: str) -> QLabel:
    """Show `text` in the window's banner `name`: above its pages when the window has a banner
    area (the main window), else in its status bar."""
    banner = window.findChild(QLabel, name)
    if banner is None:
        banner = make_banner(name)
        area = getattr(window, "banners", None)
        if area is not None:
            area.addWidget(banner)
        else:
            window.statusBar().addWidget(banner, 1)
    banner.setText(text)
    return banner
