"""Consultation UI: Ctrl+K, type-ahead, keyboard navigation, the version in force, my profession,
the bedside memo."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication

from protoedit.ops import Actor
from protoedit.protocols import lifecycle as protocols
from tests.core.test_consult import STEPS
from tests.e2e.journey import fill_print_dialog, pdf_text
from tests.factories import (
    ACTOR,
    approve_version,
    approved_protocol,
    complete_content,
    draft_protocol,
    signing_crew,
)
from tests.ui.conftest import show_active, type_text
from ui.consult.window import ConsultWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def library(ctx):
    """AVK-01 approved (v1) with a newer draft (v2); AVK-02 approved; a draft-only protocol."""
    db = ctx.db
    crew = signing_crew(db, ACTOR)
    pid, v1 = approved_protocol(
        db,
        ACTOR,
        "AVK-01",
        "Anticoagulants oraux : surveillance",
        complete_content("Version une : INR cible entre 2 et 3.", steps=STEPS),
        crew.signers,
    )
    v2, _ = protocols.revise(db, ACTOR, pid, "Nouvelle cible")
    protocols.save_draft(
        db,
        ACTOR,
        v2,
        complete_content("Version deux, pas encore validée.", steps=STEPS),
        [crew.doctor, crew.nurse],
        None,
        None,
    )
    approved_protocol(
        db,
        ACTOR,
        "AVK-02",
        "Relais par héparine",
        complete_content("Relais de l'anticoagulation ; surveiller l'œdème au point de ponction."),
        crew.signers,
    )
    draft_protocol(
        db, ACTOR, "ANT-03", "Anticoagulation en brouillon", complete_content(), crew.signers
    )
    ctx.actor = Actor(crew.nurse, "Camille Infirmière")  # her profile: nurse
    return {"pid": pid, "v1": v1, "v2": v2}


@pytest.fixture
def window(qtbot, ctx, library):
    pool = QThreadPool()
    win = ConsultWindow(ctx, pool=pool)
    show_active(qtbot, win)
    yield win
    pool.waitForDone(30000)


def search_for(qtbot, win: ConsultWindow, text: str) -> None:
    with qtbot.waitSignal(win.search.index_ready, timeout=20000):
        qtbot.keyClick(win, Qt.Key.Key_K, CTRL)
    assert win.search.edit.hasFocus()
    type_text(win.search.edit, text)
    qtbot.waitUntil(lambda: win.search.model.rowCount() > 0 and not win.search.timer.isActive())


def body(win: ConsultWindow) -> str:
    return win.view.body.toPlainText()


def test_ctrl_k_anticoag_enter_filter_and_memo(qtbot, window, library, tmp_path: Path) -> None:
    win = window
    search_for(qtbot, win, "anticoag")
    assert win.search.results.isVisible()
    codes = [h.code for h in win.search.model.hits]
    assert codes == ["AVK-01", "AVK-02"]  # title match first; the draft-only one is left out
    assert "AVK-01 — Anticoagulants oraux" in win.search.model.index(0).data()
    with qtbot.waitSignal(win.view.opened):
        qtbot.keyClick(win.search.edit, Qt.Key.Key_Return)
    assert not win.search.results.isVisible()
    view = win.view
    assert view.consultation.version_id == library["v1"]  # the approved version, not the draft
    assert view.title.text() == "AVK-01 — Anticoagulants oraux : surveillance"
    assert view.banner.text().startswith("Version 1 validée le")
    assert "Version une" in body(win) and "Version deux" not in body(win)
    # Her profession from her profile: her steps, the alert step, never the doctor's others.
    assert view.professions.currentData() == "infirmier"
    assert "Contrôler l'INR" in body(win) and "Appeler le 15 si saignement" in body(win)
    assert "Lister les patients" not in body(win)
    assert "Malaise : appeler le 15." in body(win)  # the alert signs section
    # Switch to the doctor's view.
    view.professions.setFocus()
    view.professions.setCurrentIndex(view.professions.findData("medecin_generaliste"))
    assert view.consultation.profession == "medecin_generaliste"
    assert "Lister les patients" in body(win) and "INR > 4" in body(win)  # nurse's alert kept
    assert "Carnet AVK" not in body(win)
    # "Enregistrer le mémo en PDF…": the doctor's bedside memo, to the file the user chose.
    out = tmp_path / "memo.pdf"
    view.exporter.ask_pdf_path = lambda suggested: str(out)
    with qtbot.waitSignal(view.memo_saved, timeout=30000) as saved:
        qtbot.mouseClick(view.memo_pdf_button, Qt.MouseButton.LeftButton)
    assert saved.args == [str(out)]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "AVK-01" in text and "Lister les patients" in text
    # Ctrl+P: the print dialog; printed (here to a PDF file) with the memo's content.
    printed_to = tmp_path / "printed.pdf"
    poll = QTimer(win)
    poll.setInterval(20)

    def answer() -> None:
        if isinstance(QApplication.activeModalWidget(), QPrintDialog):
            poll.stop()
            fill_print_dialog(QApplication.activeModalWidget(), printed_to)

    poll.timeout.connect(answer)
    poll.start()
    win.activateWindow()  # the export's progress dialog may have taken it (offscreen)
    qtbot.waitUntil(win.isActiveWindow)
    view.body.setFocus()
    with qtbot.waitSignal(view.memo_printed, timeout=30000) as printed:
        qtbot.keyClick(view.body, Qt.Key.Key_P, CTRL)
    assert printed.args == [str(printed_to)]
    paper = pdf_text(printed_to)
    for words in (
        "AVK-01 — Anticoagulants oraux",
        "Mémo au lit du patient",
        "Lister les patients",
        "Signes d'alerte",
        "Malaise : appeler le 15.",
        "Qui appeler",
    ):
        assert words in paper, words
    assert "Carnet AVK" not in paper  # the nurse's step is not on the doctor's memo


def test_keyboard_navigation_and_escape(qtbot, window) -> None:
    win = window
    search_for(qtbot, win, "anticoag")
    results = win.search.results
    assert results.currentIndex().row() == 0
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Down)
    assert results.currentIndex().row() == 1
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Down)  # stays on the last one
    assert results.currentIndex().row() == 1
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Up)
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Escape)
    assert not results.isVisible()
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Down)  # comes back with the same selection
    assert results.isVisible() and results.currentIndex().row() == 1
    with qtbot.waitSignal(win.view.opened):
        qtbot.keyClick(win.search.edit, Qt.Key.Key_Enter)
    assert win.view.consultation.code == "AVK-02"
    qtbot.keyClick(win, Qt.Key.Key_K, CTRL)
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Escape)
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Escape)  # a second Escape clears the field
    assert win.search.edit.text() == "" and win.search.model.rowCount() == 0


def test_accents_typed_and_highlighted(qtbot, window) -> None:
    win = window
    search_for(qtbot, win, "œdème")
    hit = win.search.model.hits[0]
    assert hit.code == "AVK-02"
    assert [t for t, on in hit.snippet if on] == ["œdème"]
    win.search.edit.clear()
    type_text(win.search.edit, "OEDEME")
    qtbot.waitUntil(lambda: not win.search.timer.isActive())
    assert [h.code for h in win.search.model.hits] == ["AVK-02"]


def test_draft_only_on_purpose(qtbot, window, library) -> None:
    win = window
    win.view.open_protocol(library["pid"])
    assert win.view.draft_button.isVisible()
    qtbot.mouseClick(win.view.draft_button, Qt.MouseButton.LeftButton)
    assert win.view.consultation.version_id == library["v2"]
    assert win.view.banner.text().startswith("BROUILLON NON VALIDÉ (version 2)")
    assert "Version deux" in body(win)
    qtbot.mouseClick(win.view.draft_button, Qt.MouseButton.LeftButton)
    assert win.view.consultation.version_id == library["v1"]


def test_zoom_and_refresh_after_approval(qtbot, window, library, ctx) -> None:
    win = window
    win.view.open_protocol(library["pid"])
    size = win.view.body.font().pointSizeF()
    win.view.step_zoom(+1)
    assert win.view.body.font().pointSizeF() > size
    crew = signing_crew(ctx.db, ACTOR)
    approve_version(
        ctx.db, ACTOR, library["v2"], crew.signers
    )  # another PC approves the new version
    win.view.reload()
    assert win.view.consultation.version_id == library["v2"]
    assert "Version deux" in body(win)


def test_drafts_only_when_asked_and_suggestions(qtbot, window, library) -> None:
    win = window
    search_for(qtbot, win, "anticoag")
    assert [h.code for h in win.search.model.hits] == ["AVK-01", "AVK-02"]
    assert win.drafts.isVisible() and not win.drafts.isChecked()
    qtbot.mouseClick(win.drafts, Qt.MouseButton.LeftButton)  # "Inclure les brouillons"
    hits = win.search.model.hits
    assert {(h.code, h.status) for h in hits} >= {("ANT-03", "draft"), ("AVK-01", "draft")}
    draft_row = next(i for i, h in enumerate(hits) if h.code == "ANT-03")
    assert win.search.model.index(draft_row).data().startswith("[Brouillon] ANT-03")
    assert win.search.edit.hasFocus() and win.search.results.isVisible()
    qtbot.mouseClick(win.drafts, Qt.MouseButton.LeftButton)
    assert "ANT-03" not in [h.code for h in win.search.model.hits]
    # A misspelt word: "Aucun résultat" and the closest spelling, which a click searches.
    win.search.edit.clear()
    type_text(win.search.edit, "anticoagulatoin")
    qtbot.waitUntil(lambda: not win.search.timer.isActive() and win.search.model.rowCount() > 0)
    model = win.search.model
    assert model.hits == [] and win.search.results.isVisible()
    assert model.index(0).data() == "Aucun résultat pour « anticoagulatoin »"
    assert model.suggestions == ["anticoagulation"]
    assert model.index(1).data() == "Vouliez-vous dire : anticoagulation ?"
    rect = win.search.results.visualRect(model.index(1))
    qtbot.mouseClick(win.search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.search.edit.text() == "anticoagulation"
    assert [h.code for h in win.search.model.hits] == ["AVK-02"]
    # Nonsense: "Aucun résultat" alone; Down and Enter do nothing.
    win.search.edit.clear()
    type_text(win.search.edit, "xqzwvk")
    qtbot.waitUntil(lambda: not win.search.timer.isActive() and win.search.model.rowCount() > 0)
    assert win.search.model.rowCount() == 1 and win.search.model.suggestions == []
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(win.search.edit, Qt.Key.Key_Return)
    assert win.search.edit.text() == "xqzwvk"
