"""Fixed labels printed on PDFs, in French with their English translation."""

from __future__ import annotations

# QT_TRANSLATE_NOOP is re-exported: the PDF modules mark their labels with it next to `t`.
from protoedit.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from protoedit.i18n import tr

CTX = "pdf"
_L = QT_TRANSLATE_NOOP

STATUS = {
    "draft": _L(CTX, "Brouillon"),
    "in_review": _L(CTX, "En relecture"),
    "approved": _L(CTX, "Validé"),
    "superseded": _L(CTX, "Remplacé"),
    "archived": _L(CTX, "Archivé"),
    "planned": _L(CTX, "Prévue"),
    "held": _L(CTX, "Tenue"),
    "closed": _L(CTX, "Clôturée"),
    "declared": _L(CTX, "Déclarée"),
}


def t(text: str, lang: str) -> str:
    """Translate a fixed French label (context "pdf")."""
    return tr(text, CTX, lang)


def status_label(status: str, lang: str) -> str:
    return t(STATUS[status], lang) if status in STATUS else status
