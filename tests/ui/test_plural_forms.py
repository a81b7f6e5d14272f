"""Plural messages on screen: French forms from protoedit_fr.qm, English from protoedit_en.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.app import install_language


def members(n: int) -> str:
    return QCoreApplication.translate("DeclarationsModel", "%n membre(s)", "", n)


def test_french_and_english_plural_forms(qapp) -> None:
    try:
        install_language(qapp, "fr")
        assert [members(n) for n in (0, 1, 2)] == ["0 membre", "1 membre", "2 membres"]
        install_language(qapp, "en")
        assert [members(n) for n in (0, 1, 2)] == ["0 members", "1 member", "2 members"]
    finally:
        install_language(qapp, "fr")
