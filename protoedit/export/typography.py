"""French typography for printed text: non-breaking spaces where French needs them."""

from __future__ import annotations

import re

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
