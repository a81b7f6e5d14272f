"""Main window: empty library state, navigation shortcuts, zoom, first-start dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from protoedit import team
from protoedit.settings import Settings
from tests.ui.conftest import show_active, type_text
from ui.first_start import WhoDialog
from ui.main_window import MainWindow


def test_empty_library_says_what_to_do(qtbot, ctx) -> None:
    w = MainWindow(ctx)
    show_active(qtbot, w)
    assert w.library.stack.currentWidget() is w.library.empty
    assert "Équipe" in w.library.empty.text()
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == "team"
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == "library"


def test_zoom_for_projector(qtbot, ctx) -> None:
    w = MainWindow(ctx)
    show_active(qtbot, w)
    base = w.font().pointSizeF()
    qtbot.keyClick(w, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert w.font().pointSizeF() > base * 1.2
    table = w.library.table  # the review date and its state stay on one line when zoomed
    review = table.fontMetrics().horizontalAdvance("00/00/0000 (dépassée)")
    assert review < table.columnWidth(w.library.model.COL_REVIEW) < 2 * review
    qtbot.keyClick(w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(w.font().pointSizeF() - base) < 0.01


def test_first_start_creates_the_user_and_remembers_it(qtbot, ctx) -> None:
    dlg = WhoDialog(ctx)
    qtbot.addWidget(dlg)
    type_text(dlg.last_name.edit, "Müller")
    type_text(dlg.first_name.edit, "Anaïs")
    dlg.profession.setCurrentIndex(dlg.profession.findData("coordinateur"))
    dlg.accept()
    assert dlg.result() == WhoDialog.DialogCode.Accepted
    assert ctx.actor.name == "Anaïs Müller"
    assert Settings.load().user_id == ctx.actor.id
    assert [p.last_name for p in team.list_professionals(ctx.db)] == ["Müller"]


def test_first_start_picks_an_existing_professional(qtbot, ctx) -> None:
    pid, _ = team.add_professional(
        ctx.db,
        ctx.actor,
        team.ProfessionalInput(last_name="Roux", first_name="Léa", profession="infirmier"),
    )
    dlg = WhoDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.people.setCurrentRow(0)
    dlg.accept()
    assert ctx.actor.id == pid and ctx.settings.user_id == pid


def test_library_lists_protocols_due_for_review(qtbot, ctx) -> None:
    import datetime as dt

    from protoedit.protocols import lifecycle as protocols
    from protoedit.store.models import ProtocolVersion

    today = dt.date.today()
    for code, due in (
        ("A-01", today - dt.timedelta(days=3)),
        ("B-01", today + dt.timedelta(days=60)),
        ("C-01", today + dt.timedelta(days=400)),
    ):
        _pid, vid, _ = protocols.create_protocol(ctx.db, ctx.actor, code, f"Protocole {code}")
        with ctx.db.write_session() as s, s.begin():  # an approved version with its review date
            v = s.get(ProtocolVersion, vid)
            v.status, v.review_due = "approved", due
    w = MainWindow(ctx)
    show_active(qtbot, w)
    lib = w.library
    assert lib.model.rowCount() == 3
    lib.kind.setCurrentIndex(lib.kind.findData("review"))
    shown = {
        lib.model.index(r, 1).data(): lib.model.index(r, 5).data()
        for r in range(lib.model.rowCount())
    }
    assert set(shown) == {"A-01", "B-01"}
    assert shown["A-01"].endswith("(dépassée)") and shown["B-01"].endswith("(bientôt)")


def test_ctrl_k_from_the_main_window_opens_the_approved_version(qtbot, ctx) -> None:
    from PySide6.QtCore import QThreadPool

    from tests.factories import ACTOR, approved_protocol, complete_content, signing_crew

    crew = signing_crew(ctx.db, ACTOR)
    approved_protocol(
        ctx.db,
        ACTOR,
        "AVK-01",
        "Anticoagulants oraux : surveillance",
        complete_content(),
        crew.signers,
    )
    w = MainWindow(ctx)
    show_active(qtbot, w)
    assert w.search.isVisible()  # always there, on every page
    w.show_page("team")
    with qtbot.waitSignal(w.search.index_ready, timeout=20000):
        qtbot.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(w.search.edit, "anticoag")
    qtbot.waitUntil(lambda: w.search.model.rowCount() > 0 and not w.search.timer.isActive())
    with qtbot.waitSignal(w.consult.opened):
        qtbot.keyClick(w.search.edit, Qt.Key.Key_Return)
    assert w.current_page() == "consult"
    assert w.consult.consultation.code == "AVK-01"
    QThreadPool.globalInstance().waitForDone(30000)


def test_search_results_are_laid_out_at_the_popup_width(qtbot, ctx) -> None:
    """The first results of a window used to be measured for the hidden list's 100 pixels: a
    word per line, three hits filling the window."""
    from PySide6.QtCore import QThreadPool

    from tests.factories import ACTOR, approved_protocol, complete_content, signing_crew

    crew = signing_crew(ctx.db, ACTOR)
    body = (
        "Le professionnel adapte les résultats biologiques et l'anticoagulant une fois par "
        "an ; il évalue les rendez-vous à venir et l'anticoagulant dans les 48 heures. "
    ) * 3
    for n in range(9):
        approved_protocol(
            ctx.db,
            ACTOR,
            f"AVK-0{n}",
            f"Anticoagulants oraux : surveillance {n}",
            complete_content(body),
            crew.signers,
        )
    w = MainWindow(ctx)
    w.resize(1280, 800)
    show_active(qtbot, w)
    box = w.search
    with qtbot.waitSignal(box.index_ready, timeout=20000):
        box.refresh_index()
    box.edit.setText("anticoagulant")
    box.run_query()
    assert box.results.isVisible() and box.model.rowCount() == 9
    line = box.results.fontMetrics().lineSpacing()
    heights = [box.results.visualRect(box.model.index(r)).height() for r in range(9)]
    assert all(h < 5 * line for h in heights), heights
    assert box.results.height() < w.height() / 2  # seven hits in sight, the window below
    QThreadPool.globalInstance().waitForDone(30000)


def test_meetings_pages_and_library_rows(qtbot, ctx) -> None:
    import datetime as dt

    from protoedit.library import list_documents
    from protoedit.meetings import meeting as meetings

    mid, _ = meetings.create_meeting(
        ctx.db,
        ctx.actor,
        meetings.MeetingInput(
            starts_at=dt.datetime(2026, 3, 12, 13, 0), title="Concertation de mars"
        ),
    )
    w = MainWindow(ctx)
    show_active(qtbot, w)
    for key, page in (
        (Qt.Key.Key_6, "meetings"),
        (Qt.Key.Key_7, "decisions"),
        (Qt.Key.Key_8, "aci"),
        (Qt.Key.Key_5, "consult"),
    ):
        qtbot.keyClick(w, key, Qt.KeyboardModifier.ControlModifier)
        assert w.current_page() == page
    row = next(r for r in list_documents(ctx.db, "meeting") if r.id == mid)
    w.open_document(row)
    assert w.current_page() == "meetings"
    assert w.meetings is not None and w.meetings.meeting_screen.meeting.id == mid
    w.meetings.presentation_toggled.emit(True)  # the meeting screen asks for the projector
    assert not w.nav.isVisible() and not w.search_bar.isVisible()
    w.meetings.presentation_toggled.emit(False)
    assert w.nav.isVisible() and w.search_bar.isVisible()


def test_consult_flag_opens_the_consultation_window(qtbot, ctx, monkeypatch, tmp_path) -> None:
    import argparse

    from PySide6.QtWidgets import QApplication

    from ui import app as app_module
    from ui.consult.window import ConsultWindow

    pid, _ = team.add_professional(
        ctx.db,
        ctx.actor,
        team.ProfessionalInput(last_name="Roux", first_name="Léa", profession="infirmier"),
    )
    path = ctx.db.path
    settings = Settings.load()
    settings.user_id = pid
    settings.save()
    seen: list[str] = []

    def fake_exec(*_args) -> int:
        seen.extend(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
        for w in QApplication.topLevelWidgets():
            if isinstance(w, ConsultWindow):
                qtbot.addWidget(w)
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    args = argparse.Namespace(db=str(path), lang=None, consult=True, command=None, smoke=False)
    assert app_module.run_gui(args) == 0
    assert "ConsultWindow" in seen and "MainWindow" not in seen


def test_every_screen_fits_a_1280_pixel_projector(qtbot, ctx) -> None:
    """Long titles, ACI themes or button rows must not widen the window past the screen."""
    from protoedit.protocols import lifecycle as protocols
    from protoedit.protocols import templates

    t = templates.templates()[0]
    content = t.content()
    _, vid, _ = protocols.create_protocol(
        ctx.db,
        ctx.actor,
        "ICC-01",
        "Insuffisance cardiaque : suivi partagé entre médecin, "
        "infirmière, pharmacien et kinésithérapeute après une hospitalisation",
        t.aci_theme,
        content,
    )
    w = MainWindow(ctx)
    show_active(qtbot, w)
    w.open_version(vid)
    for key in w._page_keys:
        w.show_page(key)
        if key == "protocol":
            for stage in range(w.editor.path.count()):
                w.editor.path.setCurrentRow(stage)
                assert w.minimumSizeHint().width() <= 1280, (key, stage)
        assert w.minimumSizeHint().width() <= 1280, key
