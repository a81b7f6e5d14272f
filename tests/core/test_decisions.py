"""Decisions: carry-over between meetings, follow-up after closing, the board, protocol revisions."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from protoedit import team
from protoedit.errors import FieldErrors, TransitionError, ValidationError
from protoedit.meetings import agenda, decisions
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.decisions import DecisionInput
from protoedit.meetings.meeting import MeetingInput
from protoedit.meetings.queries import get_meeting
from protoedit.ops import operation
from protoedit.store.models import AuditEvent, Decision, Protocol, ProtocolVersion


def new_meeting(db, actor, day: int, month: int = 1, title: str = "") -> int:
    mid, _ = meetings.create_meeting(
        db, actor, MeetingInput(starts_at=dt.datetime(2026, month, day, 12, 30), title=title)
    )
    return mid


def decide(db, actor, meeting_id: int, text: str, **kw) -> int:
    item, _ = agenda.add_item(db, actor, meeting_id, ItemInput(theme=text))
    did, _ = decisions.add_decision(db, actor, item, DecisionInput(text=text, **kw))
    return did


def ids(views) -> list[int]:
    return [v.id for v in views]


def test_open_decisions_carry_over_across_meetings(db, actor) -> None:
    m1, m2, m3, m4 = (new_meeting(db, actor, d) for d in (5, 12, 19, 26))
    d1 = decide(db, actor, m1, "Appeler le SSIAD", due_date=dt.date(2026, 1, 10))
    done_at_once = decide(db, actor, m1, "Commander le matériel")
    decisions.set_decision_status(db, actor, done_at_once, "done", in_meeting_id=m1)
    later = decide(db, actor, m3, "Décision de M3")

    assert follow_up_ids(db, m1) == []
    m2_list = decisions.follow_up(db, m2)
    assert ids(m2_list) == [d1]
    assert (m2_list[0].meeting_id, m2_list[0].state) == (m1, "overdue")  # due before M2

    decisions.set_decision_status(
        db,
        actor,
        d1,
        "postponed",
        "Patient hospitalisé",
        in_meeting_id=m2,
        due_date=dt.date(2026, 2, 1),
    )
    assert follow_up_ids(db, m2) == [d1]  # stays in the list being worked on
    m3_list = decisions.follow_up(db, m3)
    assert ids(m3_list) == [d1]
    assert (m3_list[0].status, m3_list[0].state, m3_list[0].status_note) == (
        "postponed",
        "postponed",
        "Patient hospitalisé",
    )

    decisions.set_decision_status(db, actor, d1, "done", "Visite faite", in_meeting_id=m3)
    assert follow_up_ids(db, m3) == [d1]
    assert follow_up_ids(db, m4) == [later]
    assert follow_up_ids(db, m2) == [d1]  # M2 still shows what it followed (now done in M3)
    with db.read() as s:
        row = s.get(Decision, d1)
        assert (row.status, row.closed_in_meeting_id, row.due_date) == (
            "done",
            m3,
            dt.date(2026, 2, 1),
        )


def follow_up_ids(db, meeting_id: int) -> list[int]:
    return ids(decisions.follow_up(db, meeting_id))


def test_follow_up_rules(db, actor) -> None:
    m1, m2, m3 = (new_meeting(db, actor, d) for d in (5, 12, 19))
    d1 = decide(db, actor, m1, "Former l'équipe")
    with pytest.raises(FieldErrors):
        decisions.set_decision_status(db, actor, d1, "postponed", "  ", in_meeting_id=m2)
    with pytest.raises(FieldErrors):
        decisions.set_decision_status(db, actor, d1, "done", due_date=dt.date(2026, 5, 1))
    with pytest.raises(ValidationError):
        decisions.set_decision_status(db, actor, d1, "forgotten")
    d3 = decide(db, actor, m3, "Plus tard")
    with pytest.raises(ValidationError):  # follow-up happens in a later meeting
        decisions.set_decision_status(db, actor, d3, "done", in_meeting_id=m2)

    for mid in (m1, m2):
        meetings.mark_held(db, actor, mid)
    meetings.close_meeting(db, actor, m1)
    # M1 is closed, its decision is still followed up in M2, which belongs to M2's minutes
    changes = decisions.set_decision_status(
        db, actor, d1, "cancelled", "Plus nécessaire", in_meeting_id=m2
    )
    assert changes.changed == {"decision": {d1}}
    decisions.set_decision_status(db, actor, d1, "open", in_meeting_id=m2)  # corrected in M2
    decisions.set_decision_status(db, actor, d1, "done", "Formation faite", in_meeting_id=m2)
    meetings.close_meeting(db, actor, m2)
    with pytest.raises(TransitionError):  # closed in minutes that are now closed
        decisions.set_decision_status(db, actor, d1, "open", in_meeting_id=m3)
    with db.read() as s:
        events = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "status", AuditEvent.entity_id == d1)
            .order_by(AuditEvent.seq)
        ).all()
        assert [(e.detail["before"], e.detail["after"]) for e in events] == [
            ("open", "cancelled"),
            ("cancelled", "open"),
            ("open", "done"),
        ]


def test_decision_owner_and_edits(db, actor) -> None:
    pid, _ = team.add_professional(
        db, actor, team.ProfessionalInput(last_name="Roux", first_name="Anne", profession="ipa")
    )
    m1 = new_meeting(db, actor, 5)
    did = decide(db, actor, m1, "Éducation thérapeutique", owner_id=pid, owner_name="ignored")
    view = get_meeting(db, m1).items[0].decisions[0]
    assert (view.id, view.owner, view.owner_id, view.status) == (did, "Anne Roux", pid, "open")
    decisions.update_decision(
        db,
        actor,
        did,
        DecisionInput(text="ETP diabète", owner_name=" Laboratoire "),
        expected_revision=view.revision,
    )
    view = get_meeting(db, m1).items[0].decisions[0]
    assert (view.text, view.owner, view.owner_id) == ("ETP diabète", "Laboratoire", None)
    with pytest.raises(FieldErrors):
        decisions.update_decision(db, actor, did, DecisionInput(text="  "))
    with pytest.raises(FieldErrors):
        decisions.update_decision(db, actor, did, DecisionInput(text="x", owner_id=pid + 50))
    decisions.remove_decision(db, actor, did)
    assert get_meeting(db, m1).items[0].decisions == []


def test_board_computes_overdue_and_filters(db, actor) -> None:
    ana, _ = team.add_professional(
        db, actor, team.ProfessionalInput(last_name="A", profession="infirmier")
    )
    ben, _ = team.add_professional(
        db, actor, team.ProfessionalInput(last_name="B", profession="pharmacien")
    )
    m1, m2 = new_meeting(db, actor, 5), new_meeting(db, actor, 12)
    late = decide(db, actor, m1, "En retard", owner_id=ana, due_date=dt.date(2026, 2, 9))
    due_today = decide(
        db, actor, m1, "Pour aujourd'hui", owner_id=ana, due_date=dt.date(2026, 2, 10)
    )
    no_date = decide(db, actor, m1, "Sans date", owner_id=ben)
    postponed_late = decide(
        db, actor, m1, "Reportée, en retard", owner_id=ben, due_date=dt.date(2026, 1, 20)
    )
    postponed = decide(db, actor, m1, "Reportée", owner_name="Labo", due_date=dt.date(2026, 1, 20))
    done_late = decide(db, actor, m1, "Faite", owner_id=ana, due_date=dt.date(2026, 1, 1))
    cancelled = decide(db, actor, m1, "Annulée", owner_id=ben, due_date=dt.date(2026, 1, 2))
    decisions.set_decision_status(
        db, actor, postponed_late, "postponed", "Attente", in_meeting_id=m2
    )
    decisions.set_decision_status(
        db, actor, postponed, "postponed", "Attente", in_meeting_id=m2, due_date=dt.date(2026, 3, 1)
    )
    decisions.set_decision_status(db, actor, done_late, "done", in_meeting_id=m2)
    decisions.set_decision_status(db, actor, cancelled, "cancelled", "Doublon")

    today = dt.date(2026, 2, 10)
    board = decisions.decisions_board(db, today)
    assert {v.id: v.state for v in board} == {
        late: "overdue",
        due_today: "open",
        no_date: "open",
        postponed_late: "overdue",
        postponed: "postponed",
        done_late: "done",
        cancelled: "cancelled",
    }
    assert ids(board) == [done_late, cancelled, postponed_late, late, due_today, postponed, no_date]
    assert ids(decisions.decisions_board(db, today, status_filter="overdue")) == [
        postponed_late,
        late,
    ]
    assert ids(
        decisions.decisions_board(db, today, owner_id=ana, status_filter=("open", "overdue"))
    ) == [late, due_today]
    assert ids(decisions.decisions_board(db, today, owner_id=ben)) == [
        cancelled,
        postponed_late,
        no_date,
    ]
    assert decisions.decisions_board(db, dt.date(2026, 1, 1), status_filter="overdue") == []
    with pytest.raises(ValueError):
        decisions.decisions_board(db, today, status_filter="late")


def _protocol_with_approved_version(db, actor) -> int:
    with operation(db, actor) as tx:
        proto = Protocol(code="CHUTE-01", title="Prévention des chutes", aci_theme="aci4")
        proto.versions.append(
            ProtocolVersion(number=1, status="approved", approved_at=dt.datetime(2025, 6, 1))
        )
        tx.session.add(proto)
        tx.record("create", "protocol", proto)
    return proto.id


def test_decision_refuses_revision_without_protocol_item(db, actor) -> None:
    m1 = new_meeting(db, actor, 5)
    did = decide(db, actor, m1, "Rien à voir avec un protocole")
    with pytest.raises(ValidationError):
        decisions.open_protocol_revision(db, actor, did)


def test_decision_opens_protocol_revision(db, actor) -> None:
    proto = _protocol_with_approved_version(db, actor)
    m1 = new_meeting(db, actor, 5, title="RCP de janvier")
    item, _ = agenda.add_item(
        db, actor, m1, ItemInput(kind="protocol", theme="Chutes", protocol_id=proto)
    )
    did, _ = decisions.add_decision(
        db, actor, item, DecisionInput(text="Ajouter le test de Tinetti")
    )
    meetings.mark_held(db, actor, m1)
    meetings.close_meeting(
        db, actor, m1
    )  # opening the revision is follow-up, allowed after closing

    version_id, changes = decisions.open_protocol_revision(db, actor, did)
    assert changes.touches("decision")
    with db.read() as s:
        version = s.get(ProtocolVersion, version_id)
        assert version.protocol_id == proto and version.status == "draft"
        assert "05/01/2026" in version.change_note
        assert "Ajouter le test de Tinetti" in version.change_note
        assert s.get(Decision, did).protocol_version_id == version_id
    with pytest.raises(TransitionError):
        decisions.open_protocol_revision(db, actor, did)
