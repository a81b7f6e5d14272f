"""Two PCs edit the same protocol: the second save gets a choice, and nothing is silently lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from protoedit import protocols
from protoedit.ops import Actor
from protoedit.protocol_queries import get_version
from protoedit.settings import Settings
from protoedit.store.database import open_database
from tests.ui.conftest import type_text
from ui.context import AppContext
from ui.protocol.editor import ProtocolEditor


@pytest.fixture
def two_pcs(qtbot, db_url):
    """Two independent sessions (own engine, own pool) on the same database."""
    first, second = open_database(db_url), open_database(db_url)
    pcs = (AppContext(first, Settings(), Actor(None, "Poste accueil")),
           AppContext(second, Settings(), Actor(None, "Poste infirmerie")))
    yield pcs
    for ed in EDITORS:
        ed.shutdown()
    EDITORS.clear()
    first.close()
    second.close()


EDITORS: list[ProtocolEditor] = []


def choose(monkeypatch, role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda _self: button)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def open_both(qtbot, two_pcs):
    pc1, pc2 = two_pcs
    _pid, vid, _ = protocols.create_protocol(pc1.db, pc1.actor, "CONF-01", "Protocole partagé")
    editors = []
    for ctx in (pc1, pc2):
        ed = ProtocolEditor(ctx)
        qtbot.addWidget(ed)
        ed.open_version(vid)
        editors.append(ed)
        EDITORS.append(ed)
    type_text(editors[0].identity.sections.fields["problem"].editor, "Texte du poste 1")
    assert editors[0].save()
    type_text(editors[1].identity.sections.fields["problem"].editor, "Texte du poste 2")
    return vid, editors


def test_keep_mine(qtbot, two_pcs, monkeypatch) -> None:
    seen: list[str] = []
    choose(monkeypatch, QMessageBox.ButtonRole.AcceptRole, seen)
    vid, (_ed1, ed2) = open_both(qtbot, two_pcs)
    ed2.save()
    assert "modifié sur un autre poste" in seen[0]
    assert get_version(two_pcs[0].db, vid).content.section("problem") == "Texte du poste 2"


def test_take_theirs(qtbot, two_pcs, monkeypatch) -> None:
    seen: list[str] = []
    choose(monkeypatch, QMessageBox.ButtonRole.DestructiveRole, seen)
    vid, (_ed1, ed2) = open_both(qtbot, two_pcs)
    ed2.save()
    assert get_version(two_pcs[0].db, vid).content.section("problem") == "Texte du poste 1"
    assert ed2.identity.sections.fields["problem"].text() == "Texte du poste 1"


def test_copy_mine_aside(qtbot, two_pcs, monkeypatch) -> None:
    seen: list[str] = []
    choose(monkeypatch, QMessageBox.ButtonRole.ActionRole, seen)
    vid, (_ed1, ed2) = open_both(qtbot, two_pcs)
    ed2.save()
    assert get_version(two_pcs[0].db, vid).content.section("problem") == "Texte du poste 1"
    assert "Texte du poste 2" in QApplication.clipboard().text()
