"""Figures a protocol version leaves unknown (training hours), filled in by the team, dated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from protoedit.cooperation import catalog as coop_catalog
from protoedit.cooperation.catalog import CoopEntry, CoopRule, TeamFigure
from protoedit.errors import NotFoundError, ValidationError
from protoedit.i18n import N_
from protoedit.ops import Actor, Entity, OpChanges, Tx, operation
from protoedit.store.database import Database
from protoedit.store.models import CoopProtocol

# coop_protocol.origin of the row holding the team's figures for a national protocol: its code
# is the national code, its `rules` the dated records, oldest first (the latest one applies).
COMPLETION = "completion"
MAX_TRAINING_HOURS = 1000.0


def apply_figures(entry: CoopEntry, records: Sequence[Mapping[str, Any]]) -> CoopEntry:
    """The entry with the team's figures filling what its versions leave unknown (None).

    A figure the catalogue knows is never overridden: the official text wins.
    """
    if not records:
        return entry
    rules = [_apply_to_rule(rule, records) for rule in entry.rules]
    return replace(entry, rules=tuple(rules))


def _apply_to_rule(rule: CoopRule, records: Sequence[Mapping[str, Any]]) -> CoopRule:
    latest: dict[str, TeamFigure] = {}
    for r in records:
        if r.get("valid_from") == rule.valid_from.isoformat():
            latest[r["field"]] = TeamFigure(
                r["field"], float(r["value"]), dt.date.fromisoformat(r["on"]), str(r.get("by", ""))
            )
    unknown = {name: f for name, f in latest.items() if getattr(rule, name, 0) is None}
    if not unknown:
        return rule
    values: dict[str, Any] = {name: f.value for name, f in unknown.items()}
    return replace(rule, **values, team_figures=tuple(unknown.values()))


def figures_in(session: Session) -> dict[str, list[dict[str, Any]]]:
    """National code -> the team's dated figure records."""
    rows = session.scalars(select(CoopProtocol).where(CoopProtocol.origin == COMPLETION))
    return {p.code: list(p.rules or []) for p in rows}


def _check_hours(hours: float | None) -> float:
    if hours is None or not 0 < hours <= MAX_TRAINING_HOURS:
        raise ValidationError(
            N_("Indiquez la durée de formation requise, en heures (par exemple 6 ou 7,5)."),
            field="training_hours",
        )
    return float(hours)


def _version(entry: CoopEntry, valid_from: dt.date) -> CoopRule:
    rule = next((r for r in entry.rules if r.valid_from == valid_from), None)
    if rule is None:
        raise NotFoundError(N_("version du protocole"), valid_from.strftime("%d/%m/%Y"))
    return rule


def _complete_national(
    tx: Tx, entry: CoopEntry, valid_from: dt.date, hours: float, on: dt.date
) -> None:
    if _version(entry, valid_from).training_hours is not None:
        raise ValidationError(
            N_(
                "Le catalogue indique déjà la durée de formation de cette "
                "version : elle ne se remplace pas."
            ),
            field="training_hours",
        )
    row = tx.session.scalars(select(CoopProtocol).where(CoopProtocol.code == entry.code)).first()
    if row is None:
        row = CoopProtocol(code=entry.code, title=entry.title_fr, origin=COMPLETION, rules=[])
        tx.session.add(row)
    record = {
        "valid_from": valid_from.isoformat(),
        "field": "training_hours",
        "value": hours,
        "on": on.isoformat(),
        "by": tx.actor.name,
    }
    row.rules = [*(row.rules or []), record]  # a new list: the JSON column sees the change
    tx.record("complete", Entity.COOP_PROTOCOL, row, code=entry.code, **record)


def _complete_team(tx: Tx, code: str, valid_from: dt.date, hours: float) -> None:
    row = tx.session.scalars(
        select(CoopProtocol).where(CoopProtocol.code == code, CoopProtocol.origin != COMPLETION)
    ).first()
    if row is None:
        raise NotFoundError(N_("protocole"), code)
    rules = [dict(r) for r in row.rules or []]
    target = next((r for r in rules if r.get("valid_from") == valid_from.isoformat()), None)
    if target is None:
        raise NotFoundError(N_("version du protocole"), valid_from.strftime("%d/%m/%Y"))
    target["training_hours"] = hours
    row.rules = rules
    tx.record(
        "update",
        Entity.COOP_PROTOCOL,
        row,
        code=code,
        field="training_hours",
        value=hours,
        valid_from=valid_from.isoformat(),
    )


def set_training_hours(
    db: Database,
    actor: Actor,
    code: str,
    valid_from: dt.date,
    hours: float | None,
    on: dt.date | None = None,
) -> OpChanges:
    """The team fills in the training hours a version requires, when the text gives none.

    National protocol: a dated record (who, when) applied over the catalogue; the team's own
    protocol: its version is corrected. Either way the change is in the audit log.
    """
    hours = _check_hours(hours)
    national = coop_catalog.national_protocol(code)
    with operation(db, actor) as tx:
        if national is not None:
            _complete_national(tx, national, valid_from, hours, on or dt.date.today())
        else:
            _complete_team(tx, code, valid_from, hours)
    return tx.changes
