"""Care protocols (HAS method): a stable identity with numbered versions, approvals and reviews."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from protoedit.store.models.base import Base, Revisioned, utcnow

STATUSES = ("draft", "in_review", "approved", "superseded", "archived")


class Protocol(Revisioned, Base):
    """A protocol's stable row; code, title and ACI theme mirror the version in force (or the
    latest version while none is approved), for lists and look-ups by code."""

    __tablename__ = "protocol"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    aci_theme: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    versions: Mapped[list[ProtocolVersion]] = relationship(
        back_populates="protocol", order_by="ProtocolVersion.number", cascade="all, delete-orphan"
    )


class ProtocolVersion(Revisioned, Base):
    """One version, frozen as a whole once approved: its own code, title and ACI theme, and
    `content` with sections, steps, indicators and references (see content.py)."""

    __tablename__ = "protocol_version"
    __table_args__ = (UniqueConstraint("protocol_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[int] = mapped_column(
        ForeignKey("protocol.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    title: Mapped[str] = mapped_column(String(300), default="", server_default="")
    aci_theme: Mapped[str] = mapped_column(String(40), default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    working_group: Mapped[list[int]] = mapped_column(JSON, default=list)  # professional ids
    change_note: Mapped[str] = mapped_column(Text, default="")
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    review_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    provenance: Mapped[dict[str, Any]] = mapped_column(
        JSON, default=dict
    )  # imported: team, version, date

    protocol: Mapped[Protocol] = relationship(back_populates="versions")
    approvals: Mapped[list[Approval]] = relationship(
        back_populates="version", order_by="Approval.at", cascade="all, delete-orphan"
    )


class Approval(Base):
    """A signature (or refusal) on one version, confirmed by the approver's PIN. Never edited."""

    __tablename__ = "approval"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="CASCADE"), index=True
    )
    professional_id: Mapped[int | None] = mapped_column(
        ForeignKey("professional.id"), nullable=True
    )
    name: Mapped[str] = mapped_column(String(250))
    profession: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(16), default="approve")  # approve | refuse
    meaning: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    version: Mapped[ProtocolVersion] = relationship(back_populates="approvals")


class ProtocolReview(Base):
    """A review that found nothing to change ("relu, sans modification")."""

    __tablename__ = "protocol_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="CASCADE"), index=True
    )
    professional_id: Mapped[int | None] = mapped_column(
        ForeignKey("professional.id"), nullable=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    next_review_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Acknowledgement(Base):
    """ "J'ai lu cette version": one professional's read acknowledgement of one version, and who
    recorded it at which PC (`actor`, the PC's user by default). Never edited."""

    __tablename__ = "acknowledgement"
    __table_args__ = (UniqueConstraint("version_id", "professional_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="CASCADE"), index=True
    )
    professional_id: Mapped[int] = mapped_column(
        ForeignKey("professional.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(250), default="")
