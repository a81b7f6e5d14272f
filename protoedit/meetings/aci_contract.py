"""The ACI contract's dated figures (points, euros, thresholds) and the yearly 5 % denominator."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from protoedit import catalog
from protoedit.errors import ValidationError
from protoedit.i18n import N_, language
from protoedit.ops import Actor, Entity, OpChanges, operation
from protoedit.store.database import Database
from protoedit.store.models import Meta, utcnow

DENOMINATOR_MAX = 1_000_000
_DENOMINATOR_KEY = "aci.denominator.{year}"


@dataclass(frozen=True)
class ConcertationTerms:
    wording_fr: str
    wording_en: str
    meetings_min: int
    cases_share_min: Decimal  # 0.05: 5 % of the patients aged 75+ or in ALD
    points: int
    basis_fr: str
    basis_en: str
    checked: bool

    def wording(self, lang: str | None = None) -> str:
        return self.wording_en if (lang or language()) == "en" else self.wording_fr

    def basis(self, lang: str | None = None) -> str:
        return self.basis_en if (lang or language()) == "en" else self.basis_fr


@dataclass(frozen=True)
class ProtocolTerms:
    wording_fr: str
    wording_en: str
    points_per_protocol: int
    max_protocols: int  # the most protocols that earn points (not a target)
    checked: bool

    def wording(self, lang: str | None = None) -> str:
        return self.wording_en if (lang or language()) == "en" else self.wording_fr


@dataclass(frozen=True)
class ContractFigures:
    """One dated version of the contract's figures, as the catalogue holds it."""

    valid_from: dt.date
    valid_to: dt.date | None
    source: str
    euro_per_point: Decimal
    checked: bool
    concertation: ConcertationTerms
    protocols: ProtocolTerms

    def euros(self, points: int) -> Decimal:
        return self.euro_per_point * points


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _figures(raw: dict[str, Any]) -> ContractFigures:
    c, p = raw["concertation"], raw["protocols"]
    return ContractFigures(
        valid_from=dt.date.fromisoformat(raw["valid_from"]),
        valid_to=_date(raw.get("valid_to")),
        source=raw.get("source", ""),
        euro_per_point=Decimal(str(raw["euro_per_point"])),
        checked=bool(raw.get("checked", False)),
        concertation=ConcertationTerms(
            c["wording_fr"],
            c.get("wording_en", c["wording_fr"]),
            int(c["meetings_min"]),
            Decimal(str(c["cases_share_min"])),
            int(c["points"]),
            c.get("points_basis_fr", ""),
            c.get("points_basis_en", c.get("points_basis_fr", "")),
            bool(c.get("checked", False)),
        ),
        protocols=ProtocolTerms(
            p["wording_fr"],
            p.get("wording_en", p["wording_fr"]),
            int(p["points_per_protocol"]),
            int(p["max_protocols"]),
            bool(p.get("checked", False)),
        ),
    )


def contract_versions() -> tuple[ContractFigures, ...]:
    return tuple(_figures(v) for v in catalog.load("aci_themes")["contract"]["versions"])


def figures_for(year: int) -> ContractFigures:
    """The version in force on Dec 31 of `year` (else the oldest one, for earlier years)."""
    end = dt.date(year, 12, 31)
    versions = sorted(contract_versions(), key=lambda v: v.valid_from)
    in_force = [
        v for v in versions if v.valid_from <= end and (v.valid_to is None or end < v.valid_to)
    ]
    return in_force[-1] if in_force else versions[0]


def cases_needed(share: Decimal, patients: int) -> int:
    """Cases to discuss for `share` of `patients`: 5 % of 410 is 20.5, so 21."""
    return math.ceil(share * patients)


# -- the yearly denominator -----------------------------------------------------------------------


@dataclass(frozen=True)
class Denominator:
    """Patients aged 75+ or in ALD of the médecins traitants for one year, and who entered it."""

    year: int
    patients: int
    by: str
    at: dt.datetime


def get_denominator(db: Database, year: int) -> Denominator | None:
    with db.read() as s:
        row = s.get(Meta, _DENOMINATOR_KEY.format(year=year))
        if row is None:
            return None
        raw = json.loads(row.value)
    return Denominator(
        year, int(raw["patients"]), raw.get("by", ""), dt.datetime.fromisoformat(raw["at"])
    )


def set_denominator(db: Database, actor: Actor, year: int, patients: int) -> OpChanges:
    """Enter the year's count of patients aged 75+ or in ALD (the 5 % rule's denominator)."""
    if not 1 <= int(patients) <= DENOMINATOR_MAX:
        raise ValidationError(
            N_("Le nombre de patients de 75 ans ou plus ou en ALD va de 1 à {max}."),
            field="patients",
            max=f"{DENOMINATOR_MAX:,}".replace(",", "\u202f"),
        )
    value = json.dumps(
        {
            "patients": int(patients),
            "by": actor.name,
            "by_id": actor.id,
            "at": utcnow().isoformat(timespec="seconds"),
        }
    )
    key = _DENOMINATOR_KEY.format(year=year)
    with operation(db, actor) as tx:
        row = tx.session.get(Meta, key)
        before = json.loads(row.value)["patients"] if row is not None else None
        if row is None:
            tx.session.add(Meta(key=key, value=value))
        else:
            row.value = value
        tx.record(
            "set", Entity.ACI_DENOMINATOR, year, year=year, patients=int(patients), before=before
        )
    return tx.changes
