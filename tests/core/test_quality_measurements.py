"""Indicator measurements: periods from the frequency, every refusal, due periods, the overview."""

from __future__ import annotations

import datetime as dt

import pytest

from protoedit.errors import ConflictError, FieldErrors, TransitionError, ValidationError
from protoedit.meetings import agenda
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.meeting import MeetingInput
from protoedit.ops import operation
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Indicator
from protoedit.quality import cycles, measurements, periods, queries
from protoedit.quality.cycles import CycleInput
from protoedit.quality.measurements import MeasurementInput
from protoedit.store.models import AuditEvent, ProtocolVersion
from tests.factories import force_approved

TODAY = dt.date(2026, 11, 15)
MONTHLY = "Patients diabétiques avec HbA1c mesurée"
YEARLY = "Fond d'œil annuel"


def _protocol(db, actor, approved: dt.datetime | None = dt.datetime(2025, 1, 10)) -> int:
    content = Content(
        indicators=[
            Indicator(name=MONTHLY, target="≥ 80 %", frequency="Mensuelle"),
            Indicator(name=YEARLY, target="au moins 60 %", frequency="annuel"),
        ]
    )
    pid, vid, _ = protocols.create_protocol(db, actor, "DIAB-01", "Diabète", content=content)
    if approved is not None:
        force_approved(db, actor, vid, approved)
    return pid


def _measure(db, actor, pid, day, num=8, den=10, indicator=MONTHLY, **kw):
    return measurements.record_measurement(
        db, actor, pid, MeasurementInput(indicator, day, num, den, **kw), today=TODAY
    )


def test_period_kinds_labels_and_due() -> None:
    assert [
        periods.kind_of(f)
        for f in ("Mensuelle", "tous les 3 mois", "Trimestriel", "annuelle", "", "quarterly")
    ] == ["month", "quarter", "quarter", "year", "year", "quarter"]
    assert periods.start_of("quarter", dt.date(2026, 8, 31)) == dt.date(2026, 7, 1)
    assert periods.label("month", dt.date(2026, 3, 1)) == "mars 2026"
    assert periods.label("quarter", dt.date(2026, 7, 1)) == "T3 2026"
    assert periods.label("quarter", dt.date(2026, 7, 1), "en") == "Q3 2026"
    measured = {dt.date(2026, 1, 1), dt.date(2026, 3, 1)}
    assert periods.due("month", measured, dt.date(2026, 1, 20), dt.date(2026, 5, 3)) == [
        dt.date(2026, 2, 1),
        dt.date(2026, 4, 1),
    ]  # May is not finished


def test_measurements_are_placed_in_their_period_and_audited(db, actor) -> None:
    pid = _protocol(db, actor)
    mid, changes = _measure(
        db,
        actor,
        pid,
        dt.date(2026, 3, 17),
        source="Logiciel métier",
        comment="Extraction du 2 avril",
    )
    assert changes.touches("measurement", "protocol")
    yid, _ = _measure(db, actor, pid, dt.date(2025, 6, 1), 30, 50, indicator=YEARLY)
    pq = queries.protocol_quality(db, pid, today=TODAY)
    monthly, yearly = pq.indicators
    (m,) = monthly.measurements
    assert (m.id, m.kind, m.start, m.ratio, m.source, m.entered_by) == (
        mid,
        "month",
        dt.date(2026, 3, 1),
        0.8,
        "Logiciel métier",
        actor.name,
    )
    assert yearly.measurements[0].start == dt.date(2025, 1, 1)
    assert monthly.on_target is True and yearly.on_target is True  # 80 % ≥ 80 %; 60 % ≥ 60 %
    assert monthly.percent
    with db.read() as s:
        assert s.query(AuditEvent).filter_by(entity="measurement", action="record").count() == 2


@pytest.mark.parametrize(
    ("num", "den", "value", "message"),
    [
        (3, 0, None, "Le dénominateur ne peut pas être nul"),
        (12, 10, None, "Le numérateur (12) dépasse le dénominateur (10)."),
        (-1, 10, None, "Les nombres ne peuvent pas être négatifs."),
        (None, None, None, "Indiquez un numérateur et un dénominateur, ou une valeur."),
        (3, None, None, "Indiquez le numérateur et le dénominateur."),
        (3, 10, 7.2, "Indiquez soit un numérateur et un dénominateur, soit une valeur"),
    ],
)
def test_bad_numbers_are_refused_with_a_message(db, actor, num, den, value, message) -> None:
    pid = _protocol(db, actor)
    with pytest.raises(ValidationError) as err:
        _measure(db, actor, pid, dt.date(2026, 3, 1), num, den, value=value)
    assert message in err.value.message("fr")
    assert queries.protocol_quality(db, pid, TODAY).indicators[0].measurements == []


