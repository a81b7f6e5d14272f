"""The yearly ACI view (meetings held, cases discussed, protocols in force) and its CSV for Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import exists, func, select
from sqlalchemy.orm import aliased

from protoedit import catalog
from protoedit.i18n import N_, tr
from protoedit.meeting_queries import HELD_STATUSES
from protoedit.store.database import Database
from protoedit.store.models import AgendaItem, Meeting, Protocol, ProtocolVersion

MEETINGS_TARGET = 6
PROTOCOLS_TARGET = 8
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
    """Counts for one calendar year, against the ACI targets."""

    year: int
    meetings: list[AciMeeting] = field(default_factory=list)
    cases: int = 0
    cases_75: int = 0
    cases_ald: int = 0
    cases_75_or_ald: int = 0
    protocols: list[AciProtocol] = field(default_factory=list)
    meetings_target: int = MEETINGS_TARGET
    protocols_target: int = PROTOCOLS_TARGET

    @property
    def meetings_held(self) -> int:
        return len(self.meetings)

    @property
    def protocols_approved(self) -> int:
        return len(self.protocols)

    @property
    def meetings_reached(self) -> bool:
        return self.meetings_held >= self.meetings_target

    @property
    def protocols_reached(self) -> bool:
        return self.protocols_approved >= self.protocols_target


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
    report = AciYear(year)
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
        report.protocols = [AciProtocol(*row) for row in protocols]
    return report


def _cell(value: object) -> str:
    """A CSV cell Excel shows as text: no formula is ever run from a title."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def aci_csv(aci: AciYear) -> str:
    """Semicolon-separated, French headers, CRLF lines; write it with CSV_ENCODING (BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")

    def row(*cells: object) -> None:
        writer.writerow([_cell(c) for c in cells])

    row(tr(N_("Indicateur ACI")), tr(N_("Année {year}")).format(year=aci.year), tr(N_("Objectif")))
    row(tr(N_("Réunions de concertation tenues")), aci.meetings_held, aci.meetings_target)
    row(tr(N_("Cas de patients discutés")), aci.cases, "")
    row(tr(N_("dont patients de 75 ans ou plus")), aci.cases_75, "")
    row(tr(N_("dont patients en ALD")), aci.cases_ald, "")
    row(tr(N_("dont patients de 75 ans ou plus ou en ALD")), aci.cases_75_or_ald, "")
    row(
        tr(N_("Protocoles en vigueur sur les thèmes de l'annexe 3")),
        aci.protocols_approved,
        aci.protocols_target,
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
