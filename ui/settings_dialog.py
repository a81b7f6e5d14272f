"""Preferences of this PC: language, consultation mode, and which database to use."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.errors import ProtoEditError
from protoedit.paths import default_db_path
from protoedit.settings import Settings
from protoedit.store.probe import probe
from ui.widgets.errors import core_message


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `changed_restart` says whether a restart is needed."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.changed_restart = False
        self.setWindowTitle(self.tr("Préférences de ce poste"))
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(settings.lang)))
        self.consult = QCheckBox(
            self.tr("Ouvrir directement la consultation (poste en salle de soins)")
        )
        self.consult.setChecked(settings.consult_mode)
        self.embedded = QRadioButton(self.tr("Base intégrée sur ce poste (SQLite)"))
        self.server = QRadioButton(self.tr("Serveur PostgreSQL partagé par plusieurs postes"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql+psycopg://protoedit:motdepasse@serveur/protoedit")
        self.test_button = QPushButton(self.tr("Tester la connexion"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        (self.server if settings.db_url.startswith("postgresql") else self.embedded).setChecked(
            True
        )
        if settings.db_url.startswith("postgresql"):
            self.url.setText(settings.db_url)
        form = QFormLayout()
        form.addRow(self.tr("Langue (au prochain démarrage)"), self.lang)
        form.addRow("", self.consult)
        db_box = QVBoxLayout()
        db_box.addWidget(QLabel(self.tr("Base de données (au prochain démarrage) :")))
        db_box.addWidget(self.embedded)
        db_box.addWidget(QLabel(str(default_db_path())))
        db_box.addWidget(self.server)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        db_box.addLayout(row)
        db_box.addWidget(self.result_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(db_box)
        layout.addWidget(buttons)
        self.test_button.clicked.connect(self.test_connection)
        self.server.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.url.setEnabled(self.server.isChecked())
        self.test_button.setEnabled(self.server.isChecked())

    def target(self) -> str:
        return self.url.text().strip() if self.server.isChecked() else ""

    def test_connection(self) -> bool:
        target = self.target()
        if not target.startswith("postgresql"):
            self.result_label.setText(self.tr("L'adresse doit commencer par postgresql+psycopg://"))
            return False
        try:
            r = probe(target)
        except Exception as err:  # noqa: BLE001 - shown, never fatal
            self.result_label.setText(str(err))
            return False
        text = core_message(ProtoEditError(r.template, **r.params))
        self.result_label.setText(("✓ " if r.ok else "✗ ") + text)
        self.result_label.setStyleSheet("color: #1b5e20;" if r.ok else "color: #b00020;")
        return r.ok

    def accept(self) -> None:
        if self.server.isChecked() and not self.test_connection():
            return
        new_url = self.target()
        self.changed_restart = (
            new_url != self.settings.db_url or self.lang.currentData() != self.settings.lang
        )
        self.settings.db_url = new_url
        self.settings.lang = self.lang.currentData()
        self.settings.consult_mode = self.consult.isChecked()
        self.settings.save()
        super().accept()
