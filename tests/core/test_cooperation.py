"""Cooperation declarations: checks, identifiers, team changes, roster history, tallies, report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from protoedit import team
from protoedit.cooperation import declarations as coop
from protoedit.cooperation import figures as coop_figures
from protoedit.cooperation.declarations import (
    DeclarationInput,
    MemberInput,
    TallyInput,
    TeamProtocolInput,
)
from protoedit.errors import ConflictError, FieldErrors, TransitionError, ValidationError
from protoedit.store.models import AuditEvent, DeclarationMember, TeamChange
from tests.factories import add_pro
from tests.helpers import finess, rpps, siret

D = dt.date
START = D(2025, 3, 1)


@pytest.fixture
def people(db, actor) -> dict[str, int]:
    team.save_structure(
        db,
        actor,
        team.StructureInput(
            name="MSP des Écrins",
            finess=finess(3),
            siret=siret(4),
            legal_rep_name="Dr Aïcha Benoît",
            legal_rep_contact="aicha@msp.fr",
        ),
    )
    return {
        "gp": add_pro(
            db,
            actor,
            "Lefèvre",
            "medecin_generaliste",
            "Hélène",
            rpps=rpps(1),
            email="helene@msp.fr",
        ),
        "kine1": add_pro(db, actor, "Müller", "masseur_kinesitherapeute", "Jérôme", rpps=rpps(2)),
        "kine2": add_pro(
            db, actor, "Crœux", "masseur_kinesitherapeute", "Anaïs", adeli="751234567"
        ),
        "ide": add_pro(db, actor, "Petit", "infirmier", "Zoé", rpps=rpps(4)),
    }


def lombalgie(db, actor, people, **kw) -> int:
    values = coop.new_declaration_input(db)
    values.protocol_code = "PC-LOMBALGIE"
    values.start_date = START
    values.referent_id = people["gp"]
    for k, v in kw.items():
        setattr(values, k, v)
    did, _ = coop.create_declaration(db, actor, values)
    return did


def delegant(pid: int) -> MemberInput:
    return MemberInput(pid, "delegant", engagement_date=D(2025, 2, 1))


TRAINED = D(2025, 1, 15)


def delegue(pid: int, hours: float | None = 10, trained: dt.date | None = TRAINED) -> MemberInput:
    return MemberInput(
        pid, "delegue", engagement_date=D(2025, 2, 1), training_date=trained, training_hours=hours
    )


def full_team(db, actor, people) -> int:
    did = lombalgie(db, actor, people)
    coop.add_member(db, actor, did, delegant(people["gp"]))
    coop.add_member(db, actor, did, delegue(people["kine1"]))
    coop.add_member(db, actor, did, delegue(people["kine2"]))
    return did


# ---------------------------------------------------------------- catalogue


def test_team_protocol_is_validated_and_listed_with_the_national_ones(db, actor) -> None:
    rule = coop.list_protocols(db)[0].entry.rules[0].to_dict()
    bad = dict(rule, age_min=50, age_max=10)
    with pytest.raises(ValidationError) as info:
        coop.add_team_protocol(db, actor, TeamProtocolInput("PL-PLAIES", "Plaies", "local", [bad]))
    assert "âge minimum" in info.value.message()
    with pytest.raises(FieldErrors):
        coop.add_team_protocol(
            db, actor, TeamProtocolInput("PC-LOMBALGIE", "Double", "local", [rule])
        )
    pid, changes = coop.add_team_protocol(
        db, actor, TeamProtocolInput("pl plaies", "Plaies simples", "local", [rule])
    )
    assert changes.touches("coop_protocol")
    rows = coop.list_protocols(db)
    assert [r.code for r in rows][:6] == [
        "PC-CYSTITE",
        "PC-ODYNOPHAGIE",
        "PC-RHINITE",
        "PC-VARICELLE",
        "PC-CHEVILLE",
        "PC-LOMBALGIE",
    ]
    mine = rows[-1]
    assert (mine.code, mine.team_id, mine.origin) == ("PL-PLAIES", pid, "local")
    with pytest.raises(ConflictError):
        coop.update_team_protocol(
            db,
            actor,
            pid,
            TeamProtocolInput("PL-PLAIES", "Plaies", "local", [rule]),
            expected_revision=mine.revision + 1,
        )


# ---------------------------------------------------------------- declaration checks


def test_profession_refused_when_added_naming_the_allowed_ones(db, actor, people) -> None:
    """Issue 14 #11: refused at the moment it is added, not later in the checks panel."""
    did = lombalgie(db, actor, people)
    coop.add_member(db, actor, did, delegant(people["gp"]))
    with pytest.raises(FieldErrors) as refused:
        coop.add_member(db, actor, did, delegue(people["ide"]))  # a nurse: not in this protocol
    assert refused.value.problems["role"] == (
        "Infirmier(ère) (IDE) ne peut pas être délégué dans ce protocole (professions "
        "autorisées comme délégué : Masseur-kinésithérapeute)."
    )
    assert [m.role for m in coop.get_declaration(db, did).members] == ["delegant"]
    with pytest.raises(FieldErrors, match="ne peut pas être délégant"):
        coop.add_member(db, actor, did, delegant(people["kine1"]))


