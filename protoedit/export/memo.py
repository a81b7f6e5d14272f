"""What a profession's bedside memo holds, for its printed copy (the same as memo_story's PDF)."""

from __future__ import annotations

from dataclasses import dataclass

from protoedit.catalog import profession_label
from protoedit.export.contacts import who_to_call
from protoedit.export.data import ProtocolPrint
from protoedit.protocols.content import Step


@dataclass(frozen=True)
class Memo:
    profession_label: str
    steps: list[Step]  # the profession's own steps
    alerts: str  # the alert-signs section (Markdown)
    calls: list[str]  # who to call, one line per person with the phone (export.contacts)
    changes: list[str]  # "Changements de la version N" for this profession (none for a v1)


def memo_parts(doc: ProtocolPrint, profession: str) -> Memo:
    """The memo PDF's content (protocol_pdf.memo_story): keep the two in step."""
    lang = doc.header.lang
    c = doc.content
    mine = [s for s in c.steps if profession in s.professions]
    calls = [call.line(lang) for call in who_to_call(doc, profession)]
    return Memo(
        profession_label(profession, lang),
        mine,
        c.section("alert_signs"),
        calls,
        doc.changes.get(profession, []),
    )
