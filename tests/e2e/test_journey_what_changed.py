"""Journey: a protocol approved twice from the app, then "what changed for me": the nurse's PC
lists it on the consultation start page, she reads her changes and acknowledges; back on the
coordinator's PC the reading list shows her as read and the GP as not read, and the reminder
goes to the mail program."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLineEdit

from protoedit.protocols import reading
from protoedit.protocols.queries import versions_of
from tests.e2e.journey import Journey
from tests.e2e.steps import (
    add_professional,
    check_professions,
    edit_cell,
    first_start_with_code,
    nav,
    new_protocol,
    revise,
    set_code,
    sign,
    stage,
    submit,
)
from tests.helpers import rpps

SHOTS = Path("/tmp/shots-whatchanged")
COORD, GP, NURSE = "482915", "1357", "2468"
WHEN_COLUMN = 4


def shot(journey: Journey, name: str, widget=None) -> Path:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"journey_{name}.png"
    shutil.copy(journey.screenshot(name, widget), path)
    return path


class MailCatcher(QObject):
    """Stands for the mail program: QDesktopServices hands it the mailto: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def mail():
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("mailto")


def team_with_codes(journey: Journey) -> None:
    nav(journey, "Équipe")
    view = journey.window.page("team")
    add_professional(journey, view, "Lefèvre", "Hélène", "Médecin généraliste", rpps(11))
    journey.type(view.form.email.edit, "helene.lefevre@msp.example")
    journey.click(view.form.save_button)
    set_code(journey, view.form.pin_box, GP)
    add_professional(journey, view, "Dupré", "Chloé", "Infirmier(ère) (IDE)", rpps(12))
    set_code(journey, view.form.pin_box, NURSE)


def add_step(
    journey: Journey, ed, row: int, title: str, what: str, when: str, who: list[str]
) -> None:
    journey.click(ed.steps.buttons["add"])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    journey.type(editor, title)
    journey.key(editor, "Return")
    table = ed.steps.table
    edit_cell(journey, table, row, 3, what)
    edit_cell(journey, table, row, WHEN_COLUMN, when)
    check_professions(journey, table, row, who)


def submit_and_sign(journey: Journey) -> None:
    submit(journey)
    sign(journey, "Hélène Lefèvre", GP)
    sign(journey, "Chloé Dupré", NURSE)


def write_blank_protocol(
    journey: Journey,
    code: str,
    title: str,
    sections: dict[str, str],
    steps: list[tuple[str, str, str, str]],
) -> None:
    """A new blank protocol (no skeleton): its sections, then its steps (title, what, when,
    profession), typed in the editor; left open on the steps stage, unsigned."""

    def fill_new(dlg) -> None:
        journey.click(dlg.blank)
        journey.click(dlg.skeleton)  # no six-step skeleton: the steps are typed in
        journey.type(dlg.code, code)
        journey.type(dlg.title, title)
        journey.click_ok(dlg)

    new_protocol(journey, fill_new)
    ed = journey.window.editor
    stage(journey, ed, ed.sections)
    for key, text in sections.items():
        journey.type(ed.sections.fields[key].editor, text)
    stage(journey, ed, ed.steps)
    for row, (step, what, when, profession) in enumerate(steps):
        add_step(journey, ed, row, step, what, when, [profession])


def write_v1(journey: Journey) -> int:
    write_blank_protocol(
        journey,
        "AVK-01",
        "Suivi des patients sous anticoagulants oraux",
        {
            "objectives": "Réduire les accidents hémorragiques",
            "inclusion": "Patients adultes sous AVK",
            "alert_signs": "Saignement : appeler le médecin le jour même",
        },
        [
            ("Repérer", "Lister les patients sous AVK", "À l'inclusion", "Médecin généraliste"),
            ("Suivre", "Contrôler l'INR à domicile", "Tous les 7 jours", "Infirmier(ère) (IDE)"),
        ],
    )
    submit_and_sign(journey)
    return journey.window.editor.version.protocol_id


def revise_to_v2(journey: Journey) -> None:
    ed = journey.window.editor
    revise(journey, "INR plus rapproché après l'alerte de pharmacovigilance")
    assert ed.version.number == 2 and ed.version.status == "draft"
    stage(journey, ed, ed.steps)
    edit_cell(journey, ed.steps.table, 1, WHEN_COLUMN, "Tous les 3 jours")
    stage(journey, ed, ed.sections)
    journey.type(ed.sections.fields["alert_signs"].editor, "\nChute : appeler le jour même")
    submit_and_sign(journey)


