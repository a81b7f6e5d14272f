"""Paragraph shorthands the PDF builders share: a heading and a body paragraph of plain text."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Paragraph

from protoedit.export.typography import esc


def heading(text: str, ss: StyleSheet1, level: int = 2) -> Paragraph:
    return Paragraph(esc(text), ss[f"h{level}"])


def para(text: str, ss: StyleSheet1, style: str = "body") -> Paragraph:
    return Paragraph(esc(text), ss[style])
