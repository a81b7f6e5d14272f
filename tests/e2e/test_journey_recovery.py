"""Journey: the database becomes locked or read-only under an open protocol; the typing survives
the close in a recovery file and comes back at the next start."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from protoedit import recovery
from protoedit.paths import default_db_path
from protoedit.protocols.queries import get_version

FIRST = "Hémorragies évitables chez les patients âgés."
LOCKED = " Œdème des chevilles à surveiller."
READ_ONLY = " Chutes à domicile : prévenir l'aidant."
MORE = " Deuxième essai à l'écrit."


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[Callable[[], None]]:
    """Another program holds the database's write lock (SQLite BEGIN EXCLUSIVE) until released."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN EXCLUSIVE")
    released = [False]

    def release() -> None:
        if not released[0]:
            con.rollback()
            con.close()
            released[0] = True

    try:
        yield release
    finally:
        release()


def _chattr(flag: str, *paths: Path) -> None:
    subprocess.run(["chattr", flag, *map(str, paths)], check=True, capture_output=True)


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[Callable[[], None]]:
    """The database file and its write-ahead log made read-only, even for root (chattr +i;
    chmod 0444 does not stop root, who runs these tests). The shared-memory index stays
    writable: SQLite maps it, and an immutable mapping kills the process."""
    files = [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    try:
        _chattr("+i", *files)
    except subprocess.CalledProcessError:
        pytest.skip("this file system does not support chattr +i")
    undone = [False]

    def undo() -> None:
        if not undone[0]:
            _chattr("-i", *files)
            undone[0] = True

    try:
        yield undo
    finally:
        undo()


def _new_protocol(journey):
    window = journey.first_start("Martin", "Élise", "Infirmier(ère) (IDE)")
    window.resize(1280, 800)
    journey.key(window, "Ctrl+3")
    ed = window.editor

    def fill(dlg) -> None:
        journey.choose(dlg.template, "Patients sous anticoagulants oraux")
        journey.click_ok(dlg)

    journey.when_modal(fill)
    journey.click(ed.empty.new_button)
    journey.wait_modal_done()
    problem = ed.identity.sections.fields["problem"].editor
    problem.selectAll()
    journey.type(problem, FIRST)
    journey.qtbot.waitUntil(lambda: ed.saved_label.text().startswith("Enregistré"), timeout=5000)
    return ed, problem


def _answer_close(journey, undo_fault: Callable[[], None], typed: str) -> None:
    """Answer the closing question: it says where the copy is; the fault is then lifted (the
    next start can open the database) and the user quits keeping the copy. Then the restore
    dialog of the next start offers the document, with what was typed in its preview."""

    def on_close(box) -> None:
        assert isinstance(box, QMessageBox), f"expected the closing question, got {box!r}"
        assert str(recovery.folder()) in box.text()
        box.resize(box.sizeHint())
        journey.screenshot("recovery-01-close-question", box)
        undo_fault()
        journey.click_button(box, "Enregistrer une copie de secours et quitter")
        journey.when_modal(on_restore)

    def on_restore(dlg) -> None:
        assert dlg.list.count() == 1
        assert dlg.list.item(0).text().startswith("ACO-01 v1 — Patients sous anticoagulants")
        assert typed.strip() in dlg.preview.toPlainText()
        assert dlg.sizeHint().width() <= 1280 and dlg.sizeHint().height() <= 800
        journey.screenshot("recovery-02-restore-dialog", dlg)
        journey.click(dlg.restore_button)

    journey.when_modal(on_close)


def _check_restored(journey, typed: str) -> None:
    ed = journey.window.editor
    journey.wait_modal_done()
    problem = ed.identity.sections.fields["problem"].editor
    assert problem.toPlainText() == FIRST + typed  # the typing is back, shown as unsaved
    version_id = ed.version.version_id
    journey.qtbot.waitUntil(lambda: ed.saved_label.text().startswith("Enregistré"), timeout=5000)
    assert get_version(journey.ctx.db, version_id).content.section("problem") == FIRST + typed
    assert recovery.list_for(journey.ctx.db.display_name) == []  # saved: the copy is gone
    journey.screenshot("recovery-03-restored")


def test_journey_locked_database_close_restart_restore(journey) -> None:
    ed, problem = _new_protocol(journey)
    with exclusive_lock(default_db_path()) as release:
        journey.type(problem, LOCKED)
        # Closed at once, before the autosave: the close tries to save (and waits out the
        # lock's busy timeout), then asks; no warning before the question.
        _answer_close(journey, release, LOCKED)
        journey.restart()
    _check_restored(journey, LOCKED)


def test_journey_read_only_database_warns_once_keeps_copy(journey) -> None:
    ed, problem = _new_protocol(journey)
    db_path = default_db_path()
    with immutable(db_path) as undo:
        warnings: list[str] = []

        def on_warning(box) -> None:  # the first failed autosave says so, once
            warnings.append(box.text())
            journey.click_ok(box)

        journey.when_modal(on_warning)
        journey.type(problem, READ_ONLY)
        journey.wait_modal_done()
        assert warnings and "rien n'a été enregistré" in warnings[0]
        assert ed.saved_label.text() == "Non enregistré : copie de secours gardée"
        name = journey.ctx.db.display_name
        kept = recovery.get(name, "protocol_version", ed.version.version_id)
        assert kept is not None and READ_ONLY.strip() in kept.data["content"]["sections"]["problem"]
        # Typing on: the next autosaves fail too, silently; the copy follows the typing.
        journey.type(problem, MORE)
        journey.qtbot.waitUntil(
            lambda: (
                MORE.strip()
                in recovery.get(name, "protocol_version", ed.version.version_id).data["content"][
                    "sections"
                ]["problem"]
            ),
            timeout=5000,
        )
        assert len(warnings) == 1
        _answer_close(journey, undo, READ_ONLY + MORE)
        journey.restart()
    _check_restored(journey, READ_ONLY + MORE)


def test_journey_cancel_close_keeps_window_open(journey) -> None:
    ed, problem = _new_protocol(journey)
    with exclusive_lock(default_db_path()) as release:
        journey.type(problem, LOCKED)

        def cancel(box) -> None:
            journey.click_button(box, "Annuler")

        journey.when_modal(cancel)
        journey.window.close()
        journey.wait_modal_done()
        assert journey.window.isVisible()  # the user stays; the copy is kept meanwhile
        assert (
            recovery.get(journey.ctx.db.display_name, "protocol_version", ed.version.version_id)
            is not None
        )
        release()
    journey.key(problem, "Ctrl+S")  # the lock is gone: saving works and drops the copy
    assert get_version(journey.ctx.db, ed.version.version_id).content.section("problem") == (
        FIRST + LOCKED
    )
    assert recovery.list_for(journey.ctx.db.display_name) == []


def test_journey_index_refreshes_in_background_after_import(
    journey, tmp_path, monkeypatch, capsys
) -> None:
    """A colleague's library imported on the command line: at the next start the index catches
    up in the background, with its progress in the status bar, and then finds the imports."""
    import json

    from protoedit.cli import parser as cli
    from protoedit.search import index as search_index

    monkeypatch.setattr(search_index, "REFRESH_BATCH", 10)  # several steps for a few documents
    ed, _problem = _new_protocol(journey)
    exported = tmp_path / "bibliotheque.json"
    args = cli.build_parser().parse_args(["export", "--all", "--json", str(exported)])
    assert cli.run_command(args) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    doc = next(d for d in data["documents"] if d["kind"] == "care_protocol")
    data["documents"] = []
    for n in range(60):  # a file from another team: sixty protocols
        clone = json.loads(json.dumps(doc))
        clone["code"] = f"IMP-{n:02d}"
        clone["title"] = f"Rougeole importée {n}"
        for v in clone["versions"]:
            v["code"], v["title"] = clone["code"], clone["title"]
        data["documents"].append(clone)
    received = tmp_path / "recu.json"
    received.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli.run_command(cli.build_parser().parse_args(["import", str(received)])) == 0
    capsys.readouterr()

    # The refresh pauses after its first batch until the progress has been looked at.
    gate, batches = threading.Event(), [0]
    load_docs = search_index.load_docs

    def gated(conn, wanted):
        batches[0] += 1
        if batches[0] > 1:
            gate.wait(10)
        return load_docs(conn, wanted)

    monkeypatch.setattr(search_index, "load_docs", gated)
    window = journey.restart()
    window.resize(1280, 800)
    status = window.index_status
    try:  # sixty imported, and the draft typed in at the first start
        journey.qtbot.waitUntil(
            lambda: status.isVisible() and "10 / 61" in status.text(), timeout=10_000
        )
        journey.screenshot("recovery-04-index-progress")
    finally:
        gate.set()
    journey.qtbot.waitUntil(lambda: not status.isVisible(), timeout=30_000)
    journey.key(window, "Ctrl+K")
    journey.type(window.search.edit, "rougeole")
    journey.qtbot.waitUntil(lambda: window.search.model.rowCount() >= 20, timeout=5000)


def test_journey_meeting_notes_survive_a_locked_database(journey) -> None:
    """Notes typed during a meeting, the database locked: kept at the close, restored at the
    next start in the meeting's "during" tab, saved once the lock is gone."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from protoedit.meetings.queries import get_meeting
    from tests.e2e.test_journey_meetings_aci import add_item, create_meeting, go

    window = journey.first_start("Martin", "Élise", "Infirmier(ère) (IDE)")
    window.resize(1280, 800)
    go(journey, "Réunions")
    create_meeting(journey, "05/11/2026 12:30")
    screen = window.meetings.meeting_screen
    journey.click(screen.before.add_button)
    add_item(journey, "Planning des visites", "Organisation")
    journey.click(screen.before.item_dialog.close_button)
    bar = screen.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    journey.click_row(screen.during.items, 1)
    panel = screen.during.panel
    journey.type(panel.notes.editor, "Visites le mardi.")
    journey.qtbot.waitUntil(lambda: panel.saved_label.text() == "Enregistré.", timeout=5000)
    meeting_id, item_id = screen.meeting.id, panel.item.id
    typed = " Hélène prend le jeudi à domicile."
    with exclusive_lock(default_db_path()) as release:
        journey.type(panel.notes.editor, typed)

        def on_close(box) -> None:
            assert str(recovery.folder()) in box.text()
            release()
            journey.click_button(box, "Enregistrer une copie de secours et quitter")
            journey.when_modal(on_restore)

        def on_restore(dlg) -> None:
            assert dlg.list.count() == 1 and "Planning des visites" in dlg.list.item(0).text()
            assert "+Visites le mardi." + typed in dlg.preview.toPlainText()
            journey.screenshot("recovery-05-restore-meeting-notes", dlg)
            journey.click(dlg.restore_button)

        journey.when_modal(on_close)
        journey.restart()
    journey.wait_modal_done()
    panel = journey.window.meetings.meeting_screen.during.panel
    assert journey.window.current_page() == "meetings" and panel.item.id == item_id
    assert panel.notes.text() == "Visites le mardi." + typed
    journey.qtbot.waitUntil(lambda: panel.saved_label.text() == "Enregistré.", timeout=5000)
    stored = next(i for i in get_meeting(journey.ctx.db, meeting_id).items if i.id == item_id)
    assert stored.notes == "Visites le mardi." + typed
    assert recovery.list_for(journey.ctx.db.display_name) == []
