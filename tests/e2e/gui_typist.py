"""Child process for the GUI kill test: the real main window, a user typing without pause.

Prints one line per character typed: "<monotonic time> <characters typed so far>".
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from protoedit.ops import Actor  # noqa: E402
from protoedit.settings import Settings  # noqa: E402
from protoedit.store.database import open_database  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

TEXT = "Repérer les patients à risque ; œdèmes, chutes : appeler le médecin. "


def main(path: str, version_id: int, start: int) -> None:
    app = QApplication(sys.argv[:1])
    db = open_database(path)
    window = MainWindow(AppContext(db, Settings(), Actor(None, "Poste de test")))
    window.show()
    window.open_version(version_id)
    field = window.editor.identity.sections.fields["problem"].editor
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    typed = [start]

    def type_one() -> None:
        ch = TEXT[typed[0] % len(TEXT)]
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        typed[0] += 1
        print(f"{time.monotonic():.4f} {typed[0]}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(15)
    print("READY", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
