"""The protocol editor: HAS path, pages, editor-wide undo/redo, autosave, lifecycle actions."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from protoedit import team
from protoedit.errors import NotFoundError, ProtoEditError
from protoedit.i18n import language
from protoedit.meetings.queries import protocol_meeting_time
from protoedit.ops import Entity, OpChanges
from protoedit.protocols import approvals, completeness
from protoedit.protocols import diff as protocol_diff
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.queries import get_version, versions_of
from ui.context import AppContext
from ui.library.models import STATUS_LABELS, label
from ui.operations import run_op
from ui.protocol.approval_dialog import ApprovalDialog
from ui.protocol.empty_state import NoProtocolPage
from ui.protocol.exporting import ProtocolExporter
from ui.protocol.hints import section_hints, stage_hints, tinted_label
from ui.protocol.pages import EvaluationPage, GroupPage, IdentityPage, SectionsPage
from ui.protocol.saving import DraftSaving
from ui.protocol.state import EditorState
from ui.protocol.steps_page import StepsPage
from ui.protocol.synthesis_page import SynthesisPage
from ui.protocol.validation_page import ValidationPage
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.errors import show_error
from ui.widgets.markdown_field import UndoKeysFilter
from ui.widgets.save_failures import SaveFailures

log = logging.getLogger("protoedit.ui")
CONTENT_KEYS = [
    "objectives",
    "inclusion",
    "exclusion",
    "identification",
    "critical_points",
    "alert_signs",
    "communication",
    "key_messages",
    "patient_tools",
    "memo",
]
SNAPSHOT_MS = 400
AUTOSAVE_MS = 1000  # at most this long between a change and its save, even while typing
NATIVE = QKeySequence.SequenceFormat.NativeText


class ProtocolEditor(DraftSaving):
    """Signals: saved(OpChanges), presentation_toggled(bool), library_requested(),
    new_requested() (the last two from the page shown while no protocol is open)"""

    presentation_toggled = Signal(bool)
    library_requested = Signal()
    new_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version = None
        self.saved_state = EditorState()
        self.snapshot = EditorState()
        self.undo_stack = QUndoStack(self)
        self._applying = False
        self._edit_key: str | None = None  # the field the pending change is typed in
        self._declined_revision: int | None = None  # conflict cancelled against this revision
        self.failures = SaveFailures()
        self.closed = False  # the window is closing: nothing more is saved or shown
        self._stale = False  # a frozen version changed elsewhere while this page was hidden
        ctx.hub.changed.connect(self._on_changes)
        self.heading = ElidedLabel(
            scale=1.3, bold=True
        )  # one line: long titles are cut, not wrapped
        self.heading.setObjectName("editorHeading")
        self.status_badge = QLabel()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedAt")
        self.exporter = ProtocolExporter(ctx, self)
        self.pdf_button = self._top_button(self.tr("PDF…"), self.tr("Exporter en PDF"), "Ctrl+E")
        self.memo_button = self._top_button(
            self.tr("Mémo…"), self.tr("Mémo d'une profession en PDF"), "Ctrl+Shift+E"
        )
        self.print_button = self._top_button(self.tr("Imprimer…"), self.tr("Imprimer"), "Ctrl+P")
        self.open_pdf_button = QPushButton(self.tr("Ouvrir le PDF"))
        self.open_pdf_button.hide()
        self.present_button = self._top_button(
            self.tr("Présentation"), self.tr("Mode présentation, grands caractères"), "F11"
        )
        self.present_button.setCheckable(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_badge)
        top.addWidget(self.saved_label)
        for b in (
            self.open_pdf_button,
            self.pdf_button,
            self.memo_button,
            self.print_button,
            self.present_button,
        ):
            top.addWidget(b)
        self.path = QListWidget()
        self.path.setObjectName("hasPath")
        self.path.setFixedWidth(230)
        self.path.setWordWrap(True)  # a stage's title wraps in large type, never cut
        self.path.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hint = tinted_label(color="#444", background="#eef4fb")
        hints = section_hints()
        self.identity = IdentityPage(hints)
        self.group = GroupPage()
        self.synthesis = SynthesisPage()
        self.sections = SectionsPage(CONTENT_KEYS, hints)
        self.steps = StepsPage()
        self.evaluation = EvaluationPage()
        self.validation = ValidationPage()
        self.pages = QStackedWidget()
        stages = (
            self.identity,
            self.group,
            self.synthesis,
            self.sections,
            self.steps,
            self.evaluation,
            self.validation,
        )
        for (title, _hint), page in zip(stage_hints(), stages, strict=True):
            self.path.addItem(title)
            self.pages.addWidget(page)
        left = QVBoxLayout()
        left.addWidget(self.path, 1)
        left.addWidget(self.hint)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.pages, 1)
        self.form = QWidget()
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(top)
        form_layout.addLayout(body, 1)
        self.empty = NoProtocolPage(can_create=not ctx.read_only)
        self.empty.library_requested.connect(self.library_requested)
        self.empty.new_requested.connect(self.new_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.snapshot_timer = QTimer(self, singleShot=True, interval=SNAPSHOT_MS)
        self.snapshot_timer.timeout.connect(self.take_snapshot)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save)
        self.path.currentRowChanged.connect(self.show_stage)
        for page in (
            self.identity,
            self.group,
            self.synthesis,
            self.sections,
            self.steps,
            self.evaluation,
        ):
            page.edited.connect(self.on_edited)
        self.validation.submit_requested.connect(self.submit)
        self.validation.approve_requested.connect(self.approve)
        self.validation.revise_requested.connect(self.revise)
        self.validation.reviewed_requested.connect(self.record_review)
        self.validation.diff_requested.connect(self.show_diff)
        self.validation.open_requested.connect(self.open_version)
        self.present_button.toggled.connect(self.presentation_toggled)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.memo_button.clicked.connect(self.export_memo)
        self.print_button.clicked.connect(self.print_protocol)
        self.open_pdf_button.clicked.connect(self.exporter.open_last)
        self.exporter.finished.connect(self._exported)
        self.exporter.cancelled.connect(lambda: self.saved_label.setText(self.tr("Export annulé")))
        self._undo_filter = UndoKeysFilter(self.undo, self.redo, self)
        for field in [*self.sections.fields.values(), *self.identity.sections.fields.values()]:
            field.editor.installEventFilter(self._undo_filter)
        for w in (self.identity.code, self.identity.title, *self.steps.panel.editors.values()):
            w.installEventFilter(self._undo_filter)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        for text, keys, slot in (
            ("undo", [QKeySequence(QKeySequence.StandardKey.Undo)], self.undo),
            (
                "redo",
                [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")],
                self.redo,
            ),
            ("save", [QKeySequence(QKeySequence.StandardKey.Save)], self.save),
            ("present", [QKeySequence("F11")], self.present_button.toggle),
            ("pdf", [QKeySequence("Ctrl+E")], self.export_pdf),
            ("memo", [QKeySequence("Ctrl+Shift+E")], self.export_memo),
            ("print", [QKeySequence(QKeySequence.StandardKey.Print)], self.print_protocol),
        ):
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self.path.setCurrentRow(0)
        self.presentation_toggled.connect(self.steps.set_presentation)

    def _top_button(self, text: str, tip: str, keys: str) -> QPushButton:
        """A short button of the top bar; its shortcut is in its tooltip."""
        button = QPushButton(text)
        button.setToolTip(f"{tip} ({QKeySequence(keys).toString(NATIVE)})")
        return button

    def show_empty(self) -> None:
        """No protocol open: the page says how to open or create one."""
        self.version = None
        self.undo_stack.clear()
        self.stack.setCurrentWidget(self.empty)

    def reopen_last(self) -> None:
        """Reopen the version open at the last close of this database, if it still exists."""
        s = self.ctx.settings
        if s.open_version_id is None or s.open_version_db != self.ctx.db.display_name:
            return
        try:
            self.open_version(s.open_version_id)
        except NotFoundError:
            log.info("the last open version %s is gone", s.open_version_id)
            s.open_version_id = None
            self.show_empty()
        except ProtoEditError as e:  # the database cannot be read now: say so, open nothing
            self.show_empty()
            show_error(self, e)

    # Loading and collecting the state -------------------------------------------------------
    def open_version(self, version_id: int, keep_edits: bool = True) -> None:
        """Show a version; unsaved edits of the current one are saved first unless discarded."""
        if keep_edits:
            self.flush()
        self.version = get_version(self.ctx.db, version_id)
        v = self.version
        self.stack.setCurrentWidget(self.form)
        self._remember(version_id)
        state = EditorState(
            v.code, v.title, v.aci_theme, v.content, list(v.working_group), v.review_due
        )
        self.group.set_people(team.list_professionals(self.ctx.db), v.working_group)
        self._load_meetings(v.protocol_id)
        self.apply_state(state)
        self.saved_state = state.copy()
        self.snapshot = state.copy()
        self.undo_stack.clear()
        read_only = v.status != "draft" or self.ctx.read_only
        self.set_read_only(read_only)
        self._show_heading(v.code, v.title, v.number)
        self.status_badge.setText(label(STATUS_LABELS, v.status))
        self.saved_label.setText(self.tr("Version figée : lecture seule") if read_only else "")
        self.refresh_validation()

    def _on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        """Another screen changed this protocol (a revision opened from a decision or a PDSA
        cycle, an approval on another page): a frozen version is shown again as it now stands,
        so its buttons and history say what the lifecycle allows; a draft being typed is left
        alone (its own saves report changes too)."""
        v = self.version
        if v is None or self.closed or v.status == "draft" or initiator is self:
            return
        mine = v.protocol_id in changes.changed.get(Entity.PROTOCOL, set())
        if not (mine or changes.touches(Entity.PROTOCOL_VERSION)):
            return
        if self.isVisible():
            self.open_version(v.version_id, keep_edits=False)
        else:
            self._stale = True  # shown again as it stands when the page comes back

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale and self.version is not None and self.version.status != "draft":
            self.open_version(self.shown().version_id, keep_edits=False)
        self._stale = False

    def _remember(self, version_id: int) -> None:
        """The open version is a per-PC setting: the next start reopens it."""
        s = self.ctx.settings
        s.open_version_id, s.open_version_db = version_id, self.ctx.db.display_name
        with contextlib.suppress(OSError):
            s.save()

    def _load_meetings(self, protocol_id: int) -> None:
        time = protocol_meeting_time(self.ctx.db, protocol_id)
        self.group.set_meetings([(r.date, r.minutes, r.title) for r in time.rows])

    def set_read_only(self, ro: bool) -> None:
        for w in (self.identity.code, self.identity.title):
            w.setReadOnly(ro)
        self.identity.theme.setEnabled(not ro)
        for f in [*self.sections.fields.values(), *self.identity.sections.fields.values()]:
            f.set_read_only(ro)
        self.steps.set_read_only(ro)
        self.evaluation.indicators.read_only = ro
        self.evaluation.references.read_only = ro
        self.evaluation.setEnabled(not ro)
        self.synthesis.set_read_only(ro)
        self.group.people.setEnabled(not ro)

    # Validation and lifecycle ---------------------------------------------------------------
    def refresh_validation(self) -> None:
        if self.version is None:
            return
        state = self.snapshot
        problems = completeness.check(
            state.content, self.group.chosen_professions(), state.review_due, state.title
        )
        self.validation.show_problems(problems)
        self.validation.show_version(
            self.version,
            versions_of(self.ctx.db, self.shown().protocol_id),
            any(p.blocking for p in problems),
        )
        absent = [p.text() for p in problems if p.key.startswith("group")]
        self.group.warning.setText("\n".join(absent))

    def _run(self, fn, *args) -> Any:
        self.flush()
        return run_op(self.ctx, self, fn, *args)

    def submit(self) -> None:
        if self._run(approvals.submit, self.shown().version_id) is not None:
            self.open_version(self.shown().version_id)

    def approve(self, refuse: bool) -> None:
        people = [p for p in team.list_professionals(self.ctx.db, active_only=True)]
        dlg = ApprovalDialog(people, refuse, self)
        if dlg.exec() != ApprovalDialog.DialogCode.Accepted:
            return
        who, text, pin = dlg.values()
        fn = approvals.refuse if refuse else approvals.approve
        if self._run(fn, self.shown().version_id, who, pin, text) is not None:
            self.open_version(self.shown().version_id)

    def revise(self, note: str) -> None:
        result = self._run(protocols.revise, self.shown().protocol_id, note)
        if result is not None:
            self.open_version(result[0])

    def record_review(self, note: str) -> None:
        if self._run(approvals.record_review, self.shown().version_id, note, None) is not None:
            self.open_version(self.shown().version_id)

    def show_diff(self, old_id: int, new_id: int) -> None:
        old, new = get_version(self.ctx.db, old_id), get_version(self.ctx.db, new_id)
        d = protocol_diff.diff(old.content, new.content)
        text = d.to_text(language()) if not d.is_empty() else self.tr("Aucune différence.")
        self.validation.diff_view.setPlainText(f"v{old.number} → v{new.number}\n\n{text}")

    def export_pdf(self, path: str | None = None) -> None:
        if self.version is not None:
            self.flush()
            self.exporter.export(self.shown().version_id, path or None)

    def export_memo(self, path: str | None = None, profession: str | None = None) -> None:
        if self.version is None:
            return
        self.flush()
        profession = profession or self.exporter.ask_profession()
        if profession:
            self.exporter.export(self.shown().version_id, path or None, memo=profession)

    def print_protocol(self) -> None:
        if self.version is not None:
            self.flush()
            self.exporter.print_version(self.shown().version_id)

    def _exported(self, path: str) -> None:
        self.saved_label.setText(self.tr("PDF créé : {name}").format(name=path.rsplit("/", 1)[-1]))
        self.open_pdf_button.show()

    def shutdown(self) -> None:
        """Save what is pending and stop the timers (closing the app or the database)."""
        if self.closed:
            return
        self.take_snapshot()
        self.snapshot_timer.stop()
        self.autosave_timer.stop()
        if self.version is not None and self.version.status == "draft":
            self.save()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Leaving the editor (another screen, closing) saves what is pending."""
        self.shutdown()
        super().hideEvent(event)

    def show_stage(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self.hint.setText(stage_hints()[row][1])
        if self.pages.widget(row) is self.validation:  # the check shows what was just typed
            self.take_snapshot()
