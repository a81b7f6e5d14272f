"""Showing core errors to the user: plain messages for user errors, a crash dialog for bugs."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from protoedit.errors import ConflictError, FieldErrors, ProtoEditError

log = logging.getLogger("protoedit.ui")


def core_message(err: ProtoEditError) -> str:
    """A core error in the interface's language (the core follows it: see install_language).

    The error's own message() is used, so errors that translate their parameters too (a
    not-found record's noun, a completeness problem's section) read right in English."""
    return err.message()


def field_message(text: str | None) -> str | None:
    """One field's refusal (an entry of FieldErrors.problems) in the interface's language."""
    return core_message(ProtoEditError(text)) if text else None


def fields_text(err: FieldErrors) -> str:
    """Every field's refusal of `err`, as one line."""
    return " ".join(core_message(ProtoEditError(m)) for m in err.problems.values())


def mark_fields(fields: Mapping[str, Any], problems: Mapping[str, str]) -> None:
    """Each field of a form (a widget with set_error) says its refusal, the others none."""
    for key, widget in fields.items():
        widget.set_error(field_message(problems.get(key)))


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning whose text (names typed by users) is shown literally, never as markup."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_error(parent: QWidget | None, err: BaseException) -> None:
    title = QCoreApplication.translate("errors", "ProtoEdit")
    if isinstance(err, ConflictError):
        _warn(
            parent,
            title,
            core_message(err)
            + "\n\n"
            + QCoreApplication.translate(
                "errors",
                "Rechargez pour voir la version enregistrée sur l'autre poste ; votre saisie n'a pas été enregistrée.",
            ),
        )
    elif isinstance(err, ProtoEditError):
        _warn(parent, title, core_message(err))
    else:
        log.error("unexpected error", exc_info=err)
        details = "".join(traceback.format_exception(err))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            title,
            QCoreApplication.translate(
                "errors",
                "Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas touchées.",
            ),
            parent=parent,
        )
        box.setDetailedText(details)
        box.exec()
