"""Editable table model over a list of dataclass rows, one column per field."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.widgets.plain import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-protoedit-row"


@dataclasses.dataclass(frozen=True)
class Column:
    field: str
    header: str
    display: Callable[[Any], str] | None = None  # for non-text fields
    editable: bool = True
    tip: Callable[[Any], str] | None = None  # the tooltip, when it says more than `display`


class RowTableModel(QAbstractTableModel):
    """Rows are dataclass instances; every user edit emits `edited` (for undo and autosave).

    Signals: edited()
    """

    edited = Signal()

    def __init__(self, columns: list[Column], factory: Callable[[], Any]) -> None:
        super().__init__()
        self.columns = columns
        self.factory = factory
        self.rows: list[Any] = []
        self.read_only = False

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        value = getattr(self.rows[index.row()], col.field)
        if role == Qt.ItemDataRole.ToolTipRole and col.tip is not None:
            return plain_tooltip(col.tip(value))
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(value) if col.display else value
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(str(col.display(value) if col.display else value or ""))
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else base
        if self.read_only:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if self.columns[index.column()].editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        col = self.columns[index.column()]
        row = self.rows[index.row()]
        if getattr(row, col.field) == value:
            return False
        setattr(row, col.field, value)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # Structural edits, all announced through `edited`.
    def insert_row(self, at: int, row: Any | None = None) -> int:
        at = max(0, min(at, len(self.rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row if row is not None else self.factory())
        self.endInsertRows()
        self.edited.emit()
        return at

    def duplicate_row(self, row: int) -> int:
        return self.insert_row(row + 1, dataclasses.replace(self.rows[row]))

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.edited.emit()

    def move_row(self, source: int, dest: int) -> bool:
        """Move one row so that it ends at index `dest`."""
        if not (0 <= source < len(self.rows)) or not (0 <= dest < len(self.rows)) or source == dest:
            return False
        qt_dest = dest + 1 if dest > source else dest
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), qt_dest)
        self.rows.insert(dest, self.rows.pop(source))
        self.endMoveRows()
        self.edited.emit()
        return True

    # Drag and drop of whole rows inside the table.
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if indexes:
            mime.setData(ROW_MIME, QByteArray(str(indexes[0].row()).encode()))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: Index,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME)).decode())  # type: ignore[call-overload]  # QByteArray is a buffer; the stubs omit it
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self.rows)
        dest = target - 1 if target > source else target
        self.move_row(source, min(dest, len(self.rows) - 1))
        return False  # we moved it ourselves: the view must not remove the source row
