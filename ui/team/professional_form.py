"""Form for one professional: name, profession, RPPS/ADELI with live validation, contact, code."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from protoedit import catalog, team
from protoedit.errors import FieldErrors
from protoedit.team import ProfessionalView
from ui.context import AppContext
from ui.operations import save_op
from ui.team.pin_box import PinBox
from ui.widgets.errors import field_message, mark_fields
from ui.widgets.fields import CheckedLineEdit


class ProfessionalForm(QGroupBox):
    """Edits the selected professional, or a new one.

    Signals: saved(int) with the professional's id (its fields or its personal code).
    """

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: int | None = None
        self.revision: int | None = None
        self.last_name = CheckedLineEdit(max_length=120)
        self.first_name = CheckedLineEdit(max_length=120)
        self.profession = QComboBox()
        self.profession.addItem(self.tr("— choisir —"), "")
        for p in catalog.professions():
            self.profession.addItem(p.label(), p.code)
        self.profession_error = QLabel()
        self.profession_error.setStyleSheet("color: #b00020;")
        self.profession_error.hide()
        self.rpps = CheckedLineEdit(max_length=15)
        self.adeli = CheckedLineEdit(max_length=12)
        self.email = CheckedLineEdit(max_length=200)
        self.phone = CheckedLineEdit(max_length=40)
        self.active = QCheckBox(self.tr("En activité dans l'équipe"))
        self.partner = QCheckBox(self.tr("Partenaire extérieur"))
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.new_button = QPushButton(self.tr("Nouveau professionnel"))
        self.status = QLabel()
        self.loaded = team.ProfessionalInput()
        self.pin_box = PinBox(ctx)
        form = QFormLayout(self)
        form.addRow(self.tr("Nom"), self.last_name)
        form.addRow(self.tr("Prénom"), self.first_name)
        form.addRow(self.tr("Profession"), self.profession)
        form.addRow("", self.profession_error)
        form.addRow(self.tr("RPPS"), self.rpps)
        form.addRow(self.tr("ADELI"), self.adeli)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Téléphone"), self.phone)
        form.addRow("", self.active)
        form.addRow("", self.partner)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.new_button)
        row.addWidget(self.status, 1)
        form.addRow(row)
        form.addRow(self.pin_box)
        self.fields = {
            "last_name": self.last_name,
            "first_name": self.first_name,
            "rpps": self.rpps,
            "adeli": self.adeli,
            "email": self.email,
            "phone": self.phone,
        }
        for w in (self.rpps, self.adeli, self.email):
            w.edit.textEdited.connect(self.validate_live)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.pin_box.changed.connect(self.code_changed)
        self.start_new()

    def start_new(self) -> None:
        self.show_professional(None)
        self.last_name.setFocus()

    def show_professional(self, pro: ProfessionalView | None) -> None:
        self.current_id = pro.id if pro else None
        self.revision = pro.revision if pro else None
        values = team.ProfessionalInput.of(pro) if pro else team.ProfessionalInput()
        self.loaded = values
        self.setTitle(
            self.tr("Modifier : {name}").format(name=pro.full_name)
            if pro
            else self.tr("Nouveau professionnel")
        )
        for key, w in self.fields.items():
            w.setText(getattr(values, key))
            w.set_error(None)
        self.profession.setCurrentIndex(max(0, self.profession.findData(values.profession)))
        self.active.setChecked(values.active)
        self.partner.setChecked(values.partner)
        self.profession_error.hide()
        self.status.clear()
        self.pin_box.show_professional(pro)

    def code_changed(self, pid: int) -> None:
        """A code operation bumped the card's revision: take it, unless someone else changed
        the card meanwhile (then saving the fields still reports the conflict)."""
        fresh = team.get_professional(self.ctx.db, pid)
        if (
            fresh is not None
            and pid == self.current_id
            and team.ProfessionalInput.of(fresh) == self.loaded
        ):
            self.revision = fresh.revision
        self.saved.emit(pid)

    def values(self) -> team.ProfessionalInput:
        v = team.ProfessionalInput(
            profession=self.profession.currentData() or "",
            active=self.active.isChecked(),
            partner=self.partner.isChecked(),
        )
        for key, w in self.fields.items():
            setattr(v, key, w.text())
        return v

    def show_problems(self, problems: dict[str, str]) -> None:
        mark_fields(self.fields, problems)
        prof = problems.get("profession")
        self.profession_error.setText(field_message(prof) or "")
        self.profession_error.setVisible(bool(prof))

    def validate_live(self) -> None:
        """While typing, judge identifiers only once they reach their full length."""
        problems = team.professional_problems(self.values())
        shown = {}
        for key, length in (("rpps", 11), ("adeli", 9)):
            text = getattr(self, key).text().replace(" ", "")
            if key in problems and len(text) >= length:
                shown[key] = problems[key]
        if "email" in problems and "@" in self.email.text() and "." in self.email.text():
            shown["email"] = problems["email"]
        for key in ("rpps", "adeli", "email"):
            self.fields[key].set_error(field_message(shown.get(key)))

    def save(self) -> None:
        saved = save_op(
            self.ctx,
            self,
            self.current_id,
            team.add_professional,
            team.update_professional,
            self.values(),
            self.revision,
            on={FieldErrors: self._refused_fields},
            success=lambda saved: self._took_saved(saved[0]),
        )
        if saved is not None:
            self.saved.emit(saved[0])

    def _took_saved(self, pid: int) -> None:
        self.show_professional(team.get_professional(self.ctx.db, pid))
        self.status.setText(self.tr("Enregistré."))

    def _refused_fields(self, err: FieldErrors) -> None:
        self.show_problems(err.problems)
        self.status.setText(self.tr("Corrigez les champs signalés."))
