"""The guided declaration: its form and members, the problems left, the pack and the filing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from protoedit.cooperation import declarations as coop
from protoedit.errors import NotFoundError
from protoedit.ops import OpChanges
from ui.context import AppContext
from ui.cooperation.declaration_form import DeclarationForm
from ui.cooperation.members_box import MembersBox
from ui.cooperation.widgets import DateEdit, date_text
from ui.operations import run_op
from ui.widgets.pdf_export import PdfExporter
from ui.widgets.plain import plain_label
from ui.widgets.tasks import Task


class DeclarationPage(QWidget):
    """Signals: declaration_saved(int) when a new declaration gets its id."""

    declaration_saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: coop.DeclarationView | None = None
        self.form = DeclarationForm(ctx)
        self.members = MembersBox(ctx)
        self.problems_title = QLabel(wordWrap=True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setSpacing(3)
        self.problems.setAccessibleName(self.tr("Problèmes à corriger avant de déclarer"))
        self.declared_on = DateEdit()
        self.ready_button = QPushButton(self.tr("Prête à déclarer"))
        self.ready_button.setToolTip(
            self.tr(
                "Après le dépôt sur la démarche en ligne, indiquez sa date et marquez la déclaration "
                "comme déposée."
            )
        )
        self.export_button = QPushButton(self.tr("Exporter le dossier de déclaration (PDF)…"))
        self.delete_button = QPushButton(self.tr("Supprimer ce brouillon"))
        self.state = plain_label(wordWrap=True)
        checks = QGroupBox(self.tr("3. Contrôles avant la déclaration"))
        box = QVBoxLayout(checks)
        box.addWidget(self.problems_title)
        box.addWidget(self.problems, 1)
        self.filing = QWidget()
        filing = QHBoxLayout(self.filing)
        filing.setContentsMargins(0, 0, 0, 0)
        filing.addWidget(QLabel(self.tr("Déposée le")))
        filing.addWidget(self.declared_on)
        filing.addWidget(self.ready_button, 1)
        box.addWidget(self.filing)
        box.addWidget(self.state)
        box.addWidget(self.export_button)
        box.addWidget(self.delete_button)
        box.addStretch(0)
        checks.setMaximumWidth(420)
        inner = QWidget()
        left = QVBoxLayout(inner)
        left.addWidget(self.form)
        left.addWidget(self.members)
        left.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(checks)
        self.form.saved.connect(self.on_saved)
        self.form.training_filled.connect(self.on_member_changed)
        self.members.changed.connect(self.on_member_changed)
        self.ready_button.clicked.connect(self.mark_declared)
        self.export_button.clicked.connect(self.choose_export_path)
        self.delete_button.clicked.connect(self.delete_draft)
        self.exporter = PdfExporter(ctx, self)
        self.exporter.finished.connect(self.on_exported)
        self.show_declaration(None)

    # ------------------------------------------------------------ showing

    def show_declaration(self, declaration_id: int | None) -> None:
        self.view = coop.get_declaration(self.ctx.db, declaration_id) if declaration_id else None
        self.form.load(self.view)
        self.members.set_declaration(self.view)
        self.refresh_problems()

    def refresh(self) -> None:
        """Reload after someone else's change (the team, another PC): keep what is typed."""
        if self.view is None:
            self.form.reload_choices()
            self.members.reload_professionals()
            return
        try:
            self.view = coop.get_declaration(self.ctx.db, self.view.id)
        except NotFoundError:  # deleted on another PC
            self.show_declaration(None)
            return
        if self.form.edited():  # revision and base kept: the save merges with this change
            self.form.reload_choices()
        else:
            self.form.load(self.view)
        self.members.set_declaration(self.view)
        self.refresh_problems()

    def refresh_problems(self) -> None:
        self.problems.clear()
        view = self.view
        if view is None:
            self.problems_title.setText(self.tr("Enregistrez la déclaration pour la vérifier."))
            self.problems_title.setStyleSheet("")
            found: list[str] = []
        else:
            found = coop.problems(self.ctx.db, view.id)
            self.problems.addItems([f"• {p}" for p in found])
            if found:
                self.problems_title.setText(
                    self.tr(
                        "%n problème(s) à corriger avant de déclarer (l'enregistrement reste "
                        "possible) :",
                        "",
                        len(found),
                    )
                )
                self.problems_title.setStyleSheet("color: #b00020; font-weight: bold;")
            else:
                self.problems_title.setText(
                    self.tr("L'équipe actuelle remplit toutes les conditions.")
                    if view.is_declared
                    else self.tr("Aucun problème : la déclaration est prête.")
                )
                self.problems_title.setStyleSheet("color: #1b5e20; font-weight: bold;")
        draft = view is not None and not view.is_declared
        self.problems.setVisible(bool(found))
        self.filing.setVisible(draft)
        self.ready_button.setEnabled(draft and not found)
        self.declared_on.setEnabled(draft and not found)
        self.export_button.setEnabled(view is not None)
        self.delete_button.setVisible(draft)
        if view is not None and view.is_declared:
            self.state.setText(
                self.tr(
                    "Déclaration déposée le {date}. Tout changement de membres "
                    "est désormais une modification d'équipe datée."
                ).format(date=date_text(view.declared_on))
            )
        else:
            self.state.clear()

    # ------------------------------------------------------------ actions

    def on_saved(self, declaration_id: int, changes: OpChanges) -> None:
        new = self.view is None
        self.view = coop.get_declaration(self.ctx.db, declaration_id)
        self.members.set_declaration(self.view)
        self.refresh_problems()
        if new:
            self.declaration_saved.emit(declaration_id)

    def on_member_changed(self, _changes: OpChanges) -> None:
        if self.view is not None:
            self.refresh()

    def mark_declared(self) -> None:
        if self.view is None:
            return
        if (
            run_op(
                self.ctx,
                self,
                coop.mark_declared,
                self.view.id,
                self.declared_on.value(),
                self.view.revision,
            )
            is None
        ):
            self.refresh()
            return
        self.show_declaration(self.view.id)

    def delete_draft(self) -> None:
        if self.view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le brouillon"),
            self.tr("Supprimer ce brouillon de déclaration et sa liste de membres ?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if run_op(self.ctx, self, coop.delete_draft, self.view.id) is not None:
            self.show_declaration(None)

    def choose_export_path(self) -> None:
        if self.view is None:
            return
        path = self.exporter.ask_path(
            self.tr("Dossier de déclaration"), f"declaration-{self.view.protocol_code.lower()}.pdf"
        )
        if path is not None:
            self.export_pack(path)

    def export_pack(self, path: Path) -> Task | None:
        """Write the declaration pack: summary, one engagement sheet per member, attestations."""
        if self.view is None:
            return None
        from protoedit.export import cooperation_declaration  # ReportLab: loaded on first export

        did = self.view.id
        return self.exporter.export(
            lambda: cooperation_declaration.pack_data(self.ctx.db, did),
            cooperation_declaration.build_pack,
            path,
        )

    def on_exported(self, path: str) -> None:
        self.state.setText(self.tr("Dossier enregistré : {path}").format(path=path))
