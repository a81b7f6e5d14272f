"""The Cooperation screen driven as a user would: a low-back-pain declaration with a GP and two
physiotherapists, the training block and its fix, the pack; team changes; activity; report."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from protoedit import team
from protoedit.cooperation import declarations as coop
from tests.factories import new_declaration
from tests.helpers import finess, rpps, siret
from tests.ui.conftest import type_text
from ui.cooperation.activity_page import COLUMNS
from ui.cooperation.protocol_dialog import TeamProtocolDialog
from ui.cooperation.view import CooperationView
from ui.team.view import TeamView

D = dt.date


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1]


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_professional(
    qtbot, view: TeamView, last: str, first: str, profession: str, rpps_number: str, email: str = ""
) -> None:
    form = view.form
    click(qtbot, form.new_button)
    type_text(form.last_name.edit, last)
    type_text(form.first_name.edit, first)
    form.profession.setCurrentIndex(form.profession.findData(profession))
    type_text(form.rpps.edit, rpps_number)
    if email:
        type_text(form.email.edit, email)
    click(qtbot, form.save_button)
    assert any(p.last_name == last for p in team.list_professionals(view.ctx.db))


def make_team(qtbot, ctx) -> None:
    """The structure and three professionals, typed on the Team screen (accents included)."""
    team.save_structure(
        ctx.db,
        ctx.actor,
        team.StructureInput(name="MSP des Écrins", finess=finess(3), siret=siret(4)),
    )
    view = TeamView(ctx)
    qtbot.addWidget(view)
    view.show()
    add_professional(
        qtbot, view, "Lefèvre", "Hélène", "medecin_generaliste", rpps(1), "helene.lefevre@msp.fr"
    )
    add_professional(qtbot, view, "Müller", "Jérôme", "masseur_kinesitherapeute", rpps(2))
    add_professional(qtbot, view, "Crœux", "Anaïs", "masseur_kinesitherapeute", rpps(3))
    view.close()


def set_date(widget, day: dt.date) -> None:
    widget.known.setChecked(True)
    widget.edit.setDate(QDate(day.year, day.month, day.day))


def add_member(qtbot, box, name: str, role: str, hours: str | None) -> None:
    click(qtbot, box.new_button)
    index = next(i for i in range(box.professional.count()) if name in box.professional.itemText(i))
    box.professional.setCurrentIndex(index)
    box.role.setCurrentIndex(box.role.findData(role))
    set_date(box.engagement, D(2025, 2, 3))
    if hours is not None:
        set_date(box.training, D(2025, 1, 20))
        type_text(box.hours.edit, hours)
    click(qtbot, box.add_button)
    assert not box.error.isVisible(), box.error.text()


def problems_shown(page) -> list[str]:
    return [page.problems.item(i).text() for i in range(page.problems.count())]


def test_low_back_pain_declaration_blocked_by_training_then_exported(qtbot, ctx, tmp_path) -> None:
    make_team(qtbot, ctx)
    view = CooperationView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    click(qtbot, view.new_button)
    page = view.declaration
    form = page.form
    form.protocol.setCurrentIndex(form.protocol.findData("PC-LOMBALGIE"))
    assert "Masseur-kinésithérapeute" in form.rule_summary.text()
    assert "10" in form.rule_summary.text()
    set_date(form.start_date, D(2025, 3, 1))
    form.referent.setCurrentIndex(
        next(i for i in range(form.referent.count()) if "Hélène" in form.referent.itemText(i))
    )
    type_text(form.legal_rep_name.edit, "Dr Aïcha Benoît")
    type_text(form.legal_rep_contact.edit, "aïcha.benoit@msp-écrins.fr")
    assert not page.ready_button.isEnabled()
    click(qtbot, form.save_button)
    assert form.status.text().startswith("Enregistrée")
    assert view.model.rowCount() == 1

    box = page.members
    add_member(qtbot, box, "LEFÈVRE Hélène", "delegant", None)
    add_member(qtbot, box, "MÜLLER Jérôme", "delegue", "10")
    add_member(qtbot, box, "CRŒUX Anaïs", "delegue", None)  # no training attestation yet
    assert box.model.rowCount() == 3

    shown = problems_shown(page)
    assert any("Anaïs Crœux" in p and "formation" in p for p in shown), shown
    assert all("Jérôme" not in p for p in shown)
    assert not page.ready_button.isEnabled()
    assert "problèmes à corriger" in page.problems_title.text()

    # Fix the training: date and hours, on the same member
    row = next(r for r, m in enumerate(box.model.rows) if m.last_name == "Crœux")
    box.table.selectRow(row)
    assert box.member is not None and box.member.last_name == "Crœux"
    set_date(box.training, D(2025, 1, 27))
    type_text(box.hours.edit, "10,5")
    click(qtbot, box.save_button)
    qtbot.waitUntil(lambda: page.ready_button.isEnabled())
    assert problems_shown(page) == []
    assert "prête" in page.problems_title.text()

    out = tmp_path / "dossier lombalgie.pdf"
    with qtbot.waitSignal(page.exporter.finished, timeout=20000):
        assert page.export_pack(out) is not None
    assert str(out) in page.state.text()
    pages = pdf_pages(out)
    text = "\n".join(pages)
    for expected in (
        "Douleur lombaire aiguë",
        "MSP des Écrins",
        finess(3),
        "Dr Aïcha Benoît",
        "Lefèvre",
        "Hélène",
        "Müller",
        "Jérôme",
        "Crœux",
        "Anaïs",
        rpps(1),
        rpps(2),
        rpps(3),
        "Masseur-kinésithérapeute",
    ):
        assert expected in text, expected
    engagement_pages = [p for p in pages if "Engagement du professionnel" in p]
    assert len(engagement_pages) == 3
    assert sum("Crœux" in p for p in engagement_pages) == 1
    assert any("Attestations du représentant légal" in p for p in pages)

    # Ready to declare: mark it filed
    page.declared_on.setDate(QDate(2025, 2, 20))
    click(qtbot, page.ready_button)
    decl = coop.get_declaration(ctx.db, page.view.id)
    assert (decl.status, decl.declared_on) == ("declared", D(2025, 2, 20))
    assert not page.filing.isVisible()
    assert not form.protocol.isEnabled()


def declared_lombalgie(ctx) -> tuple[int, dict[str, int]]:
    team.save_structure(
        ctx.db,
        ctx.actor,
        team.StructureInput(
            name="MSP des Écrins",
            finess=finess(3),
            legal_rep_name="Dr Aïcha Benoît",
            legal_rep_contact="04 76 00 00 00",
        ),
    )
    ids = {}
    for key, last, first, prof, n in (
        ("gp", "Lefèvre", "Hélène", "medecin_generaliste", 1),
        ("k1", "Müller", "Jérôme", "masseur_kinesitherapeute", 2),
        ("k2", "Crœux", "Anaïs", "masseur_kinesitherapeute", 3),
        ("k3", "Bézier", "Noël", "masseur_kinesitherapeute", 4),
    ):
        ids[key], _ = team.add_professional(
            ctx.db,
            ctx.actor,
            team.ProfessionalInput(
                last_name=last, first_name=first, profession=prof, rpps=rpps(n), phone="0476000000"
            ),
        )
    did = new_declaration(ctx.db, ctx.actor, ids["gp"])
    coop.add_member(ctx.db, ctx.actor, did, coop.MemberInput(ids["gp"], "delegant", D(2025, 2, 1)))
    for k in ("k1", "k2"):
        coop.add_member(
            ctx.db,
            ctx.actor,
            did,
            coop.MemberInput(ids[k], "delegue", D(2025, 2, 1), D(2025, 1, 10), 10),
        )
    coop.mark_declared(ctx.db, ctx.actor, did, D(2025, 2, 20))
    return did, ids


def test_team_change_after_declaration_and_roster_on_a_date(qtbot, ctx, tmp_path) -> None:
    did, ids = declared_lombalgie(ctx)
    view = CooperationView(ctx)
    qtbot.addWidget(view)
    view.show()
    box = view.declaration.members
    assert box.change_date.isVisible()
    row = next(r for r, m in enumerate(box.model.rows) if m.last_name == "Crœux")
    box.table.selectRow(row)
    assert not box.professional.isEnabled()  # who and which role are fixed once declared
    box.change_date.setDate(QDate(2025, 6, 1))
    click(qtbot, box.remove_button)
    click(qtbot, box.new_button)
    box.professional.setCurrentIndex(box.professional.findData(ids["k3"]))
    set_date(box.engagement, D(2025, 8, 25))
    set_date(box.training, D(2025, 8, 1))
    type_text(box.hours.edit, "10")
    box.change_date.setDate(QDate(2025, 9, 1))
    click(qtbot, box.add_button)
    assert len(coop.team_changes(ctx.db, did)) == 2

    history = view.history
    view.tabs.setCurrentWidget(history)
    assert history.changes_model.rowCount() == 2
    history.day.setDate(QDate(2025, 7, 1))
    assert sorted(m.last_name for m in history.roster_model.rows) == ["Lefèvre", "Müller"]
    history.day.setDate(QDate(2025, 9, 2))
    assert sorted(m.last_name for m in history.roster_model.rows) == ["Bézier", "Lefèvre", "Müller"]
    change = history.selected_change()
    assert change is not None and [m.last_name for m in change.joined] == ["Bézier"]
    out = tmp_path / "modification.pdf"
    with qtbot.waitSignal(history.exporter.finished, timeout=20000):
        assert history.export_change(change.id, out) is not None
    text = "\n".join(pdf_pages(out))
    assert "Modification d'équipe" in text and "Bézier" in text and "01/09/2025" in text


def test_activity_grid_refuses_impossible_counts_and_feeds_the_report(qtbot, ctx, tmp_path) -> None:
    did, _ = declared_lombalgie(ctx)
    view = CooperationView(ctx)
    qtbot.addWidget(view)
    view.show()
    activity = view.activity
    activity.year.setValue(2025)
    model = activity.model
    col = {name: i for i, (name, _) in enumerate(COLUMNS)}
    jan, april = model.index(0, col["patients_included"]), model.index(3, col["patients_included"])
    assert not (model.flags(jan) & Qt.ItemFlag.ItemIsEditable)  # before the start
    assert model.setData(april, "8")
    assert model.setData(model.index(3, col["acts_by_delegues"]), "8")
    assert not model.setData(model.index(3, col["acts_taken_back"]), "9")
    assert "actes repris" in activity.message.text()
    assert not model.setData(model.index(3, col["reevaluations"]), "-2")
    assert "négatif" in activity.message.text()
    assert model.setData(model.index(3, col["acts_taken_back"]), "1")
    assert model.setData(model.index(3, col["adverse_events"]), "Retard de diagnostic : 1")
    assert model.index(3, col["adverse_events"]).data() == "Retard de diagnostic : 1"

    report = view.report
    report.year.setValue(2025)
    shown = report.browser.toPlainText().replace("\u00a0", " ")  # Qt turns them into spaces
    assert "1 / 8\n12,5 %" in shown  # 1 act taken back of 8
    assert "non calculable" in shown  # nobody answered the satisfaction survey
    assert "200,00 €" in shown  # 8 patients x 25 €
    out = tmp_path / "bilan.pdf"
    with qtbot.waitSignal(report.exporter.finished, timeout=20000):
        assert report.export_report(out) is not None
    assert "non calculable" in "\n".join(pdf_pages(out))


def test_team_protocol_added_in_the_app_is_offered_for_declarations(qtbot, ctx) -> None:
    view = CooperationView(ctx)
    qtbot.addWidget(view)
    dialog = TeamProtocolDialog(ctx, view)
    qtbot.addWidget(dialog)
    type_text(dialog.code, "pl-plaies")
    type_text(dialog.title, "Plaies simples : suture par l'infirmière")
    for lst, code in ((dialog.delegues, "infirmier"),):
        item = next(
            lst.item(i)
            for i in range(lst.count())
            if lst.item(i).data(Qt.ItemDataRole.UserRole) == code
        )
        item.setCheckState(Qt.CheckState.Checked)
    dialog.valid_from.setDate(QDate(2025, 1, 1))
    type_text(dialog.age_min, "50")
    type_text(dialog.age_max, "18")
    dialog.save()
    assert "âge minimum" in dialog.errors.text()
    dialog.age_min.clear()
    type_text(dialog.age_min, "18")
    type_text(dialog.training_hours, "7,5")
    type_text(dialog.per_patient, "25")
    type_text(dialog.split_delegue, "20")
    type_text(dialog.split_delegant, "5")
    type_text(dialog.inclusion, "Plaie simple de moins de 6 heures\nPatient majeur")
    dialog.save()
    assert dialog.status.text() == "Protocole enregistré.", dialog.errors.text()
    combo = view.declaration.form.protocol
    assert combo.findData("PL-PLAIES") > 0  # offered at once, after the national ones
    # a newer version the next year keeps the first one as history
    dialog.valid_from.setDate(QDate(2026, 1, 1))
    dialog.training_hours.clear()
    type_text(dialog.training_hours, "10")
    dialog.save()
    row = coop.find_protocol(ctx.db, "PL-PLAIES")
    assert [(r.valid_from, r.valid_to, r.training_hours) for r in row.entry.rules] == [
        (D(2025, 1, 1), D(2026, 1, 1), 7.5),
        (D(2026, 1, 1), None, 10.0),
    ]
