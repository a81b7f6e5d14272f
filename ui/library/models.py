"""Table model of the library: one row per document."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from protoedit.i18n import QT_TRANSLATE_NOOP
from protoedit.library import LibraryRow
from protoedit.protocols.review import review_state

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {
    "protocol": QT_TRANSLATE_NOOP("library", "Protocole"),
    "cooperation": QT_TRANSLATE_NOOP("library", "Coopération"),
    "meeting": QT_TRANSLATE_NOOP("library", "Réunion"),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("library", "Brouillon"),
    "in_review": QT_TRANSLATE_NOOP("library", "En relecture"),
    "approved": QT_TRANSLATE_NOOP("library", "Validé"),
    "superseded": QT_TRANSLATE_NOOP("library", "Remplacé"),
    "archived": QT_TRANSLATE_NOOP("library", "Archivé"),
    "planned": QT_TRANSLATE_NOOP("library", "Prévue"),
    "held": QT_TRANSLATE_NOOP("library", "Tenue"),
    "closed": QT_TRANSLATE_NOOP("library", "Clôturée"),
    "declared": QT_TRANSLATE_NOOP("library", "Déclarée"),
    "ended": QT_TRANSLATE_NOOP("library", "Terminée"),
}


def label(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("library", table[key]) if key in table else key


class LibraryModel(QAbstractTableModel):
    COL_KIND, COL_CODE, COL_TITLE, COL_VERSION, COL_STATUS, COL_REVIEW, COL_READING = range(7)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[LibraryRow] = []
        self.today = dt.date.today()
        self.reading: dict[int, tuple[int, int]] = {}  # protocol id -> (up to date, concerned)

    def set_reading(self, counts: dict[int, tuple[int, int]]) -> None:
        """The read count of each protocol's version in force (filled after the first paint)."""
        self.reading = counts
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.COL_READING), self.index(len(self.rows) - 1, self.COL_READING)
            )

    def reading_text(self, row: LibraryRow) -> str:
        if row.kind != "protocol" or row.id not in self.reading:
            return ""
        done, total = self.reading[row.id]
        return self.tr("{done}/{total} lu").format(done=done, total=total) if total else ""

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = dt.date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Type"),
                self.tr("Code"),
                self.tr("Titre"),
                self.tr("Version"),
                self.tr("Statut"),
                self.tr("Révision prévue"),
                self.tr("Lectures"),
            ][section]
        return None

    def widest_review(self) -> str:
        """A sample of the longest text of the review column, to size it."""
        return "00/00/0000" + max(self.tr(" (dépassée)"), self.tr(" (bientôt)"), key=len)

    def review_state(self, row: LibraryRow) -> str | None:
        state = review_state(row.status, row.review_due, self.today)
        return state if state in ("overdue", "due") else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_KIND:
                return label(KIND_LABELS, row.kind)
            if col == self.COL_CODE:
                return row.code
            if col == self.COL_TITLE:
                return row.title
            if col == self.COL_VERSION:
                if not row.version:
                    return ""
                if row.open_version:
                    return self.tr("v{n} (v{open} en cours)").format(
                        n=row.version, open=row.open_version
                    )
                return f"v{row.version}"
            if col == self.COL_STATUS:
                return label(STATUS_LABELS, row.status)
            if col == self.COL_REVIEW:
                if row.review_due is None:
                    return ""
                text = row.review_due.strftime("%d/%m/%Y")
                state = self.review_state(row)
                if state == "overdue":
                    return text + self.tr(" (dépassée)")
                if state == "due":
                    return text + self.tr(" (bientôt)")
                return text
            if col == self.COL_READING:
                return self.reading_text(row)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and col == self.COL_READING
            and self.reading_text(row)
        ):
            done, total = self.reading[row.id]
            return self.tr(
                "{done} des {total} professionnels concernés ont lu la version en "
                "vigueur (Suivi des lectures : Ctrl+Maj+L)"
            ).format(done=done, total=total)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_REVIEW:
            state = self.review_state(row)
            if state == "overdue":
                return QColor("#b00020")
            if state == "due":
                return QColor("#a05a00")
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
