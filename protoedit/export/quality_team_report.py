"""The team's yearly quality report: cover, summary, each protocol's charts and PDSA cycles."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from protoedit.export.fonts import SANS
from protoedit.export.page import TEXT_WIDTH, Cancel, Progress
from protoedit.export.paragraphs import heading, para
from protoedit.export.quality_print import (
    SMALL_CHART_H,
    QualityPrint,
    act_word,
    cycle_dates,
    day_text,
    indicator_chart,
    latest_line,
    quality_header,
    quality_label,
    result_text,
    stage_word,
    write_quality_pdf,
)
from protoedit.export.tables import grid
from protoedit.export.typography import esc
from protoedit.i18n import language
from protoedit.quality import periods, queries
from protoedit.quality.queries import CycleView, IndicatorQuality, MeasurementView, ProtocolQuality
from protoedit.store.database import Database


def _until(pq: ProtocolQuality, end: dt.date) -> ProtocolQuality:
    """What a report of a year ending on `end` shows: no version approved nor cycle started
    after it (the measurements are already cut by `overview`)."""
    return dataclasses.replace(
        pq,
        versions=[v for v in pq.versions if v.approved <= end],
        cycles=[c for c in pq.cycles if (c.do_start or c.created_at.date()) <= end],
    )


def team_quality_data(
    db: Database, year: int, lang: str | None = None, today: dt.date | None = None
) -> QualityPrint:
    lang = lang or language()
    end = dt.date(year, 12, 31)
    day = min(today or dt.date.today(), end)
    pqs = [_until(pq, end) for pq in queries.overview(db, today=day, until=end)]
    header = quality_header(
        db,
        pqs,
        lang,
        code=quality_label("team_code", lang).format(year=year),
        title=quality_label("team_title", lang).format(year=year),
    )
    return QualityPrint(header, pqs, day, year=year)


def _latest_value(iq: IndicatorQuality, lang: str) -> str:
    """ "72,0 % (juin 2026)"; "—" without measurements."""
    m = iq.latest
    return f"{result_text(m, iq.percent)} ({periods.label(m.kind, m.start, lang)})" if m else "—"


def cycles_of_year(pq: ProtocolQuality, year: int, today: dt.date) -> list[CycleView]:
    """The cycles run during `year`: from their start (test or plan) to their end (test, closing,
    or today while open), overlapping the year."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    out = []
    for c in pq.cycles:
        begin = c.do_start or c.created_at.date()
        end = c.do_end or (c.closed_at.date() if c.closed_at else max(today, begin))
        if begin <= last and end >= first:
            out.append(c)
    return out


def _cycle_line(c: CycleView, lang: str) -> str:
    """ "PDSA 2 (clos, adopter) : but"."""
    state = ", ".join(x for x in (stage_word(c, lang), act_word(c, lang)) if x)
    dates = cycle_dates(c, lang)
    return f"{quality_label('cycle', lang).format(n=c.number)} ({state}) : {c.aim}" + (
        f" — {dates}" if dates else ""
    )


def _in_year(m: MeasurementView, year: int) -> bool:
    return m.start.year == year


def _summary_rows(doc: QualityPrint, lang: str) -> tuple[list[list[str]], set[int]]:
    """One row per indicator (the protocol named on its first); the rows below target."""
    assert doc.year is not None
    rows: list[list[str]] = []
    below: set[int] = set()
    for pq in doc.protocols:
        cycles = (
            "\n".join(
                quality_label("cycle", lang).format(n=c.number)
                for c in cycles_of_year(pq, doc.year, doc.today)
            )
            or "—"
        )
        name = f"{pq.code} — {pq.title}"
        if not pq.indicators:
            rows.append([name, quality_label("no_indicator", lang), "", "", "", cycles])
        for n, iq in enumerate(pq.indicators):
            if iq.on_target is False:
                below.add(len(rows))
            rows.append(
                [
                    name if n == 0 else "",
                    iq.name,
                    _latest_value(iq, lang),
                    iq.definition.target_text or "—",
                    str(len(iq.signals)) if iq.signals else "—",
                    cycles if n == 0 else "",
                ]
            )
    return rows, below


