"""Small inputs of the cooperation screens: an optional date, French numbers, date text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from protoedit.french import format_hours

DATE_FORMAT = "dd/MM/yyyy"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def hours_text(value: float | None) -> str:
    return format_hours(value)


def parse_number(text: str) -> float | None:
    """'10', '10,5', '' -> 10.0, 10.5, None; raises ValueError when unreadable."""
    text = (
        text.strip().replace(",", ".").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    )
    return float(text) if text else None


class DateEdit(QDateEdit):
    """A French date field with a calendar popup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setDate(QDate.currentDate())

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, day: dt.date) -> None:
        self.setDate(to_qdate(day))


class OptionalDateEdit(QWidget):
    """A date that may be missing: a check box says whether it is known.

    Signals: changed()
    """

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.edit = DateEdit()
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        return self.edit.value() if self.known.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.known.setChecked(day is not None)
        self.edit.set_value(day or dt.date.today())
