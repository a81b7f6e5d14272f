"""The quality loop: indicator measurements per period and PDSA cycles of a protocol."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from protoedit.store.models.base import Base, Revisioned, utcnow


class Measurement(Revisioned, Base):
    """One indicator's value for one period: a count (numerator/denominator) or a value.

    Counts only, never patient identities. The indicator is named as in the protocol's content
    (indicators live in each version's content), so its history spans versions."""

    __tablename__ = "measurement"
    __table_args__ = (UniqueConstraint("protocol_id", "indicator", "period_kind", "period_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[int] = mapped_column(
        ForeignKey("protocol.id", ondelete="CASCADE"), index=True
    )
    indicator: Mapped[str] = mapped_column(String(300))
    period_kind: Mapped[str] = mapped_column(String(8))  # month | quarter | year
    period_start: Mapped[dt.date] = mapped_column(Date)
    numerator: Mapped[int | None] = mapped_column(Integer, nullable=True)
    denominator: Mapped[int | None] = mapped_column(Integer, nullable=True)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    source: Mapped[str] = mapped_column(String(300), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(250), default="")
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PdsaCycle(Revisioned, Base):
    """A Plan-Do-Study-Act cycle tested on a protocol; stage is plan|do|study|act|closed."""

    __tablename__ = "pdsa_cycle"
    __table_args__ = (UniqueConstraint("protocol_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[int] = mapped_column(
        ForeignKey("protocol.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(8), default="plan")
    # Plan
    aim: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    prediction: Mapped[str] = mapped_column(Text, default="")
    change: Mapped[str] = mapped_column(Text, default="")
    who_when_where: Mapped[str] = mapped_column(Text, default="")
    indicators: Mapped[list[str]] = mapped_column(JSON, default=list)  # indicator names
    microsystem: Mapped[dict[str, Any]] = mapped_column(
        JSON, default=dict
    )  # purpose, patients, professionals...
    # Do
    do_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    do_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    do_notes: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    # Study
    study: Mapped[str] = mapped_column(Text, default="")
    # Act
    act: Mapped[str] = mapped_column(String(8), default="")  # adopt | adapt | abandon
    act_notes: Mapped[str] = mapped_column(Text, default="")
    next_cycle: Mapped[str] = mapped_column(Text, default="")
    # Links of the loop
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decision.id", ondelete="SET NULL"), nullable=True
    )
    protocol_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
