"""Journey: honest storage messages at start-up — a path with no database asks before creating
one, a read-only file opens for consultation with a banner, a broken audit chain shows a banner
(with the event that broke it for the coordinator)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from protoedit import team
from protoedit.paths import default_db_path
from tests.helpers import unwritable
from ui.first_start import WhoDialog

IDE = "Infirmier(ère) (IDE)"


def banner(journey, name: str) -> QLabel:
    label = journey.window.findChild(QLabel, name)
    assert label is not None and label.isVisible(), f"no {name} shown"
    return label


def fits(journey) -> None:
    w = journey.window
    w.resize(1280, 800)
    assert w.minimumSizeHint().width() <= 1280 and w.minimumSizeHint().height() <= 800


def test_journey_missing_path_asks_before_creating(journey, tmp_path: Path) -> None:
    path = tmp_path / "equipe" / "nouvelle.sqlite"
    path.parent.mkdir()
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        journey.screenshot("storage-create-question", box)
        journey.when_modal(journey.fill_who("Martin", "Élise", IDE), kind=WhoDialog)
        journey.click(box.button(QMessageBox.StandardButton.Yes))

    journey.when_modal(answer, kind=QMessageBox)
    journey.start("--db", str(path))
    assert asked and "Aucune base à cet endroit" in asked[0] and str(path) in asked[0]
    assert path.exists()
    assert journey.ctx is not None
    assert [p.full_name for p in team.list_professionals(journey.ctx.db)] == ["Élise Martin"]
    fits(journey)


def test_journey_missing_path_answered_no_creates_nothing(journey, tmp_path: Path) -> None:
    from protoedit.cli import parser as cli
    from ui.app import start_gui

    path = tmp_path / "faute-de-frappe.sqlite"
    journey.when_modal(
        lambda box: journey.click(box.button(QMessageBox.StandardButton.No)), kind=QMessageBox
    )
    assert start_gui(cli.build_parser().parse_args(["--db", str(path)])) == 0
    journey.wait_modal_done()
    assert not path.exists()


@pytest.mark.parametrize("which", ["file", "folder"])
def test_journey_read_only_database_opens_for_consultation(journey, which: str) -> None:
    journey.first_start("Martin", "Élise", IDE)
    path = default_db_path()
    journey.window.close()
    cause = "droits du fichier" if which == "file" else "droits du dossier"
    with unwritable(path if which == "file" else path.parent):
        journey.restart()
        fits(journey)
        text = banner(journey, "readOnlyBanner").text()
        assert "lecture seule" in text and cause in text
        assert str(path if which == "file" else path.parent) in text
        journey.screenshot(f"storage-read-only-{which}-banner")
        w = journey.window
        journey.key(w, "Ctrl+2")  # consultation still works: the team is listed
        assert w.current_page() == "team"
        assert journey.ctx is not None and journey.ctx.actor.name == "Élise Martin"
        assert [p.full_name for p in team.list_professionals(journey.ctx.db)] == ["Élise Martin"]
        form = w.team.form
        journey.type(form.last_name.edit, "Leroy")
        journey.choose(form.profession, IDE)
        refused: list[str] = []
        journey.when_modal(
            lambda box: (
                refused.append(box.text()),
                journey.screenshot(f"storage-read-only-{which}-refused", box),
                box.accept(),
            ),
            kind=QMessageBox,
        )
        journey.click(form.save_button)
        journey.wait_modal_done()
        assert refused and cause in refused[0], refused  # the real cause, no crash dialog
        assert [p.full_name for p in team.list_professionals(journey.ctx.db)] == ["Élise Martin"]
        journey.screenshot(f"storage-read-only-{which}-team")
        journey.close()


def _break_chain_and_restart(journey) -> str:
    path = default_db_path()
    journey.window.close()
    con = sqlite3.connect(path)  # damage from outside ProtoEdit, not a user action
    con.execute("UPDATE audit_event SET actor_name='Quelqu''un' WHERE seq=1")
    con.commit()
    con.close()
    journey.restart()
    fits(journey)
    journey.qtbot.waitUntil(
        lambda: (
            (label := journey.window.findChild(QLabel, "auditBanner")) is not None
            and label.isVisible()
        )
    )
    return banner(journey, "auditBanner").text()


def test_journey_broken_audit_chain_shows_a_banner(journey) -> None:
    journey.first_start("Martin", "Élise", IDE)
    text = _break_chain_and_restart(journey)
    assert "journal des modifications" in text and "Prévenez la coordination" in text
    assert "n° 1" not in text  # the details are for the coordinator
    journey.screenshot("storage-audit-banner")


def test_journey_broken_audit_chain_tells_the_coordinator_which_event(journey) -> None:
    journey.first_start("Durand", "Léa", "Coordinateur(trice)")
    text = _break_chain_and_restart(journey)
    assert "l'événement n° 1 a été modifié après coup" in text
    assert "Événement enregistré le " in text and "python main.py check" in text
    journey.screenshot("storage-audit-banner-coordinator")
