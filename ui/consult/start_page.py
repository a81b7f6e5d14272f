"""The consultation's start page: how to search, and the protocols changed for my profession."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from protoedit import catalog
from protoedit.protocols import consult, reading
from ui.context import AppContext


class StartPage(QWidget):
    """Signals: protocol_chosen(int protocol_id)"""

    protocol_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hint = QLabel(
            self.tr(
                "Recherchez un protocole (Ctrl+K) : il s'affichera ici, dans "
                "sa version validée, avec les étapes de votre profession."
            )
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        self.heading.setObjectName("changedHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.changed = QListWidget()
        self.changed.setObjectName("changedProtocols")
        self.changed.setAccessibleName(self.tr("Protocoles changés pour votre profession"))
        self.changed.setToolTip(self.tr("Entrée ou double-clic : ouvrir le protocole"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.changed, 3)
        self.changed.itemActivated.connect(
            lambda item: self.protocol_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.heading.hide()
        self.changed.hide()
        self.painted = False  # the list needs the ORM: filled after the first paint
        self.first_fill = QTimer(self, singleShot=True, interval=0)  # dies with the page
        self.first_fill.timeout.connect(self.refresh)
        self.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.first_fill.start()
        return False

    def refresh(self) -> None:
        """The protocols in force that changed for the PC user's profession since she last
        acknowledged them (none on the offline copy, which holds no readings)."""
        me = self.ctx.actor.id
        profession = consult.profile_profession(self.ctx.db, me)
        rows = (
            []
            if me is None or profession is None or self.ctx.read_only
            else reading.changed_for_me(self.ctx.db, me, profession)
        )
        self.changed.clear()
        for r in rows:
            detail = (
                self.tr("nouveau protocole, version {n}").format(n=r.number)
                if r.new
                else self.tr("version {n} : %n changement(s) pour vous", "", r.changes).format(
                    n=r.number
                )
            )
            item = QListWidgetItem(f"{r.code} — {r.title} ({detail})")
            item.setData(Qt.ItemDataRole.UserRole, r.protocol_id)
            self.changed.addItem(item)
        if rows:
            self.changed.setCurrentRow(0)
        self.changed.setVisible(bool(rows))
        self.heading.setVisible(profession is not None and not self.ctx.read_only)
        label = catalog.profession_label(profession) if profession else ""
        self.heading.setText(
            self.tr(
                "%n protocole(s) ont changé pour votre profession ({profession}) depuis "
                "votre dernière lecture",
                "",
                len(rows),
            ).format(profession=label)
            if rows
            else self.tr(
                "Aucun protocole n'a changé pour votre profession ({profession}) depuis votre "
                "dernière lecture."
            ).format(profession=label)
        )
