"""Pure cooperation rules: members, declaration, roster history, indicators, financing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction

import pytest

from protoedit.cooperation.catalog import CoopRule, national_protocol
from protoedit.cooperation.rules import (
    Member,
    check_declaration,
    check_member,
    check_split,
    check_tally,
    expected_financing,
    roster_on,
    yearly_indicators,
)
from protoedit.french import NBSP, NNBSP, format_eur, format_rate
from tests.helpers import rpps

D = dt.date
TODAY = D(2025, 1, 1)


def _rule(code: str, day: dt.date = TODAY) -> CoopRule:
    entry = national_protocol(code)
    assert entry is not None
    rule = entry.rule_on(day)
    assert rule is not None
    return rule


def _delegue(**changes: object) -> Member:
    base = Member(
        name="Martin Claire",
        role="delegue",
        profession_code="infirmier",
        rpps=rpps(2),
        engagement_date=D(2025, 1, 10),
        training_date=D(2024, 12, 1),
        training_hours=10,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _delegant(**changes: object) -> Member:
    base = Member(
        name="Durand Paul",
        role="delegant",
        profession_code="medecin_generaliste",
        rpps=rpps(1),
        engagement_date=D(2025, 1, 10),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _check(rule: CoopRule, m: Member) -> list[str]:
    return check_member(
        rule,
        m.role,
        m.profession_code,
        m.rpps,
        m.adeli,
        m.engagement_date,
        m.training_date,
        m.training_hours,
    )


# ---------------------------------------------------------------- members


def test_valid_members_pass() -> None:
    rule = _rule("PC-ODYNOPHAGIE")
    assert _check(rule, _delegue()) == []
    assert _check(rule, _delegant()) == []
    assert _check(rule, _delegue(profession_code="pharmacien", rpps=rpps(3))) == []


def test_physiotherapist_not_delegue_for_odynophagie_but_ok_for_low_back_pain() -> None:
    kine = _delegue(profession_code="masseur_kinesitherapeute", rpps="", adeli="751234567")
    problems = _check(_rule("PC-ODYNOPHAGIE"), kine)
    assert len(problems) == 1
    assert "Masseur-kinésithérapeute ne peut pas être délégué" in problems[0]
    assert "Infirmier(ère) (IDE), Pharmacien(ne)" in problems[0]
    assert _check(_rule("PC-LOMBALGIE"), kine) == []


def test_nurse_cannot_be_delegant() -> None:
    problems = _check(_rule("PC-LOMBALGIE"), _delegue(role="delegant"))
    assert any("ne peut pas être délégant" in p for p in problems)


def test_unknown_role_and_profession() -> None:
    rule = _rule("PC-LOMBALGIE")
    assert "Rôle inconnu" in _check(rule, _delegue(role="chef"))[0]
    assert "Profession inconnue" in _check(rule, _delegue(profession_code="kine"))[0]


def test_cystitis_pharmacist_refused_after_abrogation() -> None:
    pharmacist = _delegue(profession_code="pharmacien", rpps=rpps(3), training_hours=10)
    assert _check(_rule("PC-CYSTITE", D(2021, 6, 1)), pharmacist) == []
    problems = _check(_rule("PC-CYSTITE", D(2025, 1, 1)), pharmacist)
    assert any("Pharmacien(ne) ne peut pas être délégué" in p for p in problems)


def test_missing_training() -> None:
    rule = _rule("PC-LOMBALGIE")
    kine = _delegue(
        profession_code="masseur_kinesitherapeute", training_date=None, training_hours=None
    )
    text = "\n".join(_check(rule, kine))
    assert "Attestation de formation manquante" in text
    assert "Durée de la formation manquante" in text
    # a délégant needs no training attestation
    assert _check(rule, _delegant(training_date=None, training_hours=None)) == []


def test_training_hours_below_the_rule() -> None:
    problems = _check(
        _rule("PC-LOMBALGIE"),
        _delegue(profession_code="masseur_kinesitherapeute", training_hours=4),
    )
    assert problems == [
        f"Formation insuffisante : 4{NBSP}h attestées, le protocole en demande 10{NBSP}h."
    ]
    # the 2023 cystitis version asks for 4 h only
    assert _check(_rule("PC-CYSTITE", D(2023, 6, 1)), _delegue(training_hours=4)) == []
    assert _check(_rule("PC-CYSTITE", D(2021, 6, 1)), _delegue(training_hours=4)) != []
    # half hours are shown with a decimal comma
    half = _check(
        _rule("PC-LOMBALGIE"),
        _delegue(profession_code="masseur_kinesitherapeute", training_hours=3.5),
    )
    assert f"3,5{NBSP}h" in half[0]


def test_training_hours_unknown_in_rule_is_a_blocking_problem_never_a_pass() -> None:
    """Issue 14 #10: the 2023 odynophagia rule gives no hours; 7 h must not make it "prête"."""
    rule = _rule("PC-ODYNOPHAGIE", D(2024, 1, 1))
    assert rule.training_hours is None
    problems = check_declaration(
        rule, [_delegant(), _delegue(training_hours=7)], D(2024, 1, 1), 1, "X"
    )
    assert len(problems) == 1
    assert problems[0].startswith("Durée de formation requise à renseigner dans le catalogue")
    assert _check(rule, _delegue(training_hours=0)) != []


