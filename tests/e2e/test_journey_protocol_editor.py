"""Journey: a nurse writes a care protocol from a starter template, with the keyboard, and finds
it open again after a restart."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from protoedit.library import list_documents
from protoedit.protocols.queries import get_version
from tests.e2e.steps import type_new_step

NEW_STEPS = [  # title, profession typed to find it in the list, what, how (two lines), when
    (
        "Informer",
        "Inf",
        "Expliquer le traitement et ses risques au patient et à l'aidant",
        "Fiche « Mon traitement anticoagulant »\nRemise en main propre",
        "À l'inclusion",
    ),
    (
        "Vérifier",
        "Pha",
        "Vérifier les interactions médicamenteuses à chaque délivrance",
        "Dossier pharmaceutique\nAppel au médecin si besoin",
        "À chaque délivrance",
    ),
    (
        "Éduquer",
        "Inf",
        "Apprendre au patient à reconnaître les saignements",
        "Séance d'éducation thérapeutique\nCarnet de suivi",
        "Dans le mois",
    ),
    (
        "Coordonner",
        "Méd",
        "Partager le plan de suivi en réunion de concertation",
        "Messagerie sécurisée\nCompte rendu dans le dossier",
        "Chaque trimestre",
    ),
    (
        "Réévaluer",
        "spé",
        "Réévaluer l'indication et la dose du traitement",
        "Consultation dédiée\nBilan rénal",
        "Chaque année",
    ),
]


def test_journey_write_protocol_from_template_and_reopen(journey) -> None:
    window = journey.first_start("Martin", "Élise", "Infirmier(ère) (IDE)")
    window.resize(1280, 800)

    # "Protocole ouvert" with nothing open: an empty page that says what to do.
    journey.key(window, "Ctrl+3")
    ed = window.editor
    assert ed.stack.currentWidget() is ed.empty
    journey.screenshot("editor-00-nothing-open")

    # New protocol from a starter template, through the new-protocol dialog.
    def fill(dlg) -> None:
        assert dlg.from_template.isChecked()
        journey.choose(dlg.template, "Patients sous anticoagulants oraux")
        assert dlg.code.text() == "ACO-01"
        journey.click_ok(dlg)

    journey.when_modal(fill)
    journey.click(ed.empty.new_button)
    journey.wait_modal_done()
    assert ed.stack.currentWidget() is ed.form and ed.version is not None
    version_id = ed.version.version_id
    assert ed.heading.text().startswith("ACO-01 v1 — Patients sous anticoagulants oraux")

    # 1. Theme and problem, accents and all.
    problem = ed.identity.sections.fields["problem"].editor
    problem.selectAll()
    journey.type(problem, "Hémorragies évitables chez les patients âgés ; œdème, chutes.")
    journey.screenshot("editor-01-theme")
    for stage in range(1, ed.path.count()):
        journey.click_row(ed.path, stage)
        journey.screenshot(f"editor-0{stage + 1}-stage")
    journey.click_row(ed.path, ed.pages.indexOf(ed.sections))
    objectives = ed.sections.fields["objectives"].editor
    objectives.moveCursor(objectives.textCursor().MoveOperation.End)
    journey.type(objectives, "\nRéduire les accidents hémorragiques à domicile.")

    # 4. Five more steps, typed in the step panel with the keyboard only.
    journey.click_row(ed.path, ed.pages.indexOf(ed.steps))
    table = ed.steps.table
    journey.click_row(table, ed.steps.model.rowCount() - 1)
    panel = ed.steps.panel
    for title, who, what, how, when in NEW_STEPS:
        type_new_step(journey, ed.steps, title, who, what, how, when)
    journey.screenshot("editor-10-steps-panel")
    rows = ed.steps.model.rows
    assert len(rows) == 11 and [s.title for s in rows[6:]] == [s[0] for s in NEW_STEPS]
    assert [s.professions for s in rows[6:]] == [
        ["infirmier"],
        ["pharmacien"],
        ["infirmier"],
        ["medecin_generaliste"],
        ["medecin_specialiste"],
    ]
    assert rows[6].how.count("\n") == 1

    # Undo and redo: the cursor comes back at the end of the change, in its field.
    last_when = panel.editors["when"]
    journey.key(table, "Ctrl+Z")
    assert last_when.hasFocus() and last_when.toPlainText() == ""
    journey.key(None, "Ctrl+Y")
    assert last_when.toPlainText() == "Chaque année"
    journey.type(QApplication.focusWidget(), " au moins")
    assert ed.steps.model.rows[-1].when == "Chaque année au moins"  # undo replaced the rows
    journey.key(None, "Ctrl+Return")

    # Presentation mode: the table alone, large type, at least five steps in view.
    journey.key(table, "F11")
    window.setGeometry(0, 0, 1280, 800)  # the offscreen screen is 800 pixels wide
    journey.qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()
    assert not panel.isVisible() and not window.nav.isVisible()
    last_visible = table.rowAt(table.viewport().height() - 1)
    assert last_visible == -1 or last_visible >= 5  # rows 0-4 at least are in view
    assert table.rowViewportPosition(4) + table.rowHeight(4) <= table.viewport().height()
    journey.screenshot("editor-20-presentation")
    journey.key(table, "Enter")  # the panel comes when asked for, even in presentation
    assert panel.isVisible()
    journey.screenshot("editor-21-presentation-panel")
    journey.key(None, "Ctrl+Return")
    assert not panel.isVisible()
    journey.key(table, "F11")
    window.resize(1280, 800)

    # Restart: the same protocol is open again, with what was typed.
    window = journey.restart()
    window.resize(1280, 800)
    journey.key(window, "Ctrl+3")
    ed = window.editor
    assert ed.version is not None and ed.version.version_id == version_id
    assert ed.stack.currentWidget() is ed.form
    journey.screenshot("editor-30-reopened")
    saved = get_version(journey.ctx.db, version_id).content
    assert "œdème" in saved.section("problem") and "à domicile" in saved.section("objectives")
    assert [s.title for s in saved.steps[6:]] == [s[0] for s in NEW_STEPS]
    assert saved.steps[-1].when == "Chaque année au moins"
    assert saved.steps[8].how == "Séance d'éducation thérapeutique\nCarnet de suivi"
    assert [d.code for d in list_documents(journey.ctx.db) if d.kind == "protocol"] == ["ACO-01"]
