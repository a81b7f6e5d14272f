"""Plain data handed to the PDF builders (no ORM objects): header fields and protocol content."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from protoedit.content import Content


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
    watermark: bool | None = None  # None: watermark unless approved
    lang: str = "fr"
    fingerprint: str = ""
    printed_on: dt.datetime = field(default_factory=dt.datetime.now)

    @property
    def needs_watermark(self) -> bool:
        return self.status != "approved" if self.watermark is None else self.watermark


def fingerprint(payload: Any) -> str:
    """A short digest of the printed content, so two printouts can be compared."""
    data = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]


@dataclass
class ProtocolPrint:
    header: DocHeader
    aci_theme_label: str = ""
    content: Content = field(default_factory=Content)
    working_group: list[tuple[str, str]] = field(default_factory=list)  # (name, profession code)
    approvals: list[tuple[str, str, dt.datetime, str, str]] = field(default_factory=list)
    history: list[tuple[int, str, dt.date, str]] = field(default_factory=list)
    meetings: list[tuple[dt.date, int, str]] = field(default_factory=list)
