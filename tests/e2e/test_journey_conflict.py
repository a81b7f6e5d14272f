"""Journey: two PCs on one protocol draft. PC A is the real app; PC B is a second database session
writing through the core, as the other PC's app does. Disjoint edits merge by themselves,
overlapping ones are chosen field by field, and a version set aside becomes a new draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from protoedit.ops import Actor
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.queries import find_protocol, get_version, versions_of
from protoedit.store.database import open_database
from ui.widgets.merge_dialog import MergeDialog

# The copy button's menu pops up; the offscreen platform cannot raise it or let it grab the
# keyboard, and says so (a real display does not).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    extend=True,
)
OTHER_PC = Actor(None, "Poste infirmerie")
EXCLUSION = "Population : critères d'exclusion"
INCLUSION = "Population : critères d'inclusion"


def other_pc_writes(db, version_id: int, **sections: str) -> None:
    """PC B saves its own edit of the draft (read in its own session, saved on its revision)."""
    v = get_version(db, version_id)
    content = v.content
    content.sections.update(sections)
    protocols.save_draft(
        db, OTHER_PC, version_id, content, list(v.working_group), v.review_due, v.revision
    )


def retype(journey, editor, text: str) -> None:
    journey.click(editor.viewport())
    editor.selectAll()
    journey.type(editor, text)


def test_journey_two_pcs_merge_then_choose_then_copy_aside(journey, tmp_path) -> None:
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
    vid = ed.version.version_id
    journey.click_row(ed.path, ed.pages.indexOf(ed.sections))
    inclusion = ed.sections.fields["inclusion"].editor
    exclusion = ed.sections.fields["exclusion"].editor
    other = open_database(str(journey.ctx.db.url.render_as_string(hide_password=False)))
    try:
        # 1. PC B changes the exclusion criteria while A types the inclusion criteria.
        other_pc_writes(other, vid, exclusion="Grossesse ; insuffisance rénale sévère")
        retype(journey, inclusion, "Adultes sous AOD ou AVK, à domicile")
        journey.qtbot.waitUntil(lambda: "intégrées" in ed.saved_label.toolTip(), timeout=5000)
        assert QApplication.activeModalWidget() is None  # no dialog for disjoint edits
        assert f"Modifications de l'autre poste intégrées : {EXCLUSION}" in ed.saved_label.toolTip()
        assert ed.sections.fields["exclusion"].text() == "Grossesse ; insuffisance rénale sévère"
        saved = get_version(other, vid).content
        assert saved.section("inclusion") == "Adultes sous AOD ou AVK, à domicile"
        assert saved.section("exclusion") == "Grossesse ; insuffisance rénale sévère"
        journey.screenshot("conflict-01-merged")

        # 2. Both change the inclusion criteria: the dialog shows both, A keeps its own.
        other_pc_writes(other, vid, inclusion="Adultes sous AVK (poste B)")
        seen = []

        def keep_mine(dlg) -> None:
            assert isinstance(dlg, MergeDialog)
            seen.append([(b.conflict.label, b.conflict.mine, b.conflict.theirs) for b in dlg.boxes])
            journey.screenshot("conflict-02-dialog", dlg)
            journey.click(dlg.boxes[0].mine)
            journey.click(dlg.save_button)

        journey.when_modal(keep_mine)
        retype(journey, inclusion, "Adultes sous AOD (poste A)")
        journey.wait_modal_done(timeout_ms=8000)
        assert seen == [[(INCLUSION, "Adultes sous AOD (poste A)", "Adultes sous AVK (poste B)")]]
        assert get_version(other, vid).content.section("inclusion") == "Adultes sous AOD (poste A)"

        # 3. Both change the exclusion criteria: A sets its version aside as a new draft.
        other_pc_writes(other, vid, exclusion="Exclusion du poste B")

        def copy_aside(dlg) -> None:
            journey.click(dlg.copy_button)  # opens its menu: new draft or file
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            first = menu.actions()[0]
            assert first.text() == "Dans un nouveau brouillon"
            QTest.mouseClick(
                menu, Qt.MouseButton.LeftButton, pos=QPoint(menu.actionGeometry(first).center())
            )

        journey.when_modal(copy_aside)
        retype(journey, exclusion, "Exclusion du poste A")
        journey.wait_modal_done(timeout_ms=8000)
        journey.qtbot.waitUntil(lambda: "COPIE" in ed.saved_label.toolTip(), timeout=5000)
        assert get_version(other, vid).content.section("exclusion") == "Exclusion du poste B"
        assert ed.sections.fields["exclusion"].text() == "Exclusion du poste B"
        copy = versions_of(other, find_protocol(other, "ACO-01-COPIE"))[0]
        assert copy.content.section("exclusion") == "Exclusion du poste A"
        assert copy.title.endswith("(copie de mon poste)")
        journey.screenshot("conflict-03-copied")
    finally:
        other.close()
