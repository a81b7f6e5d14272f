"""Cooperation protocols as dated data: the national catalogue and the team's own, same classes."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import jsonschema

from protoedit import catalog
from protoedit.errors import ProtoEditError
from protoedit.i18n import N_, tr
from protoedit.paths import resource_path

ROLES = ("delegant", "delegue")
AGE_UNITS = ("years", "months")

# French labels of rule fields, for messages; keys are dotted JSON paths.
_FIELD_LABELS = {
    "valid_from": N_("date de début de validité"),
    "valid_to": N_("date de fin de validité"),
    "delegant_professions": N_("professions des délégants"),
    "delegue_professions": N_("professions des délégués"),
    "age_min": N_("âge minimum"),
    "age_max": N_("âge maximum"),
    "age_unit": N_("unité d'âge"),
    "training_hours": N_("durée de formation des délégués (heures)"),
    "legal_reference": N_("référence du texte"),
    "legal_date": N_("date du texte"),
    "financing": N_("financement"),
    "financing.per_patient_eur": N_("forfait par patient (€)"),
    "financing.reevaluation_eur": N_("forfait de réévaluation (€)"),
    "financing.reevaluation_window": N_("délai de réévaluation"),
    "financing.default_split": N_("répartition par défaut"),
    "financing.default_split.delegue": N_("part du délégué (€)"),
    "financing.default_split.delegant": N_("part du délégant (€)"),
    "inclusion": N_("critères d'inclusion"),
    "exclusion": N_("critères d'exclusion"),
    "process_outline": N_("déroulé de la prise en charge"),
    "note": N_("note"),
    "checked": N_("vérifié"),
}
_TYPE_LABELS = {
    "string": N_("un texte"),
    "integer": N_("un nombre entier"),
    "number": N_("un nombre"),
    "array": N_("une liste"),
    "object": N_("un objet"),
    "boolean": N_("oui ou non"),
    "null": N_("vide"),
}


class InvalidCoopRuleError(ProtoEditError):
    """A cooperation protocol holds a version that does not pass validation."""

    template = "Le protocole de coopération {code} contient une version invalide : {problems}"


@dataclass(frozen=True)
class FinancingTerms:
    """What the Assurance Maladie pays for one patient, and the default split between roles."""

    per_patient_eur: Decimal
    reevaluation_eur: Decimal | None
    reevaluation_window: str | None
    split_delegue: Decimal  # default euros per patient for the délégués
    split_delegant: Decimal

    @property
    def default_split(self) -> dict[str, Decimal]:
        return {"delegue": self.split_delegue, "delegant": self.split_delegant}


@dataclass(frozen=True)
class TeamFigure:
    """A figure the catalogue leaves unknown, filled in by the team: value, date and author."""

    field: str  # a CoopRule field, e.g. "training_hours"
    value: float
    on: dt.date
    by: str


@dataclass(frozen=True)
class CoopRule:
    """One dated version of a cooperation protocol; `valid_to` is exclusive (None: in force)."""

    valid_from: dt.date
    valid_to: dt.date | None
    delegant_professions: tuple[str, ...]
    delegue_professions: tuple[str, ...]
    age_min: int | None = None
    age_max: int | None = None
    age_unit: str = "years"
    training_hours: float | None = None
    legal_reference: str = ""
    legal_date: dt.date | None = None
    financing: FinancingTerms | None = None
    inclusion: tuple[str, ...] = ()
    exclusion: tuple[str, ...] = ()
    process_outline: tuple[str, ...] = ()
    note: str = ""
    checked: bool = False
    team_figures: tuple[TeamFigure, ...] = ()  # unknown figures the team filled in

    def team_figure(self, name: str) -> TeamFigure | None:
        """Where a figure came from: the team's entry (None: the catalogue itself)."""
        return next((f for f in self.team_figures if f.field == name), None)

    def in_force_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)

    def professions_for(self, role: str) -> tuple[str, ...]:
        if role == "delegant":
            return self.delegant_professions
        if role == "delegue":
            return self.delegue_professions
        return ()

    def allows(self, role: str, profession_code: str) -> bool:
        return profession_code in self.professions_for(role)

    def age_range_text(self) -> str:
        """'16 à 65 ans', '12 à 144 mois', '18 ans et plus', or 'À compléter'."""
        unit = tr("mois") if self.age_unit == "months" else tr("ans")
        if self.age_min is not None and self.age_max is not None:
            return tr("{low} à {high} {unit}").format(
                low=self.age_min, high=self.age_max, unit=unit
            )
        if self.age_min is not None:
            return tr("{low} {unit} et plus").format(low=self.age_min, unit=unit)
        if self.age_max is not None:
            return tr("jusqu'à {high} {unit}").format(high=self.age_max, unit=unit)
        return tr("À compléter")

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape stored in the catalogue and in coop_protocol.rules."""
        financing: dict[str, Any] | None = None
        if self.financing is not None:
            f = self.financing
            financing = {
                "per_patient_eur": _json_number(f.per_patient_eur),
                "reevaluation_eur": None
                if f.reevaluation_eur is None
                else _json_number(f.reevaluation_eur),
                "reevaluation_window": f.reevaluation_window,
                "default_split": {k: _json_number(v) for k, v in f.default_split.items()},
            }
        return {
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "delegant_professions": list(self.delegant_professions),
            "delegue_professions": list(self.delegue_professions),
            "age_min": self.age_min,
            "age_max": self.age_max,
            "age_unit": self.age_unit,
            "training_hours": self.training_hours,
            "legal_reference": self.legal_reference,
            "legal_date": self.legal_date.isoformat() if self.legal_date else None,
            "financing": financing,
            "inclusion": list(self.inclusion),
            "exclusion": list(self.exclusion),
            "process_outline": list(self.process_outline),
            "note": self.note,
            "checked": self.checked,
        }


@dataclass(frozen=True)
class CoopEntry:
    """A cooperation protocol: stable code, title, origin (national | local), versions by date."""

    code: str
    title_fr: str
    origin: str
    rules: tuple[CoopRule, ...]

    def rule_on(self, day: dt.date) -> CoopRule | None:
        return rule_on(self, day)

    @property
    def checked(self) -> bool:
        """True when every version's figures were confirmed against the official text."""
        return all(r.checked for r in self.rules)


