"""A protocol's quality report: indicators with charts and measurements, PDSA cycles, versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from protoedit.export.labels import status_label
from protoedit.export.page import TEXT_WIDTH, Cancel, Progress
from protoedit.export.paragraphs import heading, para
from protoedit.export.quality_print import (
    CHART_H,
    QualityPrint,
    VersionRow,
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
from protoedit.french import format_count
from protoedit.i18n import language, tr
from protoedit.protocols.queries import versions_of
from protoedit.quality import periods, queries
from protoedit.quality.cycles import MICROSYSTEM
from protoedit.quality.queries import CycleView, IndicatorQuality, MeasurementView, ProtocolQuality
from protoedit.store.database import Database


def protocol_quality_data(
    db: Database, protocol_id: int, lang: str | None = None, today: dt.date | None = None
) -> QualityPrint:
    lang, day = lang or language(), today or dt.date.today()
    pq = queries.protocol_quality(db, protocol_id, today=day)
    versions = [
        VersionRow(
            v.version_id,
            v.number,
            v.status,
            v.approved_at.date() if v.approved_at else None,
            v.change_note,
        )
        for v in versions_of(db, protocol_id)
    ]
    in_force = next((v for v in reversed(versions) if v.status == "approved"), None)
    shown = in_force or (versions[-1] if versions else None)
    header = quality_header(
        db,
        [pq],
        lang,
        code=pq.code,
        title=f"{quality_label('report', lang)} — {pq.title}",
        status=shown.status if shown else "",
        version_number=shown.number if shown else None,
        approved_on=in_force.approved if in_force else None,
    )
    return QualityPrint(header, [pq], day, versions=versions, in_force=in_force)


def _counts(m: MeasurementView) -> str:
    if not m.is_count:
        return "—"
    return f"{format_count(m.numerator)} / {format_count(m.denominator)}"


def _definition(iq: IndicatorQuality, ss: StyleSheet1, lang: str) -> Table:
    d = iq.definition
    rows = [
        [quality_label("definition", lang), d.definition or "—"],
        [quality_label("target", lang), d.target_text or "—"],
        [quality_label("source", lang), d.source or "—"],
        [
            quality_label("frequency", lang),
            d.frequency or tr(periods.KIND_LABELS[d.kind], "quality", lang),
        ],
        [quality_label("owner", lang), d.owner or "—"],
    ]
    return grid(None, rows, ss, widths=[40 * mm, TEXT_WIDTH - 40 * mm])


def _signals(iq: IndicatorQuality, ss: StyleSheet1, lang: str) -> list[Flowable]:
    if not iq.measurements:
        return []
    lines = [para(f"• {s}", ss) for s in iq.sentences(lang) if s]
    return [
        heading(quality_label("signals", lang), ss, 3),
        *(lines or [para(quality_label("no_signal", lang), ss)]),
    ]


def _measures_table(iq: IndicatorQuality, ss: StyleSheet1, lang: str) -> Flowable:
    if not iq.measurements:
        return para(quality_label("no_measure", lang), ss, "missing")
    head = [quality_label(k, lang) for k in ("period", "counts", "result", "source", "comment")]
    rows = [
        [
            periods.label(m.kind, m.start, lang),
            _counts(m),
            result_text(m, iq.percent),
            m.source,
            m.comment,
        ]
        for m in iq.measurements
    ]
    return grid(head, rows, ss, widths=[w * mm for w in (28, 36, 22, 40, 48)])


def _indicator_part(
    doc: QualityPrint, pq: ProtocolQuality, iq: IndicatorQuality, ss: StyleSheet1
) -> list[Flowable]:
    """Name, definition, chart, latest value and signals kept on one page; then the table."""
    lang = doc.header.lang
    head: list[Flowable] = [heading(iq.name, ss, 2)]
    if not iq.definition.current:
        head.append(para(quality_label("retired", lang), ss, "small"))
    head += [
        _definition(iq, ss, lang),
        Spacer(1, 3 * mm),
        indicator_chart(pq, iq, doc.today, lang, TEXT_WIDTH, CHART_H),
        Spacer(1, 2 * mm),
    ]
    latest = latest_line(iq, lang)
    if latest:
        head.append(para(latest, ss))
    return [
        KeepTogether(head + _signals(iq, ss, lang)),
        heading(quality_label("measures", lang), ss, 3),
        _measures_table(iq, ss, lang),
    ]


def _cycle_rows(doc: QualityPrint, c: CycleView, lang: str) -> list[list[str]]:
    version = doc.version_number(c.protocol_version_id)
    rows = [
        ("stage", stage_word(c, lang)),
        ("aim", c.aim),
        *((k, c.microsystem.get(k, "")) for k in MICROSYSTEM),
        ("question", c.question),
        ("prediction", c.prediction),
        ("change", c.change),
        ("who_when_where", c.who_when_where),
        ("cycle_indicators", "\n".join(c.indicators)),
        ("dates", cycle_dates(c, lang)),
        ("do_notes", c.do_notes),
        ("problems", c.problems),
        ("study", c.study),
        ("act", act_word(c, lang)),
        ("act_notes", c.act_notes),
        ("next_cycle", c.next_cycle),
        ("revision", quality_label("led_to", lang).format(n=version) if version else ""),
    ]
    return [[quality_label(k, lang), v] for k, v in rows if v]


def _cycles_part(doc: QualityPrint, cycles: list[CycleView], ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    story: list[Flowable] = [heading(quality_label("cycles", lang), ss, 1)]
    if not cycles:
        return [*story, para(quality_label("no_cycle", lang), ss)]
    for c in cycles:
        title = f"{quality_label('cycle', lang).format(n=c.number)} — {c.aim}"
        story += [
            heading(title, ss, 2),
            grid(None, _cycle_rows(doc, c, lang), ss, widths=[40 * mm, TEXT_WIDTH - 40 * mm]),
        ]
    return story


def _versions_part(doc: QualityPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    head = [quality_label(k, lang) for k in ("version", "status", "approved", "note")]
    rows = [
        [str(v.number), status_label(v.status, lang), day_text(v.approved), v.change_note or "—"]
        for v in doc.versions
    ]
    return [
        heading(quality_label("versions", lang), ss, 1),
        grid(head, rows, ss, widths=[w * mm for w in (18, 28, 26, 102)]),
    ]


def _title_page(doc: QualityPrint, pq: ProtocolQuality, ss: StyleSheet1) -> list[Flowable]:
    lang, v = doc.header.lang, doc.in_force
    rows = [
        [quality_label("structure", lang), doc.header.structure_name or "—"],
        [
            quality_label("in_force", lang),
            str(v.number) if v else quality_label("none_in_force", lang),
        ],
        [quality_label("approved", lang), day_text(v.approved if v else None)],
        [quality_label("date", lang), day_text(doc.today)],
    ]
    return [
        para(quality_label("report", lang), ss, "h1"),
        para(f"{pq.code} — {pq.title}", ss, "title"),
        grid(None, rows, ss, widths=[45 * mm, 130 * mm]),
        Spacer(1, 2 * mm),
        para(quality_label("counts_only", lang), ss, "small"),
    ]


def protocol_story(doc: QualityPrint, ss: StyleSheet1) -> list[Flowable]:
    (pq,) = doc.protocols
    lang = doc.header.lang
    story = [*_title_page(doc, pq, ss), heading(quality_label("indicators", lang), ss, 1)]
    if not pq.indicators:
        story.append(para(quality_label("no_indicator", lang), ss))
    for iq in pq.indicators:
        story += _indicator_part(doc, pq, iq, ss)
    story += _cycles_part(doc, pq.cycles, ss)
    return story + _versions_part(doc, ss)


def build_protocol_report(
    doc: QualityPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """The protocol's report read by `protocol_quality_data`."""
    return write_quality_pdf(doc, protocol_story, out, progress, cancel)


def build_protocol_quality_pdf(
    db: Database,
    protocol_id: int,
    path: Path,
    lang: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """A protocol's quality report: indicators with their charts, signals and measurements, the
    PDSA history, the versions."""
    return build_protocol_report(protocol_quality_data(db, protocol_id, lang, today), path)
