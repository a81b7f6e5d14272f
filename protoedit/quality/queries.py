"""Read views of the quality loop: a protocol's indicators with their series, signals and due
periods, its PDSA cycles, and the team's overview. Plain dataclasses, no ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from protoedit.errors import NotFoundError
from protoedit.i18n import N_
from protoedit.quality import periods, rules
from protoedit.quality.cycles import MICROSYSTEM
from protoedit.quality.indicators import IndicatorDef, indicators_of
from protoedit.store.database import Database
from protoedit.store.models import Measurement, PdsaCycle, Protocol, ProtocolVersion

MAX_DUE = 36  # periods listed as due per indicator, most recent first


@dataclass(frozen=True)
class MeasurementView:
    id: int
    revision: int
    indicator: str
    kind: str
    start: dt.date
    numerator: int | None
    denominator: int | None
    value: float | None
    source: str
    comment: str
    entered_by: str
    entered_at: dt.datetime

    @property
    def ratio(self) -> float:
        """The plotted value: the proportion of a count, or the value entered."""
        if self.value is not None:
            return self.value
        return (self.numerator or 0) / (self.denominator or 1)

    @property
    def is_count(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class IndicatorQuality:
    definition: IndicatorDef
    measurements: list[MeasurementView]  # oldest first
    centre: float | None = None  # the median of the series
    signals: list[rules.Signal] = field(default_factory=list)
    due: list[dt.date] = field(default_factory=list)  # finished periods with no measurement

    @property
    def name(self) -> str:
        return self.definition.name

    @property
    def latest(self) -> MeasurementView | None:
        return self.measurements[-1] if self.measurements else None

    @property
    def percent(self) -> bool:
        """Plotted as a proportion: counts, or a target given in %."""
        target = self.definition.target
        return bool(self.measurements and self.measurements[-1].is_count) or bool(
            target and target.percent
        )

    @property
    def on_target(self) -> bool | None:
        target, latest = self.definition.target, self.latest
        if target is None or latest is None:
            return None
        return target.met(latest.ratio)

    def labels(self, lang: str | None = None) -> list[str]:
        return [periods.label(m.kind, m.start, lang) for m in self.measurements]

    def sentences(self, lang: str | None = None) -> list[str]:
        """The signals in words: "Signal : 6 points consécutifs au-dessus de la médiane..."."""
        labels = self.labels(lang)
        return [rules.describe(s, labels, lang) for s in self.signals]


@dataclass(frozen=True)
class CycleView:
    id: int
    revision: int
    protocol_id: int
    number: int
    stage: str
    aim: str
    question: str
    prediction: str
    change: str
    who_when_where: str
    indicators: list[str]
    microsystem: dict[str, str]
    do_start: dt.date | None
    do_end: dt.date | None
    do_notes: str
    problems: str
    study: str
    act: str
    act_notes: str
    next_cycle: str
    decision_id: int | None
    protocol_version_id: int | None
    created_at: dt.datetime
    closed_at: dt.datetime | None

    @property
    def is_open(self) -> bool:
        return self.stage != "closed"

    def band(self, today: dt.date) -> tuple[dt.date, dt.date] | None:
        """The test's dates, drawn as a band on the charts (to today while it runs)."""
        if self.do_start is None:
            return None
        end = self.do_end or (self.closed_at.date() if self.closed_at else today)
        return self.do_start, max(end, self.do_start)


@dataclass(frozen=True)
class VersionMark:
    number: int
    approved: dt.date


@dataclass(frozen=True)
class ProtocolQuality:
    protocol_id: int
    code: str
    title: str
    indicators: list[IndicatorQuality]
    cycles: list[CycleView]
    versions: list[VersionMark]  # approved versions, oldest first

    @property
    def open_cycles(self) -> list[CycleView]:
        return [c for c in self.cycles if c.is_open]

    @property
    def signal_count(self) -> int:
        return sum(len(i.signals) for i in self.indicators)

    @property
    def due_count(self) -> int:
        return sum(len(i.due) for i in self.indicators if i.definition.current)

    def indicator(self, name: str) -> IndicatorQuality | None:
        return next((i for i in self.indicators if i.name == name), None)


