"""New protocol: blank, from a starter template, or from an ACI annex-3 theme; code and title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.errors import ProtoEditError, ValidationError
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols import queries, templates
from protoedit.protocols.lifecycle import MSG_DUPLICATE
from ui.context import AppContext
from ui.operations import run_op, run_query
from ui.widgets.errors import core_message


class NewProtocolDialog(QDialog):
    """On accept, `version_id` holds the new draft's version."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_id: int | None = None
        self.setWindowTitle(self.tr("Nouveau protocole pluriprofessionnel"))
        self.blank = QRadioButton(self.tr("Protocole vierge"))
        self.from_template = QRadioButton(self.tr("À partir d'un modèle"))
        self.from_theme = QRadioButton(self.tr("À partir d'un thème de l'annexe 3 de l'ACI"))
        group = QButtonGroup(self)
        for b in (self.blank, self.from_template, self.from_theme):
            group.addButton(b)
        self.template = QComboBox()
        for t in templates.templates():
            self.template.addItem(t.label(), t.id)
        self.theme = QComboBox()
        for th in catalog.aci_themes():
            self.theme.addItem(f"{th.category}. {th.label()}", th.code)
        self.skeleton = QCheckBox(
            self.tr(
                "Proposer les six étapes (repérer, évaluer, planifier, intervenir, suivre, alerter)"
            )
        )
        self.skeleton.setChecked(True)
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText("DIAB-01")
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the typed code
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.blank)
        form.addRow(self.from_template, self.template)
        form.addRow(self.from_theme, self.theme)
        form.addRow(self.skeleton)
        form.addRow(self.tr("Code (unique)"), self.code)
        form.addRow(self.tr("Titre"), self.title)
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
        self.from_template.setChecked(True)
        self.template.currentIndexChanged.connect(self.suggest)
        self.from_template.toggled.connect(self.suggest)
        self.code.textChanged.connect(self.check_code)
        self.suggest()
        self.check_code()

    def suggest(self) -> None:
        """Prefill code and title from the chosen template, never over what the user typed."""
        t = templates.template(self.template.currentData() or "")
        use = self.from_template.isChecked() and t is not None
        for field, value in (
            (self.code, t.suggested_code() if t else ""),
            (self.title, t.label() if t else ""),
        ):
            if not field.isModified():
                field.setText(value if use else "")

    def check_code(self) -> None:
        """A code another protocol already uses is said while it is typed, OK waiting for
        another one (the operation refuses it too, e.g. taken meanwhile on another PC)."""
        code = self.code.text().strip()
        taken = bool(code) and bool(run_query(self, queries.code_in_use, self.ctx.db, code))
        self.message.setText(
            core_message(ProtoEditError(MSG_DUPLICATE, code=code)) if taken else ""
        )
        self.ok_button.setEnabled(not taken)

    def accept(self) -> None:
        content, theme = None, ""
        if self.from_template.isChecked():
            t = templates.template(self.template.currentData() or "")
            if t is not None:
                content, theme = t.content(), t.aci_theme
        elif self.from_theme.isChecked():
            theme = self.theme.currentData() or ""
        created = run_op(
            self.ctx,
            self,
            protocols.create_protocol,
            self.code.text(),
            self.title.text(),
            theme,
            content,
            skeleton=self.skeleton.isChecked(),
            on={ValidationError: self._refused},
        )
        if created is not None:
            self.version_id = created[1]
            super().accept()

    def _refused(self, err: ValidationError) -> None:
        self.message.setText(core_message(err))
        (self.code if err.field == "code" else self.title).setFocus()
