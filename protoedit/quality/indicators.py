"""A protocol's indicators as the quality loop sees them: from the version in force (else the
latest), plus the names that only past measurements still carry."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from protoedit.protocols.content import Content
from protoedit.quality import periods, targets
from protoedit.store.models import Measurement, ProtocolVersion

IN_FORCE = ("approved",)


@dataclass(frozen=True)
class IndicatorDef:
    name: str
    definition: str = ""
    target_text: str = ""
    source: str = ""
    frequency: str = ""
    owner: str = ""
    kind: str = "year"  # period kind from the frequency
    target: targets.Target | None = None
    current: bool = True  # False: no longer in the protocol, kept for its measurements


def reference_version(session: Session, protocol_id: int) -> ProtocolVersion | None:
    """The version in force, else the latest one."""
    rows = session.scalars(
        select(ProtocolVersion)
        .where(ProtocolVersion.protocol_id == protocol_id)
        .order_by(ProtocolVersion.number)
    ).all()
    in_force = [v for v in rows if v.status in IN_FORCE]
    if in_force:
        return in_force[-1]
    return rows[-1] if rows else None


def indicators_of(session: Session, protocol_id: int) -> list[IndicatorDef]:
    version = reference_version(session, protocol_id)
    content = Content.from_dict(version.content if version else None)
    defs = [
        IndicatorDef(
            i.name.strip(),
            i.definition,
            i.target,
            i.source,
            i.frequency,
            i.owner,
            periods.kind_of(i.frequency),
            targets.parse(i.target),
        )
        for i in content.indicators
        if i.name.strip()
    ]
    known = {d.name for d in defs}
    past = session.execute(
        select(Measurement.indicator, Measurement.period_kind)
        .where(Measurement.protocol_id == protocol_id)
        .distinct()
    ).all()
    for name, kind in sorted(past):
        if name not in known:
            known.add(name)
            defs.append(IndicatorDef(name, kind=kind, current=False))
    return defs


def find(session: Session, protocol_id: int, name: str) -> IndicatorDef | None:
    return next((d for d in indicators_of(session, protocol_id) if d.name == name), None)
