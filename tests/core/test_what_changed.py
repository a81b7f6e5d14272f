"""Per-profession change summary, read acknowledgements and the coordinator's reading list."""

from __future__ import annotations

import pytest

from protoedit.errors import TransitionError
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols import reading
from protoedit.protocols.content import Content, KeyMessage, Step
from protoedit.protocols.what_changed import (
    ADDED,
    CHANGED,
    MOVED,
    NO_LONGER_YOURS,
    NOW_YOURS,
    REMOVED,
    changes_for,
    concerned_professions,
    summary,
)
from tests.factories import (
    ACTOR,
    PIN,
    Crew,
    add_pro,
    approve_version,
    complete_content,
    last_reading,
    signing_crew,
)

NURSE, GP, PHARM, PHYSIO = (
    "infirmier",
    "medecin_generaliste",
    "pharmacien",
    "masseur_kinesitherapeute",
)


def content(*steps: Step, **sections: str) -> Content:
    return Content(sections=dict(sections), steps=list(steps))


def kinds(changes) -> list[tuple[str, str]]:
    return [(n.kind, n.title) for n in changes.steps]


BASE = [
    Step(title="Repérer", professions=[GP], what="Lister les patients"),
    Step(title="Évaluer", professions=[NURSE], what="INR et observance", when="J0"),
    Step(title="Dispenser", professions=[PHARM], what="Délivrer le traitement"),
    Step(title="Alerter", professions=[GP], what="Appeler", alert="Saignement"),
]


def test_a_step_moving_from_nurse_to_pharmacist_is_a_change_for_both() -> None:
    new = [
        BASE[0],
        Step(title="Évaluer", professions=[PHARM], what="INR et observance", when="J0"),
        BASE[2],
        BASE[3],
    ]
    nurse = changes_for(content(*BASE), content(*new), NURSE)
    pharm = changes_for(content(*BASE), content(*new), PHARM)
    assert kinds(nurse) == [(NO_LONGER_YOURS, "Évaluer")]
    assert nurse.steps[0].others == (PHARM,)
    assert kinds(pharm) == [(NOW_YOURS, "Évaluer")]
    assert pharm.steps[0].others == (NURSE,)
    assert "plus pour vous, désormais Pharmacien" in nurse.lines()[0]
    assert changes_for(content(*BASE), content(*new), GP).is_empty()
    assert changes_for(content(*BASE), content(*new), GP).lines() == ["Rien ne change pour vous."]


def test_moved_steps_concern_only_their_professions() -> None:
    new = [BASE[1], BASE[0], BASE[2], BASE[3]]  # "Évaluer" now first
    d = summary(content(*BASE), content(*new))
    moved = [(k, n.kind, n.title) for k, c in d.items() for n in c.steps]
    # Only one of the two swapped steps counts as moved: the others keep their order.
    assert moved == [(GP, MOVED, "Repérer")]
    assert d[PHARM].is_empty() and d[NURSE].is_empty()
    assert d[GP].lines() == ["Étape « Repérer » déplacée (position 1 → 2)"]


def test_split_step_is_changed_and_added_for_its_profession() -> None:
    new = [
        BASE[0],
        Step(title="Évaluer", professions=[NURSE], what="INR", when="J0"),
        Step(title="Évaluer l'observance", professions=[NURSE], what="Observance", when="J0"),
        BASE[2],
        BASE[3],
    ]
    nurse = changes_for(content(*BASE), content(*new), NURSE)
    assert kinds(nurse) == [(CHANGED, "Évaluer"), (ADDED, "Évaluer l'observance")]
    assert [f.field for f in nurse.steps[0].fields] == ["what"]
    lines = nurse.lines()
    assert lines[0] == "Étape 2 « Évaluer » modifiée — Quoi : INR et observance → INR"
    assert lines[1] == "Nouvelle étape 3 « Évaluer l'observance »"
    # Positions moved for the steps after, but nothing changed in them: not a change.
    assert changes_for(content(*BASE), content(*new), PHARM).is_empty()


def test_merged_steps_show_the_removal_and_the_change() -> None:
    old = [
        Step(title="Éduquer", professions=[NURSE], what="Carnet AVK"),
        Step(title="Conseiller", professions=[PHARM], what="Interactions"),
        Step(title="Suivre", professions=[GP], what="Consultation"),
    ]
    new = [
        Step(
            title="Éduquer et conseiller",
            professions=[NURSE, PHARM],
            what="Carnet AVK et interactions",
        ),
        Step(title="Suivre", professions=[GP], what="Consultation"),
    ]
    nurse = changes_for(content(*old), content(*new), NURSE)
    pharm = changes_for(content(*old), content(*new), PHARM)
    # The merged step takes the first one's place: changed for the nurse, now the pharmacist's.
    assert kinds(nurse) == [(CHANGED, "Éduquer et conseiller")]
    assert nurse.steps[0].old_title == "Éduquer"
    assert {f.field for f in nurse.steps[0].fields} == {"professions", "what"}
    assert kinds(pharm) == [(NOW_YOURS, "Éduquer et conseiller"), (REMOVED, "Conseiller")]
    assert "(anciennement « Éduquer »)" in pharm.lines()[0]
    assert changes_for(content(*old), content(*new), GP).is_empty()


