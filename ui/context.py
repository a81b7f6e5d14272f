"""What the windows share: the open database, who uses this PC, per-PC settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from protoedit.ops import Actor, OpChanges
from protoedit.settings import Settings
from protoedit.store.database import Database


class ChangeHub(QObject):
    """Broadcasts what each operation changed, so views refresh only what they show.

    Signals: changed(OpChanges, initiator): what an operation changed, and the view that ran it
    (or None), which may skip refreshing from its own action; version_requested(int version_id):
    a screen asks for a protocol version to be opened in the editor (the main window does it).
    """

    changed = Signal(object, object)
    version_requested = Signal(int)


@dataclass
class AppContext:
    db: Database
    settings: Settings
    actor: Actor = field(default_factory=Actor.system)
    hub: ChangeHub = field(default_factory=ChangeHub)
    read_only_note: str = ""  # set when running on the local consultation copy

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_note)

    def notify(self, changes: OpChanges, initiator: object = None) -> None:
        self.hub.changed.emit(changes, initiator)
