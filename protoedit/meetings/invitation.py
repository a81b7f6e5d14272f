"""The meeting invitation the user sends: agenda text, the .ics calendar event, the mailto: URL."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

from sqlalchemy import select

from protoedit import team
from protoedit.i18n import N_, language, tr
from protoedit.meetings.pseudonym import display_name
from protoedit.meetings.queries import ITEM_KINDS, MEETING_KINDS, ItemView, MeetingView, get_meeting
from protoedit.store.database import Database
from protoedit.store.models import Professional

# Mail programs and the Windows shell cut longer mailto: URLs (2,048 characters and less).
MAILTO_MAX = 1800
ELLIPSIS = "…"
UID_NAMESPACE = uuid.UUID("5b0c6f0e-2f5e-4c8e-9a53-6f1f0d3b7e21")
DEFAULT_MINUTES = 60  # length of the calendar event when the agenda is still empty


@dataclass
class Attendee:
    name: str
    email: str


@dataclass
class Invitation:
    """What the invitation holds: read once, then turned into the e-mail and the .ics file."""

    meeting: MeetingView
    structure_name: str
    lang: str
    organizer: Attendee | None = None
    attendees: list[Attendee] = field(default_factory=list)  # invitees with an address
    unreachable: list[str] = field(default_factory=list)  # invitees without an address

    @property
    def title(self) -> str:
        m = self.meeting
        return m.title or tr(MEETING_KINDS.get(m.kind, m.kind), lang=self.lang)

    @property
    def subject(self) -> str:
        return tr(N_("Ordre du jour : {title}, {date}"), lang=self.lang).format(
            title=self.title, date=f"{self.meeting.starts_at:%d/%m/%Y %H:%M}"
        )

    @property
    def ends_at(self) -> dt.datetime:
        m = self.meeting
        return m.ends_at if m.items else m.starts_at + dt.timedelta(minutes=DEFAULT_MINUTES)

    @property
    def addresses(self) -> list[str]:
        return [a.email for a in self.attendees]


def invitation_data(
    db: Database, meeting_id: int, organizer_id: int | None = None, lang: str | None = None
) -> Invitation:
    """The meeting, who can be reached by e-mail and who cannot, and the organizer (the user)."""
    m = get_meeting(db, meeting_id)
    ids = {i.professional_id for i in m.invitees} | {organizer_id}
    with db.read() as s:
        emails = dict(
            s.execute(
                select(Professional.id, Professional.email).where(Professional.id.in_(ids - {None}))
            ).all()
        )
    structure = team.get_structure(db)
    inv = Invitation(m, structure.name if structure else "", lang or language())
    seen: set[str] = set()
    for i in m.invitees:
        email = (emails.get(i.professional_id) or "").strip() if i.professional_id else ""
        if not email:
            inv.unreachable.append(i.name)
        elif email.lower() not in seen:
            seen.add(email.lower())
            inv.attendees.append(Attendee(i.name, email))
    if organizer_id is not None and (emails.get(organizer_id) or "").strip():
        pro = team.get_professional(db, organizer_id)
        inv.organizer = Attendee(pro.full_name if pro else "", emails[organizer_id].strip())
    return inv


def _item_line(item: ItemView, lang: str) -> str:
    """One agenda line; a patient is named by initials only (e-mail travels further)."""
    ends = item.starts_at + dt.timedelta(minutes=item.slot_minutes)
    what = tr(ITEM_KINDS.get(item.kind, item.kind), lang=lang)
    if item.theme:
        what += f" : {item.theme}"
    if patient := display_name(item, confidential_print=False):
        what += f" ({patient})"
    if item.requester:
        what += " — " + tr(N_("demandé par {who}"), lang=lang).format(who=item.requester)
    return f"{item.starts_at:%H:%M} – {ends:%H:%M}  {what}"


def agenda_text(inv: Invitation) -> str:
    """The invitation's text: meeting, date, place, then the agenda, one line per item."""
    m, lang = inv.meeting, inv.lang
    lines = [
        tr(N_("Bonjour,"), lang=lang),
        "",
        tr(N_("Vous êtes invité(e) à la réunion suivante :"), lang=lang),
        inv.title,
        tr(N_("Date : {date}, {start} – {end}"), lang=lang).format(
            date=f"{m.starts_at:%d/%m/%Y}", start=f"{m.starts_at:%H:%M}", end=f"{inv.ends_at:%H:%M}"
        ),
    ]
    if m.place:
        lines.append(tr(N_("Lieu : {place}"), lang=lang).format(place=m.place))
    if inv.structure_name:
        lines.append(inv.structure_name)
    lines += ["", tr(N_("Ordre du jour :"), lang=lang)]
    lines += [_item_line(i, lang) for i in m.items] or ["—"]
    return "\n".join(lines)


