"""Meeting invitations (issue 14.8): the .ics event parses back, the mailto: URL is complete."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit

from icalendar import Calendar

from protoedit import team
from protoedit.meetings import agenda, attendance, invitation
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.invitation import (
    MAILTO_MAX,
    ics_bytes,
    invitation_data,
    invitation_mailto,
    mailto_url,
)
from protoedit.meetings.meeting import MeetingInput

WHEN = dt.datetime(2026, 4, 9, 12, 30)


def pro(db, actor, last: str, first: str, email: str = "", partner: bool = False) -> int:
    return team.add_professional(
        db,
        actor,
        team.ProfessionalInput(
            last_name=last, first_name=first, profession="infirmier", email=email, partner=partner
        ),
    )[0]


def setup_meeting(db, actor) -> tuple[int, int]:
    team.save_structure(db, actor, team.StructureInput(name="MSP des Écrins", kind="MSP"))
    me = pro(db, actor, "Martin", "Élise", "elise.martin@msp-ecrins.fr")
    pro(db, actor, "Benoît", "Aïcha", "aicha.benoit@msp-ecrins.fr")
    pro(db, actor, "Sans", "Adresse")
    pro(db, actor, "Rossi", "Léa", "lea.rossi+rcp@cabinet.fr", partner=True)
    mid, _ = meetings.create_meeting(
        db, actor, MeetingInput(starts_at=WHEN, title="RCP d'avril", place="Salle 2")
    )
    attendance.invite_everyone(db, actor, mid)
    attendance.invite_partner(db, actor, mid, "SSIAD du canton", "infirmier")
    agenda.add_item(
        db,
        actor,
        mid,
        ItemInput(
            theme="Plaie chronique", patient_pseudonym="Jeanne Dupont", requester="Aïcha Benoît"
        ),
    )
    agenda.add_item(
        db,
        actor,
        mid,
        ItemInput(
            theme="Polymédication",
            patient_pseudonym="Marcel Lagarde",
            consent="yes",
            slot_minutes=30,
        ),
    )
    return mid, me


def test_ics_parses_back_with_start_end_and_attendees(db, actor) -> None:
    mid, me = setup_meeting(db, actor)
    inv = invitation_data(db, mid, organizer_id=me, lang="fr")
    assert inv.unreachable == ["Adresse Sans", "SSIAD du canton"]
    cal = Calendar.from_ical(ics_bytes(inv, now=dt.datetime(2026, 4, 1, tzinfo=dt.UTC)))
    assert str(cal["method"]) == "REQUEST"
    event = cal.walk("VEVENT")[0]
    assert event.decoded("dtstart") == WHEN.astimezone(dt.UTC)
    assert event.decoded("dtend") == (WHEN + dt.timedelta(minutes=45)).astimezone(dt.UTC)
    assert str(event["summary"]) == "RCP d'avril" and str(event["location"]) == "Salle 2"
    attendees = event["attendee"]
    assert sorted(str(a) for a in attendees) == sorted(
        [
            "mailto:elise.martin@msp-ecrins.fr",
            "mailto:aicha.benoit@msp-ecrins.fr",
            "mailto:lea.rossi+rcp@cabinet.fr",
        ]
    )
    assert {str(a.params["CN"]) for a in attendees} >= {"Aïcha Benoît", "Léa Rossi"}
    assert str(event["organizer"]) == "mailto:elise.martin@msp-ecrins.fr"
    description = str(event["description"])
    assert "12:30 – 12:45  Situation de patient : Plaie chronique (J. D.)" in description
    assert "Lagarde" not in description and "Dupont" not in description  # e-mail: initials
    again = Calendar.from_ical(ics_bytes(invitation_data(db, mid, None, "fr"))).walk("VEVENT")[0]
    assert str(again["uid"]) == str(event["uid"])  # sending again updates the same event
    assert (
        str(Calendar.from_ical(ics_bytes(invitation_data(db, mid, None, "fr")))["method"])
        == "PUBLISH"
    )  # without the organizer's address


def test_mailto_has_addresses_subject_and_body(db, actor) -> None:
    mid, me = setup_meeting(db, actor)
    url = invitation_mailto(invitation_data(db, mid, me, "fr"))
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path).split(",") == [  # team by name, then partners
        "aicha.benoit@msp-ecrins.fr",
        "elise.martin@msp-ecrins.fr",
        "lea.rossi+rcp@cabinet.fr",
    ]
    query = parse_qs(parts.query)
    assert query["subject"] == ["Ordre du jour : RCP d'avril, 09/04/2026 12:30"]
    body = query["body"][0]
    assert "\r\n" in body and "Date : 09/04/2026, 12:30 – 13:15" in body
    assert "demandé par Aïcha Benoît" in body and "Polymédication (M. L.)" in body
    assert body.endswith("sont joints à ce message.")
    assert len(url) <= MAILTO_MAX


def test_long_mailto_is_cut_with_an_ellipsis_and_keeps_the_footer() -> None:
    body = "\n".join(
        f"12:{n:02d} Point numéro {n} : un thème assez long à lire" for n in range(200)
    )
    url = mailto_url(["a@b.fr"], "Sujet", body, footer="Tout est joint.", limit=1000)
    assert len(url) <= 1000
    text = parse_qs(urlsplit(url).query)["body"][0]
    assert text.endswith("…\r\n\r\nTout est joint.")
    assert "Point numéro 0 " in text and "Point numéro 199" not in text
    assert mailto_url(["a@b.fr"], "S", "court", limit=1000).endswith("body=court")
    assert invitation.ELLIPSIS not in mailto_url(["a@b.fr"], "S", "court")
