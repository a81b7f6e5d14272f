"""The yearly ACI view: meetings, cases, protocols against the contract's criteria; its CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import exists, func, select
from sqlalchemy.orm import aliased

from protoedit import catalog
from protoedit.i18n import N_, language, tr
from protoedit.meetings.aci_contract import (
    ContractFigures,
    Denominator,
    cases_needed,
    figures_for,
    get_denominator,
)
from protoedit.meetings.queries import HELD_STATUSES
from protoedit.store.database import Database
from protoedit.store.models import AgendaItem, Meeting, Protocol, ProtocolVersion

ACI_MEETING_KINDS = ("rcp",)  # concertation on patients; organisation meetings do not count
CSV_ENCODING = "utf-8-sig"  # write aci_csv() with this: the BOM makes Excel read UTF-8
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class AciMeeting:
    id: int
    starts_at: dt.datetime
    title: str
    cases: int


@dataclass
class AciProtocol:
    id: int
    code: str
    title: str
    aci_theme: str
    in_force_since: dt.datetime  # approval of the version in force at the end of the year


@dataclass
class AciYear:
    """Counts for one calendar year, measured against the contract's dated figures."""

    year: int
    figures: ContractFigures
    denominator: Denominator | None = None
    meetings: list[AciMeeting] = field(default_factory=list)
    cases: int = 0
    cases_75: int = 0
    cases_ald: int = 0
    cases_75_or_ald: int = 0
    protocols: list[AciProtocol] = field(default_factory=list)

    @property
    def meetings_held(self) -> int:
        return len(self.meetings)

    @property
    def meetings_target(self) -> int:
        return self.figures.concertation.meetings_min

    @property
    def meetings_reached(self) -> bool:
        return self.meetings_held >= self.meetings_target

    @property
    def cases_needed(self) -> int | None:
        """Cases of patients aged 75+ or in ALD needed for the 5 % rule; None: no denominator."""
        if self.denominator is None:
            return None
        return cases_needed(self.figures.concertation.cases_share_min, self.denominator.patients)

    @property
    def cases_share_reached(self) -> bool | None:
        """The 5 % rule; None when the year's denominator was not entered."""
        needed = self.cases_needed
        return None if needed is None else self.cases_75_or_ald >= needed

    @property
    def concertation_reached(self) -> bool:
        return self.meetings_reached and self.cases_share_reached is True

    @property
    def concertation_points(self) -> int:
        return self.figures.concertation.points if self.concertation_reached else 0

    @property
    def protocols_approved(self) -> int:
        return len(self.protocols)

    @property
    def protocols_counted(self) -> int:
        """Protocols that earn points: all of them, up to the contract's maximum."""
        return min(self.protocols_approved, self.figures.protocols.max_protocols)

    @property
    def protocols_points(self) -> int:
        return self.protocols_counted * self.figures.protocols.points_per_protocol

    @property
    def points(self) -> int:
        return self.concertation_points + self.protocols_points


def year_bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    """[Jan 1 00:00, Jan 1 of the next year 00:00): Dec 31 23:59 is in, the next Jan 1 is out."""
    return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)