def test_profession_checked_again_when_the_protocol_changes(db, actor, people) -> None:
    odyno = lombalgie(db, actor, people, protocol_code="PC-ODYNOPHAGIE")
    coop.add_member(db, actor, odyno, delegant(people["gp"]))
    coop.add_member(db, actor, odyno, delegue(people["ide"]))
    values = DeclarationInput.of(coop.get_declaration(db, odyno))
    values.protocol_code = "PC-LOMBALGIE"
    coop.update_declaration(db, actor, odyno, values)
    assert any(
        "Zoé Petit" in p and "ne peut pas être délégué" in p for p in coop.problems(db, odyno)
    )


def test_unknown_training_hours_block_until_the_team_fills_them(db, actor, people) -> None:
    """Issue 14 #10: the 2023 odynophagia version has no hours: never a pass."""
    did = lombalgie(db, actor, people, protocol_code="PC-ODYNOPHAGIE", start_date=D(2024, 1, 8))
    coop.add_member(db, actor, did, delegant(people["gp"]))
    coop.add_member(db, actor, did, delegue(people["ide"], hours=7))
    found = coop.problems(db, did)
    assert found and found[0].startswith(
        "Durée de formation requise à renseigner dans le catalogue"
    ), found
    with pytest.raises(ValidationError):
        coop.mark_declared(db, actor, did, D(2024, 1, 10))
    with pytest.raises(ValidationError):
        coop_figures.set_training_hours(db, actor, "PC-ODYNOPHAGIE", D(2023, 3, 9), 0)
    with pytest.raises(ValidationError, match="indique déjà"):
        coop_figures.set_training_hours(db, actor, "PC-ODYNOPHAGIE", D(2020, 3, 6), 4)
    coop_figures.set_training_hours(
        db, actor, "PC-ODYNOPHAGIE", D(2023, 3, 9), 10, on=D(2024, 1, 9)
    )
    rule = coop.find_protocol(db, "PC-ODYNOPHAGIE").entry.rule_on(D(2024, 1, 8))
    assert rule.training_hours == 10
    source = rule.team_figure("training_hours")
    assert (source.on, source.by) == (D(2024, 1, 9), actor.name)
    found = coop.problems(db, did)
    assert len(found) == 1 and "Formation insuffisante : 7" in found[0], found
    coop_figures.set_training_hours(db, actor, "PC-ODYNOPHAGIE", D(2023, 3, 9), 7)
    assert coop.problems(db, did) == []
    with db.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "complete")).all()
    assert len(events) == 2
    # the figure is the team's record: not a protocol of its own, never exported as one
    assert [p.code for p in coop.list_protocols(db)].count("PC-ODYNOPHAGIE") == 1


