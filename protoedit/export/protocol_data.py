"""Build the print data of a protocol version from the database."""

from __future__ import annotations

from protoedit import team
from protoedit.catalog import aci_theme
from protoedit.export.data import Contact, DocHeader, ProtocolPrint, fingerprint
from protoedit.meeting_queries import protocol_meeting_time
from protoedit.protocol_queries import get_version, versions_of


def protocol_print(db, version_id: int, lang: str = "fr") -> ProtocolPrint:
    """Everything a PDF of this version prints; its identity (code, title, ACI theme) comes
    from the version itself, never from the protocol row."""
    v = get_version(db, version_id)
    structure = team.get_structure(db)
    people = {p.id: p for p in team.list_professionals(db)}
    theme = aci_theme(v.aci_theme)
    header = DocHeader(
        structure_name=structure.name if structure else "",
        code=v.code, title=v.title, version_number=v.number, status=v.status,
        approved_on=v.approved_at.date() if v.approved_at else None, review_due=v.review_due,
        superseded=v.superseded or v.status == "superseded", lang=lang,
        fingerprint=fingerprint({"code": v.code, "title": v.title, "n": v.number,
                                 "content": v.content.to_dict()}),
    )
    return ProtocolPrint(
        header=header,
        aci_theme_label=theme.label(lang) if theme else "",
        content=v.content,
        working_group=[(people[i].full_name, people[i].profession) for i in v.working_group
                       if i in people],
        approvals=[(a.name, a.profession, a.at, a.meaning, a.decision) for a in v.approvals],
        history=[(x.number, x.status, (x.approved_at or x.created_at).date(), x.change_note)
                 for x in versions_of(db, v.protocol_id)],
        meetings=[(r.date, r.minutes, r.title) for r in protocol_meeting_time(db, v.protocol_id).rows],
        team=[Contact(p.id, p.first_name, p.last_name, p.profession, p.phone, p.partner,
                      p.id in v.working_group)
              for p in people.values() if p.active or p.id in v.working_group],
    )
