"""The search field: always visible, Ctrl+K from anywhere in its window, type-ahead results."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QListView, QWidget

from ui.consult.results import HIT_ROLE, SUGGESTION_ROLE, HitDelegate, HitListModel
from ui.context import AppContext
from ui.operations import run_query
from ui.widgets.tasks import Task, TaskRunner

log = logging.getLogger("protoedit.search")


class SearchBox(QWidget):
    """A line edit whose results drop down under it; keyboard only: Down/Up, Enter, Escape.

    The index is brought up to date in a worker when the field gets the focus and after each
    change announced on the hub; queries themselves take a few milliseconds on the UI thread.
    A query without hits shows "Aucun résultat" and the closest spellings from the index
    (chosen like a hit: the query is run again with it). `include_drafts`: drafts and versions
    in review are searched too (the main window), not only approved versions.

    Queries never refresh the index themselves: while a refresh runs they search what is
    indexed, and run again when it ends. A change of many documents at once (an import)
    refreshes the index at once, in the background, with `index_progress(done, total)`.

    Signals: hit_chosen(Hit), results_ready(list[Hit]), index_ready(int),
    index_progress(int, int)
    """

    hit_chosen = Signal(object)
    results_ready = Signal(list)
    index_ready = Signal(int)
    index_progress = Signal(int, int)
    BULK = 20  # documents changed by one operation above which the index is refreshed at once
    DEBOUNCE_MS = 60
    VISIBLE_ROWS = 7
    LIMIT = 20

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        include_drafts: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.include_drafts = include_drafts
        self.edit = QLineEdit()
        self.edit.setObjectName("searchField")
        self.edit.setPlaceholderText(
            self.tr("Rechercher un protocole, une réunion, une décision… (Ctrl+K)")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Recherche"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.model = HitListModel()
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.delegate = HitDelegate(self.results)
        self.results.setItemDelegate(self.delegate)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setStyleSheet("QListView#searchResults { border: 1px solid #888; }")
        self.results.hide()
        self.results.clicked.connect(self.choose)
        self.timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)
        self.edit.textEdited.connect(lambda _text: self.timer.start())
        self.edit.installEventFilter(self)
        self.shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.activate)
        self.tasks = TaskRunner(pool, self)
        self.refreshing = False
        self.index_stale = True
        self._task: Task | None = None
        self.stopped = False  # the window is closing: no more refreshes
        ctx.hub.changed.connect(self._on_changes)

    # -- index -----------------------------------------------------------------------------------

    def _on_changes(self, changes: object, initiator: object = None) -> None:
        self.index_stale = True
        bulk = sum(len(ids) for ids in getattr(changes, "changed", {}).values()) >= self.BULK
        if bulk or self.edit.hasFocus():
            self.refresh_index()

    def refresh_index(self) -> None:
        """Bring the index up to date in a worker (a no-op read when nothing changed)."""
        if self.refreshing or self.stopped:
            return  # a running refresh says index_ready when it ends
        if not self.index_stale:
            self.index_ready.emit(0)  # already up to date: the search may start now
            return
        self.refreshing = True
        self.index_stale = False
        db = self.ctx.db
        from protoedit.search import engine as search

        self._task = self.tasks.start(
            lambda progress, cancelled: search.refresh(db, progress, cancelled),
            self._indexed,
            self._index_failed,
            self.index_progress.emit,
        )

    def stop_index(self, msecs: int = 10_000) -> None:
        """Closing: stop a running refresh after its current batch, and wait for it."""
        self.stopped = True
        if self.refreshing and self._task is not None:
            self._task.cancel()
            self.tasks.wait(msecs)

    def _indexed(self, count: int) -> None:
        self.refreshing = False
        self.index_ready.emit(count)
        if count and self.edit.text().strip():
            self.run_query()
        if self.index_stale:  # changed again while it ran
            self.refresh_index()

    def _index_failed(self, err: BaseException) -> None:
        self.refreshing = False
        self.index_stale = True
        log.warning("search index not refreshed: %s", err)
        self.index_ready.emit(0)

    # -- typing and results ----------------------------------------------------------------------

    def activate(self) -> None:
        """Ctrl+K: focus the field, select what was typed, show the last results again."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.refresh_index()
        if self.model.rowCount() and self.edit.text().strip():
            self._show_results()

    def set_include_drafts(self, on: bool) -> None:
        """Search drafts too (or no longer), and run what is typed again."""
        self.include_drafts = on
        if self.edit.text().strip():
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.run_query()

    def run_query(self) -> None:
        self.timer.stop()
        text = self.edit.text()
        from protoedit.search import engine as search
        from protoedit.search import suggest as search_suggest

        suggestions: list[str] = []
        hits = run_query(self, search.query, self.ctx.db, text, self.LIMIT, self.include_drafts)
        if hits is None:
            hits = []
        elif not hits and search.parse_query(text):
            drafts = self.include_drafts
            suggestions = run_query(self, search_suggest.suggest, self.ctx.db, text, drafts) or []
        if hits:
            self.model.set_hits(hits)
            self.results.setCurrentIndex(self.model.index(0))
            self._show_results()
        elif search.parse_query(text):
            self.model.set_no_hits(text, suggestions)
            self.results.setCurrentIndex(self.model.index(-1))
            self._show_results()
        else:
            self.model.set_hits([])
            self.results.hide()
        self.results_ready.emit(hits)

    def use_suggestion(self, suggestion: str) -> None:
        """A suggestion chosen: it replaces what was typed and is searched at once."""
        self.edit.setText(suggestion)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.run_query()

    def _show_results(self) -> None:
        window = self.window()
        if self.results.parent() is not window:
            self.results.setParent(window)
        top_left = self.edit.mapTo(window, QPoint(0, self.edit.height() + 2))
        width = max(self.edit.width(), min(640, window.width() - top_left.x() - 8))
        rows = min(self.model.rowCount(), self.VISIBLE_ROWS)
        scroll = self.results.verticalScrollBar().sizeHint().width()
        self.delegate.text_width = width - 2 * self.results.frameWidth() - scroll
        self.results.doItemsLayout()  # rows measured at this width, not the popup's last one
        height = sum(self.results.sizeHintForRow(r) for r in range(rows)) + 4
        height = min(height, max(120, window.height() - top_left.y() - 8))
        self.results.setGeometry(top_left.x(), top_left.y(), width, height)
        self.results.raise_()
        self.results.show()

    def move_selection(self, step: int) -> None:
        if not self.model.rowCount():
            return
        if not self.results.isVisible():
            self._show_results()
            return
        current = self.results.currentIndex()
        row = current.row() + step if current.isValid() else self.model.first_choice
        row = max(self.model.first_choice, min(self.model.rowCount() - 1, row))
        if row >= self.model.first_choice:
            self.results.setCurrentIndex(self.model.index(row))

    def choose(self, index=None) -> None:
        """Enter or a click: announce the hit (the current one, else the first)."""
        if self.timer.isActive():
            self.run_query()  # Enter typed faster than the pause before searching
        if index is None or not index.isValid():
            index = self.results.currentIndex()
        if not index.isValid() and self.model.hits:
            index = self.model.index(0)
        if not index.isValid():
            return
        suggestion = index.data(SUGGESTION_ROLE)
        if suggestion:
            self.use_suggestion(suggestion)
            return
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        self.results.hide()
        self.hit_chosen.emit(hit)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                page = self.VISIBLE_ROWS - 1
                self.move_selection(
                    {
                        Qt.Key.Key_Down: 1,
                        Qt.Key.Key_Up: -1,
                        Qt.Key.Key_PageDown: page,
                        Qt.Key.Key_PageUp: -page,
                    }[Qt.Key(key)]
                )
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
            if key == Qt.Key.Key_Escape:
                if self.results.isVisible():
                    self.results.hide()
                else:
                    self.edit.clear()
                    self.model.set_hits([])
                return True
        elif obj is self.edit and event.type() == QEvent.Type.FocusIn:
            self.refresh_index()  # clicked into, not only Ctrl+K: what was written is found
        elif obj is self.edit and event.type() == QEvent.Type.FocusOut:
            self.results.hide()
        return False