def nurse_pc(journey: Journey, monkeypatch, tmp_path: Path) -> None:
    """Another PC on the same data: "who uses this PC" answered with her name, consultation
    window only."""
    journey.close()  # the coordinator's PC keeps its own settings
    monkeypatch.setenv("PROTOEDIT_CONFIG_DIR", str(tmp_path / "nurse-pc"))

    def pick(dlg) -> None:
        (item,) = [
            dlg.people.item(i)
            for i in range(dlg.people.count())
            if dlg.people.item(i).text().startswith("Chloé Dupré")
        ]
        dlg.people.setCurrentItem(item)
        journey.click_ok(dlg)

    journey.when_modal(pick)
    journey.start("--consult")
    journey.wait_modal_done()
    journey.window.resize(1280, 800)


def test_journey_what_changed_for_the_nurse(
    journey: Journey, monkeypatch, tmp_path: Path, mail: MailCatcher
) -> None:
    first_start_with_code(journey, "Martin", "Élise", "Coordinateur(trice)", COORD)
    team_with_codes(journey)
    pid = write_v1(journey)
    revise_to_v2(journey)
    db = journey.ctx.db
    assert [v.status for v in versions_of(db, pid)] == ["superseded", "approved"]

    # The nurse's PC: the start page lists the protocol changed for nurses.
    coordinator_config = tmp_path / "config"
    nurse_pc(journey, monkeypatch, tmp_path)
    view = journey.window.view
    start = view.start
    assert start.isVisible()
    assert start.heading.text() == (
        "1 protocole a changé pour votre profession "
        "(Infirmier(ère) (IDE)) depuis votre dernière lecture"
    )
    assert (
        start.changed.item(0)
        .text()
        .startswith("AVK-01 — Suivi des patients sous anticoagulants oraux (version 2 :")
    )
    shot(journey, "consult_start_page")

    # She opens it: what changed for nurses first, then the protocol.
    start.changed.setFocus()
    journey.key(start.changed, "Return")
    panel = view.changes
    journey.qtbot.waitUntil(panel.isVisible)
    assert (
        panel.heading.text()
        == "Ce qui a changé pour vous (Infirmier(ère) (IDE)) depuis la version 1"
    )
    lines = panel.lines.text()
    assert "Étape 2 « Suivre » modifiée — Quand : Tous les 7 jours → Tous les 3 jours" in lines
    assert "Chute : appeler le jour même" in lines
    assert "Repérer" not in lines  # the doctor's step did not change
    assert panel.reader.currentText().startswith("Chloé Dupré")
    shot(journey, "consult_banner")
    window = journey.window
    assert window.minimumSizeHint().width() <= 1280 and window.minimumSizeHint().height() <= 800
    assert panel.geometry().bottom() < view.height() // 2  # the protocol stays in view below
    journey.key(view.body, "Ctrl+L")  # "J'ai lu cette version"
    journey.qtbot.waitUntil(lambda: not panel.isVisible())
    nurse = next(r for r in reading.reading_list(db, pid).readers if r.name == "Chloé Dupré")
    assert nurse.state == reading.READ and nurse.last is not None and nurse.last.number == 2
    assert nurse.last.actor == "Chloé Dupré"
    journey.click(view.home_button)
    assert start.heading.text().startswith("Aucun protocole n'a changé")

    # The coordinator's PC: the library counts, the reading list names who has not read it.
    journey.close()
    monkeypatch.setenv("PROTOEDIT_CONFIG_DIR", str(coordinator_config))
    journey.start()
    journey.window.resize(1280, 800)
    library = journey.window.library
    journey.qtbot.waitUntil(lambda: bool(library.model.reading))
    row = next(r for r in range(library.model.rowCount()) if library.model.rows[r].code == "AVK-01")
    assert library.model.data(library.model.index(row, library.model.COL_READING)) == "1/2 lu"
    shot(journey, "library_count")
    journey.click_row(library.table, row)

    def check(dlg) -> None:
        states = {
            dlg.table.item(r, 0).text(): dlg.table.item(r, 2).text()
            for r in range(dlg.table.rowCount())
        }
        assert states["Chloé Dupré"].startswith("Lu le ") and "(version 2)" in states["Chloé Dupré"]
        assert states["Hélène Lefèvre"] == "Non lu"
        assert "Élise Martin" not in states  # the coordinator has no step in it
        assert "1 sur 2 à jour, 1 à relancer" in dlg.summary.text()
        assert dlg.print_button.isEnabled() and not dlg.mail_note.isVisible()
        shot(journey, "reading_list", dlg)
        journey.click(dlg.mail_button)
        dlg.reject()

    journey.when_modal(check)
    journey.click(library.reading_button)
    journey.wait_modal_done()
    (url,) = mail.urls
    assert url.startswith("mailto:helene.lefevre@msp.example?subject=")
    assert "AVK-01" in QUrl.fromPercentEncoding(url.encode())
