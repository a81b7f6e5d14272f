"""Monthly activity grid: twelve months of counts, each cell saved as it is edited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from protoedit.cooperation import declarations as coop
from protoedit.cooperation.queries import TallyView
from protoedit.errors import ProtoEditError
from protoedit.french import format_count
from protoedit.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.operations import run_op
from ui.widgets.errors import core_message
from ui.widgets.plain import plain_label

Index = QModelIndex | QPersistentModelIndex
MONTHS = (
    QT_TRANSLATE_NOOP("cooperation", "janvier"),
    QT_TRANSLATE_NOOP("cooperation", "février"),
    QT_TRANSLATE_NOOP("cooperation", "mars"),
    QT_TRANSLATE_NOOP("cooperation", "avril"),
    QT_TRANSLATE_NOOP("cooperation", "mai"),
    QT_TRANSLATE_NOOP("cooperation", "juin"),
    QT_TRANSLATE_NOOP("cooperation", "juillet"),
    QT_TRANSLATE_NOOP("cooperation", "août"),
    QT_TRANSLATE_NOOP("cooperation", "septembre"),
    QT_TRANSLATE_NOOP("cooperation", "octobre"),
    QT_TRANSLATE_NOOP("cooperation", "novembre"),
    QT_TRANSLATE_NOOP("cooperation", "décembre"),
)
# (field, header); "adverse_events" is typed as "nature : nombre ; nature : nombre".
COLUMNS = (
    ("month", QT_TRANSLATE_NOOP("cooperation", "Mois")),
    ("patients_included", QT_TRANSLATE_NOOP("cooperation", "Patients\ninclus")),
    ("acts_by_delegues", QT_TRANSLATE_NOOP("cooperation", "Actes des\ndélégués")),
    ("acts_taken_back", QT_TRANSLATE_NOOP("cooperation", "Actes repris\npar le délégant")),
    ("reevaluations", QT_TRANSLATE_NOOP("cooperation", "Réévaluations")),
    ("same_day_referrals", QT_TRANSLATE_NOOP("cooperation", "Réorientés\nvers le délégant")),
    ("satisfaction_respondents", QT_TRANSLATE_NOOP("cooperation", "Professionnels\nrépondants")),
    ("satisfaction_satisfied", QT_TRANSLATE_NOOP("cooperation", "Satisfaits ou\ntrès satisfaits")),
    (
        "adverse_events",
        QT_TRANSLATE_NOOP("cooperation", "Événements indésirables\n(nature : nombre ; …)"),
    ),
)


def events_text(events: dict[str, int]) -> str:
    return " ; ".join(f"{nature} : {n}" for nature, n in events.items())


def parse_events(text: str) -> dict[str, int]:
    """'Chute : 1 ; Retard de diagnostic : 2' -> counts; a nature alone counts 1."""
    events: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        match = re.fullmatch(r"(.*?)\s*:\s*(-?\d+)", part)
        nature, n = (match.group(1), int(match.group(2))) if match else (part, 1)
        events[nature] = events.get(nature, 0) + n
    return events


class TallyGridModel(QAbstractTableModel):
    """Signals: problem(str) when an edit is refused (the cell keeps its saved value)."""

    problem = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.declaration_id: int | None = None
        self.first_month: dt.date | None = None
        self.rows: list[TallyView] = []

    def load(self, declaration_id: int | None, year: int, start: dt.date | None) -> None:
        self.beginResetModel()
        self.declaration_id = declaration_id
        self.first_month = start.replace(day=1) if start else None
        self.rows = coop.year_tallies(self.ctx.db, declaration_id, year) if declaration_id else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("cooperation", COLUMNS[section][1])
        return None

    def _open(self, row: TallyView) -> bool:
        return self.first_month is not None and row.month >= self.first_month

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        name = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if name == "month":
                month = QCoreApplication.translate("cooperation", MONTHS[row.month.month - 1])
                return f"{month} {row.month.year}"
            if name == "adverse_events":
                return events_text(row.adverse_events)
            value = getattr(row, name)
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if row.id is None and not value else format_count(value)
            return value
        if role == Qt.ItemDataRole.ForegroundRole and not self._open(row):
            return QColor("#999999")
        if role == Qt.ItemDataRole.TextAlignmentRole and name not in ("month", "adverse_events"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() > 0 and self._open(self.rows[index.row()]):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.declaration_id is None:
            return False
        row = self.rows[index.row()]
        name = COLUMNS[index.column()][0]
        values = coop.TallyInput(
            **{f.name: getattr(row, f.name) for f in dataclasses.fields(coop.TallyInput)}
        )
        if name == "adverse_events":
            values.adverse_events = parse_events(str(value))
        else:
            try:
                setattr(values, name, int(re.sub(r"[\s\u00a0\u202f]", "", str(value)) or 0))
            except ValueError:
                self.problem.emit(self.tr("Saisissez un nombre entier."))
                return False
        saved = run_op(
            self.ctx,
            None,
            coop.save_tally,
            self.declaration_id,
            values,
            row.revision,
            # The screens refresh from this change except this model, which holds the saved
            # row below and must not be reset inside the view's commitData (Qt then loses
            # track of the cell's editor).
            initiator=self,
            on={ProtoEditError: lambda e: self.problem.emit(core_message(e))},
        )
        if saved is None:
            return False
        year = row.month.year
        fresh = coop.year_tallies(self.ctx.db, self.declaration_id, year)[row.month.month - 1]
        self.rows[index.row()] = fresh
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.problem.emit("")
        return True


class ActivityPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.declaration_id: int | None = None
        self.start: dt.date | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.model = TallyGridModel(ctx)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Activité mensuelle"))
        self.message = plain_label(styleSheet="color: #b00020;", wordWrap=True)
        self.note = QLabel(
            self.tr(
                "Des nombres seulement : aucune identité de patient n'est enregistrée. Les mois "
                "antérieurs au début du protocole ne se saisissent pas."
            ),
            wordWrap=True,
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.year.valueChanged.connect(self.reload)
        self.model.problem.connect(self.message.setText)

    def show_declaration(self, view: coop.DeclarationView | None) -> None:
        self.declaration_id = view.id if view else None
        self.start = view.start_date if view else None
        if view is not None and view.start_date is not None:
            self.year.setMinimum(view.start_date.year)
        self.reload()

    def reload(self) -> None:
        self.model.load(self.declaration_id, self.year.value(), self.start)
        self.table.resizeColumnsToContents()
        self.message.clear()
