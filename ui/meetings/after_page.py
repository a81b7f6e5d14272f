"""After the meeting: amendments to closed minutes (who and when), the confidential minutes PDF."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit.meetings import meeting as meetings
from protoedit.meetings.queries import MeetingView, local_time
from ui.context import AppContext
from ui.operations import run_op


class AfterPage(QWidget):
    """Minutes export, and amendments once the minutes are closed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingView | None = None
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Exporter le compte rendu (PDF)"))
        self.open_button = QPushButton(self.tr("Ouvrir le dernier PDF"))
        self.open_button.setEnabled(False)
        self.amendments = QListWidget()
        self.amendments.setWordWrap(True)
        self.amendments.setAccessibleName(self.tr("Rectifications"))
        self.amend_text = QPlainTextEdit()
        self.amend_text.setPlaceholderText(self.tr("Rectification du compte rendu clos"))
        self.amend_text.setTabChangesFocus(True)
        self.amend_text.setMaximumHeight(110)
        self.amend_button = QPushButton(self.tr("Ajouter la rectification"))
        export_box = QGroupBox(self.tr("Compte rendu"))
        export_layout = QVBoxLayout(export_box)
        export_layout.addWidget(self.state)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        export_layout.addLayout(row)
        amend_box = QGroupBox(self.tr("Rectifications après clôture"))
        amend_layout = QVBoxLayout(amend_box)
        amend_layout.addWidget(self.amendments, 1)
        amend_layout.addWidget(self.amend_text)
        amend_layout.addWidget(self.amend_button)
        layout = QVBoxLayout(self)
        layout.addWidget(export_box)
        layout.addWidget(amend_box, 1)
        self.amend_button.clicked.connect(self.amend)

    def load(self, meeting: MeetingView | None) -> None:
        self.meeting = meeting
        self.amendments.clear()
        closed = meeting is not None and meeting.status == "closed"
        if meeting is None:
            self.state.clear()
        elif closed:
            assert meeting.closed_at is not None
            self.state.setText(
                self.tr(
                    "Compte rendu clos le {date} : il ne se modifie plus, les corrections sont des "
                    "rectifications signées."
                ).format(date=f"{local_time(meeting.closed_at):%d/%m/%Y %H:%M}")
            )
        else:
            self.state.setText(
                self.tr(
                    "Compte rendu en cours : le PDF porte la mention BROUILLON jusqu'à la clôture."
                )
            )
        for a in meeting.amendments if meeting else []:
            self.amendments.addItem(f"{local_time(a.at):%d/%m/%Y %H:%M} — {a.author} : {a.text}")
        if meeting is not None and not meeting.amendments:
            self.amendments.addItem(self.tr("Aucune rectification."))
        self.export_button.setEnabled(meeting is not None)
        for w in (self.amend_text, self.amend_button):
            w.setEnabled(closed)

    def amend(self) -> None:
        if self.meeting is None:
            return
        if (
            run_op(self.ctx, self, meetings.amend, self.meeting.id, self.amend_text.toPlainText())
            is not None
        ):
            self.amend_text.clear()
