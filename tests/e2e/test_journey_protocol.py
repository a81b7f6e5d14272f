"""Journey of issue 13, "Must show": a care protocol tried as a new user would, from the first
start to the superseded PDF of its first version.

A team of five with their personal codes and phones typed on the Team screen; a protocol from a
starter template, accented text, five steps, its documentary synthesis and graded key messages;
submitted and approved twice; full PDF and nurse memo; revised and renamed in the draft while
consultation, search and the memo of version 1 keep the old title; v2 approved, compared, and
v1's PDF marked as replaced."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from protoedit.protocols.queries import find_protocol, get_version, versions_of
from tests.e2e.journey import Journey, pdf_text
from tests.e2e.steps import (
    add_professional,
    check_professions,
    edit_cell,
    export_memo,
    export_pdf,
    first_start_with_code,
    nav,
    new_protocol,
    revise,
    select_card,
    set_code,
    sign,
    stage,
    submit,
    tick_working_group,
    wait_exported,
)
from tests.export.pdftools import pdf_words
from tests.helpers import rpps

SHOTS = Path("/tmp/shots-journey13")
COORD = ("Martin", "Élise", "Coordinateur(trice)", "", "04 76 10 20 30", "482915")
TEAM = [  # last, first, profession, RPPS, phone, personal code
    ("Lefèvre", "Hélène", "Médecin généraliste", rpps(21), "04 76 11 22 33", "1357"),
    ("Faure", "Maëlle", "Infirmier(ère) (IDE)", rpps(22), "06 12 34 56 78", "2468"),
    ("Benoît", "Aïcha", "Pharmacien(ne)", rpps(23), "04 76 44 55 66", "3579"),
    ("Giraud", "Noël", "Masseur-kinésithérapeute", rpps(24), "06 98 76 54 32", "8642"),
]
OLD_TITLE = "Patients sous anticoagulants oraux"
NEW_TITLE = "Anticoagulants oraux : suivi partagé ville-officine"
EVIDENCE = [  # question, documented answer, source, level (as the combo shows it)
    (
        "À quel rythme contrôler l'INR sous AVK ?",
        "Au moins une fois par mois, plus souvent à l'instauration",
        "HAS, 2008",
        "Niveau 2 : présomption scientifique",
    ),
    (
        "Faut-il arrêter l'anticoagulant avant un soin dentaire ?",
        "Non pour la plupart des soins : hémostase locale",
        "SFCO, 2015",
        "Niveau 4 : faible niveau de preuve",
    ),
]
KEY_MESSAGES = [
    ("Tout saignement inhabituel se signale le jour même.", "Accord d'experts"),
    (
        "Le carnet de suivi accompagne le patient à chaque soin.",
        "Grade B : présomption scientifique",
    ),
]


def words(path: Path) -> str:
    """pdftotext's text, whitespace (non-breaking spaces too) folded to single spaces."""
    return " ".join(pdf_text(path).replace("\xa0", " ").split())


def no_draft_mark(path: Path) -> str:
    text = words(path)
    assert "BROUILLON" not in text and "BROUILLON" not in pdf_words(path), path.name
    return text


def team_of_five(journey: Journey) -> None:
    """The PC's user (code set at first start) gets a phone; four more, each with RPPS, phone
    and personal code, all typed on the Team screen."""
    nav(journey, "Équipe")
    view = journey.window.page("team")
    select_card(journey, view, "Élise Martin")
    journey.type(view.form.phone.edit, COORD[4])
    journey.click(view.form.save_button)
    assert view.form.status.text() == "Enregistré."
    for last, first, profession, number, phone, code in TEAM:
        add_professional(journey, view, last, first, profession, number, phone)
        set_code(journey, view.form.pin_box, code)
        assert view.form.pin_box.status.text() == "Code personnel défini."
    assert view.model.rowCount() == 5
    journey.screenshot("team-of-five")


