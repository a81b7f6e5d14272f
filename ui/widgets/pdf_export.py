"""PDFs off the UI thread: data read here, the file built by a worker, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from protoedit.export import ExportCancelled
from ui.context import AppContext
from ui.operations import run_query
from ui.widgets.desktop import open_path
from ui.widgets.errors import show_error
from ui.widgets.tasks import Task, TaskRunner


class PdfExporter(QObject):
    """Signals: finished(str path), cancelled(), failed(object)"""

    finished = Signal(str)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.tasks = TaskRunner(parent=self)
        self.progress: QProgressDialog | None = None
        self.last_path = ""

    def ask_path(self, title: str, suggested: str, pattern: str | None = None) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.widget,
            title,
            str(Path.home() / suggested),
            pattern or self.tr("Documents PDF (*.pdf)"),
        )
        return Path(path) if path else None

    def export(self, read: Callable[[], object], build: Callable, target: Path) -> Task | None:
        """`read()` gathers the data on this thread; `build(data, path, progress, cancel)` runs
        in the pool and never touches the database."""
        data = run_query(self.widget, read)
        if data is None:
            return None

        def work(progress, cancelled):
            return build(data, target, progress, cancelled)

        self.progress = QProgressDialog(
            self.tr("Création du PDF…"), self.tr("Annuler"), 0, 100, self.widget
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        task = self.tasks.start(work, self._done, self._error, self._progress)
        self.progress.canceled.connect(task.cancel)
        return task

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(int(100 * done / max(total, 1)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: Path) -> None:
        self._close_progress()
        self.last_path = str(path)
        self.finished.emit(str(path))

    def _error(self, err: BaseException) -> None:
        self._close_progress()
        if isinstance(err, ExportCancelled):
            self.cancelled.emit()
            return
        self.failed.emit(err)
        self.warn_write(err)

    def warn_write(self, err: BaseException) -> None:
        if isinstance(err, OSError):  # a read-only folder, a full disk...
            QMessageBox.warning(
                self.widget,
                self.tr("Fichier non créé"),
                self.tr("Le fichier n'a pas pu être écrit : {reason}").format(
                    reason=err.strerror or str(err)
                ),
            )
        else:
            show_error(self.widget, err)

    def open_last(self) -> None:
        if self.last_path:
            open_path(self.last_path)
