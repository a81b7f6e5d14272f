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
from protoedit.errors import FieldErrors, ProtoEditError
from ui.context import AppContext
from ui.widgets.errors import core_message, show_error
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
        for key, w in self.fields.items():
            w.set_error(self.tr_core(problems.get(key)))
        return not problems

    def tr_core(self, text: str | None) -> str | None:
        return core_message(ProtoEditError(text)) if text else None

    def save(self) -> None:
        try:
            changes = team.save_structure(self.ctx.db, self.ctx.actor, self.values(), self.revision)
        except FieldErrors as e:
            for key, w in self.fields.items():
                w.set_error(self.tr_core(e.problems.get(key)))
            self.status.setText(self.tr("Corrigez les champs signalés."))
            return
        except ProtoEditError as e:
            show_error(self, e)
            return
        self.load()
        self.status.setText(self.tr("Structure enregistrée."))
        self.ctx.notify(changes)
        self.saved.emit()