def type_table_row(journey: Journey, page, title: str, cells: list[str]) -> None:
    """ "Ajouter" over a table of the synthesis stage, then each cell typed (Tab moves on and
    opens the next one; a level or grade is picked in its combo box), Enter at the end."""
    (add,) = [
        b for b in page.findChildren(QPushButton) if b.accessibleName() == f"Ajouter : {title}"
    ]
    journey.click(add)
    for i, value in enumerate(cells):
        editor = QApplication.focusWidget()
        last = i == len(cells) - 1
        if isinstance(editor, QComboBox):
            journey.choose(editor, value)
        else:
            journey.type(editor, value)
        journey.key(editor, "Return" if last else "Tab")


def write_synthesis(journey: Journey, ed) -> None:
    stage(journey, ed, ed.synthesis)
    for row in EVIDENCE:
        type_table_row(journey, ed.synthesis, "Synthèse documentaire", list(row))
    for row in KEY_MESSAGES:
        type_table_row(journey, ed.synthesis, "Messages clés gradés", list(row))
    assert [(e.question, e.level) for e in ed.synthesis.evidence.rows] == [
        (EVIDENCE[0][0], "2"),
        (EVIDENCE[1][0], "4"),
    ]
    assert [(m.text, m.grade) for m in ed.synthesis.key_points.rows] == [
        (KEY_MESSAGES[0][0], "AE"),
        (KEY_MESSAGES[1][0], "B"),
    ]


def replace_text(journey: Journey, field, text: str) -> None:
    field.selectAll()
    journey.type(field, text)


def write_protocol(journey: Journey) -> int:
    """From the starter template: accented text on stages 1 to 5, the working group, the
    synthesis; a screenshot of every stage; five steps left. Returns the version id."""

    def fill(dlg) -> None:
        assert dlg.from_template.isChecked()
        journey.choose(dlg.template, OLD_TITLE)
        assert dlg.code.text() == "ACO-01" and dlg.title.text() == OLD_TITLE
        journey.click_ok(dlg)

    new_protocol(journey, fill)
    ed = journey.window.editor
    replace_text(
        journey,
        ed.identity.sections.fields["problem"].editor,
        "Hémorragies évitables chez les patients âgés ; œdème, chutes à domicile.",
    )
    journey.screenshot("editor-1-theme")
    tick_working_group(journey, ed, ["Élise Martin", *(f"{t[1]} {t[0]}" for t in TEAM)])
    journey.qtbot.waitUntil(lambda: ed.group.warning.text() == "")  # once the change closes
    journey.screenshot("editor-2-group")
    write_synthesis(journey, ed)
    journey.screenshot("editor-3-synthesis")
    stage(journey, ed, ed.sections)
    for key, text in (
        ("objectives", "Réduire les hémorragies et les hospitalisations évitées"),
        ("inclusion", "Adultes traités par AVK ou anticoagulant oral direct"),
        ("alert_signs", "Saignement, chute, selles noires : appeler le médecin le jour même"),
    ):
        replace_text(journey, ed.sections.fields[key].editor, text)
    journey.screenshot("editor-4-content")
    stage(journey, ed, ed.steps)
    table = ed.steps.table
    assert [s.title for s in ed.steps.model.rows][2] == "Planifier"
    journey.click_row(table, 2)
    journey.key(table, "Ctrl+Del")
    assert [s.title for s in ed.steps.model.rows] == [
        "Repérer",
        "Évaluer",
        "Intervenir",
        "Suivre",
        "Alerter",
    ]
    edit_cell(
        journey,
        table,
        3,
        3,
        "Vérifier l'INR et la tolérance ; noter l'équilibre du traitement dans le carnet",
    )
    check_professions(journey, table, 3, ["Masseur-kinésithérapeute"])
    journey.screenshot("editor-5-steps")
    journey.click_row(table, 3)
    journey.key(table, "Return")  # the step in the panel
    assert ed.steps.panel.isVisible() and ed.steps.panel.editors["title"].text() == "Suivre"
    journey.screenshot("editor-5b-steps-panel")
    journey.key(None, "Ctrl+Return")
    presentation(journey, ed)
    stage(journey, ed, ed.evaluation)
    journey.screenshot("editor-6-evaluation")
    stage(journey, ed, ed.validation)
    journey.screenshot("editor-7-validation")
    return ed.version.version_id


