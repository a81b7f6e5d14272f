"""Cleaning of user text before storage: control characters out, lengths bounded."""

from __future__ import annotations

import re

from protoedit.errors import ValidationError
from protoedit.i18n import N_

CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"  # a character class: tab, LF, CR kept
_CONTROL = re.compile(f"[{CONTROL_CHARS}]")
MAX_TEXT = 200_000  # one Markdown section
MAX_LINE = 300  # names, codes, titles


def strip_control(text: str) -> str:
    """Control characters out, newlines and tabs kept (the one copy of this rule)."""
    return _CONTROL.sub("", text)


def clean_text(value: str | None, limit: int = MAX_TEXT, field: str | None = None) -> str:
    """Drop control characters (keeping newlines and tabs); refuse text past `limit`."""
    text = strip_control((value or "").replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > limit:
        raise ValidationError(
            N_("Texte trop long ({size} caractères, au plus {limit}). Rien n'a été enregistré."),
            field=field,
            size=len(text),
            limit=limit,
        )
    return text


def clean_line(value: str | None, limit: int = MAX_LINE, field: str | None = None) -> str:
    """One-line text: control characters and line breaks out, trimmed, bounded."""
    text = " ".join(clean_text(value, max(limit * 4, 1000), field).split())
    if len(text) > limit:
        raise ValidationError(
            N_("Texte trop long ({size} caractères, au plus {limit}). Rien n'a été enregistré."),
            field=field,
            size=len(text),
            limit=limit,
        )
    return text
