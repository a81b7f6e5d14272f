"""Handing a URL to the desktop (mail program, file manager): one function tests can observe."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger("protoedit.ui")


def open_url(url: QUrl | str) -> bool:
    """Open `url` with the user's program for its scheme (mailto: the mail program, file: the
    file manager). Tests register `QDesktopServices.setUrlHandler` for the schemes they watch,
    so nothing is launched."""
    target = url if isinstance(url, QUrl) else QUrl(url)
    opened = QDesktopServices.openUrl(target)
    if not opened:
        log.warning("no program opened %s", target.scheme())
    return opened


def open_path(path: Path | str) -> bool:
    """A file with its program, a folder in the file manager."""
    return open_url(QUrl.fromLocalFile(str(path)))
