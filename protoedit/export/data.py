"""Plain data handed to the PDF builders (no ORM objects): header fields and protocol content."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from protoedit.protocols.content import Content

DRAFT_STATUSES = ("draft", "in_review")


@dataclass
class DocHeader:
    structure_name: str
    code: str
    title: str
    version_number: int | None = None
    status: str = "draft"  # draft | in_review | approved | superseded | archived | (meeting kinds)
    approved_on: dt.date | None = None
    review_due: dt.date | None = None
    superseded: bool = False
    confidential: bool = False
    watermark: bool | None = None  # None: the draft watermark on drafts and versions in review
    lang: str = "fr"
    fingerprint: str = ""
    printed_on: dt.datetime = field(default_factory=dt.datetime.now)

    @property
    def needs_watermark(self) -> bool:
        """Superseded and archived copies carry their own banner, not the draft watermark."""
        return self.status in DRAFT_STATUSES if self.watermark is None else self.watermark

    @property
    def archived(self) -> bool:
        return self.status == "archived"

    @property
    def is_draft(self) -> bool:
        """Not (yet) validated: placeholders of empty sections are printed to be filled."""
        return self.status in DRAFT_STATUSES


def fingerprint(payload: Any) -> str:
    """A short digest of the printed content, so two printouts can be compared."""
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]


@dataclass
class Contact:
    """A professional of the team as the bedside memo lists them (phone from the Team screen)."""

    id: int
    first_name: str
    last_name: str
    profession: str  # profession code
    phone: str = ""
    partner: bool = False  # outside the structure
    in_group: bool = False  # in this version's working group

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class ProtocolPrint:
    header: DocHeader
    aci_theme_label: str = ""
    content: Content = field(default_factory=Content)
    working_group: list[tuple[str, str]] = field(default_factory=list)  # (name, profession code)
    approvals: list[tuple[str, str, dt.datetime, str, str]] = field(default_factory=list)
    history: list[tuple[int, str, dt.date, str]] = field(default_factory=list)
    meetings: list[tuple[dt.date, int, str]] = field(default_factory=list)
    team: list[Contact] = field(default_factory=list)  # active professionals and the group
    # "Changements de la version N": per profession of this version, what changed for it
    # against the version it replaced (lines of what_changed); empty for a first version.
    changes: dict[str, list[str]] = field(default_factory=dict)
    # The reading list printed on a controlled copy, when asked: (name, profession, reading).
    reading: list[tuple[str, str, str]] | None = None
