"""Translation of core messages: French source strings, English read from the Qt .ts file;
plurals (%n messages) in both languages, their French forms in protoedit_fr.ts."""

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


Catalog = tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]


@functools.lru_cache(maxsize=4)
def _catalog(lang: str) -> Catalog:
    """A language's .ts file read once: its translations, and the plural forms of its numerus
    messages (protoedit_fr.ts holds only those)."""
    path = resource_path("translations", f"protoedit_{lang}.ts")
    texts: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    if not path.exists():
        return texts, plurals
    import xml.etree.ElementTree as ET  # only when a message is translated: not at start-up

    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "")
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete"):
                continue
            forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            if forms and all(forms):
                plurals[key] = forms
            elif tr.text:
                texts[key] = tr.text
    return texts, plurals


def plural_form(lang: str, n: int) -> int:
    """Which plural form a count takes, as Qt counts them: French says "0 membre, 1 membre,
    2 membres"; English "0 members, 1 member, 2 members"."""
    singular = n <= 1 if lang == "fr" else n == 1
    return 0 if singular else 1


def ntr(text: str, n: int, context: str = CORE_CONTEXT, lang: str | None = None) -> str:
    """A plural message ("%n document(s) exporté(s)") for the count `n`, in the current
    language; the source text itself when no form is known."""
    lang = lang or _lang
    forms = _catalog(lang)[1].get((context, text))
    chosen = forms[min(plural_form(lang, n), len(forms) - 1)] if forms else text
    return chosen.replace("%n", str(n))


def tr(text: str, context: str = CORE_CONTEXT, lang: str | None = None) -> str:
    """Translate a French source string into the current language (identity for French)."""
    lang = lang or _lang
    if lang == "fr":
        return text
    return _catalog(lang)[0].get((context, text), text)
