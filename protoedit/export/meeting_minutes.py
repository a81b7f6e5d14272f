"""A meeting's agenda sent ahead and its confidential minutes, as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from protoedit.export.meeting_print import (
    MeetingPrint,
    day_text,
    decision_table,
    follow_up_part,
    item_title,
    meeting_data,
    meeting_identity,
    meeting_label,
    patient_text,
    people_table,
    write_meeting_pdf,
)
from protoedit.export.page import Cancel, Progress, styles
from protoedit.export.paragraphs import heading, para
from protoedit.export.tables import grid
from protoedit.meetings.queries import ItemView, local_time
from protoedit.render.markdown_pdf import markdown_flowables
from protoedit.store.database import Database


def _consent(item: ItemView, lang: str) -> str:
    if item.kind != "case":
        return ""
    return meeting_label("yes" if item.consent == "yes" else "not_asked", lang)


def _agenda_table(doc: MeetingPrint, ss: StyleSheet1) -> Flowable:
    """Rows as teams use them: time slot, patient, consent, theme, requester."""
    lang = doc.header.lang
    rows = []
    for i in doc.meeting.items:
        ends = i.starts_at + dt.timedelta(minutes=i.slot_minutes)
        what = item_title(i, lang)
        if i.protocol_title:
            what += "\n" + meeting_label("protocol", lang).format(title=i.protocol_title)
        if i.presenter:
            what += "\n" + meeting_label("presented", lang).format(who=i.presenter)
        rows.append(
            [
                f"{i.starts_at:%H:%M} – {ends:%H:%M}",
                patient_text(i),
                _consent(i, lang),
                what,
                i.requester,
            ]
        )
    head = [
        meeting_label(k, lang)
        for k in ("slot_range", "patient", "consent", "theme_col", "requester")
    ]
    return grid(head, rows, ss, widths=[w * mm for w in (26, 32, 28, 60, 32)])


def agenda_story(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    m, lang = doc.meeting, doc.header.lang
    story = [
        *meeting_identity(doc, ss),
        *people_table(doc, ss),
        heading(meeting_label("items", lang), ss),
        _agenda_table(doc, ss),
        para(
            meeting_label("total", lang).format(
                n=m.planned_minutes, start=f"{m.starts_at:%H:%M}", end=f"{m.ends_at:%H:%M}"
            ),
            ss,
            "small",
        ),
    ]
    return story + follow_up_part(doc, ss)


def _minutes_item(n: int, item: ItemView, doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    lang = doc.header.lang
    head = [heading(f"{n}. {item.starts_at:%H:%M} · {item_title(item, lang)}", ss, 3)]
    facts = []
    if item.kind == "case":
        consent = meeting_label("consent_yes" if item.consent == "yes" else "consent_no", lang)
        facts.append(f"{meeting_label('patient', lang)} : {patient_text(item)} ({consent})")
    if item.protocol_title:
        facts.append(meeting_label("protocol", lang).format(title=item.protocol_title))
    who = [meeting_label("asked", lang).format(who=item.requester)] if item.requester else []
    who += [meeting_label("presented", lang).format(who=item.presenter)] if item.presenter else []
    timing = meeting_label("timing", lang).format(slot=item.slot_minutes)
    if item.minutes_spent is not None:
        timing += ", " + meeting_label("spent", lang).format(n=item.minutes_spent)
    facts.append(" · ".join([*who, timing]))
    head += [para(f, ss, "small") for f in facts]
    return [KeepTogether(head), *_minutes_body(item, lang, ss)]


def _minutes_body(item: ItemView, lang: str, ss: StyleSheet1) -> list[Flowable]:
    """Problems discussed (unless the team kept its notes out), proposal, decisions with owner
    and due date, and why the care given differs from the proposal when it does."""
    out: list[Flowable] = []
    notes = item.notes.strip()
    if notes and item.notes_private:
        out.append(para(meeting_label("private", lang), ss, "missing"))
    elif notes:
        out += [
            heading(meeting_label("problems", lang), ss, 5),
            *markdown_flowables(item.notes, ss),
        ]
    if not item.proposal.strip() and not item.decisions and not item.deviation_reason.strip():
        return [*out, para(meeting_label("nothing", lang), ss, "missing")]
    out.append(heading(meeting_label("proposal", lang), ss, 5))
    out += markdown_flowables(item.proposal, ss) if item.proposal.strip() else [para("—", ss)]
    out.append(heading(meeting_label("decisions", lang), ss, 5))
    if item.decisions:
        out.append(decision_table(item.decisions, lang, ss, origin=False))
    else:
        out.append(para(meeting_label("none", lang), ss))
    if item.deviation_reason.strip():
        out += [
            heading(meeting_label("deviation", lang), ss, 5),
            *markdown_flowables(item.deviation_reason, ss),
        ]
    return out


def minutes_story(doc: MeetingPrint, ss: StyleSheet1) -> list[Flowable]:
    m, lang = doc.meeting, doc.header.lang
    story = [
        *meeting_identity(doc, ss),
        *people_table(doc, ss),
        heading(meeting_label("items", lang), ss),
    ]
    for n, item in enumerate(m.items, start=1):
        story += _minutes_item(n, item, doc, ss)
    story += follow_up_part(doc, ss)
    if m.closed_at:
        closed = day_text(local_time(m.closed_at), "%d/%m/%Y %H:%M")
        story += [
            Spacer(1, 3 * mm),
            para(meeting_label("closed", lang).format(date=closed), ss, "small"),
        ]
    if m.amendments:
        story.append(heading(meeting_label("amendments", lang), ss))
        for a in m.amendments:
            at = day_text(local_time(a.at), "%d/%m/%Y %H:%M")
            by = meeting_label("amend_by", lang).format(date=at, author=a.author)
            story += [para(by, ss, "small"), *markdown_flowables(a.text, ss)]
    return story


def build_meeting_pdf(
    doc: MeetingPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """The agenda or the minutes, as `doc.minutes` says."""
    story = (minutes_story if doc.minutes else agenda_story)(doc, styles(lang=doc.header.lang))
    return write_meeting_pdf(story, doc.header, out, progress, cancel)


def write_agenda(db: Database, meeting_id: int, out: Path, lang: str | None = None) -> Path:
    return build_meeting_pdf(meeting_data(db, meeting_id, False, lang), out)


def write_minutes(db: Database, meeting_id: int, out: Path, lang: str | None = None) -> Path:
    return build_meeting_pdf(meeting_data(db, meeting_id, True, lang), out)