def test_team_protocol_training_hours_filled_in_place(db, actor, people) -> None:
    rule = {
        "valid_from": "2024-01-01",
        "delegant_professions": ["medecin_generaliste"],
        "delegue_professions": ["infirmier"],
        "training_hours": None,
    }
    coop.add_team_protocol(db, actor, TeamProtocolInput("LOC-PLAIE", "Plaies", "local", [rule]))
    coop_figures.set_training_hours(db, actor, "LOC-PLAIE", D(2024, 1, 1), 3.5)
    assert coop.find_protocol(db, "LOC-PLAIE").entry.rules[0].training_hours == 3.5


def test_missing_training_blocks_ready_to_declare_but_not_saving(db, actor, people) -> None:
    did = lombalgie(db, actor, people)
    coop.add_member(db, actor, did, delegant(people["gp"]))
    coop.add_member(db, actor, did, delegue(people["kine1"]))
    mid, _ = coop.add_member(db, actor, did, delegue(people["kine2"], hours=None, trained=None))
    found = coop.problems(db, did)
    assert any("Anaïs Crœux" in p and "formation" in p for p in found)
    with pytest.raises(ValidationError):
        coop.mark_declared(db, actor, did, D(2025, 2, 20))
    assert coop.get_declaration(db, did).status == "draft"
    coop.update_member(db, actor, mid, delegue(people["kine2"], hours=6))
    assert any("Formation insuffisante" in p for p in coop.problems(db, did))
    member = next(m for m in coop.get_declaration(db, did).members if m.id == mid)
    coop.update_member(db, actor, mid, delegue(people["kine2"]), member.revision)
    assert coop.problems(db, did) == []
    changes = coop.mark_declared(db, actor, did, D(2025, 2, 20))
    assert changes.touches("declaration")
    assert coop.get_declaration(db, did).status == "declared"


def test_identifiers_of_members_and_structure_are_validated(db, actor, people) -> None:
    did = full_team(db, actor, people)
    assert coop.problems(db, did) == []
    nobody = add_pro(db, actor, "Sansnuméro", "masseur_kinesitherapeute", "Léa")
    coop.add_member(db, actor, did, delegue(nobody))
    assert any(
        "Léa Sansnuméro" in p and "RPPS ou ADELI manquant" in p for p in coop.problems(db, did)
    )
    # a structure record written with a broken FINESS (e.g. by an older version)
    with db.write_session() as s, s.begin():
        from protoedit.store.models import Structure

        st = s.scalars(select(Structure)).one()
        st.finess = "750000000"
    assert any(p.startswith("Structure") and "FINESS" in p for p in coop.problems(db, did))


def test_referent_and_legal_representative_are_required(db, actor, people) -> None:
    did = lombalgie(db, actor, people, referent_id=None, legal_rep_name="", legal_rep_contact="")
    found = coop.problems(db, did)
    assert any("Référent déclarant manquant" in p for p in found)
    assert any("Représentant légal" in p for p in found)
    assert any("Aucun délégant" in p for p in found)
    with pytest.raises(FieldErrors):
        coop.create_declaration(db, actor, DeclarationInput(protocol_code="PC-INCONNU"))


def test_new_declaration_is_prefilled_from_the_structure(db, actor, people) -> None:
    values = coop.new_declaration_input(db)
    assert (values.legal_rep_name, values.legal_rep_contact) == ("Dr Aïcha Benoît", "aicha@msp.fr")


def test_stale_revision_is_a_conflict(db, actor, people) -> None:
    did = lombalgie(db, actor, people)
    view = coop.get_declaration(db, did)
    values = DeclarationInput.of(view)
    values.legal_rep_contact = "04 76 00 00 00"
    coop.update_declaration(db, actor, did, values, view.revision)
    with pytest.raises(ConflictError):
        coop.update_declaration(db, actor, did, values, view.revision)
    with pytest.raises(ConflictError):
        coop.mark_declared(db, actor, did, D(2025, 2, 1), expected_revision=view.revision)