def test_re_assigned_step_shared_with_a_new_profession_is_a_change_for_both() -> None:
    new = [
        BASE[0],
        Step(title="Évaluer", professions=[NURSE, PHYSIO], what="INR et observance", when="J0"),
        BASE[2],
        BASE[3],
    ]
    nurse = changes_for(content(*BASE), content(*new), NURSE)
    assert kinds(nurse) == [(CHANGED, "Évaluer")]
    assert nurse.steps[0].fields[0].field == "professions"
    assert kinds(changes_for(content(*BASE), content(*new), PHYSIO)) == [(NOW_YOURS, "Évaluer")]


def test_shared_sections_key_messages_and_other_alerts_concern_everyone() -> None:
    old = Content(sections={"alert_signs": "Saignement", "objectives": "A"}, steps=list(BASE))
    steps = [
        *BASE[:3],
        Step(title="Alerter", professions=[GP], what="Appeler", alert="Saignement ou chute"),
    ]
    new = Content(
        sections={
            "alert_signs": "Saignement\nChute",
            "objectives": "B",
            "critical_points": "Relais à la sortie d'hôpital",
        },
        steps=steps,
        key_points=[KeyMessage("Contrôler l'INR", "A")],
    )
    nurse = changes_for(old, new, NURSE)
    assert nurse.steps == []  # the alert step is the doctor's
    assert [n.title for n in nurse.other_alerts] == ["Alerter"]
    assert [s.key for s in nurse.sections] == ["critical_points", "alert_signs"]  # HAS order
    assert nurse.sections[1].added == ("Chute",)
    assert [k.kind for k in nurse.key_points] == [ADDED]
    lines = nurse.lines()
    assert "Alerte de l'étape « Alerter » (Médecin généraliste) : Saignement ou chute" in lines
    assert "« Signes d'alerte et orientation » modifié : Chute" in lines
    assert "Nouveau message clé : Contrôler l'INR" in lines
    assert changes_for(old, new, GP).other_alerts == []  # his own step: a step change
    assert kinds(changes_for(old, new, GP)) == [(CHANGED, "Alerter")]


def test_a_step_for_everyone_concerns_every_profession() -> None:
    everyone = Step(title="Tracer", professions=[], what="Noter dans le dossier")
    old, new = content(*BASE), content(*BASE, everyone)
    assert kinds(changes_for(old, new, PHYSIO)) == [(ADDED, "Tracer")]
    assert concerned_professions(new) == [GP, NURSE, PHARM]
    assert concerned_professions(new, [PHYSIO, NURSE]) == [GP, NURSE, PHARM, PHYSIO]
    assert concerned_professions(old, [PHYSIO]) == [GP, NURSE, PHARM]


def test_english_lines() -> None:
    assert changes_for(content(*BASE), content(*BASE), NURSE).lines("en")  # never empty


# -- acknowledgements -------------------------------------------------------------------------

STEPS_V1 = [
    Step(title="Repérer", professions=[GP], what="Lister les patients"),
    Step(title="Suivre", professions=[NURSE], what="Contrôler l'INR", when="J7"),
]


@pytest.fixture
def crew(db) -> Crew:
    return signing_crew(db, ACTOR)


def two_versions(db, crew: Crew, v2_steps: list[Step]) -> tuple[int, int, int]:
    pid, v1, _ = protocols.create_protocol(db, ACTOR, "AVK-01", "Anticoagulants")
    protocols.save_draft(
        db, ACTOR, v1, complete_content(steps=STEPS_V1), [crew.doctor, crew.nurse], None, 1
    )
    approve_version(db, ACTOR, v1, crew.signers)
    v2, _ = protocols.revise(db, ACTOR, pid, "Nouvelle recommandation")
    protocols.save_draft(
        db, ACTOR, v2, complete_content(steps=v2_steps), [crew.doctor, crew.nurse], None, None
    )
    approve_version(db, ACTOR, v2, crew.signers)
    return pid, v1, v2


