"""A "Revue qualité" agenda item during the meeting: the protocol's charts and open PDSA cycles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from protoedit.errors import NotFoundError
from protoedit.meetings.queries import ItemView
from protoedit.ops import Entity, OpChanges
from protoedit.quality import queries
from ui.context import AppContext
from ui.quality.charts import charts_column, cycle_line
from ui.widgets.plain import plain_label

QUALITY_ENTITIES = (Entity.PROTOCOL, Entity.MEASUREMENT, Entity.PDSA_CYCLE)


class QualityReviewBox(QGroupBox):
    """Shown for a quality-review item about a protocol; refreshed when its measurements or
    cycles change. Enter (or a double-click) on a cycle opens it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.protocol_id: int | None = None
        self.setTitle(self.tr("Revue qualité"))
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setAccessibleName(self.tr("Graphiques des indicateurs"))
        self.cycles = QListWidget()
        self.cycles.setObjectName("openCycles")
        self.cycles.setWordWrap(True)
        self.cycles.setAccessibleName(self.tr("Cycles PDSA en cours"))
        self.cycles.setToolTip(self.tr("Entrée ou double-clic : ouvrir le cycle"))
        self.cycles.setMaximumHeight(self.cycles.fontMetrics().lineSpacing() * 4 + 8)
        self.no_cycle = plain_label(self.tr("Aucun cycle PDSA en cours."))
        self.no_cycle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        self.cycles_heading = plain_label(self.tr("Cycles PDSA en cours :"))
        layout.addWidget(self.cycles_heading)
        layout.addWidget(self.no_cycle)
        layout.addWidget(self.cycles)
        self.cycles.itemActivated.connect(self._open_cycle)
        ctx.hub.changed.connect(self._changed)
        self.hide()

    def load(self, item: ItemView | None) -> None:
        """Shown for a quality review of a protocol; the same protocol again is not redrawn."""
        protocol_id = item.protocol_id if item and item.kind == "quality_review" else None
        self.setVisible(protocol_id is not None)
        if protocol_id != self.protocol_id:
            self.protocol_id = protocol_id
            self.refresh()

    def _changed(self, changes: OpChanges, initiator: object = None) -> None:
        if self.protocol_id is not None and changes.touches(*QUALITY_ENTITIES):
            self.refresh()

    def refresh(self) -> None:
        if self.protocol_id is None:
            return
        try:
            pq = queries.protocol_quality(self.ctx.db, self.protocol_id)
        except NotFoundError:  # removed on another PC meanwhile
            self.protocol_id = None
            self.hide()
            return
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.area.setWidget(charts_column(pq))
        self.cycles.clear()
        for c in pq.open_cycles:
            entry = QListWidgetItem(cycle_line(c))
            entry.setData(Qt.ItemDataRole.UserRole, c.id)
            self.cycles.addItem(entry)
        self.cycles.setVisible(bool(pq.open_cycles))
        self.cycles_heading.setVisible(bool(pq.open_cycles))  # else "Aucun cycle..." says it
        self.no_cycle.setVisible(not pq.open_cycles)

    def _open_cycle(self, entry: QListWidgetItem) -> None:
        if self.protocol_id is None:
            return
        from ui.quality.cycle_dialog import CycleDialog

        CycleDialog(self.ctx, self.protocol_id, entry.data(Qt.ItemDataRole.UserRole), self).exec()
