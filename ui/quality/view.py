"""The "Qualité" page of the main window: the overview, and a protocol's quality page."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from protoedit.ops import OpChanges
from ui.context import AppContext
from ui.quality.common import QUALITY_ENTITIES
from ui.quality.models import DueRow
from ui.quality.overview import QualityOverview
from ui.quality.protocol_page import ProtocolQualityPage


class QualityView(QStackedWidget):
    """Overview ↔ protocol page; reloads from the hub (at once when shown, else when next
    shown: the editor's autosave changes a protocol every few seconds)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = False  # changed while hidden
        self.overview_stale = False  # changed while a protocol page was shown
        self.overview = QualityOverview(ctx)
        self.protocol_page = ProtocolQualityPage(ctx)
        self.addWidget(self.overview)
        self.addWidget(self.protocol_page)
        self.overview.open_requested.connect(self.open_protocol)
        self.protocol_page.back_requested.connect(self.show_overview)
        ctx.hub.changed.connect(self.on_changes)

    def open_protocol(self, protocol_id: int, due: DueRow | None = None) -> None:
        if self.protocol_page.open(protocol_id, due):
            self.setCurrentWidget(self.protocol_page)
            if due is None:
                self.protocol_page.indicator.setFocus()

    def show_overview(self) -> None:
        if self.stale or self.overview_stale:
            self.overview.reload()
            self.stale = self.overview_stale = False
        self.setCurrentWidget(self.overview)
        self.overview.table.setFocus()

    def reload(self) -> None:
        """What is shown; the overview waits behind a protocol page until it is shown again."""
        self.stale = False
        if self.currentWidget() is self.protocol_page:
            self.overview_stale = True
            if self.protocol_page.reload():
                return
            self.setCurrentWidget(self.overview)  # the protocol is gone
        self.overview.reload()
        self.overview_stale = False

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if not changes.touches(*QUALITY_ENTITIES):
            return
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self.stale:
            self.reload()
        super().showEvent(event)