# ---------------------------------------------------------------- roster history


def test_team_changes_after_declaration_keep_a_dated_roster(db, actor, people) -> None:
    did = full_team(db, actor, people)
    coop.mark_declared(db, actor, did, D(2025, 2, 20))
    kine2 = next(
        m for m in coop.get_declaration(db, did).members if m.professional_id == people["kine2"]
    )
    with pytest.raises(ValidationError):
        coop.remove_member(db, actor, kine2.id)  # a date is required once declared
    coop.remove_member(db, actor, kine2.id, D(2025, 6, 1))
    newcomer = add_pro(db, actor, "Bézier", "masseur_kinesitherapeute", "Noël", rpps=rpps(9))
    change_id, changes = coop.record_team_change(
        db, actor, did, D(2025, 9, 1), joining=[delegue(newcomer)], note="Arrivée de Noël"
    )
    assert changes.touches("team_change")

    def names(day: dt.date) -> list[str]:
        return sorted(m.last_name for m in coop.roster_on(db, did, day))

    assert names(D(2025, 2, 1)) == []  # before the start
    assert names(D(2025, 5, 31)) == ["Crœux", "Lefèvre", "Müller"]
    assert names(D(2025, 6, 1)) == ["Lefèvre", "Müller"]
    assert names(D(2025, 9, 1)) == ["Bézier", "Lefèvre", "Müller"]
    history = coop.team_changes(db, did)
    assert [
        (c.change_date, [m.last_name for m in c.joined], [m.last_name for m in c.left])
        for c in history
    ] == [(D(2025, 6, 1), [], ["Crœux"]), (D(2025, 9, 1), ["Bézier"], [])]
    with db.read() as s:  # nothing deleted: the leaver's row stays, dated
        assert s.scalar(
            select(DeclarationMember).where(DeclarationMember.id == kine2.id)
        ).left_on == D(2025, 6, 1)
        assert len(s.scalars(select(TeamChange)).all()) == 2
        assert {e.action for e in s.scalars(select(AuditEvent))} >= {"team_change", "declare"}
    decl, change = coop.get_team_change(db, change_id)
    assert change.note == "Arrivée de Noël" and decl.id == did
    with pytest.raises(TransitionError):  # role changes go through a team change
        m = next(m for m in decl.members if m.professional_id == people["kine1"])
        coop.update_member(db, actor, m.id, MemberInput(people["kine1"], "delegant"))
    with pytest.raises(ValidationError):  # a change before the start date
        coop.record_team_change(db, actor, did, D(2025, 1, 1), leaving=[kine2.id])


def test_draft_member_removal_deletes_and_duplicates_are_refused(db, actor, people) -> None:
    did = full_team(db, actor, people)
    with pytest.raises(FieldErrors):
        coop.add_member(db, actor, did, delegue(people["kine1"]))
    m = coop.get_declaration(db, did).members[-1]
    coop.remove_member(db, actor, m.id)
    assert len(coop.get_declaration(db, did).members) == 2
    with pytest.raises(TransitionError):
        coop.record_team_change(db, actor, did, D(2025, 5, 1), leaving=[m.id])


# ---------------------------------------------------------------- tallies and report


def tally(month: dt.date, **kw) -> TallyInput:
    return TallyInput(month=month, **kw)


