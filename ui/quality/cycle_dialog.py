"""A PDSA cycle of a protocol in four tabs (Plan, Do, Study, Act), saved as one operation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.errors import ValidationError
from protoedit.quality import cycles, queries
from protoedit.quality.cycles import CycleInput
from protoedit.quality.queries import CycleView, ProtocolQuality
from ui.context import AppContext
from ui.operations import run_op
from ui.quality.charts import charts_column
from ui.quality.common import stage_label
from ui.widgets.plain import plain_label

NO_DATE = QDate(2000, 1, 1)
TABS = ("plan", "do", "study", "act")
# Field of CycleInput -> the tab showing it (a refusal opens that tab on the field).
FIELD_TAB = {
    "aim": 0,
    "question": 0,
    "prediction": 0,
    "change": 0,
    "who_when_where": 0,
    "indicators": 0,
    "do_start": 1,
    "do_end": 1,
    "do_notes": 1,
    "problems": 1,
    "study": 2,
    "act": 3,
    "act_notes": 3,
    "next_cycle": 3,
}


def _t(text: str) -> str:
    return QCoreApplication.translate("CycleDialog", text)


def text_field(lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    """A plain-text field about `lines` lines high; Tab moves on to the next field."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


class OptionalDate(QDateEdit):
    """A date that may be left unsaid: its minimum (NO_DATE) shows `none_text`. Up from "no
    date" gives today, so typing "01/12/2025" next never lands on the minimum half-way (day 01
    of January 2000 would read "no date" and swallow the rest of the typing)."""

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.date() == self.minimumDate() and steps > 0:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)


def optional_date(none_text: str) -> QDateEdit:
    """A date that may be left unsaid (shown as `none_text`)."""
    edit = OptionalDate()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setDate(NO_DATE)
    return edit


def date_of(edit: QDateEdit) -> Any:
    return None if edit.date() == NO_DATE else edit.date().toPython()


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def offer_draft(ctx: AppContext, parent: QWidget, version_id: int) -> bool:
    """After a revision was opened: open its draft in the editor now? True when asked to."""
    from protoedit.protocols.queries import get_version

    v = get_version(ctx.db, version_id)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _t("Révision ouverte"),
        _t(
            "Le brouillon {code} v{n} est créé ; sa note de révision cite le cycle.\n"
            "L'ouvrir dans l'éditeur ?"
        ).format(code=v.code, n=v.number),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    ctx.hub.version_requested.emit(version_id)
    return True


