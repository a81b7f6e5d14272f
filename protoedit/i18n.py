"""Translation of core messages: French source strings, English read from the Qt .ts file."""

from __future__ import annotations

import functools

from protoedit.paths import resource_path

CORE_CONTEXT = "core"
_lang = "fr"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark a French string for extraction by pyside6-lupdate; returns it unchanged."""
    return text


def N_(text: str) -> str:  # noqa: N802
    """Mark a core message (context "core") for translation; returns it unchanged."""
    return text


def set_language(lang: str) -> None:
    """Choose the language of core messages ("fr" or "en")."""
    global _lang
    _lang = lang if lang in ("fr", "en") else "fr"


def language() -> str:
    return _lang


@functools.lru_cache(maxsize=4)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"protoedit_{lang}.ts")
    table: dict[tuple[str, str], str] = {}
    if not path.exists():
        return table
    import xml.etree.ElementTree as ET  # only in English: French sessions never parse it

    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete"):
                table[(name, source)] = tr.text
    return table


def tr(text: str, context: str = CORE_CONTEXT, lang: str | None = None) -> str:
    """Translate a French source string into the current language (identity for French)."""
    lang = lang or _lang
    if lang == "fr":
        return text
    return _catalog(lang).get((context, text), text)
