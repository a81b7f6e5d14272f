"""Read views of cooperation protocols, declarations, rosters, tallies and yearly reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from protoedit.cooperation import catalog as coop_catalog
from protoedit.cooperation import figures as coop_figures
from protoedit.cooperation import rules as coop_rules
from protoedit.cooperation.catalog import CoopEntry, CoopRule
from protoedit.errors import NotFoundError
from protoedit.i18n import N_
from protoedit.store.database import Database
from protoedit.store.models import (
    ActivityTally,
    CoopProtocol,
    Declaration,
    DeclarationMember,
    Professional,
    Structure,
    TeamChange,
)

STATUS_LABELS = {
    "draft": N_("En préparation"),
    "declared": N_("Déclarée"),
    "ended": N_("Terminée"),
}
ORIGIN_LABELS = {"national": N_("national"), "local": N_("local")}
_ROLE_ORDER = {"delegant": 0, "delegue": 1}


@dataclass
class ProtocolRow:
    """A protocol the team can declare: from the shipped catalogue (team_id None) or its own."""

    code: str
    title: str
    origin: str  # national | local
    entry: CoopEntry
    team_id: int | None = None
    revision: int | None = None


@dataclass
class MemberView:
    """One declared professional with the facts the rules read (`name` prefixes messages)."""

    id: int
    revision: int
    professional_id: int
    last_name: str
    first_name: str
    profession_code: str
    rpps: str
    adeli: str
    email: str
    phone: str
    role: str
    engagement_date: dt.date | None
    training_date: dt.date | None
    training_hours: float | None
    joined_on: dt.date | None
    left_on: dt.date | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def identifier(self) -> str:
        """'RPPS 10000000011' or 'ADELI 751234567' (RPPS first), or ''."""
        if self.rpps:
            return f"RPPS {self.rpps}"
        return f"ADELI {self.adeli}" if self.adeli else ""


@dataclass
class DeclarationView:
    id: int
    revision: int
    protocol_code: str
    protocol_title: str
    referent_id: int | None
    legal_rep_name: str
    legal_rep_contact: str
    start_date: dt.date | None
    declared_on: dt.date | None
    status: str
    financing_split: dict[str, Any]
    members: list[MemberView] = field(default_factory=list)

    @property
    def current_members(self) -> list[MemberView]:
        """Members who have not left: the team to declare (or declared)."""
        return [m for m in self.members if m.left_on is None]

    @property
    def referent(self) -> MemberView | None:
        return next(
            (m for m in self.current_members if m.professional_id == self.referent_id), None
        )

    @property
    def is_declared(self) -> bool:
        return self.status != "draft"


@dataclass
class TeamChangeView:
    id: int
    declaration_id: int
    change_date: dt.date
    joined: list[MemberView]
    left: list[MemberView]
    note: str


@dataclass
class TallyView:
    """Counts of one month (never a patient identity); id None for a month not yet entered."""

    month: dt.date
    id: int | None = None
    revision: int | None = None
    patients_included: int = 0
    acts_by_delegues: int = 0
    acts_taken_back: int = 0
    reevaluations: int = 0
    same_day_referrals: int = 0
    adverse_events: dict[str, int] = field(default_factory=dict)
    satisfaction_respondents: int = 0
    satisfaction_satisfied: int = 0


@dataclass
class YearlyReport:
    declaration: DeclarationView
    rule: CoopRule
    year: int
    tallies: list[TallyView]  # twelve months, empty ones included
    indicators: coop_rules.Indicators
    financing: coop_rules.Financing
    split_problems: list[str]


# ---------------------------------------------------------------- protocols


def _team_row(p: CoopProtocol) -> ProtocolRow:
    entry = coop_catalog.entry_from_rules(p.code, p.title, p.origin, list(p.rules or []))
    return ProtocolRow(p.code, p.title, p.origin, entry, p.id, p.revision)


def protocols_in(session: Session) -> list[ProtocolRow]:
    figures = coop_figures.figures_in(session)
    rows = [
        ProtocolRow(
            e.code, e.title_fr, e.origin, coop_figures.apply_figures(e, figures.get(e.code, []))
        )
        for e in coop_catalog.national_protocols()
    ]
    team = session.scalars(
        select(CoopProtocol)
        .where(CoopProtocol.origin != coop_figures.COMPLETION)
        .order_by(CoopProtocol.title)
    ).all()
    return rows + [_team_row(p) for p in team]


def list_protocols(db: Database) -> list[ProtocolRow]:
    """The national catalogue first, then the team's own protocols (by title)."""
    with db.read() as s:
        return protocols_in(s)


def protocol_in(session: Session, code: str) -> ProtocolRow | None:
    return next((p for p in protocols_in(session) if p.code == code), None)


def find_protocol(db: Database, code: str) -> ProtocolRow | None:
    with db.read() as s:
        return protocol_in(s, code)


def declared_rule(entry: CoopEntry, start_date: dt.date | None) -> CoopRule:
    """The version in force at the start date; else the nearest one (its dates get checked)."""
    day = start_date or dt.date.today()
    rule = entry.rule_on(day)
    if rule is not None:
        return rule
    before = [r for r in entry.rules if r.valid_from <= day]
    return before[-1] if before else entry.rules[0]


# ---------------------------------------------------------------- declarations


def _member_view(m: DeclarationMember, pro: Professional) -> MemberView:
    return MemberView(
        id=m.id,
        revision=m.revision,
        professional_id=pro.id,
        last_name=pro.last_name,
        first_name=pro.first_name,
        profession_code=pro.profession,
        rpps=pro.rpps,
        adeli=pro.adeli,
        email=pro.email,
        phone=pro.phone,
        role=m.role,
        engagement_date=m.engagement_date,
        training_date=m.training_date,
        training_hours=m.training_hours,
        joined_on=m.joined_on,
        left_on=m.left_on,
    )


