"""Two PCs edit the same document (two real sessions on one database): disjoint edits merge by
themselves, overlapping ones are chosen field by field, and nothing is silently lost."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QRadioButton, QWidget

from protoedit import team
from protoedit.cooperation import declarations as coop
from protoedit.exchange.importing import import_file
from protoedit.meetings import agenda
from protoedit.meetings import meeting as meetings
from protoedit.meetings.queries import get_item, get_meeting
from protoedit.ops import Actor
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Step
from protoedit.protocols.queries import find_protocol, get_version, versions_of
from protoedit.settings import Settings
from protoedit.store.database import open_database
from tests.ui.conftest import type_text
from ui.context import AppContext
from ui.cooperation.declaration_form import DeclarationForm
from ui.meetings.item_form import ItemForm
from ui.meetings.item_panel import ItemPanel
from ui.meetings.meeting_form import MeetingForm
from ui.protocol.editor import ProtocolEditor
from ui.widgets.merge_dialog import MergeDialog

EXCLUSION = "Population : critères d'exclusion"
TIMERS: list[QTimer] = []
SEEN: list[MergeDialog] = []
ERRORS: list[BaseException] = []


@pytest.fixture
def two_pcs(qtbot, db_url):
    """Two independent sessions (own engine, own pool) on the same database."""
    first, second = open_database(db_url), open_database(db_url)
    pcs = (
        AppContext(first, Settings(), Actor(None, "Poste accueil")),
        AppContext(second, Settings(), Actor(None, "Poste infirmerie")),
    )
    yield pcs
    for t in TIMERS:
        t.stop()
    TIMERS.clear()
    SEEN.clear()
    for ed in EDITORS:
        ed.shutdown()
    EDITORS.clear()
    first.close()
    second.close()


EDITORS: list[ProtocolEditor] = []


def when_modal(fill: Callable[[QWidget], None], kind: type = MergeDialog) -> None:
    """Run `fill(dialog)` once the next modal dialog of `kind` shows (as a user answers it)."""
    timer = QTimer()

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, kind) and dlg.isVisible():
            timer.stop()
            if isinstance(dlg, MergeDialog):
                SEEN.append(dlg)
            try:
                fill(dlg)
            except BaseException as err:  # noqa: BLE001 - re-raised by the test
                ERRORS.append(err)
                dlg.close()

    timer.timeout.connect(poll)
    timer.start(20)
    TIMERS.append(timer)


def check_modal_errors() -> None:
    if ERRORS:
        err = ERRORS.pop(0)
        ERRORS.clear()
        raise err


def click(widget: QWidget) -> None:
    pos = (
        QPoint(8, widget.height() // 2)
        if isinstance(widget, QRadioButton)
        else widget.rect().center()
    )
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    QCoreApplication.processEvents()


def pick(dlg: MergeDialog, label: str, side: str) -> None:
    box = next(b for b in dlg.boxes if b.conflict.label == label)
    click(box.mine if side == "mine" else box.theirs)


def answer(choices: dict[str, str]) -> Callable[[QWidget], None]:
    def fill(dlg: QWidget) -> None:
        assert isinstance(dlg, MergeDialog)
        assert not dlg.save_button.isEnabled()  # every field needs a choice first
        for label, side in choices.items():
            pick(dlg, label, side)
        click(dlg.save_button)

    return fill


def save_file_as(monkeypatch, path: Path) -> list[str]:
    """The file dialog answers `path` (the dialog itself is driven in the journey)."""
    asked: list[str] = []

    def answer_dialog(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer_dialog)
    return asked


def field(ed: ProtocolEditor, key: str):
    fields = {**ed.identity.sections.fields, **ed.sections.fields}
    return fields[key]


def open_both(qtbot, two_pcs) -> tuple[int, list[ProtocolEditor]]:
    pc1, _pc2 = two_pcs
    content = protocols.Content(
        sections={"inclusion": "Adultes", "exclusion": "Enfants"},
        steps=[Step(title="Repérer"), Step(title="Évaluer")],
    )
    _pid, vid, _ = protocols.create_protocol(
        pc1.db, pc1.actor, "CONF-01", "Protocole partagé", content=content
    )
    editors = []
    for ctx in two_pcs:
        ed = ProtocolEditor(ctx)
        qtbot.addWidget(ed)
        ed.open_version(vid)
        editors.append(ed)
        EDITORS.append(ed)
    return vid, editors


def retype(ed: ProtocolEditor, key: str, text: str) -> None:
    editor = field(ed, key).editor
    editor.selectAll()
    type_text(editor, text)


def saved(two_pcs, vid: int):
    return get_version(two_pcs[0].db, vid)


def no_dialog(monkeypatch) -> None:
    def refuse(_self) -> int:
        raise AssertionError("the merge dialog was shown for disjoint edits")

    monkeypatch.setattr(MergeDialog, "exec", refuse)


# -- care protocols ---------------------------------------------------------------------------


def test_protocol_disjoint_edits_merge_without_dialog(qtbot, two_pcs, monkeypatch) -> None:
    no_dialog(monkeypatch)
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Enfants, grossesse")
    assert ed1.save()
    retype(ed2, "inclusion", "Adultes diabétiques")
    assert ed2.save()
    v = saved(two_pcs, vid)
    assert v.content.section("exclusion") == "Enfants, grossesse"
    assert v.content.section("inclusion") == "Adultes diabétiques"
    assert field(ed2, "exclusion").text() == "Enfants, grossesse"  # shown on PC 2
    assert f"Modifications de l'autre poste intégrées : {EXCLUSION}" in ed2.saved_label.toolTip()
    cursor = field(ed2, "inclusion").editor.textCursor()
    assert cursor.position() == len("Adultes diabétiques")  # the cursor stays where it was


def test_protocol_step_added_here_while_other_pc_edits_another(qtbot, two_pcs, monkeypatch) -> None:
    no_dialog(monkeypatch)
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    mine = ed1.collect()
    mine.content.steps[0].what = "Dépister"
    ed1.apply_state(mine)
    assert ed1.save()
    ed2.steps.add_step()
    ed2.steps.model.rows[-1].title = "Suivre"
    ed2.on_edited()
    assert ed2.save()
    steps = saved(two_pcs, vid).content.steps
    assert [s.title for s in steps] == ["Repérer", "Évaluer", "Suivre"]
    assert steps[0].what == "Dépister"


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_protocol_overlap_is_chosen_field_by_field(qtbot, two_pcs, side) -> None:
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Exclusion du poste 1")
    retype(ed1, "inclusion", "Inclusion du poste 1")
    assert ed1.save()
    retype(ed2, "exclusion", "Exclusion du poste 2")
    retype(ed2, "inclusion", "Inclusion du poste 2")
    other = "theirs" if side == "mine" else "mine"
    when_modal(answer({EXCLUSION: side, "Population : critères d'inclusion": other}))
    assert ed2.save()
    check_modal_errors()
    [dlg] = SEEN
    texts = {b.conflict.label: (b.conflict.mine, b.conflict.theirs) for b in dlg.boxes}
    assert texts[EXCLUSION] == ("Exclusion du poste 2", "Exclusion du poste 1")
    v = saved(two_pcs, vid)
    expect = {"mine": "du poste 2", "theirs": "du poste 1"}
    assert v.content.section("exclusion") == f"Exclusion {expect[side]}"
    assert v.content.section("inclusion") == f"Inclusion {expect[other]}"
    assert field(ed2, "exclusion").text() == f"Exclusion {expect[side]}"


def test_protocol_copy_aside_as_a_new_draft(qtbot, two_pcs) -> None:
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Exclusion du poste 1")
    assert ed1.save()
    retype(ed2, "exclusion", "Exclusion du poste 2")
    retype(ed2, "objectives", "Objectif du poste 2")
    when_modal(lambda dlg: dlg.copy_button.menu().actions()[0].trigger())
    assert ed2.save()
    check_modal_errors()
    v = saved(two_pcs, vid)
    assert v.content.section("exclusion") == "Exclusion du poste 1"
    assert v.content.section("objectives") == "Objectif du poste 2"  # mine, not in conflict
    copy = versions_of(two_pcs[0].db, find_protocol(two_pcs[0].db, "CONF-01-COPIE"))[0]
    assert copy.title == "Protocole partagé (copie de mon poste)"
    assert copy.content.section("exclusion") == "Exclusion du poste 2"
    assert "CONF-01-COPIE" in ed2.saved_label.toolTip()
    assert QApplication.clipboard().text() != "Exclusion du poste 2"


def test_protocol_copy_aside_to_a_file(qtbot, two_pcs, tmp_path, monkeypatch) -> None:
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Exclusion du poste 1")
    assert ed1.save()
    retype(ed2, "exclusion", "Exclusion du poste 2")
    target = tmp_path / "ma-version.json"
    asked = save_file_as(monkeypatch, target)
    when_modal(lambda dlg: dlg.copy_button.menu().actions()[1].trigger())
    assert ed2.save()
    check_modal_errors()
    assert asked == ["Copier ma version dans un fichier"]
    assert saved(two_pcs, vid).content.section("exclusion") == "Exclusion du poste 1"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (
        data["documents"][0]["versions"][0]["content"]["sections"]["exclusion"]
        == "Exclusion du poste 2"
    )
    report = import_file(two_pcs[0].db, two_pcs[0].actor, target)
    assert (
        versions_of(two_pcs[0].db, report.documents[0].id)[0].content.section("exclusion")
        == "Exclusion du poste 2"
    )


def test_protocol_cancel_saves_nothing_and_keeps_the_typing(qtbot, two_pcs) -> None:
    vid, (ed1, ed2) = open_both(qtbot, two_pcs)
    retype(ed1, "exclusion", "Exclusion du poste 1")
    assert ed1.save()
    retype(ed2, "exclusion", "Exclusion du poste 2")
    when_modal(lambda dlg: click(dlg.cancel_button))
    assert not ed2.save()
    check_modal_errors()
    assert saved(two_pcs, vid).content.section("exclusion") == "Exclusion du poste 1"
    assert field(ed2, "exclusion").text() == "Exclusion du poste 2"
    assert "conflit" in ed2.saved_label.text()
    when_modal(answer({EXCLUSION: "mine"}))  # Ctrl+S asks again
    assert ed2.save()
    check_modal_errors()
    assert saved(two_pcs, vid).content.section("exclusion") == "Exclusion du poste 2"


# -- meetings and declarations ----------------------------------------------------------------


def people(ctx) -> tuple[int, int]:
    return tuple(
        team.add_professional(
            ctx.db,
            ctx.actor,
            team.ProfessionalInput(
                last_name=last, first_name="Jo", profession="medecin_generaliste"
            ),
        )[0]
        for last in ("Lefèvre", "Müller")
    )


def two_meeting_forms(qtbot, two_pcs) -> tuple[int, list[MeetingForm]]:
    pc1 = two_pcs[0]
    first, _second = people(pc1)
    mid, _ = meetings.create_meeting(
        pc1.db,
        pc1.actor,
        meetings.MeetingInput(
            starts_at=dt.datetime(2027, 3, 4, 12, 30),
            place="Salle 1",
            title="RCP de mars",
            chair_id=first,
        ),
    )
    forms = []
    for ctx in two_pcs:
        form = MeetingForm(ctx)
        qtbot.addWidget(form)
        form.show_meeting(get_meeting(ctx.db, mid))
        forms.append(form)
    return mid, forms


def retype_line(widget, text: str) -> None:
    widget.edit.selectAll()
    type_text(widget.edit, text)
    widget.edit.textEdited.emit(widget.edit.text())


def test_meeting_disjoint_edits_merge_without_dialog(qtbot, two_pcs, monkeypatch) -> None:
    no_dialog(monkeypatch)
    mid, (f1, f2) = two_meeting_forms(qtbot, two_pcs)
    retype_line(f1.place, "Salle 2")
    f1.chair.setCurrentIndex(2)
    f1.save()
    retype_line(f2.title_edit, "RCP de mars : diabète")
    f2.save()
    m = get_meeting(two_pcs[0].db, mid)
    assert (m.place, m.title) == ("Salle 2", "RCP de mars : diabète")
    assert m.chair_id == f1.chair.itemData(2)
    assert f2.place.text() == "Salle 2"
    assert "Modifications de l'autre poste intégrées : Lieu ou visio, Animation" in f2.status.text()


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_meeting_overlap_is_chosen_field_by_field(qtbot, two_pcs, side) -> None:
    mid, (f1, f2) = two_meeting_forms(qtbot, two_pcs)
    retype_line(f1.title_edit, "RCP du poste 1")
    f1.save()
    retype_line(f2.title_edit, "RCP du poste 2")
    retype_line(f2.place, "Salle du poste 2")
    when_modal(answer({"Intitulé": side}))
    f2.save()
    check_modal_errors()
    [dlg] = SEEN
    assert [(b.conflict.mine, b.conflict.theirs) for b in dlg.boxes] == [
        ("RCP du poste 2", "RCP du poste 1")
    ]
    m = get_meeting(two_pcs[0].db, mid)
    assert m.title == {"mine": "RCP du poste 2", "theirs": "RCP du poste 1"}[side]
    assert m.place == "Salle du poste 2"


def test_meeting_copy_aside_to_a_file(qtbot, two_pcs, tmp_path, monkeypatch) -> None:
    mid, (f1, f2) = two_meeting_forms(qtbot, two_pcs)
    retype_line(f1.title_edit, "RCP du poste 1")
    f1.save()
    retype_line(f2.title_edit, "RCP du poste 2")
    target = tmp_path / "reunion.json"
    save_file_as(monkeypatch, target)
    when_modal(lambda dlg: click(dlg.copy_button))
    f2.save()
    check_modal_errors()
    assert get_meeting(two_pcs[0].db, mid).title == "RCP du poste 1"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["document"] == "Réunion" and data["fields"]["Intitulé"] == "RCP du poste 2"
    assert data["fields"]["Animation"].startswith("LEF") or "Lefèvre" in data["fields"]["Animation"]
    assert "reunion.json" in f2.status.text()


def two_declaration_forms(qtbot, two_pcs) -> tuple[int, list[DeclarationForm]]:
    pc1 = two_pcs[0]
    first, _second = people(pc1)
    values = coop.new_declaration_input(pc1.db)
    values.protocol_code, values.referent_id = "PC-LOMBALGIE", first
    values.legal_rep_name = "Dr Benoît"
    did, _ = coop.create_declaration(pc1.db, pc1.actor, values)
    forms = []
    for ctx in two_pcs:
        form = DeclarationForm(ctx)
        qtbot.addWidget(form)
        form.load(coop.get_declaration(ctx.db, did))
        forms.append(form)
    return did, forms


def test_declaration_disjoint_edits_merge_without_dialog(qtbot, two_pcs, monkeypatch) -> None:
    no_dialog(monkeypatch)
    did, (f1, f2) = two_declaration_forms(qtbot, two_pcs)
    retype_line(f1.legal_rep_contact, "04 76 00 00 00")
    assert f1.save()
    retype_line(f2.legal_rep_name, "Dr Aïcha Benoît")
    assert f2.save()
    d = coop.get_declaration(two_pcs[0].db, did)
    assert (d.legal_rep_name, d.legal_rep_contact) == ("Dr Aïcha Benoît", "04 76 00 00 00")
    assert f2.legal_rep_contact.text() == "04 76 00 00 00"
    assert "intégrées : Contact du représentant" in f2.status.text()


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_declaration_overlap_is_chosen_field_by_field(qtbot, two_pcs, side) -> None:
    did, (f1, f2) = two_declaration_forms(qtbot, two_pcs)
    retype_line(f1.legal_rep_name, "Dr Poste Un")
    assert f1.save()
    retype_line(f2.legal_rep_name, "Dr Poste Deux")
    when_modal(answer({"Représentant légal": side}))
    assert f2.save()
    check_modal_errors()
    assert (
        coop.get_declaration(two_pcs[0].db, did).legal_rep_name
        == {"mine": "Dr Poste Deux", "theirs": "Dr Poste Un"}[side]
    )


def test_declaration_copy_aside_to_a_file(qtbot, two_pcs, tmp_path, monkeypatch) -> None:
    did, (f1, f2) = two_declaration_forms(qtbot, two_pcs)
    retype_line(f1.legal_rep_name, "Dr Poste Un")
    assert f1.save()
    retype_line(f2.legal_rep_name, "Dr Poste Deux")
    target = tmp_path / "declaration.json"
    save_file_as(monkeypatch, target)
    when_modal(lambda dlg: click(dlg.copy_button))
    assert f2.save()
    check_modal_errors()
    assert coop.get_declaration(two_pcs[0].db, did).legal_rep_name == "Dr Poste Un"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["fields"]["Représentant légal"] == "Dr Poste Deux"


def two_item_panels(qtbot, two_pcs) -> tuple[int, list[ItemPanel]]:
    mid, _forms = two_meeting_forms(qtbot, two_pcs)
    pc1 = two_pcs[0]
    item_id, _ = agenda.add_item(
        pc1.db,
        pc1.actor,
        mid,
        agenda.ItemInput(kind="case", theme="Plaie chronique", patient_initials="J. D."),
    )
    panels = []
    for ctx in two_pcs:
        panel = ItemPanel(ctx)
        qtbot.addWidget(panel)
        panel.load(get_item(ctx.db, item_id), 1)
        panels.append(panel)
    return item_id, panels


def type_in(panel: ItemPanel, which: str, text: str) -> None:
    type_text(panel.text_fields[which].editor, text)
    assert which in panel.dirty  # typing marks the field to save


def test_item_notes_and_proposal_from_two_pcs_merge_without_dialog(
    qtbot, two_pcs, monkeypatch
) -> None:
    no_dialog(monkeypatch)
    item_id, (p1, p2) = two_item_panels(qtbot, two_pcs)
    type_in(p1, "notes", "Plaie stable, pansement tous les 2 jours")
    assert p1.save_now()
    type_in(p2, "proposal", "Avis de l'infirmière référente plaies")
    assert p2.save_now()
    item = get_item(two_pcs[0].db, item_id)
    assert item.notes == "Plaie stable, pansement tous les 2 jours"
    assert item.proposal == "Avis de l'infirmière référente plaies"


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_item_notes_from_two_pcs_are_chosen(qtbot, two_pcs, side) -> None:
    item_id, (p1, p2) = two_item_panels(qtbot, two_pcs)
    type_in(p1, "notes", "Notes du poste 1")
    assert p1.save_now()
    type_in(p2, "notes", "Notes du poste 2")
    when_modal(answer({"Notes": side}))
    assert p2.save_now()
    check_modal_errors()
    expect = {"mine": "Notes du poste 2", "theirs": "Notes du poste 1"}[side]
    assert get_item(two_pcs[0].db, item_id).notes == expect
    assert p2.notes.text() == expect


def test_agenda_item_form_merges_and_asks(qtbot, two_pcs) -> None:
    mid, _forms = two_meeting_forms(qtbot, two_pcs)
    pc1 = two_pcs[0]
    item_id, _ = agenda.add_item(
        pc1.db, pc1.actor, mid, agenda.ItemInput(kind="case", theme="Plaie", requester="Dr A")
    )
    forms = []
    for ctx in two_pcs:
        form = ItemForm(ctx)
        qtbot.addWidget(form)
        form.meeting_id = mid
        form.show_item(get_item(ctx.db, item_id))
        forms.append(form)
    f1, f2 = forms
    retype_line(f1.theme, "Plaie du pied")
    retype_line(f1.requester, "Dr B")
    f1.save()
    retype_line(f2.theme, "Plaie chronique")
    retype_line(f2.presenter, "IDE Martin")
    when_modal(answer({"Thème": "theirs"}))
    f2.save()
    check_modal_errors()
    item = get_item(pc1.db, item_id)
    assert (item.theme, item.requester, item.presenter) == ("Plaie du pied", "Dr B", "IDE Martin")
    assert "Demandé par" in f2.status.text()
