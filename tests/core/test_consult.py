"""Consultation read model: version in force, banners, profession filter, bedside memo."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from protoedit.errors import NotFoundError
from protoedit.protocols import consult
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Step
from tests.factories import (
    ACTOR,
    Crew,
    approve_version,
    approved_protocol,
    complete_content,
    draft_protocol,
    signing_crew,
)


@pytest.fixture
def crew(db) -> Crew:
    return signing_crew(db, ACTOR)


STEPS = [
    Step(title="Repérer", professions=["medecin_generaliste"], what="Lister les patients"),
    Step(title="Suivre", professions=["infirmier"], what="Contrôler l'INR", alert="INR > 4"),
    Step(title="Éduquer", professions=["infirmier", "pharmacien"], what="Carnet AVK"),
    Step(title="Alerter", professions=["medecin_generaliste"], what="Appeler le 15 si saignement"),
    Step(title="Dispenser", professions=["pharmacien"], what="Délivrer le traitement"),
]


def numbers(view: consult.Consultation) -> list[tuple[int, bool, bool]]:
    return [(s.number, s.mine, s.alert_only) for s in view.steps]


def test_shows_the_approved_version_read_only(db, crew) -> None:
    pid, vid = approved_protocol(
        db, ACTOR, "AVK-01", "Anticoagulants oraux", complete_content(steps=STEPS), crew.signers
    )
    view = consult.consult_view(db, pid)
    assert (view.version_id, view.number, view.status) == (vid, 1, "approved")
    assert view.banner.kind == "approved" and view.banner.approved_at is not None
    assert view.banner.review_due is not None
    assert view.section("alert_signs") == "Malaise : appeler le 15."
    assert [k for k, _ in view.sections] == ["objectives", "inclusion", "alert_signs"]
    assert sorted(p for _, p, _ in view.approvals) == ["infirmier", "medecin_generaliste"]
    assert view.professions == ["medecin_generaliste", "infirmier", "pharmacien"]
    assert numbers(view) == [(i, True, False) for i in range(1, 6)]  # no filter: everything
    assert view.hidden_steps == 0


def test_profession_filter_keeps_alert_signs(db, crew) -> None:
    pid, _ = approved_protocol(
        db, ACTOR, "AVK-01", "Anticoagulants oraux", complete_content(steps=STEPS), crew.signers
    )
    nurse = consult.consult_view(db, pid, "infirmier")
    # Her steps; the doctor's "Alerter" step is kept whole.
    assert numbers(nurse) == [(2, True, False), (3, True, False), (4, False, False)]
    assert nurse.hidden_steps == 2
    doctor = consult.consult_view(db, pid, "medecin_generaliste")
    # The nurse's step with an alert is kept for its alert only.
    assert numbers(doctor) == [(1, True, False), (2, False, True), (4, True, False)]
    assert doctor.hidden_steps == 2
    assert doctor.section("alert_signs")  # the section is never filtered
    pharmacist = consult.consult_view(db, pid, "pharmacien")
    assert [s.step.title for s in pharmacist.steps if s.mine] == ["Éduquer", "Dispenser"]


def test_review_banners(db, crew) -> None:
    pid, vid = draft_protocol(db, ACTOR, "HTA-01", "Hypertension", complete_content(), crew.signers)
    due = dt.date.today() + dt.timedelta(days=400)
    protocols.save_draft(db, ACTOR, vid, complete_content(), [crew.doctor, crew.nurse], due, None)
    approve_version(db, ACTOR, vid, crew.signers)
    assert consult.consult_view(db, pid).banner.kind == "approved"
    soon = due - dt.timedelta(days=30)
    assert consult.consult_view(db, pid, today=soon).banner.kind == "review_due"
    late = consult.consult_view(db, pid, today=due + dt.timedelta(days=1))
    assert late.banner.kind == "overdue" and late.banner.review_due == due


def test_draft_only_when_asked(db, crew) -> None:
    pid, v1 = approved_protocol(
        db, ACTOR, "DIAB-01", "Diabète", complete_content("Version une."), crew.signers
    )
    v2, _ = protocols.revise(db, ACTOR, pid, "Mise à jour")
    protocols.save_draft(
        db, ACTOR, v2, complete_content("Version deux."), [crew.doctor, crew.nurse], None, None
    )
    view = consult.consult_view(db, pid)
    assert (view.version_id, view.banner.kind, view.draft_version_id) == (v1, "approved", v2)
    assert view.section("objectives") == "Version une."
    shown = consult.consult_view(db, pid, show_draft=True)
    assert (shown.version_id, shown.banner.kind, shown.banner.in_force_number) == (v2, "draft", 1)
    assert shown.section("objectives") == "Version deux."


def test_nothing_validated_yet(db, crew) -> None:
    pid, vid = draft_protocol(db, ACTOR, "NEW-01", "Nouveau", complete_content(), crew.signers)
    view = consult.consult_view(db, pid)
    assert (view.banner.kind, view.version_id, view.draft_version_id) == ("none", None, vid)
    assert view.sections == [] and view.steps == []
    assert consult.consult_view(db, pid, show_draft=True).banner.kind == "draft"


def test_superseded_and_archived(db, crew) -> None:
    pid, v1 = approved_protocol(db, ACTOR, "OLD-01", "Ancien", complete_content(), crew.signers)
    v2, _ = protocols.revise(db, ACTOR, pid, "Refonte")
    approve_version(db, ACTOR, v2, crew.signers)
    old = consult.consult_version(db, v1)
    assert (old.banner.kind, old.banner.in_force_number) == ("superseded", 2)
    assert consult.consult_view(db, pid).version_id == v2
    protocols.archive(db, ACTOR, pid)
    gone = consult.consult_view(db, pid)
    assert (gone.version_id, gone.banner.kind) == (v2, "archived")


def test_unknown_protocol(db) -> None:
    with pytest.raises(NotFoundError) as caught:
        consult.consult_view(db, 999)
    assert caught.value.message("fr") == "Élément introuvable : protocole 999."
    assert caught.value.message("en") == "Not found: protocol 999."


def test_record_deleted_elsewhere_is_named_in_the_user_language(db) -> None:
    from protoedit.meetings import meeting as meetings

    with pytest.raises(NotFoundError) as caught:
        meetings.close_meeting(db, ACTOR, 4321)
    assert caught.value.message("en") == "Not found: meeting 4321."


def test_default_profession(db, crew) -> None:
    assert consult.default_profession(db, crew.nurse) == "infirmier"
    assert consult.default_profession(db, crew.nurse, "pharmacien") == "pharmacien"
    assert consult.default_profession(db, crew.nurse, "inconnue") == "infirmier"
    assert consult.default_profession(db, None) is None


def test_print_memo(sqlite_db, tmp_path) -> None:
    db = sqlite_db
    _, vid = approved_protocol(
        db,
        ACTOR,
        "AVK-01",
        "Anticoagulants oraux",
        complete_content(steps=STEPS),
        signing_crew(db, ACTOR).signers,
    )
    out = consult.print_memo(db, vid, "infirmier", tmp_path / "memo.pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "AVK-01" in text and "Contrôler l" in text
