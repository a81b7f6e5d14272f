"""Form for the structure (MSP, CDS, ESP, CPTS): name, identifiers, address, legal representative."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from protoedit import team
from protoedit.errors import FieldErrors
from ui.context import AppContext
from ui.operations import run_op
from ui.widgets.errors import mark_fields
from ui.widgets.fields import CheckedLineEdit


class StructureForm(QGroupBox):
    """Signals: saved()"""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Structure"))
        self.ctx = ctx
        self.revision: int | None = None
        self.name = CheckedLineEdit(max_length=200)
        self.kind = QComboBox()
        for k in team.STRUCTURE_KINDS:
            self.kind.addItem(k, k)
        self.finess = CheckedLineEdit(max_length=12)
        self.siret = CheckedLineEdit(max_length=20)
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(60)
        self.legal_rep_name = CheckedLineEdit(max_length=200)
        self.legal_rep_contact = CheckedLineEdit(max_length=200)
        self.save_button = QPushButton(self.tr("Enregistrer la structure"))
        self.status = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("FINESS"), self.finess)
        form.addRow(self.tr("SIRET"), self.siret)
        form.addRow(self.tr("Adresse"), self.address)
        form.addRow(self.tr("Représentant légal"), self.legal_rep_name)
        form.addRow(self.tr("Contact du représentant"), self.legal_rep_contact)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        form.addRow(row)
        self.fields = {
            "name": self.name,
            "finess": self.finess,
            "siret": self.siret,
            "legal_rep_name": self.legal_rep_name,
            "legal_rep_contact": self.legal_rep_contact,
        }
        self.save_button.clicked.connect(self.save)
        for w in (self.finess, self.siret):
            w.edit.editingFinished.connect(self.validate)
        self.load()

    def load(self) -> None:
        st = team.get_structure(self.ctx.db)
        values = team.StructureInput.of(st) if st else team.StructureInput()
        self.revision = st.revision if st else None
        for key, w in self.fields.items():
            w.setText(getattr(values, key))
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.kind)))
        self.address.setPlainText(values.address)
        self.validate()

    def values(self) -> team.StructureInput:
        v = team.StructureInput(kind=self.kind.currentData(), address=self.address.toPlainText())
        for key, w in self.fields.items():
            setattr(v, key, w.text())
        return v

    def validate(self) -> bool:
        problems = team.structure_problems(self.values())
        if not self.name.text().strip() and self.revision is None:
            problems.pop("name", None)  # not yet typed: no red on an empty new form
        mark_fields(self.fields, problems)
        return not problems

    def save(self) -> None:
        changes = run_op(
            self.ctx,
            self,
            team.save_structure,
            self.values(),
            self.revision,
            on={FieldErrors: self._refused_fields},
            success=lambda _changes: self._took_saved(),
        )
        if changes is not None:
            self.saved.emit()

    def _took_saved(self) -> None:
        self.load()
        self.status.setText(self.tr("Structure enregistrée."))

    def _refused_fields(self, err: FieldErrors) -> None:
        mark_fields(self.fields, err.problems)
        self.status.setText(self.tr("Corrigez les champs signalés."))
