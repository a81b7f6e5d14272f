"""The yearly report: the four indicators with their formulas, the expected financing, a PDF."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from protoedit.cooperation import declarations as coop
from protoedit.cooperation.queries import YearlyReport
from protoedit.cooperation.rules import PATIENTS_LABEL, Rate
from protoedit.french import format_count, format_eur
from ui.context import AppContext
from ui.cooperation.models import core_label
from ui.widgets.pdf_export import PdfExporter
from ui.widgets.tasks import Task


class ReportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.declaration_id: int | None = None
        self.report: YearlyReport | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Bilan annuel"))
        self.export_button = QPushButton(self.tr("Exporter le bilan (PDF)…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.year.valueChanged.connect(self.reload)
        self.export_button.clicked.connect(self.choose_export_path)
        self.exporter = PdfExporter(ctx, self)

    def show_declaration(self, declaration_id: int | None) -> None:
        self.declaration_id = declaration_id
        self.reload()

    def reload(self) -> None:
        if self.declaration_id is None:
            self.report = None
            self.browser.setHtml("")
            self.export_button.setEnabled(False)
            return
        self.report = coop.yearly_report(self.ctx.db, self.declaration_id, self.year.value())
        self.browser.setHtml(self.html())
        self.export_button.setEnabled(True)

    def _rate_row(self, number: str, rate: Rate) -> str:
        counts = self.tr("{num} / {den}").format(
            num=format_count(rate.numerator), den=format_count(rate.denominator)
        )
        return (
            f"<tr><td>{number}</td><td><b>{escape(rate.label())}</b><br>"
            f"<i>{escape(rate.formula_label())}</i></td><td align='right'>{counts}</td>"
            f"<td align='right'><b>{escape(rate.text)}</b></td></tr>"
        )

    def html(self) -> str:
        r = self.report
        assert r is not None
        ind, fin = r.indicators, r.financing
        parts = [
            f"<h2>{escape(r.declaration.protocol_title)}</h2>",
            "<p>"
            + escape(
                self.tr("Bilan de l'année {year} : %n mois saisi(s).", "", ind.months).format(
                    year=r.year
                )
            )
            + "</p>",
            "<h3>" + escape(self.tr("Indicateurs")) + "</h3>",
            "<table border='1' cellspacing='0' cellpadding='4' width='98%'>",
            f"<tr><th width='4%'>#</th><th>{escape(self.tr('Indicateur et formule'))}</th>"
            f"<th>{escape(self.tr('Calcul'))}</th><th>{escape(self.tr('Résultat'))}</th></tr>",
            f"<tr><td>1</td><td><b>{escape(core_label(PATIENTS_LABEL))}</b></td><td></td>"
            f"<td align='right'><b>{format_count(ind.patients_treated)}</b></td></tr>",
            self._rate_row("2", ind.reprise),
            self._rate_row("3", ind.adverse_event_rate),
            self._rate_row("4", ind.satisfaction),
            "</table>",
        ]
        if ind.adverse_events:
            items = "".join(
                f"<li>{escape(n)} : {format_count(c)}</li>" for n, c in ind.adverse_events.items()
            )
            parts.append(
                "<p>"
                + escape(self.tr("Événements indésirables par nature :"))
                + f"</p><ul>{items}</ul>"
            )
        parts.append("<h3>" + escape(self.tr("Financement attendu")) + "</h3>")
        if not fin.financed:
            parts.append(
                "<p>" + escape(self.tr("Ce protocole ne prévoit pas de forfait.")) + "</p>"
            )
        else:
            rows = [
                (
                    self.tr("{n} patient(s) inclus × {eur}", "", fin.patients_included).format(
                        n=format_count(fin.patients_included), eur=format_eur(fin.per_patient_eur)
                    ),
                    format_eur(fin.inclusion_total),
                )
            ]
            if fin.reevaluation_eur is not None:
                rows.append(
                    (
                        self.tr("{n} réévaluation(s) × {eur}", "", fin.reevaluations).format(
                            n=format_count(fin.reevaluations), eur=format_eur(fin.reevaluation_eur)
                        ),
                        format_eur(fin.reevaluation_total),
                    )
                )
            rows.append((self.tr("Total attendu"), format_eur(fin.total)))
            rows.append(
                (
                    self.tr(
                        "Part des délégués ({eur} par patient, réévaluations comprises)"
                    ).format(eur=format_eur(fin.split["delegue"])),
                    format_eur(fin.by_role["delegue"]),
                )
            )
            rows.append(
                (
                    self.tr("Part des délégants ({eur} par patient)").format(
                        eur=format_eur(fin.split["delegant"])
                    ),
                    format_eur(fin.by_role["delegant"]),
                )
            )
            cells = "".join(
                f"<tr><td>{escape(a)}</td><td align='right'>{escape(b)}</td></tr>" for a, b in rows
            )
            parts.append(f"<table border='1' cellspacing='0' cellpadding='4'>{cells}</table>")
            for problem in r.split_problems:
                parts.append(f"<p style='color:#b00020'>{escape(problem)}</p>")
        return "".join(parts)

    def choose_export_path(self) -> None:
        if self.report is None:
            return
        code = self.report.declaration.protocol_code.lower()
        path = self.exporter.ask_path(
            self.tr("Bilan annuel"), f"bilan-{code}-{self.report.year}.pdf"
        )
        if path is not None:
            self.export_report(path)

    def export_report(self, path: Path) -> Task | None:
        if self.declaration_id is None:
            return None
        from protoedit.export import cooperation_report  # ReportLab: loaded on first export

        did, year = self.declaration_id, self.year.value()
        return self.exporter.export(
            lambda: cooperation_report.report_data(self.ctx.db, did, year),
            cooperation_report.build_report,
            path,
        )
