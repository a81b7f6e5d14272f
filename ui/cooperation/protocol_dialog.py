"""The team's own cooperation protocols: a local one, or a national one newer than the catalogue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.cooperation import declarations as coop
from protoedit.errors import FieldErrors, ProtoEditError
from ui.context import AppContext
from ui.cooperation.widgets import DateEdit, OptionalDateEdit, hours_text, parse_number
from ui.operations import save_op
from ui.widgets.errors import core_message, fields_text
from ui.widgets.plain import plain_label


def _professions_list() -> QListWidget:
    lst = QListWidget()
    for p in catalog.professions():
        item = QListWidgetItem(p.label())
        item.setData(Qt.ItemDataRole.UserRole, p.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        lst.addItem(item)
    lst.setMaximumHeight(110)
    return lst


def _checked(lst: QListWidget) -> list[str]:
    return [
        lst.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(lst.count())
        if lst.item(i).checkState() == Qt.CheckState.Checked
    ]


def _set_checked(lst: QListWidget, codes: tuple[str, ...] | list[str]) -> None:
    for i in range(lst.count()):
        item = lst.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in codes
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def with_version(rules: list[dict[str, Any]], rule: dict[str, Any]) -> list[dict[str, Any]]:
    """Replace the version starting the same day, or close the open one and add this one."""
    start = rule["valid_from"]
    kept = [dict(r) for r in rules if r["valid_from"] != start]
    for r in kept:
        if r.get("valid_to") is None and r["valid_from"] < start:
            r["valid_to"] = start
    return sorted([*kept, rule], key=lambda r: r["valid_from"])


class TeamProtocolDialog(QDialog):
    """Each save adds (or corrects) one dated version; the previous ones stay as history."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protocoles de coopération de l'équipe"))
        self.ctx = ctx
        self.rows: dict[int, coop.ProtocolRow] = {}
        self.existing = QComboBox()
        self.code, self.title = QLineEdit(), QLineEdit()
        self.origin = QComboBox()
        self.origin.addItem(self.tr("Protocole local"), "local")
        self.origin.addItem(
            self.tr("Protocole national (plus récent que le catalogue)"), "national"
        )
        self.valid_from = DateEdit()
        self.delegants, self.delegues = _professions_list(), _professions_list()
        self.age_min, self.age_max = QLineEdit(), QLineEdit()
        self.age_unit = QComboBox()
        self.age_unit.addItem(self.tr("ans"), "years")
        self.age_unit.addItem(self.tr("mois"), "months")
        self.training_hours = QLineEdit()
        self.legal_reference = QLineEdit()
        self.legal_date = OptionalDateEdit(self.tr("connue"))
        self.per_patient, self.reevaluation = QLineEdit(), QLineEdit()
        self.reevaluation_window = QLineEdit()
        self.split_delegue, self.split_delegant = QLineEdit(), QLineEdit()
        self.inclusion, self.exclusion, self.process = (QPlainTextEdit() for _ in range(3))
        for w in (self.inclusion, self.exclusion, self.process):
            w.setPlaceholderText(self.tr("Un élément par ligne"))
            w.setFixedHeight(70)
        self.errors = plain_label(styleSheet="color: #b00020;", wordWrap=True)
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Protocole"), self.existing)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Titre"), self.title)
        form.addRow(self.tr("Origine"), self.origin)
        form.addRow(self.tr("Version applicable à partir du"), self.valid_from)
        form.addRow(self.tr("Délégants"), self.delegants)
        form.addRow(self.tr("Délégués"), self.delegues)
        ages = QHBoxLayout()
        for part in (
            QLabel(self.tr("de")),
            self.age_min,
            QLabel(self.tr("à")),
            self.age_max,
            self.age_unit,
        ):
            ages.addWidget(part)
        form.addRow(self.tr("Âge des patients"), ages)
        form.addRow(self.tr("Formation des délégués (h)"), self.training_hours)
        form.addRow(self.tr("Texte de référence"), self.legal_reference)
        form.addRow(self.tr("Date du texte"), self.legal_date)
        money = QGridLayout()
        for col, (label, edit) in enumerate(
            [
                (self.tr("par patient"), self.per_patient),
                (self.tr("réévaluation"), self.reevaluation),
                (self.tr("délégué"), self.split_delegue),
                (self.tr("délégant"), self.split_delegant),
            ]
        ):
            money.addWidget(QLabel(label), 0, col)
            money.addWidget(edit, 1, col)
        form.addRow(self.tr("Financement (€)"), money)
        form.addRow(self.tr("Délai de réévaluation"), self.reevaluation_window)
        form.addRow(self.tr("Critères d'inclusion"), self.inclusion)
        form.addRow(self.tr("Critères d'exclusion"), self.exclusion)
        form.addRow(self.tr("Déroulé de la prise en charge"), self.process)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.existing.currentIndexChanged.connect(self.show_selected)
        self.resize(760, 720)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.rows = {p.team_id: p for p in coop.list_protocols(self.ctx.db) if p.team_id}
        self.existing.blockSignals(True)
        self.existing.clear()
        self.existing.addItem(self.tr("— nouveau protocole —"), None)
        for tid, p in self.rows.items():
            self.existing.addItem(f"{p.title} ({p.code})", tid)
        self.existing.setCurrentIndex(max(0, self.existing.findData(select)))
        self.existing.blockSignals(False)
        self.show_selected()

    def show_selected(self) -> None:
        row = self.rows.get(self.existing.currentData())
        rule = row.entry.rules[-1] if row else None
        self.code.setText(row.code if row else "")
        self.title.setText(row.title if row else "")
        self.origin.setCurrentIndex(max(0, self.origin.findData(row.origin if row else "local")))
        self.valid_from.set_value(rule.valid_from if rule else dt.date.today())
        _set_checked(self.delegants, rule.delegant_professions if rule else ["medecin_generaliste"])
        _set_checked(self.delegues, rule.delegue_professions if rule else [])
        self.age_min.setText("" if rule is None or rule.age_min is None else str(rule.age_min))
        self.age_max.setText("" if rule is None or rule.age_max is None else str(rule.age_max))
        self.age_unit.setCurrentIndex(
            max(0, self.age_unit.findData(rule.age_unit if rule else "years"))
        )
        self.training_hours.setText(hours_text(rule.training_hours) if rule else "")
        self.legal_reference.setText(rule.legal_reference if rule else "")
        self.legal_date.set_value(rule.legal_date if rule else None)
        f = rule.financing if rule else None
        money = {
            self.per_patient: f.per_patient_eur if f else None,
            self.reevaluation: f.reevaluation_eur if f else None,
            self.split_delegue: f.split_delegue if f else None,
            self.split_delegant: f.split_delegant if f else None,
        }
        for edit, value in money.items():
            edit.setText("" if value is None else hours_text(float(value)))
        self.reevaluation_window.setText((f.reevaluation_window or "") if f else "")
        for text_edit, lines in (
            (self.inclusion, rule.inclusion if rule else ()),
            (self.exclusion, rule.exclusion if rule else ()),
            (self.process, rule.process_outline if rule else ()),
        ):
            text_edit.setPlainText("\n".join(lines))
        self.code.setEnabled(row is None)
        self.errors.clear()

    def rule(self) -> dict[str, Any]:
        """The version typed in, as the catalogue's JSON shape (checked by the core)."""

        def number(w: QLineEdit) -> float | int | None:
            value = parse_number(w.text())
            return int(value) if value is not None and value.is_integer() else value

        def lines(w: QPlainTextEdit) -> list[str]:
            return [t.strip() for t in w.toPlainText().splitlines() if t.strip()]

        financing = None
        if self.per_patient.text().strip():
            financing = {
                "per_patient_eur": number(self.per_patient),
                "reevaluation_eur": number(self.reevaluation),
                "reevaluation_window": self.reevaluation_window.text().strip() or None,
                "default_split": {
                    "delegue": number(self.split_delegue) or 0,
                    "delegant": number(self.split_delegant) or 0,
                },
            }
        legal_date = self.legal_date.value()
        return {
            "valid_from": self.valid_from.value().isoformat(),
            "valid_to": None,
            "delegant_professions": _checked(self.delegants),
            "delegue_professions": _checked(self.delegues),
            "age_min": number(self.age_min),
            "age_max": number(self.age_max),
            "age_unit": self.age_unit.currentData(),
            "training_hours": number(self.training_hours),
            "legal_reference": self.legal_reference.text().strip(),
            "legal_date": legal_date.isoformat() if legal_date else None,
            "financing": financing,
            "inclusion": lines(self.inclusion),
            "exclusion": lines(self.exclusion),
            "process_outline": lines(self.process),
            "note": "",
            "checked": False,
        }

    def save(self) -> None:
        row = self.rows.get(self.existing.currentData())
        try:
            rule = self.rule()
        except ValueError:
            self.errors.setText(
                self.tr("Un nombre est illisible : utilisez des chiffres, par exemple 10 ou 10,5.")
            )
            return
        rules = with_version([r.to_dict() for r in row.entry.rules], rule) if row else [rule]
        values = coop.TeamProtocolInput(
            self.code.text(), self.title.text(), self.origin.currentData(), rules
        )
        saved = save_op(
            self.ctx,
            self,
            row.team_id if row else None,
            coop.add_team_protocol,
            coop.update_team_protocol,
            values,
            row.revision if row else None,
            on={
                FieldErrors: lambda e: self.errors.setText(fields_text(e)),
                ProtoEditError: lambda e: self.errors.setText(core_message(e)),
            },
        )
        if saved is None:
            return
        self.reload(select=saved[0])
        self.status.setText(self.tr("Protocole enregistré."))
