"""What the meeting PDFs share: labels, the meeting read beforehand, people and decision tables."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from protoedit import catalog, team
from protoedit.export.data import DocHeader, fingerprint
from protoedit.export.labels import QT_TRANSLATE_NOOP, t
from protoedit.export.page import Cancel, Progress, save_story
from protoedit.export.paragraphs import heading, para
from protoedit.export.tables import grid
from protoedit.i18n import language, tr
from protoedit.meetings.decisions import follow_up
from protoedit.meetings.pseudonym import display_name
from protoedit.meetings.queries import (
    ITEM_KINDS,
    MEETING_KINDS,
    DecisionView,
    ItemView,
    MeetingView,
    get_meeting,
)
from protoedit.store.database import Database

log = logging.getLogger("protoedit.meetings")
_L = QT_TRANSLATE_NOOP
L = {
    "agenda": _L("pdf", "Ordre du jour"),
    "minutes": _L("pdf", "Compte rendu"),
    "when": _L("pdf", "Date"),
    "place": _L("pdf", "Lieu ou lien de visio"),
    "kind": _L("pdf", "Type"),
    "chair": _L("pdf", "Animation"),
    "secretary": _L("pdf", "Secrétariat"),
    "invited": _L("pdf", "Professionnels invités"),
    "participants": _L("pdf", "Participants"),
    "name": _L("pdf", "Nom"),
    "profession": _L("pdf", "Profession"),
    "presence": _L("pdf", "Présence"),
    "partner": _L("pdf", "partenaire extérieur"),
    "items": _L("pdf", "Points à l'ordre du jour"),
    "time": _L("pdf", "Heure"),
    "slot": _L("pdf", "Durée"),
    "item": _L("pdf", "Point"),
    "patient": _L("pdf", "Patient"),
    "requester": _L("pdf", "Demandé par"),
    "presenter": _L("pdf", "Présenté par"),
    "total": _L("pdf", "Durée prévue : {n} min ({start} – {end})"),
    "follow": _L("pdf", "Suivi des décisions des réunions précédentes"),
    "follow_none": _L("pdf", "Aucune décision en attente."),
    "decision": _L("pdf", "Décision"),
    "owner": _L("pdf", "Responsable"),
    "due": _L("pdf", "Échéance"),
    "state": _L("pdf", "Suivi"),
    "meeting": _L("pdf", "Réunion du"),
    "proposal": _L("pdf", "Proposition"),
    "decisions": _L("pdf", "Décisions"),
    "none": _L("pdf", "Aucune"),
    "nothing": _L("pdf", "Ni proposition ni décision."),
    "problems": _L("pdf", "Problèmes discutés"),
    "private": _L(
        "pdf", "Notes de discussion tenues hors du compte rendu, à la demande de l'équipe."
    ),
    "deviation": _L("pdf", "Prise en charge différente de la proposition : raison"),
    "slot_range": _L("pdf", "Horaire"),
    "consent": _L("pdf", "Consentement"),
    "theme_col": _L("pdf", "Thème"),
    "yes": _L("pdf", "oui"),
    "not_asked": _L("pdf", "non demandé"),
    "protocol": _L("pdf", "Protocole : {title}"),
    "revision": _L("pdf", "révision du protocole ouverte"),
    "asked": _L("pdf", "Demandé par {who}"),
    "presented": _L("pdf", "présenté par {who}"),
    "timing": _L("pdf", "prévu {slot} min"),
    "spent": _L("pdf", "passé {n} min"),
    "consent_yes": _L("pdf", "consentement recueilli"),
    "consent_no": _L("pdf", "consentement non demandé : initiales seulement"),
    "amendments": _L("pdf", "Rectifications après clôture"),
    "amend_by": _L("pdf", "{date}, {author} :"),
    "closed": _L("pdf", "Compte rendu clos le {date}."),
    "aci": _L("pdf", "Bilan ACI {year} : concertation et protocoles"),
    "indicator": _L("pdf", "Indicateur"),
    "value": _L("pdf", "Valeur"),
    "target": _L("pdf", "Objectif"),
    "result": _L("pdf", "Résultat"),
    "title": _L("pdf", "Réunion"),
    "reached": _L("pdf", "atteint"),
    "missed": _L("pdf", "non atteint"),
    "held": _L("pdf", "Réunions de concertation tenues"),
    "cases": _L("pdf", "Cas de patients discutés"),
    "c75": _L("pdf", "dont patients de 75 ans ou plus"),
    "cald": _L("pdf", "dont patients en ALD"),
    "cany": _L("pdf", "dont 75 ans ou plus ou en ALD"),
    "protocols": _L("pdf", "Protocoles en vigueur sur les thèmes de l'annexe 3"),
    "meetings_list": _L("pdf", "Réunions tenues"),
    "n_cases": _L("pdf", "Cas discutés"),
    "code": _L("pdf", "Code"),
    "title_p": _L("pdf", "Protocole"),
    "theme": _L("pdf", "Thème ACI"),
    "since": _L("pdf", "En vigueur depuis"),
    "criterion": _L("pdf", "Critère du contrat"),
    "points": _L("pdf", "Points"),
    "euros": _L("pdf", "Euros"),
    "missing": _L("pdf", "Ce qui manque"),
    "source": _L("pdf", "Chiffres du catalogue : {source}."),
    "wording": _L("pdf", "Termes du contrat. {concertation} {protocols}"),
    "denominator": _L("pdf", "Patients de 75 ans ou plus ou en ALD (patientèle médecin traitant)"),
    "counts_only": _L("pdf", "Décomptes seulement : aucune donnée d'identité de patient."),
}
ATTENDANCE = {
    "invited": _L("pdf", "invité(e)"),
    "present": _L("pdf", "présent(e)"),
    "excused": _L("pdf", "excusé(e)"),
    "absent": _L("pdf", "absent(e)"),
}
STATES = {
    "open": _L("pdf", "en cours"),
    "overdue": _L("pdf", "en retard"),
    "postponed": _L("pdf", "reportée"),
    "done": _L("pdf", "faite"),
    "cancelled": _L("pdf", "annulée"),
}


@dataclass
class MeetingPrint:
    """What an agenda or minutes PDF prints, read beforehand: building it needs no database."""

    header: DocHeader
    meeting: MeetingView
    follow_up: list[DecisionView] = field(default_factory=list)
    minutes: bool = False  # True: the minutes; False: the agenda sent ahead


def meeting_label(key: str, lang: str) -> str:
    return t(L[key], lang)


def day_text(value: dt.date | None, fmt: str = "%d/%m/%Y") -> str:
    return value.strftime(fmt) if value else "—"


def structure_name(db: Database) -> str:
    st = team.get_structure(db)
    return st.name if st else ""


def names_patients(m: MeetingView, minutes: bool) -> bool:
    """Health data on the page: minutes holding patient cases, or an agenda naming a patient
    (with consent). Such a printout carries "CONFIDENTIEL : données de santé"."""
    cases = [i for i in m.items if i.kind == "case"]
    if minutes:
        return bool(cases)
    return any(i.consent == "yes" and i.patient_pseudonym.strip() for i in cases)


def meeting_data(
    db: Database, meeting_id: int, minutes: bool, lang: str | None = None
) -> MeetingPrint:
    """Read a meeting for its agenda (`minutes` False) or its minutes (True)."""
    lang = lang or language()
    m = get_meeting(db, meeting_id)
    earlier = follow_up(db, meeting_id)
    what = meeting_label("minutes" if minutes else "agenda", lang)
    header = DocHeader(
        structure_name=structure_name(db),
        code=f"{m.starts_at:%d/%m/%Y}",
        title=f"{what} — {m.title or tr(MEETING_KINDS.get(m.kind, m.kind), 'core', lang)}",
        status=m.status,
        confidential=names_patients(m, minutes),
        watermark=minutes and m.status != "closed",
        lang=lang,
        fingerprint=fingerprint([minutes, dataclasses.asdict(m), [d.id for d in earlier]]),
    )
    return MeetingPrint(header, m, earlier, minutes)


def meeting_identity(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    m, lang = doc.meeting, doc.header.lang
    rows = [
        [meeting_label("when", lang), f"{m.starts_at:%d/%m/%Y %H:%M}"],
        [meeting_label("kind", lang), tr(MEETING_KINDS.get(m.kind, m.kind), "core", lang)],
        [meeting_label("place", lang), m.place or "—"],
        [meeting_label("chair", lang), m.chair or "—"],
        [meeting_label("secretary", lang), m.secretary or "—"],
    ]
    return [para(doc.header.title, ss, "title"), grid(None, rows, ss, widths=[45 * mm, 133 * mm])]


def people_table(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    rows = []
    for i in doc.meeting.invitees:
        profession = catalog.profession_label(i.profession, lang) if i.profession else "—"
        if i.partner:
            profession += f" ({meeting_label('partner', lang)})"
        row = [i.name, profession]
        rows.append(
            row + [t(ATTENDANCE.get(i.attendance, i.attendance), lang)] if doc.minutes else row
        )
    head = [meeting_label("name", lang), meeting_label("profession", lang)] + (
        [meeting_label("presence", lang)] if doc.minutes else []
    )
    widths = [70 * mm, 78 * mm, 30 * mm] if doc.minutes else [80 * mm, 98 * mm]
    title = meeting_label("participants" if doc.minutes else "invited", lang)
    return [heading(title, ss), grid(head, rows, ss, widths=widths) if rows else para("—", ss)]


def patient_text(item: ItemView) -> str:
    """Who the case is about: the name only with the patient's consent, else initials."""
    parts = [display_name(item, confidential_print=True)]
    parts += [flag for flag, on in (("75+", item.flag_75), ("ALD", item.flag_ald)) if on]
    return " · ".join(p for p in parts if p)


