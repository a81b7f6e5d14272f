"""Yearly ACI counts: calendar-year edges, held meetings only, case flags, protocols in force, CSV."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from protoedit.errors import ValidationError
from protoedit.meetings import agenda
from protoedit.meetings import meeting as meetings
from protoedit.meetings.aci_contract import figures_for, get_denominator, set_denominator
from protoedit.meetings.aci_report import CSV_ENCODING, aci_csv, aci_year, criteria_rows
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.meeting import MeetingInput
from protoedit.ops import operation
from protoedit.store.models import AuditEvent, Protocol, ProtocolVersion

AFTER = dt.date(2028, 1, 1)  # "today" for these counts: every meeting below has taken place


def meeting(
    db, actor, when: dt.datetime, status: str = "held", kind: str = "rcp", title: str = ""
) -> int:
    mid, _ = meetings.create_meeting(
        db, actor, MeetingInput(starts_at=when, kind=kind, title=title)
    )
    if status in ("held", "closed"):
        meetings.mark_held(db, actor, mid, today=AFTER)
    if status == "closed":
        meetings.close_meeting(db, actor, mid, today=AFTER)
    return mid


def cases(db, actor, mid: int, *flags: tuple[bool, bool]) -> None:
    for f75, ald in flags:
        agenda.add_item(db, actor, mid, ItemInput(kind="case", flag_75=f75, flag_ald=ald))


def protocol(db, actor, code: str, theme: str, *versions: tuple[str, dt.datetime | None]) -> None:
    with operation(db, actor) as tx:
        proto = Protocol(code=code, title=f"Protocole {code}", aci_theme=theme)
        for number, (status, approved_at) in enumerate(versions, start=1):
            proto.versions.append(
                ProtocolVersion(number=number, status=status, approved_at=approved_at)
            )
        tx.session.add(proto)
        tx.record("create", "protocol", proto)


def test_meetings_and_cases_of_a_calendar_year(db, actor) -> None:
    first = meeting(db, actor, dt.datetime(2026, 1, 1, 0, 0), title='=HYPERLINK("x")')
    last = meeting(
        db, actor, dt.datetime(2026, 12, 31, 23, 59), status="closed", title="RCP de décembre"
    )
    middle = meeting(db, actor, dt.datetime(2026, 6, 4, 12, 30))
    # counted: all of them held or closed, kind rcp, within [Jan 1 2026, Jan 1 2027)
    cases(db, actor, first, (True, False), (False, True))
    cases(db, actor, middle, (True, True), (False, False))
    agenda.add_item(db, actor, middle, ItemInput(kind="organisation", flag_75=True))
    # not counted
    next_year = meeting(db, actor, dt.datetime(2027, 1, 1, 0, 0))
    meeting(db, actor, dt.datetime(2025, 12, 31, 23, 59))
    planned = meeting(db, actor, dt.datetime(2026, 6, 11, 12, 30), status="planned")
    meeting(db, actor, dt.datetime(2026, 6, 18, 12, 30), kind="organisation")
    cases(db, actor, next_year, (True, True))
    cases(db, actor, planned, (True, True))

    aci = aci_year(db, 2026, today=AFTER)
    assert [m.id for m in aci.meetings] == [first, middle, last]
    assert [m.cases for m in aci.meetings] == [2, 2, 0]
    assert (aci.meetings_held, aci.meetings_target, aci.meetings_reached) == (3, 6, False)
    assert (aci.cases, aci.cases_75, aci.cases_ald, aci.cases_75_or_ald) == (4, 2, 2, 3)
    assert aci_year(db, 2027, today=AFTER).meetings_held == 1
    assert aci_year(db, 2025, today=AFTER).cases == 0

    for day in range(5):
        meeting(db, actor, dt.datetime(2026, 9, 1 + day, 12, 30))
    assert aci_year(db, 2026, today=AFTER).meetings_reached

    text = aci_csv(aci)
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0] == [
        "Critère du contrat ACI",
        "Année 2026",
        "Résultat",
        "Points",
        "Euros",
        "Ce qui manque",
    ]
    assert rows[1] == [
        "Au moins 6 réunions de concertation par an",
        "3 réunions tenues",
        "non atteint",
        "",
        "",
        "3 réunions de plus",
    ]
    assert ["dont patients de 75 ans ou plus ou en ALD", "3"] in rows
    assert ["01/01/2026 00:00", '\'=HYPERLINK("x")', "2"] in rows  # never a live formula
    assert ["31/12/2026 23:59", "RCP de décembre", "0"] in rows
    assert "\r\n" in text
    assert text.encode(CSV_ENCODING).startswith(codecs.BOM_UTF8)


def test_protocols_in_force_on_annex_3_themes(db, actor) -> None:
    protocol(db, actor, "CHUTE-01", "aci4", ("approved", dt.datetime(2025, 6, 1)))
    protocol(
        db,
        actor,
        "AVK-01",
        "aci3",
        ("superseded", dt.datetime(2026, 12, 31, 23, 59)),
        ("approved", dt.datetime(2027, 2, 1)),
    )
    protocol(db, actor, "LOCAL-01", "", ("approved", dt.datetime(2026, 3, 1)))  # no ACI theme
    protocol(db, actor, "IC-01", "aci1", ("approved", dt.datetime(2027, 1, 1, 0, 0)))  # next year
    protocol(db, actor, "LOMB-01", "aci2", ("archived", dt.datetime(2026, 3, 1)))  # withdrawn
    protocol(db, actor, "OBES-01", "aci5", ("draft", None))  # never approved
    protocol(db, actor, "OBES-02", "aci5", ("approved", dt.datetime(2026, 2, 1)), ("draft", None))

    aci = aci_year(db, 2026, today=AFTER)
    assert [(p.code, p.in_force_since) for p in aci.protocols] == [
        ("AVK-01", dt.datetime(2026, 12, 31, 23, 59)),
        ("CHUTE-01", dt.datetime(2025, 6, 1)),
        ("OBES-02", dt.datetime(2026, 2, 1)),
    ]
    assert (aci.protocols_approved, aci.protocols_counted, aci.protocols_points) == (3, 3, 300)
    assert [p.code for p in aci_year(db, 2025, today=AFTER).protocols] == ["CHUTE-01"]
    assert [p.code for p in aci_year(db, 2027, today=AFTER).protocols] == [
        "AVK-01",
        "CHUTE-01",
        "IC-01",
        "OBES-02",
    ]
    assert aci_year(db, 2027, today=AFTER).protocols[0].in_force_since == dt.datetime(2027, 2, 1)

    rows = list(csv.reader(aci_csv(aci).splitlines(), delimiter=";"))
    assert [r[1:] for r in rows if r and r[0].startswith("Protocoles pluriprofessionnels")] == [
        [
            "3 protocoles en vigueur",
            "à vérifier",
            "300 points",
            "2\u202f100\u00a0€",
            "jusqu'à 5 de plus rapporteraient 500 points (3\u202f500\u00a0€)",
        ]
    ]
    assert [
        "AVK-01",
        "Protocole AVK-01",
        "Risque iatrogénique ou équilibre thérapeutique nécessitant une intervention concertée",
        "31/12/2026",
    ] in rows


def test_criteria_earn_points_and_euros_from_the_dated_figures(db, actor) -> None:
    figures = figures_for(2026)
    assert (
        figures.euro_per_point,
        figures.protocols.points_per_protocol,
        figures.protocols.max_protocols,
        figures.concertation.points,
    ) == (Decimal(7), 100, 8, 1000)
    assert figures.valid_from <= dt.date(2026, 12, 31) and figures.source
    for n in range(10):  # ten protocols: only eight earn points, the maximum is not a target
        protocol(db, actor, f"P-{n:02}", "aci4", ("approved", dt.datetime(2026, 2, 1)))
    aci = aci_year(db, 2026)
    assert (aci.protocols_approved, aci.protocols_counted, aci.protocols_points) == (10, 8, 800)
    rows = {r.code: r for r in criteria_rows(aci)}
    assert rows["protocols"].result == "10 protocoles en vigueur, 8 comptent"
    assert (rows["protocols"].points, rows["protocols"].euros) == (
        "800 points",
        "5\u202f600\u00a0€",
    )
    assert rows["protocols"].missing == "" and rows["protocols"].reached is True
    assert rows["protocols"].label == (
        "Protocoles pluriprofessionnels sur les thèmes de l'annexe 3 : 100 points par protocole, "
        "8 protocoles au plus"
    )
    assert rows["concertation"].points == "0 sur 1\u202f000 points"
    assert rows["total"].points == "800 points" and rows["total"].euros == "5\u202f600\u00a0€"


def held_year(db, actor, n_meetings: int, flags: list[tuple[bool, bool]]) -> None:
    ids = [meeting(db, actor, dt.datetime(2026, 1 + n, 5, 12, 30)) for n in range(n_meetings)]
    cases(db, actor, ids[0], *flags)


def test_five_percent_rule_without_denominator_says_what_to_enter(db, actor) -> None:
    held_year(db, actor, 6, [(True, False)] * 3)
    aci = aci_year(db, 2026)
    assert aci.denominator is None and aci.cases_needed is None and aci.cases_share_reached is None
    rows = {r.code: r for r in criteria_rows(aci)}
    assert rows["meetings"].reached is True and rows["meetings"].missing == ""
    assert rows["cases_share"].reached is None
    assert rows["cases_share"].missing == (
        "Saisir le nombre de patients de 75 ans ou plus ou en ALD de 2026"
    )
    assert rows["concertation"].reached is None and rows["concertation"].result == "à vérifier"
    assert rows["concertation"].points == "0 sur 1\u202f000 points"


def test_five_percent_rule_not_reached_then_reached(db, actor) -> None:
    held_year(db, actor, 6, [(True, False)] * 12 + [(False, True)] * 8 + [(False, False)] * 4)
    changes = set_denominator(db, actor, 2026, 410)  # 5 % of 410 = 20.5 -> 21 cases
    assert changes.touches("aci_denominator")
    aci = aci_year(db, 2026)
    assert (aci.denominator.patients, aci.denominator.by) == (410, actor.name)
    assert (aci.cases_75_or_ald, aci.cases_needed, aci.cases_share_reached) == (20, 21, False)
    rows = {r.code: r for r in criteria_rows(aci)}
    assert rows["cases_share"].result == (
        "20 cas de patients de 75 ans ou plus ou en ALD sur 410 patients : 4,9 % (il en faut 21)"
    )
    assert rows["cases_share"].missing == "1 cas de plus"
    assert rows["concertation"].reached is False and rows["concertation"].missing == "1 cas de plus"
    assert aci.concertation_points == 0

    set_denominator(db, actor, 2026, 400)  # corrected: 5 % of 400 = 20
    aci = aci_year(db, 2026)
    assert (aci.cases_needed, aci.cases_share_reached, aci.concertation_reached) == (20, True, True)
    rows = {r.code: r for r in criteria_rows(aci)}
    assert rows["concertation"].points == "1\u202f000 sur 1\u202f000 points"
    assert rows["concertation"].euros == "7\u202f000\u00a0€ sur 7\u202f000\u00a0€"
    assert rows["total"].euros == "7\u202f000\u00a0€"
    assert aci_year(db, 2027).denominator is None  # one figure per year
    with db.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "aci_denominator")).all()
    assert [e.detail["patients"] for e in events] == [410, 400]
    assert events[1].detail["before"] == 410


def test_five_percent_rule_reached_but_too_few_meetings(db, actor) -> None:
    held_year(db, actor, 4, [(True, True)] * 5)
    set_denominator(db, actor, 2026, 100)
    rows = {r.code: r for r in criteria_rows(aci_year(db, 2026))}
    assert rows["cases_share"].reached is True and rows["cases_share"].missing == ""
    assert rows["concertation"].reached is False
    assert rows["concertation"].missing == "2 réunions de plus"


@pytest.mark.parametrize("patients", [0, -3, 1_000_001])
def test_denominator_out_of_range_is_refused(db, actor, patients) -> None:
    with pytest.raises(ValidationError) as err:
        set_denominator(db, actor, 2026, patients)
    assert "va de 1 à" in err.value.message("fr")
    assert get_denominator(db, 2026) is None
