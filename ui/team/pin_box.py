"""The "Code personnel" group of a professional's card: set, change, reset (never shown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from protoedit import actors, team
from protoedit.errors import ValidationError
from protoedit.team import ProfessionalView
from ui.context import AppContext
from ui.operations import run_op
from ui.widgets.errors import core_message
from ui.widgets.fields import CheckedLineEdit


def password_field() -> CheckedLineEdit:
    """A code field: typed characters are never shown, at most the longest code allowed."""
    field = CheckedLineEdit(max_length=team.PIN_MAX)
    field.edit.setEchoMode(QLineEdit.EchoMode.Password)
    field.edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class NewPinFields:
    """A new code and its confirmation; the mismatch is caught here, the rule by the core."""

    def __init__(self) -> None:
        self.code = password_field()
        self.confirm = password_field()

    def wanted(self) -> str | None:
        """The code typed (possibly ""), or None after flagging a confirmation mismatch."""
        self.clear_errors()
        code = self.code.text()
        if code != self.confirm.text():
            self.confirm.set_error(
                QCoreApplication.translate(
                    "NewPinFields", "La confirmation ne correspond pas au code tapé."
                )
            )
            return None
        return code

    def show_problem(self, message: str) -> None:
        self.code.set_error(message)

    def clear_errors(self) -> None:
        self.code.set_error(None)
        self.confirm.set_error(None)

    def clear(self) -> None:
        for f in (self.code, self.confirm):
            f.edit.clear()
        self.clear_errors()


class PinBox(QGroupBox):
    """Sets, changes or resets the personal code of the card shown; one core operation each.

    Signals: changed(int) with the professional's id, after the code was set, changed or reset.
    """

    changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Code personnel"), parent)
        self.ctx = ctx
        self.pro: ProfessionalView | None = None
        self.info = plain_label()
        self.current = password_field()
        self.current_label = QLabel(self.tr("Code actuel"))
        self.new = NewPinFields()
        self.new_label = QLabel()
        self.apply_button = QPushButton()
        self.reset_button = QPushButton(self.tr("Réinitialiser le code…"))
        self.reset_info = plain_label()
        self.reset_info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status = plain_label()
        grid = QGridLayout(self)
        grid.addWidget(self.info, 0, 0, 1, 4)
        for col, (label, field) in enumerate(
            (
                (self.current_label, self.current),
                (self.new_label, self.new.code),
                (QLabel(self.tr("Confirmation")), self.new.confirm),
            )
        ):
            label.setBuddy(field.edit)
            grid.addWidget(label, 1, col)
            grid.addWidget(field, 2, col, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.apply_button, 2, 3, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reset_info, 1)
        bottom.addWidget(self.reset_button)
        grid.addLayout(bottom, 3, 0, 1, 4)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.reset)
        for f in (self.current, self.new.code, self.new.confirm):
            f.edit.returnPressed.connect(self.apply)
        self.show_professional(None)

    def show_professional(self, pro: ProfessionalView | None, status: str = "") -> None:
        self.pro = pro
        has_code = bool(pro and pro.has_code)
        self.current.edit.clear()
        self.current.set_error(None)
        self.new.clear()
        for w in (self.current_label, self.current):
            w.setVisible(has_code)
        for field in (self.new.code, self.new.confirm, self.apply_button):
            field.setEnabled(pro is not None)
        self.new_label.setText(self.tr("Nouveau code") if has_code else self.tr("Code"))
        self.apply_button.setText(
            self.tr("Changer le code") if has_code else self.tr("Définir le code personnel")
        )
        if pro is None:
            self.info.setText(
                self.tr("Enregistrez d'abord la fiche, puis définissez son code personnel.")
            )
        elif has_code:
            self.info.setText(
                self.tr(
                    "Un code personnel est défini (il n'est jamais affiché). "
                    "Pour le changer, tapez le code actuel puis le nouveau."
                )
            )
        else:
            self.info.setText(
                self.tr(
                    "Aucun code personnel. Il sert à signer les validations "
                    "de protocoles : de 4 à 12 chiffres, tapés par la "
                    "personne elle-même."
                )
            )
        self.status.setText(status)
        self._show_reset(pro if has_code else None)

    def _show_reset(self, pro: ProfessionalView | None) -> None:
        """The reset is offered on a card with a code, to those allowed (see team.pin_resetters)."""
        self.reset_button.setVisible(pro is not None)
        self.reset_info.setVisible(pro is not None)
        if pro is None:
            return
        allowed = team.pin_resetters(self.ctx.db, pro.id)
        may = self.ctx.actor.id in {p.id for p in allowed}
        self.reset_button.setEnabled(may)
        if may:
            self.reset_info.setText(self.tr("Code oublié ?"))
        elif not allowed:
            self.reset_info.setText(
                self.tr(
                    "Code oublié : aucun autre membre actif de l'équipe ne peut le réinitialiser."
                )
            )
        elif allowed[0].profession == actors.COORDINATOR:
            self.reset_info.setText(
                self.tr("Code oublié : la coordination ({names}) peut le réinitialiser.").format(
                    names=_names(allowed)
                )
            )
        else:
            self.reset_info.setText(
                self.tr(
                    "Code oublié : un autre membre actif de l'équipe "
                    "peut le réinitialiser (pas de coordinateur(trice))."
                )
            )

    def apply(self) -> None:
        if self.pro is None:
            return
        code = self.new.wanted()
        if code is None:
            return
        pid, had_code = self.pro.id, self.pro.has_code
        fn, args = (
            (team.change_pin, (pid, self.current.text(), code))
            if had_code
            else (team.set_pin, (pid, code))
        )
        done = self.tr("Code personnel changé.") if had_code else self.tr("Code personnel défini.")
        run_op(
            self.ctx,
            self,
            fn,
            *args,
            on={ValidationError: self._refused},
            success=lambda _changes: self._done(pid, done),
        )

    def _refused(self, err: ValidationError) -> None:
        self.current.set_error(None)
        target = self.current if err.field == "current_pin" else self.new.code
        target.set_error(core_message(err))
        target.setFocus()

    def reset(self) -> None:
        if self.pro is None:
            return
        pid, name = self.pro.id, self.pro.full_name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Réinitialiser le code personnel"),
            self.tr(
                "Effacer le code personnel de {name} ?\n\n{name} devra en "
                "définir un nouveau sur sa fiche avant de signer une "
                "validation. L'opération est enregistrée dans l'historique à "
                "votre nom ({me})."
            ).format(name=name, me=self.ctx.actor.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        confirm = box.button(QMessageBox.StandardButton.Yes)
        confirm.setText(self.tr("Réinitialiser le code"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        if box.clickedButton() is not confirm:
            return
        if run_op(self.ctx, self, team.reset_pin, pid) is None:
            return
        self._done(
            pid,
            self.tr("Code de {name} réinitialisé : {name} doit en définir un nouveau.").format(
                name=name
            ),
        )

    def _done(self, pid: int, status: str) -> None:
        self.show_professional(team.get_professional(self.ctx.db, pid), status)
        self.changed.emit(pid)


def _names(people: list[ProfessionalView]) -> str:
    return ", ".join(p.full_name for p in people)
