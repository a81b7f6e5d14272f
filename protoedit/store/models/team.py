"""The team: its structure (MSP, CDS, ESP, CPTS) and its professionals."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from protoedit.store.models.base import Base, Revisioned


class Structure(Revisioned, Base):
    __tablename__ = "structure"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(8), default="MSP")
    finess: Mapped[str] = mapped_column(String(9), default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    legal_rep_name: Mapped[str] = mapped_column(String(200), default="")
    legal_rep_contact: Mapped[str] = mapped_column(String(200), default="")


class Professional(Revisioned, Base):
    __tablename__ = "professional"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_name: Mapped[str] = mapped_column(String(120))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    profession: Mapped[str] = mapped_column(String(40))
    rpps: Mapped[str] = mapped_column(String(11), default="")
    adeli: Mapped[str] = mapped_column(String(9), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    partner: Mapped[bool] = mapped_column(Boolean, default=False)  # outside partner
    pin_hash: Mapped[str] = mapped_column(String(200), default="")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
