"""The four tabs of a PDSA cycle (Plan, Do, Study, Act) and the fields they are made of."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.quality import cycles
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


def show_date(edit: QDateEdit, day: Any) -> None:
    """Show `day` in `edit` (None: "no date")."""
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class PlanTab(QWidget):
    """Plan: aim, question, prediction, change, who/when/where, the indicators followed, and the
    optional state of the microsystem (the 5 P)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.aim = text_field(2, _t("Ce que l'équipe veut améliorer"))
        self.question = text_field(2, _t("La question à laquelle le test répond"))
        self.prediction = text_field(2, _t("Ce que l'équipe s'attend à voir"))
        self.change = text_field(2, _t("Le changement mis à l'essai"))
        self.who_when_where = text_field(2, _t("Qui fait quoi, quand, où"))
        self.indicators = QListWidget()
        self.indicators.setAccessibleName(_t("Indicateurs suivis"))
        self.indicators.setMaximumHeight(120)
        form.addRow(_t("But"), self.aim)
        form.addRow(_t("Question"), self.question)
        form.addRow(_t("Prédiction"), self.prediction)
        form.addRow(_t("Changement testé"), self.change)
        form.addRow(_t("Qui / quand / où"), self.who_when_where)
        form.addRow(_t("Indicateurs"), self.indicators)
        self.micro_toggle = QToolButton()
        self.micro_toggle.setText(_t("État des lieux du microsystème"))
        self.micro_toggle.setCheckable(True)
        self.micro_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.micro_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.micro_toggle.setToolTip(
            _t(
                "Les 5 P : finalité, patients, professionnels, "
                "processus, habitudes et résultats (facultatif)"
            )
        )
        self.micro_box = QWidget()
        micro = QFormLayout(self.micro_box)
        micro.setContentsMargins(0, 0, 0, 0)
        labels = {
            "purpose": _t("Finalité"),
            "patients": _t("Patients"),
            "professionals": _t("Professionnels"),
            "processes": _t("Processus"),
            "patterns": _t("Habitudes et résultats"),
        }
        self.micro: dict[str, QPlainTextEdit] = {}
        for key in cycles.MICROSYSTEM:
            self.micro[key] = text_field(2)
            micro.addRow(labels[key], self.micro[key])
        self.micro_box.hide()
        self.micro_toggle.toggled.connect(self._show_microsystem)
        form.addRow(self.micro_toggle)
        form.addRow(self.micro_box)

    def _show_microsystem(self, on: bool) -> None:
        self.micro_box.setVisible(on)
        self.micro_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def ticked(self) -> list[str]:
        """The names of the indicators ticked, in the list's order."""
        return [
            self.indicators.item(r).text()
            for r in range(self.indicators.count())
            if self.indicators.item(r).checkState() == Qt.CheckState.Checked
        ]

    def fill_indicators(self, names: list[str], chosen: list[str]) -> None:
        """`names` (the protocol's indicators), then any chosen one they lack (renamed)."""
        self.indicators.clear()
        for name in dict.fromkeys([*names, *chosen]):
            entry = QListWidgetItem(name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked
            )
            self.indicators.addItem(entry)

    def microsystem(self) -> dict[str, str]:
        """The 5 P filled in (empty ones left out)."""
        return {k: e.toPlainText() for k, e in self.micro.items() if e.toPlainText().strip()}

    def show_microsystem(self, values: dict[str, str]) -> None:
        """Show the 5 P; the box is open when one of them is filled in."""
        for key, edit in self.micro.items():
            edit.setPlainText(values.get(key, ""))
        self.micro_toggle.setChecked(any(t.strip() for t in values.values()))


class DoTab(QWidget):
    """Do: when the test ran, what happened, the problems met."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.do_start = optional_date(_t("non renseigné"))
        self.do_end = optional_date(_t("non renseigné"))
        for edit in (self.do_start, self.do_end):
            edit.setToolTip(_t("Flèche haut : une date ; jour le plus ancien : non renseigné"))
        self.do_notes = text_field(5, _t("Ce qui s'est passé pendant le test"))
        self.problems = text_field(4, _t("Problèmes et observations imprévues"))
        form.addRow(_t("Début du test"), self.do_start)
        form.addRow(_t("Fin du test"), self.do_end)
        form.addRow(_t("Ce qui s'est passé"), self.do_notes)
        form.addRow(_t("Problèmes"), self.problems)


class StudyTab(QWidget):
    """Study: the results against the prediction, above the run charts of the cycle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study_layout = layout = QVBoxLayout(self)
        self.study = text_field(4, _t("Les résultats, comparés à la prédiction"))
        layout.addWidget(plain_label(_t("Résultats comparés à la prédiction")))
        layout.addWidget(self.study)
        layout.addWidget(plain_label(_t("Indicateurs du cycle")))
        self.charts: QWidget = QWidget()
        layout.addWidget(self.charts, 1)

    def set_charts(self, charts: QWidget) -> None:
        """Show `charts` in place of the previous ones."""
        self.study_layout.replaceWidget(self.charts, charts)
        self.charts.hide()
        self.charts.deleteLater()
        self.charts = charts
        charts.show()


class ActTab(QWidget):
    """Act: adopt, adapt or abandon, why, the next cycle, and the revision it may open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the fields at the top, the room left below them
        self.act_group = QButtonGroup(self)
        row = QHBoxLayout()
        self.act_buttons: dict[str, QRadioButton] = {}
        for code, text in (
            ("adopt", _t("Adopter")),
            ("adapt", _t("Adapter")),
            ("abandon", _t("Abandonner")),
        ):
            button = QRadioButton(text)
            self.act_group.addButton(button)
            self.act_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.act_notes = text_field(4, _t("Pourquoi cette décision, ce qui change"))
        self.next_cycle = text_field(3, _t("Le prochain test, s'il y en a un"))
        self.revision_button = QPushButton(_t("Ouvrir une révision du protocole"))
        self.revision_button.setToolTip(
            _t(
                "Après « adopter » ou « adapter » : un nouveau brouillon du protocole dont la note "
                "de révision cite ce cycle"
            )
        )
        self.revision_note = plain_label()
        self.revision_note.setWordWrap(True)
        form.addRow(_t("Décision"), row)
        form.addRow(_t("Notes"), self.act_notes)
        form.addRow(_t("Cycle suivant"), self.next_cycle)
        revision_row = QHBoxLayout()
        revision_row.addWidget(self.revision_button)
        revision_row.addWidget(self.revision_note, 1)
        form.addRow(revision_row)

    def act(self) -> str:
        """The decision chosen: "adopt", "adapt", "abandon", or "" for none yet."""
        return next((code for code, b in self.act_buttons.items() if b.isChecked()), "")

    def set_act(self, act: str) -> None:
        """Check the button of `act` ("" unchecks them all)."""
        self.act_group.setExclusive(False)
        for code, button in self.act_buttons.items():
            button.setChecked(code == act)
        self.act_group.setExclusive(True)
