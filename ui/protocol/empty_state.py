"""What "Protocole ouvert" shows while no protocol is open: how to open or create one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.elided_label import ElidedLabel

NATIVE = QKeySequence.SequenceFormat.NativeText


class NoProtocolPage(QWidget):
    """Signals: library_requested(), new_requested()"""

    library_requested = Signal()
    new_requested = Signal()

    def __init__(self, can_create: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noProtocol")
        library_keys = QKeySequence("Ctrl+1").toString(NATIVE)
        new_keys = QKeySequence(QKeySequence.StandardKey.New).toString(NATIVE)
        title = ElidedLabel(self.tr("Aucun protocole ouvert"), scale=1.4, bold=True)
        title.setObjectName("emptyStateTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = self.tr(
            "Pour ouvrir un protocole : allez dans la Bibliothèque ({library}), choisissez sa ligne "
            "et appuyez sur Entrée (ou double-cliquez)."
        ).format(library=library_keys)
        if can_create:
            text += "\n" + self.tr(
                "Pour en créer un : Fichier → Nouveau protocole… ({new}), vierge, à partir d'un "
                "modèle ou d'un thème de l'annexe 3 de l'ACI."
            ).format(new=new_keys)
        self.explanation = QLabel(text)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.library_button = QPushButton(self.tr("Ouvrir la bibliothèque"))
        self.library_button.setToolTip(self.tr("Bibliothèque ({keys})").format(keys=library_keys))
        self.new_button = QPushButton(self.tr("Nouveau protocole…"))
        self.new_button.setToolTip(self.tr("Nouveau protocole ({keys})").format(keys=new_keys))
        self.library_button.clicked.connect(self.library_requested)
        self.new_button.clicked.connect(self.new_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.library_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.new_button.setVisible(can_create)  # once in the layout: never a window of its own
