"""The content of one care-protocol version: HAS sections, documentary synthesis, graded key
messages, steps, indicators and references."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
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
    (
        "identification",
        QT_TRANSLATE_NOOP("sections", "Repérage et signalement dans le logiciel patient"),
    ),
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


# HAS levels of evidence of the documentary synthesis, and grades of recommendation of key
# messages (HAS, "Niveau de preuve et gradation des recommandations de bonne pratique", 2013).
EVIDENCE_LEVELS: list[tuple[str, str]] = [
    ("1", QT_TRANSLATE_NOOP("evidence", "Niveau 1 : preuve scientifique établie")),
    ("2", QT_TRANSLATE_NOOP("evidence", "Niveau 2 : présomption scientifique")),
    ("3", QT_TRANSLATE_NOOP("evidence", "Niveau 3 : faible niveau de preuve")),
    ("4", QT_TRANSLATE_NOOP("evidence", "Niveau 4 : faible niveau de preuve")),
]
GRADES: list[tuple[str, str]] = [
    ("A", QT_TRANSLATE_NOOP("evidence", "Grade A : preuve scientifique établie")),
    ("B", QT_TRANSLATE_NOOP("evidence", "Grade B : présomption scientifique")),
    ("C", QT_TRANSLATE_NOOP("evidence", "Grade C : faible niveau de preuve")),
    ("AE", QT_TRANSLATE_NOOP("evidence", "Accord d'experts")),
]
LEVEL_CODES = [k for k, _ in EVIDENCE_LEVELS]
GRADE_CODES = [k for k, _ in GRADES]


@dataclass
class Evidence:
    """One line of the working group's documentary synthesis: a question the professionals
    asked, the answer documented in the literature, its source and level of evidence."""

    question: str = ""
    answer: str = ""
    source: str = ""
    level: str = ""  # one of LEVEL_CODES, "" when not assessed


@dataclass
class KeyMessage:
    """A key message with its grade, as HAS grades its recommendations."""

    text: str = ""
    grade: str = ""  # one of GRADE_CODES, "" when not graded yet


@dataclass
class Content:
    sections: dict[str, str] = field(default_factory=dict)  # key -> Markdown
    steps: list[Step] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    key_points: list[KeyMessage] = field(default_factory=list)  # graded key messages

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
            evidence=[_build(Evidence, e) for e in data.get("evidence") or []],
            key_points=[_build(KeyMessage, m) for m in data.get("key_points") or []],
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
    names = [f.name for f in fields(kind)]
    values = {k: raw[k] for k in names if k in raw}
    if "professions" in values:
        values["professions"] = [str(p) for p in values["professions"]]
    return kind(**{k: v if k == "professions" else str(v) for k, v in values.items()})


def skeleton_steps() -> list[Step]:
    return [Step(title=t) for t in SKELETON]
