"""An autosave that fails: the save label says so, and the user is told once per run of
failures (not at each retry), until a save works again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from protoedit.errors import ProtoEditError
from ui.widgets.errors import show_error


class SaveFailures:
    """Shared by the protocol editor and a meeting item's notes."""

    def __init__(self) -> None:
        self.failing = False  # the last save failed and the user was told

    def failed(
        self, parent: QWidget, label: QLabel, err: ProtoEditError, kept: bool, quiet: bool
    ) -> None:
        """`kept`: the edits are in a recovery file; `quiet`: say nothing (closing)."""
        label.setText(
            QCoreApplication.translate("SaveFailures", "Non enregistré : copie de secours gardée")
            if kept
            else QCoreApplication.translate("SaveFailures", "Non enregistré")
        )
        if not quiet and not self.failing:
            show_error(parent, err)
        self.failing = True

    def succeeded(self) -> None:
        self.failing = False