def declaration_in(session: Session, declaration_id: int) -> DeclarationView:
    decl = session.get(Declaration, declaration_id)
    if decl is None:
        raise NotFoundError(N_("déclaration"), declaration_id)
    protocol = protocol_in(session, decl.protocol_code)
    members = []
    for m in decl.members:
        pro = session.get(Professional, m.professional_id)
        assert pro is not None  # foreign key
        members.append(_member_view(m, pro))
    members.sort(
        key=lambda v: (
            _ROLE_ORDER.get(v.role, 9),
            v.last_name.casefold(),
            v.first_name.casefold(),
            v.id,
        )
    )
    return DeclarationView(
        id=decl.id,
        revision=decl.revision,
        protocol_code=decl.protocol_code,
        protocol_title=protocol.title if protocol else decl.protocol_code,
        referent_id=decl.referent_id,
        legal_rep_name=decl.legal_rep_name,
        legal_rep_contact=decl.legal_rep_contact,
        start_date=decl.start_date,
        declared_on=decl.declared_on,
        status=decl.status,
        financing_split=dict(decl.financing_split or {}),
        members=members,
    )


def get_declaration(db: Database, declaration_id: int) -> DeclarationView:
    with db.read() as s:
        return declaration_in(s, declaration_id)


def list_declarations(db: Database) -> list[DeclarationView]:
    """Every declaration, the most recent start first (undated drafts on top)."""
    with db.read() as s:
        ids = s.scalars(select(Declaration.id)).all()
        views = [declaration_in(s, i) for i in ids]
    return sorted(
        views, key=lambda v: (v.start_date is None, v.start_date or dt.date.min, v.id), reverse=True
    )


def structure_in(session: Session) -> Structure | None:
    return session.scalars(select(Structure).order_by(Structure.id).limit(1)).first()


def roster_on(db: Database, declaration_id: int, day: dt.date) -> list[MemberView]:
    """The team on `day`: nobody before the start date, then the dated history of changes."""
    decl = get_declaration(db, declaration_id)
    if decl.start_date is not None and day < decl.start_date:
        return []
    return coop_rules.roster_on(decl.members, day)


def team_changes(db: Database, declaration_id: int) -> list[TeamChangeView]:
    """The changes of members declared after the declaration, oldest first."""
    with db.read() as s:
        decl = declaration_in(s, declaration_id)
        rows = s.scalars(
            select(TeamChange)
            .where(TeamChange.declaration_id == declaration_id)
            .order_by(TeamChange.change_date, TeamChange.id)
        ).all()
    by_id = {m.id: m for m in decl.members}
    return [
        TeamChangeView(
            c.id,
            c.declaration_id,
            c.change_date,
            [by_id[i] for i in c.added if i in by_id],
            [by_id[i] for i in c.removed if i in by_id],
            c.note,
        )
        for c in rows
    ]


def get_team_change(db: Database, change_id: int) -> tuple[DeclarationView, TeamChangeView]:
    with db.read() as s:
        change = s.get(TeamChange, change_id)
        if change is None:
            raise NotFoundError(N_("modification d'équipe"), change_id)
        declaration_id = change.declaration_id
    view = next(c for c in team_changes(db, declaration_id) if c.id == change_id)
    return get_declaration(db, declaration_id), view


# ---------------------------------------------------------------- activity


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _tally_view(t: ActivityTally) -> TallyView:
    return TallyView(
        month=t.month,
        id=t.id,
        revision=t.revision,
        patients_included=t.patients_included,
        acts_by_delegues=t.acts_by_delegues,
        acts_taken_back=t.acts_taken_back,
        reevaluations=t.reevaluations,
        same_day_referrals=t.same_day_referrals,
        adverse_events=dict(t.adverse_events or {}),
        satisfaction_respondents=t.satisfaction_respondents,
        satisfaction_satisfied=t.satisfaction_satisfied,
    )


def year_tallies(db: Database, declaration_id: int, year: int) -> list[TallyView]:
    """Twelve months of `year`; months not entered come as empty (id None) views."""
    with db.read() as s:
        rows = s.scalars(
            select(ActivityTally).where(
                ActivityTally.declaration_id == declaration_id,
                ActivityTally.month >= dt.date(year, 1, 1),
                ActivityTally.month <= dt.date(year, 12, 31),
            )
        ).all()
    entered = {t.month: _tally_view(t) for t in rows}
    return [entered.get(dt.date(year, m, 1), TallyView(dt.date(year, m, 1))) for m in range(1, 13)]


def yearly_report(db: Database, declaration_id: int, year: int) -> YearlyReport:
    """The four indicators and the expected financing of one calendar year."""
    decl = get_declaration(db, declaration_id)
    protocol = find_protocol(db, decl.protocol_code)
    if protocol is None:
        raise NotFoundError(N_("protocole"), decl.protocol_code)
    rule = declared_rule(protocol.entry, decl.start_date)
    months = year_tallies(db, declaration_id, year)
    entered = [t for t in months if t.id is not None]
    return YearlyReport(
        declaration=decl,
        rule=rule,
        year=year,
        tallies=months,
        indicators=coop_rules.yearly_indicators(entered),
        financing=coop_rules.expected_financing(rule, entered, decl.financing_split),
        split_problems=coop_rules.check_split(rule, decl.financing_split),
    )
