"""Plural messages: French forms from protoedit_fr.ts, English from protoedit_en.ts."""

from __future__ import annotations

import pytest

from protoedit.i18n import ntr, plural_form


@pytest.mark.parametrize(
    ("lang", "n", "form"), [("fr", 0, 0), ("fr", 1, 0), ("fr", 2, 1), ("en", 0, 1), ("en", 1, 0)]
)
def test_french_says_zero_like_one_english_like_many(lang: str, n: int, form: int) -> None:
    assert plural_form(lang, n) == form


def test_core_plurals_read_right_in_both_languages() -> None:
    text = "%n document(s) exporté(s) dans {path}"
    assert ntr(text, 1, lang="fr").format(path="x") == "1 document exporté dans x"
    assert ntr(text, 3, lang="fr").format(path="x") == "3 documents exportés dans x"
    assert ntr(text, 1, lang="en").format(path="x") == "1 document exported to x"
    assert ntr(text, 0, lang="en").format(path="x") == "0 documents exported to x"


def test_an_unknown_plural_keeps_its_source_with_the_count() -> None:
    assert ntr("%n chose(s)", 2, lang="fr") == "2 chose(s)"


def test_no_message_of_the_code_says_s_in_brackets() -> None:
    """Every "(s)" of a message is a plural with %n (or reworded): "1 membre(s)" is no French."""
    from tools.i18n import NUMERUS, extract

    found = extract()
    left = [
        (ctx, text)
        for ctx, texts in found.items()
        for text in texts
        if ("(s)" in text or "(es)" in text) and (ctx, text) not in NUMERUS
    ]
    assert left == []
