"""Cooperation protocols (task delegation): team-held catalogue entries, declarations, tallies."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from protoedit.store.models.base import Base, Revisioned


class CoopProtocol(Revisioned, Base):
    """A local or newer national protocol added by the team; `rules` is a dated list of versions."""

    __tablename__ = "coop_protocol"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    origin: Mapped[str] = mapped_column(String(16), default="local")  # national | local
    rules: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Declaration(Revisioned, Base):
    __tablename__ = "declaration"

    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_code: Mapped[str] = mapped_column(String(40), index=True)
    referent_id: Mapped[int | None] = mapped_column(ForeignKey("professional.id"), nullable=True)
    legal_rep_name: Mapped[str] = mapped_column(String(200), default="")
    legal_rep_contact: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    declared_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | declared | ended
    financing_split: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    members: Mapped[list[DeclarationMember]] = relationship(
        back_populates="declaration", cascade="all, delete-orphan", order_by="DeclarationMember.id"
    )


class DeclarationMember(Revisioned, Base):
    """A member of a declared team; `joined_on`/`left_on` date the roster history."""

    __tablename__ = "declaration_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declaration.id", ondelete="CASCADE"), index=True
    )
    professional_id: Mapped[int] = mapped_column(ForeignKey("professional.id"))
    role: Mapped[str] = mapped_column(String(16))  # delegant | delegue
    engagement_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    training_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    training_hours: Mapped[float | None] = mapped_column(nullable=True)
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    declaration: Mapped[Declaration] = relationship(back_populates="members")


class TeamChange(Base):
    """A dated change of members after declaration, to be declared again. Never edited."""

    __tablename__ = "team_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declaration.id", ondelete="CASCADE"), index=True
    )
    change_date: Mapped[dt.date] = mapped_column(Date)
    added: Mapped[list[int]] = mapped_column(JSON, default=list)  # member ids
    removed: Mapped[list[int]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")


class ActivityTally(Revisioned, Base):
    """Monthly counts for one declaration. Counts only: never a patient identity."""

    __tablename__ = "activity_tally"
    __table_args__ = (UniqueConstraint("declaration_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declaration.id", ondelete="CASCADE"), index=True
    )
    month: Mapped[dt.date] = mapped_column(Date)  # first day of the month
    patients_included: Mapped[int] = mapped_column(Integer, default=0)
    acts_by_delegues: Mapped[int] = mapped_column(Integer, default=0)
    acts_taken_back: Mapped[int] = mapped_column(Integer, default=0)
    reevaluations: Mapped[int] = mapped_column(Integer, default=0)
    same_day_referrals: Mapped[int] = mapped_column(Integer, default=0)
    adverse_events: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # nature -> count
    satisfaction_respondents: Mapped[int] = mapped_column(Integer, default=0)
    satisfaction_satisfied: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
