"""Table model of the team's professionals."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from protoedit import catalog
from protoedit.team import ProfessionalView

Index = QModelIndex | QPersistentModelIndex


class ProfessionalsModel(QAbstractTableModel):
    COL_NAME, COL_PROFESSION, COL_ID, COL_CONTACT, COL_ACTIVE, COL_CODE = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ProfessionalView] = []

    def set_rows(self, rows: list[ProfessionalView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Nom"),
                self.tr("Profession"),
                self.tr("RPPS / ADELI"),
                self.tr("Contact"),
                self.tr("Actif"),
                self.tr("Code"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return f"{p.last_name.upper()} {p.first_name}".strip()
            if col == self.COL_PROFESSION:
                label = catalog.profession_label(p.profession)
                return label + (self.tr(" (partenaire)") if p.partner else "")
            if col == self.COL_ID:
                return p.rpps or p.adeli
            if col == self.COL_CONTACT:
                return " · ".join(x for x in (p.email, p.phone) if x)
            if col == self.COL_ACTIVE:
                return self.tr("oui") if p.active else self.tr("non")
            if col == self.COL_CODE:
                return self.tr("défini") if p.has_code else self.tr("à définir")
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None
