"""PDFs of concertation meetings: the agenda sent ahead, the confidential minutes, the ACI year."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from protoedit import catalog, team
from protoedit.export.atomic import atomic_path
from protoedit.export.data import DocHeader, fingerprint
from protoedit.export.labels import QT_TRANSLATE_NOOP, t
from protoedit.export.page import DocTemplate, styles
from protoedit.export.tables import grid
from protoedit.i18n import language, tr
from protoedit.meetings.aci_report import CSV_ENCODING, AciYear, aci_csv, aci_year, criteria_rows
from protoedit.meetings.decisions import follow_up
from protoedit.meetings.pseudonym import display_name
from protoedit.meetings.queries import (
    ITEM_KINDS,
    MEETING_KINDS,
    DecisionView,
    ItemView,
    MeetingView,
    get_meeting,
    local_time,
)
from protoedit.render.markdown_pdf import esc, markdown_flowables
from protoedit.store.database import Database

log = logging.getLogger("protoedit.meetings")
Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None
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


@dataclass
class AciPrint:
    header: DocHeader
    aci: AciYear


def _l(key: str, lang: str) -> str:
    return t(L[key], lang)


def _day(value: dt.date | None, fmt: str = "%d/%m/%Y") -> str:
    return value.strftime(fmt) if value else "—"


def _structure_name(db: Database) -> str:
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
    what = _l("minutes" if minutes else "agenda", lang)
    header = DocHeader(
        structure_name=_structure_name(db),
        code=f"{m.starts_at:%d/%m/%Y}",
        title=f"{what} — {m.title or tr(MEETING_KINDS.get(m.kind, m.kind), 'core', lang)}",
        status=m.status,
        confidential=names_patients(m, minutes),
        watermark=minutes and m.status != "closed",
        lang=lang,
        fingerprint=fingerprint([minutes, dataclasses.asdict(m), [d.id for d in earlier]]),
    )
    return MeetingPrint(header, m, earlier, minutes)


def _h(text: str, ss: StyleSheet1, level: int = 2) -> Paragraph:
    return Paragraph(esc(text), ss[f"h{level}"])


def _p(text: str, ss: StyleSheet1, style: str = "body") -> Paragraph:
    return Paragraph(esc(text), ss[style])


def _identity(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    m, lang = doc.meeting, doc.header.lang
    rows = [
        [_l("when", lang), f"{m.starts_at:%d/%m/%Y %H:%M}"],
        [_l("kind", lang), tr(MEETING_KINDS.get(m.kind, m.kind), "core", lang)],
        [_l("place", lang), m.place or "—"],
        [_l("chair", lang), m.chair or "—"],
        [_l("secretary", lang), m.secretary or "—"],
    ]
    return [_p(doc.header.title, ss, "title"), grid(None, rows, ss, widths=[45 * mm, 133 * mm])]


def _people(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    rows = []
    for i in doc.meeting.invitees:
        profession = catalog.profession_label(i.profession, lang) if i.profession else "—"
        if i.partner:
            profession += f" ({_l('partner', lang)})"
        row = [i.name, profession]
        rows.append(
            row + [t(ATTENDANCE.get(i.attendance, i.attendance), lang)] if doc.minutes else row
        )
    head = [_l("name", lang), _l("profession", lang)] + (
        [_l("presence", lang)] if doc.minutes else []
    )
    widths = [70 * mm, 78 * mm, 30 * mm] if doc.minutes else [80 * mm, 98 * mm]
    title = _l("participants" if doc.minutes else "invited", lang)
    return [_h(title, ss), grid(head, rows, ss, widths=widths) if rows else _p("—", ss)]


def _patient(item: ItemView) -> str:
    """Who the case is about: the name only with the patient's consent, else initials."""
    parts = [display_name(item, confidential_print=True)]
    parts += [flag for flag, on in (("75+", item.flag_75), ("ALD", item.flag_ald)) if on]
    return " · ".join(p for p in parts if p)


def _item_title(item: ItemView, lang: str) -> str:
    title = tr(ITEM_KINDS.get(item.kind, item.kind), "core", lang)
    return f"{title} : {item.theme}" if item.theme else title


def _consent(item: ItemView, lang: str) -> str:
    if item.kind != "case":
        return ""
    return _l("yes" if item.consent == "yes" else "not_asked", lang)


def _agenda_table(doc: MeetingPrint, ss: StyleSheet1) -> Flowable:
    """Rows as teams use them: time slot, patient, consent, theme, requester."""
    lang = doc.header.lang
    rows = []
    for i in doc.meeting.items:
        ends = i.starts_at + dt.timedelta(minutes=i.slot_minutes)
        what = _item_title(i, lang)
        if i.protocol_title:
            what += "\n" + _l("protocol", lang).format(title=i.protocol_title)
        if i.presenter:
            what += "\n" + _l("presented", lang).format(who=i.presenter)
        rows.append(
            [
                f"{i.starts_at:%H:%M} – {ends:%H:%M}",
                _patient(i),
                _consent(i, lang),
                what,
                i.requester,
            ]
        )
    head = [_l(k, lang) for k in ("slot_range", "patient", "consent", "theme_col", "requester")]
    return grid(head, rows, ss, widths=[w * mm for w in (26, 32, 28, 60, 32)])


