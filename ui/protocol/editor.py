"""The protocol editor: HAS path, pages, editor-wide undo/redo, autosave, lifecycle actions."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging

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

from protoedit import copy_aside, recovery, team
from protoedit.errors import ConflictError, NotFoundError, ProtoEditError
from protoedit.i18n import language
from protoedit.meetings.queries import protocol_meeting_time
from protoedit.ops import Entity, OpChanges
from protoedit.protocols import approvals, completeness
from protoedit.protocols import diff as protocol_diff
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content
from protoedit.protocols.merge import merge_protocol
from protoedit.protocols.queries import get_version, versions_of
from ui.context import AppContext
from ui.library.models import STATUS_LABELS, label
from ui.protocol.approval_dialog import ApprovalDialog
from ui.protocol.empty_state import NoProtocolPage
from ui.protocol.exporting import ProtocolExporter
from ui.protocol.hints import section_hints, stage_hints, tinted_label
from ui.protocol.pages import EvaluationPage, GroupPage, IdentityPage, SectionsPage
from ui.protocol.state import EditorState
from ui.protocol.steps_page import StepsPage
from ui.protocol.synthesis_page import SynthesisPage
from ui.protocol.undo import SnapshotCommand, parse_step_key, put_cursor, step_key
from ui.protocol.validation_page import ValidationPage
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.errors import show_error
from ui.widgets.markdown_field import UndoKeysFilter
from ui.widgets.merge_dialog import (
    CopyOption,
    ask_copy_path,
    copied_to,
    file_error,
    resolve,
    taken_text,
)

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
SAVED_CHARS = 56  # the save note is cut there, whole in its tooltip: the heading keeps its room
AUTOSAVE_MS = 1000  # at most this long between a change and its save, even while typing
NATIVE = QKeySequence.SequenceFormat.NativeText
RECOVERY_KIND = "protocol_version"


class ProtocolEditor(QWidget):
    """Signals: saved(OpChanges), presentation_toggled(bool), library_requested(),
    new_requested() (the last two from the page shown while no protocol is open)"""

    saved = Signal(object)
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
        self._failing = False  # the last save failed and the user was told: not at each retry
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
        QApplication.instance().focusChanged.connect(self._focus_changed)
        for text, keys, slot in (
            ("undo", [QKeySequence.StandardKey.Undo], self.undo),
            ("redo", [QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")], self.redo),
            ("save", [QKeySequence.StandardKey.Save], self.save),
            ("present", [QKeySequence("F11")], self.present_button.toggle),
            ("pdf", [QKeySequence("Ctrl+E")], self.export_pdf),
            ("memo", [QKeySequence("Ctrl+Shift+E")], self.export_memo),
            ("print", [QKeySequence.StandardKey.Print], self.print_protocol),
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

    def _on_changes(self, changes: OpChanges) -> None:
        """Another screen changed this protocol (a revision opened from a decision or a PDSA
        cycle, an approval on another page): a frozen version is shown again as it now stands,
        so its buttons and history say what the lifecycle allows; a draft being typed is left
        alone (its own saves report changes too)."""
        v = self.version
        if v is None or self.closed or v.status == "draft":
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
            self.open_version(self.version.version_id, keep_edits=False)
        self._stale = False

    def _remember(self, version_id: int) -> None:
        """The open version is a per-PC setting: the next start reopens it."""
        s = self.ctx.settings
        s.open_version_id, s.open_version_db = version_id, self.ctx.db.display_name
        with contextlib.suppress(OSError):
            s.save()

    def _show_heading(self, code: str, title: str, number: int) -> None:
        self.heading.setText(f"{code} v{number} — {title}")  # code and version stay when cut

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

    def collect(self) -> EditorState:
        sections = {k: f.text() for k, f in self.sections.fields.items()}
        sections.update({k: f.text() for k, f in self.identity.sections.fields.items()})
        content = Content(
            sections={k: v for k, v in sections.items() if v},
            steps=[*self.steps.model.rows],
            indicators=[*self.evaluation.indicators.rows],
            references=[*self.evaluation.references.rows],
            evidence=[*self.synthesis.evidence.rows],
            key_points=[*self.synthesis.key_points.rows],
        )
        return EditorState(
            code=self.identity.code.text(),
            title=self.identity.title.text(),
            aci_theme=self.identity.theme.currentData() or "",
            content=Content.from_dict(content.to_dict()),
            working_group=self.group.chosen(),
            review_due=self.evaluation.review_due(),
        ).copy()

    def apply_state(self, state: EditorState) -> None:
        """Show a state in every widget (used on load, undo and redo)."""
        self._applying = True
        try:
            s = state.copy()
            if self.identity.code.text() != s.code:
                self.identity.code.setText(s.code)
            if self.identity.title.text() != s.title:
                self.identity.title.setText(s.title)
            self.identity.theme.setCurrentIndex(max(0, self.identity.theme.findData(s.aci_theme)))
            for k, f in [*self.sections.fields.items(), *self.identity.sections.fields.items()]:
                f.set_text(s.content.section(k))
            self.steps.set_steps(s.content.steps)
            self.evaluation.indicators.set_rows(s.content.indicators)
            self.evaluation.references.set_rows(s.content.references)
            self.synthesis.evidence.set_rows(s.content.evidence)
            self.synthesis.key_points.set_rows(s.content.key_points)
            self.evaluation.set_review_due(s.review_due)
            self.group.people.blockSignals(True)
            for i in range(self.group.people.count()):
                item = self.group.people.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in s.working_group
                    else Qt.CheckState.Unchecked
                )
            self.group.people.blockSignals(False)
        finally:
            self._applying = False
        self.snapshot = state.copy()
        if self.version is not None and self.version.status == "draft":
            self.autosave_timer.start()
        self.refresh_validation()

    # Undo, redo and autosave ----------------------------------------------------------------
    def field_key(self, widget: QWidget | None) -> str | None:
        """The state key of the text field `widget` edits (see `ui.protocol.undo.text_fields`)."""
        if widget is None:
            return None
        if widget is self.identity.code or widget is self.identity.title:
            return "code" if widget is self.identity.code else "title"
        for key, f in [*self.identity.sections.fields.items(), *self.sections.fields.items()]:
            if widget is f.editor:
                return key
        step_field = self.steps.panel.field_of(widget)
        if step_field is not None and self.steps.panel.row >= 0:
            return step_key(self.steps.panel.row, step_field)
        index = self.steps.table.currentIndex()
        if self.steps.table.isAncestorOf(widget) and index.isValid():  # a cell being edited
            return step_key(index.row(), self.steps.model.columns[index.column()].field)
        return None

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        """Leaving a field closes its change: each undo step belongs to one field."""
        if self.snapshot_timer.isActive() and self.field_key(old) is not None:
            self.take_snapshot()

    def focus_field(self, key: str, pos: int) -> None:
        """Show the field `key` on its page and put the cursor at `pos`."""
        step = parse_step_key(key)
        if step is not None:
            self.show_page_of(self.steps)
            row, name = step
            self.steps.select(row)
            self.steps.edit_in_panel(name)
            put_cursor(self.steps.panel.editors[name], pos)
            return
        if key in ("code", "title"):
            self.show_page_of(self.identity)
            put_cursor(self.identity.code if key == "code" else self.identity.title, pos)
            return
        page = self.identity.sections if key in self.identity.sections.fields else self.sections
        self.show_page_of(self.identity if page is self.identity.sections else self.sections)
        editor = page.fields[key].editor
        page.ensureWidgetVisible(editor)
        put_cursor(editor, pos)

    def show_page_of(self, page: QWidget) -> None:
        """Go to the stage of the HAS path that shows `page`."""
        self.path.setCurrentRow(self.pages.indexOf(page))

    def show_state(self, state: EditorState, place: tuple[str, int] | None) -> None:
        """Undo and redo: show a state, the cursor at the end of the change in its field."""
        self.apply_state(state)
        if place is not None:
            self.focus_field(*place)

    def on_edited(self) -> None:
        if (
            self._applying
            or self.version is None
            or self.version.status != "draft"
            or self.ctx.read_only
        ):
            return
        self._edit_key = self.field_key(QApplication.focusWidget()) or self._edit_key
        self.snapshot_timer.start()
        if not self.autosave_timer.isActive():  # not restarted by each key: typing never delays it
            self.autosave_timer.start()
        self.saved_label.setText(self.tr("Modifications en cours…"))

    def take_snapshot(self) -> None:
        self.snapshot_timer.stop()
        if self.version is None:
            return
        current = self.collect()
        if current.same_as(self.snapshot):
            return
        self.undo_stack.push(
            SnapshotCommand(self.show_state, self.snapshot.copy(), current, self._edit_key)
        )
        self._edit_key = None
        self.snapshot = current.copy()
        self.refresh_validation()

    def undo(self) -> None:
        self.take_snapshot()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.take_snapshot()
        self.undo_stack.redo()

    def flush(self) -> None:
        """Write anything not yet saved (before closing, switching or printing)."""
        if self.version is not None and self.version.status == "draft":
            self.take_snapshot()
            self.save()

    def save(self, quiet: bool = False) -> bool:
        """Save the draft if it changed; False when it could not be saved. A failed save keeps
        the edits in a recovery file and warns once (`quiet`: not at all) until a save works."""
        self.autosave_timer.stop()
        v = self.version
        if v is None or v.status != "draft" or self.ctx.read_only or self.closed:
            return True
        state = self.collect()
        if state.same_as(self.saved_state):
            return True
        try:
            changes = self._write(state, v.revision, self.saved_state)
        except ConflictError:
            return self.resolve_conflict(state, by_autosave=self.sender() is self.autosave_timer)
        except ProtoEditError as e:
            return self._failed(state, e, quiet)
        self._saved(state, changes)
        return True

    def _failed(self, state: EditorState, err: ProtoEditError, quiet: bool = False) -> bool:
        kept = self.keep_recovery(state)
        self.saved_label.setText(
            self.tr("Non enregistré : copie de secours gardée")
            if kept
            else self.tr("Non enregistré")
        )
        if not quiet and not self._failing:
            show_error(self, err)
        self._failing = True
        return False

    def _write(self, state: EditorState, revision: int, base: EditorState) -> OpChanges:
        """One save of the draft against `revision`; the identity only when it changed."""
        identity = state.identity()
        return protocols.save_draft(
            self.ctx.db,
            self.ctx.actor,
            self.version.version_id,
            state.content,
            state.working_group,
            state.review_due,
            revision,
            identity if identity != base.identity() else None,
        )

    def _saved(self, state: EditorState, changes: OpChanges, note: str = "") -> None:
        self._failing = False
        recovery.remove(self.ctx.db.display_name, RECOVERY_KIND, self.version.version_id)
        self.version = get_version(self.ctx.db, self.version.version_id)
        self.saved_state = state.copy()
        saved = self.tr("Enregistré à {time}").format(time=dt.datetime.now().strftime("%H:%M:%S"))
        text = f"{saved} · {note}" if note else saved
        self.saved_label.setText(
            text if len(text) <= SAVED_CHARS else text[: SAVED_CHARS - 1] + "…"
        )
        self.saved_label.setToolTip(text)
        self._show_heading(state.code, state.title, self.version.number)
        self.ctx.notify(changes)
        self.saved.emit(changes)

    # Recovery of unsaved edits --------------------------------------------------------------
    def has_unsaved(self) -> bool:
        v = self.version
        return (
            v is not None
            and v.status == "draft"
            and not self.ctx.read_only
            and not self.collect().same_as(self.saved_state)
        )

    def keep_recovery(self, state: EditorState | None = None) -> bool:
        """Write the unsaved edits to the recovery file; False if even that failed."""
        v = self.version
        if v is None:
            return False
        state = state or self.collect()
        try:
            recovery.write(
                self.ctx.db.display_name,
                RECOVERY_KIND,
                v.version_id,
                f"{state.code} v{v.number} — {state.title}",
                state.to_dict(),
                v.revision,
                self.ctx.actor.name,
            )
        except OSError as err:
            log.error("recovery file not written: %s", err)
            return False
        return True

    def prepare_close(self) -> str:
        """Closing the window: save what is pending. "saved" (nothing left unsaved), "kept"
        (not saved, in the recovery file) or "lost" (not even that: the user must stay)."""
        self.take_snapshot()
        self.snapshot_timer.stop()
        self.autosave_timer.stop()
        if not self.has_unsaved() or self.save(quiet=True):
            return "saved"
        return "kept" if self.keep_recovery() else "lost"

    def restore(self, version_id: int, state: EditorState, revision: int | None) -> None:
        """Open a version with recovered edits shown as unsaved: autosave takes over, or the
        conflict flow when the version was saved elsewhere since the edits' `revision`."""
        self.open_version(version_id)
        if self.version is None or self.version.status != "draft":
            return
        if revision is not None:
            self.version.revision = revision
        self.apply_state(state)  # starts the autosave timer
        self.saved_label.setText(self.tr("Copie de secours restaurée, pas encore enregistrée"))
        self.take_snapshot()

    def resolve_conflict(self, mine: EditorState, by_autosave: bool = False) -> bool:
        """Another PC saved first: merge on the state loaded here (`saved_state`). Fields changed
        on one side only merge by themselves; fields both changed are chosen in a dialog, or my
        whole version is copied aside (a new draft or a file). Cancel saves nothing and keeps
        the typing on screen. True when the result was saved."""
        theirs_v = get_version(self.ctx.db, self.version.version_id)
        if by_autosave and self._declined_revision == theirs_v.revision:
            self.saved_label.setText(
                self.tr("Non enregistré : conflit avec l'autre poste (Ctrl+S)")
            )
            return False
        theirs = EditorState(
            theirs_v.code,
            theirs_v.title,
            theirs_v.aci_theme,
            theirs_v.content,
            list(theirs_v.working_group),
            theirs_v.review_due,
        )
        base = self.saved_state.copy()
        copies = [
            CopyOption(self.tr("Dans un nouveau brouillon"), lambda: self._copy_as_draft(mine)),
            CopyOption(self.tr("Dans un fichier d'échange…"), lambda: self._copy_to_file(mine)),
        ]
        result = resolve(
            self,
            f"{theirs_v.code} — {theirs_v.title}",
            lambda choices: merge_protocol(base, mine, theirs, choices, language()),
            copies,
        )
        if result is None:
            self._declined_revision = theirs_v.revision
            self.saved_label.setText(
                self.tr("Non enregistré : conflit avec l'autre poste (Ctrl+S)")
            )
            return False
        merged = EditorState(**result.merge.values)
        self._show_merged(merged)
        self.version, self.saved_state = theirs_v, theirs
        try:
            changes = self._write(merged, theirs_v.revision, theirs)
        except ConflictError:  # a third save meanwhile: merge again on what was just read
            return self.resolve_conflict(merged, by_autosave)
        except ProtoEditError as e:
            return self._failed(merged, e)
        note = " · ".join(t for t in (result.copied, taken_text(result.merge)) if t)
        self._saved(merged, changes, note)
        return True

    def _show_merged(self, merged: EditorState) -> None:
        """The merged state on screen, the cursor left where it was; undo starts again from
        here (older snapshots lack the other PC's changes)."""
        key = self.field_key(QApplication.focusWidget())
        focused = QApplication.focusWidget()
        pos = (
            focused.textCursor().position()
            if hasattr(focused, "textCursor")
            else (focused.cursorPosition() if hasattr(focused, "cursorPosition") else 0)
        )
        self.apply_state(merged)
        self.undo_stack.clear()
        self._show_heading(merged.code, merged.title, self.version.number)
        if key is not None and parse_step_key(key) is None:
            self.focus_field(key, pos)

    def _copy_as_draft(self, mine: EditorState) -> str | None:
        try:
            _pid, vid, changes = copy_aside.copy_as_new_draft(self.ctx.db, self.ctx.actor, mine)
        except ProtoEditError as e:
            show_error(self, e)
            return None
        self.ctx.notify(changes)
        return self.tr("Votre version est copiée dans le brouillon {code}").format(
            code=get_version(self.ctx.db, vid).code
        )

    def _copy_to_file(self, mine: EditorState) -> str | None:
        path = ask_copy_path(
            self,
            f"{mine.code or 'protocole'}-ma-version.json",
            self.tr("Fichiers d'échange (*.json)"),
        )
        if path is None:
            return None
        try:
            copy_aside.write_protocol_file(self.ctx.db, mine, path)
        except OSError as e:
            file_error(self, e)
            return None
        except ProtoEditError as e:
            show_error(self, e)
            return None
        return copied_to(path)

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
            versions_of(self.ctx.db, self.version.protocol_id),
            any(p.blocking for p in problems),
        )
        absent = [p.text() for p in problems if p.key.startswith("group")]
        self.group.warning.setText("\n".join(absent))

    def _run(self, fn, *args) -> object | None:
        self.flush()
        try:
            result = fn(self.ctx.db, self.ctx.actor, *args)
        except ProtoEditError as e:
            show_error(self, e)
            return None
        changes = result[-1] if isinstance(result, tuple) else result
        self.ctx.notify(changes)
        return result

    def submit(self) -> None:
        if self._run(approvals.submit, self.version.version_id) is not None:
            self.open_version(self.version.version_id)

    def approve(self, refuse: bool) -> None:
        people = [p for p in team.list_professionals(self.ctx.db, active_only=True)]
        dlg = ApprovalDialog(people, refuse, self)
        if dlg.exec() != ApprovalDialog.DialogCode.Accepted:
            return
        who, text, pin = dlg.values()
        fn = approvals.refuse if refuse else approvals.approve
        if self._run(fn, self.version.version_id, who, pin, text) is not None:
            self.open_version(self.version.version_id)

    def revise(self, note: str) -> None:
        result = self._run(protocols.revise, self.version.protocol_id, note)
        if result is not None:
            self.open_version(result[0])

    def record_review(self, note: str) -> None:
        if self._run(approvals.record_review, self.version.version_id, note, None) is not None:
            self.open_version(self.version.version_id)

    def show_diff(self, old_id: int, new_id: int) -> None:
        old, new = get_version(self.ctx.db, old_id), get_version(self.ctx.db, new_id)
        d = protocol_diff.diff(old.content, new.content)
        text = d.to_text(language()) if not d.is_empty() else self.tr("Aucune différence.")
        self.validation.diff_view.setPlainText(f"v{old.number} → v{new.number}\n\n{text}")

    def export_pdf(self, path: str | None = None) -> None:
        if self.version is not None:
            self.flush()
            self.exporter.export(self.version.version_id, path or None)

    def export_memo(self, path: str | None = None, profession: str | None = None) -> None:
        if self.version is None:
            return
        self.flush()
        profession = profession or self.exporter.ask_profession()
        if profession:
            self.exporter.export(self.version.version_id, path or None, memo=profession)

    def print_protocol(self) -> None:
        if self.version is not None:
            self.flush()
            self.exporter.print_version(self.version.version_id)

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