def presentation(journey: Journey, ed) -> None:
    """F11 on the steps: the table alone, large type; F11 again comes back."""
    window = journey.window
    journey.key(ed.steps.table, "F11")
    window.setGeometry(0, 0, 1280, 800)  # the offscreen screen is narrower than 1280
    journey.qtbot.waitUntil(lambda: window.width() == 1280)
    assert not window.nav.isVisible() and not ed.steps.panel.isVisible()
    journey.screenshot("editor-8-presentation")
    journey.key(ed.steps.table, "F11")
    # The large type's minimum width (wider than 1280) holds until the layouts are redone.
    journey.qtbot.waitUntil(lambda: window.minimumSize().width() <= 1280)
    window.resize(1280, 800)
    assert window.width() == 1280
    assert window.nav.isVisible()


def approve_twice(journey: Journey, signers: list[int]) -> None:
    submit(journey)
    for i in signers:
        last, first, _profession, _rpps, _phone, code = TEAM[i]
        sign(journey, f"{first} {last}", code)
    assert journey.window.editor.version.status == "approved"


def check_full_pdf(path: Path, title: str) -> str:
    text = no_draft_mark(path)
    for expected in (
        title,
        "Objectifs",
        "Signes d'alerte",
        "Repérer",
        "Évaluer",
        "Intervenir",
        "Suivre",
        "Alerter",
        "Synthèse documentaire",
        "Messages clés gradés",
        "Niveau 2",
        "Niveau 4",
        "Accord d'experts",
        "Message clé",
        "HAS, 2008",
        "œdème, chutes à domicile",
        "Hélène Lefèvre",
        "Maëlle Faure",
    ):
        assert expected in text, expected
    assert "Planifier" not in text
    return text


def check_memo(path: Path, title: str) -> str:
    text = no_draft_mark(path)
    assert title in text and "Qui appeler" in text, text[:600]
    for last, first, profession, _rpps, phone, _code in TEAM:
        if profession != "Infirmier(ère) (IDE)":  # the nurse's colleagues, with their phones
            assert f"{first} {last}" in text and phone in text, (last, text[:1500])
    return text


def search(journey: Journey, text: str) -> list:
    """Ctrl+K from the window, `text` typed; the hits once the list has dropped down."""
    box = journey.window.search
    journey.key(journey.window, "Ctrl+K")
    assert box.edit.hasFocus()
    journey.type(box.edit, text)
    journey.qtbot.waitUntil(
        lambda: not box.refreshing and not box.timer.isActive() and box.results.isVisible(),
        timeout=10_000,
    )
    return list(box.model.hits)


def code_taken_is_said_before_ok(journey: Journey) -> None:
    """A second protocol from the same template: its suggested code is taken, which the
    dialog says as it opens, OK waiting; another code and OK is back. Escape: nothing made."""

    def fill(dlg) -> None:
        journey.choose(dlg.template, OLD_TITLE)
        assert dlg.code.text() == "ACO-01"
        assert dlg.message.text() == (
            "Le code ACO-01 est déjà utilisé par un autre protocole. Choisissez-en un autre."
        )
        assert not dlg.ok_button.isEnabled()
        journey.screenshot("new-protocol-code-taken", dlg)
        replace_text(journey, dlg.code, "aco-02")
        assert dlg.code.text() == "aco-02"
        assert dlg.message.text() == "" and dlg.ok_button.isEnabled()
        replace_text(journey, dlg.code, "aco-01")  # compared in upper case: it is ACO-01
        assert not dlg.ok_button.isEnabled()
        journey.key(dlg, "Escape")

    journey.when_modal(fill)
    journey.key(journey.window, "Ctrl+N")
    journey.wait_modal_done()
    assert find_protocol(journey.ctx.db, "ACO-02") is None