def test_a_period_twice_an_unknown_indicator_and_the_future_are_refused(db, actor) -> None:
    pid = _protocol(db, actor)
    _measure(db, actor, pid, dt.date(2026, 3, 1))
    with pytest.raises(ValidationError) as err:
        _measure(db, actor, pid, dt.date(2026, 3, 28), 1, 2)
    assert err.value.message("fr") == (
        f"Une mesure existe déjà pour « {MONTHLY} » en mars 2026 : modifiez-la plutôt."
    )
    with pytest.raises(FieldErrors, match="pas dans le protocole"):
        _measure(db, actor, pid, dt.date(2026, 3, 1), indicator="Inconnu")
    with pytest.raises(ValidationError, match="décembre 2026 n'a pas encore commencé"):
        _measure(db, actor, pid, dt.date(2026, 12, 2))
    (m,) = queries.protocol_quality(db, pid, TODAY).indicators[0].measurements
    assert (m.numerator, m.denominator) == (8, 10)  # the saved one is unchanged


def test_update_checks_the_revision_and_remove(db, actor) -> None:
    pid = _protocol(db, actor)
    mid, _ = _measure(db, actor, pid, dt.date(2026, 3, 1))
    _measure(db, actor, pid, dt.date(2026, 4, 1))
    measurements.update_measurement(
        db,
        actor,
        mid,
        MeasurementInput(MONTHLY, dt.date(2026, 3, 1), 9, 10),
        revision=1,
        today=TODAY,
    )
    with pytest.raises(ConflictError):
        measurements.update_measurement(
            db,
            actor,
            mid,
            MeasurementInput(MONTHLY, dt.date(2026, 3, 1), 7, 10),
            revision=1,
            today=TODAY,
        )
    with pytest.raises(ValidationError, match="existe déjà"):  # moved onto April
        measurements.update_measurement(
            db,
            actor,
            mid,
            MeasurementInput(MONTHLY, dt.date(2026, 4, 1), 7, 10),
            revision=2,
            today=TODAY,
        )
    rows = queries.protocol_quality(db, pid, TODAY).indicators[0].measurements
    assert [(m.start.month, m.numerator) for m in rows] == [(3, 9), (4, 8)]
    measurements.remove_measurement(db, actor, mid)
    assert len(queries.protocol_quality(db, pid, TODAY).indicators[0].measurements) == 1


def test_due_periods_start_at_the_first_approval(db, actor) -> None:
    pid = _protocol(db, actor, approved=dt.datetime(2026, 6, 20))
    _measure(db, actor, pid, dt.date(2026, 7, 1))
    monthly, yearly = queries.protocol_quality(db, pid, TODAY).indicators
    assert monthly.due == [
        dt.date(2026, 6, 1),
        dt.date(2026, 8, 1),
        dt.date(2026, 9, 1),
        dt.date(2026, 10, 1),
    ]
    assert yearly.due == []  # 2026 is not over
    draft_only = protocols.create_protocol(db, actor, "HTA-01", "Hypertension")[0]
    assert queries.protocol_quality(db, draft_only, TODAY).due_count == 0


def test_a_renamed_indicator_keeps_its_measurements(db, actor) -> None:
    pid = _protocol(db, actor)
    _measure(db, actor, pid, dt.date(2026, 3, 1))
    vid, _ = protocols.revise(db, actor, pid, "Nouvel intitulé")
    with operation(db, actor) as tx:
        v = tx.session.get(ProtocolVersion, vid)
        content = dict(v.content)
        content["indicators"] = [{"name": "HbA1c mesurée", "frequency": "mensuel"}]
        v.content, v.status, v.approved_at = content, "approved", dt.datetime(2026, 4, 1)
        tx.record("test", "protocol_version", v)
    names = [
        (i.name, i.definition.current) for i in queries.protocol_quality(db, pid, TODAY).indicators
    ]
    assert names == [("HbA1c mesurée", True), (MONTHLY, False)]


