"""A Markdown text field with a live, safe preview beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QTextBrowser, QWidget

from protoedit.render.markdown_html import markdown_to_html


class UndoKeysFilter(QObject):
    """Sends Ctrl+Z / Ctrl+Y of a text widget to the editor-wide undo instead of the widget's."""

    def __init__(self, undo, redo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._undo, self._redo = undo, redo

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            for seq, fn in (
                (QKeySequence.StandardKey.Undo, self._undo),
                (QKeySequence.StandardKey.Redo, self._redo),
            ):
                if event.matches(seq) or (
                    fn is self._redo
                    and event.keyCombination().toCombined()
                    == (Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Y).toCombined()
                ):
                    if event.type() == QEvent.Type.KeyPress:
                        fn()
                    event.accept()
                    return True
        return False


class MarkdownField(QWidget):
    """Signals: text_edited() after each user change (not after set_text)."""

    text_edited = Signal()
    MAX_CHARS = 200_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setUndoRedoEnabled(False)
        self.editor.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.preview, 1)
        self.setFocusProxy(self.editor)
        self._loading = False
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.editor.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        self._preview_timer.start()
        if not self._loading:
            self.text_edited.emit()

    def refresh_preview(self) -> None:
        self.preview.setHtml(markdown_to_html(self.editor.toPlainText()[: self.MAX_CHARS]))

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        if text == self.editor.toPlainText():
            return
        self._loading = True
        cursor_pos = self.editor.textCursor().position()
        self.editor.setPlainText(text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(cursor_pos, len(text)))
        self.editor.setTextCursor(cursor)
        self._loading = False
        self.refresh_preview()

    def set_read_only(self, ro: bool) -> None:
        self.editor.setReadOnly(ro)

    def show_preview(self, on: bool) -> None:
        self.preview.setVisible(on)
