"""First start on a PC: who is using it? Pick a professional, or create one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog, team
from protoedit.errors import FieldErrors, ProtoEditError
from protoedit.ops import Actor
from ui.context import AppContext
from ui.widgets.errors import core_message, show_error
from ui.widgets.fields import CheckedLineEdit


class WhoDialog(QDialog):
    """Sets ctx.actor and ctx.settings.user_id when accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Qui utilise ce poste ?"))
        intro = QLabel(self.tr(
            "Chaque modification est enregistrée au nom de la personne qui utilise ce poste. "
            "Choisissez votre nom, ou créez votre fiche."))
        intro.setWordWrap(True)
        self.people = QListWidget()
        for p in team.list_professionals(ctx.db, active_only=True):
            item = QListWidgetItem(f"{p.full_name} — {catalog.profession_label(p.profession)}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.people.addItem(item)
        self.last_name = CheckedLineEdit(max_length=120)
        self.first_name = CheckedLineEdit(max_length=120)
        self.profession = QComboBox()
        self.profession.addItem(self.tr("— choisir —"), "")
        for prof in catalog.professions():
            self.profession.addItem(prof.label(), prof.code)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.last_name)
        form.addRow(self.tr("Prénom"), self.first_name)
        form.addRow(self.tr("Profession"), self.profession)
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
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.last_name.edit.textEdited.connect(lambda _t: self.people.clearSelection())

    def accept(self) -> None:
        chosen = self.people.selectedItems()
        if chosen and not self.last_name.text().strip():
            pid = chosen[0].data(Qt.ItemDataRole.UserRole)
        else:
            values = team.ProfessionalInput(last_name=self.last_name.text(),
                                            first_name=self.first_name.text(),
                                            profession=self.profession.currentData() or "")
            name = f"{values.first_name} {values.last_name}".strip()
            try:
                pid, changes = team.add_professional(self.ctx.db, Actor(None, name), values)
            except FieldErrors as e:
                self.last_name.set_error(
                    core_message(ProtoEditError(e.problems["last_name"])) if "last_name" in e.problems else None)
                self.message.setText(core_message(e))
                return
            except ProtoEditError as e:
                show_error(self, e)
                return
            self.ctx.notify(changes)
        pro = team.get_professional(self.ctx.db, pid)
        assert pro is not None
        self.ctx.actor = Actor(pro.id, pro.full_name)
        self.ctx.settings.user_id = pro.id
        self.ctx.settings.save()
        super().accept()
