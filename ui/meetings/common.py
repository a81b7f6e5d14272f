"""Helpers shared by the meetings screens: running a core operation, people and protocol combos."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView

from protoedit import catalog, team
from protoedit.library import list_documents
from ui.context import AppContext

log = logging.getLogger("protoedit.meetings")


def fill_professionals(
    combo: QComboBox, ctx: AppContext, none_label: str, with_profession: bool = False
) -> None:
    """Active team members (id as data), after a "nobody" entry; keeps the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_label, None)
    for p in team.list_professionals(ctx.db, active_only=True):
        label = p.full_name
        if with_profession:
            label += f" ({catalog.profession_short(p.profession)})"
        combo.addItem(label, p.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def fill_protocols(combo: QComboBox, ctx: AppContext, none_label: str) -> None:
    """Care protocols by code (protocol id as data); keeps the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_label, None)
    for row in list_documents(ctx.db, "protocol"):
        combo.addItem(f"{row.code} — {row.title}", row.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


FIT_ROWS_MAX = 60  # rows grow to their wrapped text up to this many rows
MEASURED_ROWS = 50  # rows looked at to size the columns


def fit_rows(view: QTableView) -> None:
    """Short lists show all their wrapped text; long ones keep a line per row (full text in the
    tooltip). Measuring every row of a 300-decision board took most of a second at each show."""
    model = view.model()
    fits = model is not None and model.rowCount() <= FIT_ROWS_MAX
    view.verticalHeader().setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents if fits else QHeaderView.ResizeMode.Interactive
    )


def table(model: QAbstractItemModel, name: str, stretch: tuple[int, ...] = (0,)) -> QTableView:
    """A read-only, row-selecting table with wrapped text; `stretch` columns share the room."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(MEASURED_ROWS)
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
        signal.connect(lambda *_args: fit_rows(view))
    fit_rows(view)
    view.setWordWrap(True)
    view.setAccessibleName(name)
    return view