def rule_on(entry: CoopEntry, day: dt.date) -> CoopRule | None:
    """The version in force on `day` (the latest-starting one if versions overlap), or None."""
    in_force = [r for r in entry.rules if r.in_force_on(day)]
    return max(in_force, key=lambda r: r.valid_from) if in_force else None


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    with resource_path("schemas", "cooperation_rule.schema.json").open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    cls = jsonschema.Draft202012Validator
    return cls(_schema(), format_checker=cls.FORMAT_CHECKER)


def _label(path: Iterable[Any]) -> str:
    parts = list(path)
    keys = [str(p) for p in parts if not isinstance(p, int)]
    key = ".".join(keys)
    label = tr(_FIELD_LABELS[key]) if key in _FIELD_LABELS else key or tr("version")
    indexes = [p for p in parts if isinstance(p, int)]
    if indexes:
        label = tr("{field}, élément n° {n}").format(field=label, n=indexes[-1] + 1)
    return label


def _schema_message(error: jsonschema.ValidationError) -> list[str]:
    """Plain French for one jsonschema error (its own message is English and technical)."""
    label = _label(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = [p for p in error.validator_value if p not in error.instance]
        return [
            tr("Champ obligatoire manquant : {field}.").format(
                field=_label([*error.absolute_path, p])
            )
            for p in missing
        ]
    if kind == "type":
        expected = error.validator_value
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = f" {tr('ou')} ".join(tr(_TYPE_LABELS.get(n, n)) for n in names)
        return [tr("{field} : la valeur doit être {wanted}.").format(field=label, wanted=wanted)]
    if kind == "format":
        return [
            tr("{field} : date attendue au format AAAA-MM-JJ (reçu « {value} »).").format(
                field=label, value=error.instance
            )
        ]
    if kind == "minimum":
        return [
            tr("{field} : la valeur doit être supérieure ou égale à {n}.").format(
                field=label, n=error.validator_value
            )
        ]
    if kind in ("minItems", "minLength"):
        return [tr("{field} : ne doit pas être vide.").format(field=label)]
    if kind == "uniqueItems":
        return [tr("{field} : la liste contient des doublons.").format(field=label)]
    if kind == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return [
            tr(
                "{field} : valeur « {value} » non autorisée (valeurs possibles : {allowed})."
            ).format(field=label, value=error.instance, allowed=allowed)
        ]
    if kind == "pattern":
        return [
            tr("{field} : code « {value} » mal formé.").format(field=label, value=error.instance)
        ]
    return [tr("{field} : valeur invalide.").format(field=label)]


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return dt.date.fromisoformat(str(value))


def _money(value: Any) -> Decimal:
    return Decimal(str(value))


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _cross_checks(rule: Mapping[str, Any]) -> list[str]:
    """Checks a JSON Schema cannot express; run only on a rule that passed the schema."""
    problems: list[str] = []
    start, end = _date(rule.get("valid_from")), _date(rule.get("valid_to"))
    if start and end and not start < end:
        problems.append(
            tr(
                "La date de fin de validité ({end}) doit être postérieure à la date de début ({start})."
            ).format(start=format_date(start), end=format_date(end))
        )
    low, high = rule.get("age_min"), rule.get("age_max")
    if low is not None and high is not None and low > high:
        problems.append(
            tr("L'âge minimum ({low}) est supérieur à l'âge maximum ({high}).").format(
                low=low, high=high
            )
        )
    for key in ("delegant_professions", "delegue_professions"):
        for code in rule.get(key) or []:
            if catalog.profession(code) is None:
                problems.append(
                    _capitalized(
                        tr("{field} : profession inconnue « {code} ».").format(
                            field=_label([key]), code=code
                        )
                    )
                )
    financing = rule.get("financing")
    if financing:
        split = financing["default_split"]
        total = _money(split["delegue"]) + _money(split["delegant"])
        per_patient = _money(financing["per_patient_eur"])
        if total != per_patient:
            problems.append(
                tr(
                    "La répartition par défaut ({delegue}\u00a0€ + {delegant}\u00a0€) ne "
                    "correspond pas au forfait par patient ({per_patient}\u00a0€)."
                ).format(
                    delegue=split["delegue"],
                    delegant=split["delegant"],
                    per_patient=financing["per_patient_eur"],
                )
            )
    return problems


def validate_rule(rule: Any) -> list[str]:
    """Problems of one rule dict, in plain French; empty when the rule is valid."""
    if not isinstance(rule, Mapping):
        return [tr("La version du protocole doit être un objet (champs et valeurs).")]
    errors = sorted(_validator().iter_errors(rule), key=lambda e: [str(p) for p in e.absolute_path])
    problems = [_capitalized(msg) for e in errors for msg in _schema_message(e)]
    if problems:
        return problems
    return _cross_checks(rule)


def validate_rules(rules: Any) -> list[str]:
    """Problems of a list of versions: each version, then overlapping periods."""
    if not isinstance(rules, list):
        return [tr("Les versions du protocole doivent former une liste.")]
    if not rules:
        return [tr("Le protocole n'a aucune version datée.")]
    problems: list[str] = []
    for i, rule in enumerate(rules, start=1):
        problems += [
            tr("Version n° {n} : {problem}").format(n=i, problem=p) for p in validate_rule(rule)
        ]
    if problems:
        return problems
    parsed = sorted((_parse_rule(r) for r in rules), key=lambda r: r.valid_from)
    for before, after in zip(parsed, parsed[1:], strict=False):
        if before.valid_to is None or after.valid_from < before.valid_to:
            problems.append(
                tr("Les versions commençant le {a} et le {b} se chevauchent.").format(
                    a=format_date(before.valid_from), b=format_date(after.valid_from)
                )
            )
    return problems


def _parse_rule(raw: Mapping[str, Any]) -> CoopRule:
    financing = None
    if raw.get("financing"):
        f = raw["financing"]
        reeval = f.get("reevaluation_eur")
        financing = FinancingTerms(
            per_patient_eur=_money(f["per_patient_eur"]),
            reevaluation_eur=None if reeval is None else _money(reeval),
            reevaluation_window=f.get("reevaluation_window"),
            split_delegue=_money(f["default_split"]["delegue"]),
            split_delegant=_money(f["default_split"]["delegant"]),
        )
    valid_from = _date(raw["valid_from"])
    assert valid_from is not None  # required by the schema
    hours = raw.get("training_hours")
    return CoopRule(
        valid_from=valid_from,
        valid_to=_date(raw.get("valid_to")),
        delegant_professions=tuple(raw["delegant_professions"]),
        delegue_professions=tuple(raw["delegue_professions"]),
        age_min=raw.get("age_min"),
        age_max=raw.get("age_max"),
        age_unit=raw.get("age_unit", "years"),
        training_hours=None if hours is None else float(hours),
        legal_reference=raw.get("legal_reference", ""),
        legal_date=_date(raw.get("legal_date")),
        financing=financing,
        inclusion=tuple(raw.get("inclusion") or ()),
        exclusion=tuple(raw.get("exclusion") or ()),
        process_outline=tuple(raw.get("process_outline") or ()),
        note=raw.get("note", ""),
        checked=bool(raw.get("checked", False)),
    )


def entry_from_rules(code: str, title: str, origin: str, rules: list[dict[str, Any]]) -> CoopEntry:
    """Build an entry from stored fields (catalogue or coop_protocol row); raises if invalid."""
    problems = validate_rules(rules)
    if problems:
        raise InvalidCoopRuleError(code=code, problems=" ; ".join(problems))
    parsed = sorted((_parse_rule(r) for r in rules), key=lambda r: r.valid_from)
    return CoopEntry(code=code, title_fr=title, origin=origin, rules=tuple(parsed))


@functools.lru_cache(maxsize=1)
def national_protocols() -> tuple[CoopEntry, ...]:
    """The national protocols shipped in resources/catalog/cooperation.json."""
    data = catalog.load("cooperation")
    return tuple(
        entry_from_rules(p["code"], p["title_fr"], p.get("origin", "national"), p["rules"])
        for p in data["protocols"]
    )


def national_protocol(code: str) -> CoopEntry | None:
    return next((e for e in national_protocols() if e.code == code), None)


def format_date(day: dt.date) -> str:
    """French short date: 06/03/2020."""
    return day.strftime("%d/%m/%Y")
