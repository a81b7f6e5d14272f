"""The yearly indicators report of a cooperation protocol: indicators, monthly counts, financing."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from protoedit.cooperation import declarations as coop
from protoedit.cooperation.rules import PATIENTS_LABEL, Rate
from protoedit.export.cooperation_print import (
    CoopPrint,
    coop_label,
    pairs_table,
    print_data,
    write_coop_pdf,
)
from protoedit.export.page import Cancel, Progress, styles
from protoedit.export.paragraphs import heading, para
from protoedit.export.tables import grid
from protoedit.french import format_count, format_eur
from protoedit.i18n import language, tr
from protoedit.store.database import Database


def report_data(db: Database, declaration_id: int, year: int, lang: str | None = None) -> CoopPrint:
    lang = lang or language()
    report = coop.yearly_report(db, declaration_id, year)
    doc = print_data(db, report.declaration, lang, [asdict(m) for m in report.tallies])
    doc.header.title = coop_label("report", lang).format(year=year)
    doc.report = report
    return doc


def _rate_row(number: str, rate: Rate, lang: str) -> list[str]:
    return [
        number,
        rate.label(lang),
        rate.formula_label(lang),
        f"{format_count(rate.numerator)} / {format_count(rate.denominator)}",
        rate.text_in(lang),
    ]


def report_story(doc: CoopPrint, ss: StyleSheet1) -> list[Flowable]:
    report, structure, lang = doc.report, doc.structure, doc.header.lang
    assert report is not None
    ind, fin, decl = report.indicators, report.financing, report.declaration
    story: list[Flowable] = [
        para(coop_label("report", lang).format(year=report.year), ss, "title"),
        pairs_table(
            [
                (coop_label("title", lang), f"{decl.protocol_title} ({decl.protocol_code})"),
                (coop_label("structure", lang), structure["name"] or coop_label("missing", lang)),
                (coop_label("finess", lang), structure["finess"] or coop_label("none", lang)),
            ],
            ss,
        ),
        Spacer(1, 2 * mm),
        para(coop_label("period", lang).format(year=report.year, n=ind.months), ss),
        heading(coop_label("indicators", lang), ss),
    ]
    head = ["#", *(coop_label(k, lang) for k in ("indicator", "formula", "calc", "result"))]
    rows = [
        ["1", tr(PATIENTS_LABEL, "core", lang), "—", "", format_count(ind.patients_treated)],
        _rate_row("2", ind.reprise, lang),
        _rate_row("3", ind.adverse_event_rate, lang),
        _rate_row("4", ind.satisfaction, lang),
    ]
    story.append(grid(head, rows, ss, widths=[w * mm for w in (8, 42, 70, 24, 28)]))
    story.append(heading(coop_label("events", lang), ss))
    if ind.adverse_events:
        story.append(
            grid(
                [coop_label("events", lang), coop_label("count", lang)],
                [[n, format_count(c)] for n, c in ind.adverse_events.items()],
                ss,
                widths=[140 * mm, 30 * mm],
            )
        )
    else:
        story.append(para(coop_label("nobody", lang), ss))
    story.append(heading(coop_label("months", lang), ss))
    months = [
        [
            m.month.strftime("%m/%Y"),
            *(
                format_count(v)
                for v in (
                    m.patients_included,
                    m.acts_by_delegues,
                    m.acts_taken_back,
                    m.reevaluations,
                    sum(m.adverse_events.values()),
                    m.satisfaction_respondents,
                    m.satisfaction_satisfied,
                )
            ),
        ]
        if m.id is not None
        else [m.month.strftime("%m/%Y"), *[""] * 7]
        for m in report.tallies
    ]
    story.append(
        grid(
            [coop_label("month", lang), *coop_label("m_cols", lang).split("|")],
            months,
            ss,
            widths=[w * mm for w in (15, 21, 21, 21, 26, 24, 23, 21)],
        )
    )
    story.append(para(coop_label("counts_only", lang), ss, "small"))
    story.append(heading(coop_label("financing", lang), ss))
    if not fin.financed:
        story.append(para(coop_label("f_none", lang), ss))
        return story
    rows = [
        [
            coop_label("f_incl", lang).format(
                n=format_count(fin.patients_included), eur=format_eur(fin.per_patient_eur)
            ),
            format_eur(fin.inclusion_total),
        ]
    ]
    if fin.reevaluation_eur is not None:
        rows.append(
            [
                coop_label("f_reeval", lang).format(
                    n=format_count(fin.reevaluations), eur=format_eur(fin.reevaluation_eur)
                ),
                format_eur(fin.reevaluation_total),
            ]
        )
    rows += [
        [coop_label("f_total", lang), format_eur(fin.total)],
        [
            coop_label("f_delegue", lang).format(
                n=format_count(fin.patients_included), eur=format_eur(fin.split["delegue"])
            ),
            format_eur(fin.by_role["delegue"]),
        ],
        [
            coop_label("f_delegant", lang).format(
                n=format_count(fin.patients_included), eur=format_eur(fin.split["delegant"])
            ),
            format_eur(fin.by_role["delegant"]),
        ],
    ]
    story.append(grid(None, rows, ss, widths=[130 * mm, 40 * mm]))
    story += [para(p, ss, "small") for p in report.split_problems]
    return story


def build_report(
    doc: CoopPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """The four indicators with their formulas, monthly counts and the expected financing."""
    return write_coop_pdf(
        report_story(doc, styles(lang=doc.header.lang)), doc.header, out, progress, cancel
    )


def write_yearly_report(
    db: Database,
    declaration_id: int,
    year: int,
    out: Path,
    lang: str | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> Path:
    return build_report(report_data(db, declaration_id, year, lang), out, progress, cancel)
