"""Meetings: creation rules, agenda items and slots, attendance, closing and amendments."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from protoedit import team
from protoedit.errors import FieldErrors, TransitionError, ValidationError
from protoedit.meetings import agenda, attendance, decisions
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.meeting import MeetingInput
from protoedit.meetings.queries import get_meeting, list_meetings, protocol_meeting_time
from protoedit.ops import Actor, operation
from protoedit.store.models import AuditEvent, Invitee, Professional, Protocol, utcnow
from tests.factories import ACTOR, add_pro, new_meeting

T0 = dt.datetime(2026, 3, 12, 12, 30)


def add_protocol(db, actor, code: str = "DIAB-01", title: str = "Diabète de type 2") -> int:
    with operation(db, actor) as tx:
        proto = Protocol(code=code, title=title)
        tx.session.add(proto)
        tx.record("create", "protocol", proto)
    return proto.id


def test_meeting_needs_a_date_and_its_text_is_cleaned(db, actor) -> None:
    with pytest.raises(FieldErrors) as info:
        meetings.create_meeting(db, actor, MeetingInput(starts_at=None, title="RCP"))
    assert "starts_at" in info.value.problems
    with pytest.raises(FieldErrors):
        meetings.create_meeting(db, actor, MeetingInput(starts_at=T0, kind="party"))
    chair = add_pro(db, ACTOR, "Martin", "medecin_generaliste", "Élise")
    mid, changes = meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            starts_at=T0,
            title="  RCP\x07 de\n mars ",
            place="https://visio.example/rcp",
            chair_id=chair,
        ),
    )
    assert changes.touches("meeting")
    view = get_meeting(db, mid)
    assert (view.title, view.status, view.chair) == ("RCP de mars", "planned", "Élise Martin")
    assert view.kind_label == "Réunion de concertation pluriprofessionnelle"
    with pytest.raises(FieldErrors):
        meetings.update_meeting(db, actor, mid, MeetingInput(starts_at=T0, chair_id=chair + 99))
    assert [m.id for m in list_meetings(db, 2026)] == [mid]
    assert list_meetings(db, 2025) == []


def test_agenda_slots_totals_overrun_and_reordering(db, actor) -> None:
    mid = new_meeting(db, actor, T0)
    a, _ = agenda.add_item(
        db, actor, mid, ItemInput(theme="Plaie chronique", patient_pseudonym="Jeanne Dupont")
    )
    b, _ = agenda.add_item(
        db,
        actor,
        mid,
        ItemInput(
            kind="organisation",
            theme="Planning",
            slot_minutes=30,
            patient_pseudonym="ignored",
            flag_75=True,
        ),
    )
    c, _ = agenda.add_item(
        db, actor, mid, ItemInput(kind="adverse_event", theme="Erreur de dose", slot_minutes=10)
    )
    view = get_meeting(db, mid)
    assert [i.id for i in view.items] == [a, b, c]
    assert view.planned_minutes == 55
    assert [i.starts_at for i in view.items] == [
        T0,
        T0 + dt.timedelta(minutes=15),
        T0 + dt.timedelta(minutes=45),
    ]
    assert view.ends_at == T0 + dt.timedelta(minutes=55)
    assert (view.items[1].patient_pseudonym, view.items[1].flag_75) == ("", False)  # not a case

    agenda.set_minutes_spent(db, actor, a, 22)
    agenda.set_minutes_spent(db, actor, b, 20)
    view = get_meeting(db, mid)
    assert [i.overrun for i in view.items] == [True, False, False]
    assert (view.spent_minutes, view.overrun) == (52, False)
    agenda.set_minutes_spent(db, actor, b, 40)
    assert get_meeting(db, mid).overrun

    agenda.move_item(db, actor, c, 0)
    assert [i.id for i in get_meeting(db, mid).items] == [c, a, b]
    agenda.move_item(db, actor, c, 99)
    items = get_meeting(db, mid).items
    assert [(i.id, i.position) for i in items] == [(a, 0), (b, 1), (c, 2)]

    with pytest.raises(FieldErrors):
        agenda.add_item(db, actor, mid, ItemInput(slot_minutes=0))
    agenda.remove_item(db, actor, b)
    assert [i.id for i in get_meeting(db, mid).items] == [a, c]


def test_attendance_one_op_per_click(db, actor) -> None:
    mid = new_meeting(db, actor, T0)
    pro = add_pro(db, ACTOR, "Bernard", "pharmacien", "Élise")
    inv, _ = attendance.invite_professional(db, actor, mid, pro)
    partner, _ = attendance.invite_partner(db, actor, mid, "Dr Leroy", "medecin_specialiste")
    with pytest.raises(ValidationError):
        attendance.invite_professional(db, actor, mid, pro)
    with pytest.raises(FieldErrors):
        attendance.invite_partner(db, actor, mid, "Someone", "astronaut")

    changes = attendance.set_attendance(db, actor, inv, "present")
    assert changes.changed == {"invitee": {inv}}
    attendance.set_attendance(db, actor, partner, "excused")
    attendance.set_attendance(db, actor, inv, "absent")
    with pytest.raises(ValidationError):
        attendance.set_attendance(db, actor, inv, "asleep")
    view = get_meeting(db, mid)
    assert [(i.name, i.profession, i.attendance, i.partner) for i in view.invitees] == [
        ("Élise Bernard", "pharmacien", "absent", False),
        ("Dr Leroy", "medecin_specialiste", "excused", True),
    ]
    with db.read() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "attendance").order_by(AuditEvent.seq)
        ).all()
        assert [(e.entity_id, e.detail["before"], e.detail["after"]) for e in events] == [
            (inv, "invited", "present"),
            (partner, "invited", "excused"),
            (inv, "present", "absent"),
        ]
    attendance.remove_invitee(db, actor, partner)
    assert len(get_meeting(db, mid).invitees) == 1


def test_closing_freezes_minutes_and_amendments_are_signed(db, actor) -> None:
    mid = new_meeting(db, actor, T0, title="RCP")
    item, _ = agenda.add_item(db, actor, mid, ItemInput(theme="Chutes"))
    inv, _ = attendance.invite_partner(db, actor, mid, "SSIAD du canton", "infirmier")
    dec, _ = decisions.add_decision(db, actor, item, decisions.DecisionInput(text="Bilan de chute"))
    agenda.set_item_texts(db, actor, item, {"notes": "**Chutes** répétées"})
    with pytest.raises(TransitionError):
        meetings.close_meeting(db, actor, mid)  # not held yet
    with pytest.raises(TransitionError):
        meetings.amend(db, actor, mid, "Too early")
    meetings.mark_held(db, actor, mid)
    meetings.close_meeting(db, actor, mid)
    frozen = get_meeting(db, mid)
    assert frozen.status == "closed" and frozen.closed_at is not None

    refused = [
        lambda: meetings.update_meeting(db, actor, mid, MeetingInput(starts_at=T0, title="Autre")),
        lambda: agenda.add_item(db, actor, mid, ItemInput(theme="Nouveau")),
        lambda: agenda.update_item(db, actor, item, ItemInput(theme="Changé")),
        lambda: agenda.move_item(db, actor, item, 0),
        lambda: agenda.remove_item(db, actor, item),
        lambda: agenda.set_item_texts(db, actor, item, {"notes": "réécrit"}),
        lambda: agenda.set_item_texts(db, actor, item, {"proposal": "autre proposition"}),
        lambda: agenda.set_minutes_spent(db, actor, item, 5),
        lambda: attendance.set_attendance(db, actor, inv, "present"),
        lambda: attendance.invite_partner(db, actor, mid, "Late", "autre"),
        lambda: attendance.remove_invitee(db, actor, inv),
        lambda: meetings.mark_held(db, actor, mid),
        lambda: meetings.close_meeting(db, actor, mid),
        lambda: meetings.delete_meeting(db, actor, mid),
        lambda: decisions.add_decision(db, actor, item, decisions.DecisionInput(text="Encore")),
        lambda: decisions.update_decision(db, actor, dec, decisions.DecisionInput(text="Changé")),
        lambda: decisions.remove_decision(db, actor, dec),
        lambda: decisions.set_decision_status(db, actor, dec, "done", in_meeting_id=mid),
    ]
    for attempt in refused:
        with pytest.raises(TransitionError) as info:
            attempt()
        assert "clos" in info.value.message("fr")
    assert get_meeting(db, mid) == frozen

    before = utcnow()
    aid, changes = meetings.amend(
        db, Actor(7, "Dr Claire Petit"), mid, "La visite est le 14, pas le 12."
    )
    assert changes.touches("meeting")
    view = get_meeting(db, mid)
    assert len(view.amendments) == 1
    amendment = view.amendments[0]
    assert (amendment.id, amendment.author, amendment.text) == (
        aid,
        "Dr Claire Petit",
        "La visite est le 14, pas le 12.",
    )
    assert before <= amendment.at <= utcnow()
    assert view.items == frozen.items and view.title == "RCP"
    with pytest.raises(ValidationError):
        meetings.amend(db, actor, mid, "   ")


def test_only_planned_meetings_are_deleted(db, actor) -> None:
    mid = new_meeting(db, actor, T0)
    item, _ = agenda.add_item(db, actor, mid, ItemInput())
    attendance.invite_partner(db, actor, mid, "Labo", "autre")
    decisions.add_decision(db, actor, item, decisions.DecisionInput(text="x"))
    meetings.delete_meeting(db, actor, mid)
    assert list_meetings(db) == []
    with db.read() as s:
        assert s.scalars(select(Invitee)).all() == []
    held = new_meeting(db, actor, T0)
    meetings.mark_held(db, actor, held)
    with pytest.raises(TransitionError):
        meetings.delete_meeting(db, actor, held)


def test_protocol_time_in_meetings(db, actor) -> None:
    proto = add_protocol(db, actor)
    other = add_protocol(db, actor, "AVK-01", "Anticoagulants")
    first = new_meeting(db, actor, dt.datetime(2026, 1, 8, 12, 30), title="RCP janvier")
    second = new_meeting(db, actor, dt.datetime(2026, 2, 5, 12, 30), title="RCP février")
    planned = new_meeting(db, actor, dt.datetime(2026, 3, 5, 12, 30))
    a, _ = agenda.add_item(
        db, actor, first, ItemInput(kind="protocol", protocol_id=proto, slot_minutes=20)
    )
    agenda.add_item(
        db, actor, first, ItemInput(kind="protocol", protocol_id=other, slot_minutes=45)
    )
    agenda.add_item(
        db, actor, first, ItemInput(kind="protocol", protocol_id=proto)
    )  # slot 15, not timed
    b, _ = agenda.add_item(
        db, actor, second, ItemInput(kind="protocol", protocol_id=proto, slot_minutes=15)
    )
    agenda.add_item(
        db, actor, planned, ItemInput(kind="protocol", protocol_id=proto, slot_minutes=30)
    )
    agenda.add_item(
        db, actor, second, ItemInput(kind="case", protocol_id=proto)
    )  # link dropped: a case
    agenda.set_minutes_spent(db, actor, a, 25)
    agenda.set_minutes_spent(db, actor, b, 35)
    for mid in (first, second):
        meetings.mark_held(db, actor, mid)
    meetings.close_meeting(db, actor, second)

    time = protocol_meeting_time(db, proto)
    assert time.rows == [
        (dt.date(2026, 1, 8), 40, "RCP janvier"),
        (dt.date(2026, 2, 5), 35, "RCP février"),
    ]
    assert time.total_minutes == 75
    assert protocol_meeting_time(db, other).total_minutes == 45
    assert get_meeting(db, first).items[0].protocol_title == "Diabète de type 2"
    with pytest.raises(FieldErrors):
        agenda.add_item(db, actor, first, ItemInput(kind="protocol", protocol_id=proto + 1000))


def test_new_meeting_defaults_come_from_the_previous_one_of_the_same_kind(db, actor) -> None:
    doctor, nurse, gone = (
        add_pro(db, ACTOR, last, "infirmier", "Élise") for last in ("Lefèvre", "Benoît", "Parti")
    )
    assert meetings.new_meeting_defaults(db, "rcp") is None  # the very first meeting
    older = new_meeting(db, actor, T0, place="Salle A", chair_id=nurse)
    march = new_meeting(
        db,
        actor,
        T0 + dt.timedelta(days=28),
        place="Salle B",
        chair_id=doctor,
        secretary_id=gone,
    )
    other = new_meeting(db, actor, T0 + dt.timedelta(days=35), kind="organisation", place="Bureau")
    for pid in (doctor, nurse, gone):
        attendance.invite_professional(db, actor, march, pid)
    attendance.invite_partner(db, actor, march, "Dr Léa Rossi", "psychologue")
    attendance.invite_professional(db, actor, older, doctor)
    attendance.invite_professional(db, actor, other, nurse)
    with operation(db, actor) as tx:  # left the team since March
        tx.session.get(Professional, gone).active = False
        tx.record("update", "professional", gone)

    d = meetings.new_meeting_defaults(db, "rcp")
    assert d is not None and d.from_meeting_id == march
    assert (d.place, d.chair_id, d.secretary_id, d.invitees) == ("Salle B", doctor, None, 3)
    assert meetings.new_meeting_defaults(db, "organisation").place == "Bureau"

    mid, changes = meetings.create_meeting(
        db,
        actor,
        MeetingInput(starts_at=T0 + dt.timedelta(days=56), place=d.place, chair_id=d.chair_id),
        copy_invitees=True,
    )
    assert changes.touches("invitee")
    m = get_meeting(db, mid)
    assert [(i.name, i.partner, i.attendance) for i in m.invitees] == [
        ("Élise Lefèvre", False, "invited"),
        ("Élise Benoît", False, "invited"),
        ("Dr Léa Rossi", True, "invited"),
    ]
    assert [i.name for i in get_meeting(db, march).invitees][-1] == "Dr Léa Rossi"  # untouched
    plain, _ = meetings.create_meeting(db, actor, MeetingInput(starts_at=T0, kind="rcp"))
    assert get_meeting(db, plain).invitees == []  # copying is the caller's choice


def test_future_meeting_is_neither_held_nor_closed_and_never_counts(db, actor) -> None:
    """Issue 14.3: a meeting dated after today cannot be marked held or closed; one held
    anyway (by an older version) is not counted for the ACI until its date."""
    from protoedit.meetings.aci_report import aci_year
    from protoedit.store.models import Meeting

    today = dt.date(2026, 3, 12)
    later = new_meeting(db, actor, starts_at=dt.datetime(2026, 3, 13, 9, 0), title="Plus tard")
    with pytest.raises(TransitionError) as info:
        meetings.mark_held(db, actor, later, today=today)
    assert "13/03/2026" in info.value.message("fr") and "tenue" in info.value.message("fr")
    assert get_meeting(db, later).status == "planned"
    same_day = new_meeting(db, actor, starts_at=dt.datetime(2026, 3, 12, 18, 0))
    meetings.mark_held(db, actor, same_day, today=today)  # the evening meeting, marked at noon
    meetings.close_meeting(db, actor, same_day, today=today)
    with operation(db, actor) as tx:  # held before the rule existed
        tx.session.get(Meeting, later).status = "held"
        tx.record("hold", "meeting", later)
    with pytest.raises(TransitionError):
        meetings.close_meeting(db, actor, later, today=today)
    assert [m.id for m in aci_year(db, 2026, today=today).meetings] == [same_day]
    assert [m.id for m in aci_year(db, 2026, today=dt.date(2026, 3, 13)).meetings] == [
        same_day,
        later,
    ]


def test_invite_everyone_includes_outside_partners_in_one_operation(db, actor) -> None:
    """Issue 14.7: one click invites the team and the outside partners of the directory."""
    mid = new_meeting(db, actor, T0)
    nurse = add_pro(db, ACTOR, "Bernard", "infirmier", "Élise")
    already, _ = attendance.invite_professional(db, actor, mid, nurse)
    doctor = add_pro(db, ACTOR, "Arnaud", "medecin_generaliste", "Paul")
    partner, _ = team.add_professional(
        db,
        actor,
        team.ProfessionalInput(
            last_name="Rossi", first_name="Léa", profession="psychologue", partner=True
        ),
    )
    gone, _ = team.add_professional(
        db, actor, team.ProfessionalInput(last_name="Ancien", profession="infirmier", active=False)
    )
    count, changes = attendance.invite_everyone(db, actor, mid)
    assert count == 2 and changes.touches("invitee")
    view = get_meeting(db, mid)
    assert [(i.professional_id, i.partner) for i in view.invitees] == [
        (nurse, False),
        (doctor, False),
        (partner, True),
    ]
    assert gone not in {i.professional_id for i in view.invitees}
    assert view.invitees[0].id == already
    with pytest.raises(ValidationError):
        attendance.invite_everyone(db, actor, mid)


def test_notes_kept_out_of_print_and_deviation_reason_are_saved(db, actor) -> None:
    """Issue 14.1: what is typed during the meeting, with the "do not print" marking."""
    mid = new_meeting(db, actor, T0)
    item, _ = agenda.add_item(db, actor, mid, ItemInput(theme="Chutes"))
    agenda.set_item_texts(db, actor, item, {"notes": "Conflit familial"})
    agenda.set_notes_private(db, actor, item, True)
    agenda.set_item_texts(
        db, actor, item, {"deviation_reason": "Le patient a refusé\x07 l'hospitalisation"}
    )
    view = get_meeting(db, mid).items[0]
    assert (view.notes, view.notes_private) == ("Conflit familial", True)
    assert view.deviation_reason == "Le patient a refusé l'hospitalisation"
    agenda.set_notes_private(db, actor, item, False)
    assert not get_meeting(db, mid).items[0].notes_private


def test_the_texts_typed_for_an_item_are_saved_in_one_operation(db, actor) -> None:
    """Notes, proposal and deviation reason typed together: one transaction, one history entry;
    one refused text (too long) and none is saved."""
    mid = new_meeting(db, actor, T0)
    item, _ = agenda.add_item(db, actor, mid, ItemInput(theme="Plaie"))

    def entries() -> int:
        with db.read() as s:
            return len(
                s.scalars(select(AuditEvent).where(AuditEvent.entity == "agenda_item")).all()
            )

    before = entries()
    texts = {"notes": "Plaie stagnante", "proposal": "Avis vasculaire", "deviation_reason": "Refus"}
    agenda.set_item_texts(db, actor, item, texts)
    assert entries() == before + 1
    saved = next(i for i in get_meeting(db, mid).items if i.id == item)
    assert (saved.notes, saved.proposal, saved.deviation_reason) == tuple(texts.values())
    with pytest.raises(ValidationError):
        agenda.set_item_texts(db, actor, item, {"notes": "Autre", "proposal": "x" * 200_001})
    kept = next(i for i in get_meeting(db, mid).items if i.id == item)
    assert (kept.notes, kept.proposal) == ("Plaie stagnante", "Avis vasculaire")
    assert entries() == before + 1
