"""What the quality PDFs share: labels, the data read beforehand, indicator values and charts."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from protoedit import team
from protoedit.export.data import DocHeader, fingerprint
from protoedit.export.labels import QT_TRANSLATE_NOOP, t
from protoedit.export.page import Cancel, Progress, save_story, styles
from protoedit.french import format_hours, format_rate
from protoedit.i18n import tr
from protoedit.quality import periods
from protoedit.quality.cycles import ACT_WORDS
from protoedit.quality.queries import CycleView, IndicatorQuality, MeasurementView, ProtocolQuality
from protoedit.quality.specs import chart_spec
from protoedit.render.charts.drawing import chart_drawing
from protoedit.store.database import Database

log = logging.getLogger("protoedit.export")
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
        "Protocoles : {protocols} · indicateurs : {indicators} · mesures en {year} : "
        "{measures} · cycles PDSA dans l'année : {cycles}.",
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


def quality_label(key: str, lang: str) -> str:
    return t(L[key], lang)


def day_text(value: dt.date | dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _structure_name(db: Database) -> str:
    st = team.get_structure(db)
    return st.name if st else ""


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


def quality_header(
    db: Database,
    pqs: list[ProtocolQuality],
    lang: str,
    code: str,
    title: str,
    status: str = "",
    version_number: int | None = None,
    approved_on: dt.date | None = None,
) -> DocHeader:
    """A quality report's header: the structure's name, no watermark, a fingerprint of `pqs`."""
    return DocHeader(
        structure_name=_structure_name(db),
        code=code,
        title=title,
        version_number=version_number,
        status=status,
        watermark=False,
        approved_on=approved_on,
        lang=lang,
        fingerprint=fingerprint(_payload(pqs)),
    )


def indicator_chart(
    pq: ProtocolQuality,
    iq: IndicatorQuality,
    today: dt.date,
    lang: str,
    width: float,
    height: float,
) -> Drawing:
    """One indicator's run chart as one Drawing (median, target, versions, PDSA bands)."""
    return chart_drawing(chart_spec(pq, iq, today=today, lang=lang), width, height, lang)


def result_text(m: MeasurementView, percent: bool) -> str:
    """ "72,5 %" for a count, or a value of an indicator shown in % (stored as a proportion);
    else the value as entered ("12,5")."""
    if m.is_count or percent:
        return format_rate(m.ratio)
    return format_hours(round(m.value or 0.0, 2))


def latest_line(iq: IndicatorQuality, lang: str) -> str:
    """ "Dernière mesure : 72,0 % (juin 2026), cible non atteinte"; "" without measurements."""
    m = iq.latest
    if m is None:
        return ""
    text = quality_label("latest", lang).format(
        value=result_text(m, iq.percent), period=periods.label(m.kind, m.start, lang)
    )
    if iq.on_target is not None:
        text += ", " + quality_label("met" if iq.on_target else "missed", lang)
    return text


def cycle_dates(c: CycleView, lang: str) -> str:
    if c.do_start is None:
        return ""
    if c.do_end is None:
        return quality_label("from", lang).format(start=day_text(c.do_start))
    return quality_label("from_to", lang).format(start=day_text(c.do_start), end=day_text(c.do_end))


def stage_word(c: CycleView, lang: str) -> str:
    return t(STAGES.get(c.stage, c.stage), lang)


def act_word(c: CycleView, lang: str) -> str:
    return tr(ACT_WORDS[c.act], "core", lang) if c.act in ACT_WORDS else ""


def write_quality_pdf(
    doc: QualityPrint,
    story: Callable[[QualityPrint, StyleSheet1], list[Flowable]],
    out: Path,
    progress: Progress,
    cancel: Cancel,
) -> Path:
    """Atomic write of `story(doc, styles)`: a cancelled or failed build leaves no file. The
    styles are the shared ones and the yearly report's indented signal lines."""
    ss = styles(lang=doc.header.lang)
    ss.add(ParagraphStyle("signal", parent=ss["small"], leftIndent=4 * mm))
    return save_story(story(doc, ss), doc.header, out, progress, cancel, log, doc.header.title)