def _summary(doc: QualityPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    if not doc.protocols:
        return [
            heading(quality_label("summary", lang), ss, 1),
            para(quality_label("no_protocol", lang), ss),
        ]
    head = [
        quality_label(k, lang)
        for k in ("protocol", "indicator", "latest_col", "target", "signals", "year_cycles")
    ]
    rows, below = _summary_rows(doc, lang)
    return [
        heading(quality_label("summary", lang), ss, 1),
        para(quality_label("below", lang), ss, "small"),
        grid(
            head, rows, ss, widths=[w * mm for w in (38, 46, 34, 22, 16, 22)], highlight_rows=below
        ),
    ]


def _cover(doc: QualityPrint, ss: StyleSheet1) -> list[Flowable]:
    assert doc.year is not None
    lang, year = doc.header.lang, doc.year
    cycles = sum(len(cycles_of_year(pq, year, doc.today)) for pq in doc.protocols)
    indicators = [iq for pq in doc.protocols for iq in pq.indicators]
    measures = sum(1 for iq in indicators for m in iq.measurements if _in_year(m, year))
    figures = quality_label("figures", lang).format(
        protocols=len(doc.protocols),
        indicators=len(indicators),
        measures=measures,
        year=year,
        cycles=cycles,
    )
    return [
        Spacer(1, 40 * mm),
        para(doc.header.structure_name, ss, "h1"),
        para(doc.header.title, ss, "title"),
        para(quality_label("team_period", lang).format(year=year), ss),
        para(figures, ss),
        para(f"{quality_label('date', lang)} : {day_text(doc.today)}", ss),
        para(quality_label("counts_only", lang), ss, "small"),
        PageBreak(),
    ]


def _chart_grid(doc: QualityPrint, pq: ProtocolQuality) -> Table:
    """The protocol's charts two by two, one Drawing each."""
    w = TEXT_WIDTH / 2
    cells = [
        indicator_chart(pq, iq, doc.today, doc.header.lang, w - 4, SMALL_CHART_H)
        for iq in pq.indicators
    ]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[w, w], hAlign="LEFT")
    table.setStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SANS),
        ]
    )
    return table


def _indicator_lines(iq: IndicatorQuality, ss: StyleSheet1, lang: str) -> list[Flowable]:
    """The indicator's name and latest value, then its signals in words."""
    latest = latest_line(iq, lang)
    head = f"<b>{esc(iq.name)}</b>" + (f" — {esc(latest)}" if latest else "")
    return [
        Paragraph(head, ss["small"]),
        *(Paragraph(f"• {esc(s)}", ss["signal"]) for s in iq.sentences(lang) if s),
    ]


def _protocol_section(doc: QualityPrint, pq: ProtocolQuality, ss: StyleSheet1) -> list[Flowable]:
    assert doc.year is not None
    lang = doc.header.lang
    head = heading(f"{pq.code} — {pq.title}", ss, 2)
    if not pq.indicators:
        story: list[Flowable] = [
            KeepTogether([head, para(quality_label("no_indicator", lang), ss)])
        ]
    else:
        story = [head, _chart_grid(doc, pq)]
        for iq in pq.indicators:
            story += _indicator_lines(iq, ss, lang)
    cycles = cycles_of_year(pq, doc.year, doc.today)
    if cycles:
        story.append(heading(quality_label("cycles_year", lang), ss, 4))
        story += [para(f"• {_cycle_line(c, lang)}", ss, "small") for c in cycles]
    return story


def team_story(doc: QualityPrint, ss: StyleSheet1) -> list[Flowable]:
    story = [*_cover(doc, ss), *_summary(doc, ss)]
    for pq in doc.protocols:
        story += _protocol_section(doc, pq, ss)
    return story


def build_team_report(
    doc: QualityPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """The team's yearly report read by `team_quality_data`."""
    return write_quality_pdf(doc, team_story, out, progress, cancel)


def build_team_quality_pdf(
    db: Database, year: int, path: Path, lang: str | None = None, today: dt.date | None = None
) -> Path:
    """The team's yearly quality report: cover, summary, then each protocol's charts (periods up
    to the year's end) and the PDSA cycles of the year."""
    return build_team_report(team_quality_data(db, year, lang, today), path)
