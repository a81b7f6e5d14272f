"""One meeting: a header with its status and steps, and the before / during / after tabs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from protoedit.errors import NotFoundError
from protoedit.export.atomic import write_bytes_atomic
from protoedit.meetings import invitation
from protoedit.meetings import meeting as meetings
from protoedit.meetings.decisions import follow_up
from protoedit.meetings.invitation import Invitation
from protoedit.meetings.queries import MeetingView, get_meeting
from protoedit.ops import Entity, OpChanges
from protoedit.paths import data_dir
from ui.context import AppContext
from ui.meetings.after_page import AfterPage
from ui.meetings.before_page import BeforePage
from ui.meetings.during_page import DuringPage
from ui.meetings.models import MEETING_ENTITIES, meeting_kind_label, status_label
from ui.operations import run_op, run_query
from ui.widgets.desktop import open_path, open_url
from ui.widgets.pdf_export import PdfExporter
from ui.widgets.plain import plain_label
from ui.widgets.tasks import Task

log = logging.getLogger("protoedit.meetings")


class MeetingScreen(QWidget):
    """Signals: created(int meeting_id), presentation_toggled(bool)"""

    created = Signal(int)
    presentation_toggled = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingView | None = None
        self.heading = plain_label()
        self.heading.setObjectName("meetingHeading")
        self.heading.setStyleSheet("font-size: 120%; font-weight: bold;")
        self.held_button = QPushButton(self.tr("Marquer la réunion comme tenue"))
        self.close_button = QPushButton(self.tr("Clore le compte rendu"))
        self.before = BeforePage(ctx)
        self.during = DuringPage(ctx)
        self.after = AfterPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.before, self.tr("Avant : ordre du jour"))
        self.tabs.addTab(self.during, self.tr("Pendant : compte rendu"))
        self.tabs.addTab(self.after, self.tr("Après : clôture"))
        self.exporter = PdfExporter(ctx, self)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.held_button)
        head.addWidget(self.close_button)
        self.header = QWidget()
        self.header.setLayout(head)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.held_button.clicked.connect(self.mark_held)
        self.close_button.clicked.connect(self.close_minutes)
        self.before.form.saved.connect(self._form_saved)
        self.before.export_button.clicked.connect(lambda: self.export_agenda())
        self.before.send_button.clicked.connect(lambda: self.send_invitation())
        self.after.export_button.clicked.connect(lambda: self.export_minutes())
        self.after.open_button.clicked.connect(self.exporter.open_last)
        self.exporter.finished.connect(lambda _p: self.after.open_button.setEnabled(True))
        self.exporter.finished.connect(self._pdf_written)
        self._pending_invitation: tuple[Invitation, Path, str] | None = None
        self.during.presentation_toggled.connect(self._presentation)
        ctx.hub.changed.connect(self.on_changes)
        self.load(None)

    def load(self, meeting_id: int | None) -> None:
        """Show a meeting (None: the form for a new one)."""
        try:
            meeting = get_meeting(self.ctx.db, meeting_id) if meeting_id is not None else None
        except NotFoundError:
            meeting = None
        earlier = follow_up(self.ctx.db, meeting.id) if meeting else []
        self.meeting = meeting
        self.before.load(meeting, earlier)
        self.during.load(meeting, earlier)
        self.after.load(meeting)
        for n in (1, 2):
            self.tabs.setTabEnabled(n, meeting is not None)
        self._show_heading()

    def _show_heading(self) -> None:
        m = self.meeting
        if m is None:
            self.heading.setText(self.tr("Nouvelle réunion"))
        else:
            title = m.title or meeting_kind_label(m.kind)
            self.heading.setText(
                f"{m.starts_at:%d/%m/%Y %H:%M} — {title} ({status_label(m.status)})"
            )
        self.held_button.setVisible(m is not None and m.status == "planned")
        self.close_button.setVisible(m is not None and m.status == "held")

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if changes.touches(Entity.PROFESSIONAL):
            self.before.form.refresh_people()
            self.before.invitees.refresh_people()
            self.during.panel.decisions.refresh_people()
        if changes.touches(Entity.PROTOCOL):
            self.before.item_form.refresh_protocols()
        if self.meeting is not None and changes.touches(*MEETING_ENTITIES):
            self.load(self.meeting.id)

    def _form_saved(self, meeting_id: int) -> None:
        if self.meeting is None or self.meeting.id != meeting_id:
            self.load(meeting_id)
            self.created.emit(meeting_id)

    def mark_held(self) -> None:
        if self.meeting is not None:
            run_op(self.ctx, self, meetings.mark_held, self.meeting.id)

    def confirm_close(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Clore le compte rendu"),
            self.tr(
                "Une fois clos, le compte rendu ne se modifie plus : les corrections seront des "
                "rectifications signées. Clore maintenant ?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_minutes(self) -> None:
        if self.meeting is None or not self.confirm_close():
            return
        self.save_pending()
        if run_op(self.ctx, self, meetings.close_meeting, self.meeting.id) is not None:
            log.info("minutes of meeting %s closed from the screen", self.meeting.id)
            self.tabs.setCurrentWidget(self.after)

    def save_pending(self, quiet: bool = False) -> bool:
        """Record a running timer and notes still waiting to be saved; False if they could not
        be (they are then in the recovery file)."""
        self.during.panel.timer.stop()
        return self.during.panel.save_now(quiet)

    def prepare_close(self) -> str:
        """Closing the window: "saved", "kept" (in the recovery file) or "lost"."""
        panel = self.during.panel
        if self.save_pending(quiet=True) or not panel.has_unsaved():
            return "saved"
        return "kept" if panel.keep_recovery() else "lost"

    def _presentation(self, on: bool) -> None:
        self.header.setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        if on:
            self.tabs.setCurrentWidget(self.during)
        self.presentation_toggled.emit(on)

    def _export(self, minutes: bool, path: str | Path | None) -> Task | None:
        if self.meeting is None:
            return None
        self.during.panel.save_now()
        m = self.meeting
        kind = self.tr("compte-rendu") if minutes else self.tr("ordre-du-jour")
        suggested = f"{kind}-{m.starts_at:%Y-%m-%d}.pdf"
        title = (
            self.tr("Enregistrer le compte rendu")
            if minutes
            else self.tr("Enregistrer l'ordre du jour")
        )
        target = Path(path) if path else self.exporter.ask_path(title, suggested)
        if target is None:
            return None
        mid = m.id
        from protoedit.export.meeting_minutes import build_meeting_pdf  # ReportLab
        from protoedit.export.meeting_print import meeting_data

        return self.exporter.export(
            lambda: meeting_data(self.ctx.db, mid, minutes), build_meeting_pdf, target
        )

    def export_agenda(self, path: str | Path | None = None) -> Task | None:
        """The agenda to send ahead: cases without consent show initials only."""
        return self._export(False, path)

    def export_minutes(self, path: str | Path | None = None) -> Task | None:
        """The confidential minutes (draft watermark until closed)."""
        return self._export(True, path)

    def invitation_folder(self) -> Path:
        """Where the invitation's files go unless the user picks another folder."""
        assert self.meeting is not None
        return data_dir() / "invitations" / f"{self.meeting.starts_at:%Y-%m-%d}"

    def send_invitation(self, folder: str | Path | None = None) -> Task | None:
        """Write the agenda PDF and the .ics event in a folder, then open the user's mail
        program (mailto: invitees, subject, agenda text) and that folder: nothing is sent here."""
        if self.meeting is None:
            return None
        inv = run_query(
            self, invitation.invitation_data, self.ctx.db, self.meeting.id, self.ctx.actor.id
        )
        if inv is None:
            return None
        target = Path(folder) if folder else self._ask_folder()
        if target is None:
            return None
        stem = invitation.file_stem(inv)
        try:
            target.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target / f"{stem}.ics", invitation.ics_bytes(inv))
        except OSError as err:
            self.exporter.warn_write(err)
            return None
        pdf = target / f"{stem}.pdf"
        self._pending_invitation = (inv, target, str(pdf))
        return self.export_agenda(pdf)

    def _ask_folder(self) -> Path | None:
        default = self.invitation_folder()
        default.mkdir(parents=True, exist_ok=True)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de l'invitation (ordre du jour et fichier agenda)"), str(default)
        )
        return Path(chosen) if chosen else None

    def _pdf_written(self, path: str) -> None:
        pending, self._pending_invitation = self._pending_invitation, None
        if pending is not None and pending[2] == path:
            self._invitation_written(pending[0], pending[1])

    def _invitation_written(self, inv: Invitation, folder: Path) -> None:
        open_url(invitation.invitation_mailto(inv))
        open_path(folder)
        text = self.tr(
            "Invitation prête dans {folder} : joignez au message l'ordre du jour (PDF) "
            "et le fichier agenda (.ics)."
        ).format(folder=str(folder))
        if inv.unreachable:
            text += " " + self.tr("Sans adresse e-mail, à prévenir autrement : {names}.").format(
                names=", ".join(inv.unreachable)
            )
        self.before.show_sent(text)
