"""Quality-loop PDFs: a protocol's quality report and the team's yearly quality report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from protoedit import team
from protoedit.export.data import DocHeader, fingerprint
from protoedit.export.fonts import SANS
from protoedit.export.labels import QT_TRANSLATE_NOOP, status_label, t
from protoedit.export.page import TEXT_WIDTH, styles, write_story
from protoedit.export.tables import grid
from protoedit.export.typography import esc
from protoedit.french import format_count, format_hours, format_rate
from protoedit.i18n import language, tr
from protoedit.protocols.queries import versions_of
from protoedit.quality import periods, queries
from protoedit.quality.cycles import ACT_WORDS, MICROSYSTEM
from protoedit.quality.queries import CycleView, IndicatorQuality, MeasurementView, ProtocolQuality
from protoedit.quality.specs import chart_spec
from protoedit.render.charts.drawing import chart_drawing
from protoedit.store.database import Database

log = logging.getLogger("protoedit.export")
Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None
_L = QT_TRANSLATE_NOOP
L = {
    "report": _L("pdf", "Rapport qualité"),
    "in_force": _L("pdf", "Version en vigueur"),
    "approved": _L("pdf", "Validée le"),
    "none_in_force": _L("pdf", "aucune version validée"),
    "date": _L("pdf", "Date du rapport"),
    "structure": _L("pdf", "Structure"),
    "indicators": _L("pdf", "Indicateurs"),
    "no_indicator": _L("pdf", "Aucun indicateur défini."),
    "definition": _L("pdf", "Définition"),
    "target": _L("pdf", "Cible"),
    "source": _L("pdf", "Source"),
    "frequency": _L("pdf", "Fréquence"),
    "owner": _L("pdf", "Responsable"),
    "retired": _L("pdf", "Indicateur retiré du protocole : ses mesures passées restent."),
    "latest": _L("pdf", "Dernière mesure : {value} ({period})"),
    "met": _L("pdf", "cible atteinte"),
    "missed": _L("pdf", "cible non atteinte"),
    "signals": _L("pdf", "Signaux"),
    "no_signal": _L("pdf", "Aucun signal sur la série."),
    "measures": _L("pdf", "Mesures"),
    "no_measure": _L("pdf", "Aucune mesure saisie."),
    "period": _L("pdf", "Période"),
    "counts": _L("pdf", "Numérateur / dénominateur"),
    "result": _L("pdf", "Résultat"),
    "comment": _L("pdf", "Commentaire"),
    "cycles": _L("pdf", "Cycles PDSA"),
    "no_cycle": _L("pdf", "Aucun cycle PDSA."),
    "cycle": _L("pdf", "PDSA {n}"),
    "stage": _L("pdf", "Étape"),
    "aim": _L("pdf", "But"),
    "question": _L("pdf", "Question"),
    "prediction": _L("pdf", "Prédiction"),
    "change": _L("pdf", "Changement testé"),
    "who_when_where": _L("pdf", "Qui, quand, où"),
    "cycle_indicators": _L("pdf", "Indicateurs suivis"),
    "dates": _L("pdf", "Test (Do)"),
    "from_to": _L("pdf", "du {start} au {end}"),
    "from": _L("pdf", "depuis le {start}"),
    "do_notes": _L("pdf", "Déroulement"),
    "problems": _L("pdf", "Problèmes rencontrés"),
    "study": _L("pdf", "Étude (Study)"),
    "act": _L("pdf", "Décision (Act)"),
    "act_notes": _L("pdf", "Notes de la décision"),
    "next_cycle": _L("pdf", "Cycle suivant"),
    "revision": _L("pdf", "Révision"),
    "led_to": _L("pdf", "a conduit à la version {n}"),
    "purpose": _L("pdf", "État des lieux : finalité"),
    "patients": _L("pdf", "État des lieux : patients"),
    "professionals": _L("pdf", "État des lieux : professionnels"),
    "processes": _L("pdf", "État des lieux : processus"),
    "patterns": _L("pdf", "État des lieux : habitudes"),
    "versions": _L("pdf", "Versions du protocole"),
    "version": _L("pdf", "Version"),
    "status": _L("pdf", "Statut"),
    "note": _L("pdf", "Note de changement"),
    "team_code": _L("pdf", "Qualité {year}"),
    "team_title": _L("pdf", "Rapport qualité annuel {year}"),
    "team_period": _L(
        "pdf", "Année {year} : mesures jusqu'au 31/12/{year}, cycles PDSA menés dans l'année."
    ),
    "figures": _L(
        "pdf",
        "{protocols} protocole(s), {indicators} indicateur(s), {measures} "
        "mesure(s) en {year}, {cycles} cycle(s) PDSA dans l'année.",
    ),
    "summary": _L("pdf", "Synthèse"),
    "protocol": _L("pdf", "Protocole"),
    "indicator": _L("pdf", "Indicateur"),
    "latest_col": _L("pdf", "Dernière mesure"),
    "year_cycles": _L("pdf", "Cycles de l'année"),
    "below": _L(
        "pdf", "Surlignées : les indicateurs dont la dernière mesure n'atteint pas la cible."
    ),
    "no_protocol": _L("pdf", "Aucun protocole."),
    "cycles_year": _L("pdf", "Cycles PDSA de l'année"),
    "counts_only": _L("pdf", "Décomptes seulement : aucune donnée d'identité de patient."),
}
STAGES = {
    "plan": _L("pdf", "Plan : préparation"),
    "do": _L("pdf", "Do : test en cours"),
    "study": _L("pdf", "Study : étude des résultats"),
    "act": _L("pdf", "Act : décision"),
    "closed": _L("pdf", "Clos"),
}
CHART_H = 190.0  # points: a protocol report's run chart, full width
SMALL_CHART_H = 150.0  # the yearly report's charts, two per row


def _l(key: str, lang: str) -> str:
    return t(L[key], lang)


def _day(value: dt.date | dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _h(text: str, ss: StyleSheet1, level: int = 2) -> Paragraph:
    return Paragraph(esc(text), ss[f"h{level}"])


def _p(text: str, ss: StyleSheet1, style: str = "body") -> Paragraph:
    return Paragraph(esc(text), ss[style])


def _structure_name(db: Database) -> str:
    st = team.get_structure(db)
    return st.name if st else ""


# -- what is printed, read beforehand -----------------------------------------------------------


@dataclass(frozen=True)
class VersionRow:
    version_id: int
    number: int
    status: str
    approved: dt.date | None
    change_note: str


@dataclass
class QualityPrint:
    """A protocol's quality report, or (`year` set) the team's yearly one: no database needed
    to build it."""

    header: DocHeader
    protocols: list[ProtocolQuality]
    today: dt.date
    year: int | None = None
    versions: list[VersionRow] = field(default_factory=list)  # the protocol report's
    in_force: VersionRow | None = None

    def version_number(self, version_id: int | None) -> int | None:
        return next((v.number for v in self.versions if v.version_id == version_id), None)


def _payload(pqs: list[ProtocolQuality]) -> list[Any]:
    return [
        [
            pq.code,
            [[i.name, [(m.start, m.ratio) for m in i.measurements]] for i in pq.indicators],
            [(c.number, c.stage) for c in pq.cycles],
        ]
        for pq in pqs
    ]


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
    header = DocHeader(
        structure_name=_structure_name(db),
        code=pq.code,
        title=f"{_l('report', lang)} — {pq.title}",
        version_number=shown.number if shown else None,
        status=shown.status if shown else "",
        watermark=False,
        approved_on=in_force.approved if in_force else None,
        lang=lang,
        fingerprint=fingerprint(_payload([pq])),
    )
    return QualityPrint(header, [pq], day, versions=versions, in_force=in_force)


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
    header = DocHeader(
        structure_name=_structure_name(db),
        code=_l("team_code", lang).format(year=year),
        title=_l("team_title", lang).format(year=year),
        status="",
        watermark=False,
        lang=lang,
        fingerprint=fingerprint(_payload(pqs)),
    )
    return QualityPrint(header, pqs, day, year=year)


# -- indicators ---------------------------------------------------------------------------------


def _chart(
    pq: ProtocolQuality,
    iq: IndicatorQuality,
    today: dt.date,
    lang: str,
    width: float,
    height: float,
) -> Drawing:
    """One indicator's run chart as one Drawing (median, target, versions, PDSA bands)."""
    return chart_drawing(chart_spec(pq, iq, today=today, lang=lang), width, height, lang)