def attachments_note(lang: str) -> str:
    return tr(
        N_(
            "L'ordre du jour complet (PDF) et l'invitation pour votre agenda (.ics) sont "
            "joints à ce message."
        ),
        lang=lang,
    )


def _encode(text: str) -> str:
    return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")


def mailto_url(
    addresses: list[str], subject: str, body: str, footer: str = "", limit: int = MAILTO_MAX
) -> str:
    """A mailto: URL (RFC 6068) to the addresses, with subject and body; `footer` ends the body.

    When the URL would pass `limit` characters, the body is cut at a line (or a word) and ends
    with "…" before the footer; the addresses and the subject are never cut.
    """
    to = ",".join(quote(a.strip(), safe="@") for a in addresses if a.strip())

    def url(text: str) -> str:
        full = f"{text}\n\n{footer}" if footer else text
        return f"mailto:{to}?subject={_encode(subject)}&body={_encode(full)}"

    if len(url(body)) <= limit:
        return url(body)
    low, high = 0, len(body)  # the longest cut that fits
    while low < high:
        mid = (low + high + 1) // 2
        if len(url(body[:mid] + ELLIPSIS)) <= limit:
            low = mid
        else:
            high = mid - 1
    cut = body[:low]
    for sep in ("\n", " "):
        if sep in cut:
            cut = cut[: cut.rindex(sep)]
            break
    return url(cut.rstrip() + ELLIPSIS if cut.strip() else ELLIPSIS)


def _utc(local: dt.datetime) -> dt.datetime:
    """A stored local wall time as UTC (calendar programs place it in each reader's zone)."""
    return local.astimezone(dt.UTC)


def event_uid(inv: Invitation) -> str:
    """Stable per meeting of a team: sending again updates the event in calendars."""
    seed = f"{inv.structure_name}|{inv.meeting.id}"
    return f"{uuid.uuid5(UID_NAMESPACE, seed)}@protoedit"


def ics_bytes(inv: Invitation, now: dt.datetime | None = None) -> bytes:
    """The calendar event (RFC 5545): start and end in UTC, place, agenda text, attendees.

    With the organizer's address it is a REQUEST (attendees can answer), else a PUBLISH.
    """
    from icalendar import Calendar, Event, vCalAddress, vText  # only when sending

    m = inv.meeting
    cal = Calendar()
    cal.add("prodid", "-//ProtoEdit//Réunions//FR")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST" if inv.organizer else "PUBLISH")
    event = Event()
    event.add("uid", event_uid(inv))
    event.add("sequence", m.revision)
    event.add("dtstamp", (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC))
    event.add("dtstart", _utc(m.starts_at))
    event.add("dtend", _utc(inv.ends_at))
    event.add("summary", inv.title)
    if m.place:
        event.add("location", m.place)
        if m.place.startswith(("https://", "http://")):
            event.add("url", m.place)
    event.add("description", agenda_text(inv))
    if inv.organizer:
        organizer = vCalAddress(f"mailto:{inv.organizer.email}")
        organizer.params["CN"] = vText(inv.organizer.name)
        event.add("organizer", organizer, encode=False)
    for a in inv.attendees:
        attendee = vCalAddress(f"mailto:{a.email}")
        attendee.params["CN"] = vText(a.name)
        attendee.params.update(ROLE="REQ-PARTICIPANT", PARTSTAT="NEEDS-ACTION", RSVP="TRUE")
        event.add("attendee", attendee, encode=False)
    cal.add_component(event)
    return bytes(cal.to_ical())


def invitation_mailto(inv: Invitation) -> str:
    return mailto_url(inv.addresses, inv.subject, agenda_text(inv), attachments_note(inv.lang))


def file_stem(inv: Invitation) -> str:
    """The two files' name: "invitation-2026-04-09"."""
    return f"{tr(N_('invitation'), lang=inv.lang)}-{inv.meeting.starts_at:%Y-%m-%d}"
