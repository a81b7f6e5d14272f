"""The save-conflict dialog: both versions of each field two PCs changed, one choice per field."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from protoedit.copy_aside import write_fields_file
from protoedit.protocols.merge import MINE, THEIRS, Conflict, Merge, merge_fields

MAX_LINES = 8  # a long text scrolls inside its box


def _plain(text: str, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def taken_text(merge: Merge) -> str:
    """ "Modifications de l'autre poste intégrées : Exclusion, Titre" (empty when none)."""
    if not merge.taken:
        return ""
    return QCoreApplication.translate(
        "merge", "Modifications de l'autre poste intégrées : {fields}"
    ).format(fields=", ".join(dict.fromkeys(merge.taken)))


def _lines(text: str) -> int:
    return max(2, sum(1 + len(line) // 60 for line in text.splitlines()))


class ConflictBox(QGroupBox):
    """One field: "Ma version" and "Version de l'autre poste" side by side, each with its radio."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(conflict.label, parent)
        self.conflict = conflict
        self.mine = QRadioButton(self.tr("Ma version"))
        self.theirs = QRadioButton(self.tr("Version de l'autre poste"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.mine)
        self.group.addButton(self.theirs)
        grid = QGridLayout(self)
        lines = min(MAX_LINES, max(_lines(conflict.mine), _lines(conflict.theirs)))
        for col, (radio, text) in enumerate(
            ((self.mine, conflict.mine), (self.theirs, conflict.theirs))
        ):
            radio.setAccessibleName(f"{conflict.label} : {radio.text()}")
            grid.addWidget(radio, 0, col)
            grid.addWidget(self._text(text, lines), 1, col)
            grid.setColumnStretch(col, 1)

    def _text(self, text: str, lines: int) -> QPlainTextEdit:
        """Both versions as tall as the longer one (up to MAX_LINES, then it scrolls)."""
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setTabChangesFocus(True)
        view.setFixedHeight(QFontMetrics(view.font()).lineSpacing() * lines + 14)
        return view

    def choice(self) -> str | None:
        if self.mine.isChecked():
            return MINE
        return THEIRS if self.theirs.isChecked() else None


@dataclass
class CopyOption:
    """One way of setting my version aside; `run()` returns what to tell the user, or None
    when the user gave up (a file dialog cancelled)."""

    label: str
    run: Callable[[], str | None]


class MergeDialog(QDialog):
    """Shown when both PCs changed the same fields. `exec()` is Accepted with `choices()`,
    or Rejected; `copy_asked` then holds the copy option chosen, if any."""

    def __init__(
        self, what: str, merge: Merge, copy_labels: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflit d'enregistrement"))
        self.copy_asked: int | None = None
        intro = _plain(
            self.tr(
                "« {what} » a été modifié sur un autre poste pendant que vous le modifiiez. Pour "
                "chaque champ modifié des deux côtés, choisissez la version à garder."
            ).format(what=what)
        )
        intro.setObjectName("mergeIntro")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if taken := taken_text(merge):
            done = _plain(taken + " " + self.tr("(modifiés sur un seul poste : rien à choisir)"))
            done.setObjectName("mergeTaken")
            done.setStyleSheet("color: #1b5e20;")
            layout.addWidget(done)
        self.boxes = [ConflictBox(c) for c in merge.conflicts]
        inner = QWidget()
        column = QVBoxLayout(inner)
        for box in self.boxes:
            column.addWidget(box)
            box.group.buttonToggled.connect(self._update)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._all_buttons())
        layout.addLayout(self._buttons(copy_labels))
        self._update()
        self.resize(
            min(1180, max(960, self.sizeHint().width())), min(720, inner.sizeHint().height() + 260)
        )

    def _all_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Tout : ma version"))
        self.all_theirs = QPushButton(self.tr("Tout : version de l'autre poste"))
        self.all_mine.clicked.connect(lambda: self._choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self._choose_all(THEIRS))
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        row.addStretch(1)
        return row

    def _buttons(self, copy_labels: Sequence[str]) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = _plain("")
        self.save_button = QPushButton(self.tr("Enregistrer ce choix"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(
            self.tr("Enregistrer ce choix ({keys})").format(
                keys=QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.save_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.copy_button = QPushButton(self.tr("Copier ma version de côté…"))
        self.copy_button.setToolTip(
            self.tr(
                "Votre version entière est gardée à part ; le document prend la version de l'autre "
                "poste pour les champs en conflit."
            )
        )
        if len(copy_labels) > 1:
            menu = QMenu(self.copy_button)
            for n, text in enumerate(copy_labels):
                menu.addAction(text).triggered.connect(lambda _=False, n=n: self._copy(n))
            self.copy_button.setMenu(menu)
        else:
            self.copy_button.clicked.connect(lambda: self._copy(0))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setToolTip(
            self.tr("Ne rien enregistrer pour l'instant : votre saisie reste à l'écran (Échap)")
        )
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.status, 1)
        for b in (self.save_button, self.copy_button, self.cancel_button):
            row.addWidget(b)
        return row

    def _choose_all(self, side: str) -> None:
        for box in self.boxes:
            (box.mine if side == MINE else box.theirs).setChecked(True)

    def _copy(self, n: int) -> None:
        self.copy_asked = n
        self.reject()

    def _update(self, *_args: object) -> None:
        left = sum(1 for b in self.boxes if b.choice() is None)
        self.save_button.setEnabled(left == 0)
        self.status.setText(self.tr("Encore %n champ(s) à choisir.", "", left) if left else "")

    def choices(self) -> dict[str, str]:
        return {b.conflict.key: b.choice() or MINE for b in self.boxes}


@dataclass
class Resolution:
    """What to save after a conflict, and what to tell the user about a copy set aside."""

    merge: Merge
    copied: str = ""


def resolve(
    parent: QWidget,
    what: str,
    merge: Callable[[dict[str, str]], Merge],
    copies: Sequence[CopyOption],
) -> Resolution | None:
    """Merge mine and theirs; ask per field only when both changed the same fields. None: the
    user cancelled (nothing saved, the typing stays)."""
    first = merge({})
    if not first.conflicts:
        return Resolution(first)
    while True:
        dlg = MergeDialog(what, first, [c.label for c in copies], parent)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        choices, asked = dlg.choices(), dlg.copy_asked
        dlg.deleteLater()
        if accepted:
            return Resolution(merge(choices))
        if asked is None:
            return None
        note = copies[asked].run()
        if note is not None:  # mine is safe elsewhere: theirs for the fields in conflict
            return Resolution(merge({c.key: THEIRS for c in first.conflicts}), note)


def ask_copy_path(parent: QWidget, suggested: str, pattern: str) -> Path | None:
    """Where to write my version set aside (None: the user gave up)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("merge", "Copier ma version dans un fichier"),
        str(Path.home() / suggested),
        pattern,
    )
    return Path(path) if path else None


def file_error(parent: QWidget, err: OSError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("merge", "Copie impossible"),
        QCoreApplication.translate("merge", "Le fichier n'a pas pu être écrit : {error}").format(
            error=err.strerror or err
        ),
    )


def copied_to(path: Path) -> str:
    return QCoreApplication.translate("merge", "Votre version est dans {name}").format(
        name=path.name
    )


def resolve_fields(
    parent: QWidget,
    what: str,
    document: str,
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    labels: Mapping[str, str],
    show: Callable[[str, Any], str],
) -> Resolution | None:
    """`resolve` for a form of plain fields (a meeting, a declaration); my version can be set
    aside in a JSON file of its fields as shown."""

    def to_file() -> str | None:
        path = ask_copy_path(
            parent, "ma-version.json", QCoreApplication.translate("merge", "Fichiers JSON (*.json)")
        )
        if path is None:
            return None
        try:
            write_fields_file(
                document, {labels.get(k, k): show(k, v) for k, v in mine.items()}, path
            )
        except OSError as e:
            file_error(parent, e)
            return None
        return copied_to(path)

    copies = [CopyOption(QCoreApplication.translate("merge", "Dans un fichier…"), to_file)]
    return resolve(
        parent,
        what,
        lambda choices: merge_fields(base, mine, theirs, labels, choices, show),
        copies,
    )
