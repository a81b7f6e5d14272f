"""The protocol editor's saving: autosave of the draft, recovery copies, the merge with another
PC's save (mixed into ProtocolEditor, whose widgets and state it uses)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication

from protoedit import copy_aside, recovery
from protoedit.errors import ConflictError, ProtoEditError
from protoedit.i18n import language
from protoedit.ops import OpChanges
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.merge import merge_protocol
from protoedit.protocols.queries import get_version
from ui.operations import run_op
from ui.protocol.editing import FieldEditing
from ui.protocol.state import EditorState
from ui.protocol.undo import parse_step_key
from ui.widgets.errors import show_error
from ui.widgets.merge_dialog import (
    CopyOption,
    ask_copy_path,
    copied_to,
    file_error,
    resolve,
    taken_text,
)
from ui.widgets.save_failures import SaveFailures

log = logging.getLogger("protoedit.ui")
SAVED_CHARS = 56  # the save note is cut there, whole in its tooltip: the heading keeps its room
RECOVERY_KIND = "protocol_version"


class DraftSaving(FieldEditing):
    """Saving the open draft: the editor's save(), flush(), recovery and conflict handling.

    Signals: saved(OpChanges) after each save of the draft."""

    TR_CONTEXT = "ProtocolEditor"  # self.tr() looks up the class of the object: the editor
    saved = Signal(object)
    saved_state: EditorState
    closed: bool
    failures: SaveFailures
    _declined_revision: int | None

    def open_version(self, version_id: int, keep_edits: bool = True) -> None:
        """Show a version (the editor's)."""
        raise NotImplementedError

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
        self.failures.failed(self, self.saved_label, err, self.keep_recovery(state), quiet)
        return False

    def _write(self, state: EditorState, revision: int, base: EditorState) -> OpChanges:
        """One save of the draft against `revision`; the identity only when it changed."""
        identity = state.identity()
        return protocols.save_draft(
            self.ctx.db,
            self.ctx.actor,
            self.shown().version_id,
            state.content,
            state.working_group,
            state.review_due,
            revision,
            identity if identity != base.identity() else None,
        )

    def _saved(self, state: EditorState, changes: OpChanges, note: str = "") -> None:
        self.failures.succeeded()
        recovery.remove(self.ctx.db.display_name, RECOVERY_KIND, self.shown().version_id)
        self.version = get_version(self.ctx.db, self.shown().version_id)
        self.saved_state = state.copy()
        saved = self.tr("Enregistré à {time}").format(time=dt.datetime.now().strftime("%H:%M:%S"))
        text = f"{saved} · {note}" if note else saved
        self.saved_label.setText(
            text if len(text) <= SAVED_CHARS else text[: SAVED_CHARS - 1] + "…"
        )
        self.saved_label.setToolTip(text)
        self._show_heading(state.code, state.title, self.shown().number)
        self.ctx.notify(changes, self)  # the editor holds what it saved: its own refresh skipped
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
        theirs_v = get_version(self.ctx.db, self.shown().version_id)
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
        focused: Any = QApplication.focusWidget()  # a line or text edit, or a step cell
        pos = (
            focused.textCursor().position()
            if hasattr(focused, "textCursor")
            else (focused.cursorPosition() if hasattr(focused, "cursorPosition") else 0)
        )
        self.apply_state(merged)
        self.undo_stack.clear()
        self._show_heading(merged.code, merged.title, self.shown().number)
        if key is not None and parse_step_key(key) is None:
            self.focus_field(key, pos)

    def _copy_as_draft(self, mine: EditorState) -> str | None:
        copied = run_op(self.ctx, self, copy_aside.copy_as_new_draft, mine)
        if copied is None:
            return None
        vid = copied[1]
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
