"""First start on a PC: who is using it? Pick a professional, or create one; offer the code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog, team
from protoedit.errors import FieldErrors, ValidationError
from protoedit.ops import Actor
from ui.context import AppContext
from ui.operations import run_op
from ui.team.pin_box import NewPinFields, plain_label
from ui.widgets.errors import core_message, field_message
from ui.widgets.fields import CheckedLineEdit

HAS_CODE, NAME = Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2


class WhoDialog(QDialog):
    """Sets ctx.actor and ctx.settings.user_id when accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Qui utilise ce poste ?"))
        intro = QLabel(
            self.tr(
                "Chaque modification est enregistrée au nom de la personne qui utilise ce poste. "
                "Choisissez votre nom, ou créez votre fiche."
            )
        )
        intro.setWordWrap(True)
        self.people = QListWidget()
        for p in team.list_professionals(ctx.db, active_only=True):
            item = QListWidgetItem(f"{p.full_name} — {catalog.profession_label(p.profession)}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setData(HAS_CODE, p.has_code)
            item.setData(NAME, p.full_name)
            self.people.addItem(item)
        self.last_name = CheckedLineEdit(max_length=120)
        self.first_name = CheckedLineEdit(max_length=120)
        self.profession = QComboBox()
        self.profession.addItem(self.tr("— choisir —"), "")
        for prof in catalog.professions():
            self.profession.addItem(prof.label(), prof.code)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.last_name)
        form.addRow(self.tr("Prénom"), self.first_name)
        form.addRow(self.tr("Profession"), self.profession)
        self.pin = NewPinFields()
        self.pin_info = plain_label()
        self.pin_group = QGroupBox()
        pin_form = QFormLayout(self.pin_group)
        pin_form.addRow(self.pin_info)
        pin_form.addRow(self.tr("Code personnel"), self.pin.code)
        pin_form.addRow(self.tr("Confirmation"), self.pin.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.people.count():
            layout.addWidget(QLabel(self.tr("Je suis :")))
            layout.addWidget(self.people)
            layout.addWidget(QLabel(self.tr("Je ne suis pas dans la liste :")))
            self.people.setCurrentRow(0)
        else:
            self.people.hide()
        layout.addLayout(form)
        layout.addWidget(self.pin_group)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.last_name.edit.textEdited.connect(lambda _t: self.people.clearSelection())
        self.last_name.edit.textEdited.connect(self.offer_code)
        self.people.itemSelectionChanged.connect(self.offer_code)
        self.offer_code()

    def _chosen(self) -> QListWidgetItem | None:
        """The existing card picked, unless a new name is being typed."""
        chosen = self.people.selectedItems()
        return chosen[0] if chosen and not self.last_name.text().strip() else None

    def offer_code(self) -> None:
        """The code fields, for a new card or a picked card that has no code yet."""
        chosen = self._chosen()
        self.pin_group.setVisible(chosen is None or not chosen.data(HAS_CODE))
        if chosen is None:
            self.pin_group.setTitle(self.tr("Votre code personnel (facultatif)"))
            self.pin_info.setText(
                self.tr(
                    "Il sert à signer les validations de protocoles : de 4 à 12 chiffres. Vous "
                    "pourrez aussi le définir plus tard dans Équipe, sur votre fiche."
                )
            )
        else:
            self.pin_group.setTitle(
                self.tr("Code personnel de {name} (facultatif)").format(name=chosen.data(NAME))
            )
            self.pin_info.setText(
                self.tr(
                    "Vous n'avez pas encore de code personnel ; il sert à signer les validations de "
                    "protocoles (4 à 12 chiffres). Définissez-le maintenant ou plus tard dans "
                    "Équipe, sur votre fiche."
                )
            )

    def accept(self) -> None:
        code = self.pin.wanted() if self.pin_group.isVisibleTo(self) else ""
        if code is None:
            return
        chosen = self._chosen()
        if chosen is not None:
            pid = chosen.data(Qt.ItemDataRole.UserRole)
            if code and not self._set_code(pid, code):
                return
        else:
            values = team.ProfessionalInput(
                last_name=self.last_name.text(),
                first_name=self.first_name.text(),
                profession=self.profession.currentData() or "",
            )
            name = f"{values.first_name} {values.last_name}".strip()
            added = run_op(
                self.ctx,
                self,
                team.add_professional,
                values,
                pin=code,
                actor=Actor(None, name),
                on={FieldErrors: self._refused_fields},
            )
            if added is None:
                return
            pid = added[0]
        pro = team.get_professional(self.ctx.db, pid)
        assert pro is not None
        self.ctx.actor = Actor(pro.id, pro.full_name)
        self.ctx.settings.user_id = pro.id
        self.ctx.settings.save()
        super().accept()

    def _refused_fields(self, err: FieldErrors) -> None:
        self.last_name.set_error(field_message(err.problems.get("last_name")))
        if "pin" in err.problems:
            self.pin.show_problem(field_message(err.problems["pin"]) or "")
        self.message.setText(core_message(err))

    def _set_code(self, pid: int, code: str) -> bool:
        """The picked card's first code, set in the person's own name."""
        pro = team.get_professional(self.ctx.db, pid)
        assert pro is not None
        changes = run_op(
            self.ctx,
            self,
            team.set_pin,
            pid,
            code,
            actor=Actor(pro.id, pro.full_name),
            on={ValidationError: lambda e: self.pin.show_problem(core_message(e))},
        )
        return changes is not None