def _result(m: MeasurementView, percent: bool) -> str:
    """ "72,5 %" for a count, or a value of an indicator shown in % (stored as a proportion);
    else the value as entered ("12,5")."""
    if m.is_count or percent:
        return format_rate(m.ratio)
    return format_hours(round(m.value or 0.0, 2))


def _counts(m: MeasurementView) -> str:
    if not m.is_count:
        return "—"
    return f"{format_count(m.numerator)} / {format_count(m.denominator)}"


def _latest_value(iq: IndicatorQuality, lang: str) -> str:
    """ "72,0 % (juin 2026)"; "—" without measurements."""
    m = iq.latest
    return f"{_result(m, iq.percent)} ({periods.label(m.kind, m.start, lang)})" if m else "—"


def _latest(iq: IndicatorQuality, lang: str) -> str:
    """ "Dernière mesure : 72,0 % (juin 2026), cible non atteinte"; "" without measurements."""
    m = iq.latest
    if m is None:
        return ""
    text = _l("latest", lang).format(
        value=_result(m, iq.percent), period=periods.label(m.kind, m.start, lang)
    )
    if iq.on_target is not None:
        text += ", " + _l("met" if iq.on_target else "missed", lang)
    return text


def _definition(iq: IndicatorQuality, ss: StyleSheet1, lang: str) -> Table:
    d = iq.definition
    rows = [
        [_l("definition", lang), d.definition or "—"],
        [_l("target", lang), d.target_text or "—"],
        [_l("source", lang), d.source or "—"],
        [_l("frequency", lang), d.frequency or tr(periods.KIND_LABELS[d.kind], "quality", lang)],
        [_l("owner", lang), d.owner or "—"],
    ]
    return grid(None, rows, ss, widths=[40 * mm, TEXT_WIDTH - 40 * mm])


