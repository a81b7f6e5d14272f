"""Differences between two versions of a care protocol."""

from __future__ import annotations

from protoedit.protocols.content import Content, Indicator, Reference, Step, skeleton_steps
from protoedit.protocols.diff import ADDED, CHANGED, MOVED, REMOVED, diff


def steps(*titles: str) -> list[Step]:
    return [Step(title=t, professions=["infirmier"], what=f"Faire {t}") for t in titles]


def test_identical_content_is_empty() -> None:
    a = Content(sections={"objectives": "A"}, steps=skeleton_steps())
    d = diff(a, Content.from_dict(a.to_dict()))
    assert d.is_empty()
    assert d.to_text() == "Aucune modification."


def test_section_changed_added_removed() -> None:
    old = Content(sections={"objectives": "Ligne 1\nLigne 2\nLigne 3", "memo": "Mémo"})
    new = Content(sections={"objectives": "Ligne 1\nLigne deux\nLigne 3", "key_messages": "Boire"})
    d = diff(old, new)
    kinds = {(s.key, s.kind) for s in d.sections}
    assert kinds == {("objectives", CHANGED), ("key_messages", ADDED), ("memo", REMOVED)}
    changed = next(s for s in d.sections if s.key == "objectives")
    assert "-Ligne 2" in changed.unified and "+Ligne deux" in changed.unified
    assert (changed.old, changed.new) == (
        "Ligne 1\nLigne 2\nLigne 3",
        "Ligne 1\nLigne deux\nLigne 3",
    )
    text = d.to_text()
    assert "Section « Objectifs » modifiée" in text and "-Ligne 2" in text and "+Ligne deux" in text
    assert "Section « Messages clés » ajoutée" in text
    assert "Section « Mémo pour les professionnels » supprimée" in text
    assert not d.steps and not d.is_empty()


def test_step_moved_only_that_one() -> None:
    d = diff(Content(steps=steps("A", "B", "C", "D")), Content(steps=steps("D", "A", "B", "C")))
    assert [(c.kind, c.label, c.old_index, c.new_index) for c in d.steps] == [(MOVED, "D", 3, 0)]
    assert "Déplacé : « D » (position 4 → 1)" in d.to_text()


def test_step_inserted_or_removed_does_not_move_the_others() -> None:
    d = diff(Content(steps=steps("A", "B", "C")), Content(steps=steps("A", "X", "C")))
    # "X" takes B's place: same position, so it is B renamed (and its "what" changed).
    assert [(c.kind, c.label) for c in d.steps] == [(CHANGED, "X")]
    assert {f.field for f in d.steps[0].fields} == {"title", "what"}
    d = diff(Content(steps=steps("A", "B")), Content(steps=steps("New", "A", "B")))
    assert [(c.kind, c.label, c.new_index) for c in d.steps] == [(ADDED, "New", 0)]
    d = diff(Content(steps=steps("A", "B", "C")), Content(steps=steps("A", "C")))
    assert [(c.kind, c.label, c.old_index) for c in d.steps] == [(REMOVED, "B", 1)]
    text = d.to_text()
    assert "Étapes" in text and "Supprimé : « B »" in text


def test_step_fields_changed_with_old_and_new_values() -> None:
    old = Content(steps=steps("Repérer", "Évaluer", "Suivre"))
    new = Content(steps=steps("Repérer", "Évaluer", "Suivre"))
    new.steps[2].professions = ["infirmier", "pharmacien"]
    new.steps[2].when = "Tous les 3 mois"
    new.steps.insert(0, new.steps.pop())
    d = diff(old, new)
    assert [(c.kind, c.label, c.moved) for c in d.steps] == [(CHANGED, "Suivre", True)]
    fields = {f.field: (f.old, f.new) for f in d.steps[0].fields}
    assert fields == {
        "professions": (["infirmier"], ["infirmier", "pharmacien"]),
        "when": ("", "Tous les 3 mois"),
    }
    text = d.to_text()
    assert "Modifié : « Suivre »" in text and "déplacé" in text
    assert "Quand : — → « Tous les 3 mois »" in text and "Pharmacien" in text
    assert "Pharmacist" in d.to_text("en")


def test_duplicate_titles_matched_in_order() -> None:
    d = diff(
        Content(steps=steps("Suivre", "Suivre")), Content(steps=steps("Suivre", "Suivre", "Suivre"))
    )
    assert [(c.kind, c.new_index) for c in d.steps] == [(ADDED, 2)]


def test_indicators_and_references() -> None:
    old = Content(
        indicators=[Indicator(name="Inclus", target="50")],
        references=[Reference(citation="HAS 2014", date="2014"), Reference(citation="ANSM")],
    )
    new = Content(
        indicators=[Indicator(name="Inclus", target="80"), Indicator(name="Hospitalisations")],
        references=[Reference(citation="ANSM"), Reference(citation="HAS 2024", date="2024")],
    )
    d = diff(old, new)
    assert [(c.kind, c.label) for c in d.indicators] == [
        (CHANGED, "Inclus"),
        (ADDED, "Hospitalisations"),
    ]
    assert [(f.field, f.old, f.new) for f in d.indicators[0].fields] == [("target", "50", "80")]
    assert sorted((c.kind, c.label) for c in d.references) == [
        (ADDED, "HAS 2024"),
        (REMOVED, "HAS 2014"),
    ]
    text = d.to_text()
    assert "Indicateurs" in text and "Cible : « 50 » → « 80 »" in text and "Références" in text
