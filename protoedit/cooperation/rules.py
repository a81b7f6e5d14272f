"""Pure cooperation rules: member and declaration checks, roster history, indicators, financing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, Protocol, TypeVar

from protoedit import catalog, identifiers
from protoedit.cooperation.catalog import CoopRule, format_date
from protoedit.french import NBSP, format_eur, format_rate
from protoedit.i18n import N_, tr

CENT = Decimal("0.01")

ROLE_LABELS = {"delegant": N_("délégant"), "delegue": N_("délégué")}


@dataclass
class Member:
    """Plain facts about one declared professional, as the checks below read them."""

    name: str = ""
    role: str = "delegue"  # delegant | delegue
    profession_code: str = ""
    rpps: str = ""
    adeli: str = ""
    engagement_date: dt.date | None = None
    training_date: dt.date | None = None
    training_hours: float | None = None
    joined_on: dt.date | None = None
    left_on: dt.date | None = None  # exclusive: first day no longer a member


class MemberFacts(Protocol):
    """What check_declaration reads on a member (`name`, when present, prefixes messages)."""

    @property
    def role(self) -> str: ...
    @property
    def profession_code(self) -> str: ...
    @property
    def rpps(self) -> str | None: ...
    @property
    def adeli(self) -> str | None: ...
    @property
    def engagement_date(self) -> dt.date | None: ...
    @property
    def training_date(self) -> dt.date | None: ...
    @property
    def training_hours(self) -> float | None: ...


def _hours(value: float) -> str:
    """10 -> '10 h', 3.5 -> '3,5 h'."""
    text = f"{value:g}".replace(".", ",")
    return f"{text}{NBSP}h"


def _profession_names(codes: Iterable[str]) -> str:
    return ", ".join(catalog.profession_label(c) for c in codes)


def profession_refusal(rule: CoopRule, role: str, profession_code: str) -> str | None:
    """Why this profession cannot take `role` under `rule`, naming those that can; else None."""
    if rule.allows(role, profession_code) or role not in ROLE_LABELS:
        return None
    profession = catalog.profession(profession_code)
    name = profession.label() if profession else profession_code
    return tr(
        "{profession} ne peut pas être {role} dans ce protocole "
        "(professions autorisées comme {role} : {allowed})."
    ).format(
        profession=name,
        role=tr(ROLE_LABELS[role]),
        allowed=_profession_names(rule.professions_for(role)) or tr("aucune"),
    )


TRAINING_UNKNOWN = N_(
    "Durée de formation requise à renseigner dans le catalogue : la formation des délégués ne "
    "peut pas être vérifiée tant que la durée exigée par le protocole n'est pas connue."
)


def check_member(
    rule: CoopRule,
    role: str,
    profession_code: str,
    rpps: str | None,
    adeli: str | None,
    engagement_date: dt.date | None,
    training_date: dt.date | None,
    training_hours: float | None,
) -> list[str]:
    """Why this professional cannot (yet) be declared in this role under `rule`; empty if fine."""
    problems: list[str] = []
    profession = catalog.profession(profession_code)
    if role not in ROLE_LABELS:
        problems.append(
            tr("Rôle inconnu « {role} » : choisissez délégant ou délégué.").format(role=role)
        )
    elif profession is None:
        problems.append(
            tr("Profession inconnue « {code} » : choisissez une profession dans la liste.").format(
                code=profession_code
            )
        )
    elif (refused := profession_refusal(rule, role, profession_code)) is not None:
        problems.append(refused)

    problems += _identifier_problems(profession, rpps, adeli)

    if engagement_date is None:
        problems.append(tr("Date de signature de l'engagement manquante."))

    if role == "delegue":
        if training_date is None:
            problems.append(
                tr("Attestation de formation manquante : indiquez la date de la formation.")
            )
        if training_hours is None:
            problems.append(
                tr(
                    "Durée de la formation manquante : indiquez le nombre d'heures "
                    "figurant sur l'attestation."
                )
            )
        elif rule.training_hours is not None and training_hours < rule.training_hours:
            problems.append(
                tr(
                    "Formation insuffisante : {done} attestées, le protocole en demande {needed}."
                ).format(done=_hours(training_hours), needed=_hours(rule.training_hours))
            )
        elif training_hours <= 0:
            problems.append(tr("Durée de la formation invalide : elle doit être positive."))
    return problems


def _identifier_problems(
    profession: catalog.Profession | None, rpps: str | None, adeli: str | None
) -> list[str]:
    rpps, adeli = (rpps or "").strip(), (adeli or "").strip()
    rpps_only = profession is not None and profession.identifier == "rpps"
    problems: list[str] = []
    if not rpps and not adeli:
        if rpps_only:
            problems.append(tr("Numéro RPPS manquant : il est obligatoire pour la déclaration."))
        else:
            problems.append(
                tr(
                    "Numéro RPPS ou ADELI manquant : l'un des deux est obligatoire pour la déclaration."
                )
            )
        return problems
    if rpps and (msg := identifiers.validate_rpps(rpps)):
        problems.append(tr(msg))
    if adeli and (msg := identifiers.validate_adeli(adeli)):
        problems.append(tr(msg))
    if rpps_only and not rpps and profession is not None:
        problems.append(
            tr(
                "Numéro RPPS manquant : la profession {profession} est identifiée par le RPPS, "
                "le numéro ADELI ne suffit pas."
            ).format(profession=profession.label())
        )
    return problems


def _member_name(member: Any, index: int) -> str:
    name = str(getattr(member, "name", "") or "").strip()
    return name or tr("Membre n° {n}").format(n=index)


def check_declaration(
    rule: CoopRule,
    members: Sequence[MemberFacts],
    start_date: dt.date | None,
    referent: Any,
    legal_rep_name: str | None,
) -> list[str]:
    """What still prevents filing the declaration; empty when it can be filed.

    `members` are those declared (pass `roster_on(members, start_date)` for a dated roster);
    `referent` is anything identifying the declaring référent (falsy when not chosen).
    """
    problems: list[str] = []
    roles = [m.role for m in members]
    if "delegant" not in roles:
        problems.append(tr("Aucun délégant : la déclaration en demande au moins un."))
    if "delegue" not in roles:
        problems.append(tr("Aucun délégué : la déclaration en demande au moins un."))
    if rule.training_hours is None:
        problems.append(tr(TRAINING_UNKNOWN))
    for i, m in enumerate(members, start=1):
        facts = (m.rpps, m.adeli, m.engagement_date, m.training_date, m.training_hours)
        problems += [
            f"{_member_name(m, i)}{NBSP}: {msg}"
            for msg in check_member(rule, m.role, m.profession_code, *facts)
        ]
    if start_date is None:
        problems.append(tr("Date de début de mise en œuvre manquante."))
    elif not rule.in_force_on(start_date):
        until = format_date(rule.valid_to) if rule.valid_to else tr("aujourd'hui")
        problems.append(
            tr(
                "La date de début ({start}) est en dehors de la période de validité de cette "
                "version du protocole (du {valid_from} au {until})."
            ).format(
                start=format_date(start_date), valid_from=format_date(rule.valid_from), until=until
            )
        )
    if not referent:
        problems.append(tr("Référent déclarant manquant : choisissez le membre qui déclare."))
    if not (legal_rep_name or "").strip():
        problems.append(tr("Représentant légal de la structure manquant."))
    return problems


class Dated(Protocol):
    @property
    def joined_on(self) -> dt.date | None: ...
    @property
    def left_on(self) -> dt.date | None: ...


D = TypeVar("D", bound=Dated)


def is_member_on(member: Dated, day: dt.date) -> bool:
    """Joined on or before `day` (undated: from the start) and not yet left (`left_on` exclusive)."""
    joined, left = member.joined_on, member.left_on
    return (joined is None or joined <= day) and (left is None or day < left)


def roster_on(members: Iterable[D], day: dt.date) -> list[D]:
    """The members of the team on `day`, in the given order."""
    return [m for m in members if is_member_on(m, day)]


class Tally(Protocol):
    """Monthly counts of one declaration (never a patient identity)."""

    @property
    def patients_included(self) -> int: ...
    @property
    def acts_by_delegues(self) -> int: ...
    @property
    def acts_taken_back(self) -> int: ...
    @property
    def reevaluations(self) -> int: ...
    @property
    def same_day_referrals(self) -> int: ...
    @property
    def adverse_events(self) -> Mapping[str, int]: ...
    @property
    def satisfaction_respondents(self) -> int: ...
    @property
    def satisfaction_satisfied(self) -> int: ...


@dataclass(frozen=True)
class Rate:
    """A ratio sent to the ARS: its French name and formula (translated on display), counts and
    value (None: non calculable)."""

    name: str
    formula: str
    numerator: int
    denominator: int

    @property
    def value(self) -> Fraction | None:
        return Fraction(self.numerator, self.denominator) if self.denominator else None

    @property
    def text(self) -> str:
        return format_rate(self.value)

    def label(self, lang: str | None = None) -> str:
        return tr(self.name, lang=lang)

    def formula_label(self, lang: str | None = None) -> str:
        return tr(self.formula, lang=lang)

    def text_in(self, lang: str | None = None) -> str:
        return format_rate(self.value, lang=lang)


@dataclass(frozen=True)
class Indicators:
    """The four yearly indicators of a cooperation protocol, plus the counts behind them."""

    months: int
    patients_treated: int
    acts_by_delegues: int
    acts_taken_back: int
    reevaluations: int
    same_day_referrals: int
    reprise: Rate
    adverse_events: dict[str, int]  # nature -> count
    adverse_event_rate: Rate
    satisfaction: Rate


PATIENTS_LABEL = N_("Nombre de patients pris en charge dans le cadre du protocole")
REPRISE_LABEL = N_("Taux de reprise")
REPRISE_FORMULA = N_(
    "Actes repris par le délégant à la demande du délégué / actes réalisés par les délégués"
)
ADVERSE_LABEL = N_("Taux d'événements indésirables")
ADVERSE_FORMULA = N_("Événements indésirables déclarés / actes réalisés par les délégués")
SATISFACTION_LABEL = N_("Satisfaction des professionnels")
SATISFACTION_FORMULA = N_("Réponses « satisfait » ou « très satisfait » / nombre de répondants")


_TALLY_COUNTS = (
    "patients_included", "acts_by_delegues", "acts_taken_back", "reevaluations",
    "same_day_referrals", "satisfaction_respondents", "satisfaction_satisfied",
)  # fmt: skip


def _count(value: Any) -> int:
    return int(value or 0)


def yearly_indicators(tallies: Iterable[Tally]) -> Indicators:
    """Sum the monthly tallies given (the caller picks the year) into the four indicators."""
    tallies = list(tallies)
    events: dict[str, int] = {}
    for t in tallies:
        for nature, n in (t.adverse_events or {}).items():
            events[nature] = events.get(nature, 0) + _count(n)
    acts = sum(_count(t.acts_by_delegues) for t in tallies)
    taken_back = sum(_count(t.acts_taken_back) for t in tallies)
    respondents = sum(_count(t.satisfaction_respondents) for t in tallies)
    satisfied = sum(_count(t.satisfaction_satisfied) for t in tallies)
    return Indicators(
        months=len(tallies),
        patients_treated=sum(_count(t.patients_included) for t in tallies),
        acts_by_delegues=acts,
        acts_taken_back=taken_back,
        reevaluations=sum(_count(t.reevaluations) for t in tallies),
        same_day_referrals=sum(_count(t.same_day_referrals) for t in tallies),
        reprise=Rate(REPRISE_LABEL, REPRISE_FORMULA, taken_back, acts),
        adverse_events=dict(sorted(events.items())),
        adverse_event_rate=Rate(ADVERSE_LABEL, ADVERSE_FORMULA, sum(events.values()), acts),
        satisfaction=Rate(SATISFACTION_LABEL, SATISFACTION_FORMULA, satisfied, respondents),
    )


def check_tally(tally: Tally) -> list[str]:
    """Counts that cannot be right (they would give rates above 100 % or negative counts)."""
    problems: list[str] = []
    counts = [getattr(tally, name) for name in _TALLY_COUNTS]
    if any(_count(c) < 0 for c in [*counts, *(tally.adverse_events or {}).values()]):
        problems.append(tr("Un nombre saisi est négatif."))
    if _count(tally.acts_taken_back) > _count(tally.acts_by_delegues):
        problems.append(
            tr("Plus d'actes repris par le délégant que d'actes réalisés par les délégués.")
        )
    if _count(tally.satisfaction_satisfied) > _count(tally.satisfaction_respondents):
        problems.append(tr("Plus de professionnels satisfaits que de répondants."))
    if _count(tally.same_day_referrals) > _count(tally.patients_included):
        problems.append(tr("Plus de patients réorientés vers le délégant que de patients inclus."))
    return problems


@dataclass(frozen=True)
class Financing:
    """Expected payment for a period; the split applies per patient included.

    Re-evaluation fees go to the délégués' share: the délégué does that consultation.
    `unallocated` is what the chosen split leaves to share (negative: it shares too much).
    """

    financed: bool
    patients_included: int
    per_patient_eur: Decimal
    inclusion_total: Decimal
    reevaluations: int
    reevaluation_eur: Decimal | None
    reevaluation_total: Decimal
    total: Decimal
    split: dict[str, Decimal]  # role -> euros per patient included
    by_role: dict[str, Decimal]  # role -> euros for the period
    unallocated: Decimal


def _split_of(rule: CoopRule, split: Mapping[str, Any] | None) -> dict[str, Decimal]:
    chosen = dict(split or {})
    default = rule.financing.default_split if rule.financing else {}
    return {
        role: Decimal(str(chosen[role]))
        if chosen.get(role) is not None
        else default.get(role, Decimal(0))
        for role in ("delegue", "delegant")
    }


def check_split(rule: CoopRule, split: Mapping[str, Any] | None) -> list[str]:
    """Whether the team's split shares exactly the per-patient payment."""
    if rule.financing is None:
        return []
    shares = _split_of(rule, split)
    if any(v < 0 for v in shares.values()):
        return [tr("Une part de la répartition est négative.")]
    total = sum(shares.values(), Decimal(0))
    if total != rule.financing.per_patient_eur:
        return [
            tr(
                "La répartition ({delegue} pour le délégué + {delegant} pour le délégant) "
                "ne correspond pas au forfait par patient ({per_patient})."
            ).format(
                delegue=format_eur(shares["delegue"]),
                delegant=format_eur(shares["delegant"]),
                per_patient=format_eur(rule.financing.per_patient_eur),
            )
        ]
    return []


