"""Export and print of the open protocol: PDF off the UI thread with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QWidget

from protoedit import catalog
from protoedit.export import ExportCancelled
from protoedit.export.protocol_data import protocol_print
from protoedit.export.protocol_pdf import build_memo_pdf, build_protocol_pdf
from protoedit.i18n import language
from protoedit.render.protocol_html import protocol_html
from ui.context import AppContext
from ui.widgets.errors import show_error
from ui.widgets.tasks import Task, TaskRunner


class ProtocolExporter(QObject):
    """Signals: finished(str path), cancelled(), failed(object)"""

    finished = Signal(str)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.tasks = TaskRunner(parent=self)
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.last_path: str = ""

    def ask_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Enregistrer le PDF"), suggested,
                                              self.tr("Documents PDF (*.pdf)"))
        return path

    def ask_profession(self) -> str | None:
        labels = [p.label() for p in catalog.professions()]
        chosen, ok = QInputDialog.getItem(self.widget, self.tr("Mémo au lit du patient"),
                                          self.tr("Pour quelle profession ?"), labels, 0, False)
        return catalog.professions()[labels.index(chosen)].code if ok else None

    def export(self, version_id: int, path: str | None = None, memo: str | None = None) -> Task | None:
        """Build the PDF in a worker thread; the data is read here, on the main thread."""
        doc = protocol_print(self.ctx.db, version_id, language())
        if path is None:
            suffix = f"-memo-{memo}" if memo else ""
            path = self.ask_path(f"{doc.header.code}-v{doc.header.version_number}{suffix}.pdf")
            if not path:
                return None
        target = Path(path)

        def work(progress, cancelled):
            if memo:
                return build_memo_pdf(doc, memo, target, progress, cancelled)
            return build_protocol_pdf(doc, target, progress, cancelled)

        self.progress = QProgressDialog(self.tr("Création du PDF…"), self.tr("Annuler"), 0, 100,
                                        self.widget)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.task = self.tasks.start(work, self._done, self._error, self._progress)
        self.progress.canceled.connect(self.task.cancel)
        return self.task

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
        show_error(self.widget, err)

    def open_last(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_path))

    def print_version(self, version_id: int, printer: QPrinter | None = None) -> bool:
        """Qt print dialog (or a given printer, for tests and PDF printers)."""
        doc = protocol_print(self.ctx.db, version_id, language())
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self.widget).exec() != QPrintDialog.DialogCode.Accepted:
                return False
        text = QTextDocument()
        text.setHtml(protocol_html(doc))
        text.print_(printer)
        return True
