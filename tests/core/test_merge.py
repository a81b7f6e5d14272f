"""Three-way merge of two PCs' edits from the same loaded revision."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

from protoedit.protocols.content import Content, Indicator, Step
from protoedit.protocols.merge import THEIRS, merge_fields, merge_protocol


@dataclass
class Draft:
    code: str = "DIAB-01"
    title: str = "Diabète"
    aci_theme: str = ""
    content: Content = field(default_factory=Content)
    working_group: list[int] = field(default_factory=list)
    review_due: dt.date | None = None


def base_draft() -> Draft:
    return Draft(
        content=Content(
            sections={"inclusion": "Adultes", "exclusion": "Enfants"},
            steps=[
                Step(title="Repérer", what="Dépister"),
                Step(title="Évaluer", what="Bilan"),
                Step(title="Suivre", what="Tous les 3 mois"),
            ],
            indicators=[Indicator(name="Inclus", target="50")],
        ),
        working_group=[1, 2],
    )


def three() -> tuple[Draft, Draft, Draft]:
    base = base_draft()
    return base, copy.deepcopy(base), copy.deepcopy(base)


def test_disjoint_edits_merge_and_name_the_other_pcs_fields() -> None:
    base, mine, theirs = three()
    mine.content.sections["inclusion"] = "Adultes diabétiques"
    theirs.content.sections["exclusion"] = "Enfants, grossesse"
    theirs.title = "Diabète de type 2"
    theirs.working_group = [1, 2, 3]
    mine.working_group = [2]
    result = merge_protocol(base, mine, theirs)
    assert result.conflicts == []
    c = result.values["content"]
    assert c.sections == {"inclusion": "Adultes diabétiques", "exclusion": "Enfants, grossesse"}
    assert result.values["title"] == "Diabète de type 2"
    assert result.values["working_group"] == [2, 3]
    assert "Population : critères d'exclusion" in result.taken
    assert "Titre" in result.taken
    assert "Population : critères d'inclusion" not in result.taken  # mine: not announced


def test_both_changed_to_the_same_value_is_no_conflict() -> None:
    base, mine, theirs = three()
    mine.content.sections["exclusion"] = theirs.content.sections["exclusion"] = "Grossesse"
    mine.content.steps[1].what = theirs.content.steps[1].what = "Bilan complet"
    result = merge_protocol(base, mine, theirs)
    assert result.conflicts == [] and result.taken == []
    assert result.values["content"].steps[1].what == "Bilan complet"


def test_overlapping_section_is_a_conflict_resolved_by_choice() -> None:
    base, mine, theirs = three()
    mine.content.sections["exclusion"] = "Mine"
    theirs.content.sections["exclusion"] = "Theirs"
    result = merge_protocol(base, mine, theirs)
    [conflict] = result.conflicts
    assert (conflict.label, conflict.mine, conflict.theirs) == (
        "Population : critères d'exclusion",
        "Mine",
        "Theirs",
    )
    assert result.values["content"].section("exclusion") == "Mine"
    chosen = merge_protocol(base, mine, theirs, {conflict.key: THEIRS})
    assert chosen.values["content"].section("exclusion") == "Theirs"


def test_step_fields_merge_one_by_one() -> None:
    base, mine, theirs = three()
    mine.content.steps[1].what = "Bilan annuel"
    theirs.content.steps[1].how = "Fiche"
    theirs.content.steps[1].professions = ["idel"]
    mine.content.steps[2].when = "Tous les mois"
    theirs.content.steps[2].when = "Tous les 6 mois"
    result = merge_protocol(base, mine, theirs)
    step = result.values["content"].steps[1]
    assert (step.what, step.how, step.professions) == ("Bilan annuel", "Fiche", ["idel"])
    [conflict] = result.conflicts
    assert conflict.label == "Étape « Suivre » : Quand"
    assert (conflict.mine, conflict.theirs) == ("Tous les mois", "Tous les 6 mois")


def test_step_added_on_one_side_another_edited_on_the_other() -> None:
    base, mine, theirs = three()
    mine.content.steps.insert(2, Step(title="Éduquer", what="Atelier"))
    theirs.content.steps[0].what = "Dépister tous les ans"
    result = merge_protocol(base, mine, theirs)
    assert result.conflicts == []
    steps = result.values["content"].steps
    assert [s.title for s in steps] == ["Repérer", "Évaluer", "Éduquer", "Suivre"]
    assert steps[0].what == "Dépister tous les ans"


def test_steps_added_on_both_sides_keep_their_places() -> None:
    base, mine, theirs = three()
    mine.content.steps.insert(1, Step(title="Informer"))
    theirs.content.steps.append(Step(title="Alerter"))
    result = merge_protocol(base, mine, theirs)
    titles = [s.title for s in result.values["content"].steps]
    assert titles == ["Repérer", "Informer", "Évaluer", "Suivre", "Alerter"]
    assert "Étape « Alerter »" in result.taken


def test_step_removed_on_one_side_untouched_on_the_other_is_removed() -> None:
    base, mine, theirs = three()
    del theirs.content.steps[1]
    mine.content.sections["inclusion"] = "Tous"
    result = merge_protocol(base, mine, theirs)
    assert result.conflicts == []
    assert [s.title for s in result.values["content"].steps] == ["Repérer", "Suivre"]
    assert "Étape « Évaluer »" in result.taken


def test_step_removed_on_one_side_edited_on_the_other_is_a_conflict() -> None:
    base, mine, theirs = three()
    mine.content.steps[1].what = "Bilan et ECG"
    del theirs.content.steps[1]
    result = merge_protocol(base, mine, theirs)
    [conflict] = result.conflicts
    assert conflict.label == "Étape « Évaluer »"
    assert "Quoi : Bilan et ECG" in conflict.mine
    assert conflict.theirs == "(retiré de la liste)"
    assert [s.title for s in result.values["content"].steps] == ["Repérer", "Évaluer", "Suivre"]
    chosen = merge_protocol(base, mine, theirs, {conflict.key: THEIRS})
    assert [s.title for s in chosen.values["content"].steps] == ["Repérer", "Suivre"]


def test_same_step_added_on_both_sides_is_one_step() -> None:
    base, mine, theirs = three()
    mine.content.steps.append(Step(title="Alerter", what="Appeler"))
    theirs.content.steps.append(Step(title="Alerter", what="Appeler", how="Téléphone"))
    result = merge_protocol(base, mine, theirs)
    assert result.conflicts == []
    last = result.values["content"].steps[-1]
    assert (len(result.values["content"].steps), last.how) == (4, "Téléphone")


def test_steps_reordered_differently_is_a_conflict_on_the_order() -> None:
    base, mine, theirs = three()
    s = base.content.steps
    mine.content.steps = copy.deepcopy([s[2], s[0], s[1]])
    theirs.content.steps = copy.deepcopy([s[1], s[0], s[2]])
    result = merge_protocol(base, mine, theirs)
    [conflict] = result.conflicts
    assert conflict.label == "Ordre : Étape"
    assert conflict.mine.splitlines()[0] == "1. Suivre"
    chosen = merge_protocol(base, mine, theirs, {conflict.key: THEIRS})
    assert [x.title for x in chosen.values["content"].steps] == ["Évaluer", "Repérer", "Suivre"]


def test_indicator_fields_and_review_date() -> None:
    base, mine, theirs = three()
    mine.content.indicators[0].target = "60"
    theirs.content.indicators[0].owner = "IDE"
    theirs.review_due = dt.date(2027, 3, 1)
    result = merge_protocol(base, mine, theirs)
    ind = result.values["content"].indicators[0]
    assert (ind.target, ind.owner, result.values["review_due"]) == (
        "60",
        "IDE",
        dt.date(2027, 3, 1),
    )
    assert "Indicateur « Inclus » : Responsable" in result.taken


def test_plain_fields_merge() -> None:
    base = {"title": "RCP", "place": "Salle 1", "chair_id": 1}
    mine = {"title": "RCP de mars", "place": "Salle 1", "chair_id": 1}
    theirs = {"title": "RCP", "place": "Salle 2", "chair_id": 2}
    labels = {"title": "Intitulé", "place": "Lieu", "chair_id": "Animation"}
    result = merge_fields(base, mine, theirs, labels)
    assert result.values == {"title": "RCP de mars", "place": "Salle 2", "chair_id": 2}
    assert result.taken == ["Lieu", "Animation"] and result.conflicts == []
    theirs["title"] = "RCP d'avril"
    result = merge_fields(base, mine, theirs, labels, show=lambda k, v: f"<{v}>")
    [conflict] = result.conflicts
    assert (conflict.key, conflict.mine, conflict.theirs) == (
        "title",
        "<RCP de mars>",
        "<RCP d'avril>",
    )
    assert (
        merge_fields(base, mine, theirs, labels, {"title": THEIRS}).values["title"] == "RCP d'avril"
    )
