"""Care-protocol lifecycle: submit, sign, refuse, revise, archive, review, and what is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from protoedit import team
from protoedit.errors import TransitionError, ValidationError
from protoedit.ops import Actor
from protoedit.protocols import approvals, queries
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content
from protoedit.store.models import AuditEvent, ProtocolReview
from tests.factories import add_pro, complete_content, team_of

ALICE = Actor(None, "Alice Coordinatrice")
TODAY = dt.date.today()


@dataclasses.dataclass
class Team:
    doctor: int
    nurse: int
    pharmacist: int
    no_pin: int


@pytest.fixture
def crew(db) -> Team:
    signers = team_of(db, ALICE, "medecin_generaliste", "infirmier", "pharmacien")
    return Team(*signers, add_pro(db, ALICE, "Sanspin", "infirmier"))


def ready(
    db, crew: Team, code: str = "DIAB-01", review_due: dt.date | None = None
) -> tuple[int, int]:
    """A complete draft, its working group covering every profession with steps."""
    pid, vid, _ = protocols.create_protocol(db, ALICE, code, "Diabète")
    protocols.save_draft(
        db, ALICE, vid, complete_content(), [crew.doctor, crew.nurse], review_due, 1
    )
    return pid, vid


def submitted(db, crew: Team, **kw) -> tuple[int, int]:
    pid, vid = ready(db, crew, **kw)
    approvals.submit(db, ALICE, vid)
    return pid, vid


def approved(db, crew: Team, **kw) -> tuple[int, int]:
    pid, vid = submitted(db, crew, **kw)
    approvals.approve(db, ALICE, vid, crew.doctor, "2468", "Pour l'équipe médicale")
    approvals.approve(db, ALICE, vid, crew.nurse, "2468", "")
    return pid, vid


def actions(db) -> list[tuple[str, str]]:
    with db.read() as s:
        return [
            (e.action, e.actor_name) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        ]


def test_incomplete_version_cannot_be_submitted(db, crew) -> None:
    _, vid, _ = protocols.create_protocol(db, ALICE, "DIAB-01", "Diabète")
    with pytest.raises(TransitionError) as info:
        approvals.submit(db, ALICE, vid)
    text = info.value.message("fr")
    assert (
        "ne peut pas être soumise" in text and "Objectifs" in text and "Étape 1 « Repérer »" in text
    )
    assert all(p.blocking for p in info.value.problems)
    v = queries.get_version(db, vid)
    assert (v.status, v.submitted_at) == ("draft", None)
    assert "submit" not in [a for a, _ in actions(db)]


def test_submit_then_frozen_for_editing(db, crew) -> None:
    _, vid = ready(db, crew)
    changes = approvals.submit(db, ALICE, vid, expected_revision=2)
    assert changes.touches("protocol_version", "protocol")
    v = queries.get_version(db, vid)
    assert v.status == "in_review" and v.submitted_at is not None
    assert actions(db)[-1] == ("submit", "Alice Coordinatrice")
    with pytest.raises(TransitionError, match="déjà soumise"):
        approvals.submit(db, ALICE, vid)
    with pytest.raises(TransitionError, match="en cours de validation"):
        protocols.save_draft(db, ALICE, vid, Content(), [], None, None)
    assert queries.get_version(db, vid).content == complete_content()


def test_approve_a_draft_refused(db, crew) -> None:
    _, vid = ready(db, crew)
    with pytest.raises(TransitionError, match="soumettez-la"):
        approvals.approve(db, ALICE, vid, crew.doctor, "2468", "")
    assert queries.get_version(db, vid).approvals == []


@pytest.mark.parametrize("who, pin", [("doctor", "1111"), ("doctor", ""), ("no_pin", "2468")])
def test_wrong_or_unset_pin_refused_and_nothing_written(db, crew, who: str, pin: str) -> None:
    _, vid = submitted(db, crew)
    before = actions(db)
    with pytest.raises(ValidationError) as info:
        approvals.approve(db, ALICE, vid, getattr(crew, who), pin, "")
    assert info.value.field == "pin"
    assert queries.get_version(db, vid).approvals == [] and actions(db) == before


def test_inactive_or_unknown_approver_refused(db, crew) -> None:
    _, vid = submitted(db, crew)
    values = team.ProfessionalInput.of(team.get_professional(db, crew.pharmacist))
    values.active = False
    team.update_professional(db, ALICE, crew.pharmacist, values)
    for approver in (crew.pharmacist, 999):
        with pytest.raises(ValidationError) as info:
            approvals.approve(db, ALICE, vid, approver, "2468", "")
        assert info.value.field == "approver"


def test_same_approver_twice_refused(db, crew) -> None:
    _, vid = submitted(db, crew)
    approvals.approve(db, ALICE, vid, crew.doctor, "2468", "")
    with pytest.raises(TransitionError, match="déjà signé"):
        approvals.approve(db, ALICE, vid, crew.doctor, "2468", "")
    v = queries.get_version(db, vid)
    assert v.status == "in_review" and len(v.current_approvals()) == 1


def test_two_signatures_approve_with_default_review_date(db, crew) -> None:
    _, vid = submitted(db, crew)
    approvals.approve(db, Actor(1, "Poste accueil"), vid, crew.doctor, "2468", "Validé en réunion")
    assert queries.get_version(db, vid).status == "in_review"
    changes = approvals.approve(db, ALICE, vid, crew.nurse, "2468", "")
    assert changes.touches("protocol_version", "protocol")
    v = queries.get_version(db, vid)
    assert v.status == "approved" and v.approved_at is not None
    assert v.review_due == queries.years_later(TODAY)  # approval date + 2 years
    signs = [(a.name, a.profession, a.decision, a.meaning, a.current) for a in v.approvals]
    assert signs == [
        ("Jo Médecin", "medecin_generaliste", "approve", "Validé en réunion", True),
        ("Jo Infirmière", "infirmier", "approve", "Approuve cette version du protocole.", True),
    ]
    assert actions(db)[-3:] == [
        ("sign", "Poste accueil"),
        ("sign", "Alice Coordinatrice"),
        ("approve", "Alice Coordinatrice"),
    ]
    with pytest.raises(TransitionError, match="déjà validée"):
        approvals.approve(db, ALICE, vid, crew.pharmacist, "2468", "")
    with pytest.raises(TransitionError, match="Révisez-la"):
        protocols.save_draft(db, ALICE, vid, Content(), [], None, None)


def test_required_signatures_and_preset_review_date_kept(db, crew) -> None:
    due = TODAY + dt.timedelta(days=400)
    _, vid = submitted(db, crew, review_due=due)
    for n, who in enumerate((crew.doctor, crew.nurse, crew.pharmacist), start=1):
        approvals.approve(db, ALICE, vid, who, "2468", "", required=3)
        assert queries.get_version(db, vid).status == ("approved" if n == 3 else "in_review")
    assert queries.get_version(db, vid).review_due == due


def test_refuse_needs_a_reason(db, crew) -> None:
    _, vid = submitted(db, crew)
    with pytest.raises(ValidationError) as info:
        approvals.refuse(db, ALICE, vid, crew.doctor, "2468", "  \n ")
    assert info.value.field == "reason"
    assert queries.get_version(db, vid).status == "in_review"


def test_refusal_back_to_draft_then_fresh_signatures_needed(db, crew) -> None:
    _, vid = submitted(db, crew)
    approvals.approve(db, ALICE, vid, crew.doctor, "2468", "")
    approvals.refuse(
        db, ALICE, vid, crew.pharmacist, "2468", "Interactions médicamenteuses absentes"
    )
    v = queries.get_version(db, vid)
    assert (v.status, v.refusal_reason, v.submitted_at) == (
        "draft",
        "Interactions médicamenteuses absentes",
        None,
    )
    assert [(a.decision, a.current) for a in v.approvals] == [("approve", False), ("refuse", False)]
    assert ("refuse", "Alice Coordinatrice") in actions(db)
    with pytest.raises(TransitionError, match="soumettez-la"):
        approvals.refuse(db, ALICE, vid, crew.doctor, "2468", "Encore")
    protocols.save_draft(
        db,
        ALICE,
        vid,
        complete_content(),
        [crew.doctor, crew.nurse, crew.pharmacist],
        None,
        v.revision,
    )
    approvals.submit(db, ALICE, vid)
    assert queries.get_version(db, vid).refusal_reason == ""
    approvals.approve(db, ALICE, vid, crew.nurse, "2468", "")
    assert queries.get_version(db, vid).status == "in_review"  # the first round's signature is gone
    approvals.approve(db, ALICE, vid, crew.doctor, "2468", "")  # signing again in the new round
    v = queries.get_version(db, vid)
    assert v.status == "approved" and len(v.current_approvals()) == 2 and len(v.approvals) == 4


def test_revise_rules(db, crew) -> None:
    pid, v1 = ready(db, crew)
    with pytest.raises(ValidationError) as info:
        protocols.revise(db, ALICE, pid, "   ")
    assert info.value.field == "change_note"
    with pytest.raises(TransitionError, match="déjà en cours"):
        protocols.revise(db, ALICE, pid, "Nouvelles recommandations")
    approvals.submit(db, ALICE, v1)
    with pytest.raises(TransitionError, match="déjà en cours"):
        protocols.revise(db, ALICE, pid, "Nouvelles recommandations")
    assert len(queries.versions_of(db, pid)) == 1


def test_revise_then_approve_supersedes_the_previous_version(db, crew) -> None:
    pid, v1 = approved(db, crew)
    v2, changes = protocols.revise(db, ALICE, pid, "Nouvelles recommandations HAS")
    assert changes.touches("protocol_version")
    new, old = queries.get_version(db, v2), queries.get_version(db, v1)
    assert (new.number, new.status, new.change_note) == (
        2,
        "draft",
        "Nouvelles recommandations HAS",
    )
    assert (new.content, new.working_group) == (old.content, old.working_group)
    assert new.approvals == [] and new.review_due is None
    assert queries.approved_version(db, pid).version_id == v1  # consultation still shows v1
    assert queries.latest_version(db, pid).version_id == v2
    with pytest.raises(TransitionError, match="déjà en cours"):
        protocols.revise(db, ALICE, pid, "Encore une")
    content = complete_content()
    content.sections["objectives"] = "Objectifs mis à jour"
    protocols.save_draft(db, ALICE, v2, content, new.working_group, None, new.revision)
    assert queries.get_version(db, v1).content == old.content
    approvals.submit(db, ALICE, v2)
    approvals.approve(db, ALICE, v2, crew.pharmacist, "2468", "")
    approvals.approve(db, ALICE, v2, crew.nurse, "2468", "")
    views = queries.versions_of(db, pid)
    assert [(v.number, v.status, v.superseded) for v in views] == [
        (1, "superseded", True),
        (2, "approved", False),
    ]
    assert queries.approved_version(db, pid).version_id == v2
    assert ("supersede", "Alice Coordinatrice") in actions(db)
    with pytest.raises(TransitionError, match="figée"):
        protocols.save_draft(db, ALICE, v1, content, [], None, None)


def test_archive_approved_and_open_draft(db, crew) -> None:
    pid, v1 = approved(db, crew)
    v2, _ = protocols.revise(db, ALICE, pid, "Mise à jour")
    changes = protocols.archive(db, ALICE, pid)
    assert changes.touches("protocol") and changes.changed["protocol_version"] == {v1, v2}
    assert [v.status for v in queries.versions_of(db, pid)] == ["archived", "archived"]
    assert queries.approved_version(db, pid) is None
    assert actions(db)[-1] == ("archive", "Alice Coordinatrice")
    with pytest.raises(TransitionError, match="déjà archivé"):
        protocols.archive(db, ALICE, pid)
    with pytest.raises(TransitionError, match="ne peut pas être révisé"):
        protocols.revise(db, ALICE, pid, "Relancer")
    with pytest.raises(TransitionError, match="figée"):
        protocols.save_draft(db, ALICE, v2, Content(), [], None, None)
    with pytest.raises(TransitionError):
        approvals.record_review(db, ALICE, v1, "", None)


def test_record_review(db, crew) -> None:
    pid, draft = ready(db, crew, code="AVK-01")
    with pytest.raises(TransitionError, match="relue, sans modification"):
        approvals.record_review(db, ALICE, draft, "RAS", None)
    _, vid = approved(db, crew)
    with pytest.raises(ValidationError) as info:
        approvals.record_review(db, ALICE, vid, "RAS", TODAY)
    assert info.value.field == "next_review_due"
    later = TODAY + dt.timedelta(days=500)
    approvals.record_review(db, Actor(crew.doctor, "Jo Médecin"), vid, "Relu en réunion", later)
    v = queries.get_version(db, vid)
    assert (v.status, v.review_due, v.number) == ("approved", later, 1)
    assert [(r.note, r.next_review_due, r.professional_id) for r in v.reviews] == [
        ("Relu en réunion", later, crew.doctor)
    ]
    approvals.record_review(db, ALICE, vid, "", None)
    assert queries.get_version(db, vid).review_due == queries.years_later(TODAY)
    with db.read() as s:
        assert len(s.scalars(select(ProtocolReview)).all()) == 2
    assert actions(db)[-1] == ("record_review", "Alice Coordinatrice")


def test_years_later_on_29_february() -> None:
    assert queries.years_later(dt.date(2024, 2, 29)) == dt.date(2026, 2, 28)
    assert queries.years_later(dt.date(2025, 3, 1)) == dt.date(2027, 3, 1)


def test_review_status_edges(db, crew) -> None:
    _, vid = approved(db, crew)
    view = queries.get_version(db, vid)
    today = dt.date(2026, 6, 15)

    def status(due: dt.date | None, state: str = "approved") -> str | None:
        return queries.review_status(dataclasses.replace(view, review_due=due, status=state), today)

    assert status(today - dt.timedelta(days=1)) == "overdue"
    assert status(today) == "due"
    assert status(today + dt.timedelta(days=90)) == "due"
    assert status(today + dt.timedelta(days=91)) == "ok"
    assert status(None) is None
    assert status(today - dt.timedelta(days=1), "draft") is None
    assert status(today - dt.timedelta(days=1), "superseded") is None


def test_review_is_due_from_ninety_days_before_its_date() -> None:
    """The library's "à réviser" marks (the rule the list reads at start-up)."""
    from protoedit.protocols.review import review_state

    states = {
        code: review_state("approved", due, TODAY)
        for code, due in {
            "LATE": TODAY - dt.timedelta(days=1),
            "NOW": TODAY,
            "EDGE": TODAY + dt.timedelta(days=90),
            "LATER": TODAY + dt.timedelta(days=91),
        }.items()
    }
    assert states == {"LATE": "overdue", "NOW": "due", "EDGE": "due", "LATER": "ok"}
    assert review_state("draft", TODAY - dt.timedelta(days=10), TODAY) is None
    assert review_state("approved", TODAY + dt.timedelta(days=91), TODAY, within_days=91) == "due"


