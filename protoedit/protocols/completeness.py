"""What a care-protocol version still lacks: blocking problems for submission, and warnings."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from protoedit import catalog
from protoedit.i18n import N_, tr
from protoedit.protocols.content import SECTION_TITLES, TO_COMPLETE, Content, Step

# Sections without which a version cannot be submitted.
REQUIRED_SECTIONS = ("objectives", "inclusion", "alert_signs")
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass
class Problem:
    """One gap: `key` names where (e.g. "step.2.what"), `message` says it in French.

    `template` and `params` keep the untranslated form so `text(lang)` can show it in English.
    """

    key: str
    message: str
    blocking: bool
    template: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        if not self.template:
            return tr(self.message, lang=lang)
        return tr(self.template, lang=lang).format(**_localised(self.params, lang))


def _localised(params: dict[str, Any], lang: str | None) -> dict[str, Any]:
    out = dict(params)
    if "profession" in out:
        out["profession"] = catalog.profession_label(out["profession"], lang)
    if "section" in out:
        out["section"] = tr(SECTION_TITLES.get(out["section"], out["section"]), "sections", lang)
    return out


def _problem(key: str, blocking: bool, template: str, **params: Any) -> Problem:
    message = template.format(**_localised(params, "fr"))
    return Problem(key, message, blocking, template, params)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_PLACEHOLDER = _fold(TO_COMPLETE)


def contains_placeholder(text: str) -> bool:
    """True when the text still holds "À compléter" (any case, with or without accents)."""
    return _PLACEHOLDER in _fold(text)


def is_missing(text: str) -> bool:
    """Empty, or nothing but "À compléter" (possibly repeated, bulleted or emphasised)."""
    rest = _fold(text).replace(_PLACEHOLDER, "")
    return not _NOT_WORD.sub("", rest)


def _step_name(index: int, step: Step) -> str:
    title = " ".join(step.title.split())
    return f"{index + 1} « {title} »" if title else str(index + 1)


def check(
    content: Content, working_group_professions: list[str], review_due: dt.date | None, title: str
) -> list[Problem]:
    """Every gap of a version, blocking ones being those that refuse a submission."""
    problems: list[Problem] = []
    if not title.strip():
        problems.append(_problem("title", True, N_("Le titre est obligatoire.")))
    for key in SECTION_TITLES:
        if is_missing(content.section(key)):
            blocking = key in REQUIRED_SECTIONS
            template = (
                N_("Section « {section} » : à compléter (obligatoire pour soumettre).")
                if blocking
                else N_("Section « {section} » : à compléter.")
            )
            problems.append(_problem(f"section.{key}", blocking, template, section=key))
    problems.extend(_step_problems(content))
    group = set(working_group_professions)
    for code in content.professions():
        if code not in group:
            problems.append(
                _problem(
                    f"group.{code}",
                    False,
                    N_(
                        "La profession « {profession} » a des étapes mais personne de cette profession "
                        "n'est dans le groupe de travail."
                    ),
                    profession=code,
                )
            )
    if content.steps and not any(s.alert.strip() for s in content.steps):
        problems.append(
            _problem("steps.alert", False, N_("Aucune étape n'indique de signe d'alerte."))
        )
    if not any(i.name.strip() for i in content.indicators):
        problems.append(
            _problem(
                "indicators",
                False,
                N_("Aucun indicateur : prévoyez au moins le nombre de patients inclus."),
            )
        )
    problems.extend(_synthesis_problems(content))
    if review_due is None:
        problems.append(_problem("review_due", False, N_("Aucune date de révision prévue.")))
    if not any(r.citation.strip() for r in content.references):
        problems.append(_problem("references", False, N_("Aucune référence citée.")))
    return problems


def _step_problems(content: Content) -> list[Problem]:
    if not content.steps:
        return [_problem("steps", True, N_("Le protocole ne compte aucune étape."))]
    problems: list[Problem] = []
    for index, step in enumerate(content.steps):
        name = _step_name(index, step)
        if not [p for p in step.professions if p.strip()]:
            problems.append(
                _problem(
                    f"step.{index}.professions",
                    True,
                    N_("Étape {step} : indiquez qui intervient (au moins une profession)."),
                    step=name,
                )
            )
        if is_missing(step.what):
            problems.append(
                _problem(
                    f"step.{index}.what",
                    True,
                    N_("Étape {step} : indiquez ce qui est fait."),
                    step=name,
                )
            )
        texts = (step.title, step.referent, step.what, step.when, step.how, step.where, step.alert)
        if any(contains_placeholder(t) for t in texts):
            problems.append(
                _problem(
                    f"step.{index}.to_complete",
                    False,
                    N_("Étape {step} : contient encore « À compléter »."),
                    step=name,
                )
            )
    return problems


def _synthesis_problems(content: Content) -> list[Problem]:
    """The documented-answers stage of the HAS method: each question answered from a source
    with its level of evidence, each key message graded. Warnings, never blocking."""
    problems: list[Problem] = []
    rows = [e for e in content.evidence if any(x.strip() for x in (e.question, e.answer, e.source))]
    if not rows:
        problems.append(
            _problem(
                "evidence",
                False,
                N_(
                    "Aucune synthèse documentaire : notez les questions du groupe de travail et les "
                    "réponses trouvées dans la littérature."
                ),
            )
        )
    for index, e in enumerate(content.evidence):
        if not (e.question.strip() or e.answer.strip() or e.source.strip()):
            continue
        n = index + 1
        if is_missing(e.question):
            problems.append(
                _problem(
                    f"evidence.{index}.question",
                    False,
                    N_("Synthèse documentaire, ligne {n} : la question est à compléter."),
                    n=n,
                )
            )
        if is_missing(e.answer):
            problems.append(
                _problem(
                    f"evidence.{index}.answer",
                    False,
                    N_("Synthèse documentaire, ligne {n} : la réponse documentée est à compléter."),
                    n=n,
                )
            )
        if is_missing(e.source):
            problems.append(
                _problem(
                    f"evidence.{index}.source",
                    False,
                    N_("Synthèse documentaire, ligne {n} : citez la source."),
                    n=n,
                )
            )
        if not e.level:
            problems.append(
                _problem(
                    f"evidence.{index}.level",
                    False,
                    N_("Synthèse documentaire, ligne {n} : indiquez le niveau de preuve."),
                    n=n,
                )
            )
    for index, m in enumerate(content.key_points):
        if m.text.strip() and not m.grade:
            problems.append(
                _problem(
                    f"key_points.{index}.grade",
                    False,
                    N_("Message clé {n} : indiquez son grade (A, B, C ou accord d'experts)."),
                    n=index + 1,
                )
            )
    return problems


def blocking(problems: list[Problem]) -> list[Problem]:
    """The problems that refuse a submission."""
    return [p for p in problems if p.blocking]