def test_training_hours_filled_by_the_team_are_applied() -> None:
    rule = replace(_rule("PC-ODYNOPHAGIE", D(2024, 1, 1)), training_hours=10.0)
    short = check_declaration(
        rule, [_delegant(), _delegue(training_hours=7)], D(2024, 1, 1), 1, "X"
    )
    assert len(short) == 1 and "Formation insuffisante" in short[0]
    assert (
        check_declaration(rule, [_delegant(), _delegue(training_hours=10)], D(2024, 1, 1), 1, "X")
        == []
    )


def test_missing_identifiers() -> None:
    rule = _rule("PC-ODYNOPHAGIE")
    nurse = _check(rule, _delegue(rpps="", adeli=""))
    assert nurse == [
        "Numéro RPPS ou ADELI manquant : l'un des deux est obligatoire pour la déclaration."
    ]
    assert _check(rule, _delegue(rpps="", adeli="751234567")) == []
    doctor = _check(rule, _delegant(rpps=""))
    assert doctor == ["Numéro RPPS manquant : il est obligatoire pour la déclaration."]
    pharmacist_adeli_only = _check(
        rule, _delegue(profession_code="pharmacien", rpps="", adeli="751234567")
    )
    assert any("RPPS" in p and "ADELI ne suffit pas" in p for p in pharmacist_adeli_only)


def test_malformed_identifiers_use_the_identifier_checks() -> None:
    rule = _rule("PC-ODYNOPHAGIE")
    bad_key = rpps(2)[:-1] + str((int(rpps(2)[-1]) + 1) % 10)
    assert any("RPPS" in p for p in _check(rule, _delegue(rpps=bad_key)))
    assert any("ADELI" in p for p in _check(rule, _delegue(rpps="", adeli="12")))


def test_missing_engagement() -> None:
    problems = _check(_rule("PC-ODYNOPHAGIE"), _delegant(engagement_date=None))
    assert problems == ["Date de signature de l'engagement manquante."]


# ---------------------------------------------------------------- declaration


def test_complete_declaration() -> None:
    rule = _rule("PC-RHINITE")
    members = [_delegant(), _delegue()]
    assert check_declaration(rule, members, D(2025, 2, 1), 7, "Mme Leroy") == []


def test_declaration_problems() -> None:
    rule = _rule("PC-ODYNOPHAGIE")
    problems = check_declaration(rule, [_delegue(rpps="")], None, None, " ")
    text = "\n".join(problems)
    assert "Aucun délégant" in text
    assert "Aucun délégué" not in text
    assert f"Martin Claire{NBSP}: Numéro RPPS ou ADELI manquant" in text
    assert "Date de début de mise en œuvre manquante" in text
    assert "Référent déclarant manquant" in text
    assert "Représentant légal" in text

    assert "Aucun délégué" in "\n".join(
        check_declaration(rule, [_delegant()], D(2025, 2, 1), 1, "X")
    )
    assert "Aucun délégant" in "\n".join(check_declaration(rule, [], D(2025, 2, 1), 1, "X"))


def test_declaration_member_without_name_is_numbered() -> None:
    rule = _rule("PC-RHINITE")
    problems = check_declaration(
        rule, [_delegant(), _delegue(name="", engagement_date=None)], D(2025, 2, 1), 1, "X"
    )
    assert problems == [f"Membre n° 2{NBSP}: Date de signature de l'engagement manquante."]


