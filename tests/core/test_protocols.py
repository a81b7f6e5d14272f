"""Care protocols: creation, autosave of drafts, identity, text cleaning, conflicts, lookups."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from protoedit import team
from protoedit.errors import ConflictError, FieldErrors, TransitionError, ValidationError
from protoedit.ops import Actor
from protoedit.protocols import completeness, queries
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import TO_COMPLETE, Content, Indicator, Reference, Step
from protoedit.store.models import AuditEvent, Protocol, ProtocolVersion

ALICE = Actor(None, "Alice Coordinatrice")


def add_pro(db, last: str, profession: str = "infirmier") -> int:
    pid, _ = team.add_professional(
        db, ALICE, team.ProfessionalInput(last_name=last, first_name="Jo", profession=profession)
    )
    return pid


def events(db, action: str | None = None) -> list[AuditEvent]:
    with db.read() as s:
        q = select(AuditEvent).order_by(AuditEvent.seq)
        if action:
            q = q.where(AuditEvent.action == action)
        return list(s.scalars(q))


def some_content() -> Content:
    return Content(
        sections={"objectives": "Éviter les hypoglycémies", "inclusion": "Diabétiques de type 2"},
        steps=[Step(title="Repérer", professions=["infirmier"], what="Lister les patients")],
        indicators=[Indicator(name="Patients inclus")],
        references=[Reference(citation="HAS, diabète de type 2", date="2024")],
    )


def test_create_normalises_code_and_offers_the_skeleton(db, actor) -> None:
    pid, vid, changes = protocols.create_protocol(
        db, ALICE, "  diab-01 ", "Diabète de type 2", aci_theme="aci3"
    )
    assert changes.touches("protocol", "protocol_version")
    v = queries.get_version(db, vid)
    assert (v.protocol_id, v.code, v.title, v.aci_theme) == (
        pid,
        "DIAB-01",
        "Diabète de type 2",
        "aci3",
    )
    assert (v.number, v.status, v.working_group, v.review_due) == (1, "draft", [], None)
    assert [s.title for s in v.content.steps] == [
        "Repérer",
        "Évaluer",
        "Planifier",
        "Intervenir",
        "Suivre",
        "Alerter",
    ]
    created = events(db, "create")
    assert {(e.entity, e.actor_name) for e in created} == {
        ("protocol", "Alice Coordinatrice"),
        ("protocol_version", "Alice Coordinatrice"),
    }


def test_create_without_skeleton_or_with_given_content(db, actor) -> None:
    _, empty, _ = protocols.create_protocol(db, actor, "VIDE", "Sans étapes", skeleton=False)
    assert queries.get_version(db, empty).content.steps == []
    _, given, _ = protocols.create_protocol(
        db, actor, "IMPORT-1", "Importé", content=some_content()
    )
    assert queries.get_version(db, given).content == some_content()


@pytest.mark.parametrize("code", ["", "   ", "-DIAB", "DIAB 01", "ÉDUC-01", "A" * 33, "DIAB/01"])
def test_invalid_codes_are_refused(db, actor, code: str) -> None:
    with pytest.raises(FieldErrors) as info:
        protocols.create_protocol(db, actor, code, "Titre")
    assert "code" in info.value.problems
    assert queries.find_protocol(db, "1") is None


def test_title_required_and_aci_theme_known(db, actor) -> None:
    with pytest.raises(FieldErrors) as info:
        protocols.create_protocol(db, actor, "OK-1", "  \n ", aci_theme="aci99")
    assert set(info.value.problems) == {"title", "aci_theme"}
    assert events(db) == []


def test_duplicate_code_is_refused_whatever_the_case(db, actor) -> None:
    protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    with pytest.raises(ValidationError) as info:
        protocols.create_protocol(db, actor, "diab-01", "Autre diabète")
    assert info.value.field == "code"
    assert "DIAB-01" in info.value.message("fr") and "déjà utilisé" in info.value.message("fr")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Protocol)) == 1
        assert s.scalar(select(func.count()).select_from(ProtocolVersion)) == 1


def test_duplicate_code_from_another_pc_is_caught_at_insert(db, actor, monkeypatch) -> None:
    """The check before insert saw nothing (another PC saved meanwhile): the constraint decides."""
    protocols.create_protocol(db, actor, "AVK-01", "Anticoagulants")
    monkeypatch.setattr(protocols, "code_taken", lambda *a, **k: False)
    with pytest.raises(ValidationError) as info:
        protocols.create_protocol(db, actor, "avk-01", "Doublon")
    assert info.value.field == "code" and "AVK-01" in info.value.message("fr")
    assert queries.find_protocol(db, "AVK-01") == 1


def test_save_draft_stores_content_group_and_review_date(db, actor) -> None:
    nurse, doctor = add_pro(db, "Infirmière"), add_pro(db, "Docteur", "medecin_generaliste")
    _, vid, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    due = dt.date(2031, 5, 1)
    changes = protocols.save_draft(db, ALICE, vid, some_content(), [doctor, nurse, doctor], due, 1)
    assert changes.touches("protocol_version")
    v = queries.get_version(db, vid)
    assert (v.content, v.working_group, v.review_due, v.revision) == (
        some_content(),
        [doctor, nurse],
        due,
        2,
    )
    saved = events(db, "save_draft")
    assert len(saved) == 1 and saved[0].actor_name == "Alice Coordinatrice"
    assert saved[0].entity_id == vid
    assert set(saved[0].detail["parts"]) == {"content", "working_group", "review_due"}


def test_unchanged_autosave_writes_nothing(db, actor) -> None:
    _, vid, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    protocols.save_draft(db, actor, vid, some_content(), [], None, 1)
    before = len(events(db))
    changes = protocols.save_draft(db, actor, vid, some_content(), [], None, 2)
    assert changes.changed == {}
    assert len(events(db)) == before and queries.get_version(db, vid).revision == 2


def test_markup_kept_as_text_and_control_characters_stripped(db, actor) -> None:
    _, vid, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    markup = "<script>alert('x')</script> **gras** & <b>balise</b>\n\t- liste"
    content = Content(
        sections={"objectives": markup + "\x00\x07\x1b", "memo": "ligne 1\r\nligne 2\rligne 3"},
        steps=[
            Step(
                title="Re\x00pérer\n<i>",
                professions=["infirmier", "infirmier"],
                what="Faire\x0b ceci\x7f",
                how="{accolades} %s",
            )
        ],
    )
    protocols.save_draft(db, actor, vid, content, [], None, None)
    saved = queries.get_version(db, vid).content
    assert saved.sections["objectives"] == markup
    assert saved.sections["memo"] == "ligne 1\nligne 2\nligne 3"
    step = saved.steps[0]
    assert (step.title, step.professions, step.what, step.how) == (
        "Repérer <i>",
        ["infirmier"],
        "Faire ceci",
        "{accolades} %s",
    )


@pytest.mark.parametrize("where", ["section", "step"])
def test_two_megabyte_paste_refused_and_nothing_saved(db, actor, where: str) -> None:
    _, vid, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    protocols.save_draft(db, actor, vid, some_content(), [], None, None)
    before, count = queries.get_version(db, vid), len(events(db))
    paste = "Texte collé. " * 160_000  # about 2 MB
    content = some_content()
    if where == "section":
        content.sections["objectives"] = paste
    else:
        content.steps[0].what = paste
    with pytest.raises(ValidationError) as info:
        protocols.save_draft(db, actor, vid, content, [], None, before.revision)
    assert "Rien n'a été enregistré" in info.value.message("fr")
    assert info.value.field == ("sections.objectives" if where == "section" else "steps.0.what")
    after = queries.get_version(db, vid)
    assert (after.content, after.revision) == (before.content, before.revision)
    assert len(events(db)) == count


def test_stale_revision_is_a_conflict_and_nothing_is_overwritten(db, actor) -> None:
    _, vid, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    protocols.save_draft(db, Actor(None, "Poste A"), vid, some_content(), [], None, 1)
    other = Content(sections={"objectives": "Version du poste B"})
    with pytest.raises(ConflictError):
        protocols.save_draft(db, Actor(None, "Poste B"), vid, other, [], None, 1)
    assert queries.get_version(db, vid).content == some_content()


def test_unknown_working_group_member_refused(db, actor) -> None:
    _, vid, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    with pytest.raises(ValidationError) as info:
        protocols.save_draft(db, actor, vid, some_content(), [999], None, None)
    assert info.value.field == "working_group"
    assert queries.get_version(db, vid).revision == 1


def test_update_identity(db, actor) -> None:
    pid, _, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    protocols.create_protocol(db, actor, "AVK-01", "AVK")
    changes = protocols.update_identity(db, ALICE, pid, "diab-02", "Diabète (adultes)", "aci3", 1)
    assert changes.touches("protocol")
    v = queries.latest_version(db, pid)
    assert (v.code, v.title, v.aci_theme, v.protocol_revision) == (
        "DIAB-02",
        "Diabète (adultes)",
        "aci3",
        2,
    )
    ev = events(db, "update_identity")[-1]
    assert ev.actor_name == "Alice Coordinatrice" and ev.detail["changes"]["code"] == [
        "DIAB-01",
        "DIAB-02",
    ]
    with pytest.raises(ValidationError) as info:
        protocols.update_identity(db, actor, pid, "avk-01", "Diabète", "", 2)
    assert info.value.field == "code"
    with pytest.raises(ConflictError):
        protocols.update_identity(db, actor, pid, "DIAB-03", "Diabète", "", 1)
    assert queries.latest_version(db, pid).code == "DIAB-02"


def test_update_identity_of_an_archived_protocol_refused(db, actor) -> None:
    pid, _, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    protocols.archive(db, actor, pid)
    with pytest.raises(TransitionError):
        protocols.update_identity(db, actor, pid, "DIAB-01", "Nouveau titre", "", None)
    assert queries.latest_version(db, pid).title == "Diabète"


def test_find_protocol_by_code_or_id(db, actor) -> None:
    pid, _, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    other, _, _ = protocols.create_protocol(db, actor, "2024", "Code numérique")
    assert queries.find_protocol(db, " diab-01 ") == pid
    assert queries.find_protocol(db, str(pid)) == pid
    assert queries.find_protocol(db, "2024") == other  # a code wins over an id
    assert queries.find_protocol(db, "NOPE") is None
    assert queries.find_protocol(db, "999") is None
    assert queries.find_protocol(db, "") is None
    assert queries.code_in_use(db, "diab-01") and not queries.code_in_use(db, "DIAB-01", pid)


def test_placeholder_text_saved_as_is(db, actor) -> None:
    _, vid, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète")
    content = Content(sections={"objectives": TO_COMPLETE})
    protocols.save_draft(db, actor, vid, content, [], None, None)
    assert queries.get_version(db, vid).content.sections == {"objectives": TO_COMPLETE}
    saved = queries.get_version(db, vid)
    problems = completeness.check(saved.content, [], saved.review_due, saved.title)
    assert "section.objectives" in {p.key for p in problems if p.blocking}
