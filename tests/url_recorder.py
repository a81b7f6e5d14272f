"""A stand-in for the desktop in Qt tests: URLs the app opens (mailto:, file:) are only noted."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


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
