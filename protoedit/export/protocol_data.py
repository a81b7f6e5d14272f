"""Build the print data of a protocol version from the database."""

from __future__ import annotations

from protoedit import team
from protoedit.catalog import aci_theme
from protoedit.export.data import Contact, DocHeader, ProtocolPrint, fingerprint
from protoedit.meetings.queries import protocol_meeting_time
from protoedit.protocols.queries import VersionView, get_version, versions_of
from protoedit.protocols.what_changed import summary
from protoedit.store.database import Database


def version_changes(v: VersionView, versions: list[VersionView], lang: str) -> dict[str, list[str]]:
    """Per profession of `v`, what changed for it against the version it replaced."""
    previous = next((x for x in versions if x.number == v.number - 1), None)
    if previous is None:
        return {}
    professions = list(dict.fromkeys(previous.content.professions() + v.content.professions()))
    return {p: c.lines(lang) for p, c in summary(previous.content, v.content, professions).items()}


def reading_rows(db: Database, v: VersionView) -> list[tuple[str, str, str]]:
    """The controlled copy's reading list: (name, profession, reading) of the version in force."""
    from protoedit.protocols.reading import reading_list, reading_state_text

    lst = reading_list(db, v.protocol_id)
    if lst is None or lst.version_id != v.version_id:
        return []
    return [(r.name, r.profession, reading_state_text(r)) for r in lst.readers]


def protocol_print(
    db: Database, version_id: int, lang: str = "fr", with_reading: bool = False
) -> ProtocolPrint:
    """Everything a PDF of this version prints; its identity (code, title, ACI theme) comes
    from the version itself, never from the protocol row. `with_reading`: a controlled copy
    that carries the reading list (who has read the version in force)."""
    v = get_version(db, version_id)
    structure = team.get_structure(db)
    people = {p.id: p for p in team.list_professionals(db)}
    theme = aci_theme(v.aci_theme)
    versions = versions_of(db, v.protocol_id)
    header = DocHeader(
        structure_name=structure.name if structure else "",
        code=v.code,
        title=v.title,
        version_number=v.number,
        status=v.status,
        approved_on=v.approved_at.date() if v.approved_at else None,
        review_due=v.review_due,
        superseded=v.superseded or v.status == "superseded",
        lang=lang,
        fingerprint=fingerprint(
            {"code": v.code, "title": v.title, "n": v.number, "content": v.content.to_dict()}
        ),
    )
    return ProtocolPrint(
        header=header,
        aci_theme_label=theme.label(lang) if theme else "",
        content=v.content,
        working_group=[
            (people[i].full_name, people[i].profession) for i in v.working_group if i in people
        ],
        approvals=[(a.name, a.profession, a.at, a.meaning, a.decision) for a in v.approvals],
        history=[
            (x.number, x.status, (x.approved_at or x.created_at).date(), x.change_note)
            for x in versions
        ],
        meetings=[
            (r.date, r.minutes, r.title) for r in protocol_meeting_time(db, v.protocol_id).rows
        ],
        team=[
            Contact(
                p.id,
                p.first_name,
                p.last_name,
                p.profession,
                p.phone,
                p.partner,
                p.id in v.working_group,
            )
            for p in people.values()
            if p.active or p.id in v.working_group
        ],
        changes=version_changes(v, versions, lang),
        reading=reading_rows(db, v) if with_reading else None,
    )
