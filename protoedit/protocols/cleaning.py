"""What a care protocol's input becomes before it is stored: its code and identity checked, its
content and notes cleaned of control characters and bounded (markup is kept, as typed)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from protoedit import catalog
from protoedit.errors import FieldErrors, ValidationError
from protoedit.i18n import N_
from protoedit.protocols.content import (
    GRADE_CODES,
    LEVEL_CODES,
    SECTION_KEYS,
    Content,
    Evidence,
    Indicator,
    KeyMessage,
    Reference,
    Step,
)
from protoedit.textclean import MAX_TEXT, clean_line, clean_text

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}$")
MAX_STEP_FIELD = 20_000  # one cell of the step table, an indicator or reference field
MAX_CONTENT = 1_000_000  # all the text of one version
MAX_NOTE = 5_000  # change note, refusal reason, review note, signature meaning


def normalize_code(code: str) -> str:
    return clean_line(code, 64, field="code").upper()


def clean_identity(code: str, title: str, aci_theme: str) -> tuple[str, str, str]:
    code, title = normalize_code(code), clean_line(title, 300, field="title")
    aci_theme = clean_line(aci_theme, 40, field="aci_theme")
    problems: dict[str, str] = {}
    if not CODE_PATTERN.match(code):
        problems["code"] = N_(
            "Le code compte 1 à 32 caractères : lettres sans accent, chiffres, "
            "tiret ou soulignement (par exemple DIAB-01)."
        )
    if not title:
        problems["title"] = N_("Le titre est obligatoire.")
    if aci_theme and catalog.aci_theme(aci_theme) is None:
        problems["aci_theme"] = N_("Thème ACI inconnu : choisissez-le dans la liste.")
    if problems:
        raise FieldErrors(problems)
    return code, title, aci_theme


def _cleaned(kind: type, item: Any, prefix: str, lines: tuple[str, ...]) -> Any:
    values: dict[str, Any] = {}
    for name in (f.name for f in dataclasses.fields(kind)):
        raw = getattr(item, name)
        if name == "professions":
            codes = [clean_line(str(p), 40, field=f"{prefix}.professions") for p in raw]
            values[name] = list(dict.fromkeys(c for c in codes if c))
        elif name in lines:
            values[name] = clean_line(raw, 300, field=f"{prefix}.{name}")
        else:
            values[name] = clean_text(raw, MAX_STEP_FIELD, field=f"{prefix}.{name}")
    return kind(**values)


def clean_content(content: Content) -> Content:
    """Control characters out, lengths bounded (ValidationError names the field); markup kept."""
    cleaned = Content(
        sections={
            k: clean_text(v, MAX_TEXT, field=f"sections.{k}")
            for k, v in content.sections.items()
            if k in SECTION_KEYS
        },
        steps=[
            _cleaned(Step, s, f"steps.{i}", ("title", "referent"))
            for i, s in enumerate(content.steps)
        ],
        indicators=[
            _cleaned(Indicator, s, f"indicators.{i}", ("name",))
            for i, s in enumerate(content.indicators)
        ],
        references=[
            _cleaned(Reference, s, f"references.{i}", ("date",))
            for i, s in enumerate(content.references)
        ],
        evidence=[
            _cleaned(Evidence, s, f"evidence.{i}", ("level",))
            for i, s in enumerate(content.evidence)
        ],
        key_points=[
            _cleaned(KeyMessage, s, f"key_points.{i}", ("grade",))
            for i, s in enumerate(content.key_points)
        ],
    )
    for i, e in enumerate(cleaned.evidence):
        if e.level not in ("", *LEVEL_CODES):
            raise ValidationError(
                N_("Niveau de preuve inconnu « {value} » : 1, 2, 3 ou 4."),
                field=f"evidence.{i}.level",
                value=e.level,
            )
    for i, m in enumerate(cleaned.key_points):
        m.grade = m.grade.upper()
        if m.grade not in ("", *GRADE_CODES):
            raise ValidationError(
                N_("Grade inconnu « {value} » : A, B, C ou AE (accord d'experts)."),
                field=f"key_points.{i}.grade",
                value=m.grade,
            )
    size = len(str(cleaned.to_dict()))
    if size > MAX_CONTENT:
        raise ValidationError(
            N_("Texte trop long ({size} caractères, au plus {limit}). Rien n'a été enregistré."),
            field="content",
            size=size,
            limit=MAX_CONTENT,
        )
    return cleaned


def clean_note(text: str, field: str, required: str | None = None) -> str:
    note = clean_text(text, MAX_NOTE, field=field).strip()
    if required and not note:
        raise ValidationError(required, field=field)
    return note
