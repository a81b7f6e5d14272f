"""Dialog for an approval or a refusal: who signs, the meaning or reason, confirmed by PIN.

When the signer has no personal code yet, it says where to set one (Équipe → card → Code
personnel) instead of letting the signature fail."""

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
        self.setWindowTitle(
            self.tr("Refuser cette version") if refuse else self.tr("Approuver cette version")
        )
        self.who = QComboBox()
        self.without_code: dict[int, str] = {}
        for p in professionals:
            self.who.addItem(f"{p.full_name} — {catalog.profession_label(p.profession)}", p.id)
            if not p.has_code:
                self.without_code[p.id] = p.full_name
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(80)
        self.text.setTabChangesFocus(True)
        if not refuse:
            self.text.setPlainText(self.tr("J'approuve ce protocole pour ma profession."))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Signataire"), self.who)
        form.addRow(
            self.tr("Motif du refus") if refuse else self.tr("Sens de la signature"), self.text
        )
        form.addRow(self.tr("Code personnel"), self.pin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.who.currentIndexChanged.connect(self.show_code_hint)
        self.show_code_hint()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_code_hint(self) -> None:
        """Where a missing code is set; where a forgotten one is reset."""
        name = self.without_code.get(self.who.currentData())
        self.pin.setEnabled(name is None)
        self.ok_button.setEnabled(name is None)
        if name is not None:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(
                self.tr(
                    "{name} n'a pas encore de code personnel. Il se définit dans l'écran Équipe : "
                    "choisissez la fiche de {name}, groupe « Code personnel »."
                ).format(name=name)
            )
        else:
            self.message.setStyleSheet("color: #555555;")
            self.message.setText(
                self.tr(
                    "Code oublié ? La coordination peut le réinitialiser dans l'écran Équipe "
                    "(fiche de la personne, « Code personnel ») ; un nouveau code s'y définit."
                )
            )

    def values(self) -> tuple[int, str, str]:
        return self.who.currentData(), self.text.toPlainText(), self.pin.text()