def _measurement_view(m: Measurement) -> MeasurementView:
    return MeasurementView(
        m.id,
        m.revision,
        m.indicator,
        m.period_kind,
        m.period_start,
        m.numerator,
        m.denominator,
        m.value,
        m.source,
        m.comment,
        m.entered_by,
        m.entered_at,
    )


def cycle_view(c: PdsaCycle) -> CycleView:
    micro = {k: str((c.microsystem or {}).get(k, "")) for k in MICROSYSTEM}
    return CycleView(
        c.id,
        c.revision,
        c.protocol_id,
        c.number,
        c.stage,
        c.aim,
        c.question,
        c.prediction,
        c.change,
        c.who_when_where,
        list(c.indicators or []),
        micro,
        c.do_start,
        c.do_end,
        c.do_notes,
        c.problems,
        c.study,
        c.act,
        c.act_notes,
        c.next_cycle,
        c.decision_id,
        c.protocol_version_id,
        c.created_at,
        c.closed_at,
    )


def _indicator(
    d: IndicatorDef, rows: list[MeasurementView], since: dt.date | None, today: dt.date
) -> IndicatorQuality:
    rows = sorted((m for m in rows if m.kind == d.kind), key=lambda m: m.start)
    values = [m.ratio for m in rows]
    centre = rules.median(values) if values else None
    signals = rules.run_chart_signals(values, centre) if values else []
    due: list[dt.date] = []
    if d.current and since is not None:
        due = periods.due(d.kind, {m.start for m in rows}, since, today)[-MAX_DUE:]
    return IndicatorQuality(d, rows, centre, signals, due)


def _versions(session: Session, protocol_id: int) -> list[VersionMark]:
    rows = session.execute(
        select(ProtocolVersion.number, ProtocolVersion.approved_at)
        .where(ProtocolVersion.protocol_id == protocol_id, ProtocolVersion.approved_at.is_not(None))
        .order_by(ProtocolVersion.number)
    ).all()
    return [VersionMark(n, at.date()) for n, at in rows if at is not None]


def _quality(
    session: Session, p: Protocol, today: dt.date, until: dt.date | None = None
) -> ProtocolQuality:
    """`until`: only the periods starting by then (a past year's report)."""
    query = select(Measurement).where(Measurement.protocol_id == p.id)
    if until is not None:
        query = query.where(Measurement.period_start <= until)
    rows = [_measurement_view(m) for m in session.scalars(query)]
    versions = _versions(session, p.id)
    since = versions[0].approved if versions else None
    indicators = [
        _indicator(d, [m for m in rows if m.indicator == d.name], since, today)
        for d in indicators_of(session, p.id)
    ]
    cycles = [
        cycle_view(c)
        for c in session.scalars(
            select(PdsaCycle).where(PdsaCycle.protocol_id == p.id).order_by(PdsaCycle.number)
        )
    ]
    return ProtocolQuality(p.id, p.code, p.title, indicators, cycles, versions)


def protocol_quality(
    db: Database, protocol_id: int, today: dt.date | None = None
) -> ProtocolQuality:
    with db.read() as s:
        p = s.get(Protocol, protocol_id)
        if p is None:
            raise NotFoundError(N_("protocole"), protocol_id)
        return _quality(s, p, today or dt.date.today())


def overview(
    db: Database, today: dt.date | None = None, until: dt.date | None = None
) -> list[ProtocolQuality]:
    """Every protocol that is not archived, by code, with its quality figures (measured
    periods starting by `until` when given)."""
    day = today or dt.date.today()
    with db.read() as s:
        archived = select(ProtocolVersion.protocol_id).where(ProtocolVersion.status == "archived")
        protocols = s.scalars(
            select(Protocol).where(Protocol.id.not_in(archived)).order_by(Protocol.code)
        ).all()
        return [_quality(s, p, day, until) for p in protocols]


def cycle(db: Database, cycle_id: int) -> CycleView:
    with db.read() as s:
        c = s.get(PdsaCycle, cycle_id)
        if c is None:
            raise NotFoundError(N_("cycle PDSA"), cycle_id)
        return cycle_view(c)


def cycle_for_decision(db: Database, decision_id: int) -> CycleView | None:
    with db.read() as s:
        c = s.scalar(select(PdsaCycle).where(PdsaCycle.decision_id == decision_id))
        return cycle_view(c) if c else None
