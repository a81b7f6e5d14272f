"""Steps page: the editable who/what/when/how table, and the who x when matrix of the same steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.protocols.content import Step
from ui.protocol.step_panel import (
    StepPanel,
    check_professions,
    checked_professions,
    fill_professions,
)
from ui.widgets.plain import plain_tooltip
from ui.widgets.row_table import Column, Index, RowTableModel


def professions_text(codes: list[str]) -> str:
    return ", ".join(catalog.profession_label(c) for c in codes)


def professions_short(codes: list[str]) -> str:
    """MG, IDE, Pharm.: the table's narrow "who" column (full names in its tooltip)."""
    return ", ".join(catalog.profession_short(c) for c in codes)


def _t(text: str) -> str:
    return QCoreApplication.translate("StepsPage", text)


def step_columns() -> list[Column]:
    return [
        Column("title", _t("Étape")),
        Column("professions", _t("Qui"), display=professions_short, tip=professions_text),
        Column("referent", _t("Référent")),
        Column("what", _t("Quoi")),
        Column("when", _t("Quand")),
        Column("how", _t("Comment")),
        Column("where", _t("Où")),
        Column("alert", _t("Alerte")),
    ]


PROFESSIONS_COLUMN = 1
# Relative widths of the table's columns (title, who, referent, what, when, how, where, alert).
COLUMN_WEIGHTS = (1.1, 0.9, 1.0, 2.2, 1.1, 1.8, 0.9, 1.3)
ROW_LINES = 3  # a step's row shows at most this many lines; the panel and tooltip show all