def expected_financing(
    rule: CoopRule, tallies: Iterable[Tally], split: Mapping[str, Any] | None = None
) -> Financing:
    """Per patient included (same-day referrals are among them), plus paid re-evaluations.

    `split` is the team's choice (role -> euros per patient); missing roles take the rule's
    default split.
    """
    tallies = list(tallies)
    patients = sum(_count(t.patients_included) for t in tallies)
    reevaluations = sum(_count(t.reevaluations) for t in tallies)
    zero = Decimal("0.00")
    if rule.financing is None:
        return Financing(False, patients, zero, zero, reevaluations, None, zero, zero, {}, {}, zero)
    terms = rule.financing
    shares = _split_of(rule, split)
    inclusion_total = (terms.per_patient_eur * patients).quantize(CENT)
    reeval_total = (
        (terms.reevaluation_eur * reevaluations).quantize(CENT)
        if terms.reevaluation_eur is not None
        else zero
    )
    by_role = {
        "delegue": (shares["delegue"] * patients + reeval_total).quantize(CENT),
        "delegant": (shares["delegant"] * patients).quantize(CENT),
    }
    total = inclusion_total + reeval_total
    return Financing(
        financed=True,
        patients_included=patients,
        per_patient_eur=terms.per_patient_eur,
        inclusion_total=inclusion_total,
        reevaluations=reevaluations,
        reevaluation_eur=terms.reevaluation_eur,
        reevaluation_total=reeval_total,
        total=total,
        split=shares,
        by_role=by_role,
        unallocated=total - sum(by_role.values(), Decimal(0)),
    )
