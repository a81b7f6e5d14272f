"""The consultation's "what changed for you" panel, with "J'ai lu cette version"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from protoedit import catalog, team
from protoedit.i18n import tr
from protoedit.protocols import reading
from ui.context import AppContext
from ui.operations import run_op
from ui.widgets.plain import plain

STYLE = (
    "QFrame#whatChanged { background:#e8f0fe; border:2px solid #1a56b0; border-radius:4px; }"
    " QLabel { color:#0b2e66; }"
)


def _plain(label: QLabel) -> QLabel:
    plain(label).setWordWrap(True)
    return label


class ChangesPanel(QFrame):
    """Shown above a protocol whose version in force is newer than the one the chosen reader
    last acknowledged. The reader is the PC's user by default; any team member can pick her
    name. Signals: acknowledged(int version_id)"""

    acknowledged = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_id: int | None = None
        self.setObjectName("whatChanged")
        self.setStyleSheet(STYLE)
        self.heading = _plain(QLabel())
        self.heading.setObjectName("whatChangedHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.lines = _plain(QLabel())
        self.lines.setObjectName("whatChangedLines")
        self.reader = QComboBox()
        self.reader.setObjectName("reader")
        self.reader.setAccessibleName(self.tr("Qui a lu"))
        self.reader.setToolTip(
            self.tr("Qui a lu cette version (la personne de ce poste par défaut)")
        )
        self.ack_button = QPushButton(self.tr("J'ai lu cette version"))
        self.ack_button.setObjectName("acknowledge")
        self.ack_button.setToolTip(self.tr("Enregistrer que cette version a été lue (Ctrl+L)"))
        self.ack_button.setShortcut("Ctrl+L")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lu par :")))
        row.addWidget(self.reader)
        row.addWidget(self.ack_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        layout.addLayout(row)
        self.ack_button.clicked.connect(self.acknowledge)
        self.reader.activated.connect(lambda _i: self.refresh())
        self.hide()

    def set_type_size(self, points: float) -> None:
        """The consultation's large type (and its zoom) for the changes too."""
        for label, scale in ((self.heading, 1.1), (self.lines, 1.0)):
            font = label.font()
            font.setPointSizeF(points * scale)
            label.setFont(font)

    def _fill_readers(self) -> None:
        chosen = self.reader.currentData()
        current = chosen[0] if chosen else self.ctx.actor.id
        self.reader.blockSignals(True)
        self.reader.clear()
        for p in team.list_professionals(self.ctx.db, active_only=True):
            self.reader.addItem(
                f"{p.full_name} — {catalog.profession_label(p.profession)}", (p.id, p.profession)
            )
        ids = [self.reader.itemData(i)[0] for i in range(self.reader.count())]
        self.reader.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.reader.blockSignals(False)

    def show_for(self, version_id: int | None, in_force: bool) -> None:
        """The panel for this version (hidden for a draft or an old version)."""
        self.version_id = version_id if in_force else None
        if self.version_id is None:
            self.hide()
            return
        self._fill_readers()
        self.refresh()

    def refresh(self) -> None:
        chosen = self.reader.currentData()
        if self.version_id is None or chosen is None:
            self.hide()
            return
        if self.ctx.read_only:  # no readings in the local copy: say why it cannot be recorded
            self.heading.setText(self.tr("Lecture de cette version"))
            self.lines.setText(tr(reading.MSG_OFFLINE))
            self.ack_button.setEnabled(False)
            self.show()
            return
        pro_id, profession = chosen
        seen = reading.changes_since_read(self.ctx.db, self.version_id, pro_id, profession)
        if seen is None:
            self.hide()
            return
        label = catalog.profession_label(profession)
        self.heading.setText(
            self.tr("Ce qui a changé pour vous ({profession})").format(profession=label)
            + (
                self.tr(" depuis la version {n}").format(n=seen.since_number)
                if seen.since_number
                else ""
            )
        )
        if seen.changes is None:
            text = self.tr("Première version de ce protocole : lisez-le en entier.")
        else:
            text = "\n".join("• " + line for line in seen.changes.lines())
        self.lines.setText(text)
        self.ack_button.setEnabled(True)
        self.show()

    def acknowledge(self) -> None:
        chosen = self.reader.currentData()
        if self.version_id is None or chosen is None or self.ctx.read_only:
            return
        version_id = self.version_id
        if run_op(self.ctx, self, reading.acknowledge, version_id, chosen[0]) is None:
            return
        self.hide()
        self.acknowledged.emit(version_id)
