"""Invited professionals: inviting team members and outside partners, attendance in one click."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog
from protoedit.meetings import attendance
from protoedit.meetings.queries import MeetingView
from ui.context import AppContext
from ui.meetings.common import fill_professionals
from ui.operations import run_op
from ui.widgets.plain import plain_label

ATTENDANCE_COLORS = {"present": "#2e7d32", "excused": "#ef6c00", "absent": "#b00020"}


class InviteesBox(QGroupBox):
    """Before the meeting (`attendance` False): who is invited; during it: who is there."""

    def __init__(self, ctx: AppContext, attendance: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attendance = attendance
        self.meeting: MeetingView | None = None
        self.read_only = False
        self.buttons: dict[int, dict[str, QToolButton]] = {}
        self.remove_buttons: dict[int, QToolButton] = {}
        self.setTitle(self.tr("Présences") if attendance else self.tr("Professionnels invités"))
        self.rows = QWidget()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.rows)
        self.member = QComboBox()
        self.invite_button = QPushButton(self.tr("Inviter"))
        self.invite_all_button = QPushButton(self.tr("Inviter toute l'équipe et les partenaires"))
        self.invite_all_button.setToolTip(
            self.tr(
                "Invite en un clic chaque membre actif de l'annuaire, partenaires extérieurs compris"
            )
        )
        self.partner_name = QLineEdit()
        self.partner_name.setMaxLength(250)
        self.partner_name.setPlaceholderText(self.tr("Partenaire extérieur : nom"))
        self.partner_profession = QComboBox()
        self.partner_profession.addItem(self.tr("— profession —"), "")
        for p in catalog.professions():
            self.partner_profession.addItem(p.label(), p.code)
        self.partner_button = QPushButton(self.tr("Inviter le partenaire"))
        for combo in (self.member, self.partner_profession):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.controls = QWidget()
        grid = QGridLayout(self.controls)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.member, 0, 0)
        grid.addWidget(self.invite_button, 0, 1)
        grid.addWidget(self.invite_all_button, 1, 0, 1, 2)
        grid.addWidget(self.partner_name, 2, 0, 1, 2)
        grid.addWidget(self.partner_profession, 3, 0)
        grid.addWidget(self.partner_button, 3, 1)
        grid.setColumnStretch(0, 1)
        self.layout_.addWidget(self.controls)
        self.controls.setVisible(not attendance)
        self.invite_button.clicked.connect(self.invite_member)
        self.invite_all_button.clicked.connect(self.invite_team)
        self.partner_button.clicked.connect(self.invite_partner)
        self.partner_name.returnPressed.connect(self.invite_partner)
        self.refresh_people()

    def refresh_people(self) -> None:
        fill_professionals(self.member, self.ctx, self.tr("— membre de l'équipe —"), True)

    def load(self, meeting: MeetingView | None) -> None:
        self.meeting = meeting
        old = self.rows
        self.rows = QWidget()
        self.layout_.replaceWidget(old, self.rows)
        old.hide()
        old.deleteLater()  # may be the sender of the click being handled
        self.buttons, self.remove_buttons = {}, {}
        grid = QGridLayout(self.rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        invitees = meeting.invitees if meeting else []
        if not invitees:
            grid.addWidget(QLabel(self.tr("Personne n'est encore invité.")), 0, 0)
        for row, inv in enumerate(invitees):
            profession = catalog.profession_short(inv.profession) if inv.profession else ""
            who = f"{inv.name} ({profession})" if profession else inv.name
            if inv.partner:
                who += self.tr(" · partenaire")
            label = plain_label(who)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            if self.attendance:
                self._attendance_buttons(grid, row, inv.id, inv.attendance)
            else:
                remove = QToolButton()
                remove.setText("✕")
                remove.setToolTip(self.tr("Retirer de la liste des invités"))
                remove.clicked.connect(lambda _=False, i=inv.id: self.remove(i))
                self.remove_buttons[inv.id] = remove
                grid.addWidget(remove, row, 1)
        self.set_read_only(self.read_only)

    def _attendance_buttons(
        self, grid: QGridLayout, row: int, invitee_id: int, current: str
    ) -> None:
        group = QButtonGroup(self.rows)
        self.buttons[invitee_id] = {}
        labels = {
            "present": self.tr("Présent"),
            "excused": self.tr("Excusé"),
            "absent": self.tr("Absent"),
        }
        for col, (state, label) in enumerate(labels.items(), start=1):
            b = QToolButton()
            b.setText(label)
            b.setCheckable(True)
            b.setChecked(state == current)
            b.setStyleSheet(
                f"QToolButton:checked {{ background: {ATTENDANCE_COLORS[state]}; "
                "color: white; font-weight: bold; }"
            )
            b.clicked.connect(lambda _=False, i=invitee_id, s=state: self.set_attendance(i, s))
            group.addButton(b)
            self.buttons[invitee_id][state] = b
            grid.addWidget(b, row, col)

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        self.controls.setEnabled(not ro)
        for states in self.buttons.values():
            for b in states.values():
                b.setEnabled(not ro)
        for b in self.remove_buttons.values():
            b.setEnabled(not ro)

    def set_attendance(self, invitee_id: int, state: str) -> None:
        run_op(self.ctx, self, attendance.set_attendance, invitee_id, state)

    def remove(self, invitee_id: int) -> None:
        run_op(self.ctx, self, attendance.remove_invitee, invitee_id)

    def invite_member(self) -> None:
        pid = self.member.currentData()
        if self.meeting is not None and pid is not None:
            run_op(self.ctx, self, attendance.invite_professional, self.meeting.id, pid)

    def invite_team(self) -> None:
        """Every active professional of the directory not yet invited, partners included."""
        if self.meeting is not None:
            run_op(self.ctx, self, attendance.invite_everyone, self.meeting.id)

    def invite_partner(self) -> None:
        if self.meeting is None:
            return
        if (
            run_op(
                self.ctx,
                self,
                attendance.invite_partner,
                self.meeting.id,
                self.partner_name.text(),
                self.partner_profession.currentData(),
            )
            is not None
        ):
            self.partner_name.clear()
            self.partner_profession.setCurrentIndex(0)
