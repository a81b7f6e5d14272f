"""Editor stage "Réponses documentées": the documentary synthesis and the graded key messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from protoedit.protocols.content import EVIDENCE_LEVELS, GRADES, Evidence, KeyMessage
from ui.widgets.row_table import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("SynthesisPage", text)


def _label(choices: list[tuple[str, str]], code: str) -> str:
    text = dict(choices).get(code)
    return QCoreApplication.translate("evidence", text) if text else _t("— à indiquer —")


def level_label(code: str) -> str:
    return _label(EVIDENCE_LEVELS, code)


def grade_label(code: str) -> str:
    return _label(GRADES, code)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (code, label) choices for one column; the model stores the code."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(_t("— à indiquer —"), "")
        for code, _text in self.choices:
            combo.addItem(_label(self.choices, code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class SynthesisPage(QWidget):
    """Question → documented answer → source → level of evidence; then graded key messages.

    Signals: edited()"""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = RowTableModel(
            [
                Column("question", _t("Question")),  # a longer header is cut at 1280 pixels
                Column("answer", _t("Réponse documentée")),
                Column("source", _t("Source")),
                Column("level", _t("Niveau de preuve"), display=level_label),
            ],
            Evidence,
        )
        self.key_points = RowTableModel(
            [
                Column("text", _t("Message clé")),
                Column("grade", _t("Grade"), display=grade_label),
            ],
            KeyMessage,
        )
        self.tables: list[QTableView] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "Le groupe de travail cherche dans la littérature la réponse à chaque question, "
                "cite sa source et son niveau de preuve ; les messages clés en découlent, gradés "
                "comme la HAS gradue ses recommandations (A, B, C ou accord d'experts)."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        layout.addWidget(intro)
        for title, model, column, choices in (
            (_t("Synthèse documentaire"), self.evidence, 3, EVIDENCE_LEVELS),
            (_t("Messages clés gradés"), self.key_points, 1, GRADES),
        ):
            table = QTableView()
            table.setAccessibleName(title)
            table.setModel(model)
            table.setWordWrap(True)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            # Rows grow with their text: a documented answer is read whole, never cut.
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setItemDelegateForColumn(column, ChoiceDelegate(choices, table))
            add = QPushButton(_t("Ajouter"))
            add.setAccessibleName(_t("Ajouter : {what}").format(what=title))
            remove = QPushButton(_t("Supprimer la ligne"))
            add.clicked.connect(lambda _=False, m=model, t=table: self._add_row(m, t))
            remove.clicked.connect(
                lambda _=False, m=model, t=table: (
                    t.currentIndex().isValid() and m.remove_row(t.currentIndex().row())
                )
            )
            bar = QHBoxLayout()
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            bar.addWidget(heading)
            bar.addStretch(1)
            bar.addWidget(add)
            bar.addWidget(remove)
            layout.addLayout(bar)
            layout.addWidget(table, 1)
            model.edited.connect(self.edited)
            self.tables.append(table)

    def _add_row(self, model: RowTableModel, table: QTableView) -> None:
        """A new row, its first cell open for typing."""
        row = model.insert_row(model.rowCount())
        index = model.index(row, 0)
        table.setCurrentIndex(index)
        table.setFocus()
        table.edit(index)

    def set_read_only(self, ro: bool) -> None:
        self.evidence.read_only = ro
        self.key_points.read_only = ro
        for b in self.findChildren(QPushButton):
            b.setEnabled(not ro)
