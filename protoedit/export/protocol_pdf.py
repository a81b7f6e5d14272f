"""PDFs of a care protocol: the full controlled copy, and a one-page bedside memo per profession."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from protoedit.catalog import profession_label
from protoedit.export.atomic import atomic_path
from protoedit.export.contacts import who_to_call
from protoedit.export.data import ProtocolPrint
from protoedit.export.labels import QT_TRANSLATE_NOOP, status_label, t
from protoedit.export.page import DocTemplate, styles
from protoedit.export.tables import grid
from protoedit.i18n import tr
from protoedit.protocols.completeness import REQUIRED_SECTIONS
from protoedit.protocols.completeness import is_missing as _is_missing
from protoedit.protocols.content import SECTIONS, TO_COMPLETE
from protoedit.render.markdown_pdf import esc, markdown_flowables

log = logging.getLogger("protoedit.export")
Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None
_L = QT_TRANSLATE_NOOP
L = {
    "theme": _L("pdf", "Thème ACI"),
    "version": _L("pdf", "Version"),
    "status": _L("pdf", "Statut"),
    "approved": _L("pdf", "Validé le"),
    "review": _L("pdf", "Révision prévue"),
    "group": _L("pdf", "Groupe de travail"),
    "meetings": _L("pdf", "Réunions de travail"),
    "steps": _L("pdf", "Étapes : qui fait quoi, quand, comment"),
    "matrix": _L("pdf", "Matrice qui × quand"),
    "indicators": _L("pdf", "Indicateurs d'évaluation"),
    "references": _L("pdf", "Références"),
    "approvals": _L("pdf", "Validation"),
    "history": _L("pdf", "Historique des versions"),
    "step": _L("pdf", "Étape"),
    "who": _L("pdf", "Qui"),
    "what": _L("pdf", "Quoi"),
    "when": _L("pdf", "Quand"),
    "how": _L("pdf", "Comment"),
    "where": _L("pdf", "Où"),
    "alert": _L("pdf", "Alerte"),
    "name": _L("pdf", "Nom"),
    "definition": _L("pdf", "Définition"),
    "target": _L("pdf", "Cible"),
    "source": _L("pdf", "Source"),
    "frequency": _L("pdf", "Fréquence"),
    "owner": _L("pdf", "Responsable"),
    "date": _L("pdf", "Date"),
    "profession": _L("pdf", "Profession"),
    "meaning": _L("pdf", "Sens de la signature"),
    "signature": _L("pdf", "Signature"),
    "refused": _L("pdf", "Refus"),
    "note": _L("pdf", "Motif"),
    "none": _L("pdf", "Aucune"),
    "memo": _L("pdf", "Mémo au lit du patient : {profession}"),
    "your_steps": _L("pdf", "Ce que je fais"),
    "call": _L("pdf", "Qui appeler"),
    "alerts": _L("pdf", "Signes d'alerte"),
    "minutes": _L("pdf", "min"),
    "referent": _L("pdf", "Référent"),
    "evidence": _L("pdf", "Synthèse documentaire"),
    "question": _L("pdf", "Question"),
    "answer": _L("pdf", "Réponse documentée"),
    "level": _L("pdf", "Niveau de preuve"),
    "key_points": _L("pdf", "Messages clés gradés"),
    "grade": _L("pdf", "Grade"),
    "message": _L("pdf", "Message clé"),
    "level_n": _L("pdf", "Niveau {n}"),
    "expert": _L("pdf", "Accord d'experts"),
    "changes": _L("pdf", "Changements de la version {n}"),
    "reading": _L("pdf", "Liste de lecture de la version {n}"),
    "read": _L("pdf", "Lecture"),
}


def is_missing(text: str) -> bool:
    """Empty or only "À compléter" (long text never is: skip the costly folding)."""
    return len(text) < 400 and _is_missing(text)


def _l(key: str, lang: str) -> str:
    return t(L[key], lang)


def _section_title(key: str, title: str, lang: str) -> str:
    return tr(title, "sections", lang)


def _heading(text: str, ss: StyleSheet1, level: int = 1) -> Paragraph:
    return Paragraph(esc(text), ss[f"h{level}"])


def _missing(ss: StyleSheet1, lang: str) -> Paragraph:
    return Paragraph(f"<i>{esc(tr(TO_COMPLETE, 'pdf', lang))}</i>", ss["missing"])


def _identity(doc: ProtocolPrint, ss: StyleSheet1) -> list[Flowable]:
    h, lang = doc.header, doc.header.lang
    rows = [
        [_l("theme", lang), doc.aci_theme_label or "—"],
        [_l("version", lang), str(h.version_number or "")],
        [_l("status", lang), status_label(h.status, lang)],
        [_l("approved", lang), h.approved_on.strftime("%d/%m/%Y") if h.approved_on else "—"],
        [_l("review", lang), h.review_due.strftime("%d/%m/%Y") if h.review_due else "—"],
    ]
    return [
        Paragraph(esc(f"{h.code} — {h.title}"), ss["title"]),
        grid(None, rows, ss, widths=[45 * mm, 130 * mm]),
    ]


def changes_box(
    doc: ProtocolPrint, ss: StyleSheet1, profession: str | None = None
) -> list[Flowable]:
    """ "Changements de la version N": per profession (only `profession`'s on a memo), what
    changed for it against the version it replaced; nothing for a first version."""
    lang = doc.header.lang
    wanted = [profession] if profession else list(doc.changes)
    rows = [
        [profession_label(p, lang), "\n".join(f"• {line}" for line in doc.changes[p])]
        for p in wanted
        if p in doc.changes
    ]
    if not rows:
        return []
    title = _l("changes", lang).format(n=doc.header.version_number)
    if profession:
        return [grid([title], [[rows[0][1]]], ss, widths=[178 * mm])]
    return [_heading(title, ss, 3), grid(None, rows, ss, widths=[45 * mm, 130 * mm])]


def _reading_list(doc: ProtocolPrint, ss: StyleSheet1, lang: str) -> list[Flowable]:
    """On a controlled copy, when asked: who has read this version, who has not."""
    if doc.reading is None:
        return []
    head = [_l("name", lang), _l("profession", lang), _l("read", lang)]
    rows = [[name, profession_label(p, lang), state] for name, p, state in doc.reading]
    return [
        _heading(_l("reading", lang).format(n=doc.header.version_number), ss),
        grid(head, rows or [["—", "", ""]], ss, widths=[50 * mm, 45 * mm, 83 * mm]),
    ]


def _steps_table(doc: ProtocolPrint, ss: StyleSheet1, lang: str) -> Flowable:
    rows = [
        [
            f"{i + 1}. {s.title}",
            ", ".join(profession_label(p, lang) for p in s.professions)
            + (f"\n{_l('referent', lang)} : {s.referent}" if s.referent.strip() else ""),
            s.what,
            s.when,
            s.how,
            s.where,
            s.alert,
        ]
        for i, s in enumerate(doc.content.steps)
    ]
    head = [_l(k, lang) for k in ("step", "who", "what", "when", "how", "where", "alert")]
    return grid(
        head,
        rows,
        ss,
        widths=[w * mm for w in (22, 26, 34, 22, 28, 18, 28)],
        highlight_rows={i for i, s in enumerate(doc.content.steps) if s.alert},
    )


def _matrix(doc: ProtocolPrint, ss: StyleSheet1, lang: str) -> Flowable | None:
    profs = doc.content.professions()
    if not profs:
        return None
    steps = doc.content.steps
    first = 40 * mm
    col = (178 * mm - first) / len(profs)
    rows = [
        [f"{s.title}\n{s.when}".strip()]
        + [("✓ " + s.what) if p in s.professions else "" for p in profs]
        for s in steps
    ]
    return grid(
        [_l("when", lang)] + [profession_label(p, lang) for p in profs],
        rows,
        ss,
        widths=[first] + [col] * len(profs),
    )


def _part(
    doc: ProtocolPrint, ss: StyleSheet1, title: str, body: list[Flowable], required: bool = False
) -> list[Flowable]:
    """A heading and its body; an empty part prints "À compléter" on a draft, and is left out
    of a validated copy unless it is required (then the gap must show)."""
    if body:
        return [_heading(title, ss), *body]
    if doc.header.is_draft or required:
        return [_heading(title, ss), _missing(ss, doc.header.lang)]
    return []


def _sections(doc: ProtocolPrint, ss: StyleSheet1, lang: str) -> list[Flowable]:
    out: list[Flowable] = []
    for key, title in SECTIONS:
        text = doc.content.section(key)
        body = [] if is_missing(text) else markdown_flowables(text, ss)
        out += _part(doc, ss, _section_title(key, title, lang), body, key in REQUIRED_SECTIONS)
    return out


def _indicators(doc: ProtocolPrint, ss: StyleSheet1, lang: str) -> list[Flowable]:
    rows = [
        [i.name, i.definition, i.target, i.source, i.frequency, i.owner]
        for i in doc.content.indicators
    ]
    head = [_l(k, lang) for k in ("name", "definition", "target", "source", "frequency", "owner")]
    return [grid(head, rows, ss)] if rows else []


def _references(doc: ProtocolPrint, ss: StyleSheet1) -> list[Flowable]:
    return [
        Paragraph(
            esc(
                f"• {r.citation}"
                + (f" ({r.date})" if r.date else "")
                + (f" — {r.url}" if r.url else "")
            ),
            ss["body"],
        )
        for r in doc.content.references
    ]


def protocol_story(doc: ProtocolPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    c = doc.content
    story: list[Flowable] = _identity(doc, ss) + changes_box(doc, ss)
    group = (
        [
            grid(
                [_l("name", lang), _l("profession", lang)],
                [[n, profession_label(p, lang)] for n, p in doc.working_group],
                ss,
                widths=[80 * mm, 95 * mm],
            )
        ]
        if doc.working_group
        else []
    )
    story += _part(doc, ss, _l("group", lang), group)
    if doc.meetings:
        story.append(
            Paragraph(
                esc(_l("meetings", lang))
                + " : "
                + esc(
                    ", ".join(
                        f"{d:%d/%m/%Y} ({m} {_l('minutes', lang)})" for d, m, _t in doc.meetings
                    )
                ),
                ss["small"],
            )
        )
    story += _sections(doc, ss, lang)
    story += _documented_answers(doc, ss, lang)
    story.append(CondPageBreak(40 * mm))
    story += _part(
        doc, ss, _l("steps", lang), [_steps_table(doc, ss, lang)] if c.steps else [], required=True
    )
    matrix = _matrix(doc, ss, lang)
    if matrix is not None:
        story += [CondPageBreak(40 * mm), _heading(_l("matrix", lang), ss), matrix]
    story += _part(doc, ss, _l("indicators", lang), _indicators(doc, ss, lang))
    story += _part(doc, ss, _l("references", lang), _references(doc, ss))
    story.append(KeepTogether(_approvals(doc, ss, lang)))
    story.append(_heading(_l("history", lang), ss))
    story.append(
        grid(
            [_l("version", lang), _l("status", lang), _l("date", lang), _l("note", lang)],
            [
                [f"v{n}", status_label(s, lang), d.strftime("%d/%m/%Y"), note]
                for n, s, d, note in doc.history
            ],
            ss,
            widths=[18 * mm, 30 * mm, 25 * mm, 105 * mm],
        )
    )
    story += _reading_list(doc, ss, lang)
    return story


def _grade(code: str, lang: str) -> str:
    return _l("expert", lang) if code == "AE" else code or "—"


def _documented_answers(doc: ProtocolPrint, ss: StyleSheet1, lang: str) -> list[Flowable]:
    """The HAS method's documented answers: the synthesis table and the graded key messages
    (left out of a validated copy when empty, "À compléter" on a draft)."""
    c = doc.content
    rows = [
        [e.question, e.answer, e.source, _l("level_n", lang).format(n=e.level) if e.level else "—"]
        for e in c.evidence
        if (e.question + e.answer + e.source).strip()
    ]
    evidence = (
        [
            grid(
                [_l(k, lang) for k in ("question", "answer", "source", "level")],
                rows,
                ss,
                widths=[w * mm for w in (48, 64, 42, 24)],
            )
        ]
        if rows
        else []
    )
    messages = [[_grade(m.grade, lang), m.text] for m in c.key_points if m.text.strip()]
    graded = (
        [grid([_l("grade", lang), _l("message", lang)], messages, ss, widths=[32 * mm, 146 * mm])]
        if messages
        else []
    )
    return _part(doc, ss, _l("evidence", lang), evidence) + _part(
        doc, ss, _l("key_points", lang), graded
    )


def _approvals(doc: ProtocolPrint, ss: StyleSheet1, lang: str) -> list[Flowable]:
    out: list[Flowable] = [_heading(_l("approvals", lang), ss)]
    head = [_l(k, lang) for k in ("name", "profession", "date", "meaning", "signature")]
    rows = [
        [
            n,
            profession_label(p, lang),
            at.strftime("%d/%m/%Y"),
            (f"{_l('refused', lang)} : " if decision == "refuse" else "") + meaning,
            "",
        ]
        for n, p, at, meaning, decision in doc.approvals
    ]
    if not rows:
        rows = [["", "", "", "", ""] for _ in range(3)]
    out.append(grid(head, rows, ss, widths=[40 * mm, 35 * mm, 22 * mm, 51 * mm, 30 * mm]))
    return out


def build_protocol_pdf(
    doc: ProtocolPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """Write the full protocol atomically; ExportCancelled leaves no file."""
    ss = styles(lang=doc.header.lang)
    story = protocol_story(doc, ss)
    with atomic_path(Path(out)) as tmp:
        pages = DocTemplate(tmp, doc.header, progress, cancel, len(story)).build_story(story)
    log.info("protocol %s exported: %d pages", doc.header.code, pages)
    return Path(out)


def memo_story(doc: ProtocolPrint, profession: str, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    c = doc.content
    label = profession_label(profession, lang)
    story: list[Flowable] = [
        Paragraph(esc(f"{doc.header.code} — {doc.header.title}"), ss["h2"]),
        Paragraph(esc(t(L["memo"], lang).format(profession=label)), ss["h3"]),
        *changes_box(doc, ss, profession),
        _heading(_l("your_steps", lang), ss, 4),
    ]
    mine = [s for s in c.steps if profession in s.professions]
    if mine:
        story.append(
            grid(
                [_l(k, lang) for k in ("step", "what", "when", "how", "alert")],
                [[s.title, s.what, s.when, s.how, s.alert] for s in mine],
                ss,
                widths=[w * mm for w in (26, 50, 32, 40, 30)],
            )
        )
    else:
        story.append(Paragraph(esc(_l("none", lang)), ss["body"]))
    story.append(_heading(_l("alerts", lang), ss, 4))
    alerts = c.section("alert_signs")
    story.extend(markdown_flowables(alerts, ss) if not is_missing(alerts) else [_missing(ss, lang)])
    calls = who_to_call(doc, profession)
    story.append(_heading(_l("call", lang), ss, 4))
    story.extend(Paragraph(esc("• " + call.line(lang)), ss["body"]) for call in calls)
    if not calls:
        story.append(Paragraph(esc(_l("none", lang)), ss["body"]))
    return story


def build_memo_pdf(
    doc: ProtocolPrint, profession: str, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """A one-page memo: shrink the type step by step until it fits on one A4 page."""
    data = b""
    for scale in (1.0, 0.9, 0.8, 0.7, 0.62, 0.55):
        buf = io.BytesIO()
        pages = DocTemplate(buf, doc.header, progress, cancel).build_story(
            memo_story(doc, profession, styles(scale, doc.header.lang))
        )
        data = buf.getvalue()
        if pages == 1:
            break
    else:
        log.warning("memo for %s does not fit on one page even at 55 %%", profession)
    with atomic_path(Path(out)) as tmp:
        tmp.write_bytes(data)
    return Path(out)
