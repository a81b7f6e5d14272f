"""Table models of the cooperation screens: declarations, members, team changes."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from protoedit import catalog
from protoedit.cooperation.queries import STATUS_LABELS, DeclarationView, MemberView, TeamChangeView
from protoedit.cooperation.rules import ROLE_LABELS
from protoedit.i18n import QT_TRANSLATE_NOOP
from ui.cooperation.widgets import date_text, hours_text
from ui.widgets.plain import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


def core_label(text: str) -> str:
    return QCoreApplication.translate("core", text)


class _ListModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("cooperation", self.headers[section])
        return None

    def cell(self, row, column: int) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.cell(row, index.column()))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        return None

    def foreground(self, row) -> QColor | None:
        return None


class DeclarationsModel(_ListModel):
    """One row per declaration: the protocol, then its status, start date and team size."""

    COL_PROTOCOL, COL_STATUS = range(2)
    headers = (
        QT_TRANSLATE_NOOP("cooperation", "Protocole"),
        QT_TRANSLATE_NOOP("cooperation", "Statut"),
    )

    def cell(self, d: DeclarationView, column: int) -> str:
        if column == self.COL_PROTOCOL:
            return d.protocol_title
        status = core_label(STATUS_LABELS.get(d.status, d.status))
        if d.declared_on:
            status += " " + self.tr("le {date}").format(date=date_text(d.declared_on))
        start = (
            self.tr("début {date}").format(date=date_text(d.start_date))
            if d.start_date
            else self.tr("début non fixé")
        )
        members = self.tr("%n membre(s)", "", len(d.current_members))
        return f"{status}\n{start} · {members}"


class MembersModel(_ListModel):
    """Members with their dated presence (arrival and departure after the declaration)."""

    (
        COL_NAME,
        COL_PROFESSION,
        COL_ROLE,
        COL_ID,
        COL_ENGAGEMENT,
        COL_TRAINING,
        COL_HOURS,
        COL_JOINED,
        COL_LEFT,
    ) = range(9)
    headers = (
        QT_TRANSLATE_NOOP("cooperation", "Nom"),
        QT_TRANSLATE_NOOP("cooperation", "Profession"),
        QT_TRANSLATE_NOOP("cooperation", "Rôle"),
        QT_TRANSLATE_NOOP("cooperation", "RPPS / ADELI"),
        QT_TRANSLATE_NOOP("cooperation", "Engagement signé"),
        QT_TRANSLATE_NOOP("cooperation", "Formation"),
        QT_TRANSLATE_NOOP("cooperation", "Heures"),
        QT_TRANSLATE_NOOP("cooperation", "Arrivée"),
        QT_TRANSLATE_NOOP("cooperation", "Départ"),
    )

    def cell(self, m: MemberView, column: int) -> str:
        values = {
            self.COL_NAME: f"{m.last_name.upper()} {m.first_name}".strip(),
            self.COL_PROFESSION: catalog.profession_label(m.profession_code),
            self.COL_ROLE: core_label(ROLE_LABELS.get(m.role, m.role)),
            self.COL_ID: m.identifier,
            self.COL_ENGAGEMENT: date_text(m.engagement_date),
            self.COL_TRAINING: date_text(m.training_date),
            self.COL_HOURS: hours_text(m.training_hours),
            self.COL_JOINED: date_text(m.joined_on),
            self.COL_LEFT: date_text(m.left_on),
        }
        return values[column]

    def foreground(self, m: MemberView) -> QColor | None:
        return QColor("#888888") if m.left_on is not None else None


class TeamChangesModel(_ListModel):
    COL_DATE, COL_JOINED, COL_LEFT, COL_NOTE = range(4)
    headers = (
        QT_TRANSLATE_NOOP("cooperation", "Date"),
        QT_TRANSLATE_NOOP("cooperation", "Arrivées"),
        QT_TRANSLATE_NOOP("cooperation", "Départs"),
        QT_TRANSLATE_NOOP("cooperation", "Note"),
    )

    def cell(self, c: TeamChangeView, column: int) -> str:
        if column == self.COL_DATE:
            return date_text(c.change_date)
        if column == self.COL_JOINED:
            return ", ".join(m.name for m in c.joined)
        if column == self.COL_LEFT:
            return ", ".join(m.name for m in c.left)
        return c.note