def aci_year(db: Database, year: int, today: dt.date | None = None) -> AciYear:
    """Count meetings, cases and protocols of `year`.

    - Meetings: kind "rcp", status held or closed, starting within the calendar year and not
      after `today` (a meeting dated in the future has not taken place, whatever its status).
    - Cases: agenda items of kind "case" in those meetings (each item counts once; the same
      patient discussed twice counts twice), with how many are flagged 75+, ALD, either.
    - Protocols: those on an annex-3 theme (aci_theme set) that had a version approved on or
      before Dec 31 of the year (a version now approved or superseded) and are still in force
      today (one version currently approved; an archived protocol no longer counts).
    """
    start, end = year_bounds(year)
    tomorrow = dt.datetime.combine((today or dt.date.today()) + dt.timedelta(days=1), dt.time())
    report = AciYear(year, figures_for(year), get_denominator(db, year))
    with db.read() as s:
        meetings = s.execute(
            select(Meeting.id, Meeting.starts_at, Meeting.title)
            .where(
                Meeting.status.in_(HELD_STATUSES),
                Meeting.kind.in_(ACI_MEETING_KINDS),
                Meeting.starts_at >= start,
                Meeting.starts_at < min(end, tomorrow),
            )
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        flags = (
            s.execute(
                select(AgendaItem.meeting_id, AgendaItem.flag_75, AgendaItem.flag_ald).where(
                    AgendaItem.meeting_id.in_([m.id for m in meetings]), AgendaItem.kind == "case"
                )
            ).all()
            if meetings
            else []
        )
        per_meeting = Counter(meeting_id for meeting_id, _, _ in flags)
        report.meetings = [
            AciMeeting(m.id, m.starts_at, m.title, per_meeting[m.id]) for m in meetings
        ]
        report.cases = len(flags)
        report.cases_75 = sum(1 for _, f75, _ in flags if f75)
        report.cases_ald = sum(1 for _, _, ald in flags if ald)
        report.cases_75_or_ald = sum(1 for _, f75, ald in flags if f75 or ald)
        current = aliased(ProtocolVersion)
        in_force_now = exists().where(
            current.protocol_id == Protocol.id, current.status == "approved"
        )
        protocols = s.execute(
            select(
                Protocol.id,
                Protocol.code,
                Protocol.title,
                Protocol.aci_theme,
                func.max(ProtocolVersion.approved_at),
            )
            .join(ProtocolVersion, ProtocolVersion.protocol_id == Protocol.id)
            .where(
                Protocol.aci_theme != "",
                in_force_now,
                ProtocolVersion.status.in_(("approved", "superseded")),
                ProtocolVersion.approved_at.is_not(None),
                ProtocolVersion.approved_at < end,
            )
            .group_by(Protocol.id, Protocol.code, Protocol.title, Protocol.aci_theme)
            .order_by(Protocol.code)
        ).all()
        report.protocols = [
            AciProtocol(pid, code, title, theme, since)
            for pid, code, title, theme, since in protocols
            if since is not None
        ]
    return report


# -- the criteria as the contract words them ------------------------------------------------------


@dataclass(frozen=True)
class CriterionRow:
    """One line of the ACI table: a criterion, what the year shows, what it earns, what is missing."""

    code: str  # meetings | cases_share | concertation | protocols | total
    label: str
    result: str
    reached: bool | None  # None: neither reached nor missed (not known yet, or not a target)
    points: str
    euros: str
    missing: str


def number_text(n: int | Decimal) -> str:
    """1000 -> "1 000" (narrow no-break space between thousands)."""
    return f"{n:,.0f}".replace(",", "\u202f")


def euro_text(value: Decimal) -> str:
    return f"{number_text(value)}\u00a0€"


def _plural(n: int, one: str, many: str, lang: str | None) -> str:
    """French and English agree on 1; French also says "0 réunion tenue"."""
    singular = n == 1 or (n == 0 and (lang or language()) == "fr")
    return tr(one if singular else many, lang=lang).format(n=n)


def _meetings_row(a: AciYear, lang: str | None) -> CriterionRow:
    short = a.meetings_target - a.meetings_held
    return CriterionRow(
        "meetings",
        tr(N_("Au moins {n} réunions de concertation par an"), lang=lang).format(
            n=a.meetings_target
        ),
        _plural(a.meetings_held, N_("{n} réunion tenue"), N_("{n} réunions tenues"), lang),
        a.meetings_reached,
        "",
        "",
        ""
        if short <= 0
        else _plural(short, N_("{n} réunion de plus"), N_("{n} réunions de plus"), lang),
    )


def _cases_row(a: AciYear, lang: str | None) -> CriterionRow:
    share = f"{(a.figures.concertation.cases_share_min * 100).normalize():f}".replace(".", ",")
    label = tr(
        N_(
            "Cas discutés : au moins {share} % des patients de la patientèle médecin traitant "
            "âgés de 75 ans ou plus ou en ALD"
        ),
        lang=lang,
    ).format(share=share)
    cases = _plural(
        a.cases_75_or_ald,
        N_("{n} cas de patient de 75 ans ou plus ou en ALD"),
        N_("{n} cas de patients de 75 ans ou plus ou en ALD"),
        lang,
    )
    needed, d = a.cases_needed, a.denominator
    if needed is None or d is None:
        return CriterionRow(
            "cases_share",
            label,
            cases + tr(N_(" ; patients de l'année non saisis"), lang=lang),
            None,
            "",
            "",
            tr(
                N_("Saisir le nombre de patients de 75 ans ou plus ou en ALD de {year}"), lang=lang
            ).format(year=a.year),
        )
    pct = f"{Decimal(a.cases_75_or_ald) * 100 / d.patients:.1f}".replace(".", ",")
    result = tr(
        N_("{cases} sur {patients} patients : {pct} % (il en faut {needed})"), lang=lang
    ).format(cases=cases, patients=number_text(d.patients), pct=pct, needed=needed)
    short = needed - a.cases_75_or_ald
    missing = "" if short <= 0 else tr(N_("{n} cas de plus"), lang=lang).format(n=short)
    return CriterionRow("cases_share", label, result, short <= 0, "", "", missing)


def _status(reached: bool | None, lang: str | None) -> str:
    if reached is None:
        return tr(N_("à vérifier"), lang=lang)
    return tr(N_("atteint") if reached else N_("non atteint"), lang=lang)


def _concertation_row(a: AciYear, conditions: list[CriterionRow], lang: str | None) -> CriterionRow:
    c, f = a.figures.concertation, a.figures
    reached = a.concertation_reached or (
        None if a.cases_share_reached is None and a.meetings_reached else False
    )
    missing = " ; ".join(r.missing for r in conditions if r.missing)
    return CriterionRow(
        "concertation",
        tr(
            N_("Concertation pluriprofessionnelle : les deux conditions ci-dessus ({basis})"),
            lang=lang,
        ).format(basis=c.basis(lang)),
        _status(reached, lang),
        reached,
        tr(N_("{earned} sur {max} points"), lang=lang).format(
            earned=number_text(a.concertation_points), max=number_text(c.points)
        ),
        tr(N_("{earned} sur {max}"), lang=lang).format(
            earned=euro_text(f.euros(a.concertation_points)), max=euro_text(f.euros(c.points))
        ),
        missing,
    )


def _protocols_row(a: AciYear, lang: str | None) -> CriterionRow:
    p, f = a.figures.protocols, a.figures
    result = _plural(
        a.protocols_approved, N_("{n} protocole en vigueur"), N_("{n} protocoles en vigueur"), lang
    )
    if a.protocols_approved > p.max_protocols:
        result += tr(N_(", {n} comptent"), lang=lang).format(n=p.max_protocols)
    more = p.max_protocols - a.protocols_counted
    missing = (
        ""
        if more <= 0
        else tr(
            N_("jusqu'à {n} de plus rapporteraient {points} points ({euros})"), lang=lang
        ).format(
            n=more,
            points=number_text(more * p.points_per_protocol),
            euros=euro_text(f.euros(more * p.points_per_protocol)),
        )
    )
    return CriterionRow(
        "protocols",
        tr(
            N_(
                "Protocoles pluriprofessionnels sur les thèmes de l'annexe 3 : {points} points par "
                "protocole, {max} protocoles au plus"
            ),
            lang=lang,
        ).format(points=p.points_per_protocol, max=p.max_protocols),
        result,
        True if more <= 0 else None,
        tr(N_("{n} points"), lang=lang).format(n=number_text(a.protocols_points)),
        euro_text(f.euros(a.protocols_points)),
        missing,
    )


def criteria_rows(a: AciYear, lang: str | None = None) -> list[CriterionRow]:
    """The contract's criteria for the year, in the words of the contract, with points and euros."""
    conditions = [_meetings_row(a, lang), _cases_row(a, lang)]
    rows = [*conditions, _concertation_row(a, conditions, lang), _protocols_row(a, lang)]
    rows.append(
        CriterionRow(
            "total",
            tr(N_("Total de ces critères (1 point = {euros})"), lang=lang).format(
                euros=euro_text(a.figures.euro_per_point)
            ),
            "",
            None,
            tr(N_("{n} points"), lang=lang).format(n=number_text(a.points)),
            euro_text(a.figures.euros(a.points)),
            "",
        )
    )
    return rows


def csv_cell(value: object) -> str:
    """A CSV cell Excel shows as text: no formula is ever run from a title."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def aci_csv(aci: AciYear) -> str:
    """Semicolon-separated, French headers, CRLF lines; write it with CSV_ENCODING (BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")

    def row(*cells: object) -> None:
        writer.writerow([csv_cell(c) for c in cells])

    row(
        tr(N_("Critère du contrat ACI")),
        tr(N_("Année {year}")).format(year=aci.year),
        tr(N_("Résultat")),
        tr(N_("Points")),
        tr(N_("Euros")),
        tr(N_("Ce qui manque")),
    )
    for c in criteria_rows(aci):
        row(
            c.label,
            c.result,
            _status(c.reached, None) if c.code != "total" else "",
            c.points,
            c.euros,
            c.missing,
        )
    row()
    row(tr(N_("Cas de patients discutés")), aci.cases)
    row(tr(N_("dont patients de 75 ans ou plus")), aci.cases_75)
    row(tr(N_("dont patients en ALD")), aci.cases_ald)
    row(tr(N_("dont patients de 75 ans ou plus ou en ALD")), aci.cases_75_or_ald)
    if aci.denominator is not None:
        d = aci.denominator
        row(
            tr(N_("Patients de 75 ans ou plus ou en ALD (patientèle médecin traitant)")),
            d.patients,
            tr(N_("saisi par {who} le {date}")).format(who=d.by, date=f"{d.at:%d/%m/%Y}"),
        )
    row()
    row(tr(N_("Date")), tr(N_("Réunion")), tr(N_("Cas discutés")))
    for m in aci.meetings:
        row(f"{m.starts_at:%d/%m/%Y %H:%M}", m.title, m.cases)
    row()
    row(tr(N_("Code")), tr(N_("Protocole")), tr(N_("Thème ACI")), tr(N_("En vigueur depuis")))
    for p in aci.protocols:
        theme = catalog.aci_theme(p.aci_theme)
        row(
            p.code, p.title, theme.label() if theme else p.aci_theme, f"{p.in_force_since:%d/%m/%Y}"
        )
    return out.getvalue()
