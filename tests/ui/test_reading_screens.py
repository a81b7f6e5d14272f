"""Reading widgets: the consultation panel for another reader and on the offline copy, the
coordinator's reading dialog (printed reminder, controlled copy with the reading list)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool

from protoedit.offline_copy import open_copy, refresh_copy
from protoedit.ops import Actor
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols import reading
from protoedit.settings import Settings
from tests.core.test_what_changed import STEPS_V1
from tests.e2e.journey import pdf_text
from tests.factories import ACTOR, approve_version, complete_content, last_reading, signing_crew
from tests.ui.conftest import show_active
from ui.consult.view import ConsultView
from ui.context import AppContext
from ui.library.reading_dialog import ReadingDialog
from ui.widgets.printing import new_printer


def approved_twice(db):
    crew = signing_crew(db, ACTOR)
    pid, v1, _ = protocols.create_protocol(db, ACTOR, "AVK-01", "Anticoagulants")
    protocols.save_draft(
        db, ACTOR, v1, complete_content(steps=STEPS_V1), [crew.doctor, crew.nurse], None, 1
    )
    approve_version(db, ACTOR, v1, crew.signers)
    v2, _ = protocols.revise(db, ACTOR, pid, "Nouvelle recommandation")
    steps = [
        STEPS_V1[0],
        STEPS_V1[1].__class__(
            title="Suivre", professions=["infirmier"], what="Contrôler l'INR", when="J3"
        ),
    ]
    protocols.save_draft(
        db, ACTOR, v2, complete_content(steps=steps), [crew.doctor, crew.nurse], None, None
    )
    approve_version(db, ACTOR, v2, crew.signers)
    return crew, pid, v2


def test_another_team_member_picks_her_name_and_reads(qtbot, ctx) -> None:
    crew, pid, v2 = approved_twice(ctx.db)
    ctx.actor = Actor(crew.doctor, "Camille Médecin")  # the PC's user
    view = ConsultView(ctx)
    show_active(qtbot, view)
    view.open_protocol(pid)
    panel = view.changes
    assert panel.isVisible() and panel.reader.currentData()[0] == crew.doctor
    assert "Rien ne change pour vous." in panel.lines.text()  # only the nurse's step changed
    nurse = next(
        i for i in range(panel.reader.count()) if panel.reader.itemData(i)[0] == crew.nurse
    )
    panel.reader.setCurrentIndex(nurse)
    panel.reader.activated.emit(nurse)
    assert "Quand : J7 → J3" in panel.lines.text()
    with qtbot.waitSignal(panel.acknowledged):
        panel.ack_button.click()
    last = last_reading(ctx.db, pid, crew.nurse)
    assert last is not None and last.number == 2 and last.actor == "Camille Médecin"


def test_offline_copy_refuses_the_reading_with_a_message(qtbot, ctx, tmp_path: Path) -> None:
    crew, pid, _ = approved_twice(ctx.db)
    copy = open_copy(refresh_copy(ctx.db, tmp_path / "copy.sqlite"))
    assert copy is not None
    offline = AppContext(
        db=copy.db,
        settings=Settings(),
        actor=Actor(None, "Hors ligne"),
        read_only_note="Copie locale en lecture seule",
    )
    try:
        view = ConsultView(offline)
        show_active(qtbot, view)
        view.open_protocol(pid)
        assert view.changes.isVisible() and not view.changes.ack_button.isEnabled()
        assert "Copie locale hors ligne" in view.changes.lines.text()
        assert view.start.changed.count() == 0
    finally:
        copy.db.close()


def test_reading_dialog_prints_the_reminder_and_exports_the_controlled_copy(
    qtbot, ctx, tmp_path: Path
) -> None:
    crew, pid, v2 = approved_twice(ctx.db)
    reading.acknowledge(ctx.db, ACTOR, v2, crew.nurse)
    lst = reading.reading_list(ctx.db, pid)
    assert lst is not None
    dialog = ReadingDialog(ctx, lst)
    pool = QThreadPool()
    dialog.exporter.tasks.pool = pool
    show_active(qtbot, dialog)
    assert "1 sur 2 à jour, 1 à relancer" in dialog.summary.text()
    assert "Camille Médecin" in dialog.mail_note.text()  # no e-mail on the card
    assert not dialog.mail_button.isEnabled()
    printer = new_printer()
    printer.setOutputFileName(str(tmp_path / "rappel.pdf"))
    assert dialog.print_reminder(printer)
    qtbot.waitUntil(lambda: (tmp_path / "rappel.pdf").exists())
    reminder = pdf_text(tmp_path / "rappel.pdf")
    assert "Camille Médecin" in reminder and "Camille Infirmière" not in reminder
    with qtbot.waitSignal(dialog.exporter.finished, timeout=30_000):
        assert dialog.export_copy(tmp_path / "copie.pdf")
    text = " ".join(pdf_text(tmp_path / "copie.pdf").split())
    assert "Liste de lecture de la version 2" in text and "Non lu" in text
    pool.waitForDone(30_000)