def _signals(iq: IndicatorQuality, ss: StyleSheet1, lang: str) -> list[Flowable]:
    if not iq.measurements:
        return []
    lines = [_p(f"• {s}", ss) for s in iq.sentences(lang) if s]
    return [_h(_l("signals", lang), ss, 3), *(lines or [_p(_l("no_signal", lang), ss)])]


def _measures_table(iq: IndicatorQuality, ss: StyleSheet1, lang: str) -> Flowable:
    if not iq.measurements:
        return _p(_l("no_measure", lang), ss, "missing")
    head = [_l(k, lang) for k in ("period", "counts", "result", "source", "comment")]
    rows = [
        [
            periods.label(m.kind, m.start, lang),
            _counts(m),
            _result(m, iq.percent),
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
    head: list[Flowable] = [_h(iq.name, ss, 2)]
    if not iq.definition.current:
        head.append(_p(_l("retired", lang), ss, "small"))
    head += [
        _definition(iq, ss, lang),
        Spacer(1, 3 * mm),
        _chart(pq, iq, doc.today, lang, TEXT_WIDTH, CHART_H),
        Spacer(1, 2 * mm),
    ]
    latest = _latest(iq, lang)
    if latest:
        head.append(_p(latest, ss))
    return [
        KeepTogether(head + _signals(iq, ss, lang)),
        _h(_l("measures", lang), ss, 3),
        _measures_table(iq, ss, lang),
    ]


# -- PDSA cycles and versions -------------------------------------------------------------------


def _test_dates(c: CycleView, lang: str) -> str:
    if c.do_start is None:
        return ""
    if c.do_end is None:
        return _l("from", lang).format(start=_day(c.do_start))
    return _l("from_to", lang).format(start=_day(c.do_start), end=_day(c.do_end))


def _act(c: CycleView, lang: str) -> str:
    return tr(ACT_WORDS[c.act], "core", lang) if c.act in ACT_WORDS else ""


def _cycle_rows(doc: QualityPrint, c: CycleView, lang: str) -> list[list[str]]:
    version = doc.version_number(c.protocol_version_id)
    rows = [
        ("stage", t(STAGES.get(c.stage, c.stage), lang)),
        ("aim", c.aim),
        *((k, c.microsystem.get(k, "")) for k in MICROSYSTEM),
        ("question", c.question),
        ("prediction", c.prediction),
        ("change", c.change),
        ("who_when_where", c.who_when_where),
        ("cycle_indicators", "\n".join(c.indicators)),
        ("dates", _test_dates(c, lang)),
        ("do_notes", c.do_notes),
        ("problems", c.problems),
        ("study", c.study),
        ("act", _act(c, lang)),
        ("act_notes", c.act_notes),
        ("next_cycle", c.next_cycle),
        ("revision", _l("led_to", lang).format(n=version) if version else ""),
    ]
    return [[_l(k, lang), v] for k, v in rows if v]


def _cycles_part(doc: QualityPrint, cycles: list[CycleView], ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    story: list[Flowable] = [_h(_l("cycles", lang), ss, 1)]
    if not cycles:
        return [*story, _p(_l("no_cycle", lang), ss)]
    for c in cycles:
        title = f"{_l('cycle', lang).format(n=c.number)} — {c.aim}"
        story += [
            _h(title, ss, 2),
            grid(None, _cycle_rows(doc, c, lang), ss, widths=[40 * mm, TEXT_WIDTH - 40 * mm]),
        ]
    return story


def _versions_part(doc: QualityPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    head = [_l(k, lang) for k in ("version", "status", "approved", "note")]
    rows = [
        [str(v.number), status_label(v.status, lang), _day(v.approved), v.change_note or "—"]
        for v in doc.versions
    ]
    return [
        _h(_l("versions", lang), ss, 1),
        grid(head, rows, ss, widths=[w * mm for w in (18, 28, 26, 102)]),
    ]


def _title_page(doc: QualityPrint, pq: ProtocolQuality, ss: StyleSheet1) -> list[Flowable]:
    lang, v = doc.header.lang, doc.in_force
    rows = [
        [_l("structure", lang), doc.header.structure_name or "—"],
        [_l("in_force", lang), str(v.number) if v else _l("none_in_force", lang)],
        [_l("approved", lang), _day(v.approved if v else None)],
        [_l("date", lang), _day(doc.today)],
    ]
    return [
        _p(_l("report", lang), ss, "h1"),
        _p(f"{pq.code} — {pq.title}", ss, "title"),
        grid(None, rows, ss, widths=[45 * mm, 130 * mm]),
        Spacer(1, 2 * mm),
        _p(_l("counts_only", lang), ss, "small"),
    ]


def protocol_story(doc: QualityPrint, ss: StyleSheet1) -> list[Flowable]:
    (pq,) = doc.protocols
    lang = doc.header.lang
    story = [*_title_page(doc, pq, ss), _h(_l("indicators", lang), ss, 1)]
    if not pq.indicators:
        story.append(_p(_l("no_indicator", lang), ss))
    for iq in pq.indicators:
        story += _indicator_part(doc, pq, iq, ss)
    story += _cycles_part(doc, pq.cycles, ss)
    return story + _versions_part(doc, ss)


# -- the team's year ----------------------------------------------------------------------------


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
    state = ", ".join(x for x in (t(STAGES.get(c.stage, c.stage), lang), _act(c, lang)) if x)
    dates = _test_dates(c, lang)
    return f"{_l('cycle', lang).format(n=c.number)} ({state}) : {c.aim}" + (
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
                _l("cycle", lang).format(n=c.number)
                for c in cycles_of_year(pq, doc.year, doc.today)
            )
            or "—"
        )
        name = f"{pq.code} — {pq.title}"
        if not pq.indicators:
            rows.append([name, _l("no_indicator", lang), "", "", "", cycles])
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
        return [_h(_l("summary", lang), ss, 1), _p(_l("no_protocol", lang), ss)]
    head = [
        _l(k, lang)
        for k in ("protocol", "indicator", "latest_col", "target", "signals", "year_cycles")
    ]
    rows, below = _summary_rows(doc, lang)
    return [
        _h(_l("summary", lang), ss, 1),
        _p(_l("below", lang), ss, "small"),
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
    figures = _l("figures", lang).format(
        protocols=len(doc.protocols),
        indicators=len(indicators),
        measures=measures,
        year=year,
        cycles=cycles,
    )
    return [
        Spacer(1, 40 * mm),
        _p(doc.header.structure_name, ss, "h1"),
        _p(doc.header.title, ss, "title"),
        _p(_l("team_period", lang).format(year=year), ss),
        _p(figures, ss),
        _p(f"{_l('date', lang)} : {_day(doc.today)}", ss),
        _p(_l("counts_only", lang), ss, "small"),
        PageBreak(),
    ]


def _chart_grid(doc: QualityPrint, pq: ProtocolQuality) -> Table:
    """The protocol's charts two by two, one Drawing each."""
    w = TEXT_WIDTH / 2
    cells = [
        _chart(pq, iq, doc.today, doc.header.lang, w - 4, SMALL_CHART_H) for iq in pq.indicators
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
    latest = _latest(iq, lang)
    head = f"<b>{esc(iq.name)}</b>" + (f" — {esc(latest)}" if latest else "")
    return [
        Paragraph(head, ss["small"]),
        *(Paragraph(f"• {esc(s)}", ss["signal"]) for s in iq.sentences(lang) if s),
    ]


def _protocol_section(doc: QualityPrint, pq: ProtocolQuality, ss: StyleSheet1) -> list[Flowable]:
    assert doc.year is not None
    lang = doc.header.lang
    head = _h(f"{pq.code} — {pq.title}", ss, 2)
    if not pq.indicators:
        story: list[Flowable] = [KeepTogether([head, _p(_l("no_indicator", lang), ss)])]
    else:
        story = [head, _chart_grid(doc, pq)]
        for iq in pq.indicators:
            story += _indicator_lines(iq, ss, lang)
    cycles = cycles_of_year(pq, doc.year, doc.today)
    if cycles:
        story.append(_h(_l("cycles_year", lang), ss, 4))
        story += [_p(f"• {_cycle_line(c, lang)}", ss, "small") for c in cycles]
    return story


def team_story(doc: QualityPrint, ss: StyleSheet1) -> list[Flowable]:
    story = [*_cover(doc, ss), *_summary(doc, ss)]
    for pq in doc.protocols:
        story += _protocol_section(doc, pq, ss)
    return story


# -- building -----------------------------------------------------------------------------------


def build_quality_pdf(
    doc: QualityPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """The protocol's report, or the team's yearly report when `doc.year` is set."""
    ss = styles(lang=doc.header.lang)
    ss.add(ParagraphStyle("signal", parent=ss["small"], leftIndent=4 * mm))
    story = team_story(doc, ss) if doc.year is not None else protocol_story(doc, ss)
    pages = write_story(story, doc.header, Path(out), progress, cancel)
    log.info("%s written: %d pages", doc.header.title, pages)
    return Path(out)


def build_protocol_quality_pdf(
    db: Database,
    protocol_id: int,
    path: Path,
    lang: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """A protocol's quality report: indicators with their charts, signals and measurements, the
    PDSA history, the versions."""
    return build_quality_pdf(protocol_quality_data(db, protocol_id, lang, today), path)


def build_team_quality_pdf(
    db: Database, year: int, path: Path, lang: str | None = None, today: dt.date | None = None
) -> Path:
    """The team's yearly quality report: cover, summary, then each protocol's charts (periods up
    to the year's end) and the PDSA cycles of the year."""
    return build_quality_pdf(team_quality_data(db, year, lang, today), path)
