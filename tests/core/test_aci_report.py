"""Yearly ACI counts: calendar-year edges, held meetings only, case flags, protocols in force, CSV."""

from __future__ import annotations

import codecs
import csv
import datetime as dt

from protoedit import meetings
from protoedit.aci_report import CSV_ENCODING, aci_csv, aci_year
from protoedit.meetings import ItemInput, MeetingInput
from protoedit.ops import operation
from protoedit.store.models import Protocol, ProtocolVersion

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
        meetings.add_item(db, actor, mid, ItemInput(kind="case", flag_75=f75, flag_ald=ald))


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
    meetings.add_item(db, actor, middle, ItemInput(kind="organisation", flag_75=True))
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
    assert rows[0] == ["Indicateur ACI", "Année 2026", "Objectif"]
    assert rows[1] == ["Réunions de concertation tenues", "3", "6"]
    assert ["dont patients de 75 ans ou plus ou en ALD", "3", ""] in rows
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
    assert (aci.protocols_approved, aci.protocols_target, aci.protocols_reached) == (3, 8, False)
    assert [p.code for p in aci_year(db, 2025, today=AFTER).protocols] == ["CHUTE-01"]
    assert [p.code for p in aci_year(db, 2027, today=AFTER).protocols] == [
        "AVK-01",
        "CHUTE-01",
        "IC-01",
        "OBES-02",
    ]
    assert aci_year(db, 2027, today=AFTER).protocols[0].in_force_since == dt.datetime(2027, 2, 1)

    rows = list(csv.reader(aci_csv(aci).splitlines(), delimiter=";"))
    assert ["Protocoles en vigueur sur les thèmes de l'annexe 3", "3", "8"] in rows
    assert [
        "AVK-01",
        "Protocole AVK-01",
        "Risque iatrogénique ou équilibre thérapeutique nécessitant une intervention concertée",
        "31/12/2026",
    ] in rows
