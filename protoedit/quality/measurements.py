"""Recording indicator measurements: one value per indicator and period, counts only."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from protoedit.errors import FieldErrors, ValidationError
from protoedit.i18n import N_
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.quality import indicators, periods
from protoedit.store.database import Database
from protoedit.store.models import Measurement, Protocol
from protoedit.textclean import clean_line, clean_text

log = logging.getLogger("protoedit.quality")
MAX_COUNT = 10_000_000


@dataclass
class MeasurementInput:
    indicator: str = ""
    period: dt.date | None = None  # any day of the period
    numerator: int | None = None
    denominator: int | None = None
    value: float | None = None
    source: str = ""
    comment: str = ""


def _check_numbers(v: MeasurementInput) -> None:
    counts = (v.numerator, v.denominator)
    if v.value is None and counts == (None, None):
        raise FieldErrors(
            {"numerator": N_("Indiquez un numérateur et un dénominateur, ou une valeur.")}
        )
    if v.value is not None and counts != (None, None):
        raise FieldErrors(
            {
                "value": N_(
                    "Indiquez soit un numérateur et un dénominateur, soit une valeur, pas les deux."
                )
            }
        )
    if v.value is None and None in counts:
        raise FieldErrors(
            {
                "denominator" if v.denominator is None else "numerator": N_(
                    "Indiquez le numérateur et le dénominateur."
                )
            }
        )
    if any(n is not None and n < 0 for n in (*counts, v.value)):
        raise FieldErrors({"numerator": N_("Les nombres ne peuvent pas être négatifs.")})
    if v.value is None:
        _check_fraction(int(v.numerator or 0), int(v.denominator or 0))


def _check_fraction(numerator: int, denominator: int) -> None:
    if denominator == 0:
        raise FieldErrors(
            {
                "denominator": N_(
                    "Le dénominateur ne peut pas être nul : il compte les patients concernés."
                )
            }
        )
    if numerator > denominator:
        raise ValidationError(
            N_("Le numérateur ({num}) dépasse le dénominateur ({den})."),
            field="numerator",
            num=numerator,
            den=denominator,
        )
    if denominator > MAX_COUNT:
        raise FieldErrors({"denominator": N_("Nombre trop grand.")})


def _clean(v: MeasurementInput) -> MeasurementInput:
    if v.period is None:
        raise FieldErrors({"period": N_("Indiquez la période mesurée.")})
    _check_numbers(v)
    return MeasurementInput(
        clean_line(v.indicator, 300, "indicator"),
        v.period,
        v.numerator,
        v.denominator,
        v.value,
        clean_line(v.source, 300, "source"),
        clean_text(v.comment, 5000, "comment").strip(),
    )


def _place(tx: Tx, protocol_id: int, v: MeasurementInput, today: dt.date) -> tuple[str, dt.date]:
    """The period kind and start of the measurement; refuses unknown indicators and the future."""
    found = indicators.find(tx.session, protocol_id, v.indicator)
    if found is None:
        raise FieldErrors({"indicator": N_("Cet indicateur n'est pas dans le protocole.")})
    assert v.period is not None
    start = periods.start_of(found.kind, v.period)
    if start > periods.start_of(found.kind, today):
        raise ValidationError(
            N_("La période {period} n'a pas encore commencé."),
            field="period",
            period=periods.label(found.kind, start),
        )
    return found.kind, start


def _refuse_twice(
    tx: Tx,
    protocol_id: int,
    v: MeasurementInput,
    kind: str,
    start: dt.date,
    except_id: int | None = None,
) -> None:
    existing = tx.session.scalar(
        select(Measurement.id).where(
            Measurement.protocol_id == protocol_id,
            Measurement.indicator == v.indicator,
            Measurement.period_kind == kind,
            Measurement.period_start == start,
        )
    )
    if existing is not None and existing != except_id:
        raise ValidationError(
            N_("Une mesure existe déjà pour « {indicator} » en {period} : modifiez-la plutôt."),
            field="period",
            indicator=v.indicator,
            period=periods.label(kind, start),
        )


def _fill(m: Measurement, v: MeasurementInput, kind: str, start: dt.date, actor: Actor) -> None:
    m.indicator, m.period_kind, m.period_start = v.indicator, kind, start
    m.numerator, m.denominator, m.value = v.numerator, v.denominator, v.value
    m.source, m.comment, m.entered_by = v.source, v.comment, actor.name


def _detail(m: Measurement) -> dict[str, object]:
    return {
        "indicator": m.indicator,
        "period": m.period_start.isoformat(),
        "numerator": m.numerator,
        "denominator": m.denominator,
        "value": m.value,
    }


def record_measurement(
    db: Database,
    actor: Actor,
    protocol_id: int,
    values: MeasurementInput,
    today: dt.date | None = None,
) -> tuple[int, OpChanges]:
    """A new measurement of one of the protocol's indicators for one period."""
    v = _clean(values)
    with operation(db, actor) as tx:
        tx.get(Protocol, protocol_id, what=N_("protocole"))
        kind, start = _place(tx, protocol_id, v, today or dt.date.today())
        _refuse_twice(tx, protocol_id, v, kind, start)
        m = Measurement(protocol_id=protocol_id)
        _fill(m, v, kind, start, actor)
        tx.session.add(m)
        tx.session.flush()
        tx.changes.add(Entity.PROTOCOL, protocol_id)
        tx.record("record", Entity.MEASUREMENT, m, protocol_id=protocol_id, **_detail(m))
    log.info("measurement %s recorded for protocol %s", m.id, protocol_id)
    return m.id, tx.changes


def update_measurement(
    db: Database,
    actor: Actor,
    measurement_id: int,
    values: MeasurementInput,
    revision: int | None = None,
    today: dt.date | None = None,
) -> OpChanges:
    v = _clean(values)
    with operation(db, actor) as tx:
        m: Measurement = tx.get(Measurement, measurement_id, what=N_("mesure"))
        check_revision(m, revision)
        kind, start = _place(tx, m.protocol_id, v, today or dt.date.today())
        _refuse_twice(tx, m.protocol_id, v, kind, start, except_id=m.id)
        before = _detail(m)
        _fill(m, v, kind, start, actor)
        m.entered_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        tx.changes.add(Entity.PROTOCOL, m.protocol_id)
        tx.record(
            "update", Entity.MEASUREMENT, m, protocol_id=m.protocol_id, before=before, **_detail(m)
        )
    return tx.changes


def remove_measurement(db: Database, actor: Actor, measurement_id: int) -> OpChanges:
    with operation(db, actor) as tx:
        m: Measurement = tx.get(Measurement, measurement_id, what=N_("mesure"))
        tx.changes.add(Entity.PROTOCOL, m.protocol_id)
        tx.record(
            "remove", Entity.MEASUREMENT, measurement_id, protocol_id=m.protocol_id, **_detail(m)
        )
        tx.session.delete(m)
    return tx.changes
