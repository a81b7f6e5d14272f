"""Form for one agenda item: kind, theme, people, time slot; patient details or linked protocol.

It lives in the agenda's item dialog (`ItemDialog`), so the agenda keeps the whole page."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from protoedit.errors import ConflictError, FieldErrors
from protoedit.meetings import agenda
from protoedit.meetings.agenda import SLOT_DEFAULT, SLOT_MAX, ItemInput
from protoedit.meetings.pseudonym import initials_of, looks_like_full_name
from protoedit.meetings.queries import ITEM_KINDS, PROTOCOL_ITEM_KINDS, ItemView, get_item
from ui.context import AppContext
from ui.meetings.common import fill_protocols, select_data
from ui.meetings.models import item_kind_label
from ui.operations import run_op, save_op
from ui.widgets.errors import mark_fields
from ui.widgets.fields import CheckedLineEdit
from ui.widgets.merge_dialog import resolve_fields, taken_text


def item_input(item: ItemView) -> ItemInput:
    return ItemInput(**{k: getattr(item, k) for k in ItemInput.__dataclass_fields__})


class ItemForm(QGroupBox):
    """Adds an item at the end of the agenda, or edits the selected one. After an item is
    added, the next one starts with the same kind and protocol (six items in a row).

    Signals: saved(int) with the item's id.
    """

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.revision: int | None = None
        self.base: dict = {}  # the fields as loaded: a conflict merges from them
        self.position: int | None = None
        self.dirty = False
        self.last_kind = "case"  # what the previous added item was: the next one starts so
        self.last_protocol: int | None = None
        self.kind = QComboBox()
        for code in ITEM_KINDS:
            self.kind.addItem(item_kind_label(code), code)
        self.theme = CheckedLineEdit(max_length=300)
        self.requester = CheckedLineEdit(max_length=250)
        self.presenter = CheckedLineEdit(max_length=250)
        self.slot = QSpinBox()
        self.slot.setRange(1, SLOT_MAX)
        self.slot.setSingleStep(5)
        self.slot.setSuffix(self.tr(" min"))
        self.pseudonym = CheckedLineEdit(max_length=120)
        self.pseudonym.edit.setPlaceholderText(self.tr("Initiales ou pseudonyme"))
        self.name_warning = QLabel(
            self.tr("Un nom complet ? Préférez des initiales ou un pseudonyme.")
        )
        self.name_warning.setObjectName("nameWarning")
        self.name_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.name_warning.setStyleSheet("color: #8a4b00;")
        self.name_warning.setToolTip(
            self.tr(
                "Le nom n'est imprimé qu'avec le consentement du patient, mais l'ordre du jour et le "
                "compte rendu peuvent circuler : des initiales suffisent à l'équipe."
            )
        )
        self.initials = CheckedLineEdit(max_length=12)
        self.consent = QComboBox()
        self.consent.addItem(self.tr("Non demandé : initiales seulement"), "not_asked")
        self.consent.addItem(self.tr("Oui, le patient est d'accord"), "yes")
        self.flag_75 = QCheckBox(self.tr("75 ans ou plus"))
        self.flag_ald = QCheckBox(self.tr("En ALD"))
        flags = QHBoxLayout()
        flags.addWidget(self.flag_75)
        flags.addWidget(self.flag_ald)
        flags.addStretch(1)
        self.protocol = QComboBox()
        self.save_button = QPushButton()
        self.new_button = QPushButton(self.tr("Nouveau point"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        self.up_button = QPushButton(self.tr("Monter"))
        self.down_button = QPushButton(self.tr("Descendre"))
        self.status = QLabel()
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Thème"), self.theme)
        self.form.addRow(self.tr("Demandé par"), self.requester)
        self.form.addRow(self.tr("Présenté par"), self.presenter)
        self.form.addRow(self.tr("Durée prévue"), self.slot)
        self.case_rows: list[tuple[str, QWidget | QLayout]] = [
            (self.tr("Patient"), self.pseudonym),
            ("", self.name_warning),
            (self.tr("Initiales"), self.initials),
            (self.tr("Consentement"), self.consent),
            ("", flags),
        ]
        for label, w in self.case_rows:
            self.form.addRow(label, w)
        self.form.addRow(self.tr("Protocole"), self.protocol)
        buttons = QHBoxLayout()
        for b in (
            self.save_button,
            self.new_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.form.addRow(buttons)
        self.form.addRow(self.status)
        self.fields = {
            "theme": self.theme,
            "requester": self.requester,
            "presenter": self.presenter,
            "patient_pseudonym": self.pseudonym,
            "patient_initials": self.initials,
        }
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for w in self.fields.values():
            w.edit.textEdited.connect(self._edited)
        self.pseudonym.edit.textChanged.connect(self._suggest_initials)
        for combo in (self.kind, self.consent, self.protocol):
            combo.activated.connect(self._edited)
        self.slot.valueChanged.connect(self._edited)
        for box in (self.flag_75, self.flag_ald):
            box.toggled.connect(self._edited)
        for w in self.fields.values():
            w.edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(lambda: self.show_item(None))
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(+1))
        self.refresh_protocols()
        self.show_item(None)

    def _edited(self, *_args: object) -> None:
        self.dirty = True
        self.status.clear()

    def _suggest_initials(self, text: str) -> None:
        self.initials.edit.setPlaceholderText(initials_of(text) or self.tr("ex. J. D."))
        self._show_name_warning()

    def _show_name_warning(self) -> None:
        """A warning under the patient field, never a refusal."""
        full_name = looks_like_full_name(self.pseudonym.text())
        self.form.setRowVisible(self.name_warning, self.kind.currentData() == "case" and full_name)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for _label, w in self.case_rows:
            self.form.setRowVisible(w, kind == "case")
        self._show_name_warning()
        self.form.setRowVisible(self.protocol, kind in PROTOCOL_ITEM_KINDS)

    def refresh_protocols(self) -> None:
        fill_protocols(self.protocol, self.ctx, self.tr("— choisir un protocole —"))

    def show_item(self, item: ItemView | None, force: bool = True) -> None:
        """Show an item (None: a new one); keeps unsaved typing unless `force`."""
        if not force and self.dirty and item is not None and item.id == self.item_id:
            self.position = item.position  # revision and base kept: the save merges
            return
        if item is None:
            v = ItemInput(kind=self.last_kind, protocol_id=self.last_protocol)
        else:
            v = item_input(item)
        self.item_id = item.id if item else None
        self.position = item.position if item else None
        self.revision = item.revision if item else None
        self.setTitle(
            self.tr("Point {n}").format(n=item.position + 1) if item else self.tr("Nouveau point")
        )
        self._show_values(v)
        self._kind_changed()
        self.base = asdict(self.values()) if item else {}
        self.save_button.setText(
            self.tr("Enregistrer le point") if item else self.tr("Ajouter le point")
        )
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setVisible(item is not None)
        self.dirty = False

    def _show_values(self, v: ItemInput) -> None:
        select_data(self.kind, v.kind)
        for key, w in self.fields.items():
            w.setText(getattr(v, key))
            w.set_error(None)
        self.slot.setValue(v.slot_minutes or SLOT_DEFAULT)
        select_data(self.consent, v.consent)
        self.flag_75.setChecked(v.flag_75)
        self.flag_ald.setChecked(v.flag_ald)
        select_data(self.protocol, v.protocol_id)

    def values(self) -> ItemInput:
        v = ItemInput(
            kind=self.kind.currentData(),
            slot_minutes=self.slot.value(),
            consent=self.consent.currentData(),
            flag_75=self.flag_75.isChecked(),
            flag_ald=self.flag_ald.isChecked(),
            protocol_id=self.protocol.currentData(),
        )
        for key, w in self.fields.items():
            setattr(v, key, w.text())
        return v

    def set_read_only(self, ro: bool) -> None:
        self.setEnabled(not ro)

    def save(self) -> None:
        if self.meeting_id is None:
            return
        v = self.values()
        if v.kind in PROTOCOL_ITEM_KINDS and v.protocol_id is None:
            self.status.setText(self.tr("Choisissez le protocole travaillé."))
            return
        meeting_id, was_new = self.meeting_id, self.item_id is None
        saved = save_op(
            self.ctx,
            self,
            self.item_id,
            lambda db, actor, values: agenda.add_item(db, actor, meeting_id, values),
            agenda.update_item,
            v,
            self.revision,
            on={FieldErrors: self._refused_fields, ConflictError: self._merge_with_other_pc},
            success=lambda saved: self._took_saved(saved[0], v),
        )
        if saved is None:
            return
        item_id = saved[0]
        if was_new:  # ready for the next item, of the same kind and protocol
            self.show_item(None)
            self.theme.setFocus()
        self.status.setText(self.tr("Point ajouté.") if was_new else self.tr("Point enregistré."))
        self.saved.emit(item_id)

    def _took_saved(self, item_id: int, v: ItemInput) -> None:
        was_new, self.dirty, self.item_id = self.item_id is None, False, item_id
        if was_new:
            self.last_kind = v.kind
            if v.kind in PROTOCOL_ITEM_KINDS:
                self.last_protocol = v.protocol_id

    def _refused_fields(self, err: FieldErrors) -> None:
        mark_fields(self.fields, err.problems)
        self.status.setText(self.tr("Corrigez les champs signalés."))

    def _merge_with_other_pc(self, _err: ConflictError | None = None) -> None:
        """Another PC saved this item since it was shown: merge on the fields loaded here;
        fields both changed are chosen in the merge dialog."""
        assert self.item_id is not None  # a conflict only comes from an update
        theirs_view = get_item(self.ctx.db, self.item_id)
        theirs = asdict(item_input(theirs_view))
        labels = {
            "kind": self.tr("Type"),
            "theme": self.tr("Thème"),
            "requester": self.tr("Demandé par"),
            "presenter": self.tr("Présenté par"),
            "slot_minutes": self.tr("Durée prévue"),
            "patient_pseudonym": self.tr("Patient"),
            "patient_initials": self.tr("Initiales"),
            "consent": self.tr("Consentement"),
            "flag_75": self.tr("75 ans ou plus"),
            "flag_ald": self.tr("En ALD"),
            "protocol_id": self.tr("Protocole"),
        }
        result = resolve_fields(
            self,
            self.title(),
            self.tr("Point de réunion"),
            self.base,
            asdict(self.values()),
            theirs,
            labels,
            self._shown,
        )
        if result is None:
            self.status.setText(self.tr("Non enregistré : conflit avec l'autre poste."))
            return
        self._show_values(ItemInput(**result.merge.values))
        self.revision, self.base = theirs_view.revision, theirs
        self.save()
        note = " · ".join(t for t in (result.copied, taken_text(result.merge)) if t)
        if note and not self.dirty:
            self.status.setText(note)

    def _shown(self, key: str, value: object) -> str:
        """A field's value as the form shows it."""
        combos = {"kind": self.kind, "consent": self.consent, "protocol_id": self.protocol}
        if key in combos:
            combo = combos[key]
            return combo.itemText(max(0, combo.findData(value)))
        if isinstance(value, bool):
            return self.tr("oui") if value else self.tr("non")
        return str(value) if value not in (None, "") else "—"

    def remove(self) -> None:
        if (
            self.item_id is not None
            and run_op(self.ctx, self, agenda.remove_item, self.item_id) is not None
        ):
            self.show_item(None)

    def move_item(self, step: int) -> None:
        """One place up (-1) or down (+1) in the agenda."""
        if self.item_id is None or self.position is None:
            return
        target = max(0, self.position + step)
        if run_op(self.ctx, self, agenda.move_item, self.item_id, target) is not None:
            self.saved.emit(self.item_id)


class ItemDialog(QDialog):
    """The item form in its own window, beside the projected agenda; stays open to add several
    items in a row (Échap or "Fermer" closes it)."""

    def __init__(self, form: ItemForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Point de l'ordre du jour"))
        self.form = form
        close = QDialogButtonBox()
        self.close_button = close.addButton(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setToolTip(self.tr("Fermer (Échap)"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(close)
        self.setMinimumWidth(560)
        for button in self.findChildren(QPushButton):  # Entrée saves the item (the form's own
            button.setAutoDefault(False)  # returnPressed), it never closes the window
            button.setDefault(False)
