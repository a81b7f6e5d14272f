"""Starter templates for care protocols: structure and questions, every clinical choice left open."""

from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass, field
from typing import Any

from protoedit.i18n import language
from protoedit.paths import resource_path
from protoedit.protocols.content import Content


@dataclass(frozen=True)
class Template:
    """A starter care protocol on an ACI annex-3 theme, read from resources/templates."""

    id: str
    title_fr: str
    title_en: str
    aci_theme: str
    code_prefix: str
    content_data: dict[str, Any] = field(compare=False, repr=False, hash=False)

    def label(self, lang: str | None = None) -> str:
        return self.title_en if (lang or language()) == "en" else self.title_fr

    def content(self) -> Content:
        """A fresh Content each call: editing it never changes the template."""
        return Content.from_dict(copy.deepcopy(self.content_data))

    def suggested_code(self, number: int = 1) -> str:
        """The short code written in patient files, e.g. 'DIAB-01'."""
        return f"{self.code_prefix}-{number:02d}"


def _read(data: dict[str, Any]) -> Template:
    return Template(
        id=str(data["id"]),
        title_fr=str(data["title_fr"]),
        title_en=str(data.get("title_en") or data["title_fr"]),
        aci_theme=str(data["aci_theme"]),
        code_prefix=str(data["code_prefix"]),
        content_data=dict(data.get("content") or {}),
    )


@functools.lru_cache(maxsize=1)
def _all() -> tuple[Template, ...]:
    found = []
    for path in sorted(resource_path("templates").glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            found.append(_read(json.load(fh)))
    return tuple(sorted(found, key=lambda t: (t.aci_theme, t.title_fr)))


def templates() -> list[Template]:
    """Every shipped template, by ACI theme then title."""
    return list(_all())


def template(template_id: str) -> Template | None:
    return next((t for t in _all() if t.id == template_id), None)