def test_the_lifecycle_says_what_a_version_allows(db, actor) -> None:
    """The rules the validation page shows as buttons live in the core."""
    from protoedit.protocols.queries import allowed_actions
    from protoedit.protocols.review import review_state

    pid, vid, _ = protocols.create_protocol(db, actor, "ACT-01", "Actions")
    (draft,) = queries.versions_of(db, pid)
    assert allowed_actions(draft, [draft], blocking=True) == frozenset()
    assert allowed_actions(draft, [draft], blocking=False) == {"submit"}
    in_review = dataclasses.replace(draft, status="in_review")
    assert allowed_actions(in_review, [in_review], False) == {"approve", "refuse"}
    approved = dataclasses.replace(draft, status="approved")
    assert allowed_actions(approved, [approved], False) == {"revise", "reviewed"}
    assert allowed_actions(approved, [approved, draft], False) == {"reviewed"}  # v2 under way
    today = dt.date(2026, 12, 1)
    assert review_state("approved", dt.date(2026, 11, 30), today) == "overdue"
    assert review_state("approved", dt.date(2027, 3, 1), today) == "due"  # within 90 days
    assert review_state("approved", dt.date(2027, 3, 2), today) == "ok"
    assert review_state("draft", dt.date(2026, 1, 1), today) is None
