"""Monthly activity of a declared protocol: counts only, never a patient identity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from protoedit.cooperation import catalog as coop_catalog
from protoedit.cooperation import rules as coop_rules
from protoedit.cooperation.queries import declared_rule, month_start, protocol_in
from protoedit.errors import ValidationError
from protoedit.i18n import N_, tr
from protoedit.ops import Actor, Entity, OpChanges, check_revision, operation
from protoedit.store.database import Database
from protoedit.store.models import ActivityTally, Declaration
from protoedit.textclean import clean_line

MAX_COUNT = 1_000_000
_COUNTS = (
    "patients_included",
    "acts_by_delegues",
    "acts_taken_back",
    "reevaluations",
    "same_day_referrals",
    "satisfaction_respondents",
    "satisfaction_satisfied",
)


@dataclass
class TallyInput:
    """One month of counts. No patient identity: only numbers and natures of adverse events."""

    month: dt.date
    patients_included: int = 0
    acts_by_delegues: int = 0
    acts_taken_back: int = 0
    reevaluations: int = 0
    same_day_referrals: int = 0
    adverse_events: dict[str, int] = field(default_factory=dict)
    satisfaction_respondents: int = 0
    satisfaction_satisfied: int = 0


def _clean_tally(v: TallyInput, rule: coop_catalog.CoopRule) -> TallyInput:
    counts: dict[str, int] = {}
    for name in _COUNTS:
        value = getattr(v, name)
        if isinstance(value, bool) or not isinstance(value, int) or value > MAX_COUNT:
            raise ValidationError(N_("Saisissez des nombres entiers."), field=name)
        counts[name] = value
    events: dict[str, int] = {}
    for nature, n in (v.adverse_events or {}).items():
        nature = clean_line(nature, 120, field="adverse_events")
        if isinstance(n, bool) or not isinstance(n, int):
            raise ValidationError(N_("Saisissez des nombres entiers."), field="adverse_events")
        if n and not nature:
            raise ValidationError(
                N_("Précisez la nature de chaque événement indésirable."), field="adverse_events"
            )
        if nature and n:
            events[nature] = events.get(nature, 0) + n
    out = TallyInput(month=month_start(v.month), adverse_events=events, **counts)
    found = coop_rules.check_tally(out)
    if out.reevaluations and (rule.financing is None or rule.financing.reevaluation_eur is None):
        found.append(tr(N_("Ce protocole ne prévoit pas de consultation de réévaluation.")))
    if found:
        raise ValidationError(
            N_("Saisie refusée : {problems}"), field="tally", problems=" ".join(found)
        )
    return out


def save_tally(
    db: Database,
    actor: Actor,
    declaration_id: int,
    values: TallyInput,
    expected_revision: int | None = None,
) -> tuple[int, OpChanges]:
    """Enter or correct one month's counts (one row per month)."""
    with operation(db, actor) as tx:
        decl = tx.get(Declaration, declaration_id, what=N_("déclaration"))
        protocol = protocol_in(tx.session, decl.protocol_code)
        assert protocol is not None  # checked when the declaration was saved
        values = _clean_tally(values, declared_rule(protocol.entry, decl.start_date))
        if decl.start_date is None or values.month < month_start(decl.start_date):
            raise ValidationError(
                N_("Pas d'activité avant le mois de début du protocole."), field="month"
            )
        t = tx.session.scalars(
            select(ActivityTally).where(
                ActivityTally.declaration_id == declaration_id, ActivityTally.month == values.month
            )
        ).first()
        action = "update"
        if t is None:
            t, action = ActivityTally(declaration_id=declaration_id, month=values.month), "create"
            tx.session.add(t)
        else:
            check_revision(t, expected_revision)
        for name in (*_COUNTS, "adverse_events"):
            setattr(t, name, getattr(values, name))
        tx.record(
            action,
            Entity.ACTIVITY_TALLY,
            t,
            declaration_id=declaration_id,
            month=values.month.isoformat(),
        )
    return t.id, tx.changes
