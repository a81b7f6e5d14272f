"""At start-up, the unsaved edits kept at the last close: restore, leave for later, or delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit import recovery
from protoedit.errors import NotFoundError, ProtoEditError
from protoedit.i18n import language
from protoedit.protocols import diff as protocol_diff
from protoedit.protocols.queries import get_version
from protoedit.recovery import Recovered
from ui.context import AppContext
from ui.protocol.state import EditorState

if TYPE_CHECKING:
    from ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText
PROTOCOL, ITEM = "protocol_version", "agenda_item"  # the kinds of recovery files


class RecoveryDialog(QDialog):
    """One row per document; the preview shows what differs from the stored version. Each
    choice takes its row off the list; the dialog closes when none is left (or on Fermer,
    which leaves the others for the next start). `chosen` lists the documents to restore."""

    def __init__(
        self,
        ctx: AppContext,
        found: list[Recovered],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found = list(found)
        self.chosen: list[Recovered] = []
        self.setWindowTitle(self.tr("Modifications non enregistrées"))
        intro = QLabel(
            self.tr(
                "Des modifications n'avaient pas pu être enregistrées dans la base de données. "
                "Une copie de secours en a été gardée. Pour chaque document, choisissez :"
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recoveryList")
        self.list.setMaximumHeight(180)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("recoveryPreview")
        self.preview.setReadOnly(True)
        self.restore_button = self._button(
            self.tr("&Restaurer"),
            self.tr("Rouvrir le document avec ces modifications, qui seront enregistrées"),
            "Alt+R",
        )
        self.ignore_button = self._button(
            self.tr("&Ignorer"),
            self.tr("Ne rien faire maintenant : la copie sera proposée au prochain démarrage"),
            "Alt+I",
        )
        self.delete_button = self._button(
            self.tr("&Supprimer"),
            self.tr("Supprimer la copie de secours : ces modifications seront perdues"),
            "Alt+S",
        )
        self.restore_button.clicked.connect(self.restore_current)
        self.ignore_button.clicked.connect(self.ignore_current)
        self.delete_button.clicked.connect(self.delete_current)
        actions = QHBoxLayout()
        for b in (self.restore_button, self.ignore_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(QLabel(self.tr("Ce qui diffère de la version enregistrée :")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(actions)
        layout.addWidget(box)
        self.list.currentRowChanged.connect(self.show_preview)
        for r in self.found:
            when = r.written_at.strftime("%d/%m/%Y %H:%M")
            self.list.addItem(
                self.tr("{label} — {when}, {who}").format(label=r.label, when=when, who=r.actor)
            )
        self.list.setCurrentRow(0)
        self.resize(900, 600)

    def _button(self, text: str, tip: str, keys: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(f"{tip} ({QKeySequence(keys).toString(NATIVE)})")
        return button

    def current(self) -> Recovered | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def show_preview(self, _row: int) -> None:
        r = self.current()
        if r is None:
            self.preview.clear()
            return
        text, restorable = preview(self.ctx, r)
        self.preview.setPlainText(text)
        self.restore_button.setEnabled(restorable)

    def _take_current(self) -> Recovered | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.found):
            return None
        r = self.found.pop(row)
        self.list.takeItem(row)
        if not self.found:
            self.accept()
        return r

    def restore_current(self) -> None:
        r = self._take_current()
        if r is not None:
            self.chosen.append(r)

    def ignore_current(self) -> None:
        self._take_current()

    def delete_current(self) -> None:
        r = self._take_current()
        if r is not None:
            recovery.remove(r.db, r.kind, r.doc_id)


def preview(ctx: AppContext, r: Recovered) -> tuple[str, bool]:
    """What the recovered edits change in the stored document, and whether it can be restored."""
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("RecoveryDialog", text)

    if r.kind == ITEM:
        return item_preview(ctx, r, t)
    if r.kind != PROTOCOL:
        return t("Type de document inconnu de cette version de ProtoEdit."), False
    mine = EditorState.from_dict(r.data)
    try:
        stored = get_version(ctx.db, r.doc_id)
    except NotFoundError:
        return t("Ce document n'existe plus dans la base de données."), False
    except ProtoEditError as err:
        return err.message(), False
    lines = []
    if stored.status != "draft":
        lines.append(
            t(
                "Cette version n'est plus un brouillon : elle ne peut plus être "
                "modifiée. Copiez le texte ci-dessous si vous en avez besoin."
            )
        )
    for name, old, new in (
        (t("Code"), stored.code, mine.code),
        (t("Titre"), stored.title, mine.title),
    ):
        if old != new:
            lines.append(f"{name} : {old} → {new}")
    d = protocol_diff.diff(stored.content, mine.content)
    if not d.is_empty():
        lines.append(d.to_text(language()))
    if stored.revision != r.revision:
        lines.append(
            t(
                "Le document a été enregistré depuis (sur ce poste ou un autre) : "
                "à la restauration, vous choisirez comment réunir les deux."
            )
        )
    if len(lines) == 0:
        lines.append(t("Aucune différence avec la version enregistrée."))
    return "\n\n".join(lines), stored.status == "draft"


def item_preview(ctx: AppContext, r: Recovered, t) -> tuple[str, bool]:
    """The notes and proposal of an agenda item against the stored ones."""
    from protoedit.meetings.queries import get_meeting

    try:
        meeting = get_meeting(ctx.db, int(r.data.get("meeting_id") or 0))
    except NotFoundError:
        return t("Ce document n'existe plus dans la base de données."), False
    except ProtoEditError as err:
        return err.message(), False
    item = next((i for i in meeting.items if i.id == r.doc_id), None)
    if item is None:
        return t("Ce document n'existe plus dans la base de données."), False
    lines = []
    if meeting.status == "closed":
        lines.append(
            t(
                "Ce compte rendu est clos : il ne peut plus être modifié. Copiez le "
                "texte ci-dessous si vous en avez besoin."
            )
        )
    for name, old, new in (
        (t("Notes"), item.notes, str(r.data.get("notes", ""))),
        (t("Proposition"), item.proposal, str(r.data.get("proposal", ""))),
    ):
        if old != new:
            changed = [x for x in protocol_diff._unified(old, new) if not x.startswith("@@")]
            lines.append(name + "\n" + "\n".join(changed))
    if not lines:
        lines.append(t("Aucune différence avec la version enregistrée."))
    return "\n\n".join(lines), meeting.status != "closed"


def offer_recovery(window: MainWindow) -> None:
    """Show the dialog when this database has recovery files; restore what the user chose."""
    ctx = window.ctx
    found = recovery.list_for(ctx.db.display_name)
    if not found:
        return
    dlg = RecoveryDialog(ctx, found, window)
    dlg.exec()
    for r in dlg.chosen:
        if r.kind == PROTOCOL:
            window.restore_protocol(r.doc_id, EditorState.from_dict(r.data), r.revision)
        elif r.kind == ITEM:
            window.restore_item(
                int(r.data["meeting_id"]),
                r.doc_id,
                str(r.data["notes"]),
                str(r.data["proposal"]),
                r.revision,
            )


def confirm_quit(parent: QWidget, kept: bool) -> bool:
    """Closing with edits the database refused: quit (they are in recovery files) or stay."""
    where = recovery.folder()
    if kept:
        text = QCoreApplication.translate(
            "RecoveryDialog",
            "Vos dernières modifications n'ont pas pu être enregistrées dans la base de "
            "données (lecture seule ou verrouillée).\n\nUne copie de secours est gardée dans "
            "{folder} : elle vous sera proposée au prochain démarrage.",
        ).format(folder=where)
    else:
        text = QCoreApplication.translate(
            "RecoveryDialog",
            "Vos dernières modifications n'ont pas pu être enregistrées, ni dans la base de "
            "données ni en copie de secours ({folder}).\n\nAnnulez pour copier votre texte "
            "ailleurs avant de quitter.",
        ).format(folder=where)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RecoveryDialog", "Modifications non enregistrées"),
        text,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    quit_button = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Enregistrer une copie de secours et quitter"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is quit_button
