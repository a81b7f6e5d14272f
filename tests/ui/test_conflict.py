"""Two PCs edit the same document (two real sessions on one database): disjoint edits merge by
themselves, overlapping ones are chosen field by field, and nothing is silently lost."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QRadioButton, QWidget

from protoedit import protocols
from protoedit.content import Step
from protoedit.exchange_import import import_file
from protoedit.ops import Actor
from protoedit.protocol_queries import find_protocol, get_version, versions_of
from protoedit.settings import Settings
from protoedit.store.database import open_database
from tests.ui.conftest import type_text
from ui.context import AppContext
from ui.protocol.editor import ProtocolEditor
from ui.widgets.merge_dialog import MergeDialog

EXCLUSION = "Population : critères d'exclusion"
TIMERS: list[QTimer] = []
SEEN: list[MergeDialog] = []
ERRORS: list[BaseException] = []


@pytest.fixture
def two_pcs(qtbot, db_url):
    """Two independent sessions (own engine, own pool) on the same database."""
    first, second = open_database(db_url), open_database(db_url)
    pcs = (AppContext(first, Settings(), Actor(None, "Poste accueil")),
           AppContext(second, Settings(), Actor(None, "Poste infirmerie")))
    yield pcs
    for t in TIMERS:
        t.stop()
    TIMERS.clear()
    SEEN.clear()
    for ed in EDITORS:
        ed.shutdown()
    EDITORS.clear()
    first.close()
    second.close()


EDITORS: list[ProtocolEditor] = []


def when_modal(fill: Callable[[QWidget], None], kind: type = MergeDialog) -> None:
    """Run `fill(dialog)` once the next modal dialog of `kind` shows (as a user answers it)."""
    timer = QTimer()

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, kind) and dlg.isVisible():
            timer.stop()
            if isinstance(dlg, MergeDialog):
                SEEN.append(dlg)
            try:
                fill(dlg)
            except BaseException as err:  # noqa: BLE001 - re-raised by the test
                ERRORS.append(err)
                dlg.close()

    timer.timeout.connect(poll)
    timer.start(20)
    TIMERS.append(timer)


def check_modal_errors() -> None:
    if ERRORS:
        err = ERRORS.pop(0)
        ERRORS.clear()
        raise err


def click(widget: QWidget) -> None:
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QRadioButton) else widget.rect().center()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    QCoreApplication.processEvents()


def pick(dlg: MergeDialog, label: str, side: str) -> None:
    box = next(b for b in dlg.boxes if b.conflict.label == label)
    click(box.mine if side == "mine" else box.theirs)


def answer(choices: dict[str, str]) -> Callable[[QWidget], None]:
    def fill(dlg: QWidget) -> None:
        assert isinstance(dlg, MergeDialog)
        assert not dlg.save_button.isEnabled()  # every field needs a choice first
        for label, side in choices.items():
            pick(dlg, label, side)
        click(dlg.save_button)

    return fill


def save_file_as(monkeypatch, path: Path) -> list[str]:
    """The file dialog answers `path` (the dialog itself is driven in the journey)."""
    asked: list[str] = []

    def answer_dialog(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer_dialog)
    return asked


def field(ed: ProtocolEditor, key: str):
    fields = {**ed.identity.sections.fields, **ed.sections.fields}
    return fields[key]


def open_both(qtbot, two_pcs) -> tuple[int, list[ProtocolEditor]]:
    pc1, _pc2 = two_pcs
    content = protocols.Content(sections={"inclusion": "Adultes", "exclusion": "Enfants"},
                                steps=[Step(title="Repérer"), Step(title="Évaluer")])
    _pid, vid, _ = protocols.create_protocol(pc1.db, pc1.actor, "CONF-01", "Protocole partagé",
                                             content=content)
    editors = []
    for ctx in two_pcs:
        ed = ProtocolEditor(ctx)
        qtbot.addWidget(ed)
        ed.open_version(vid)
        editors.append(ed)
        EDITORS.append(ed)
    return vid, editors


def retype(ed: ProtocolEditor, key: str, text: str) -> None:
    editor = field(ed, key).editor
    editor.selectAll()
    type_text(editor, text)


def saved(two_pcs, vid: int):
    return get_version(two_pcs[0].db, vid)


def no_dialog(monkeypatch) -> None:
    def refuse(_self) -> int:
        raise AssertionError("the merge dialog was shown for disjoint edits")

    monkeypatch.setattr(MergeDialog, "exec", refuse)


# -- care protocols ---------------------------------------------------------------------------


def test_protocol_disjoint_edits_merge_without_dialog(qtbot, two_pcs, monkeypatch) -> None:
    no_dialog(monkeypatch)
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Enfants, grossesse")
    assert ed1.save()
    retype(ed2, "inclusion", "Adultes diabétiques")
    assert ed2.save()
    v = saved(two_pcs, vid)
    assert v.content.section("exclusion") == "Enfants, grossesse"
    assert v.content.section("inclusion") == "Adultes diabétiques"
    assert field(ed2, "exclusion").text() == "Enfants, grossesse"  # shown on PC 2
    assert f"Modifications de l'autre poste intégrées : {EXCLUSION}" in ed2.saved_label.toolTip()
    cursor = field(ed2, "inclusion").editor.textCursor()
    assert cursor.position() == len("Adultes diabétiques")  # the cursor stays where it was


def test_protocol_step_added_here_while_other_pc_edits_another(qtbot, two_pcs, monkeypatch) -> None:
    no_dialog(monkeypatch)
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    mine = ed1.collect()
    mine.content.steps[0].what = "Dépister"
    ed1.apply_state(mine)
    assert ed1.save()
    ed2.steps.add_step()
    ed2.steps.model.rows[-1].title = "Suivre"
    ed2.on_edited()
    assert ed2.save()
    steps = saved(two_pcs, vid).content.steps
    assert [s.title for s in steps] == ["Repérer", "Évaluer", "Suivre"]
    assert steps[0].what == "Dépister"


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_protocol_overlap_is_chosen_field_by_field(qtbot, two_pcs, side) -> None:
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Exclusion du poste 1")
    retype(ed1, "inclusion", "Inclusion du poste 1")
    assert ed1.save()
    retype(ed2, "exclusion", "Exclusion du poste 2")
    retype(ed2, "inclusion", "Inclusion du poste 2")
    other = "theirs" if side == "mine" else "mine"
    when_modal(answer({EXCLUSION: side, "Population : critères d'inclusion": other}))
    assert ed2.save()
    check_modal_errors()
    [dlg] = SEEN
    texts = {b.conflict.label: (b.conflict.mine, b.conflict.theirs) for b in dlg.boxes}
    assert texts[EXCLUSION] == ("Exclusion du poste 2", "Exclusion du poste 1")
    v = saved(two_pcs, vid)
    expect = {"mine": "du poste 2", "theirs": "du poste 1"}
    assert v.content.section("exclusion") == f"Exclusion {expect[side]}"
    assert v.content.section("inclusion") == f"Inclusion {expect[other]}"
    assert field(ed2, "exclusion").text() == f"Exclusion {expect[side]}"


def test_protocol_copy_aside_as_a_new_draft(qtbot, two_pcs) -> None:
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Exclusion du poste 1")
    assert ed1.save()
    retype(ed2, "exclusion", "Exclusion du poste 2")
    retype(ed2, "objectives", "Objectif du poste 2")
    when_modal(lambda dlg: dlg.copy_button.menu().actions()[0].trigger())
    assert ed2.save()
    check_modal_errors()
    v = saved(two_pcs, vid)
    assert v.content.section("exclusion") == "Exclusion du poste 1"
    assert v.content.section("objectives") == "Objectif du poste 2"  # mine, not in conflict
    copy = versions_of(two_pcs[0].db, find_protocol(two_pcs[0].db, "CONF-01-COPIE"))[0]
    assert copy.title == "Protocole partagé (copie de mon poste)"
    assert copy.content.section("exclusion") == "Exclusion du poste 2"
    assert "CONF-01-COPIE" in ed2.saved_label.toolTip()
    assert QApplication.clipboard().text() != "Exclusion du poste 2"


def test_protocol_copy_aside_to_a_file(qtbot, two_pcs, tmp_path, monkeypatch) -> None:
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Exclusion du poste 1")
    assert ed1.save()
    retype(ed2, "exclusion", "Exclusion du poste 2")
    target = tmp_path / "ma-version.json"
    asked = save_file_as(monkeypatch, target)
    when_modal(lambda dlg: dlg.copy_button.menu().actions()[1].trigger())
    assert ed2.save()
    check_modal_errors()
    assert asked == ["Copier ma version dans un fichier"]
    assert saved(two_pcs, vid).content.section("exclusion") == "Exclusion du poste 1"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["documents"][0]["versions"][0]["content"]["sections"]["exclusion"] == \
        "Exclusion du poste 2"
    report = import_file(two_pcs[0].db, two_pcs[0].actor, target)
    assert versions_of(two_pcs[0].db, report.documents[0].id)[0].content.section(
        "exclusion") == "Exclusion du poste 2"


def test_protocol_cancel_saves_nothing_and_keeps_the_typing(qtbot, two_pcs) -> None:
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Exclusion du poste 1")
    assert ed1.save()
    retype(ed2, "exclusion", "Exclusion du poste 2")
    when_modal(lambda dlg: click(dlg.cancel_button))
    assert not ed2.save()
    check_modal_errors()
    assert saved(two_pcs, vid).content.section("exclusion") == "Exclusion du poste 1"
    assert field(ed2, "exclusion").text() == "Exclusion du poste 2"
    assert "conflit" in ed2.saved_label.text()
    when_modal(answer({EXCLUSION: "mine"}))  # Ctrl+S asks again
    assert ed2.save()
    check_modal_errors()
    assert saved(two_pcs, vid).content.section("exclusion") == "Exclusion du poste 2"
