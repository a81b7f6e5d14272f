"""The head of a declaration: protocol, start date, structure, référent, legal representative."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog, team
from protoedit.cooperation import declarations as coop
from protoedit.cooperation import figures as coop_figures
from protoedit.cooperation.catalog import CoopRule
from protoedit.cooperation.queries import declared_rule
from protoedit.errors import ConflictError, FieldErrors
from protoedit.french import format_eur
from protoedit.ops import OpChanges
from ui.context import AppContext
from ui.cooperation.widgets import OptionalDateEdit, date_text, hours_text, parse_number
from ui.operations import run_op, save_op
from ui.widgets.errors import field_message, mark_fields
from ui.widgets.fields import CheckedLineEdit
from ui.widgets.merge_dialog import resolve_fields, taken_text
from ui.widgets.plain import plain_label


class DeclarationForm(QGroupBox):
    """Creates or edits the declaration itself; saving is never blocked by its problems.

    Signals: saved(int) with the declaration id and the OpChanges; training_filled(object)
    with the OpChanges of the training hours the team filled in.
    """

    saved = Signal(int, object)
    training_filled = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("1. Protocole, structure et déclarant"))
        self.ctx = ctx
        self.current_id: int | None = None
        self.revision: int | None = None
        self.base: dict = {}  # the fields as loaded: a conflict merges from them
        self.declared = False
        self.protocols: dict[str, coop.ProtocolRow] = {}
        self.protocol = QComboBox()
        self.protocol.setAccessibleName(self.tr("Protocole de coopération"))
        self.protocol_error = plain_label(styleSheet="color: #b00020;", wordWrap=True)
        self.protocol_error.hide()
        self.rule_summary = QLabel(wordWrap=True)
        self.rule_summary.setStyleSheet("color: #444;")
        self.rule_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.hours_button = QPushButton(self.tr("Renseigner la formation requise…"))
        self.hours_button.setToolTip(
            self.tr(
                "Le catalogue ne donne pas cette durée : indiquez-la d'après le texte officiel."
            )
        )
        self.hours_button.hide()
        self._shown_rule: tuple[str, CoopRule] | None = None
        self.start_date = OptionalDateEdit(self.tr("connue"))
        self.structure = plain_label(wordWrap=True)
        self.referent = QComboBox()
        self.referent.setAccessibleName(self.tr("Référent déclarant"))
        for combo in (self.protocol, self.referent):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.legal_rep_name = CheckedLineEdit(max_length=200)
        self.legal_rep_contact = CheckedLineEdit(max_length=200)
        self.split_delegue = CheckedLineEdit(max_length=10)
        self.split_delegant = CheckedLineEdit(max_length=10)
        self.save_button = QPushButton(self.tr("Enregistrer la déclaration"))
        self.status = QLabel()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # fits a narrow pane
        protocol = QVBoxLayout()
        protocol.setSpacing(2)
        protocol.addWidget(self.protocol)
        protocol.addWidget(self.protocol_error)
        protocol.addWidget(self.rule_summary)
        protocol.addWidget(self.hours_button)
        form.addRow(self.tr("Protocole"), protocol)
        form.addRow(self.tr("Début de mise en œuvre"), self.start_date)
        form.addRow(self.tr("Structure"), self.structure)
        form.addRow(self.tr("Référent déclarant"), self.referent)
        form.addRow(self.tr("Représentant légal"), self.legal_rep_name)
        form.addRow(self.tr("Contact du représentant"), self.legal_rep_contact)
        split = QHBoxLayout()
        split.addWidget(QLabel(self.tr("délégué")))
        split.addWidget(self.split_delegue)
        split.addWidget(QLabel(self.tr("délégant")))
        split.addWidget(self.split_delegant)
        form.addRow(self.tr("Répartition (€ par patient)"), split)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        form.addRow(row)
        self.fields = {
            "legal_rep_name": self.legal_rep_name,
            "legal_rep_contact": self.legal_rep_contact,
            "financing_split": self.split_delegue,
        }
        self.protocol.currentIndexChanged.connect(self.show_rule)
        self.start_date.changed.connect(self.show_rule)
        self.save_button.clicked.connect(self.save)
        self.hours_button.clicked.connect(self.fill_training_hours)
        self.reload_choices()

    # ------------------------------------------------------------ choices

    def reload_choices(self) -> None:
        """Protocols (national then the team's) and the team's professionals."""
        code, referent = self.protocol.currentData(), self.referent.currentData()
        self.protocols = {p.code: p for p in coop.list_protocols(self.ctx.db)}
        self.protocol.blockSignals(True)
        self.protocol.clear()
        self.protocol.addItem(self.tr("— choisir un protocole —"), "")
        for p in self.protocols.values():
            origin = self.tr("national") if p.team_id is None else self.tr("équipe")
            self.protocol.addItem(f"{p.title} ({p.code}, {origin})", p.code)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(code)))
        self.protocol.blockSignals(False)
        self.referent.clear()
        self.referent.addItem(self.tr("— choisir le membre qui déclare —"), None)
        for pro in team.list_professionals(self.ctx.db, active_only=True):
            label = f"{pro.last_name.upper()} {pro.first_name} — "
            self.referent.addItem(label + catalog.profession_label(pro.profession), pro.id)
        self.referent.setCurrentIndex(max(0, self.referent.findData(referent)))
        st = team.get_structure(self.ctx.db)
        if st is None:
            self.structure.setText(self.tr("Non renseignée : complétez l'écran Équipe."))
        else:
            parts = [
                st.name,
                self.tr("FINESS {n}").format(n=st.finess) if st.finess else "",
                self.tr("SIRET {n}").format(n=st.siret) if st.siret else "",
            ]
            self.structure.setText(" · ".join(p for p in parts if p))
        self.show_rule()

    def show_rule(self) -> None:
        protocol = self.protocols.get(self.protocol.currentData() or "")
        if protocol is None:
            self.rule_summary.clear()
            self.hours_button.hide()
            self._shown_rule = None
            return
        rule = declared_rule(protocol.entry, self.start_date.value())
        parts = [
            self.tr("Délégant : {p}").format(
                p=", ".join(catalog.profession_label(c) for c in rule.delegant_professions)
            ),
            self.tr("Délégués : {p}").format(
                p=", ".join(catalog.profession_label(c) for c in rule.delegue_professions)
            ),
            self.tr("Patients : {ages}").format(ages=rule.age_range_text()),
        ]
        parts.append(self.training_text(rule))
        if rule.financing is not None:
            split = rule.financing.default_split
            parts.append(
                self.tr("Forfait : {eur} (par défaut {a} délégué, {b} délégant)").format(
                    eur=format_eur(rule.financing.per_patient_eur),
                    a=format_eur(split["delegue"]),
                    b=format_eur(split["delegant"]),
                )
            )
        self.rule_summary.setText(" · ".join(parts))
        self.hours_button.setVisible(rule.training_hours is None or bool(rule.team_figures))
        self.hours_button.setEnabled(not self.declared)
        self._shown_rule = (protocol.code, rule)

    def training_text(self, rule: CoopRule) -> str:
        """The training the protocol requires, and where the figure comes from."""
        if rule.training_hours is None:
            return self.tr("Formation requise : à renseigner (inconnue dans le catalogue)")
        hours = hours_text(rule.training_hours)
        source = rule.team_figure("training_hours")
        if source is None:
            return self.tr("Formation requise : {h} h (catalogue)").format(h=hours)
        return self.tr(
            "Formation requise : {h} h (renseignée par l'équipe le {date}, {who})"
        ).format(h=hours, date=date_text(source.on), who=source.by)

    def fill_training_hours(self) -> None:
        """The team enters the hours the catalogue leaves unknown (dated, in the audit log)."""
        if self._shown_rule is None:
            return
        code, rule = self._shown_rule
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Durée de formation requise"))
        dialog.setLabelText(
            self.tr(
                "Durée de formation exigée des délégués par la version du {date} de ce protocole, "
                "en heures, d'après le texte officiel.\nElle sera datée d'aujourd'hui et "
                "signée de votre nom."
            ).format(date=date_text(rule.valid_from))
        )
        dialog.setTextValue(hours_text(rule.training_hours))
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return
        try:
            hours = parse_number(dialog.textValue())
        except ValueError:
            hours = None
        changes = run_op(
            self.ctx, self, coop_figures.set_training_hours, code, rule.valid_from, hours
        )
        if changes is None:
            return
        self.reload_choices()
        self.training_filled.emit(changes)

    # ------------------------------------------------------------ load and save

    def load(self, view: coop.DeclarationView | None) -> None:
        """Show a declaration, or a blank one prefilled from the structure (view None)."""
        self.reload_choices()
        values = coop.DeclarationInput.of(view) if view else coop.new_declaration_input(self.ctx.db)
        if self.current_id is None or view is None or view.id != self.current_id:
            self.status.clear()
        self.current_id = view.id if view else None
        self.revision = view.revision if view else None
        self.declared = bool(view and view.is_declared)
        self._show_values(values)
        self.base = asdict(self.values()) if view else {}
        self.protocol.setEnabled(not self.declared)
        self.start_date.setEnabled(not self.declared)
        self.show_problems({})
        self.show_rule()

    def _show_values(self, values: coop.DeclarationInput) -> None:
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(values.protocol_code)))
        self.start_date.set_value(values.start_date)
        self.referent.setCurrentIndex(max(0, self.referent.findData(values.referent_id)))
        self.legal_rep_name.setText(values.legal_rep_name)
        self.legal_rep_contact.setText(values.legal_rep_contact)
        split = form_split(values.financing_split)
        self.split_delegue.setText(split.get("delegue", ""))
        self.split_delegant.setText(split.get("delegant", ""))

    def edited(self) -> bool:
        """Typed since loaded (or saved)."""
        return self.current_id is not None and asdict(self.values()) != self.base

    def values(self) -> coop.DeclarationInput:
        split = {"delegue": self.split_delegue.text(), "delegant": self.split_delegant.text()}
        return coop.DeclarationInput(
            protocol_code=self.protocol.currentData() or "",
            referent_id=self.referent.currentData(),
            legal_rep_name=self.legal_rep_name.text(),
            legal_rep_contact=self.legal_rep_contact.text(),
            start_date=self.start_date.value(),
            financing_split={k: v for k, v in split.items() if v.strip()},
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        mark_fields(self.fields, problems)
        self.protocol_error.setText(field_message(problems.get("protocol_code")) or "")
        self.protocol_error.setVisible("protocol_code" in problems)

    def save(self) -> bool:
        """True when what is shown is saved (directly, or merged with another PC's save)."""
        saved = save_op(
            self.ctx,
            self,
            self.current_id,
            coop.create_declaration,
            coop.update_declaration,
            self.values(),
            self.revision,
            on={FieldErrors: self._refused_fields, ConflictError: self._merge_with_other_pc},
            success=self._took_saved,
        )
        return saved is not None or (self.current_id is not None and not self.edited())

    def _took_saved(self, saved: tuple[int, OpChanges]) -> None:
        """Shown as saved, and the page told, before the other screens refresh."""
        did, changes = saved
        self.load(coop.get_declaration(self.ctx.db, did))
        self.status.setText(
            self.tr("Enregistrée à {time}.").format(time=dt.datetime.now().strftime("%H:%M"))
        )
        self.saved.emit(did, changes)

    def _refused_fields(self, err: FieldErrors) -> None:
        self.show_problems(err.problems)
        self.status.setText(self.tr("Corrigez les champs signalés."))

    def _merge_with_other_pc(self, _err: ConflictError) -> None:
        """Another PC saved this declaration since it was shown: merge on the fields loaded
        here; fields both changed are chosen in the merge dialog."""
        assert self.current_id is not None  # a conflict only comes from an update
        theirs_view = coop.get_declaration(self.ctx.db, self.current_id)
        theirs = coop.DeclarationInput.of(theirs_view)
        theirs.financing_split = form_split(theirs.financing_split)
        labels = {
            "protocol_code": self.tr("Protocole"),
            "referent_id": self.tr("Référent déclarant"),
            "legal_rep_name": self.tr("Représentant légal"),
            "legal_rep_contact": self.tr("Contact du représentant"),
            "start_date": self.tr("Début de mise en œuvre"),
            "financing_split": self.tr("Répartition (€ par patient)"),
        }
        result = resolve_fields(
            self,
            self.protocol.currentText(),
            self.tr("Déclaration"),
            self.base,
            asdict(self.values()),
            asdict(theirs),
            labels,
            self._shown,
        )
        if result is None:
            self.status.setText(self.tr("Non enregistrée : conflit avec l'autre poste."))
            return
        self._show_values(coop.DeclarationInput(**result.merge.values))
        self.revision, self.base = theirs_view.revision, asdict(theirs)
        self.save()
        note = " · ".join(t for t in (result.copied, taken_text(result.merge)) if t)
        if note and not self.edited():  # saved
            self.status.setText(note)

    def _shown(self, key: str, value: object) -> str:
        """A field's value as the form shows it."""
        combos = {"protocol_code": self.protocol, "referent_id": self.referent}
        if key in combos:
            combo = combos[key]
            return combo.itemText(max(0, combo.findData(value)))
        if key == "financing_split" and isinstance(value, dict):
            return self.tr("délégué {a} €, délégant {b} €").format(
                a=value.get("delegue", "—"), b=value.get("delegant", "—")
            )
        if isinstance(value, dt.date):
            return f"{value:%d/%m/%Y}"
        return str(value or "—")


def form_split(split: dict | None) -> dict[str, str]:
    """The financing split as the form's fields show it ("20", "5,5")."""
    return {k: str(v).replace(".", ",") for k, v in (split or {}).items() if str(v).strip()}
