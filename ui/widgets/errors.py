"""Showing core errors to the user: plain messages for user errors, a crash dialog for bugs."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from protoedit.errors import ConflictError, ProtoEditError

log = logging.getLogger("protoedit.ui")


def core_message(err: ProtoEditError) -> str:
    """Translate a core error through Qt's translator (context "core")."""
    return QCoreApplication.translate("core", err.template).format(**err.params)


def show_error(parent: QWidget | None, err: BaseException) -> None:
    title = QCoreApplication.translate("errors", "ProtoEdit")
    if isinstance(err, ConflictError):
        QMessageBox.warning(parent, title, core_message(err) + "\n\n" + QCoreApplication.translate(
            "errors", "Rechargez pour voir la version enregistrée sur l'autre poste ; votre saisie n'a pas été enregistrée."))
    elif isinstance(err, ProtoEditError):
        QMessageBox.warning(parent, title, core_message(err))
    else:
        log.error("unexpected error", exc_info=err)
        details = "".join(traceback.format_exception(err))
        box = QMessageBox(QMessageBox.Icon.Critical, title, QCoreApplication.translate(
            "errors", "Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas touchées."),
            parent=parent)
        box.setDetailedText(details)
        box.exec()
