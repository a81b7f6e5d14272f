"""Concertation meetings: invitees, agenda items, decisions and their follow-up, amendments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from protoedit.store.models.base import Base, Revisioned, utcnow


class Meeting(Revisioned, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(32), default="rcp")
    title: Mapped[str] = mapped_column(String(300), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("professional.id"), nullable=True)
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("professional.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="planned")  # planned | held | closed
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    invitees: Mapped[list[Invitee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Invitee.id"
    )
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class Invitee(Revisioned, Base):
    __tablename__ = "invitee"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    professional_id: Mapped[int | None] = mapped_column(
        ForeignKey("professional.id"), nullable=True
    )
    name: Mapped[str] = mapped_column(String(250), default="")  # outside partner
    profession: Mapped[str] = mapped_column(String(40), default="")
    attendance: Mapped[str] = mapped_column(String(16), default="invited")  # present|excused|absent

    meeting: Mapped[Meeting] = relationship(back_populates="invitees")


class AgendaItem(Revisioned, Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=15)
    kind: Mapped[str] = mapped_column(
        String(24), default="case"
    )  # case|adverse_event|protocol|organisation
    theme: Mapped[str] = mapped_column(String(300), default="")
    requester: Mapped[str] = mapped_column(String(250), default="")
    presenter: Mapped[str] = mapped_column(String(250), default="")
    patient_pseudonym: Mapped[str] = mapped_column(String(120), default="")
    patient_initials: Mapped[str] = mapped_column(String(12), default="")
    consent: Mapped[str] = mapped_column(String(12), default="not_asked")  # yes | not_asked
    flag_75: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_ald: Mapped[bool] = mapped_column(Boolean, default=False)
    protocol_id: Mapped[int | None] = mapped_column(ForeignKey("protocol.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")  # the problems discussed (Markdown)
    notes_private: Mapped[bool] = mapped_column(
        Boolean, default=False
    )  # left out of the minutes PDF
    proposal: Mapped[str] = mapped_column(Text, default="")
    deviation_reason: Mapped[str] = mapped_column(Text, default="")  # care given differs: why
    minutes_spent: Mapped[int | None] = mapped_column(Integer, nullable=True)

    meeting: Mapped[Meeting] = relationship(back_populates="items")


class Decision(Revisioned, Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("professional.id"), nullable=True)
    owner_name: Mapped[str] = mapped_column(String(250), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(
        String(16), default="open", index=True
    )  # open|done|postponed|cancelled
    status_note: Mapped[str] = mapped_column(Text, default="")
    closed_in_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id"), nullable=True
    )
    protocol_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("protocol_version.id"), nullable=True
    )


class Amendment(Base):
    """A correction to closed minutes, with who and when. Never edited."""

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(250))
    text: Mapped[str] = mapped_column(Text)
