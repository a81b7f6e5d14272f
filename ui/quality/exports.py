"""The quality screens' files: a protocol's quality report and the team's yearly report (PDF,
built in a worker), and every measurement as CSV."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from protoedit.i18n import language
from ui.context import AppContext
from ui.quality import common
from ui.widgets.pdf_export import PdfExporter
from ui.widgets.plain import plain_label
from ui.widgets.tasks import Task

log = logging.getLogger("protoedit.quality")
PDF_KEYS = "Ctrl+Shift+P"  # Ctrl+P prints elsewhere in the app (the editor, the memo)
NATIVE = QKeySequence.SequenceFormat.NativeText


def default_year(today: dt.date) -> int:
    """The year a report is usually asked for: the last one until the end of March (the
    yearly review), this one after."""
    return today.year - 1 if today.month <= 3 else today.year


def shortcut_button(owner: QWidget, text: str, tip: str, keys: str) -> QPushButton:
    """A button with its shortcut on `owner` (the page and its children) and in its tooltip."""
    button = QPushButton(text)
    button.setToolTip(f"{tip} ({QKeySequence(keys).toString(NATIVE)})")
    shortcut = QShortcut(QKeySequence(keys), owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(button.click)
    return button


class QualityExporter(PdfExporter):
    """PdfExporter with the quality files; `status` says what was written, `open_button` opens
    the last PDF (both to be laid out by the screen).

    Signals: csv_written(str path); from PdfExporter: finished(str path), cancelled(),
    failed(object)
    """

    csv_written = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(ctx, parent)
        self.status = plain_label()
        self.open_button = QPushButton(self.tr("Ouvrir le PDF"))
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_last)
        self.finished.connect(self._written)
        self.cancelled.connect(lambda: self.status.setText(self.tr("Export annulé")))

    def status_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.status)
        bar.addWidget(self.open_button)
        return bar

    def forget(self) -> None:
        """Another protocol shown: the last file written is not its own."""
        self.status.clear()
        self.open_button.hide()

    def _written(self, path: str) -> None:
        self.status.setText(self.tr("PDF créé : {name}").format(name=Path(path).name))
        self.open_button.show()

    def _target(
        self, path: str | Path | None, title: str, suggested: str, pattern: str | None = None
    ) -> Path | None:
        return Path(path) if path else self.ask_path(title, suggested, pattern)

    def export_protocol(
        self, protocol_id: int, code: str, path: str | Path | None = None
    ) -> Task | None:
        """The protocol's quality report: indicators, charts, signals, PDSA cycles, versions."""
        day = common.today()
        target = self._target(
            path, self.tr("Enregistrer le rapport qualité"), f"Qualite-{code}-{day:%Y-%m-%d}.pdf"
        )
        if target is None:
            return None
        from protoedit.export import quality_protocol_report as qr  # ReportLab: on first export

        lang = language()
        return self.export(
            lambda: qr.protocol_quality_data(self.ctx.db, protocol_id, lang, day),
            qr.build_protocol_report,
            target,
        )

    def export_year(self, year: int, path: str | Path | None = None) -> Task | None:
        """The team's yearly quality report, every protocol."""
        target = self._target(
            path, self.tr("Enregistrer le rapport qualité annuel"), f"Qualite-{year}.pdf"
        )
        if target is None:
            return None
        from protoedit.export import quality_team_report as qr  # ReportLab: on first export

        lang, day = language(), common.today()
        return self.export(
            lambda: qr.team_quality_data(self.ctx.db, year, lang, day), qr.build_team_report, target
        )

    def export_csv(self, path: str | Path | None = None) -> Task | None:
        """Every measurement, atomically, with the BOM Excel needs; in a worker like the
        search index (30 protocols x 3 indicators x 24 months take about 0.2 s); `csv_written`
        says when it is done."""
        target = self._target(
            path,
            self.tr("Exporter les mesures (CSV)"),
            f"Mesures-{common.today():%Y-%m-%d}.csv",
            self.tr("Fichiers CSV (*.csv)"),
        )
        if target is None:
            return None
        from protoedit.export.measurements_csv import write_measurements_csv

        db, lang = self.ctx.db, language()
        return self.tasks.start(
            lambda _progress, _cancelled: write_measurements_csv(db, target, lang),
            self._csv_done,
            self._csv_failed,
        )

    def _csv_done(self, path: Path) -> None:
        log.info("measurements CSV written")
        self.status.setText(self.tr("CSV enregistré : {name}").format(name=path.name))
        self.open_button.hide()  # it would open the last PDF, not this file
        self.csv_written.emit(str(path))

    def _csv_failed(self, err: BaseException) -> None:
        self.failed.emit(err)
        self.warn_write(err)  # a read-only folder, a full disk, the database gone