def _decision_rows(decisions: list[DecisionView], lang: str, origin: bool) -> list[list[str]]:
    rows = []
    for d in decisions:
        state = t(STATES.get(d.state, d.state), lang)
        if d.status_note:
            state += f" : {d.status_note}"
        if d.protocol_version_id is not None:
            state += f"\n{_l('revision', lang)}"
        row = [d.text, d.owner or "—", _day(d.due_date), state]
        rows.append(([_day(d.meeting_starts_at)] if origin else []) + row)
    return rows


def _follow_up(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    out: list[Flowable] = [_h(_l("follow", lang), ss)]
    if not doc.follow_up:
        return [*out, _p(_l("follow_none", lang), ss)]
    return [*out, _decision_table(doc.follow_up, lang, ss, origin=True)]


def _decision_table(
    decisions: list[DecisionView], lang: str, ss: StyleSheet1, origin: bool
) -> Flowable:
    """Decisions with owner, due date and follow-up; overdue rows highlighted."""
    keys = ("meeting",) * origin + ("decision", "owner", "due", "state")
    widths = (22, 66, 32, 22, 36) if origin else (88, 34, 22, 34)
    return grid(
        [_l(k, lang) for k in keys],
        _decision_rows(decisions, lang, origin),
        ss,
        widths=[w * mm for w in widths],
        highlight_rows={n for n, d in enumerate(decisions) if d.state == "overdue"},
    )


def agenda_story(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    m, lang = doc.meeting, doc.header.lang
    story = [
        *_identity(doc, ss),
        *_people(doc, ss),
        _h(_l("items", lang), ss),
        _agenda_table(doc, ss),
        _p(
            _l("total", lang).format(
                n=m.planned_minutes, start=f"{m.starts_at:%H:%M}", end=f"{m.ends_at:%H:%M}"
            ),
            ss,
            "small",
        ),
    ]
    return story + _follow_up(doc, ss)


def _minutes_item(n: int, item: ItemView, doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    head = [_h(f"{n}. {item.starts_at:%H:%M} · {_item_title(item, lang)}", ss, 3)]
    facts = []
    if item.kind == "case":
        consent = _l("consent_yes" if item.consent == "yes" else "consent_no", lang)
        facts.append(f"{_l('patient', lang)} : {_patient(item)} ({consent})")
    if item.protocol_title:
        facts.append(_l("protocol", lang).format(title=item.protocol_title))
    who = [_l("asked", lang).format(who=item.requester)] if item.requester else []
    who += [_l("presented", lang).format(who=item.presenter)] if item.presenter else []
    timing = _l("timing", lang).format(slot=item.slot_minutes)
    if item.minutes_spent is not None:
        timing += ", " + _l("spent", lang).format(n=item.minutes_spent)
    facts.append(" · ".join([*who, timing]))
    head += [_p(f, ss, "small") for f in facts]
    return [KeepTogether(head), *_minutes_body(item, lang, ss)]


def _minutes_body(item: ItemView, lang: str, ss: StyleSheet1) -> list[Flowable]:
    """Problems discussed (unless the team kept its notes out), proposal, decisions with owner
    and due date, and why the care given differs from the proposal when it does."""
    out: list[Flowable] = []
    notes = item.notes.strip()
    if notes and item.notes_private:
        out.append(_p(_l("private", lang), ss, "missing"))
    elif notes:
        out += [_h(_l("problems", lang), ss, 5), *markdown_flowables(item.notes, ss)]
    if not item.proposal.strip() and not item.decisions and not item.deviation_reason.strip():
        return [*out, _p(_l("nothing", lang), ss, "missing")]
    out.append(_h(_l("proposal", lang), ss, 5))
    out += markdown_flowables(item.proposal, ss) if item.proposal.strip() else [_p("—", ss)]
    out.append(_h(_l("decisions", lang), ss, 5))
    if item.decisions:
        out.append(_decision_table(item.decisions, lang, ss, origin=False))
    else:
        out.append(_p(_l("none", lang), ss))
    if item.deviation_reason.strip():
        out += [_h(_l("deviation", lang), ss, 5), *markdown_flowables(item.deviation_reason, ss)]
    return out


def minutes_story(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    m, lang = doc.meeting, doc.header.lang
    story = [*_identity(doc, ss), *_people(doc, ss), _h(_l("items", lang), ss)]
    for n, item in enumerate(m.items, start=1):
        story += _minutes_item(n, item, doc, ss)
    story += _follow_up(doc, ss)
    if m.closed_at:
        closed = _day(local_time(m.closed_at), "%d/%m/%Y %H:%M")
        story += [Spacer(1, 3 * mm), _p(_l("closed", lang).format(date=closed), ss, "small")]
    if m.amendments:
        story.append(_h(_l("amendments", lang), ss))
        for a in m.amendments:
            at = _day(local_time(a.at), "%d/%m/%Y %H:%M")
            by = _l("amend_by", lang).format(date=at, author=a.author)
            story += [_p(by, ss, "small"), *markdown_flowables(a.text, ss)]
    return story


def _build(
    story: list[Flowable], header: DocHeader, out: Path, progress: Progress, cancel: Cancel
) -> Path:
    """Atomic write: a cancelled or failed build leaves no file."""
    with atomic_path(Path(out)) as tmp:
        pages = DocTemplate(tmp, header, progress, cancel, len(story)).build_story(story)
    log.info("%s written: %d pages", header.code, pages)
    return Path(out)


def build_meeting_pdf(
    doc: MeetingPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """The agenda or the minutes, as `doc.minutes` says."""
    story = (minutes_story if doc.minutes else agenda_story)(doc, styles(lang=doc.header.lang))
    return _build(story, doc.header, out, progress, cancel)


def write_agenda(db: Database, meeting_id: int, out: Path, lang: str | None = None) -> Path:
    return build_meeting_pdf(meeting_data(db, meeting_id, False, lang), out)


def write_minutes(db: Database, meeting_id: int, out: Path, lang: str | None = None) -> Path:
    return build_meeting_pdf(meeting_data(db, meeting_id, True, lang), out)


# -- the ACI year -------------------------------------------------------------------------------


def aci_data(db: Database, year: int, lang: str | None = None) -> AciPrint:
    lang = lang or language()
    aci = aci_year(db, year)
    header = DocHeader(
        structure_name=_structure_name(db),
        code=f"ACI {year}",
        title=_l("aci", lang).format(year=year),
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
        [_l("cases", lang), str(a.cases)],
        [_l("c75", lang), str(a.cases_75)],
        [_l("cald", lang), str(a.cases_ald)],
        [_l("cany", lang), str(a.cases_75_or_ald)],
    ]
    if a.denominator is not None:
        counts.append([_l("denominator", lang), str(a.denominator.patients)])
    story = [
        _p(doc.header.title, ss, "title"),
        _p(_l("counts_only", lang), ss, "small"),
        grid(
            [_l(k, lang) for k in ("criterion", "result", "points", "euros", "missing")],
            rows,
            ss,
            widths=[62 * mm, 38 * mm, 24 * mm, 24 * mm, 30 * mm],
            highlight_rows={n for n, c in enumerate(criteria) if c.reached is False},
        ),
        _p(
            _l("wording", lang).format(
                concertation=a.figures.concertation.wording(lang),
                protocols=a.figures.protocols.wording(lang),
            ),
            ss,
            "small",
        ),
        _p(_l("source", lang).format(source=a.figures.source), ss, "small"),
        grid(None, counts, ss, widths=[120 * mm, 30 * mm]),
        _h(_l("meetings_list", lang), ss),
    ]
    kind = tr(MEETING_KINDS["rcp"], "core", lang)
    meetings = [
        [_day(m.starts_at, "%d/%m/%Y %H:%M"), m.title or kind, str(m.cases)] for m in a.meetings
    ]
    story.append(
        grid(
            [_l("when", lang), _l("title", lang), _l("n_cases", lang)],
            meetings,
            ss,
            widths=[36 * mm, 112 * mm, 30 * mm],
        )
        if meetings
        else _p("—", ss)
    )
    story.append(_h(_l("protocols", lang), ss))
    protocols = []
    for p in a.protocols:
        theme = catalog.aci_theme(p.aci_theme)
        protocols.append(
            [p.code, p.title, theme.label(lang) if theme else p.aci_theme, _day(p.in_force_since)]
        )
    story.append(
        grid(
            [_l(k, lang) for k in ("code", "title_p", "theme", "since")],
            protocols,
            ss,
            widths=[24 * mm, 70 * mm, 56 * mm, 28 * mm],
        )
        if protocols
        else _p("—", ss)
    )
    return story


def build_aci_pdf(
    doc: AciPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    return _build(aci_story(doc, styles(lang=doc.header.lang)), doc.header, out, progress, cancel)


def write_aci_csv(aci: AciYear, out: Path) -> Path:
    """The CSV for Excel (BOM, semicolons), written atomically."""
    with atomic_path(Path(out)) as tmp:
        tmp.write_bytes(aci_csv(aci).encode(CSV_ENCODING))
    return Path(out)
