"""Editor pages along the HAS path: theme and problem, working group, content, evaluation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.protocols.content import SECTION_TITLES, Indicator, Reference
from ui.protocol.hints import tinted_label
from ui.widgets.fields import shrinkable
from ui.widgets.markdown_field import MarkdownField
from ui.widgets.row_table import Column, RowTableModel


def section_title(key: str) -> str:
    return QCoreApplication.translate("sections", SECTION_TITLES[key])


class SectionsPage(QScrollArea):
    """Markdown fields for a list of HAS sections. Signals: edited()"""

    edited = Signal()

    def __init__(
        self, keys: list[str], hints: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.fields: dict[str, MarkdownField] = {}
        for key in keys:
            title = QLabel(f"<b>{section_title(key)}</b>")
            layout.addWidget(title)
            if key in hints:
                layout.addWidget(tinted_label(hints[key]))
            field = MarkdownField()
            field.setMinimumHeight(110)
            field.editor.setAccessibleName(section_title(key))
            field.text_edited.connect(self.edited)
            layout.addWidget(field)
            self.fields[key] = field
        layout.addStretch(1)
        self.setWidget(inner)


class IdentityPage(QWidget):
    """Code, title, ACI theme, then the problem and the professionals' questions."""

    edited = Signal()

    def __init__(self, hints: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.theme = shrinkable(QComboBox(), 30)
        self.theme.addItem(self.tr("Hors annexe 3 de l'ACI"), "")
        for t in catalog.aci_themes():
            self.theme.addItem(f"{t.category}. {t.label()}", t.code)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Titre"), self.title)
        form.addRow(self.tr("Thème ACI"), self.theme)
        self.sections = SectionsPage(["problem", "questions"], hints)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.sections, 1)
        for w in (self.code, self.title):
            w.textEdited.connect(lambda _t: self.edited.emit())
        self.theme.activated.connect(lambda _i: self.edited.emit())
        self.sections.edited.connect(self.edited)


class GroupPage(QWidget):
    """Working group picked from the team, and the meetings that worked on the protocol."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Groupe de travail"))
        self.warning = tinted_label(color="#a05a00")
        self.meetings = QListWidget()
        self.meetings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Groupe de travail</b> (cochez les membres)")))
        layout.addWidget(self.people, 2)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("<b>Réunions ayant travaillé sur ce protocole</b>")))
        layout.addWidget(self.meetings, 1)
        self.people.itemChanged.connect(lambda _i: self.edited.emit())

    def set_people(self, professionals: list, chosen: list[int]) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for p in professionals:
            item = QListWidgetItem(f"{p.full_name} — {catalog.profession_label(p.profession)}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, p.profession)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.blockSignals(False)

    def chosen(self) -> list[int]:
        return [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_professions(self) -> list[str]:
        return [
            self.people.item(i).data(Qt.ItemDataRole.UserRole + 1)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_meetings(self, rows: list[tuple[dt.date, int, str]]) -> None:
        self.meetings.clear()
        total = 0
        for day, minutes, title in rows:
            total += minutes
            self.meetings.addItem(f"{day:%d/%m/%Y} — {minutes} min — {title}")
        if rows:
            self.meetings.addItem(self.tr("Total : {n} min").format(n=total))
        else:
            self.meetings.addItem(self.tr("Aucune réunion liée pour l'instant."))


def _t(text: str) -> str:
    return QCoreApplication.translate("EvaluationPage", text)


class EvaluationPage(QWidget):
    """Indicators, references and the review date."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicators = RowTableModel(
            [
                Column("name", _t("Indicateur")),
                Column("definition", _t("Définition / formule")),
                Column("target", _t("Cible")),
                Column("source", _t("Source")),
                Column("frequency", _t("Fréquence")),
                Column("owner", _t("Responsable")),
            ],
            Indicator,
        )
        self.references = RowTableModel(
            [
                Column("citation", _t("Référence")),
                Column("date", _t("Date")),
                Column("url", _t("Lien")),
            ],
            Reference,
        )
        self.tables: list[QTableView] = []
        layout = QVBoxLayout(self)
        for title, model in (
            (self.tr("<b>Indicateurs d'évaluation</b>"), self.indicators),
            (self.tr("<b>Références (avec leur date)</b>"), self.references),
        ):
            table = QTableView()
            table.setModel(model)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            add = QPushButton(self.tr("Ajouter"))
            remove = QPushButton(self.tr("Supprimer la ligne"))
            add.clicked.connect(lambda _=False, m=model: m.insert_row(m.rowCount()))
            remove.clicked.connect(
                lambda _=False, m=model, t=table: (
                    t.currentIndex().isValid() and m.remove_row(t.currentIndex().row())
                )
            )
            bar = QHBoxLayout()
            bar.addWidget(QLabel(title))
            bar.addStretch(1)
            bar.addWidget(add)
            bar.addWidget(remove)
            layout.addLayout(bar)
            layout.addWidget(table, 1)
            model.edited.connect(self.edited)
            self.tables.append(table)
        self.has_review = QCheckBox(self.tr("Date de révision prévue"))
        self.review = QDateEdit()
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat("dd/MM/yyyy")
        self.review.setDate(QDate.currentDate().addYears(2))
        row = QHBoxLayout()
        row.addWidget(self.has_review)
        row.addWidget(self.review)
        row.addStretch(1)
        layout.addLayout(row)
        self.has_review.toggled.connect(lambda _on: self.edited.emit())
        self.review.dateChanged.connect(
            lambda _d: self.edited.emit() if self.has_review.isChecked() else None
        )

    def review_due(self) -> dt.date | None:
        return self.review.date().toPython() if self.has_review.isChecked() else None  # type: ignore[return-value]  # QDate.toPython() is a date; the stubs say object

    def set_review_due(self, value: dt.date | None) -> None:
        for w in (self.has_review, self.review):
            w.blockSignals(True)
        self.has_review.setChecked(value is not None)
        if value is not None:
            self.review.setDate(QDate(value.year, value.month, value.day))
        for w in (self.has_review, self.review):
            w.blockSignals(False)
