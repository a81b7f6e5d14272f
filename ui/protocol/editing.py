"""The protocol editor's editing state: what the fields hold, where the cursor is, undo and
redo by snapshots (mixed into ProtocolEditor, whose widgets it reads and fills)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QStackedWidget, QWidget

from protoedit.protocols.content import Content
from protoedit.protocols.queries import VersionView
from ui.context import AppContext
from ui.protocol.pages import EvaluationPage, GroupPage, IdentityPage, SectionsPage
from ui.protocol.state import EditorState
from ui.protocol.steps_page import StepsPage
from ui.protocol.synthesis_page import SynthesisPage
from ui.protocol.undo import SnapshotCommand, parse_step_key, put_cursor, step_key
from ui.widgets.elided_label import ElidedLabel


class FieldEditing(QWidget):
    """The editor's state collected from and shown in its pages; undo snapshots. The pages
    and timers are made by ProtocolEditor.__init__."""

    TR_CONTEXT = "ProtocolEditor"  # self.tr() looks up the class of the object: the editor
    ctx: AppContext
    version: VersionView | None
    snapshot: EditorState
    undo_stack: QUndoStack
    _applying: bool
    _edit_key: str | None
    identity: IdentityPage
    group: GroupPage
    synthesis: SynthesisPage
    sections: SectionsPage
    steps: StepsPage
    evaluation: EvaluationPage
    path: QListWidget
    pages: QStackedWidget
    heading: ElidedLabel
    saved_label: QLabel
    snapshot_timer: QTimer
    autosave_timer: QTimer

    def shown(self) -> VersionView:
        """The version on screen (what needs it runs only while one is open)."""
        assert self.version is not None
        return self.version

    def refresh_validation(self) -> None:
        """The check page follows the state (the editor's)."""
        raise NotImplementedError

    def _show_heading(self, code: str, title: str, number: int) -> None:
        self.heading.setText(f"{code} v{number} — {title}")  # code and version stay when cut

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
