"""The library screen: filter box, document table, and an empty state that says what to do first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from protoedit.library import LibraryRow, list_documents
from protoedit.ops import OpChanges
from ui.context import AppContext
from ui.library.models import KIND_LABELS, LibraryModel, label


class LibraryView(QWidget):
    """Signals: open_requested(LibraryRow)"""

    open_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrer par code ou titre…"))
        self.filter.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Tous les documents"), None)
        for key in KIND_LABELS:
            self.kind.addItem(label(KIND_LABELS, key), key)
        self.kind.addItem(self.tr("Protocoles à réviser (90 jours) ou en retard"), "review")
        self.model = LibraryModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # Rows come sorted from the core; the proxy sorts only when a header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(LibraryModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()
        self.empty = QLabel(self.tr(
            "<h2>Aucun document pour l'instant</h2>"
            "<p>Pour commencer&nbsp;: renseignez la structure et les professionnels dans "
            "l'écran <b>Équipe</b> (Ctrl+2), puis créez un premier protocole.</p>"))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind.currentIndexChanged.connect(self.reload)
        self.table.activated.connect(self.on_activated)
        ctx.hub.changed.connect(self.on_changes)
        self.reload()

    def fit_columns(self) -> None:
        """Widths from the font (zoom included), not from 6,800 rows: "12/03/2027 (dépassée)"
        on one line instead of wrapped on two."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = 2 * fm.horizontalAdvance("M")
        for col, sample in ((LibraryModel.COL_REVIEW, self.model.widest_review()),
                            (LibraryModel.COL_VERSION, self.model.tr("v{n} (v{open} en cours)").format(n=10, open=11))):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(col, max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) + pad)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # projector zoom
            self.fit_columns()

    def reload(self) -> None:
        kind = self.kind.currentData()
        rows = list_documents(self.ctx.db, "protocol" if kind == "review" else kind)
        if kind == "review":
            rows = [r for r in rows if self.model.review_state(r) is not None]
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows or self.kind.currentData() else self.empty)

    def on_changes(self, changes: OpChanges) -> None:
        if changes.touches("protocol", "protocol_version", "declaration", "meeting"):
            self.reload()

    def on_activated(self, index) -> None:
        row: LibraryRow = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if row is not None:
            self.open_requested.emit(row)
