"""Starter care-protocol templates: valid content, structure only, no clinical decision."""

from __future__ import annotations

import json

from protoedit import catalog
from protoedit.paths import resource_path
from protoedit.protocols.content import SECTION_KEYS, SKELETON, TO_COMPLETE, Content
from protoedit.protocols.templates import template, templates

EXPECTED_THEMES = {
    "diabete-type-2": "aci3",
    "anticoagulants-oraux": "aci3",
    "insuffisance-cardiaque": "aci1",
    "chutes-sujet-age": "aci4",
    "plaies-chroniques": "aci4",
}


def test_at_least_five_templates_on_aci_themes() -> None:
    found = templates()
    assert len(found) >= 5
    assert len({t.id for t in found}) == len(found)
    assert len({t.code_prefix for t in found}) == len(found)
    for tid, theme in EXPECTED_THEMES.items():
        t = template(tid)
        assert t is not None, tid
        assert t.aci_theme == theme
    for t in found:
        assert catalog.aci_theme(t.aci_theme) is not None, t.id
        assert t.title_fr and t.title_en
        assert t.code_prefix.isupper() and t.code_prefix.isalpha()
        assert t.suggested_code() == f"{t.code_prefix}-01"
        assert t.label("en") == t.title_en and t.label("fr") == t.title_fr
    assert template("inconnu") is None


def test_files_hold_only_known_content_keys() -> None:
    for path in resource_path("templates").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert path.stem == data["id"]
        assert set(data) == {"id", "title_fr", "title_en", "aci_theme", "code_prefix", "content"}
        assert set(data["content"]) == {
            "sections",
            "steps",
            "indicators",
            "references",
            "evidence",
            "key_points",
        }
        assert set(data["content"]["sections"]) == set(SECTION_KEYS), path.name
        # nothing is silently dropped by Content.from_dict
        assert Content.from_dict(data["content"]).to_dict() == data["content"], path.name


def test_every_section_is_left_to_complete() -> None:
    for t in templates():
        content = t.content()
        for key in SECTION_KEYS:
            assert TO_COMPLETE in content.section(key), (t.id, key)
        assert content.section("questions").count("?") >= 5, t.id


def test_six_step_skeleton_with_known_professions() -> None:
    known = {p.code for p in catalog.professions()}
    for t in templates():
        content = t.content()
        assert [s.title for s in content.steps] == SKELETON, t.id
        for step in content.steps:
            assert step.professions, (t.id, step.title)
            assert set(step.professions) <= known, (t.id, step.title)
            for text in (step.what, step.when, step.how, step.where, step.alert):
                assert TO_COMPLETE in text, (t.id, step.title)
        assert len(content.professions()) >= 3


def test_indicators_and_references() -> None:
    for t in templates():
        content = t.content()
        first = content.indicators[0]
        assert first.name == "Nombre de patients inclus dans le protocole"
        assert first.definition and t.suggested_code() in first.definition
        assert all(i.target == TO_COMPLETE for i in content.indicators)
        assert any("HAS" in r.citation and "(à vérifier)" in r.date for r in content.references)


def test_content_is_a_fresh_copy() -> None:
    t = template("diabete-type-2")
    assert t is not None
    first = t.content()
    first.sections["problem"] = "modifié"
    first.steps[0].professions.append("autre")
    first.steps.pop()
    second = t.content()
    assert second.section("problem") != "modifié"
    assert "autre" not in second.steps[0].professions
    assert len(second.steps) == 6
