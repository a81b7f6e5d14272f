"""The consultation screen: a protocol read-only in large type, filtered to my profession."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.ops import Entity, OpChanges
from protoedit.protocols import consult
from ui.consult.changes_panel import ChangesPanel
from ui.consult.render import banner_style, banner_text, consultation_html
from ui.consult.start_page import StartPage
from ui.context import AppContext
from ui.operations import run_query
from ui.protocol.exporting import ProtocolExporter
from ui.widgets.tasks import TaskRunner

log = logging.getLogger("protoedit.search")
ZOOMS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)
LARGE = 1.3  # consultation type is this much larger than the rest of the window


class ConsultView(QWidget):
    """Signals: opened(int protocol_id), memo_printed(str printer or file name),
    memo_saved(str path)"""

    opened = Signal(int)
    memo_printed = Signal(str)
    memo_saved = Signal(str)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.protocol_id: int | None = None
        self.version_id: int | None = None  # an explicitly opened version, else the one in force
        self.show_draft = False
        self.consultation: consult.Consultation | None = None
        self.zoom = 1.0
        self.profession = consult.default_profession(
            ctx.db, ctx.actor.id, ctx.settings.profession_filter
        )
        self.title = QLabel()
        self.title.setObjectName("consultTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.professions = QComboBox()
        self.professions.setObjectName("professionFilter")
        self.professions.setAccessibleName(self.tr("Ma profession"))
        home = QToolButton()
        home.setObjectName("consultHome")
        home.setText(self.tr("Accueil"))
        home.setToolTip(
            self.tr(
                "Revenir à la page d'accueil : protocoles changés pour votre "
                "profession (Alt+Origine)"
            )
        )
        home.setShortcut(QKeySequence("Alt+Home"))
        home.clicked.connect(self.show_start)
        self.home_button = home
        smaller, larger = QToolButton(), QToolButton()
        smaller.setText(self.tr("A−"))
        smaller.setToolTip(self.tr("Texte plus petit"))
        larger.setText(self.tr("A+"))
        larger.setToolTip(self.tr("Texte plus grand"))
        smaller.clicked.connect(lambda: self.step_zoom(-1))
        larger.clicked.connect(lambda: self.step_zoom(+1))
        self.memo_button = QPushButton(self.tr("Imprimer le mémo… (Ctrl+P)"))
        self.memo_button.setObjectName("printMemo")
        self.memo_button.setToolTip(self.tr("Imprimer le mémo de ma profession (Ctrl+P)"))
        self.memo_pdf_button = QPushButton(self.tr("Enregistrer le mémo en PDF…"))
        self.memo_pdf_button.setObjectName("saveMemoPdf")
        self.draft_button = QPushButton()
        self.draft_button.hide()
        self.banner = QLabel()
        self.banner.setObjectName("consultBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setObjectName("consultBody")
        self.body.setOpenLinks(False)
        self.start = StartPage(ctx)
        self.start.protocol_chosen.connect(self.open_protocol)
        self.changes = ChangesPanel(ctx)
        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ma profession :")))
        top.addWidget(self.professions)
        top.addStretch(1)
        for w in (home, self.draft_button, smaller, larger, self.memo_button, self.memo_pdf_button):
            top.addWidget(w)
        inner = QVBoxLayout(page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addLayout(top)
        inner.addWidget(self.banner)
        inner.addWidget(self.changes)
        inner.addWidget(self.body, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.stack.addWidget(page)
        QVBoxLayout(self).addWidget(self.stack)
        self.exporter = ProtocolExporter(ctx, self)
        self.exporter.tasks = TaskRunner(pool, self.exporter)
        self.exporter.finished.connect(self.memo_saved)
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_shortcut.activated.connect(lambda: self.print_memo())
        self.memo_button.clicked.connect(lambda: self.print_memo())
        self.memo_pdf_button.clicked.connect(lambda: self.save_memo())
        self.draft_button.clicked.connect(self.toggle_draft)
        self.professions.currentIndexChanged.connect(self._profession_chosen)
        ctx.hub.changed.connect(self.on_changes)
        self._apply_zoom()

    # -- opening ---------------------------------------------------------------------------------

    def open_protocol(self, protocol_id: int, show_draft: bool = False) -> None:
        """The version in force (or the draft, on purpose), filtered to the chosen profession."""
        self.protocol_id, self.version_id, self.show_draft = protocol_id, None, show_draft
        if self.reload():
            self.opened.emit(protocol_id)

    def open_version(self, version_id: int) -> None:
        """One given version, with a banner saying whether it may be applied."""
        self.version_id, self.show_draft = version_id, False
        if self.reload() and self.consultation is not None:
            self.protocol_id = self.consultation.protocol_id
            self.opened.emit(self.consultation.protocol_id)

    def reload(self) -> bool:
        if self.protocol_id is None and self.version_id is None:
            return False
        if self.version_id is not None:
            c = run_query(
                self, consult.consult_version, self.ctx.db, self.version_id, self.profession
            )
        else:
            assert self.protocol_id is not None
            c = run_query(
                self,
                consult.consult_view,
                self.ctx.db,
                self.protocol_id,
                self.profession,
                self.show_draft,
            )
        if c is None:
            return False
        self.consultation = c
        self._show(c)
        return True

    def _show(self, c: consult.Consultation) -> None:
        self.title.setText(f"{c.code} — {c.title}")
        self.banner.setText(banner_text(c.banner))
        self.banner.setStyleSheet(banner_style(c.banner.kind))
        self._fill_professions(c)
        showing_draft = c.banner.kind == "draft"
        # From a draft, back to the approved version only when there is one.
        self.draft_button.setVisible(
            bool(c.draft_version_id) or (showing_draft and c.banner.in_force_number is not None)
        )
        self.draft_button.setText(
            self.tr("Revenir à la version validée")
            if showing_draft
            else self.tr("Voir le brouillon (non validé)")
        )
        self.memo_button.setEnabled(c.version_id is not None)
        self.memo_pdf_button.setEnabled(c.version_id is not None)
        self.body.setHtml(consultation_html(c))
        self.changes.show_for(c.version_id, c.status == "approved")
        self.stack.setCurrentIndex(1)

    def _fill_professions(self, c: consult.Consultation) -> None:
        codes = list(c.professions)
        if self.profession and self.profession not in codes:
            codes.append(self.profession)
        self.professions.blockSignals(True)
        self.professions.clear()
        self.professions.addItem(self.tr("Toutes les professions"), None)
        for code in codes:
            self.professions.addItem(catalog.profession_label(code), code)
        self.professions.setCurrentIndex(max(0, self.professions.findData(self.profession)))
        self.professions.blockSignals(False)

    def show_start(self) -> None:
        """The start page, its list of changed protocols up to date."""
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self.start.changed.setFocus()

    def toggle_draft(self) -> None:
        if self.protocol_id is None or self.consultation is None:
            return
        self.open_protocol(self.protocol_id, show_draft=self.consultation.banner.kind != "draft")

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        if changes.touches(Entity.PROTOCOL, Entity.PROTOCOL_VERSION, Entity.ACKNOWLEDGEMENT):
            self.start.refresh()
            if self.consultation is not None:
                self.reload()

    # -- profession, zoom, memo ------------------------------------------------------------------

    def set_profession(self, code: str | None) -> None:
        """Keep only this profession's steps (None: every step); alert signs always stay."""
        self.profession = code
        self.reload()

    def _profession_chosen(self, index: int) -> None:
        self.set_profession(self.professions.itemData(index))

    def step_zoom(self, direction: int) -> None:
        idx = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, idx + direction))]
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        base = self.font().pointSizeF()
        base = base if base > 0 else 10.0
        font = QFont(self.font())
        font.setPointSizeF(base * LARGE * self.zoom)
        self.body.setFont(font)
        self.body.document().setDefaultFont(font)
        self.changes.set_type_size(base * LARGE * self.zoom)
        self.start.changed.setFont(font)
        title = QFont(font)
        title.setPointSizeF(base * 1.6 * self.zoom)
        title.setBold(True)
        self.title.setFont(title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - the window's zoom changed
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_zoom()

    def _memo_profession(self) -> str | None:
        if self.consultation is None or self.consultation.version_id is None:
            return None
        return self.profession or self.exporter.ask_profession()

    def print_memo(self) -> bool:
        """Ctrl+P: the bedside memo of the chosen profession through the print dialog;
        `memo_printed` tells the printer (or the file, printing to PDF) once printed."""
        profession = self._memo_profession()
        if not profession or self.consultation is None or self.consultation.version_id is None:
            return False
        printer = self.exporter.print_memo(self.consultation.version_id, profession)
        if printer is None:
            return False
        self.memo_printed.emit(printer.outputFileName() or printer.printerName())
        return True

    def save_memo(self, path: str | None = None) -> bool:
        """The bedside memo as a PDF, to a file the user chooses (or `path`); built in a
        worker, `memo_saved` tells when it is written."""
        profession = self._memo_profession()
        if not profession or self.consultation is None or self.consultation.version_id is None:
            return False
        return (
            self.exporter.export(self.consultation.version_id, path=path, memo=profession)
            is not None
        )