def test_declaration_start_outside_the_version() -> None:
    rule = _rule("PC-CYSTITE", D(2021, 1, 1))
    problems = check_declaration(rule, [_delegant(), _delegue()], D(2024, 1, 1), 1, "X")
    assert len(problems) == 1 and "en dehors de la période de validité" in problems[0]
    assert "06/03/2020" in problems[0] and "09/03/2023" in problems[0]


# ---------------------------------------------------------------- roster


def test_roster_on_past_dates() -> None:
    a = Member(name="A", joined_on=D(2023, 1, 1))
    b = Member(name="B", joined_on=D(2023, 1, 1), left_on=D(2024, 1, 1))
    c = Member(name="C", joined_on=D(2024, 1, 1))
    undated = Member(name="U")
    members = [a, b, c, undated]
    assert [m.name for m in roster_on(members, D(2022, 12, 31))] == ["U"]
    assert [m.name for m in roster_on(members, D(2023, 6, 1))] == ["A", "B", "U"]
    # left_on is exclusive, joined_on inclusive: B and C swap on 1 January 2024
    assert [m.name for m in roster_on(members, D(2023, 12, 31))] == ["A", "B", "U"]
    assert [m.name for m in roster_on(members, D(2024, 1, 1))] == ["A", "C", "U"]


def test_roster_on_plain_objects() -> None:
    @dataclass
    class Row:
        joined_on: dt.date | None
        left_on: dt.date | None

    rows = [Row(D(2020, 1, 1), None), Row(None, D(2021, 1, 1))]
    assert roster_on(rows, D(2020, 6, 1)) == rows
    assert roster_on(rows, D(2021, 6, 1)) == rows[:1]


# ---------------------------------------------------------------- indicators


@dataclass
class Tally:
    patients_included: int = 0
    acts_by_delegues: int = 0
    acts_taken_back: int = 0
    reevaluations: int = 0
    same_day_referrals: int = 0
    adverse_events: dict[str, int] = field(default_factory=dict)
    satisfaction_respondents: int = 0
    satisfaction_satisfied: int = 0


def test_yearly_indicators() -> None:
    tallies = [
        Tally(10, 12, 1, 2, 1, {"erreur de dispensation": 1}, 4, 3),
        Tally(6, 4, 1, 0, 0, {"erreur de dispensation": 1, "chute": 1}, 0, 0),
    ]
    ind = yearly_indicators(tallies)
    assert ind.months == 2
    assert ind.patients_treated == 16
    assert ind.reprise.value == Fraction(2, 16)
    assert ind.reprise.text == f"12,5{NBSP}%"
    assert "actes réalisés par les délégués" in ind.reprise.formula
    assert ind.adverse_events == {"chute": 1, "erreur de dispensation": 2}
    assert ind.adverse_event_rate.value == Fraction(3, 16)
    assert ind.adverse_event_rate.text == f"18,8{NBSP}%"
    assert ind.satisfaction.value == Fraction(3, 4)
    assert ind.satisfaction.text == f"75,0{NBSP}%"
    assert "répondants" in ind.satisfaction.formula
    assert ind.reevaluations == 2 and ind.same_day_referrals == 1


def test_empty_year_is_not_calculable() -> None:
    ind = yearly_indicators([])
    assert ind.months == 0 and ind.patients_treated == 0
    for rate in (ind.reprise, ind.adverse_event_rate, ind.satisfaction):
        assert rate.value is None
        assert rate.text == "non calculable"
        assert rate.formula
    assert ind.adverse_events == {}


def test_zero_denominators() -> None:
    ind = yearly_indicators(
        [Tally(patients_included=3, satisfaction_respondents=2, satisfaction_satisfied=2)]
    )
    assert ind.patients_treated == 3
    assert ind.reprise.value is None and ind.adverse_event_rate.value is None
    assert ind.satisfaction.value == 1
    assert ind.satisfaction.text == f"100,0{NBSP}%"
    zero_events = yearly_indicators([Tally(acts_by_delegues=5)])
    assert zero_events.adverse_event_rate.value == 0
    assert zero_events.adverse_event_rate.text == f"0,0{NBSP}%"


def test_check_tally() -> None:
    assert check_tally(Tally(5, 5, 1, 0, 1, {}, 2, 1)) == []
    text = "\n".join(check_tally(Tally(1, 1, 2, 0, 3, {"x": -1}, 1, 2)))
    assert (
        "négatif" in text
        and "actes repris" in text
        and "satisfaits" in text
        and "réorientés" in text
    )


