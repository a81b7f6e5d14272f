"""Printed text: French non-breaking spaces, control characters out, ReportLab escaping."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from protoedit.textclean import strip_control

NBSP = "\u00a0"
NNBSP = "\u202f"
_BEFORE = re.compile(r"[ \t]+([:;!?»€%])")
_AFTER = re.compile(r"«[ \t]+")
_DIGIT_EURO = re.compile(r"(\d)(€)")


def fr_nbsp(text: str) -> str:
    """Non-breaking space before : ; ! ? » € % and after «, so they never start a line."""
    text = _BEFORE.sub(lambda m: NBSP + m.group(1), text)
    text = _AFTER.sub("«" + NBSP, text)
    return _DIGIT_EURO.sub(lambda m: m.group(1) + NBSP + m.group(2), text)


def clean(text: str) -> str:
    """Control characters out (newlines and tabs kept)."""
    return strip_control(text or "")


def esc(text: str) -> str:
    """Text for ReportLab paragraph markup: escaped, French non-breaking spaces."""
    return escape(fr_nbsp(clean(text)))
