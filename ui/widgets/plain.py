"""User text shown as typed: plain-text labels and tooltips (never rendered as markup)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain(label: QLabel) -> QLabel:
    """The label shows its text literally, even when it looks like HTML (`<b>MSP</b>`)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None, **kwargs: Any) -> QLabel:
    """A QLabel for user text: plain text whatever the text looks like."""
    return plain(QLabel(text, parent, **kwargs))


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` literally (tooltips render anything that looks like HTML).

    Text without "<" is never taken for HTML and stays as it is."""
    if "<" not in text:
        return text
    return f"<p>{html.escape(text)}</p>"
