"""The selected step in full: multi-line who/what/when/how/where/alert fields, keyboard first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.protocols.content import Step
from protoedit.search.text import fold
from ui.widgets.row_table import RowTableModel

LINE_FIELDS = ("title", "referent")  # one line in the saved content
# Three columns of (field, lines shown); each label sits above its field. Tab follows this order.
COLUMNS = (
    (("title", 1), ("professions", 4), ("referent", 1)),
    (("what", 3), ("how", 3)),
    (("when", 2), ("where", 2), ("alert", 2)),
)
COLUMN_STRETCH = (2, 3, 3)
BACK_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def fill_professions(checklist: QListWidget) -> None:
    """Every profession of the catalogue as a checkable row, its code in UserRole."""
    for p in catalog.professions():
        item = QListWidgetItem(p.label())
        item.setData(Qt.ItemDataRole.UserRole, p.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        checklist.addItem(item)


def check_professions(checklist: QListWidget, codes: list[str]) -> None:
    for i in range(checklist.count()):
        item = checklist.item(i)
        item.setCheckState(
            Qt.CheckState.Checked
            if item.data(Qt.ItemDataRole.UserRole) in codes
            else Qt.CheckState.Unchecked
        )


def checked_professions(checklist: QListWidget) -> list[str]:
    return [
        checklist.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(checklist.count())
        if checklist.item(i).checkState() == Qt.CheckState.Checked
    ]


class LinesEdit(QPlainTextEdit):
    """A multi-line field whose preferred height is `lines` lines of its current type."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        margins = self.contentsMargins()
        height = (
            self.lines * self.fontMetrics().lineSpacing()
            + 2 * round(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()


class ChecklistEdit(QListWidget):
    """The professions' checklist, `lines` rows high. Typing goes to the first profession
    whose name (or short form: MG, IDE) starts with what was typed, accents ignored."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt API
        if (
            not self._since.isValid()
            or self._since.elapsed() > QApplication.keyboardInputInterval()
        ):
            self._typed = ""
        self._since.start()
        self._typed += fold(search)
        for row in range(self.count()):
            item = self.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            if any(
                fold(name).startswith(self._typed)
                for name in (item.text(), catalog.profession_short(code))
            ):
                self.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().lineSpacing()
        return QSize(super().sizeHint().width(), self.lines * row + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class StepPanel(QWidget):
    """Edits one row of the steps model; every change goes through the model (undo, autosave).

    Signals: back_requested() on Ctrl+Enter or Escape (back to the table)."""

    back_requested = Signal()

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self.model = model
        self.row = -1
        self._loading = False
        self._read_only = False
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setObjectName("stepPanelCaption")
        self.editors: dict[str, QWidget] = {}
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        for fields_shown, stretch in zip(COLUMNS, COLUMN_STRETCH, strict=True):
            column = QVBoxLayout()
            column.setSpacing(2)
            for name, lines in fields_shown:
                editor = self._make_editor(name, lines)
                label = QLabel(self.model.columns[self.column(name)].header)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setBuddy(editor)
                column.addWidget(label)
                column.addWidget(editor, lines if name not in LINE_FIELDS else 0)
                self.editors[name] = editor
            columns.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(columns, 1)
        order = [name for fields_shown in COLUMNS for name, _lines in fields_shown]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(self.editors[a], self.editors[b])
        model.dataChanged.connect(self._model_changed)
        self.show_row(-1)

    def _make_editor(self, name: str, lines: int) -> QWidget:
        header = self.model.columns[self.column(name)].header
        editor: QWidget
        if name == "professions":
            checklist = ChecklistEdit(lines)
            fill_professions(checklist)
            checklist.itemChanged.connect(lambda _i: self._write("professions"))
            editor = checklist
        elif name in LINE_FIELDS:
            line = QLineEdit()
            line.setMaxLength(300)
            line.textEdited.connect(lambda _t, n=name: self._write(n))
            editor = line
        else:
            text = LinesEdit(lines)
            text.setUndoRedoEnabled(False)  # the editor-wide undo handles Ctrl+Z
            text.setTabChangesFocus(True)
            text.textChanged.connect(lambda n=name: self._write(n))
            editor = text
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, editor.sizePolicy().verticalPolicy())
        editor.setAccessibleName(self.tr("Étape : {field}").format(field=header))
        editor.installEventFilter(self)
        return editor

    def column(self, name: str) -> int:
        return next(i for i, c in enumerate(self.model.columns) if c.field == name)

    def field_of(self, widget: QWidget | None) -> str | None:
        """The step field a panel widget edits (or None)."""
        for name, editor in self.editors.items():
            if widget is editor or (widget is not None and editor.isAncestorOf(widget)):
                return name
        return None

    # Showing a row ---------------------------------------------------------------------------
    def show_row(self, row: int) -> None:
        self.row = row if 0 <= row < self.model.rowCount() else -1
        has = self.row >= 0
        for editor in self.editors.values():  # a checklist has no read-only state: disabled
            editor.setEnabled(has and not (self._read_only and isinstance(editor, QListWidget)))
        if has:
            title = self.model.rows[self.row].title
            self.caption.setText(
                self.tr(
                    "Étape {n} : {title} — Entrée dans le tableau : modifier "
                    "ici ; Ctrl+Entrée : retour au tableau"
                ).format(n=self.row + 1, title=title)
            )
        else:
            self.caption.setText(
                self.tr("Choisissez une étape dans le tableau, ou ajoutez-en une (Ctrl+Maj+N).")
            )
        self._load()

    def _load(self) -> None:
        step: Step = self.model.rows[self.row] if self.row >= 0 else Step()
        self._loading = True
        try:
            for name, editor in self.editors.items():
                value: Any = getattr(step, name)
                if isinstance(editor, QListWidget):
                    check_professions(editor, value)
                    if not editor.hasFocus():  # typing a name searches from the top
                        editor.clearSelection()
                        editor.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
                elif isinstance(editor, QLineEdit) and editor.text() != value:
                    editor.setText(value)
                elif isinstance(editor, QPlainTextEdit) and editor.toPlainText() != value:
                    editor.setPlainText(value)
        finally:
            self._loading = False

    def set_read_only(self, ro: bool) -> None:
        self._read_only = ro
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(ro)
        self.show_row(self.row)

    def _model_changed(self, top: QModelIndex, bottom: QModelIndex, _roles=None) -> None:
        if self.row >= 0 and top.row() <= self.row <= bottom.row() and not self._loading:
            self.show_row(self.row)

    # Writing back --------------------------------------------------------------------------
    def _write(self, name: str) -> None:
        if self._loading or self.row < 0 or self.model.read_only:
            return
        editor = self.editors[name]
        if isinstance(editor, QListWidget):
            value: object = checked_professions(editor)
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            assert isinstance(editor, QPlainTextEdit)
            value = editor.toPlainText()
        self._loading = True  # the model's echo must not reload the field being typed in
        try:
            self.model.setData(self.model.index(self.row, self.column(name)), value)
        finally:
            self._loading = False
        if name == "title":
            self.show_row(self.row)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if (ctrl and event.key() in BACK_KEYS) or event.key() == Qt.Key.Key_Escape:
                self.back_requested.emit()
                return True
        return False