def test_journey_care_protocol_two_versions(journey: Journey, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PROTOEDIT_SHOTS_DIR", os.environ.get("PROTOEDIT_SHOTS_DIR", str(SHOTS)))
    first_start_with_code(journey, *COORD[:3], COORD[5])
    team_of_five(journey)
    v1 = write_protocol(journey)
    ed = journey.window.editor
    approve_twice(journey, [0, 1])  # the GP and the nurse
    assert get_version(journey.ctx.db, v1).status == "approved"
    code_taken_is_said_before_ok(journey)

    full_v1 = check_full_pdf(export_pdf(journey, tmp_path / "ACO-01-v1.pdf"), OLD_TITLE)
    assert "REMPLACÉ" not in full_v1
    check_memo(export_memo(journey, "Infirmier(ère) (IDE)", tmp_path / "memo-v1.pdf"), OLD_TITLE)

    # Revision: the draft gets a new title and a changed synthesis row.
    stage(journey, ed, ed.validation)
    revise(journey, "Nouveau titre ; contrôle de l'INR précisé")
    assert ed.version.number == 2 and ed.version.status == "draft"
    stage(journey, ed, ed.identity)
    replace_text(journey, ed.identity.title, NEW_TITLE)
    stage(journey, ed, ed.synthesis)
    evidence_table = ed.synthesis.tables[0]
    edit_cell(
        journey,
        evidence_table,
        0,
        1,
        "Au moins une fois par mois ; chaque semaine à l'instauration",
    )
    assert ed.heading.text().startswith("ACO-01 v2")

    # Consultation and search still show version 1 under its old title.
    nav(journey, "Consultation")  # leaving the editor saves the draft
    v2 = ed.version.version_id
    assert get_version(journey.ctx.db, v2).title == NEW_TITLE
    hits = search(journey, "anticoagulants oraux")
    found = [(h.title, h.status) for h in hits if h.kind == "protocol"]
    assert found.count((OLD_TITLE, "approved")) == 1, found  # v1, the version in force
    assert (NEW_TITLE, "draft") in found and len(found) == 2, found  # v2, a draft
    journey.screenshot("search-v1-and-v2-draft")
    for _ in range(found.index((OLD_TITLE, "approved"))):
        journey.key(journey.window.search.edit, "Down")
    journey.key(journey.window.search.edit, "Return")  # v1 opens in consultation
    consult = journey.window.consult
    assert journey.window.current_page() == "consult"
    assert consult.title.text() == f"ACO-01 — {OLD_TITLE}"
    assert consult.banner.text().startswith("Version 1 validée le")
    journey.choose(consult.professions, "Infirmier(ère) (IDE)")
    journey.screenshot("consultation-v1-while-v2-draft")
    memo_v1 = tmp_path / "memo-v1-during-v2.pdf"
    journey.save_file_as(memo_v1)
    wait_exported(
        journey, consult.exporter, memo_v1, lambda: journey.click(consult.memo_pdf_button)
    )
    assert NEW_TITLE not in check_memo(memo_v1, OLD_TITLE)

    # Version 2 approved, compared with version 1; the PDF of version 1 says it is replaced.
    nav(journey, "Protocole ouvert")
    assert ed.version.version_id == v2
    approve_twice(journey, [2, 3])  # the pharmacist and the physiotherapist
    assert [v.status for v in versions_of(journey.ctx.db, ed.version.protocol_id)] == [
        "superseded",
        "approved",
    ]
    stage(journey, ed, ed.validation)
    journey.click(ed.validation.diff_button)
    diff = ed.validation.diff_view.toPlainText()
    assert diff.startswith("v1 → v2") and "Synthèse documentaire" in diff, diff
    assert "Modifié : « À quel rythme contrôler l'INR sous AVK ? »" in diff, diff
    journey.screenshot("editor-9-diff")
    history = ed.validation.history
    history.setFocus()
    history.setCurrentRow(1)  # newest first: v1 is the second entry
    journey.key(history, "Return")
    assert ed.version.version_id == v1 and ed.heading.text().startswith("ACO-01 v1")
    old = no_draft_mark(export_pdf(journey, tmp_path / "ACO-01-v1-superseded.pdf"))
    assert "REMPLACÉ" in old and OLD_TITLE in old and NEW_TITLE not in old
