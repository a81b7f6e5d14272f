"""The library screen: filter box, document table, and an empty state that says what to do first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from protoedit.library import LibraryRow, list_documents
from protoedit.ops import Entity, OpChanges
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
        self.table.horizontalHeader().setSectionResizeMode(
            LibraryModel.COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.fit_columns()
        self.empty = QLabel(
            self.tr(
                "<h2>Aucun document pour l'instant</h2>"
                "<p>Pour commencer&nbsp;: renseignez la structure et les professionnels dans "
                "l'écran <b>Équipe</b> (Ctrl+2), puis créez un premier protocole.</p>"
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.reading_button = QPushButton(self.tr("Suivi des lectures…"))
        self.reading_button.setObjectName("readingList")
        self.reading_button.setToolTip(
            self.tr(
                "Qui a lu la version en vigueur du protocole choisi, et qui relancer (Ctrl+Maj+L)"
            )
        )
        self.reading_button.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.reading_button.setVisible(not ctx.read_only)
        self.reading_button.clicked.connect(lambda: self.show_reading())
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.kind)
        top.addWidget(self.reading_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind.currentIndexChanged.connect(self.reload)
        self.table.activated.connect(self.on_activated)
        ctx.hub.changed.connect(self.on_changes)
        self.painted = False  # read counts need the ORM: loaded after the first paint
        self.installEventFilter(self)
        self._reading_pending: list[int] = []
        self.reading_timer = QTimer(self, interval=0)
        self.reading_timer.timeout.connect(self._reading_batch)
        self.reload()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True  # the reading timer is a child: it dies with the view
            self.load_reading()
        return False

    READING_BATCH = 50  # protocols per event-loop turn: a large library stays responsive

    def load_reading(self) -> None:
        """The "Lectures" column (members up to date / concerned, per version in force), a
        batch of protocols at each turn of the event loop."""
        if self.ctx.read_only:
            return
        self._reading_pending = [
            r.id for r in self.model.rows if r.kind == "protocol" and r.status == "approved"
        ]
        self._reading_counts: dict[int, tuple[int, int]] = {}
        self.reading_timer.start()

    def _reading_batch(self) -> None:
        from protoedit.protocols import reading

        batch = self._reading_pending[: self.READING_BATCH]
        del self._reading_pending[: self.READING_BATCH]
        self._reading_counts.update(reading.reading_counts(self.ctx.db, batch))
        if not self._reading_pending:
            self.reading_timer.stop()
            self.model.set_reading(self._reading_counts)

    def fit_columns(self) -> None:
        """Widths from the font (zoom included), not from 6,800 rows: "12/03/2027 (dépassée)"
        on one line instead of wrapped on two."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = 2 * fm.horizontalAdvance("M")
        for col, sample in (
            (LibraryModel.COL_REVIEW, self.model.widest_review()),
            (
                LibraryModel.COL_VERSION,
                self.model.tr("v{n} (v{open} en cours)").format(n=10, open=11),
            ),
            (
                LibraryModel.COL_READING,
                self.model.tr("{done}/{total} lu").format(done=10, total=12),
            ),
        ):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(
                col, max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title)) + pad
            )

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
        if self.painted:
            self.load_reading()
        self.stack.setCurrentWidget(self.table if rows or self.kind.currentData() else self.empty)

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if changes.touches(
            Entity.PROTOCOL, Entity.PROTOCOL_VERSION, Entity.DECLARATION, Entity.MEETING
        ):
            self.reload()
        elif self.painted and changes.touches(Entity.ACKNOWLEDGEMENT, Entity.PROFESSIONAL):
            self.load_reading()

    def selected_row(self) -> LibraryRow | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def show_reading(self) -> bool:
        """The coordinator's reading list of the chosen protocol's version in force."""
        from protoedit.protocols import reading
        from ui.library.reading_dialog import ReadingDialog

        row = self.selected_row()
        lst = reading.reading_list(self.ctx.db, row.id) if row and row.kind == "protocol" else None
        if lst is None:
            QMessageBox.information(
                self,
                self.tr("Suivi des lectures"),
                self.tr(
                    "Choisissez d'abord dans la liste un protocole qui a une version en vigueur."
                ),
            )
            return False
        ReadingDialog(self.ctx, lst, self).exec()
        return True

    def on_activated(self, index) -> None:
        row: LibraryRow = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if row is not None:
            self.open_requested.emit(row)
