"""Cleaning of user text before storage: control characters out, lengths bounded."""

from __future__ import annotations

import re

from protoedit.errors import ValidationError
from protoedit.i18n import N_

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TEXT = 200_000  # one Markdown section
MAX_LINE = 300  # names, codes, titles


def clean_text(value: str | None, limit: int = MAX_TEXT, field: str | None = None) -> str:
    """Drop control characters (keeping newlines and tabs); refuse text past `limit`."""
    text = _CONTROL.sub("", (value or "").replace("\r\n", "\n").replace("\r", "\n"))
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
