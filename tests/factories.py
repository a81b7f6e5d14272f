"""Shared builders and look-ups for tests: a team, complete protocol content, protocols at each
stage, meetings and cooperation declarations, made through the core's operations."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from protoedit import team
from protoedit.cooperation import declarations as coop
from protoedit.meetings import meeting as meetings
from protoedit.ops import Actor, operation
from protoedit.protocols import approvals, reading
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Indicator, Reference, Step
from protoedit.protocols.reading import Acknowledged
from protoedit.store.database import Database
from protoedit.store.models import Professional, ProtocolVersion

ACTOR = Actor(None, "Test")  # who makes the changes where no `actor` fixture is at hand
PIN = "2468"
# Last names of the members `team_of` makes: the card reads "Jo Médecin", "Jo Infirmière"...
SURNAMES = {
    "medecin_generaliste": "Médecin",
    "infirmier": "Infirmière",
    "pharmacien": "Pharmacien",
}


def stored_professional(db: Database, professional_id: int) -> Professional:
    """The professional's row as stored, hash of the personal code included (checks only:
    screens get `team.ProfessionalView`, which never carries it)."""
    with db.read() as s:
        row = s.get(Professional, professional_id)
        assert row is not None, professional_id
        return row


def add_pro(
    db: Database,
    actor: Actor,
    last: str,
    profession: str = "infirmier",
    first: str = "Jo",
    pin: str = "",
    **fields: str | bool,
) -> int:
    """A team member's card; `pin`, when given, set afterwards as the member would set it."""
    values = team.ProfessionalInput(
        last_name=last,
        first_name=first,
        profession=profession,
        **fields,  # type: ignore[arg-type]
    )
    pid, _ = team.add_professional(db, actor, values)
    if pin:
        team.set_pin(db, actor, pid, pin)
    return pid


def team_of(
    db: Database, actor: Actor, *professions: str, first: str = "Jo", pin: str = PIN
) -> list[int]:
    """One member per profession, named after it ("Jo Médecin"), in that order."""
    return [add_pro(db, actor, SURNAMES[p], p, first, pin) for p in professions]


@dataclasses.dataclass
class Crew:
    """A doctor and a nurse who can sign (personal code PIN)."""

    doctor: int
    nurse: int

    @property
    def signers(self) -> list[int]:
        return [self.doctor, self.nurse]


def signing_crew(db: Database, actor: Actor, first: str = "Camille") -> Crew:
    return Crew(*team_of(db, actor, "medecin_generaliste", "infirmier", first=first))


def complete_content(
    body: str = "",
    alert: str = "Malaise : appeler le 15.",
    steps: list[Step] | None = None,
    **sections: str,
) -> Content:
    """Content complete enough to be submitted; `body` goes in the objectives, `sections` add
    to (or replace) the other sections."""
    return Content(
        sections={
            "objectives": body or "Objectifs de soins partagés",
            "inclusion": "Adultes suivis",
            "alert_signs": alert,
            **sections,
        },
        steps=steps
        or [
            Step(title="Repérer", professions=["medecin_generaliste"], what="Lister les patients"),
            Step(
                title="Suivre", professions=["infirmier"], what="Visite à domicile", alert="Fièvre"
            ),
        ],
        indicators=[Indicator(name="Patients inclus")],
        references=[Reference(citation="HAS 2024")],
    )


def draft_protocol(
    db: Database,
    actor: Actor,
    code: str,
    title: str,
    content: Content,
    group: Sequence[int] = (),
) -> tuple[int, int]:
    """A new protocol whose first draft holds `content`; (protocol id, version id)."""
    pid, vid, _ = protocols.create_protocol(db, actor, code, title)
    protocols.save_draft(db, actor, vid, content, list(group), None, 1)
    return pid, vid


def last_reading(db: Database, protocol_id: int, professional_id: int) -> Acknowledged | None:
    """When a member last acknowledged the protocol, as the reading list shows it."""
    lst = reading.reading_list(db, protocol_id)
    assert lst is not None
    return next((r.last for r in lst.readers if r.professional_id == professional_id), None)


def approve_version(
    db: Database, actor: Actor, version_id: int, signers: Sequence[int], pin: str = PIN
) -> None:
    """Submit a draft and have each signer approve it with the personal code."""
    approvals.submit(db, actor, version_id)
    for pid in signers:
        approvals.approve(db, actor, version_id, pid, pin, "")


def approved_protocol(
    db: Database, actor: Actor, code: str, title: str, content: Content, signers: Sequence[int]
) -> tuple[int, int]:
    """A protocol approved by `signers`, its working group."""
    pid, vid = draft_protocol(db, actor, code, title, content, signers)
    approve_version(db, actor, vid, signers)
    return pid, vid


def force_approved(
    db: Database, actor: Actor, version_id: int, at: dt.datetime, action: str = "test"
) -> None:
    """Version in force from `at` without the approval procedure (tested elsewhere); the
    version it replaces is superseded."""
    with operation(db, actor) as tx:
        v = tx.session.get(ProtocolVersion, version_id)
        assert v is not None, version_id
        for old in tx.session.query(ProtocolVersion).filter_by(
            protocol_id=v.protocol_id, status="approved"
        ):
            old.status = "superseded"
        v.status, v.approved_at = "approved", at
        tx.record(action, "protocol_version", v)


def new_meeting(db: Database, actor: Actor, starts_at: dt.datetime, **fields: str | int) -> int:
    mid, _ = meetings.create_meeting(
        db,
        actor,
        meetings.MeetingInput(starts_at=starts_at, **fields),  # type: ignore[arg-type]
    )
    return mid


def new_declaration(
    db: Database,
    actor: Actor,
    referent_id: int,
    start: dt.date = dt.date(2025, 3, 1),
    code: str = "PC-LOMBALGIE",
) -> int:
    """A cooperation declaration for the catalogue protocol `code`, a draft."""
    values = coop.new_declaration_input(db)
    values.protocol_code, values.start_date, values.referent_id = code, start, referent_id
    did, _ = coop.create_declaration(db, actor, values)
    return did
