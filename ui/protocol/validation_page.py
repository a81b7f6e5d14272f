"""Validation page: completeness, submission, approvals with PIN, revision, history and diff."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.i18n import language
from protoedit.protocols.completeness import Problem
from protoedit.protocols.queries import VersionView, allowed_actions
from ui.library.models import STATUS_LABELS, label
from ui.widgets.fields import shrinkable


class ValidationPage(QWidget):
    """Buttons only ask; the editor runs the operations. Signals carry the user's request.

    Signals: submit_requested(), approve_requested(bool refuse), revise_requested(str note),
    reviewed_requested(str note), diff_requested(int old_version_id, int new_version_id),
    open_requested(int version_id) (an entry of the history activated: Enter or double-click)
    """

    submit_requested = Signal()
    approve_requested = Signal(bool)
    revise_requested = Signal(str)
    reviewed_requested = Signal(str)
    diff_requested = Signal(int, int)
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Points à compléter"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.submit = QPushButton(self.tr("Soumettre à la validation de l'équipe"))
        self.approve = QPushButton(self.tr("Approuver…"))
        self.refuse = QPushButton(self.tr("Refuser…"))
        self.revise = QPushButton(self.tr("Réviser (nouvelle version)…"))
        self.reviewed = QPushButton(self.tr("Relu, sans modification…"))
        self.approvals = QListWidget()
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Historique des versions"))
        self.history.setToolTip(self.tr("Entrée ou double-clic : ouvrir cette version"))
        self.diff_from = shrinkable(QComboBox(), 12)
        self.diff_to = shrinkable(QComboBox(), 12)
        self.diff_button = QPushButton(self.tr("Comparer"))
        self.diff_view = QTextBrowser()
        actions = QGridLayout()  # two rows, so the page fits a 1280-pixel projector
        for i, b in enumerate((self.submit, self.approve, self.refuse, self.revise, self.reviewed)):
            actions.addWidget(b, i // 3, i % 3)
        actions.setColumnStretch(3, 1)
        diff_bar = QHBoxLayout()
        diff_bar.addWidget(QLabel(self.tr("Comparer la version")))
        diff_bar.addWidget(self.diff_from)
        diff_bar.addWidget(QLabel(self.tr("à la version")))
        diff_bar.addWidget(self.diff_to)
        diff_bar.addWidget(self.diff_button)
        diff_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Vérification</b> (n'empêche jamais d'enregistrer)")))
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 2)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("<b>Signatures</b>")))
        layout.addWidget(self.approvals, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Historique des versions</b> (Entrée ou double-clic : ouvrir une version)"
                )
            )
        )
        layout.addWidget(self.history, 1)
        layout.addLayout(diff_bar)
        layout.addWidget(self.diff_view, 2)
        self.submit.clicked.connect(self.submit_requested)
        self.approve.clicked.connect(lambda: self.approve_requested.emit(False))
        self.refuse.clicked.connect(lambda: self.approve_requested.emit(True))
        self.revise.clicked.connect(self._ask_revise)
        self.reviewed.clicked.connect(self._ask_reviewed)
        self.diff_button.clicked.connect(
            lambda: self.diff_requested.emit(
                self.diff_from.currentData(), self.diff_to.currentData()
            )
        )
        self.history.activated.connect(
            lambda index: self.open_requested.emit(index.data(Qt.ItemDataRole.UserRole))
        )

    def _ask_revise(self) -> None:
        note, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Réviser le protocole"),
            self.tr("Pourquoi une nouvelle version ? (obligatoire)"),
        )
        if ok:
            self.revise_requested.emit(note)

    def _ask_reviewed(self) -> None:
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Relecture"), self.tr("Note de relecture (facultative)")
        )
        if ok:
            self.reviewed_requested.emit(note)

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.clear()
        blocking = [p for p in problems if p.blocking]
        for p in problems:
            item = QListWidgetItem(("✖ " if p.blocking else "⚠ ") + p.text(language()))
            item.setForeground(QColor("#b00020" if p.blocking else "#a05a00"))
            self.problems.addItem(item)
        if not problems:
            self.summary.setText(self.tr("✓ Rien ne manque : le protocole peut être soumis."))
        elif blocking:
            self.summary.setText(
                self.tr("%n point(s) à compléter avant de soumettre", "", len(blocking))
                + ", "
                + self.tr("%n remarque(s).", "", len(problems) - len(blocking))
            )
        else:
            self.summary.setText(
                self.tr("Peut être soumis ; %n remarque(s) à considérer.", "", len(problems))
            )

    def show_version(
        self, version: VersionView, versions: list[VersionView], blocking: bool
    ) -> None:
        status = version.status
        allowed = allowed_actions(version, versions, blocking)
        for name in ("submit", "approve", "refuse", "revise", "reviewed"):
            getattr(self, name).setEnabled(name in allowed)
        self.approvals.clear()
        for a in version.approvals:
            verb = self.tr("refusé") if a.decision == "refuse" else self.tr("approuvé")
            text = f"{a.at:%d/%m/%Y %H:%M} — {a.name} ({catalog.profession_label(a.profession)}) — {verb}"
            if a.meaning:
                text += f" : {a.meaning}"
            self.approvals.addItem(text)
        if version.refusal_reason and status == "draft":
            self.approvals.addItem(self.tr("Dernier refus : {r}").format(r=version.refusal_reason))
        self.history.clear()
        for v in reversed(versions):
            when = (v.approved_at or v.created_at).strftime("%d/%m/%Y")
            text = f"v{v.number} — {label(STATUS_LABELS, v.status)} — {when}"
            if v.change_note:
                text += f" — {v.change_note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.version_id)
            self.history.addItem(item)
        for combo, pick in ((self.diff_from, -2), (self.diff_to, -1)):
            combo.clear()
            for v in versions:
                combo.addItem(f"v{v.number}", v.version_id)
            if len(versions) >= 2:
                combo.setCurrentIndex(len(versions) + pick)
        self.diff_button.setEnabled(len(versions) >= 2)
