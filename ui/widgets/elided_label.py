"""A one-line plain-text label that elides what does not fit, the full text in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class ElidedLabel(QWidget):
    """Shows its text on one line, cut with "…" at its width; never widens a window.

    The type is the inherited font times `scale` (so zoom and presentation mode enlarge it)."""

    def __init__(
        self, text: str = "", scale: float = 1.0, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.scale, self.bold = scale, bold
        self.alignment = Qt.AlignmentFlag.AlignLeft
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""
        self.setText(text)

    def shown_font(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self.scale)
        else:
            font.setPixelSize(round(font.pixelSize() * self.scale))
        font.setBold(self.bold)
        return font

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - the QLabel name, for a drop-in use
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 - QLabel name
        self.alignment = alignment
        self.update()

    def shown_text(self) -> str:
        """The text as drawn: elided at the current width."""
        metrics = QFontMetrics(self.shown_font())
        return metrics.elidedText(
            self._full, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def is_elided(self) -> bool:
        return self.shown_text() != self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, QFontMetrics(self.shown_font()).height() + 4)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = QFontMetrics(self.shown_font())
        return QSize(metrics.horizontalAdvance(self._full), metrics.height() + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setFont(self.shown_font())
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self.contentsRect(),
            int(self.alignment | Qt.AlignmentFlag.AlignVCenter),
            self.shown_text(),
        )
