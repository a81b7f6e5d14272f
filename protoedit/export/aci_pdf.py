"""The ACI year (concertation meetings and protocols against the contract) as PDF and CSV."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from protoedit import catalog
from protoedit.export.atomic import atomic_path
from protoedit.export.data import DocHeader, fingerprint
from protoedit.export.meeting_print import (
    day_text,
    meeting_label,
    structure_name,
    write_meeting_pdf,
)
from protoedit.export.page import Cancel, Progress, styles
from protoedit.export.paragraphs import heading, para
from protoedit.export.tables import grid
from protoedit.i18n import language, tr
from protoedit.meetings.aci_report import CSV_ENCODING, AciYear, aci_csv, aci_year, criteria_rows
from protoedit.meetings.queries import MEETING_KINDS
from protoedit.store.database import Database


@dataclass
class AciPrint:
    header: DocHeader
    aci: AciYear


def aci_data(db: Database, year: int, lang: str | None = None) -> AciPrint:
    lang = lang or language()
    aci = aci_year(db, year)
    header = DocHeader(
        structure_name=structure_name(db),
        code=f"ACI {year}",
        title=meeting_label("aci", lang).format(year=year),
        status="",
        watermark=False,
        lang=lang,
        fingerprint=fingerprint(dataclasses.asdict(aci)),
    )
    return AciPrint(header, aci)


def aci_story(doc: AciPrint, ss: StyleSheet1) -> list[Flowable]:
    a, lang = doc.aci, doc.header.lang

    criteria = criteria_rows(a, lang)
    rows = [[c.label, c.result, c.points, c.euros, c.missing] for c in criteria]
    counts = [
        [meeting_label("cases", lang), str(a.cases)],
        [meeting_label("c75", lang), str(a.cases_75)],
        [meeting_label("cald", lang), str(a.cases_ald)],
        [meeting_label("cany", lang), str(a.cases_75_or_ald)],
    ]
    if a.denominator is not None:
        counts.append([meeting_label("denominator", lang), str(a.denominator.patients)])
    story = [
        para(doc.header.title, ss, "title"),
        para(meeting_label("counts_only", lang), ss, "small"),
        grid(
            [meeting_label(k, lang) for k in ("criterion", "result", "points", "euros", "missing")],
            rows,
            ss,
            widths=[62 * mm, 38 * mm, 24 * mm, 24 * mm, 30 * mm],
            highlight_rows={n for n, c in enumerate(criteria) if c.reached is False},
        ),
        para(
            meeting_label("wording", lang).format(
                concertation=a.figures.concertation.wording(lang),
                protocols=a.figures.protocols.wording(lang),
            ),
            ss,
            "small",
        ),
        para(meeting_label("source", lang).format(source=a.figures.source), ss, "small"),
        grid(None, counts, ss, widths=[120 * mm, 30 * mm]),
        heading(meeting_label("meetings_list", lang), ss),
    ]
    kind = tr(MEETING_KINDS["rcp"], "core", lang)
    meetings = [
        [day_text(m.starts_at, "%d/%m/%Y %H:%M"), m.title or kind, str(m.cases)] for m in a.meetings
    ]
    story.append(
        grid(
            [
                meeting_label("when", lang),
                meeting_label("title", lang),
                meeting_label("n_cases", lang),
            ],
            meetings,
            ss,
            widths=[36 * mm, 112 * mm, 30 * mm],
        )
        if meetings
        else para("—", ss)
    )
    story.append(heading(meeting_label("protocols", lang), ss))
    protocols = []
    for p in a.protocols:
        theme = catalog.aci_theme(p.aci_theme)
        protocols.append(
            [
                p.code,
                p.title,
                theme.label(lang) if theme else p.aci_theme,
                day_text(p.in_force_since),
            ]
        )
    story.append(
        grid(
            [meeting_label(k, lang) for k in ("code", "title_p", "theme", "since")],
            protocols,
            ss,
            widths=[24 * mm, 70 * mm, 56 * mm, 28 * mm],
        )
        if protocols
        else para("—", ss)
    )
    return story


def build_aci_pdf(
    doc: AciPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    return write_meeting_pdf(
        aci_story(doc, styles(lang=doc.header.lang)), doc.header, out, progress, cancel
    )


def write_aci_csv(aci: AciYear, out: Path) -> Path:
    """The CSV for Excel (BOM, semicolons), written atomically."""
    with atomic_path(Path(out)) as tmp:
        tmp.write_bytes(aci_csv(aci).encode(CSV_ENCODING))
    return Path(out)
