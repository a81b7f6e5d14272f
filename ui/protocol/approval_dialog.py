"""Dialog for an approval or a refusal: who signs, the meaning or reason, confirmed by PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog


class ApprovalDialog(QDialog):
    def __init__(self, professionals: list, refuse: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refuse = refuse
        self.setWindowTitle(self.tr("Refuser cette version") if refuse else self.tr("Approuver cette version"))
        self.who = QComboBox()
        for p in professionals:
            self.who.addItem(f"{p.full_name} — {catalog.profession_label(p.profession)}", p.id)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(80)
        self.text.setTabChangesFocus(True)
        if not refuse:
            self.text.setPlainText(self.tr("J'approuve ce protocole pour ma profession."))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Signataire"), self.who)
        form.addRow(self.tr("Motif du refus") if refuse else self.tr("Sens de la signature"), self.text)
        form.addRow(self.tr("Code personnel"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[int, str, str]:
        return self.who.currentData(), self.text.toPlainText(), self.pin.text()
