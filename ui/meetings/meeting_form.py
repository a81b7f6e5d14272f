"""Form for a meeting: date and time, place or video link, kind, title, chair and secretary."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from protoedit.errors import ConflictError, FieldErrors
from protoedit.meetings import meeting as meetings
from protoedit.meetings.meeting import MeetingDefaults, MeetingInput, new_meeting_defaults
from protoedit.meetings.queries import MEETING_KINDS, MeetingView, get_meeting
from protoedit.ops import OpChanges
from ui.context import AppContext
from ui.meetings.common import fill_professionals, select_data
from ui.meetings.models import meeting_kind_label
from ui.operations import save_op
from ui.widgets.errors import mark_fields
from ui.widgets.fields import CheckedLineEdit
from ui.widgets.merge_dialog import resolve_fields, taken_text


def meeting_fields(m: MeetingView) -> dict[str, Any]:
    """The fields this form edits, as its `values()` gives them (to the minute)."""
    return {
        "starts_at": m.starts_at.replace(second=0, microsecond=0),
        "place": m.place,
        "kind": m.kind,
        "title": m.title,
        "chair_id": m.chair_id,
        "secretary_id": m.secretary_id,
    }


class MeetingForm(QGroupBox):
    """Creates a meeting (place, chair, secretary and invitees taken from the previous meeting of
    the same kind), or edits the shown one. Two rows of fields: it fits above the agenda.

    Signals: saved(int) with the meeting's id.
    """

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.revision: int | None = None
        self.base: dict[str, Any] = {}  # the fields as loaded: a conflict merges from them
        self.dirty = False
        self.starts_at = QDateTimeEdit()
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.place = CheckedLineEdit(max_length=300)
        self.place.edit.setPlaceholderText(self.tr("Salle, adresse ou lien de visioconférence"))
        self.kind = QComboBox()
        for code in MEETING_KINDS:
            self.kind.addItem(meeting_kind_label(code), code)
        self.title_edit = CheckedLineEdit(max_length=300)
        self.title_edit.edit.setPlaceholderText(self.tr("ex. RCP de mars"))
        self.chair = QComboBox()
        self.secretary = QComboBox()
        for combo in (self.kind, self.chair, self.secretary):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.save_button = QPushButton(self.tr("Enregistrer la réunion"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.defaults: MeetingDefaults | None = None
        self.copy_invitees = QCheckBox()
        self.copy_invitees.setToolTip(
            self.tr("Les invités de la réunion précédente du même type sont invités à celle-ci.")
        )
        grid = QGridLayout(self)
        fields = [
            (self.tr("Date et heure"), self.starts_at),
            (self.tr("Type"), self.kind),
            (self.tr("Intitulé"), self.title_edit),
            (self.tr("Lieu ou visio"), self.place),
            (self.tr("Animation"), self.chair),
            (self.tr("Secrétariat"), self.secretary),
        ]
        for n, (text, widget) in enumerate(fields):
            row, col = divmod(n, 3)
            label = QLabel(text)
            label.setBuddy(widget.edit if isinstance(widget, CheckedLineEdit) else widget)
            grid.addWidget(label, row, 2 * col)
            grid.addWidget(widget, row, 2 * col + 1)
            grid.setColumnStretch(2 * col + 1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status)
        bottom.addWidget(self.copy_invitees)
        bottom.addStretch(1)
        grid.addLayout(bottom, 2, 0, 1, 6)
        self.save_button.clicked.connect(self.save)
        for w in (self.place.edit, self.title_edit.edit):
            w.textEdited.connect(self._edited)
        self.starts_at.dateTimeChanged.connect(self._edited)
        for combo in (self.kind, self.chair, self.secretary):
            combo.activated.connect(self._edited)
        self.kind.activated.connect(self._kind_chosen)
        self.refresh_people()
        self.show_meeting(None)

    def _edited(self, *_args: object) -> None:
        self.dirty = True
        self.status.clear()

    def refresh_people(self) -> None:
        for combo in (self.chair, self.secretary):
            fill_professionals(combo, self.ctx, self.tr("— personne —"))

    def show_meeting(self, m: MeetingView | None, force: bool = True) -> None:
        """Show a meeting (None: a new one); keeps unsaved typing unless `force`."""
        if not force and self.dirty and m is not None and m.id == self.meeting_id:
            return  # revision and base kept: the save merges with what changed meanwhile
        self.meeting_id = m.id if m else None
        self.revision = m.revision if m else None
        self.setTitle(self.tr("Réunion") if m else self.tr("Nouvelle réunion"))
        if m is None:
            next_week = QDate.currentDate().addDays(7)
            self.starts_at.setDateTime(QDateTime(next_week, QTime(12, 30)))
            self.place.setText("")
            self.title_edit.setText("")
            select_data(self.kind, "rcp")
            select_data(self.chair, None)
            select_data(self.secretary, None)
        else:
            self._show_values(meeting_fields(m))
        self.base = meeting_fields(m) if m else {}
        self.status.clear()
        self._apply_defaults(new_meeting_defaults(self.ctx.db, "rcp") if m is None else None)
        self.save_button.setText(self.tr("Enregistrer") if m else self.tr("Créer la réunion"))
        for w in (self.place, self.title_edit):
            w.set_error(None)
        self.dirty = False

    def _show_values(self, v: dict[str, Any]) -> None:
        self.starts_at.setDateTime(QDateTime(v["starts_at"]))
        self.place.setText(v["place"])
        self.title_edit.setText(v["title"])
        select_data(self.kind, v["kind"])
        select_data(self.chair, v["chair_id"])
        select_data(self.secretary, v["secretary_id"])

    def _apply_defaults(self, d: MeetingDefaults | None) -> None:
        """A new meeting takes place, chair, secretary and invitees of the previous one."""
        self.defaults = d
        if d is not None:
            self.place.setText(d.place)
            select_data(self.chair, d.chair_id)
            select_data(self.secretary, d.secretary_id)
            self.copy_invitees.setText(self.tr("et ses {n} invités").format(n=d.invitees))
            self.status.setText(
                self.tr("Repris de la réunion du {date} : lieu, animation, secrétariat").format(
                    date=f"{d.from_starts_at:%d/%m/%Y}"
                )
            )
        self.copy_invitees.setChecked(d is not None and d.invitees > 0)
        self.copy_invitees.setVisible(d is not None and d.invitees > 0)

    def _kind_chosen(self) -> None:
        """Another kind for a new meeting: the previous meeting of that kind gives the defaults."""
        if self.meeting_id is None:
            self._apply_defaults(new_meeting_defaults(self.ctx.db, self.kind.currentData()))

    def values(self) -> MeetingInput:
        starts: dt.datetime = self.starts_at.dateTime().toPython()  # type: ignore[assignment]
        return MeetingInput(
            starts_at=starts.replace(second=0, microsecond=0),
            place=self.place.text(),
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            chair_id=self.chair.currentData(),
            secretary_id=self.secretary.currentData(),
        )

    def set_read_only(self, ro: bool) -> None:
        for w in (
            self.starts_at,
            self.place,
            self.kind,
            self.title_edit,
            self.chair,
            self.secretary,
            self.save_button,
            self.copy_invitees,
        ):
            w.setEnabled(not ro)

    def save(self) -> None:
        copy = self.copy_invitees.isVisible() and self.copy_invitees.isChecked()
        saved = save_op(
            self.ctx,
            self,
            self.meeting_id,
            partial(meetings.create_meeting, copy_invitees=copy),
            meetings.update_meeting,
            self.values(),
            self.revision,
            on={FieldErrors: self._refused_fields, ConflictError: self._merge_with_other_pc},
            success=self._took_saved,
        )
        if saved is None:
            return
        self.saved.emit(self.meeting_id)
        self.status.setText(self.tr("Enregistré."))

    def _took_saved(self, saved: tuple[int, OpChanges]) -> None:
        self.dirty = False
        self.meeting_id = saved[0]
        self.base = asdict(self.values())

    def _refused_fields(self, err: FieldErrors) -> None:
        mark_fields({"place": self.place, "title": self.title_edit}, err.problems)
        self.status.setText(self.tr("Corrigez les champs signalés."))

    def _merge_with_other_pc(self, _err: ConflictError | None = None) -> None:
        """Another PC saved this meeting since it was shown: its changes merge with mine on the
        fields loaded here; fields both changed are chosen in the merge dialog."""
        assert self.meeting_id is not None  # a conflict only comes from an update
        theirs_view = get_meeting(self.ctx.db, self.meeting_id)
        theirs = meeting_fields(theirs_view)
        labels = {
            "starts_at": self.tr("Date et heure"),
            "kind": self.tr("Type"),
            "title": self.tr("Intitulé"),
            "place": self.tr("Lieu ou visio"),
            "chair_id": self.tr("Animation"),
            "secretary_id": self.tr("Secrétariat"),
        }
        result = resolve_fields(
            self,
            theirs_view.title or self.tr("Réunion"),
            self.tr("Réunion"),
            self.base,
            asdict(self.values()),
            theirs,
            labels,
            self._shown,
        )
        if result is None:
            self.status.setText(self.tr("Non enregistré : conflit avec l'autre poste."))
            return
        self._show_values(result.merge.values)
        self.revision, self.base = theirs_view.revision, theirs
        self.save()
        note = " · ".join(t for t in (result.copied, taken_text(result.merge)) if t)
        if note and not self.dirty:
            self.status.setText(note)

    def _shown(self, key: str, value: object) -> str:
        """A field's value as the form shows it (a name for a person, a label for a kind)."""
        combos = {"kind": self.kind, "chair_id": self.chair, "secretary_id": self.secretary}
        if key in combos:
            combo = combos[key]
            return combo.itemText(max(0, combo.findData(value)))
        if isinstance(value, dt.datetime):
            return f"{value:%d/%m/%Y %H:%M}"
        return str(value or "—")
