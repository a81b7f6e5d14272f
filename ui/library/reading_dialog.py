"""The coordinator's reading list: who has read the version in force, reminders to print or mail."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.export.protocol_data import protocol_print
from protoedit.export.protocol_pdf import build_protocol_pdf
from protoedit.i18n import language
from protoedit.protocols import reading
from protoedit.protocols.reading import NEVER, READ, UNCHANGED, ReadingList, reading_state_text
from ui.context import AppContext
from ui.widgets.desktop import open_url
from ui.widgets.pdf_export import PdfExporter
from ui.widgets.printing import print_html

COLOURS = {READ: "#1e6b34", UNCHANGED: "#1e6b34", NEVER: "#b00020"}


class ReadingDialog(QDialog):
    """One protocol's version in force: each member concerned, read or not, with dates."""

    NAME, PROFESSION, STATE = range(3)

    def __init__(self, ctx: AppContext, lst: ReadingList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lst = lst
        self.setWindowTitle(self.tr("Suivi des lectures — {code}").format(code=lst.code))
        self.summary = QLabel()
        self.summary.setObjectName("readingSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("readingTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("Profession"), self.tr("Lecture")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            self.STATE, QHeaderView.ResizeMode.Stretch
        )
        self.print_button = QPushButton(self.tr("Imprimer la liste de rappel…"))
        self.print_button.setObjectName("printReminder")
        self.mail_button = QPushButton(self.tr("Envoyer un rappel par courriel…"))
        self.mail_button.setObjectName("mailReminder")
        self.mail_button.setToolTip(
            self.tr(
                "Ouvre votre messagerie avec un message aux "
                "personnes qui n'ont pas lu cette version"
            )
        )
        self.mail_note = QLabel()
        self.mail_note.setTextFormat(Qt.TextFormat.PlainText)
        self.mail_note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copie maîtrisée avec la liste (PDF)…"))
        self.copy_button.setObjectName("controlledCopy")
        self.copy_button.setToolTip(
            self.tr("Le protocole complet en PDF, avec la liste de lecture à la fin")
        )
        self.close_button = QPushButton(self.tr("Fermer"))
        box = QDialogButtonBox()
        box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        self.exporter = PdfExporter(ctx, self)
        self.copy_button.clicked.connect(lambda: self.export_copy())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mail_note)
        layout.addWidget(box)
        self.print_button.clicked.connect(lambda: self.print_reminder())
        self.mail_button.clicked.connect(self.mail_reminder)
        self.resize(900, 520)
        self.fill()

    def fill(self) -> None:
        lst = self.lst
        self.summary.setText(
            self.tr(
                "{code} — {title}, version {n} en vigueur : {done} sur {total} "
                "à jour, {left} à relancer"
            ).format(
                code=lst.code,
                title=lst.title,
                n=lst.number,
                done=lst.done,
                total=len(lst.readers),
                left=len(lst.to_remind()),
            )
        )
        self.table.setRowCount(len(lst.readers))
        for row, r in enumerate(lst.readers):
            cells = (r.name, catalog.profession_label(r.profession), reading_state_text(r))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == self.STATE:
                    item.setForeground(QColor(COLOURS.get(r.state, "#8a4b00")))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            self.STATE, QHeaderView.ResizeMode.Stretch
        )
        left = lst.to_remind()
        self.print_button.setEnabled(bool(left))
        without = [r.name for r in left if not r.email.strip()]
        self.mail_button.setEnabled(len(without) < len(left))
        self.mail_note.setText(
            self.tr("Sans adresse électronique (à prévenir autrement) : {names}").format(
                names=", ".join(without)
            )
            if without
            else ""
        )
        self.mail_note.setVisible(bool(without))

    def reminder_html(self) -> str:
        lst = self.lst
        rows = "".join(
            f"<tr><td>{html.escape(r.name)}</td>"
            f"<td>{html.escape(catalog.profession_label(r.profession))}</td>"
            f"<td>{html.escape(reading_state_text(r))}</td>"
            "<td>&nbsp;</td></tr>"
            for r in lst.to_remind()
        )
        title = self.tr("À lire : {code} — {title}, version {n}").format(
            code=lst.code, title=lst.title, n=lst.number
        )
        head = "".join(
            f"<th align='left'>{html.escape(h)}</th>"
            for h in (self.tr("Nom"), self.tr("Profession"), self.tr("Lecture"), self.tr("Visa"))
        )
        ask = self.tr(
            "Merci de lire cette version dans ProtoEdit puis de cliquer sur "
            "« J'ai lu cette version »."
        )
        return (
            f"<h2>{html.escape(title)}</h2><p>{html.escape(ask)}</p>"
            f"<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr>{head}</tr>"
            f"{rows}</table>"
        )

    def print_reminder(self, printer: QPrinter | None = None) -> bool:
        """The reminder list through the print dialog (or at once on a given printer)."""
        name = f"{self.lst.code}-v{self.lst.number}-rappel-lecture"
        return (
            print_html(self, self.reminder_html(), name, printer, ask=printer is None) is not None
        )

    def export_copy(self, path: Path | None = None) -> bool:
        """The full protocol with its reading list, built in a worker (`exporter.finished`)."""
        lst, db = self.lst, self.ctx.db
        target = path or self.exporter.ask_path(
            self.tr("Enregistrer la copie maîtrisée"), f"{lst.code}-v{lst.number}-lectures.pdf"
        )
        if target is None:
            return False
        return (
            self.exporter.export(
                lambda: protocol_print(db, lst.version_id, language(), True),
                build_protocol_pdf,
                Path(target),
            )
            is not None
        )

    def mail_reminder(self) -> bool:
        """The user's mail program, with the reminder to those who have not read it."""
        return open_url(reading.reminder_mailto(self.lst))
