"""Personal codes: set, change (current code required), reset by the coordinator (audited)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from protoedit import team
from protoedit.errors import FieldErrors, ValidationError
from protoedit.ops import Actor
from protoedit.store.models import AuditEvent
from tests.factories import stored_professional

ALICE = Actor(None, "Alice")


def add(db, last: str, profession: str, **kw) -> int:
    pid, _ = team.add_professional(
        db,
        ALICE,
        team.ProfessionalInput(last_name=last, first_name="Jo", profession=profession, **kw),
    )
    return pid


def pro(db, pid: int):
    return stored_professional(db, pid)


def events(db, action: str) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


@pytest.mark.parametrize("bad", ["", "123", "1234567890123", "12a4", "12 34", "١٢٣٤"])
def test_code_rule_is_4_to_12_plain_digits(db, bad: str) -> None:
    pid = add(db, "Durand", "medecin_generaliste")
    with pytest.raises(ValidationError) as err:
        team.set_pin(db, ALICE, pid, bad)
    assert err.value.field == "pin" and "4 à 12 chiffres" in err.value.message("fr")
    assert pro(db, pid).pin_hash == ""
    assert team.pin_problem("1234") is None and team.pin_problem("123456789012") is None


@pytest.mark.real_codes
def test_set_stores_only_an_argon2_hash_never_the_code(db, caplog) -> None:
    pid = add(db, "Durand", "medecin_generaliste")
    with caplog.at_level(logging.DEBUG):
        team.set_pin(db, ALICE, pid, "482915")
    stored = pro(db, pid).pin_hash
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$") and "482915" not in stored
    assert team.pin_matches(pro(db, pid), "482915")
    assert not team.pin_matches(pro(db, pid), "482916")
    (ev,) = events(db, "set_pin")
    assert "482915" not in str(ev.detail) and ev.entity_id == pid
    assert "482915" not in caplog.text


def test_set_refuses_to_overwrite_an_existing_code(db) -> None:
    pid = add(db, "Durand", "medecin_generaliste")
    team.set_pin(db, ALICE, pid, "1357")
    with pytest.raises(ValidationError) as err:
        team.set_pin(db, ALICE, pid, "2468")
    assert err.value.field == "current_pin" and "code actuel" in err.value.message("fr")
    assert team.pin_matches(pro(db, pid), "1357")


def test_change_needs_the_current_code(db) -> None:
    pid = add(db, "Durand", "medecin_generaliste")
    team.set_pin(db, ALICE, pid, "1357")
    with pytest.raises(ValidationError) as err:
        team.change_pin(db, ALICE, pid, "9999", "2468")
    assert err.value.field == "current_pin" and "incorrect" in err.value.message("fr")
    assert team.pin_matches(pro(db, pid), "1357") and events(db, "change_pin") == []
    with pytest.raises(ValidationError) as err:
        team.change_pin(db, ALICE, pid, "1357", "12")
    assert err.value.field == "new_pin"
    with pytest.raises(ValidationError, match="identique"):
        team.change_pin(db, ALICE, pid, "1357", "1357")
    team.change_pin(db, ALICE, pid, "1357", "2468")
    assert team.pin_matches(pro(db, pid), "2468") and not team.pin_matches(pro(db, pid), "1357")
    (ev,) = events(db, "change_pin")
    assert "2468" not in str(ev.detail) and "1357" not in str(ev.detail)


def test_change_without_a_code_says_to_set_one(db) -> None:
    pid = add(db, "Durand", "medecin_generaliste")
    with pytest.raises(ValidationError, match="pas encore de code"):
        team.change_pin(db, ALICE, pid, "", "2468")


def test_card_created_with_its_code_in_one_operation(db) -> None:
    pid, _ = team.add_professional(
        db,
        ALICE,
        team.ProfessionalInput(last_name="Martin", first_name="Élise", profession="infirmier"),
        pin="975310",
    )
    assert team.pin_matches(pro(db, pid), "975310")
    assert [e.entity_id for e in events(db, "set_pin")] == [pid]
    with pytest.raises(FieldErrors) as err:
        team.add_professional(
            db, ALICE, team.ProfessionalInput(last_name="Roux", profession="infirmier"), pin="12"
        )
    assert set(err.value.problems) == {"pin"}
    assert [p.last_name for p in team.list_professionals(db)] == ["Martin"]


def test_coordinator_resets_a_code_audited_under_her_name(db) -> None:
    coord = add(db, "Blanc", "coordinateur")
    doctor = add(db, "Durand", "medecin_generaliste")
    nurse = add(db, "Roux", "infirmier")
    team.set_pin(db, ALICE, doctor, "1357")
    nurse_actor = Actor(nurse, "Jo Roux")
    with pytest.raises(ValidationError, match="coordinateur"):
        team.reset_pin(db, nurse_actor, doctor)
    assert team.pin_matches(pro(db, doctor), "1357")
    assert [p.id for p in team.pin_resetters(db, doctor)] == [coord]
    team.reset_pin(db, Actor(coord, "Jo Blanc"), doctor)
    assert pro(db, doctor).pin_hash == ""
    (ev,) = events(db, "reset_pin")
    assert (ev.actor_id, ev.actor_name, ev.entity_id) == (coord, "Jo Blanc", doctor)
    # The owner sets a new one without the forgotten code.
    team.set_pin(db, Actor(doctor, "Jo Durand"), doctor, "8642")
    assert team.pin_matches(pro(db, doctor), "8642")


def test_without_a_coordinator_any_other_active_member_may_reset(db) -> None:
    doctor = add(db, "Durand", "medecin_generaliste")
    nurse = add(db, "Roux", "infirmier")
    partner = add(db, "Spé", "medecin_specialiste", partner=True)
    coord = add(db, "Blanc", "coordinateur")
    team.set_pin(db, ALICE, coord, "1357")
    # The only coordinator's own code: the other active members (never a partner) may reset it.
    assert {p.id for p in team.pin_resetters(db, coord)} == {doctor, nurse}
    with pytest.raises(ValidationError, match="autre membre actif"):
        team.reset_pin(db, Actor(partner, "Jo Spé"), coord)
    with pytest.raises(ValidationError, match="autre membre actif"):
        team.reset_pin(db, Actor(coord, "Jo Blanc"), coord)
    with pytest.raises(ValidationError, match="autre membre actif"):
        team.reset_pin(db, ALICE, coord)  # an actor with no card
    team.reset_pin(db, Actor(nurse, "Jo Roux"), coord)
    assert pro(db, coord).pin_hash == ""
    with pytest.raises(ValidationError, match="pas de code personnel"):
        team.reset_pin(db, Actor(nurse, "Jo Roux"), coord)
