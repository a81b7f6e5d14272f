"""A timer per agenda item: counts the time the item takes and records it when stopped."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ItemTimer(QWidget):
    """mm:ss since start plus the minutes already recorded; red past the item's slot.

    Signals: stopped(int item_id, int total_minutes)
    """

    stopped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id: int | None = None
        self.before_ms = 0  # minutes already recorded for the item, in ms
        self.slot_minutes = 0
        self.clock = QElapsedTimer()
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.refresh)
        self.display = QLabel()
        self.display.setObjectName("itemTimer")
        self.button = QPushButton()
        self.button.setCheckable(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addWidget(self.button)
        self.button.toggled.connect(self._toggled)
        self.set_item(None, None, 0)

    @property
    def running(self) -> bool:
        return self.tick.isActive()

    def elapsed_ms(self) -> int:
        """Time since start (a method, so tests can stand in for the clock)."""
        return self.clock.elapsed() if self.clock.isValid() else 0

    def set_item(self, item_id: int | None, minutes_spent: int | None, slot_minutes: int) -> None:
        """Follow another item; a running timer is stopped and recorded first."""
        if self.running and item_id != self.item_id:
            self.stop()
        if self.running:
            return
        self.item_id = item_id
        self.before_ms = (minutes_spent or 0) * 60_000
        self.slot_minutes = slot_minutes
        self.button.setEnabled(item_id is not None)
        self.refresh()

    def start(self) -> None:
        if self.item_id is None or self.running:
            return
        self.clock.start()
        self.tick.start()
        self._sync_button(True)
        self.refresh()

    def stop(self) -> None:
        """Stop and record: minutes already recorded + this run, rounded, at least one."""
        if not self.running:
            return
        run_ms = self.elapsed_ms()
        self.tick.stop()
        self.clock.invalidate()
        self._sync_button(False)
        total_ms = self.before_ms + run_ms
        minutes = max(1, round(total_ms / 60_000))
        self.before_ms = minutes * 60_000
        self.refresh()
        if self.item_id is not None:
            self.stopped.emit(self.item_id, minutes)

    def _toggled(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def _sync_button(self, on: bool) -> None:
        self.button.blockSignals(True)
        self.button.setChecked(on)
        self.button.blockSignals(False)
        self.button.setText(self.tr("■ Arrêter") if on else self.tr("▶ Chronomètre"))
        self.button.setToolTip(
            self.tr("Arrêter et noter le temps passé sur ce point")
            if on
            else self.tr("Chronométrer ce point")
        )

    def refresh(self) -> None:
        total_s = (self.before_ms + (self.elapsed_ms() if self.running else 0)) // 1000
        text = f"{total_s // 60:02d}:{total_s % 60:02d}"
        if self.slot_minutes:
            text += self.tr(" / {n} min prévues").format(n=self.slot_minutes)
        self.display.setText(text)
        over = bool(self.slot_minutes) and total_s > self.slot_minutes * 60
        self.display.setStyleSheet(
            "color: #b00020; font-weight: bold;" if over else "font-weight: bold;"
        )
        if not self.running:
            self._sync_button(False)