class ProfessionsDelegate(QStyledItemDelegate):
    """Edits the 'who' cell with a checklist of professions."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        editor = QListWidget(parent)
        fill_professions(editor)
        editor.setMinimumHeight(220)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QListWidget)
        check_professions(editor, list(index.data(Qt.ItemDataRole.EditRole) or []))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QListWidget)
        model.setData(index, checked_professions(editor), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: Index) -> None:  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), 240))
        rect.setWidth(max(rect.width(), 280))
        editor.setGeometry(rect)


NATIVE = QKeySequence.SequenceFormat.NativeText


class StepsPage(QWidget):
    """The steps table (or matrix) above the selected step's panel. Signals: edited()

    Enter on the table opens the current cell's field in the panel; Ctrl+Enter or Escape there
    comes back. In presentation mode the panel shows only while it is being used."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(step_columns(), Step)
        self.model.edited.connect(self.edited)
        self.model.edited.connect(self.refresh_matrix)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PROFESSIONS_COLUMN, ProfessionsDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Tableau des étapes"))
        self.table.setToolTip(
            self.tr("Entrée : modifier l'étape dans le panneau (F2 : dans la case)")
        )
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.panel = StepPanel(self.model)
        self.panel.back_requested.connect(self.back_to_table)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.panel.show_row(current.row())
        )
        for moved in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            moved.connect(lambda *_a: self.panel.show_row(self.current_row()))
        self._presenting = False
        self.matrix = QTableWidget()
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.matrix)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, shortcut, slot in (
            ("add", self.tr("Ajouter une étape"), "Ctrl+Shift+N", self.add_step),
            ("duplicate", self.tr("Dupliquer"), "Ctrl+D", self.duplicate_step),
            ("delete", self.tr("Supprimer"), "Ctrl+Del", self.delete_step),
            ("up", self.tr("Monter"), "Alt+Up", lambda: self.move_step(-1)),
            ("down", self.tr("Descendre"), "Alt+Down", lambda: self.move_step(+1)),
        ):
            button = QPushButton(text)  # the shortcut in the tooltip keeps the bar narrow
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(NATIVE)})")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        bar.addStretch(1)
        self.matrix_button = QPushButton(self.tr("Matrice qui × quand"))
        self.matrix_button.setToolTip(
            self.tr("Vue matrice qui × quand")
            + " ("
            + QKeySequence("Ctrl+M").toString(NATIVE)
            + ")"
        )
        self.matrix_button.setCheckable(True)
        self.matrix_button.toggled.connect(self.show_matrix)
        matrix_action = QAction(self)
        matrix_action.setShortcut(QKeySequence("Ctrl+M"))
        matrix_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        matrix_action.triggered.connect(self.matrix_button.toggle)
        self.addAction(matrix_action)
        bar.addWidget(self.matrix_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def set_steps(self, steps: list[Step]) -> None:
        row = self.current_row()
        self.model.set_rows(steps)
        self.refresh_matrix()
        self.select(min(row, self.model.rowCount() - 1))

    # The step panel --------------------------------------------------------------------------
    def edit_in_panel(self, field: str = "") -> None:
        """Show the current step in the panel and put the cursor in `field` (or the current
        column's field)."""
        row = self.current_row()
        if row < 0:
            return
        if not field:
            column = max(0, self.table.currentIndex().column())
            field = self.model.columns[column].field
        self.panel.show()
        self.panel.show_row(row)
        editor = self.panel.editors[field]
        editor.setFocus()

    def back_to_table(self) -> None:
        self.table.setFocus()
        if self._presenting:
            self.panel.hide()

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: the table alone, the panel on demand (Enter)."""
        self._presenting = on
        self.panel.setVisible(not on)

    def fit_table(self) -> None:
        """Columns share the width by their weights; rows are capped at ROW_LINES lines."""
        width = self.table.viewport().width()
        total = sum(COLUMN_WEIGHTS)
        for col, weight in enumerate(COLUMN_WEIGHTS[:-1]):
            self.table.setColumnWidth(col, int(width * weight / total))
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setMaximumSectionSize(ROW_LINES * line + line // 2 + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom, presentation mode
            self.fit_table()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_table()
        if (
            obj is self.table
            and event.type() == QEvent.Type.KeyPress
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            assert isinstance(event, QKeyEvent)
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                self.edit_in_panel()
                return True
        return False

    def set_read_only(self, ro: bool) -> None:
        self.model.read_only = ro
        self.panel.set_read_only(ro)
        for b in self.buttons.values():
            b.setEnabled(not ro)
        self.table.setDragEnabled(not ro)

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentIndex().row()

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def add_step(self) -> None:
        if self.model.read_only:
            return
        row = self.current_row()
        at = self.model.insert_row(row + 1 if row >= 0 else self.model.rowCount())
        self.select(at)
        self.edit_in_panel("title")

    def duplicate_step(self) -> None:
        row = self.current_row()
        if row >= 0 and not self.model.read_only:
            self.select(self.model.duplicate_row(row))

    def delete_step(self) -> None:
        row = self.current_row()
        if row >= 0 and not self.model.read_only:
            self.model.remove_row(row)
            self.select(min(row, self.model.rowCount() - 1))

    def move_step(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0 and not self.model.read_only and self.model.move_row(row, row + delta):
            self.select(row + delta)

    def show_matrix(self, on: bool) -> None:
        self.refresh_matrix()
        self.views.setCurrentWidget(self.matrix if on else self.table)

    def refresh_matrix(self) -> None:
        """Professions as columns, steps as rows; a cell holds what that profession does then."""
        steps: list[Step] = self.model.rows
        professions: list[str] = []
        for s in steps:
            professions.extend(p for p in s.professions if p not in professions)
        self.matrix.clear()
        self.matrix.setColumnCount(len(professions) + 1)
        self.matrix.setRowCount(len(steps))
        self.matrix.verticalHeader().hide()
        header = QTableWidgetItem(self.tr("Étape / quand"))
        self.matrix.setHorizontalHeaderItem(0, header)
        for c, p in enumerate(professions, start=1):
            item = QTableWidgetItem(catalog.profession_short(p))
            item.setToolTip(catalog.profession_label(p))
            self.matrix.setHorizontalHeaderItem(c, item)
        bold = self.matrix.font()
        bold.setBold(True)
        for r, s in enumerate(steps):
            label = QTableWidgetItem(f"{r + 1}. {s.title}\n{s.when}".strip())
            label.setFont(bold)
            self.matrix.setItem(r, 0, label)
            for c, p in enumerate(professions, start=1):
                if p in s.professions:
                    item = QTableWidgetItem("✓ " + (s.what or ""))
                    if s.alert:
                        item.setBackground(QColor("#fff3c4"))
                        item.setToolTip(plain_tooltip(s.alert))
                    self.matrix.setItem(r, c, item)
        head = self.matrix.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if professions:
            head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.matrix.setColumnWidth(
                0, max(180, self.matrix.viewport().width() // (len(professions) + 2))
            )
