"""Journey steps shared by the e2e journeys: the Team screen, the protocol editor, approvals and
PDF export through the save dialog, each done with clicks and keys as a user does them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from protoedit import team
from tests.e2e.journey import Journey
from tests.factories import stored_professional

# -- navigation and the Team screen ----------------------------------------------------------


def nav(journey: Journey, label: str) -> None:
    """Click the navigation entry `label` ("Équipe", "Consultation"...)."""
    w = journey.window
    row = next(i for i in range(w.nav.count()) if w.nav.item(i).text() == label)
    journey.click_row(w.nav, row)


def first_start_with_code(
    journey: Journey,
    last: str,
    first: str,
    profession: str,
    code: str,
    on_dialog: Callable[[QWidget], None] | None = None,
) -> QWidget:
    """The first-start dialog, the personal code typed in it too; the window at 1280×800."""

    def fill_code(dlg) -> None:
        assert dlg.pin_group.isVisible()
        journey.type(dlg.pin.code.edit, code)
        journey.type(dlg.pin.confirm.edit, code)
        if on_dialog is not None:
            on_dialog(dlg)

    journey.fill_first_start_extra = fill_code  # type: ignore[method-assign]
    window = journey.first_start(last, first, profession)
    window.resize(1280, 800)
    return window


def card(journey: Journey, name: str):
    """The professional called `name` as stored, read from the core (to check results only)."""
    pro = next(p for p in team.list_professionals(journey.ctx.db) if p.full_name == name)
    return stored_professional(journey.ctx.db, pro.id)


def select_card(journey: Journey, view, name: str) -> None:
    row = next(r for r in range(view.model.rowCount()) if view.model.rows[r].full_name == name)
    journey.click_row(view.table, row)
    assert view.form.current_id == view.model.rows[row].id


def add_professional(
    journey: Journey,
    view,
    last: str,
    first: str,
    profession: str,
    number: str = "",
    phone: str = "",
) -> None:
    """ "Nouveau professionnel", the form typed in, "Enregistrer"."""
    form = view.form
    journey.click(form.new_button)
    journey.type(form.last_name.edit, last)
    journey.type(form.first_name.edit, first)
    journey.choose(form.profession, profession)
    if number:
        journey.type(form.rpps.edit, number)
    if phone:
        journey.type(form.phone.edit, phone)
    journey.click(form.save_button)
    assert form.status.text() == "Enregistré.", form.status.text()


def set_code(journey: Journey, box, code: str, current: str = "") -> None:
    """The card's "Code personnel" group: (current code,) new code twice, apply."""
    if current:
        journey.type(box.current.edit, current)
    journey.type(box.new.code.edit, code)
    journey.type(box.new.confirm.edit, code)
    journey.click(box.apply_button)


# -- the protocol editor ---------------------------------------------------------------------


def stage(journey: Journey, editor, page) -> None:
    """Click the HAS path's entry of this page (by page: the path gains stages over time)."""
    journey.click_row(editor.path, editor.pages.indexOf(page))
    assert editor.pages.currentWidget() is page


def new_protocol(journey: Journey, fill: Callable[[QWidget], None]) -> None:
    """Ctrl+N, the new-protocol dialog filled by `fill` (which clicks OK); the editor opens."""
    w = journey.window
    journey.when_modal(fill)
    journey.key(w, "Ctrl+N")
    journey.wait_modal_done()
    assert w.current_page() == "protocol"


def edit_cell(journey: Journey, table, row: int, col: int, text: str) -> None:
    """F2 on a cell, its text replaced by `text`, Enter."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))
    journey.key(table, "F2")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    journey.type(editor, text)
    journey.key(editor, "Return")
    journey.qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def check_professions(journey: Journey, table, row: int, labels: list[str]) -> None:
    """The 'who' cell: F2 opens the checklist; Space ticks the current entry, Enter closes."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 1))
    journey.key(table, "F2")
    checklist = QApplication.focusWidget()
    assert isinstance(checklist, QListWidget)
    for label in labels:
        (item,) = checklist.findItems(label, Qt.MatchFlag.MatchExactly)
        assert item.checkState() == Qt.CheckState.Unchecked, label
        checklist.setCurrentItem(item)
        journey.key(checklist, "Space")
        assert item.checkState() == Qt.CheckState.Checked, label
    journey.key(checklist, "Return")
    journey.qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def type_new_step(
    journey: Journey, steps_page, title: str, who: str, what: str, how: str, when: str
) -> None:
    """Ctrl+Shift+N on the steps table, then the step panel typed with Tab between fields:
    `who` is typed in the profession list (it jumps there) and ticked with Space."""
    table, panel = steps_page.table, steps_page.panel
    journey.key(table, "Ctrl+Shift+N")
    assert panel.editors["title"].hasFocus()
    journey.type(panel.editors["title"], title)
    journey.key(None, "Tab")
    professions = panel.editors["professions"]
    assert professions.hasFocus()
    journey.type(professions, who)
    journey.key(professions, "Space")
    journey.key(None, "Tab")  # referent: none
    journey.key(None, "Tab")
    assert panel.editors["what"].hasFocus()
    journey.type(panel.editors["what"], what)
    journey.key(None, "Tab")
    assert panel.editors["how"].hasFocus()
    journey.type(panel.editors["how"], how)
    journey.key(None, "Tab")
    journey.type(panel.editors["when"], when)
    journey.key(None, "Ctrl+Return")
    assert table.hasFocus()