# ---------------------------------------------------------------- financing


def test_financing_without_reevaluation() -> None:
    rule = _rule("PC-ODYNOPHAGIE")
    f = expected_financing(
        rule, [Tally(patients_included=10, reevaluations=3), Tally(patients_included=2)]
    )
    assert f.financed
    assert f.patients_included == 12
    assert f.inclusion_total == Decimal("300.00")
    assert f.reevaluation_total == Decimal("0.00")  # the rule pays no re-evaluation
    assert f.total == Decimal("300.00")
    assert f.by_role == {"delegue": Decimal("240.00"), "delegant": Decimal("60.00")}
    assert f.unallocated == 0


def test_financing_with_reevaluations() -> None:
    low_back = expected_financing(
        _rule("PC-LOMBALGIE"), [Tally(patients_included=4, reevaluations=3)]
    )
    assert low_back.reevaluation_eur == Decimal(20)
    assert low_back.reevaluation_total == Decimal("60.00")
    assert low_back.total == Decimal("160.00")
    assert low_back.by_role == {"delegue": Decimal("140.00"), "delegant": Decimal("20.00")}
    ankle = expected_financing(_rule("PC-CHEVILLE"), [Tally(patients_included=2, reevaluations=2)])
    assert ankle.total == Decimal("100.00")


def test_financing_with_custom_split() -> None:
    rule = _rule("PC-ODYNOPHAGIE")
    split = {"delegue": 15, "delegant": "10"}
    assert check_split(rule, split) == []
    f = expected_financing(rule, [Tally(patients_included=3)], split)
    assert f.split == {"delegue": Decimal(15), "delegant": Decimal(10)}
    assert f.by_role == {"delegue": Decimal("45.00"), "delegant": Decimal("30.00")}
    assert f.total == Decimal("75.00") and f.unallocated == 0
    # a partial split keeps the rule's default for the missing role
    partial = expected_financing(rule, [Tally(patients_included=1)], {"delegue": 22.5})
    assert partial.by_role == {"delegue": Decimal("22.50"), "delegant": Decimal("5.00")}
    assert partial.unallocated == Decimal("-2.50")
    assert "ne correspond pas au forfait" in check_split(rule, {"delegue": 22.5})[0]
    assert check_split(rule, {"delegue": -1, "delegant": 26}) != []


def test_financing_for_a_protocol_without_financing() -> None:
    rule = replace(_rule("PC-ODYNOPHAGIE"), financing=None)
    f = expected_financing(rule, [Tally(patients_included=3)])
    assert not f.financed and f.total == 0 and f.by_role == {}
    assert check_split(rule, {"delegue": 1}) == []


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1234.5"), f"1{NNBSP}234,50{NBSP}€"),
        (Decimal("0"), f"0,00{NBSP}€"),
        (Decimal("25"), f"25,00{NBSP}€"),
        (Decimal("1234567.891"), f"1{NNBSP}234{NNBSP}567,89{NBSP}€"),
        (Decimal("0.005"), f"0,01{NBSP}€"),
        (Decimal("-1500"), f"-1{NNBSP}500,00{NBSP}€"),
        (300, f"300,00{NBSP}€"),
    ],
)
def test_format_eur(amount: Decimal, text: str) -> None:
    assert format_eur(amount) == text


def test_format_rate() -> None:
    assert format_rate(Fraction(1, 8)) == f"12,5{NBSP}%"
    assert format_rate(0.125) == f"12,5{NBSP}%"
    assert format_rate(Decimal("0.3333")) == f"33,3{NBSP}%"
    assert format_rate(Fraction(2, 3)) == f"66,7{NBSP}%"
    assert format_rate(Fraction(2, 3), decimals=0) == f"67{NBSP}%"
    assert format_rate(None) == "non calculable"
    assert format_rate(Fraction(25, 1)) == f"2{NNBSP}500,0{NBSP}%"


def test_counts_and_hours_take_french_thousands_separators() -> None:
    from protoedit.french import format_count, format_hours

    assert format_count(2000000) == f"2{NNBSP}000{NNBSP}000"
    assert format_count(0) == "0" and format_count(999) == "999"
    assert format_eur(Decimal(2000000)) == f"2{NNBSP}000{NNBSP}000,00{NBSP}€"
    assert (format_hours(10), format_hours(3.5), format_hours(1200)) == (
        "10",
        "3,5",
        f"1{NNBSP}200",
    )