def test_acknowledge_then_reading_list(db, crew) -> None:
    nurse_v2 = [
        STEPS_V1[0],
        Step(title="Suivre", professions=[NURSE], what="Contrôler l'INR", when="J3"),
    ]
    pid, v1, v2 = two_versions(db, crew, nurse_v2)
    pharm = add_pro(db, ACTOR, "Pharma", PHARM, "Camille", PIN)  # not concerned: no step
    seen = reading.changes_since_read(db, v2, crew.nurse, NURSE)
    assert seen is not None and seen.since_number == 1 and seen.last is None
    assert seen.changes is not None and seen.changes.lines() == [
        "Étape 2 « Suivre » modifiée — Quand : J7 → J3"
    ]
    assert [c.code for c in reading.changed_for_me(db, crew.nurse, NURSE)] == ["AVK-01"]
    assert reading.changed_for_me(db, pharm, PHARM) == []

    changes = reading.acknowledge(db, ACTOR, v2, crew.nurse)
    assert changes.touches("protocol_version")
    assert reading.acknowledge(db, ACTOR, v2, crew.nurse).changed == {}  # idempotent
    assert reading.changes_since_read(db, v2, crew.nurse, NURSE) is None
    assert reading.changed_for_me(db, crew.nurse, NURSE) == []
    lst = reading.reading_list(db, pid)
    assert lst is not None and lst.number == 2
    states = {r.profession: (r.state, r.last.number if r.last else None) for r in lst.readers}
    assert states == {NURSE: (reading.READ, 2), GP: (reading.NEVER, None)}
    assert [r.profession for r in lst.to_remind()] == [GP]
    assert reading.reading_counts(db) == {pid: (1, 2)}
    last = last_reading(db, pid, crew.nurse)
    assert last is not None and last.actor == "Test" and last.version_id == v2


def test_an_old_reading_is_up_to_date_when_nothing_changed_for_her(db, crew) -> None:
    doctor_v2 = [Step(title="Repérer", professions=[GP], what="Lister et coder"), STEPS_V1[1]]
    pid, v1, v2 = two_versions(db, crew, doctor_v2)
    # She had read v1 while it was in force? Not possible now: v1 is superseded.
    with pytest.raises(TransitionError):
        reading.acknowledge(db, ACTOR, v1, crew.nurse)
    seen = reading.changes_since_read(db, v2, crew.nurse, NURSE)
    assert seen is not None and seen.changes is not None and seen.changes.is_empty()
    assert reading.changed_for_me(db, crew.nurse, NURSE) == []  # nothing changed for nurses


def test_unchanged_state_after_reading_the_previous_version(db, crew) -> None:
    pid, v1, _ = protocols.create_protocol(db, ACTOR, "AVK-01", "Anticoagulants")
    protocols.save_draft(
        db, ACTOR, v1, complete_content(steps=STEPS_V1), [crew.doctor, crew.nurse], None, 1
    )
    approve_version(db, ACTOR, v1, crew.signers)
    assert [c.new for c in reading.changed_for_me(db, crew.nurse, NURSE)] == [True]
    reading.acknowledge(db, ACTOR, v1, crew.nurse)
    reading.acknowledge(db, ACTOR, v1, crew.doctor)
    v2, _ = protocols.revise(db, ACTOR, pid, "Codage")
    protocols.save_draft(
        db,
        ACTOR,
        v2,
        complete_content(
            steps=[Step(title="Repérer", professions=[GP], what="Lister et coder"), STEPS_V1[1]]
        ),
        [crew.doctor, crew.nurse],
        None,
        None,
    )
    approve_version(db, ACTOR, v2, crew.signers)
    lst = reading.reading_list(db, pid)
    assert lst is not None
    assert {r.profession: r.state for r in lst.readers} == {
        NURSE: reading.UNCHANGED,
        GP: reading.UNREAD,
    }
    assert lst.done == 1
    assert reading.reading_counts(db) == {pid: (1, 2)}


def test_reading_is_refused_on_the_offline_copy(db, crew, tmp_path) -> None:
    from protoedit.offline_copy import open_copy, refresh_copy

    pid, _, v2 = two_versions(db, crew, STEPS_V1)
    copy = open_copy(refresh_copy(db, tmp_path / "copy.sqlite"))
    assert copy is not None
    try:
        with pytest.raises(TransitionError) as refused:
            reading.acknowledge(copy.db, ACTOR, v2, crew.nurse)
        assert "Copie locale hors ligne" in refused.value.message()
    finally:
        copy.db.close()
    assert last_reading(db, pid, crew.nurse) is None


def test_two_pcs_acknowledge_the_same_reading_once(db_url, crew, db) -> None:
    from protoedit.store.database import open_database

    _, _, v2 = two_versions(db, crew, STEPS_V1)
    other_pc = open_database(db_url)
    try:
        first = reading.acknowledge(db, ACTOR, v2, crew.nurse)
        second = reading.acknowledge(other_pc, ACTOR, v2, crew.nurse)
    finally:
        other_pc.close()
    assert first.touches("acknowledgement") and second.changed == {}
