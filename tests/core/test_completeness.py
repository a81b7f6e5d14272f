"""Completeness of a care-protocol version: what blocks a submission, what only warns."""

from __future__ import annotations

import datetime as dt

import pytest

from protoedit import catalog
from protoedit.protocols.completeness import (
    Problem,
    blocking,
    check,
    contains_placeholder,
    is_missing,
)
from protoedit.protocols.content import (
    SECTION_KEYS,
    TO_COMPLETE,
    Content,
    Evidence,
    Indicator,
    KeyMessage,
    Reference,
    Step,
    skeleton_steps,
)

DUE = dt.date(2030, 1, 1)


def complete() -> Content:
    return Content(
        sections={k: f"Texte de {k}" for k in SECTION_KEYS},
        steps=[
            Step(title="Repérer", professions=["medecin_generaliste"], what="Lister"),
            Step(title="Suivre", professions=["infirmier"], what="Surveiller", alert="Fièvre"),
        ],
        indicators=[Indicator(name="Patients inclus")],
        references=[Reference(citation="HAS 2024")],
        evidence=[
            Evidence(
                question="Faut-il un ECG ?", answer="Oui, annuel", source="HAS 2024", level="2"
            )
        ],
        key_points=[KeyMessage(text="Pas d'AINS", grade="A")],
    )


GROUP = ["medecin_generaliste", "infirmier"]


def keys(problems: list[Problem], blocking_only: bool | None = None) -> set[str]:
    return {p.key for p in problems if blocking_only is None or p.blocking == blocking_only}


def test_complete_version_has_no_problem() -> None:
    assert check(complete(), GROUP, DUE, "Diabète") == []


def test_new_skeleton_protocol() -> None:
    problems = check(Content(steps=skeleton_steps()), [], None, "Diabète")
    assert keys(problems, True) == {
        "section.objectives",
        "section.inclusion",
        "section.alert_signs",
    } | {f"step.{i}.{f}" for i in range(6) for f in ("professions", "what")}
    missing = {f"section.{k}" for k in SECTION_KEYS}
    assert missing <= keys(problems)  # every section shows as "à compléter"
    assert {"indicators", "review_due", "references", "steps.alert"} <= keys(problems, False)
    assert "Étape 1 « Repérer » : indiquez ce qui est fait." in [p.message for p in problems]
    assert any("à compléter" in p.message for p in problems if p.key == "section.memo")


def test_empty_title_and_no_steps_block() -> None:
    content = complete()
    content.steps = []
    problems = check(content, GROUP, DUE, "  ")
    assert keys(problems, True) == {"title", "steps"}
    assert "steps.alert" not in keys(problems)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n",
        TO_COMPLETE,
        "  *À compléter*  ",
        "- à compléter\n- A COMPLETER",
        "**À compléter.**",
        "# À compléter\n\nÀ compléter",
    ],
)
def test_placeholder_only_sections_are_missing(text: str) -> None:
    assert is_missing(text)
    content = complete()
    content.sections["objectives"] = text
    content.sections["critical_points"] = text
    problems = check(content, GROUP, DUE, "Diabète")
    assert keys(problems, True) == {"section.objectives"}
    assert keys(problems, False) == {"section.critical_points"}


@pytest.mark.parametrize("text", ["À compléter : voir la HbA1c", "Objectif 1", "0,6 g/L"])
def test_real_text_is_not_missing(text: str) -> None:
    assert not is_missing(text)


def test_step_problems() -> None:
    content = complete()
    content.steps[0].professions = []
    content.steps[1].what = TO_COMPLETE
    content.steps[1].how = "Glucomètre, puis à compléter"
    problems = check(content, GROUP, DUE, "Diabète")
    assert keys(problems, True) == {"step.0.professions", "step.1.what"}
    assert keys(problems, False) == {"step.1.to_complete"}
    assert contains_placeholder("puis A COMPLÉTER") and not contains_placeholder("complété")


def test_profession_absent_from_working_group_warns_with_its_label() -> None:
    problems = check(complete(), ["medecin_generaliste"], DUE, "Diabète")
    assert [p.key for p in problems] == ["group.infirmier"]
    assert not problems[0].blocking
    assert catalog.profession_label("infirmier", "fr") in problems[0].message
    assert catalog.profession_label("infirmier", "en") in problems[0].text("en")


def test_warnings_never_block() -> None:
    content = complete()
    content.steps[1].alert = ""
    content.indicators = [Indicator(name="  ")]
    content.references = []
    problems = check(content, [], None, "Diabète")
    assert keys(problems) == {
        "steps.alert",
        "indicators",
        "references",
        "review_due",
        "group.medecin_generaliste",
        "group.infirmier",
    }
    assert blocking(problems) == []


def test_messages_are_french_and_formatted() -> None:
    problems = check(Content(), [], None, "")
    assert all("{" not in p.message for p in problems)
    by_key = {p.key: p for p in problems}
    assert by_key["title"].message == "Le titre est obligatoire."
    assert "Objectifs" in by_key["section.objectives"].message
    assert by_key["section.objectives"].text("fr") == by_key["section.objectives"].message


def test_documentary_synthesis_and_graded_messages_warn_when_incomplete() -> None:
    c = complete()
    c.evidence = [
        Evidence(question="Quelle HbA1c viser ?"),
        Evidence(question="", answer="", source=""),  # an empty row is ignored
        Evidence(question="ECG ?", answer="Annuel", source="HAS", level=""),
    ]
    c.key_points = [KeyMessage(text="Pas d'AINS"), KeyMessage(text="", grade="")]
    problems = check(c, GROUP, DUE, "Diabète")
    assert keys(problems) == {
        "evidence.0.answer",
        "evidence.0.source",
        "evidence.0.level",
        "evidence.2.level",
        "key_points.0.grade",
    }
    assert not blocking(problems)
    assert "ligne 1" in next(p for p in problems if p.key == "evidence.0.answer").message
    c.evidence = []
    assert "evidence" in keys(check(c, GROUP, DUE, "Diabète"))
