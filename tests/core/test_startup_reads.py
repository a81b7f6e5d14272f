"""The reads done before the first paint use Core table clauses; they must match the models."""

from __future__ import annotations

import pytest

from protoedit import library, team
from protoedit.actors import find_actor
from protoedit.meetings import meeting as meetings
from protoedit.ops import Actor
from protoedit.store import tables
from protoedit.store.models import Base

ACTOR = Actor(None, "test")


@pytest.mark.parametrize("clause", tables.ALL, ids=lambda t: t.name)
def test_every_start_up_column_exists_in_the_models_with_its_type(clause) -> None:
    model = Base.metadata.tables[clause.name]
    for col in clause.columns:
        assert col.name in model.columns, f"{clause.name}.{col.name} is not in the models"
        assert col.type._type_affinity is model.columns[col.name].type._type_affinity, col.name


def test_find_actor_reads_the_name_and_tells_a_missing_member(db) -> None:
    pro_id, _ = team.add_professional(
        db,
        ACTOR,
        team.ProfessionalInput(first_name="Léa", last_name="Dubœuf", profession="infirmier"),
    )
    assert find_actor(db, pro_id) == Actor(pro_id, "Léa Dubœuf")
    assert find_actor(db, pro_id + 1000) is None


def test_library_lists_meetings_newest_first_with_their_dates(db) -> None:
    import datetime as dt

    for day in (3, 17, 9):
        meetings.create_meeting(
            db,
            ACTOR,
            meetings.MeetingInput(starts_at=dt.datetime(2026, 11, day, 12, 30), title=f"RCP {day}"),
        )
    rows = library.list_documents(db, "meeting")
    assert [(r.code, r.title) for r in rows] == [
        ("2026-11-17", "RCP 17"),
        ("2026-11-09", "RCP 9"),
        ("2026-11-03", "RCP 3"),
    ]


def test_library_titles_declarations_by_their_protocol_not_their_code_twice(db) -> None:
    """Issue 14 #13: the library showed "PC-ODYNOPHAGIE" as code and title."""
    from protoedit.cooperation import declarations as coop

    coop.add_team_protocol(
        db,
        ACTOR,
        coop.TeamProtocolInput(
            "LOC-PLAIE",
            "Plaies simples",
            "local",
            [
                {
                    "valid_from": "2024-01-01",
                    "delegant_professions": ["medecin_generaliste"],
                    "delegue_professions": ["infirmier"],
                    "training_hours": 2,
                }
            ],
        ),
    )
    for code in ("PC-ODYNOPHAGIE", "LOC-PLAIE"):
        coop.create_declaration(db, ACTOR, coop.DeclarationInput(protocol_code=code))
    rows = library.list_documents(db, "cooperation")
    assert [(r.code, r.title) for r in rows] == [
        ("PC-ODYNOPHAGIE", "Odynophagie (douleur de gorge à la déglutition)"),
        ("LOC-PLAIE", "Plaies simples"),
    ]
