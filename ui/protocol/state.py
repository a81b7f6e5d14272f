"""The editor's whole document as one value: what autosave writes and undo snapshots hold."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

from protoedit.protocols.content import Content


@dataclass
class EditorState:
    code: str = ""
    title: str = ""
    aci_theme: str = ""
    content: Content = field(default_factory=Content)
    working_group: list[int] = field(default_factory=list)
    review_due: dt.date | None = None

    def copy(self) -> EditorState:
        return copy.deepcopy(self)

    def same_as(self, other: EditorState) -> bool:
        return (
            self.code,
            self.title,
            self.aci_theme,
            self.content.to_dict(),
            self.working_group,
            self.review_due,
        ) == (
            other.code,
            other.title,
            other.aci_theme,
            other.content.to_dict(),
            other.working_group,
            other.review_due,
        )

    def identity(self) -> tuple[str, str, str]:
        return self.code, self.title, self.aci_theme

    def to_dict(self) -> dict:
        """JSON-ready, for the recovery file."""
        return {
            "code": self.code,
            "title": self.title,
            "aci_theme": self.aci_theme,
            "content": self.content.to_dict(),
            "working_group": list(self.working_group),
            "review_due": self.review_due.isoformat() if self.review_due else None,
        }

    @classmethod
    def from_dict(cls, raw: dict) -> EditorState:
        due = raw.get("review_due")
        return cls(
            str(raw.get("code", "")),
            str(raw.get("title", "")),
            str(raw.get("aci_theme", "")),
            Content.from_dict(raw.get("content") or {}),
            [int(i) for i in raw.get("working_group") or []],
            dt.date.fromisoformat(due) if due else None,
        )