def test_cycles_follow_pdsa_order_and_open_a_revision(db, actor) -> None:
    pid = _protocol(db, actor)
    cid, _ = cycles.plan_cycle(
        db,
        actor,
        pid,
        CycleInput(
            aim="Mesurer l'HbA1c chaque trimestre",
            prediction="80 % en 6 mois",
            indicators=[MONTHLY, MONTHLY],
            microsystem={"patients": "120 diabétiques", "x": "?"},
        ),
    )
    c = queries.cycle(db, cid)
    assert (c.number, c.stage, c.indicators, c.microsystem["patients"]) == (
        1,
        "plan",
        [MONTHLY],
        "120 diabétiques",
    )
    with pytest.raises(FieldErrors, match="but du cycle"):
        cycles.save_cycle(db, actor, cid, CycleInput(aim=" "), c.revision)
    with pytest.raises(FieldErrors, match="avant de décider"):
        cycles.save_cycle(db, actor, cid, CycleInput(aim="a", act="adapt"), c.revision)
    with pytest.raises(FieldErrors, match="Indiquez quand le test a commencé"):
        cycles.save_cycle(db, actor, cid, CycleInput(aim="a", study="vu"), c.revision)
    with pytest.raises(FieldErrors, match="précède"):
        cycles.save_cycle(
            db,
            actor,
            cid,
            CycleInput(aim="a", do_start=dt.date(2026, 3, 1), do_end=dt.date(2026, 2, 1)),
            c.revision,
        )
    done = CycleInput(
        aim=c.aim,
        do_start=dt.date(2026, 1, 5),
        do_end=dt.date(2026, 6, 30),
        study="72 % contre 80 % prévus",
        act="adapt",
        act_notes="Rappel SMS",
    )
    with pytest.raises(TransitionError, match="adopter"):
        cycles.open_revision(db, actor, cid)  # not concluded yet
    cycles.save_cycle(db, actor, cid, done, c.revision)
    c = queries.cycle(db, cid)
    assert c.stage == "closed" and c.closed_at is not None
    assert c.band(TODAY) == (dt.date(2026, 1, 5), dt.date(2026, 6, 30))
    vid, changes = cycles.open_revision(db, actor, cid)
    assert changes.touches("protocol")
    with db.read() as s:
        v = s.get(ProtocolVersion, vid)
        assert v.status == "draft" and v.number == 2
        assert v.change_note.startswith("Révision issue du cycle PDSA 1 (adapter) : Mesurer")
    with pytest.raises(TransitionError, match="déjà été ouverte"):
        cycles.open_revision(db, actor, cid)
    assert queries.cycle(db, cid).protocol_version_id == vid
    cid2, _ = cycles.plan_cycle(db, actor, pid, CycleInput(aim="Deuxième"))
    assert queries.cycle(db, cid2).number == 2
    assert [c.number for c in queries.protocol_quality(db, pid, TODAY).open_cycles] == [2]


def test_a_decision_about_a_protocol_starts_one_cycle(db, actor) -> None:
    from protoedit.meetings import decisions
    from protoedit.meetings.decisions import DecisionInput

    pid = _protocol(db, actor)
    mid, _ = meetings.create_meeting(db, actor, MeetingInput(starts_at=dt.datetime(2026, 2, 3, 12)))
    item, _ = agenda.add_item(
        db, actor, mid, ItemInput(kind="protocol", theme="Diabète", protocol_id=pid)
    )
    did, _ = decisions.add_decision(db, actor, item, DecisionInput(text="Tester un rappel SMS"))
    cid, _ = cycles.start_from_decision(db, actor, did)
    c = queries.cycle(db, cid)
    assert (c.protocol_id, c.aim, c.decision_id) == (pid, "Tester un rappel SMS", did)
    assert queries.cycle_for_decision(db, did).id == cid
    with pytest.raises(TransitionError, match="déjà été lancé"):
        cycles.start_from_decision(db, actor, did)
    other, _ = agenda.add_item(db, actor, mid, ItemInput(theme="Organisation"))
    d2, _ = decisions.add_decision(db, actor, other, DecisionInput(text="Ranger"))
    with pytest.raises(ValidationError, match="pas rattachée"):
        cycles.start_from_decision(db, actor, d2)


def test_a_quality_review_item_keeps_its_protocol_and_its_decisions_start_cycles(db, actor) -> None:
    from protoedit.meetings import decisions
    from protoedit.meetings.decisions import DecisionInput
    from protoedit.meetings.queries import ITEM_KINDS, get_item

    pid = _protocol(db, actor)
    mid, _ = meetings.create_meeting(db, actor, MeetingInput(starts_at=dt.datetime(2026, 2, 3, 12)))
    item, _ = agenda.add_item(db, actor, mid, ItemInput(kind="quality_review", protocol_id=pid))
    assert ITEM_KINDS["quality_review"] == "Revue qualité"
    assert get_item(db, item).protocol_id == pid
    did, _ = decisions.add_decision(db, actor, item, DecisionInput(text="Tester un rappel SMS"))
    cid, _ = cycles.start_from_decision(db, actor, did)
    assert queries.cycle(db, cid).protocol_id == pid
