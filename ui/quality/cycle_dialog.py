"""A PDSA cycle of a protocol in four tabs (Plan, Do, Study, Act), saved as one operation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
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
from ui.quality.cycle_tabs import (
    FIELD_TAB,
    TABS,
    ActTab,
    DoTab,
    PlanTab,
    StudyTab,
    date_of,
    scrolled,
    show_date,
)
from ui.widgets.plain import plain_label


def _t(text: str) -> str:
    return QCoreApplication.translate("CycleDialog", text)


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
        self.plan_tab, self.do_tab = PlanTab(), DoTab()
        self.study_tab, self.act_tab = StudyTab(), ActTab()
        self.pages = (self.plan_tab, self.do_tab, self.study_tab, self.act_tab)
        self.tabs = QTabWidget()
        for page, name in zip(
            self.pages,
            (self.tr("Plan"), self.tr("Do"), self.tr("Study"), self.tr("Act")),
            strict=True,
        ):
            self.tabs.addTab(scrolled(page), name)
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
        self.act_tab.act_group.buttonToggled.connect(lambda *_: self._update_revision_button())
        self.act_tab.revision_button.clicked.connect(self.open_revision)
        for keys, fn in (
            ("Ctrl+S", self.save),
            ("Ctrl+PgDown", lambda: self.step_tab(+1)),
            ("Ctrl+PgUp", lambda: self.step_tab(-1)),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(fn)
        self.load()

    # -- values -----------------------------------------------------------------------------

    def field(self, name: str) -> Any:
        """The widget of the field `name` of CycleInput, in its tab."""
        return getattr(self.pages[FIELD_TAB[name]], name)

    def values(self) -> CycleInput:
        return CycleInput(
            **{name: self.field(name).toPlainText() for name in cycles.TEXTS},
            indicators=self.plan_tab.ticked(),
            microsystem=self.plan_tab.microsystem(),
            do_start=date_of(self.do_tab.do_start),
            do_end=date_of(self.do_tab.do_end),
            act=self.act_tab.act(),
        )

    def _show(self, v: CycleInput) -> None:
        for name in cycles.TEXTS:
            self.field(name).setPlainText(getattr(v, name))
        current = [i.name for i in self.quality.indicators if i.definition.current]
        self.plan_tab.fill_indicators(current, v.indicators)
        self.plan_tab.show_microsystem(v.microsystem)
        show_date(self.do_tab.do_start, v.do_start)
        show_date(self.do_tab.do_end, v.do_end)
        self.act_tab.set_act(v.act)

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
        self.study_tab.set_charts(charts)

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
        self.act_tab.revision_button.setEnabled(
            not linked and self.act_tab.act() in cycles.REVISING_ACTS
        )
        if linked and c is not None:
            from protoedit.protocols.queries import get_version

            v = get_version(self.ctx.db, c.protocol_version_id)  # type: ignore[arg-type]
            self.act_tab.revision_note.setText(
                self.tr("Révision ouverte : {code} v{n}").format(code=v.code, n=v.number)
            )
        else:
            self.act_tab.revision_note.setText("")

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
            widget = (
                self.act_tab.act_buttons["adopt"] if refused[0] == "act" else self.field(refused[0])
            )
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
