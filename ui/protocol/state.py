"""The editor's whole document as one value: what autosave writes and undo snapshots hold."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

from protoedit.content import Content


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
        return (self.code, self.title, self.aci_theme, self.content.to_dict(), self.working_group,
                self.review_due) == (other.code, other.title, other.aci_theme,
                                     other.content.to_dict(), other.working_group, other.review_due)

    def identity(self) -> tuple[str, str, str]:
        return self.code, self.title, self.aci_theme
