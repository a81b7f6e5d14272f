"""The content of one care-protocol version: HAS sections, steps, indicators and references."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from protoedit.i18n import QT_TRANSLATE_NOOP

TO_COMPLETE = QT_TRANSLATE_NOOP("pdf", "À compléter")  # also the marker of a field to fill

# (key, French title) in HAS order; titles are translated with context "sections".
SECTIONS: list[tuple[str, str]] = [
    ("problem", QT_TRANSLATE_NOOP("sections", "Problème identifié")),
    ("questions", QT_TRANSLATE_NOOP("sections", "Questions des professionnels")),
    ("objectives", QT_TRANSLATE_NOOP("sections", "Objectifs")),
    ("inclusion", QT_TRANSLATE_NOOP("sections", "Population : critères d'inclusion")),
    ("exclusion", QT_TRANSLATE_NOOP("sections", "Population : critères d'exclusion")),
    ("identification", QT_TRANSLATE_NOOP("sections", "Repérage et signalement dans le logiciel patient")),
    ("critical_points", QT_TRANSLATE_NOOP("sections", "Points critiques")),
    ("alert_signs", QT_TRANSLATE_NOOP("sections", "Signes d'alerte et orientation")),
    ("communication", QT_TRANSLATE_NOOP("sections", "Communication entre professionnels")),
    ("key_messages", QT_TRANSLATE_NOOP("sections", "Messages clés")),
    ("patient_tools", QT_TRANSLATE_NOOP("sections", "Outils pour les patients")),
    ("memo", QT_TRANSLATE_NOOP("sections", "Mémo pour les professionnels")),
]
SECTION_KEYS = [k for k, _ in SECTIONS]
SECTION_TITLES = dict(SECTIONS)

# The six-step skeleton offered on a new protocol.
SKELETON: list[str] = [
    QT_TRANSLATE_NOOP("steps", "Repérer"),
    QT_TRANSLATE_NOOP("steps", "Évaluer"),
    QT_TRANSLATE_NOOP("steps", "Planifier"),
    QT_TRANSLATE_NOOP("steps", "Intervenir"),
    QT_TRANSLATE_NOOP("steps", "Suivre"),
    QT_TRANSLATE_NOOP("steps", "Alerter"),
]


@dataclass
class Step:
    """Who does what, when, how, where; `alert` is what makes them call someone."""

    title: str = ""
    professions: list[str] = field(default_factory=list)  # profession codes
    referent: str = ""
    what: str = ""
    when: str = ""
    how: str = ""
    where: str = ""
    alert: str = ""


@dataclass
class Indicator:
    name: str = ""
    definition: str = ""
    target: str = ""
    source: str = ""
    frequency: str = ""
    owner: str = ""


@dataclass
class Reference:
    citation: str = ""
    date: str = ""  # free text: "2023", "mars 2020"
    url: str = ""


@dataclass
class Content:
    sections: dict[str, str] = field(default_factory=dict)  # key -> Markdown
    steps: list[Step] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Content:
        data = data or {}
        sections = {k: str(v) for k, v in (data.get("sections") or {}).items() if k in SECTION_KEYS}
        return cls(
            sections=sections,
            steps=[_build(Step, s) for s in data.get("steps") or []],
            indicators=[_build(Indicator, i) for i in data.get("indicators") or []],
            references=[_build(Reference, r) for r in data.get("references") or []],
        )

    def section(self, key: str) -> str:
        return self.sections.get(key, "")

    def professions(self) -> list[str]:
        """Profession codes that have at least one step, in order of first appearance."""
        seen: list[str] = []
        for step in self.steps:
            for p in step.professions:
                if p not in seen:
                    seen.append(p)
        return seen


def _build(kind: type, raw: dict[str, Any]) -> Any:
    names = kind.__dataclass_fields__.keys()
    values = {k: raw[k] for k in names if k in raw}
    if "professions" in values:
        values["professions"] = [str(p) for p in values["professions"]]
    return kind(**{k: v if k == "professions" else str(v) for k, v in values.items()})


def skeleton_steps() -> list[Step]:
    return [Step(title=t) for t in SKELETON]
