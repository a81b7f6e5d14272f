"""Editor stages found wanting by the issue-13 journey: an old version opened from the history
(to export its superseded PDF), the check refreshed with what was just typed, the synthesis
headers whole at 1280×800, the HAS path's titles wrapped in large type."""

from __future__ import annotations

from PySide6.QtCore import Qt

from protoedit import team
from protoedit.protocols import approvals
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Evidence, KeyMessage, Step
from protoedit.protocols.queries import get_version
from tests.ui.conftest import show_active
from tests.ui.test_protocol_editor import edit_cell
from ui.main_window import MainWindow

PIN = "2468"


def approved_twice(ctx) -> tuple[int, int]:
    """ACO-01 v1 approved, then v2 approved: v1 is superseded. Returns (v1, v2)."""
    signers = []
    for last, first, prof in (
        ("Bernard", "Loïc", "medecin_generaliste"),
        ("Faure", "Maëlle", "infirmier"),
    ):
        pid, _ = team.add_professional(
            ctx.db,
            ctx.actor,
            team.ProfessionalInput(last_name=last, first_name=first, profession=prof),
        )
        team.set_pin(ctx.db, ctx.actor, pid, PIN)
        signers.append(pid)
    content = Content(
        sections={
            "objectives": "Moins d'hémorragies",
            "inclusion": "Adultes",
            "alert_signs": "Saignement",
        },
        steps=[Step("Repérer", ["infirmier"], "", "Lister les patients")],
    )
    protocol_id, v1, _ = protocols.create_protocol(
        ctx.db, ctx.actor, "ACO-01", "Anticoagulants", "", content
    )
    versions = [v1]
    for vid in versions:
        approvals.submit(ctx.db, ctx.actor, vid)
        for pid in signers:
            approvals.approve(ctx.db, ctx.actor, vid, pid, PIN, "")
        if len(versions) == 1:
            versions.append(protocols.revise(ctx.db, ctx.actor, protocol_id, "Seuils")[0])
    return versions[0], versions[1]


def test_history_entry_opens_that_version_read_only(qtbot, ctx) -> None:
    """An old version could not be opened from the app once a newer one was approved (the
    library opens the latest): Enter on its history entry opens it, frozen."""
    v1, v2 = approved_twice(ctx)
    assert get_version(ctx.db, v1).status == "superseded"
    window = MainWindow(ctx)
    show_active(qtbot, window)
    window.open_version(v2)
    ed = window.editor
    ed.show_page_of(ed.validation)
    history = ed.validation.history
    assert [history.item(i).text().split(" — ")[0] for i in range(history.count())] == ["v2", "v1"]
    history.setFocus()
    history.setCurrentRow(1)
    qtbot.keyClick(history, Qt.Key.Key_Return)
    assert ed.version.version_id == v1 and ed.version.status == "superseded"
    assert ed.heading.text().startswith("ACO-01 v1")
    assert (
        ed.identity.title.isReadOnly() and ed.saved_label.text() == "Version figée : lecture seule"
    )


def test_validation_stage_checks_what_was_just_typed(qtbot, ctx) -> None:
    """The stage "Validation" took its snapshot at the sixth stage's index, which became
    "Évaluation" when "Réponses documentées" was added: a table cell typed just before
    (leaving a table does not close a change) was missing from the check."""
    _pid, vid, _ = protocols.create_protocol(
        ctx.db,
        ctx.actor,
        "ACO-01",
        "Anticoagulants",
        "",
        Content(
            sections={
                "objectives": "Moins d'hémorragies",
                "inclusion": "Adultes",
                "alert_signs": "Saignement",
            },
            steps=[Step("Repérer", ["infirmier"], "", "Lister les patients")],
        ),
    )
    window = MainWindow(ctx)
    show_active(qtbot, window)
    window.open_version(vid)
    ed = window.editor
    ed.show_page_of(ed.evaluation)
    ed.evaluation.indicators.insert_row(0)
    edit_cell(qtbot, ed.evaluation.tables[0], 0, 0, "Nombre de patients inclus")
    ed.show_page_of(ed.validation)  # at once, before the pause that closes a change
    problems = [
        ed.validation.problems.item(i).text() for i in range(ed.validation.problems.count())
    ]
    assert not any("Aucun indicateur" in p for p in problems), problems


def open_draft(qtbot, ctx) -> MainWindow:
    """A draft with a synthesis row (its level label widens its column) open at 1280×800."""
    content = Content(
        evidence=[Evidence("Rythme de l'INR ?", "Mensuel", "HAS", "2")],
        key_points=[KeyMessage("Signaler tout saignement", "B")],
    )
    _pid, vid, _ = protocols.create_protocol(
        ctx.db, ctx.actor, "ACO-01", "Anticoagulants", "", content
    )
    window = MainWindow(ctx)
    show_active(qtbot, window)
    window.resize(1280, 800)
    window.open_version(vid)
    return window


def test_synthesis_headers_are_whole_at_1280(qtbot, ctx) -> None:
    """ "Question des professionnels" was cut to "uestion des professionnel" at 1280×800."""
    window = open_draft(qtbot, ctx)
    ed = window.editor
    ed.show_page_of(ed.synthesis)
    qtbot.waitUntil(lambda: ed.synthesis.tables[0].isVisible())
    for table in ed.synthesis.tables:
        header = table.horizontalHeader()
        for col in range(header.count()):  # the width the style needs to draw it whole
            needed = header.sectionSizeFromContents(col).width()
            assert header.sectionSize(col) >= needed, (col, header.sectionSize(col), needed)


def test_stage_titles_wrap_in_large_type(qtbot, ctx) -> None:
    """In presentation type (×1.5), "3. Réponses documentées" ran out of the fixed-width path
    behind a scroll bar; it wraps instead."""
    window = open_draft(qtbot, ctx)
    window.apply_zoom(1.5)
    path = window.editor.path
    qtbot.waitUntil(
        lambda: path.visualItemRect(path.item(2)).height() > path.fontMetrics().height()
    )
    for i in range(path.count()):
        assert path.visualItemRect(path.item(i)).right() < path.viewport().width(), i
