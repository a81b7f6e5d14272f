"""Table models of the meetings screens (agenda rows, decisions) and shared display helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from protoedit.i18n import tr
from protoedit.meetings.pseudonym import display_name
from protoedit.meetings.queries import ITEM_KINDS, MEETING_KINDS, DecisionView, ItemView
from protoedit.ops import Entity
from ui.widgets.plain import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
RED = QColor("#b00020")
# Entities whose changes a meeting screen reloads for.
MEETING_ENTITIES = (
    Entity.MEETING,
    Entity.INVITEE,
    Entity.AGENDA_ITEM,
    Entity.DECISION,
    Entity.PROFESSIONAL,
    Entity.PROTOCOL,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("meetings", text)


def item_kind_label(kind: str) -> str:
    return tr(ITEM_KINDS.get(kind, kind))


def meeting_kind_label(kind: str) -> str:
    return tr(MEETING_KINDS.get(kind, kind))


def state_label(state: str) -> str:
    return {
        "open": _t("en cours"),
        "overdue": _t("en retard"),
        "postponed": _t("reportée"),
        "done": _t("faite"),
        "cancelled": _t("annulée"),
    }.get(state, state)


def status_label(status: str) -> str:
    return {"planned": _t("prévue"), "held": _t("tenue"), "closed": _t("close")}.get(status, status)


def day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def patient_cell(item: ItemView) -> str:
    """The patient as shown on screen, projected to the team: pseudonym only with consent."""
    name = display_name(item, confidential_print=True)
    flags = [f for f, on in (("75+", item.flag_75), ("ALD", item.flag_ald)) if on]
    return " · ".join([name, *flags]) if name else ""


class ViewTableModel(QAbstractTableModel):
    """Read-only table over view dataclasses: (header, getter) columns, a red-row predicate."""

    def __init__(
        self,
        columns: list[tuple[str, Callable[[Any], str]]],
        red: Callable[[Any], bool] | None = None,
        red_columns: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__()
        self.columns = columns
        self.red = red
        self.red_columns = red_columns  # None: the whole row
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, row_id: int | None) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.columns[index.column()][1](row)
            return text if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(str(text or ""))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if (
            role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
            and self.red is not None
            and self.red(row)
            and (self.red_columns is None or index.column() in self.red_columns)
        ):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(RED)
            font = QFont()
            font.setBold(True)
            return font
        return None


def agenda_model() -> ViewTableModel:
    """Agenda rows: time slot, planned and spent minutes (red when over), kind, theme, people."""

    def spent(i: ItemView) -> str:
        return "" if i.minutes_spent is None else f"{i.minutes_spent} min"

    def theme(i: ItemView) -> str:
        return i.theme + (f" ({i.protocol_title})" if i.protocol_title else "")

    return ViewTableModel(
        [
            (_t("Heure"), lambda i: f"{i.starts_at:%H:%M}"),
            (_t("Prévu"), lambda i: f"{i.slot_minutes} min"),
            (_t("Passé"), spent),
            (_t("Type"), lambda i: item_kind_label(i.kind)),
            (_t("Thème"), theme),
            (_t("Patient"), patient_cell),
            (_t("Demandé par"), lambda i: i.requester),
            (_t("Présenté par"), lambda i: i.presenter),
        ],
        red=lambda i: i.overrun,
        red_columns=(2,),
    )


def decisions_model(with_meeting: bool) -> ViewTableModel:
    """Decisions with owner, due date and state; overdue ones in red."""
    columns: list[tuple[str, Callable[[DecisionView], str]]] = [
        (_t("Décision"), lambda d: d.text),
        (_t("Responsable"), lambda d: d.owner),
        (_t("Échéance"), lambda d: day(d.due_date)),
        (
            _t("Suivi"),
            lambda d: (
                state_label(d.state)
                + (f" : {d.status_note}" if d.status_note else "")
                + (_t(" · révision ouverte") if d.protocol_version_id else "")
            ),
        ),
    ]
    if with_meeting:
        columns[1:1] = [
            (_t("Réunion du"), lambda d: day(d.meeting_starts_at)),
            (_t("Point"), lambda d: d.item_theme),
        ]
    return ViewTableModel(columns, red=lambda d: d.state == "overdue")
