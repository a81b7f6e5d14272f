"""Printing an HTML document through the system print dialog (QtPrintSupport)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget


def new_printer() -> QPrinter:
    """A printer on A4 portrait, the page every PDF of ProtoEdit uses."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_html(
    parent: QWidget, html: str, name: str, printer: QPrinter | None = None, ask: bool = True
) -> QPrinter | None:
    """Open the print dialog on `printer` (a new A4 one when None), print `html` when the user
    accepts; returns the printer used, or None when cancelled. `ask=False` prints at once.
    `name`: the print job's name (a file name without extension, offered when printing to PDF)."""
    printer = printer or new_printer()
    printer.setDocName(name)
    if not printer.outputFileName() and not QPrinterInfo.availablePrinterNames():
        # No printer installed: the dialog offers only a PDF file; name it after the document
        # (with a printer installed this would preselect the file instead of the printer).
        printer.setOutputFileName(str(Path.home() / f"{name}.pdf"))
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("printing", "Imprimer : {name}").format(name=name)
        )
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(printer)
    return printer