class CycleDialog(QDialog):
    """Plan, Do, Study and Act of one cycle (a new one when `cycle_id` is None).

    Ctrl+S saves, OK saves and closes; Esc asks before dropping what is not saved. A refusal
    keeps everything typed and opens the tab of the field concerned."""

    def __init__(
        self,
        ctx: AppContext,
        protocol_id: int,
        cycle_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.protocol_id = protocol_id
        self.cycle_id = cycle_id
        self.cycle: CycleView | None = None
        self.quality: ProtocolQuality = queries.protocol_quality(ctx.db, protocol_id)
        self.saved = CycleInput()
        self.resize(980, 720)
        self.heading = plain_label()
        self.heading.setObjectName("cycleHeading")
        self.heading.setWordWrap(True)
        self.stage = plain_label()
        self.stage.setObjectName("cycleStage")
        self.stage.setStyleSheet("font-weight: bold;")
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(self._plan_tab()), self.tr("Plan"))
        self.tabs.addTab(scrolled(self._do_tab()), self.tr("Do"))
        self.tabs.addTab(scrolled(self._study_tab()), self.tr("Study"))
        self.tabs.addTab(scrolled(self._act_tab()), self.tr("Act"))
        self.tabs.setToolTip(self.tr("Onglet précédent / suivant : Ctrl+PgUp / Ctrl+PgDn"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Saving keeps the dialog open: an action, not the box's Save (which accepts).
        self.save_button = self.buttons.addButton(
            self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setToolTip(self.tr("Enregistrer le cycle (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Enregistrer et fermer")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.stage)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(self._tab_changed)
        for keys, fn in (
            ("Ctrl+S", self.save),
            ("Ctrl+PgDown", lambda: self.step_tab(+1)),
            ("Ctrl+PgUp", lambda: self.step_tab(-1)),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(fn)
        self.load()

    # -- the four tabs ----------------------------------------------------------------------

    def _plan_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.aim = text_field(2, self.tr("Ce que l'équipe veut améliorer"))
        self.question = text_field(2, self.tr("La question à laquelle le test répond"))
        self.prediction = text_field(2, self.tr("Ce que l'équipe s'attend à voir"))
        self.change = text_field(2, self.tr("Le changement mis à l'essai"))
        self.who_when_where = text_field(2, self.tr("Qui fait quoi, quand, où"))
        self.indicators = QListWidget()
        self.indicators.setAccessibleName(self.tr("Indicateurs suivis"))
        self.indicators.setMaximumHeight(120)
        form.addRow(self.tr("But"), self.aim)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Prédiction"), self.prediction)
        form.addRow(self.tr("Changement testé"), self.change)
        form.addRow(self.tr("Qui / quand / où"), self.who_when_where)
        form.addRow(self.tr("Indicateurs"), self.indicators)
        self.micro_toggle = QToolButton()
        self.micro_toggle.setText(self.tr("État des lieux du microsystème"))
        self.micro_toggle.setCheckable(True)
        self.micro_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.micro_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.micro_toggle.setToolTip(
            self.tr(
                "Les 5 P : finalité, patients, professionnels, "
                "processus, habitudes et résultats (facultatif)"
            )
        )
        self.micro_box = QWidget()
        micro = QFormLayout(self.micro_box)
        micro.setContentsMargins(0, 0, 0, 0)
        labels = {
            "purpose": self.tr("Finalité"),
            "patients": self.tr("Patients"),
            "professionals": self.tr("Professionnels"),
            "processes": self.tr("Processus"),
            "patterns": self.tr("Habitudes et résultats"),
        }
        self.micro: dict[str, QPlainTextEdit] = {}
        for key in cycles.MICROSYSTEM:
            self.micro[key] = text_field(2)
            micro.addRow(labels[key], self.micro[key])
        self.micro_box.hide()
        self.micro_toggle.toggled.connect(self._show_microsystem)
        form.addRow(self.micro_toggle)
        form.addRow(self.micro_box)
        return page

    def _show_microsystem(self, on: bool) -> None:
        self.micro_box.setVisible(on)
        self.micro_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _do_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.do_start = optional_date(self.tr("non renseigné"))
        self.do_end = optional_date(self.tr("non renseigné"))
        for edit in (self.do_start, self.do_end):
            edit.setToolTip(self.tr("Flèche haut : une date ; jour le plus ancien : non renseigné"))
        self.do_notes = text_field(5, self.tr("Ce qui s'est passé pendant le test"))
        self.problems = text_field(4, self.tr("Problèmes et observations imprévues"))
        form.addRow(self.tr("Début du test"), self.do_start)
        form.addRow(self.tr("Fin du test"), self.do_end)
        form.addRow(self.tr("Ce qui s'est passé"), self.do_notes)
        form.addRow(self.tr("Problèmes"), self.problems)
        return page

    def _study_tab(self) -> QWidget:
        page = QWidget()
        self.study_layout = layout = QVBoxLayout(page)
        self.study = text_field(4, self.tr("Les résultats, comparés à la prédiction"))
        layout.addWidget(plain_label(self.tr("Résultats comparés à la prédiction")))
        layout.addWidget(self.study)
        layout.addWidget(plain_label(self.tr("Indicateurs du cycle")))
        self.charts: QWidget = QWidget()
        layout.addWidget(self.charts, 1)
        return page

    def _act_tab(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the fields at the top, the room left below them
        self.act_group = QButtonGroup(self)
        row = QHBoxLayout()
        self.act_buttons: dict[str, QRadioButton] = {}
        for code, text in (
            ("adopt", self.tr("Adopter")),
            ("adapt", self.tr("Adapter")),
            ("abandon", self.tr("Abandonner")),
        ):
            button = QRadioButton(text)
            self.act_group.addButton(button)
            self.act_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.act_notes = text_field(4, self.tr("Pourquoi cette décision, ce qui change"))
        self.next_cycle = text_field(3, self.tr("Le prochain test, s'il y en a un"))
        self.revision_button = QPushButton(self.tr("Ouvrir une révision du protocole"))
        self.revision_button.setToolTip(
            self.tr(
                "Après « adopter » ou « adapter » : un nouveau brouillon du protocole dont la note "
                "de révision cite ce cycle"
            )
        )
        self.revision_note = plain_label()
        self.revision_note.setWordWrap(True)
        form.addRow(self.tr("Décision"), row)
        form.addRow(self.tr("Notes"), self.act_notes)
        form.addRow(self.tr("Cycle suivant"), self.next_cycle)
        revision_row = QHBoxLayout()
        revision_row.addWidget(self.revision_button)
        revision_row.addWidget(self.revision_note, 1)
        form.addRow(revision_row)
        self.act_group.buttonToggled.connect(lambda *_: self._update_revision_button())
        self.revision_button.clicked.connect(self.open_revision)
        return page

    # -- values -----------------------------------------------------------------------------

    def values(self) -> CycleInput:
        texts = {name: getattr(self, name).toPlainText() for name in cycles.TEXTS}
        names = [
            self.indicators.item(r).text()
            for r in range(self.indicators.count())
            if self.indicators.item(r).checkState() == Qt.CheckState.Checked
        ]
        return CycleInput(
            **texts,
            indicators=names,
            microsystem={
                k: e.toPlainText() for k, e in self.micro.items() if e.toPlainText().strip()
            },
            do_start=date_of(self.do_start),
            do_end=date_of(self.do_end),
            act=self.act(),
        )

    def act(self) -> str:
        return next((code for code, b in self.act_buttons.items() if b.isChecked()), "")

    def _show(self, v: CycleInput) -> None:
        for name in cycles.TEXTS:
            getattr(self, name).setPlainText(getattr(v, name))
        self._fill_indicators(v.indicators)
        for key, edit in self.micro.items():
            edit.setPlainText(v.microsystem.get(key, ""))
        self.micro_toggle.setChecked(any(t.strip() for t in v.microsystem.values()))
        for date_edit, day in ((self.do_start, v.do_start), (self.do_end, v.do_end)):
            date_edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.act_group.setExclusive(False)
        for code, button in self.act_buttons.items():
            button.setChecked(code == v.act)
        self.act_group.setExclusive(True)

    def _fill_indicators(self, chosen: list[str]) -> None:
        """The protocol's indicators, then any chosen one it no longer has (renamed)."""
        names = [i.name for i in self.quality.indicators if i.definition.current]
        self.indicators.clear()
        for name in dict.fromkeys([*names, *chosen]):
            entry = QListWidgetItem(name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked
            )
            self.indicators.addItem(entry)

    def load(self) -> None:
        """Show the cycle as saved (a new one: empty, its indicators all ticked)."""
        self.quality = queries.protocol_quality(self.ctx.db, self.protocol_id)
        if self.cycle_id is None:
            self.cycle = None
            self.saved = CycleInput(
                indicators=[i.name for i in self.quality.indicators if i.definition.current]
            )
        else:
            self.cycle = c = queries.cycle(self.ctx.db, self.cycle_id)
            self.saved = CycleInput(
                c.aim,
                c.question,
                c.prediction,
                c.change,
                c.who_when_where,
                list(c.indicators),
                {k: t for k, t in c.microsystem.items() if t},
                c.do_start,
                c.do_end,
                c.do_notes,
                c.problems,
                c.study,
                c.act,
                c.act_notes,
                c.next_cycle,
            )
        self._show(self.saved)
        self.saved = self.values()  # as the widgets give it back: unchanged until typed in
        self._show_heading()
        self._refresh_charts()
        self._update_revision_button()

    def _show_heading(self) -> None:
        q, c = self.quality, self.cycle
        title = (
            self.tr("Cycle PDSA {n} — {code} {title}").format(
                n=c.number, code=q.code, title=q.title
            )
            if c
            else self.tr("Nouveau cycle PDSA — {code} {title}").format(code=q.code, title=q.title)
        )
        self.heading.setText(title)
        self.setWindowTitle(title)
        self.stage.setText(
            self.tr("Étape : {stage}").format(stage=stage_label(c.stage if c else "plan"))
        )

    def _refresh_charts(self) -> None:
        """The run charts of the indicators ticked in Plan, this cycle's band on them."""
        ticked = self.values().indicators
        charts = charts_column(
            self.quality, ticked, [self.cycle_id] if self.cycle_id is not None else []
        )
        self.study_layout.replaceWidget(self.charts, charts)
        self.charts.hide()
        self.charts.deleteLater()
        self.charts = charts
        charts.show()

    def _tab_changed(self, index: int) -> None:
        if index == TABS.index("study"):
            self._refresh_charts()

    def step_tab(self, direction: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + direction) % self.tabs.count())

    def has_unsaved(self) -> bool:
        return self.values() != self.saved

    def _update_revision_button(self) -> None:
        c = self.cycle
        linked = c is not None and c.protocol_version_id is not None
        self.revision_button.setEnabled(not linked and self.act() in cycles.REVISING_ACTS)
        if linked and c is not None:
            from protoedit.protocols.queries import get_version

            v = get_version(self.ctx.db, c.protocol_version_id)  # type: ignore[arg-type]
            self.revision_note.setText(
                self.tr("Révision ouverte : {code} v{n}").format(code=v.code, n=v.number)
            )
        else:
            self.revision_note.setText("")

    # -- saving -----------------------------------------------------------------------------

    def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """run_op, and on a refusal about a field: its tab opened, the field focused."""
        refused: list[str] = []

        def watched(db: Any, actor: Any, *a: Any) -> Any:
            try:
                return fn(db, actor, *a)
            except ValidationError as err:
                refused.append(err.field or "")
                raise

        result = run_op(self.ctx, self, watched, *args)
        if result is None and refused and refused[0] in FIELD_TAB:
            self.tabs.setCurrentIndex(FIELD_TAB[refused[0]])
            widget = getattr(self, refused[0], None)
            if refused[0] == "act":
                widget = self.act_buttons["adopt"]
            if isinstance(widget, QWidget):
                widget.setFocus()
        return result

    def save(self) -> bool:
        """One operation: plan_cycle for a new cycle, save_cycle after. False when refused."""
        v = self.values()
        if self.cycle_id is None:
            result = self._run(cycles.plan_cycle, self.protocol_id, v)
            if result is None:
                return False
            self.cycle_id = result[0]
        elif v != self.saved or self.cycle is None:
            revision = self.cycle.revision if self.cycle else None
            if self._run(cycles.save_cycle, self.cycle_id, v, revision) is None:
                return False
        self.load()
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Esc or Fermer: what is not saved is saved, dropped, or kept open, as the user says."""
        if self.has_unsaved():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Cycle PDSA"),
                self.tr("Des modifications ne sont pas enregistrées."),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.button(QMessageBox.StandardButton.Save).setText(self.tr("Enregistrer"))
            box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Ne pas enregistrer"))
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Continuer la saisie"))
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                return
        super().reject()

    def open_revision(self) -> None:
        """Act "adopt" or "adapt": save, open the protocol's new draft, offer to show it."""
        if self.has_unsaved() and not self.save():
            return
        if self.cycle_id is None:
            return
        result = self._run(cycles.open_revision, self.cycle_id)
        self.load()
        if result is not None and offer_draft(self.ctx, self, result[0]):
            self.accept()
