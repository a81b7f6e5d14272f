"""Editor-wide undo commands that remember where the change was, so the cursor goes back there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from protoedit.protocols.content import SECTION_KEYS, Step
from ui.protocol.state import EditorState

TextWidget = QLineEdit | QPlainTextEdit
STEP_FIELDS = [f.name for f in fields(Step)]


def step_key(row: int, field: str) -> str:
    """The key of one field of one step, as `text_fields` names it."""
    return f"step:{row}:{field}"


def parse_step_key(key: str) -> tuple[int, str] | None:
    parts = key.split(":")
    if len(parts) == 3 and parts[0] == "step" and parts[1].isdigit():
        return int(parts[1]), parts[2]
    return None


def text_fields(state: EditorState) -> dict[str, str]:
    """Every field of a state as text, by key: code, title, section keys, then `step:<row>:<field>`."""
    out = {"code": state.code, "title": state.title}
    out.update({k: state.content.section(k) for k in SECTION_KEYS})
    for row, step in enumerate(state.content.steps):
        for name in STEP_FIELDS:
            value = getattr(step, name)
            out[step_key(row, name)] = ",".join(value) if isinstance(value, list) else value
    return out


def end_of_change(previous: str, now: str) -> int:
    """Where the changed part of `now` ends (a cursor put there follows the restored change)."""
    prefix = 0
    limit = min(len(previous), len(now))
    while prefix < limit and previous[prefix] == now[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and previous[-1 - suffix] == now[-1 - suffix]:
        suffix += 1
    return len(now) - suffix


def change_place(
    shown_before: EditorState, shown_now: EditorState, hint: str | None
) -> tuple[str, int] | None:
    """(field key, cursor position) of the change between two states; `hint` (the field the
    user was typing in) wins when it changed. None when no text field changed."""
    old, new = text_fields(shown_before), text_fields(shown_now)
    changed = [k for k in dict.fromkeys([*new, *old]) if old.get(k) != new.get(k)]
    if not changed:
        return None
    key = hint if hint in changed else changed[0]
    return key, end_of_change(old.get(key, ""), new.get(key, ""))


def widget_text(widget: TextWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def put_cursor(widget: QWidget, pos: int) -> None:
    """Focus a text widget with its cursor `pos` characters in (Qt counts UTF-16 units)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        text = widget_text(widget)
        units = len(text[:pos].encode("utf-16-le")) // 2
        if isinstance(widget, QLineEdit):
            widget.setCursorPosition(units)
        else:
            cursor = widget.textCursor()
            cursor.setPosition(min(units, len(text.encode("utf-16-le")) // 2))
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
    widget.setFocus()


class SnapshotCommand(QUndoCommand):
    """One undoable change of the whole editor state, with the field it was typed in.

    Undo shows `before` with the cursor where the change was; redo shows `after` with the cursor
    at the end of the redone change; `show(state, place)` does both."""

    def __init__(
        self,
        show: Callable[[EditorState, tuple[str, int] | None], None],
        before: EditorState,
        after: EditorState,
        key: str | None,
    ) -> None:
        super().__init__()
        self.show, self.before, self.after, self.key = show, before, after, key
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after the user made the change: it is already on screen
            self._first = False
            return
        self.show(self.after, change_place(self.before, self.after, self.key))

    def undo(self) -> None:
        self.show(self.before, change_place(self.after, self.before, self.key))
