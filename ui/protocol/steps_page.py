"""Steps page: the editable who/what/when/how table, and the who x when matrix of the same steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.content import Step
from ui.widgets.plain import plain_tooltip
from ui.widgets.row_table import Column, RowTableModel


def professions_text(codes: list[str]) -> str:
    return ", ".join(catalog.profession_label(c) for c in codes)


def _t(text: str) -> str:
    return QCoreApplication.translate("StepsPage", text)


def step_columns() -> list[Column]:
    return [
        Column("title", _t("Étape")),
        Column("professions", _t("Qui"), display=professions_text),
        Column("referent", _t("Référent")),
        Column("what", _t("Quoi")),
        Column("when", _t("Quand")),
        Column("how", _t("Comment")),
        Column("where", _t("Où")),
        Column("alert", _t("Alerte")),
    ]


PROFESSIONS_COLUMN = 1


class ProfessionsDelegate(QStyledItemDelegate):
    """Edits the 'who' cell with a checklist of professions."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QListWidget(parent)
        for p in catalog.professions():
            item = QListWidgetItem(p.label())
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            editor.addItem(item)
        editor.setMinimumHeight(220)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        codes = set(index.data(Qt.ItemDataRole.EditRole) or [])
        assert isinstance(editor, QListWidget)
        for i in range(editor.count()):
            item = editor.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QListWidget)
        codes = [editor.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.count())
                 if editor.item(i).checkState() == Qt.CheckState.Checked]
        model.setData(index, codes, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), 240))
        rect.setWidth(max(rect.width(), 280))
        editor.setGeometry(rect)


NATIVE = QKeySequence.SequenceFormat.NativeText


class StepsPage(QWidget):
    """Signals: edited()"""

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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Tableau des étapes"))
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
        self.matrix_button.setToolTip(self.tr("Vue matrice qui × quand") + " ("
                                      + QKeySequence("Ctrl+M").toString(NATIVE) + ")")
        self.matrix_button.setCheckable(True)
        self.matrix_button.toggled.connect(self.show_matrix)
        matrix_action = QAction(self)
        matrix_action.setShortcut(QKeySequence("Ctrl+M"))
        matrix_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        matrix_action.triggered.connect(self.matrix_button.toggle)
        self.addAction(matrix_action)
        bar.addWidget(self.matrix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)

    def set_steps(self, steps: list[Step]) -> None:
        self.model.set_rows(steps)
        self.refresh_matrix()

    def set_read_only(self, ro: bool) -> None:
        self.model.read_only = ro
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
        self.table.edit(self.model.index(at, 0))

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
            self.matrix.setColumnWidth(0, max(180, self.matrix.viewport().width() // (len(professions) + 2)))