def test_tallies_refuse_negative_and_impossible_counts(db, actor, people) -> None:
    did = full_team(db, actor, people)
    with pytest.raises(ValidationError) as info:
        coop.save_tally(db, actor, did, tally(D(2025, 4, 1), patients_included=-1))
    assert "négatif" in info.value.message()
    with pytest.raises(ValidationError) as info:
        coop.save_tally(db, actor, did, tally(D(2025, 4, 1), acts_by_delegues=2, acts_taken_back=3))
    assert "actes repris" in info.value.message()
    with pytest.raises(ValidationError):
        coop.save_tally(db, actor, did, tally(D(2025, 4, 1), adverse_events={"Chute": -1}))
    with pytest.raises(ValidationError):  # before the protocol started
        coop.save_tally(db, actor, did, tally(D(2025, 1, 1), patients_included=1))
    tid, _ = coop.save_tally(db, actor, did, tally(D(2025, 4, 17), patients_included=3))
    again, _ = coop.save_tally(db, actor, did, tally(D(2025, 4, 1), patients_included=4), 1)
    assert again == tid  # one row per month, upserted
    with pytest.raises(ConflictError):
        coop.save_tally(db, actor, did, tally(D(2025, 4, 1), patients_included=5), 1)
    months = coop.year_tallies(db, did, 2025)
    assert len(months) == 12 and months[3].patients_included == 4 and months[0].id is None


def test_yearly_indicators_formulas_and_financing(db, actor, people) -> None:
    did = full_team(db, actor, people)
    coop.save_tally(
        db,
        actor,
        did,
        tally(
            D(2025, 4, 1),
            patients_included=10,
            acts_by_delegues=10,
            acts_taken_back=1,
            reevaluations=4,
            adverse_events={"Retard de diagnostic": 1},
            satisfaction_respondents=3,
            satisfaction_satisfied=3,
        ),
    )
    coop.save_tally(
        db,
        actor,
        did,
        tally(
            D(2025, 5, 1),
            patients_included=6,
            acts_by_delegues=6,
            acts_taken_back=1,
            reevaluations=2,
            adverse_events={"Retard de diagnostic": 1, "Chute": 1},
            satisfaction_respondents=1,
            satisfaction_satisfied=0,
        ),
    )
    coop.save_tally(db, actor, did, tally(D(2026, 1, 1), patients_included=99))
    report = coop.yearly_report(db, did, 2025)
    ind = report.indicators
    assert (ind.months, ind.patients_treated, ind.acts_by_delegues) == (2, 16, 16)
    assert ind.reprise.text == "12,5\u00a0%"  # 2 / 16
    assert ind.adverse_events == {"Chute": 1, "Retard de diagnostic": 2}
    assert ind.adverse_event_rate.text == "18,8\u00a0%"  # 3 / 16
    assert ind.satisfaction.text == "75,0\u00a0%"
    fin = report.financing
    assert fin.inclusion_total == Decimal("400.00")  # 16 x 25 €
    assert fin.reevaluation_total == Decimal("120.00")  # 6 x 20 €
    assert fin.total == Decimal("520.00")
    assert fin.by_role == {"delegue": Decimal("440.00"), "delegant": Decimal("80.00")}


def test_team_split_and_empty_year(db, actor, people) -> None:
    did = lombalgie(db, actor, people, financing_split={"delegue": "15", "delegant": "10"})
    with pytest.raises(FieldErrors):
        coop.update_declaration(
            db,
            actor,
            did,
            DeclarationInput(
                "PC-LOMBALGIE",
                people["gp"],
                "Dr Aïcha Benoît",
                "a@b.fr",
                START,
                {"delegue": 20, "delegant": 20},
            ),
        )
    coop.save_tally(db, actor, did, tally(D(2025, 3, 1), patients_included=2))
    assert coop.yearly_report(db, did, 2025).financing.by_role == {
        "delegue": Decimal("30.00"),
        "delegant": Decimal("20.00"),
    }
    empty = coop.yearly_report(db, did, 2024)
    assert empty.indicators.patients_treated == 0
    assert empty.indicators.reprise.text == "non calculable"
    assert empty.indicators.satisfaction.text == "non calculable"
    assert empty.financing.total == Decimal("0.00")


def test_reevaluations_only_where_the_protocol_pays_one(db, actor, people) -> None:
    did = lombalgie(db, actor, people, protocol_code="PC-ODYNOPHAGIE")
    with pytest.raises(ValidationError) as info:
        coop.save_tally(db, actor, did, tally(D(2025, 4, 1), patients_included=1, reevaluations=1))
    assert "réévaluation" in info.value.message()
