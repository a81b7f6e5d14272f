"""Journey: markup typed in every name field is shown as typed on every screen (issue 14 #12)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from protoedit.library import list_documents
from tests.e2e.journey import pdf_text
from tests.e2e.test_journey_cooperation import ODYNO, add_member

SHOTS = Path("/tmp/shots-coop")
USER = "<b>Élise</b>"
STRUCTURE = "<b>MSP</b> **Nord**"
COLLEAGUE = "<i>Jean</i>"
PROTOCOL = "<b>Titre</b>"
MEETING = "<u>RCP</u> & <b>suivi</b>"
MARKS = (
    "<b>Élise",
    "<b>MSP",
    "<i>Jean",
    "<b>Titre",
    "<u>RCP",
    "<b>suivi",
    "<b>Salle",
    "<b>Rep",
)  # what users typed (the app's own bold headings are not user text)
SCREENS = ("library", "team", "protocol", "cooperation", "consult", "meetings", "decisions", "aci")


def rendered_labels(window) -> list[str]:
    """Visible labels holding user markup that Qt would render (rich text), with their text."""
    found = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not any(m in text for m in MARKS):
            continue
        if label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{label.objectName() or type(label.parent()).__name__}: {text}")
    return found


def escaped_rich_labels(window) -> list[str]:
    """Rich-text labels showing user text: it must arrive escaped (&lt;b&gt;), never as tags."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible()
        and label.textFormat() != Qt.TextFormat.PlainText
        and ("&lt;b&gt;Titre" in label.text())
    ]


def tooltips_with_markup(window) -> list[str]:
    """Item tooltips showing user markup unescaped."""
    found = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        root = view.rootIndex()
        for row in range(min(model.rowCount(root), 30)):
            for col in range(12):  # invalid past the last column
                index = model.index(row, col, root)
                if not index.isValid():
                    break
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and any(m in tip for m in MARKS):
                    found.append(tip)
    return found


def go(journey, w, key: str) -> None:
    """Open a screen from the navigation list, as a user clicks it."""
    journey.click_row(w.nav, w._page_keys.index(key))
    assert w.current_page() == key


def test_journey_markup_in_names_is_never_rendered(journey, tmp_path, monkeypatch) -> None:
    w = journey.first_start("Martin", USER, "Médecin généraliste")
    w.resize(1280, 800)
    journey.key(w, "Ctrl+2")
    team = w.page("team")
    journey.type(team.structure.name.edit, STRUCTURE)
    journey.type(team.structure.legal_rep_name.edit, "Dr <b>Rep</b>")
    journey.click(team.structure.save_button)
    journey.click(team.form.new_button)
    journey.type(team.form.last_name.edit, "Durand")
    journey.type(team.form.first_name.edit, COLLEAGUE)
    journey.choose(team.form.profession, "Infirmier(ère) (IDE)")
    journey.click(team.form.save_button)
    assert team.model.rowCount() == 2

    # a protocol, through File > New protocol
    def fill_protocol(dlg) -> None:
        journey.click(dlg.blank)
        for field, text in ((dlg.code, "PP-MARK"), (dlg.title, PROTOCOL)):
            field.selectAll()
            journey.type(field, text)
        journey.click_ok(dlg)

    journey.when_modal(fill_protocol)
    journey.key(w, "Ctrl+N")
    journey.wait_modal_done()
    assert [r.title for r in list_documents(journey.ctx.db, "protocol")] == [PROTOCOL]

    # a meeting
    go(journey, w, "meetings")
    meetings_view = w.page("meetings")
    journey.click(meetings_view.new_button)
    form = meetings_view.meeting_screen.before.form
    journey.type(form.title_edit.edit, MEETING)
    journey.type(form.place.edit, "<b>Salle</b> 2")
    journey.click(form.save_button)
    assert [r.title for r in list_documents(journey.ctx.db, "meeting")] == [MEETING]

    # a declaration with the marked-up members
    go(journey, w, "cooperation")
    coop_view = w.page("cooperation")
    journey.choose(coop_view.declaration.form.protocol, ODYNO)
    journey.click(coop_view.declaration.form.save_button)
    box = coop_view.declaration.members
    add_member(journey, box, f"MARTIN {USER} — Médecin généraliste", "délégant")
    add_member(journey, box, f"DURAND {COLLEAGUE} — Infirmier(ère) (IDE)", "délégué", "10")

    problems = []
    for key in SCREENS:
        go(journey, w, key)
        page = w.page(key)
        problems += [f"{key}: {p}" for p in rendered_labels(w)]
        problems += [f"{key} tooltip: {p}" for p in tooltips_with_markup(page)]
        journey.screenshot(f"markup-{key}")
        SHOTS.mkdir(exist_ok=True)
        shutil.copy(journey.tmp / "shots" / f"markup-{key}.png", SHOTS / f"markup-{key}.png")
    assert problems == []
    go(journey, w, "protocol")
    # the editor heading draws its text itself (an elided plain line): the tags as typed
    assert PROTOCOL in w.editor.heading.text() and not escaped_rich_labels(w)
    # the status bar and the structure line say the names as typed
    shown = [lb.text() for lb in w.findChildren(QLabel) if lb.isVisible()]
    assert any(USER in t for t in shown), shown

    # the PDFs print the literal text
    pack = tmp_path / "dossier.pdf"
    journey.answer_save_dialog(pack, monkeypatch)
    go(journey, w, "cooperation")
    journey.click(coop_view.declaration.export_button)
    journey.qtbot.waitUntil(pack.exists, timeout=20_000)
    text = " ".join(pdf_text(pack).split())
    for literal in (STRUCTURE, USER, COLLEAGUE):
        assert literal in text, literal
    assert QApplication.activeModalWidget() is None