def tick_working_group(journey: Journey, editor, names: list[str]) -> None:
    """Stage 2: each named member's row of the working group ticked with Space."""
    stage(journey, editor, editor.group)
    people = editor.group.people
    for name in names:
        (item,) = [
            people.item(i)
            for i in range(people.count())
            if people.item(i).text().startswith(f"{name} — ")
        ]
        people.setFocus()
        people.setCurrentItem(item)
        journey.key(people, "Space")
        assert item.checkState() == Qt.CheckState.Checked, name


# -- validation: submit, sign, revise --------------------------------------------------------


def submit(journey: Journey) -> None:
    """Stage "Validation", "Soumettre à la validation de l'équipe"."""
    ed = journey.window.editor
    stage(journey, ed, ed.validation)
    journey.qtbot.waitUntil(ed.validation.submit.isEnabled)
    journey.click(ed.validation.submit)


def sign(
    journey: Journey, name: str, code: str, on_dialog: Callable[[QWidget], None] | None = None
) -> None:
    """ "Approuver…": the signer chosen by name, the personal code typed, OK."""
    ed = journey.window.editor

    def fill(dlg) -> None:
        journey.choose(
            dlg.who,
            next(
                dlg.who.itemText(i)
                for i in range(dlg.who.count())
                if dlg.who.itemText(i).startswith(name)
            ),
        )
        assert dlg.ok_button.isEnabled(), dlg.message.text()
        journey.type(dlg.pin, code)
        if on_dialog is not None:
            on_dialog(dlg)
        journey.click_ok(dlg)

    journey.when_modal(fill)
    journey.click(ed.validation.approve)
    journey.wait_modal_done()


def revise(journey: Journey, note: str) -> None:
    """ "Réviser (nouvelle version)…", the reason typed in the dialog, OK: the draft opens."""
    ed = journey.window.editor

    def fill(dlg) -> None:
        (text,) = dlg.findChildren(QPlainTextEdit)
        journey.type(text, note)
        journey.click_ok(dlg)

    journey.when_modal(fill)
    journey.click(ed.validation.revise)
    journey.wait_modal_done()


# -- PDF export through the app's buttons and the file dialog --------------------------------


def wait_exported(journey: Journey, exporter, path: Path, start: Callable[[], None]) -> Path:
    """Run `start` (a click that ends in the save dialog, answered with `path`) and wait until
    the worker has written the file."""
    with journey.qtbot.waitSignal(exporter.finished, timeout=30_000) as done:
        start()
        journey.wait_modal_done()
    assert done.args == [str(path)], done.args
    assert path.stat().st_size > 0
    return path


def export_pdf(journey: Journey, path: Path) -> Path:
    """The editor's "PDF…" button; the save dialog answered with `path`."""
    ed = journey.window.editor
    journey.save_file_as(path)
    return wait_exported(journey, ed.exporter, path, lambda: journey.click(ed.pdf_button))


def choose_memo_profession(journey: Journey, profession: str, path: Path) -> None:
    """Answer "Pour quelle profession ?" with `profession`, then the save dialog with `path`."""

    def fill(dlg) -> None:
        (combo,) = dlg.findChildren(QComboBox)
        journey.choose(combo, profession)
        journey.save_file_as(path)  # the next dialog, once this one is closed
        journey.click_ok(dlg)

    journey.when_modal(fill)


def export_memo(journey: Journey, profession: str, path: Path) -> Path:
    """The editor's "Mémo…" button: the profession asked, then the save dialog."""
    ed = journey.window.editor
    choose_memo_profession(journey, profession, path)
    return wait_exported(journey, ed.exporter, path, lambda: journey.click(ed.memo_button))
