"""Journey-test harness: the real start-up (`ui.app.start_gui`) on an empty data folder, driven
with clicks and keys only.

The core may be read to check results, never written to set up what a user does on a screen.
Typical use::

    def test_journey_x(journey):
        journey.first_start("Martin", "Élise", "Infirmier")   # the first-start dialog
        w = journey.window                                      # the real MainWindow
        journey.click(w.some_button)
        journey.when_modal(lambda dlg: ...)                     # fill the next modal dialog
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from tests.export.pdftools import pdf_text  # noqa: F401 - re-exported for journeys
from ui.context import AppContext


def type_text(widget: QWidget, text: str) -> None:
    """Type text as a user would, accents included (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            if ch == "\n":
                key, txt = Qt.Key.Key_Return, "\r"
            elif ch == " ":
                key, txt = Qt.Key.Key_Space, " "
            else:
                key, txt = Qt.Key.Key_unknown, ch
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, txt)
            )
    QCoreApplication.processEvents()


def _accept_enabled(dlg: QWidget) -> bool:
    from PySide6.QtWidgets import QDialogButtonBox

    box = dlg.findChild(QDialogButtonBox)
    return box is not None and any(
        b.isEnabled()
        for b in box.buttons()
        if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )


class Journey:
    """One user at one PC: the app started as `main.py` starts it, from an empty data folder."""

    def __init__(self, qtbot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.tmp = tmp_path
        self.window: QWidget | None = None
        self.ctx: AppContext | None = None
        self._modal_errors: list[BaseException] = []
        self._timers: list[QTimer] = []
        self._url_recorder = None

    # -- start and stop ---------------------------------------------------------------------

    def start(self, *argv: str) -> QWidget:
        """Start the app (dialogs shown at start-up must be handled with `when_modal` first)."""
        from protoedit.cli import parser as cli
        from ui.app import start_gui

        args: argparse.Namespace = cli.build_parser().parse_args(list(argv))
        started = start_gui(args)
        self.raise_modal_errors()
        assert not isinstance(started, int), f"the app gave up at start-up (exit {started})"
        self.window, self.ctx = started
        self.qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)
        return self.window

    def first_start(
        self, last_name: str, first_name: str, profession_label: str, *argv: str
    ) -> QWidget:
        """Start on an empty data folder, filling the "who uses this PC" dialog."""
        self.when_modal(self.fill_who(last_name, first_name, profession_label))
        return self.start(*argv)

    def fill_who(
        self, last_name: str, first_name: str, profession_label: str
    ) -> Callable[[QDialog], None]:
        """The filling of the first-start dialog, for journeys that answer another dialog
        before it (pass it to `when_modal`)."""

        def fill(dlg: QDialog) -> None:
            type_text(dlg.last_name.edit, last_name)
            type_text(dlg.first_name.edit, first_name)
            self.choose(dlg.profession, profession_label)
            self.fill_first_start_extra(dlg)
            self.click_ok(dlg)

        return fill

    def fill_first_start_extra(self, dlg: QDialog) -> None:
        """Hook for journeys that fill more of the first-start dialog (its personal code)."""

    def restart(self, *argv: str) -> QWidget:
        """Close the window as a user does (its close event runs), then start again."""
        from ui.app import finish_gui

        assert self.window is not None and self.ctx is not None
        self.window.close()
        QCoreApplication.processEvents()
        finish_gui(self.ctx)
        self.window.deleteLater()
        QCoreApplication.processEvents()
        self.window = self.ctx = None
        return self.start(*argv)

    def close(self) -> None:
        from ui.app import finish_gui

        for t in self._timers:
            t.stop()
        if self._url_recorder is not None:
            self._url_recorder.stop()
        if self.window is not None and self.ctx is not None:
            self.window.close()
            QCoreApplication.processEvents()
            finish_gui(self.ctx)
            self.window.deleteLater()
            QCoreApplication.processEvents()
        self.window = self.ctx = None

    # -- modal dialogs ----------------------------------------------------------------------

    def when_modal(
        self, fill: Callable[[QWidget], None], timeout_ms: int = 10_000, kind: type | None = None
    ) -> None:
        """Call `fill(dialog)` as soon as a (new) modal dialog is shown; errors resurface in
        `raise_modal_errors()` (called by `start`, `click` and `wait_modal_done`)."""
        before = QApplication.activeModalWidget()
        timer = QTimer()
        timer.setInterval(20)
        waited = [0]

        def poll() -> None:
            waited[0] += 20
            dlg = QApplication.activeModalWidget()
            if (
                dlg is not None
                and dlg is not before
                and dlg.isVisible()
                and (kind is None or isinstance(dlg, kind))
            ):
                timer.stop()
                try:
                    fill(dlg)
                except BaseException as err:  # noqa: BLE001 - re-raised on the test's side
                    self._modal_errors.append(err)
                    dlg.close()
            elif waited[0] > timeout_ms:
                timer.stop()
                self._modal_errors.append(AssertionError("no modal dialog appeared"))

        timer.timeout.connect(poll)
        timer.start()
        self._timers.append(timer)

    def give_focus_back(self) -> None:
        """Once a dialog is closed, a window manager activates the main window again; the
        offscreen platform has none, so the harness does it."""
        if (
            self.window is not None
            and self.window.isVisible()
            and QApplication.activeModalWidget() is None
            and QApplication.activeWindow() is None
        ):
            self.window.activateWindow()
            self.qtbot.waitUntil(self.window.isActiveWindow)

    def raise_modal_errors(self) -> None:
        if self._modal_errors:
            err = self._modal_errors.pop(0)
            self._modal_errors.clear()
            raise err

    def wait_modal_done(self, timeout_ms: int = 10_000) -> None:
        """Wait until every `when_modal` callback has run."""
        self.qtbot.waitUntil(
            lambda: not any(t.isActive() for t in self._timers), timeout=timeout_ms
        )
        self.give_focus_back()
        self.raise_modal_errors()

    def save_file_as(self, path: Path | str) -> None:
        """Answer the next save/open file dialog with `path` (typed in its file name field)."""

        def fill(dlg: QWidget) -> None:
            assert isinstance(dlg, QFileDialog), f"expected a file dialog, got {dlg!r}"
            name = dlg.findChild(QLineEdit, "fileNameEdit")
            assert name is not None
            name.setCompleter(None)  # its popup would take the Return typed below
            # Active, as on a desktop: while its field lacks the focus, each prefix typed
            # ("/", "/t"...) stays selected in the file list and is answered instead.
            self._activate(dlg)
            name.clear()
            type_text(name, str(path))
            # Typing a whole path walks the dialog's view through each folder, which can leave
            # several entries selected (Save then stays disabled) or the completer open (it
            # takes the Return): settle on the typed file, as a click on it would, then Save.
            completer = name.completer()
            if completer is not None:
                completer.popup().hide()
            dlg.selectFile(str(path))
            self.qtbot.waitUntil(lambda: _accept_enabled(dlg))
            self.click_ok(dlg)

        self.when_modal(fill)

    def keep_folder(self, expected: Path | str) -> None:
        """Answer the next folder dialog by keeping the folder it opens on (checked to be
        `expected`): the user clicks "Choisir" without browsing."""

        def fill(dlg: QWidget) -> None:
            from PySide6.QtWidgets import QDialogButtonBox

            assert isinstance(dlg, QFileDialog), f"expected a folder dialog, got {dlg!r}"
            shown = Path(dlg.directory().absolutePath())
            assert shown == Path(expected), f"the dialog opened on {shown}"
            box = dlg.findChild(QDialogButtonBox)
            self.click(box.button(QDialogButtonBox.StandardButton.Open))

        self.when_modal(fill)

    def print_to_file(self, path: Path | str) -> None:
        """Answer the next print dialog: print to the PDF file `path` (no printer needed)."""
        self.when_modal(lambda dlg: fill_print_dialog(dlg, path))

    def answer_save_dialog(self, path: Path | str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Answer the next `QFileDialog.getSaveFileName` with `path`, without showing it.

        Under pytest's output capture the offscreen widget file dialog can stall before its
        event loop runs (no timer fires, so `save_file_as` never gets to type); this stands in
        for the user choosing the file, once.
        """
        original = QFileDialog.getSaveFileName

        def answer(*_args: object, **_kwargs: object) -> tuple[str, str]:
            monkeypatch.setattr(QFileDialog, "getSaveFileName", original)
            return str(path), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)

    def click_ok(self, dlg: QWidget) -> None:
        """The dialog's OK / accept button (QDialogButtonBox), as a user clicks it."""
        from PySide6.QtWidgets import QDialogButtonBox

        for box in dlg.findChildren(QDialogButtonBox):
            for role in (
                QDialogButtonBox.StandardButton.Ok,
                QDialogButtonBox.StandardButton.Save,
                QDialogButtonBox.StandardButton.Open,
                QDialogButtonBox.StandardButton.Yes,
            ):
                button = box.button(role)
                if button is not None and button.isVisible():
                    self.click(button)
                    return
        raise AssertionError(f"no OK button in {dlg!r}")

    # -- input ------------------------------------------------------------------------------

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible(), f"{widget!r} is not visible"
        assert widget.isEnabled(), f"{widget!r} is disabled"
        if isinstance(widget, (QCheckBox, QRadioButton)):
            # On its box: a form stretches these wider than their label, so the middle of the
            # widget may be blank space that does not toggle them.
            QTest.mouseClick(
                widget,
                Qt.MouseButton.LeftButton,
                pos=QPoint(min(8, widget.width() - 1), widget.height() // 2),
            )
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        QCoreApplication.processEvents()
        self.give_focus_back()
        self.raise_modal_errors()

    def click_button(self, parent: QWidget, text: str) -> QAbstractButton:
        """Click the visible button of `parent` whose text (accelerators removed) is `text`."""
        for b in parent.findChildren(QAbstractButton):
            if b.isVisible() and b.text().replace("&", "") == text:
                self.click(b)
                return b
        shown = sorted(b.text() for b in parent.findChildren(QAbstractButton) if b.isVisible())
        raise AssertionError(f"no visible button {text!r}; visible: {shown}")

    def type(self, widget: QWidget, text: str) -> None:
        type_text(widget, text)

    def key(self, widget: QWidget | None, sequence: str) -> None:
        """A key sequence such as "Ctrl+S" sent to `widget` (or the focused widget)."""
        target = widget or QApplication.focusWidget() or self.window
        assert target is not None
        self._activate(target.window())
        seq = QKeySequence(sequence)
        combo = seq[0]
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
        QCoreApplication.processEvents()
        self.raise_modal_errors()

    def _activate(self, window: QWidget) -> None:
        """Shortcuts reach only the active window; offscreen Qt does not give the focus back
        to the main window when a modal dialog closes, as a desktop does (or a user's click)."""
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow)

    def choose(self, combo: QComboBox, label: str) -> None:
        """Pick the combo entry whose text is `label`, with the keyboard as a user would."""
        index = combo.findText(label)
        assert index >= 0, f"{label!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
        combo.setFocus()
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        QCoreApplication.processEvents()

    def click_row(
        self, view: QAbstractItemView, row: int, column: int = 0, double: bool = False
    ) -> None:
        index = view.model().index(row, column)
        view.scrollTo(index)
        rect = view.visualRect(index)
        pos = QPoint(rect.center())
        if double:
            QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        else:
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        QCoreApplication.processEvents()
        self.raise_modal_errors()

    def click_tab(self, tabs: QTabWidget, label: str) -> None:
        """Click the tab whose text is `label`."""
        bar = tabs.tabBar()
        index = next(
            (i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == label), -1
        )
        assert index >= 0, f"no tab {label!r}"
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        QCoreApplication.processEvents()
        self.raise_modal_errors()

    def type_date(self, edit: QDateTimeEdit, text: str) -> None:
        """Type a date (and time) in a date field as a user does: double-click its first
        section, then type digits; separators move on to the next section."""
        edit.setFocus(Qt.FocusReason.MouseFocusReason)
        if edit.specialValueText() and edit.dateTime() == edit.minimumDateTime():
            QTest.keyClick(edit, Qt.Key.Key_Up)  # leave "no date" for a real date first
        line = edit.lineEdit()
        QTest.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(6, line.height() // 2))
        edit.setSelectedSection(edit.sectionAt(0))  # what the double-click selects
        for ch in text:
            if ch.isdigit():  # a full section moves on by itself; typed separators would not
                QTest.keyClick(edit, ch)
        QTest.keyClick(edit, Qt.Key.Key_Tab)
        QCoreApplication.processEvents()

    def watch_urls(self):
        """From now on, URLs the app hands to the desktop (mailto:, file:, http:) are only
        recorded (nothing is launched); returns the recorder (`.urls`, `.of(scheme)`)."""
        from tests.url_recorder import UrlRecorder

        if self._url_recorder is None:
            self._url_recorder = UrlRecorder()
        return self._url_recorder

    def screenshot(self, name: str, widget: QWidget | None = None) -> Path:
        """Save a PNG of the window (or a widget) under the test's folder, and a copy in
        $PROTOEDIT_SHOTS_DIR when it is set (to look at them after the run); returns its path."""
        target = widget or self.window
        assert target is not None
        out = self.tmp / "shots" / f"{name}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image = target.grab()
        image.save(str(out))
        from os import environ  # here, not at the top: the imports above are shared by all

        if environ.get("PROTOEDIT_SHOTS_DIR"):
            keep = Path(environ["PROTOEDIT_SHOTS_DIR"])
            keep.mkdir(parents=True, exist_ok=True)
            image.save(str(keep / out.name))
        return out


def fill_print_dialog(dlg: QWidget, path: Path | str) -> None:
    """Answer Qt's own print dialog: print to the PDF file `path` (typed), then Print."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialogButtonBox

    assert isinstance(dlg, QPrintDialog), f"expected the print dialog, got {dlg!r}"
    printers = dlg.findChild(QComboBox, "printers")
    assert printers is not None
    printers.setCurrentIndex(printers.count() - 1)  # Qt lists "Print to File (PDF)" last
    name = dlg.findChild(QLineEdit, "filename")
    assert name is not None and name.isEnabled(), "the last printer is not the PDF file"
    name.setCompleter(None)  # its file-name popup warns on the offscreen platform
    name.clear()
    type_text(name, str(path))
    box = dlg.findChild(QDialogButtonBox)
    assert box is not None
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
