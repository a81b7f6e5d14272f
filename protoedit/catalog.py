"""Reference data shipped in resources/catalog: professions, ACI themes, cooperation protocols."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from protoedit.i18n import language
from protoedit.paths import resource_path


@functools.lru_cache(maxsize=16)
def load(name: str) -> dict[str, Any]:
    """A catalogue file of resources/catalog, parsed once."""
    with resource_path("catalog", f"{name}.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@dataclass(frozen=True)
class Profession:
    code: str
    fr: str
    en: str
    short_fr: str
    identifier: str  # rpps | rpps_or_adeli | none

    def label(self, lang: str | None = None) -> str:
        return self.en if (lang or language()) == "en" else self.fr


@functools.lru_cache(maxsize=1)
def professions() -> tuple[Profession, ...]:
    return tuple(Profession(**p) for p in load("professions")["professions"])


def profession(code: str) -> Profession | None:
    return {p.code: p for p in professions()}.get(code)


def profession_short(code: str) -> str:
    """Short form for narrow columns (MG, IDE, MK...)."""
    p = profession(code)
    return p.short_fr if p else code


def profession_label(code: str, lang: str | None = None) -> str:
    p = profession(code)
    return p.label(lang) if p else code


@dataclass(frozen=True)
class AciTheme:
    code: str
    category: int
    fr: str
    en: str
    examples_fr: tuple[str, ...]

    def label(self, lang: str | None = None) -> str:
        return self.en if (lang or language()) == "en" else self.fr


@functools.lru_cache(maxsize=1)
def aci_themes() -> tuple[AciTheme, ...]:
    return tuple(
        AciTheme(t["code"], t["category"], t["fr"], t["en"], tuple(t.get("examples_fr", [])))
        for t in load("aci_themes")["themes"]
    )


def aci_theme(code: str) -> AciTheme | None:
    return {t.code: t for t in aci_themes()}.get(code)
