"""Export and print of the open protocol: PDF off the UI thread with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog

from protoedit import catalog
from protoedit.export.data import ProtocolPrint
from protoedit.export.protocol_data import protocol_print
from protoedit.export.protocol_pdf import build_memo_pdf, build_protocol_pdf
from protoedit.i18n import language
from protoedit.render.protocol_html import memo_html, protocol_html
from ui.widgets.pdf_export import PdfExporter
from ui.widgets.printing import print_html
from ui.widgets.tasks import Task


def file_stem(doc: ProtocolPrint, memo: str | None = None) -> str:
    """`DIAB-01-v2`, or `DIAB-01-v2-memo-infirmier` for a memo: PDF files and print jobs."""
    suffix = f"-memo-{memo}" if memo else ""
    return f"{doc.header.code}-v{doc.header.version_number}{suffix}"


class ProtocolExporter(PdfExporter):
    """The full protocol or one profession's bedside memo, as PDF or on a printer.

    Signals (from PdfExporter): finished(str path), cancelled(), failed(object)
    """

    def ask_pdf_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Enregistrer le PDF"), suggested, self.tr("Documents PDF (*.pdf)")
        )
        return path

    def ask_profession(self) -> str | None:
        labels = [p.label() for p in catalog.professions()]
        chosen, ok = QInputDialog.getItem(
            self.widget,
            self.tr("Mémo au lit du patient"),
            self.tr("Pour quelle profession ?"),
            labels,
            0,
            False,
        )
        return catalog.professions()[labels.index(chosen)].code if ok else None

    def export(  # type: ignore[override]  # a version id, not PdfExporter's reader and builder
        self,
        version_id: int,
        path: str | None = None,
        memo: str | None = None,
    ) -> Task | None:
        """Build the PDF in a worker thread; the data is read here, on the main thread."""
        doc = protocol_print(self.ctx.db, version_id, language())
        if path is None:
            path = self.ask_pdf_path(file_stem(doc, memo) + ".pdf")
            if not path:
                return None

        def build(data, target: Path, progress, cancelled) -> Path:
            if memo:
                return build_memo_pdf(data, memo, target, progress, cancelled)
            return build_protocol_pdf(data, target, progress, cancelled)

        return super().export(lambda: doc, build, Path(path))

    def print_version(self, version_id: int, printer: QPrinter | None = None) -> bool:
        """Qt print dialog (or a given printer, for tests and PDF printers)."""
        doc = protocol_print(self.ctx.db, version_id, language())
        return (
            print_html(
                self.widget, protocol_html(doc), file_stem(doc), printer, ask=printer is None
            )
            is not None
        )

    def print_memo(
        self, version_id: int, profession: str, printer: QPrinter | None = None
    ) -> QPrinter | None:
        """One profession's bedside memo through the print dialog (opened on `printer` when
        given); the same content as the memo PDF. Returns the printer, None if cancelled."""
        doc = protocol_print(self.ctx.db, version_id, language())
        return print_html(
            self.widget, memo_html(doc, profession), file_stem(doc, profession), printer
        )