def item_title(item: ItemView, lang: str) -> str:
    title = tr(ITEM_KINDS.get(item.kind, item.kind), "core", lang)
    return f"{title} : {item.theme}" if item.theme else title


def _decision_rows(decisions: list[DecisionView], lang: str, origin: bool) -> list[list[str]]:
    rows = []
    for d in decisions:
        state = t(STATES.get(d.state, d.state), lang)
        if d.status_note:
            state += f" : {d.status_note}"
        if d.protocol_version_id is not None:
            state += f"\n{meeting_label('revision', lang)}"
        row = [d.text, d.owner or "—", day_text(d.due_date), state]
        rows.append(([day_text(d.meeting_starts_at)] if origin else []) + row)
    return rows


def follow_up_part(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    out: list[Flowable] = [heading(meeting_label("follow", lang), ss)]
    if not doc.follow_up:
        return [*out, para(meeting_label("follow_none", lang), ss)]
    return [*out, decision_table(doc.follow_up, lang, ss, origin=True)]


def decision_table(
    decisions: list[DecisionView], lang: str, ss: StyleSheet1, origin: bool
) -> Flowable:
    """Decisions with owner, due date and follow-up; overdue rows highlighted."""
    keys = ("meeting",) * origin + ("decision", "owner", "due", "state")
    widths = (22, 66, 32, 22, 36) if origin else (88, 34, 22, 34)
    return grid(
        [meeting_label(k, lang) for k in keys],
        _decision_rows(decisions, lang, origin),
        ss,
        widths=[w * mm for w in widths],
        highlight_rows={n for n, d in enumerate(decisions) if d.state == "overdue"},
    )


def write_meeting_pdf(
    story: list[Flowable], header: DocHeader, out: Path, progress: Progress, cancel: Cancel
) -> Path:
    """Atomic write: a cancelled or failed build leaves no file."""
    return save_story(story, header, out, progress, cancel, log, header.code)
