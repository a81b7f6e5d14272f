"""The national cooperation catalogue: loading, schema, dated versions, team protocols."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest

from protoedit import catalog
from protoedit.cooperation.catalog import (
    InvalidCoopRuleError,
    entry_from_rules,
    national_protocol,
    national_protocols,
    rule_on,
    validate_rule,
    validate_rules,
)
from protoedit.paths import resource_path

D = dt.date
RULE_KEYS = {
    "valid_from", "valid_to", "delegant_professions", "delegue_professions", "age_min",
    "age_max", "age_unit", "training_hours", "legal_reference", "legal_date", "financing",
    "inclusion", "exclusion", "process_outline", "note", "checked",
}  # fmt: skip
CODES = {
    "PC-CYSTITE", "PC-ODYNOPHAGIE", "PC-RHINITE", "PC-VARICELLE", "PC-CHEVILLE", "PC-LOMBALGIE",
}  # fmt: skip


def _raw() -> dict[str, Any]:
    return copy.deepcopy(catalog.load("cooperation"))


def _raw_rule(code: str, index: int = 0) -> dict[str, Any]:
    protocol = next(p for p in _raw()["protocols"] if p["code"] == code)
    return protocol["rules"][index]


def test_catalogue_file_shape() -> None:
    data = _raw()
    assert data["version"] >= 1
    D.fromisoformat(data["dated"])
    assert {p["code"] for p in data["protocols"]} == CODES
    for protocol in data["protocols"]:
        assert protocol["origin"] == "national"
        assert protocol["title_fr"]
        for rule in protocol["rules"]:
            assert set(rule) == RULE_KEYS, protocol["code"]
            assert rule["delegant_professions"] == ["medecin_generaliste"]
            assert rule["financing"]["per_patient_eur"] == 25
            assert rule["financing"]["default_split"] == {"delegue": 20, "delegant": 5}
            assert any(s.startswith("Retour vers le délégant") for s in rule["process_outline"])


def test_schema_is_valid_and_every_rule_passes_it() -> None:
    with resource_path("schemas", "cooperation_rule.schema.json").open(encoding="utf-8") as fh:
        schema = json.load(fh)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for protocol in _raw()["protocols"]:
        for rule in protocol["rules"]:
            assert list(validator.iter_errors(rule)) == [], protocol["code"]
            assert validate_rule(rule) == [], protocol["code"]
        assert validate_rules(protocol["rules"]) == [], protocol["code"]


def test_national_protocols_load() -> None:
    entries = national_protocols()
    assert {e.code for e in entries} == CODES
    for entry in entries:
        assert [r.valid_from for r in entry.rules] == sorted(r.valid_from for r in entry.rules)
        assert entry.rule_on(D(2025, 1, 1)) is not None, entry.code
        assert entry.rule_on(D(2019, 1, 1)) is None
    assert national_protocol("PC-INCONNU") is None


def test_odynophagie_age_history() -> None:
    entry = national_protocol("PC-ODYNOPHAGIE")
    assert entry is not None
    before = rule_on(entry, D(2022, 1, 1))
    after = rule_on(entry, D(2024, 1, 1))
    assert before is not None and after is not None
    assert (before.age_min, before.age_max, before.age_unit) == (6, 45, "years")
    assert (after.age_min, after.age_max) == (6, 50)
    assert before.training_hours == 10
    assert before.age_range_text() == "6 à 45 ans"


def test_cystitis_pharmacist_branch_abrogated() -> None:
    entry = national_protocol("PC-CYSTITE")
    assert entry is not None
    assert len(entry.rules) >= 2
    r2021 = rule_on(entry, D(2021, 6, 1))
    r2025 = rule_on(entry, D(2025, 1, 1))
    assert r2021 is not None and r2025 is not None
    assert r2021.allows("delegue", "pharmacien") and r2021.allows("delegue", "infirmier")
    assert not r2025.allows("delegue", "pharmacien")
    assert r2025.allows("delegue", "infirmier")
    assert r2021.training_hours == 10
    r2023 = rule_on(entry, D(2023, 6, 1))
    assert r2023 is not None and r2023.training_hours == 4
    assert (r2025.age_min, r2025.age_max) == (16, 65)


def test_valid_to_is_exclusive() -> None:
    entry = national_protocol("PC-CYSTITE")
    assert entry is not None
    first, second = entry.rules[0], entry.rules[1]
    assert first.valid_to == second.valid_from
    assert rule_on(entry, second.valid_from) is second
    assert rule_on(entry, second.valid_from - dt.timedelta(days=1)) is first


def test_other_protocols() -> None:
    lombalgie = national_protocol("PC-LOMBALGIE")
    cheville = national_protocol("PC-CHEVILLE")
    varicelle = national_protocol("PC-VARICELLE")
    assert lombalgie and cheville and varicelle
    low_back = lombalgie.rules[-1]
    assert low_back.delegue_professions == ("masseur_kinesitherapeute",)
    assert (low_back.age_min, low_back.age_max) == (20, 55)
    assert low_back.financing is not None
    assert low_back.financing.reevaluation_eur == Decimal(20)
    assert cheville.rules[-1].financing is not None
    assert cheville.rules[-1].financing.reevaluation_eur == Decimal(25)
    assert cheville.checked is False  # age range not confirmed (domain.md: "check range")
    assert varicelle.rules[-1].age_unit == "months"


def test_to_dict_round_trip() -> None:
    for protocol in _raw()["protocols"]:
        entry = entry_from_rules(
            protocol["code"], protocol["title_fr"], "national", protocol["rules"]
        )
        assert [r.to_dict() for r in entry.rules] == protocol["rules"]


def test_team_protocol_from_db_shape() -> None:
    rule = _raw_rule("PC-LOMBALGIE")
    rule["valid_from"] = "2025-01-01"
    rule["checked"] = False
    entry = entry_from_rules("LOC-TEST", "Protocole local de test", "local", [rule])
    assert entry.origin == "local"
    assert entry.rule_on(D(2025, 3, 1)) is entry.rules[0]
    assert entry.rule_on(D(2024, 12, 31)) is None


def test_minimal_local_rule_gets_defaults() -> None:
    entry = entry_from_rules(
        "LOC-MIN",
        "Minimal",
        "local",
        [
            {
                "valid_from": "2025-01-01",
                "delegant_professions": ["medecin_generaliste"],
                "delegue_professions": ["ipa"],
            }
        ],
    )
    rule = entry.rules[0]
    assert rule.financing is None and rule.training_hours is None and rule.checked is False
    assert rule.age_range_text() == "À compléter"
    assert validate_rule(rule.to_dict()) == []


def test_invalid_rules_are_refused_in_plain_french() -> None:
    bad = {
        "valid_from": "2020-13-01",
        "delegant_professions": [],
        "delegue_professions": ["infirmier"],
        "age_unit": "days",
        "financing": {"per_patient_eur": -1},
    }
    problems = validate_rule(bad)
    text = "\n".join(problems)
    assert "AAAA-MM-JJ" in text
    assert "ne doit pas être vide" in text
    assert "days" in text
    assert "répartition par défaut" in text
    assert "supérieure ou égale à 0" in text
    assert all("is not" not in p and "should" not in p for p in problems)  # no English
    assert validate_rule("pas un objet") != []

    with pytest.raises(InvalidCoopRuleError) as info:
        entry_from_rules("LOC-BAD", "Mauvais", "local", [bad])
    assert "LOC-BAD" in str(info.value)


def test_cross_checks() -> None:
    rule = _raw_rule("PC-LOMBALGIE")
    rule["age_min"], rule["age_max"] = 60, 20
    rule["valid_to"] = "2019-01-01"
    rule["delegue_professions"] = ["kine"]
    rule["financing"]["default_split"] = {"delegue": 20, "delegant": 4}
    text = "\n".join(validate_rule(rule))
    assert "âge minimum (60) est supérieur à l'âge maximum (20)" in text
    assert "postérieure à la date de début" in text
    assert "profession inconnue « kine »" in text
    assert "ne correspond pas au forfait par patient" in text


def test_overlapping_versions_are_refused() -> None:
    first = _raw_rule("PC-ODYNOPHAGIE", 0)
    second = _raw_rule("PC-ODYNOPHAGIE", 1)
    first["valid_to"] = None
    problems = validate_rules([first, second])
    assert problems and "chevauchent" in problems[0]
    assert validate_rules([]) != []
