"""Meeting PDFs: agenda with initials only, confidential minutes, ACI year PDF and CSV."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from protoedit import team
from protoedit.export import ExportCancelled
from protoedit.export.aci_pdf import aci_data, build_aci_pdf, write_aci_csv
from protoedit.export.meeting_minutes import build_meeting_pdf, write_agenda, write_minutes
from protoedit.export.meeting_print import meeting_data
from protoedit.meetings import agenda, attendance, decisions
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.decisions import DecisionInput
from protoedit.meetings.meeting import MeetingInput
from protoedit.meetings.queries import get_meeting
from tests.export.pdftools import page_count, pdf_fonts, pdf_text

WHEN = dt.datetime(2026, 4, 9, 12, 30)


@dataclasses.dataclass
class Setup:
    meeting: int
    case: int
    doctor: int


def flat(path: Path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.fixture
def setup(sqlite_db, actor) -> Setup:
    db = sqlite_db
    team.save_structure(db, actor, team.StructureInput(name="MSP des Écrins", kind="MSP"))

    def pro(last: str, first: str, profession: str) -> int:
        return team.add_professional(
            db,
            actor,
            team.ProfessionalInput(last_name=last, first_name=first, profession=profession),
        )[0]

    doctor, nurse = (
        pro("Lefèvre", "Hélène", "medecin_generaliste"),
        pro("Benoît", "Aïcha", "infirmier"),
    )
    earlier, _ = meetings.create_meeting(
        db, actor, MeetingInput(starts_at=dt.datetime(2026, 3, 12, 12, 30))
    )
    first, _ = agenda.add_item(
        db, actor, earlier, ItemInput(kind="organisation", theme="Laboratoire")
    )
    decisions.add_decision(
        db,
        actor,
        first,
        DecisionInput("Relancer le laboratoire", owner_id=nurse, due_date=dt.date(2026, 3, 31)),
    )
    mid, _ = meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            starts_at=WHEN,
            title="RCP d'avril",
            place="Salle 2",
            chair_id=doctor,
            secretary_id=nurse,
        ),
    )
    for p in (doctor, nurse):
        attendance.invite_professional(db, actor, mid, p)
    attendance.invite_partner(db, actor, mid, "Dr Léa Rossi", "psychologue")
    case, _ = agenda.add_item(
        db,
        actor,
        mid,
        ItemInput(
            theme="Plaie chronique", patient_pseudonym="Jeanne Dupont", flag_75=True, flag_ald=True
        ),
    )
    consented, _ = agenda.add_item(
        db,
        actor,
        mid,
        ItemInput(
            theme="Polymédication",
            patient_pseudonym="Marcel Lagarde",
            consent="yes",
            slot_minutes=20,
        ),
    )
    agenda.add_item(
        db, actor, mid, ItemInput(kind="organisation", theme="Internes", slot_minutes=25)
    )
    agenda.set_item_texts(
        db, actor, case, {"proposal": "Avis **vasculaire** <b>sous</b> 15 jours & photo."}
    )
    decisions.add_decision(
        db,
        actor,
        case,
        DecisionInput("Demander un écho-doppler", owner_id=doctor, due_date=dt.date(2026, 4, 23)),
    )
    decisions.add_decision(
        db, actor, consented, DecisionInput("Bilan de médication", owner_name="Pharmacie du centre")
    )
    inv = get_meeting(db, mid).invitees
    attendance.set_attendance(db, actor, inv[0].id, "present")
    attendance.set_attendance(db, actor, inv[1].id, "excused")
    return Setup(mid, case, doctor)


def test_agenda_rows_slot_patient_consent_theme_requester(sqlite_db, setup, tmp_path) -> None:
    """Issue 14.2: the agenda has a consent column; initials only without consent."""
    out = write_agenda(sqlite_db, setup.meeting, tmp_path / "odj.pdf")
    text = flat(out)
    assert text.startswith("MSP des Écrins 09/04/2026 — Ordre du jour — RCP d'avril")
    assert "Horaire Patient Consentement Thème Demandé par" in text
    assert (
        "12:30 – 12:45 J. D. · 75+ · ALD non demandé Situation de patient : Plaie chronique" in text
    )
    assert "12:45 – 13:05 Marcel Lagarde oui Situation de patient : Polymédication" in text
    assert "13:05 – 13:30 Organisation : Internes" in text
    assert "Dupont" not in text and "Jeanne" not in text  # no consent: initials only
    assert "Dr Léa Rossi Psychologue (partenaire extérieur)" in text
    assert "Durée prévue : 60 min (12:30 – 13:30)" in text
    assert "12/03/2026 Relancer le laboratoire Aïcha Benoît 31/03/2026 en retard" in text
    assert "CONFIDENTIEL : données de santé" in text  # it names a patient (with consent)
    assert "BROUILLON" not in text
    assert all(embedded for _name, embedded in pdf_fonts(out))
    assert page_count(out) == 1


def test_agenda_without_named_patient_is_not_marked_confidential(
    sqlite_db, actor, setup, tmp_path
) -> None:
    consented = get_meeting(sqlite_db, setup.meeting).items[1]
    agenda.update_item(
        sqlite_db,
        actor,
        consented.id,
        ItemInput(theme="Polymédication", patient_pseudonym="Marcel Lagarde", consent="not_asked"),
    )
    text = flat(write_agenda(sqlite_db, setup.meeting, tmp_path / "odj.pdf"))
    assert "M. L. non demandé" in text and "Lagarde" not in text
    assert "CONFIDENTIEL" not in text


def test_minutes_confidential_with_pseudonym_only_by_consent(
    sqlite_db, actor, setup, tmp_path
) -> None:
    draft = meeting_data(sqlite_db, setup.meeting, minutes=True)
    assert draft.header.confidential and draft.header.needs_watermark  # BROUILLON until closed
    assert "CONFIDENTIEL" in flat(build_meeting_pdf(draft, tmp_path / "draft.pdf"))
    doc = meeting_data(sqlite_db, setup.meeting, minutes=False)  # the agenda
    assert doc.header.confidential and not doc.header.needs_watermark  # names a patient
    meetings.mark_held(sqlite_db, actor, setup.meeting)
    meetings.close_meeting(sqlite_db, actor, setup.meeting)
    meetings.amend(sqlite_db, actor, setup.meeting, "Écho-doppler : échéance au 30/04.")
    out = write_minutes(sqlite_db, setup.meeting, tmp_path / "cr.pdf")
    text = flat(out)
    for expected in (
        "CONFIDENTIEL : données de santé",
        "Compte rendu — RCP d'avril",
        "Hélène Lefèvre Médecin généraliste présent(e)",
        "Aïcha Benoît Infirmier(ère) (IDE) excusé(e)",
        "Dr Léa Rossi",
        "Patient : J. D. · 75+ · ALD (consentement non demandé : initiales seulement)",
        "Patient : Marcel Lagarde (consentement recueilli)",
        "Avis vasculaire <b>sous</b> 15 jours & photo.",
        "Demander un écho-doppler Hélène Lefèvre 23/04/2026 en cours",
        "Bilan de médication Pharmacie du centre — en cours",
        "Ni proposition ni décision.",
        "Suivi des décisions des réunions précédentes",
        "Relancer le laboratoire",
        "Compte rendu clos le",
        "Rectifications après clôture",
        "Test :",
        "Écho-doppler : échéance au 30/04.",
    ):
        assert expected in text, expected
    assert "Dupont" not in text and "Jeanne" not in text and "BROUILLON" not in text
    assert all(embedded for _name, embedded in pdf_fonts(out))


def test_cancelled_export_leaves_no_file(sqlite_db, setup, tmp_path) -> None:
    doc = meeting_data(sqlite_db, setup.meeting, minutes=True)
    target = tmp_path / "cr.pdf"
    with pytest.raises(ExportCancelled):
        build_meeting_pdf(doc, target, cancel=lambda: True)
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_aci_year_pdf_and_csv(sqlite_db, actor, setup, tmp_path) -> None:
    meetings.mark_held(sqlite_db, actor, setup.meeting)
    doc = aci_data(sqlite_db, 2026)
    assert (doc.aci.meetings_held, doc.aci.cases, doc.aci.cases_75_or_ald) == (1, 2, 1)
    text = flat(build_aci_pdf(doc, tmp_path / "aci.pdf"))
    assert "Bilan ACI 2026 : concertation et protocoles" in text
    assert "Au moins 6 réunions de concertation par" in text and "1 réunion tenue" in text
    assert "non atteint" in text and "Total de ces critères (1 point = 7" in text
    assert "Cas de patients discutés 2" in text and "dont 75 ans ou plus ou en ALD 1" in text
    assert "09/04/2026 12:30 RCP d'avril 2" in text
    assert "Dupont" not in text and "J. D." not in text  # counts only
    csv_path = write_aci_csv(doc.aci, tmp_path / "aci.csv")
    data = csv_path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and b"\r\n" in data
    rows = data.decode("utf-8-sig").splitlines()
    assert rows[0] == "Critère du contrat ACI;Année 2026;Résultat;Points;Euros;Ce qui manque"
    assert rows[1] == (
        "Au moins 6 réunions de concertation par an;1 réunion tenue;non atteint;;;"
        "5 réunions de plus"
    )


def test_minutes_print_problems_proposal_decisions_and_deviation_not_private_notes(
    sqlite_db, actor, setup, tmp_path
) -> None:
    """Issue 14.1: what was typed during the meeting is in the minutes, except notes the
    team marked "not to print"."""
    items = get_meeting(sqlite_db, setup.meeting).items
    agenda.set_item_texts(
        sqlite_db,
        actor,
        setup.case,
        {
            "notes": "Plaie **stagnante** depuis 3 mois",
            "deviation_reason": "Écho-doppler refusé par la patiente : pansements poursuivis.",
        },
    )
    agenda.set_item_texts(
        sqlite_db, actor, items[1].id, {"notes": "Conflit entre les enfants du patient"}
    )
    agenda.set_notes_private(sqlite_db, actor, items[1].id, True)
    agenda.set_item_texts(sqlite_db, actor, items[2].id, {"notes": "Deux internes à la rentrée"})
    meetings.mark_held(sqlite_db, actor, setup.meeting)
    meetings.close_meeting(sqlite_db, actor, setup.meeting)  # no BROUILLON letters in the text
    text = flat(write_minutes(sqlite_db, setup.meeting, tmp_path / "cr.pdf"))
    for expected in (
        "Problèmes discutés Plaie stagnante depuis 3 mois Proposition Avis vasculaire",
        "Décisions Décision Responsable Échéance Suivi Demander un écho-doppler "
        "Hélène Lefèvre 23/04/2026 en cours",
        "Prise en charge différente de la proposition : raison Écho-doppler refusé "
        "par la patiente : pansements poursuivis.",
        "Notes de discussion tenues hors du compte rendu, à la demande de l'équipe.",
        "Problèmes discutés Deux internes à la rentrée Ni proposition ni décision.",
    ):
        assert expected in text, expected
    assert "Conflit" not in text and "enfants" not in text


def test_confidential_only_on_minutes_with_patient_cases(sqlite_db, actor, tmp_path) -> None:
    """Issue 14.7: an organisation meeting's minutes hold no health data."""
    mid, _ = meetings.create_meeting(
        sqlite_db, actor, MeetingInput(starts_at=WHEN, kind="organisation")
    )
    item, _ = agenda.add_item(
        sqlite_db, actor, mid, ItemInput(kind="organisation", theme="Planning")
    )
    assert "CONFIDENTIEL" not in flat(write_minutes(sqlite_db, mid, tmp_path / "org.pdf"))
    agenda.add_item(sqlite_db, actor, mid, ItemInput(theme="Chutes", patient_pseudonym="Paul Roy"))
    assert "CONFIDENTIEL : données de santé" in flat(
        write_minutes(sqlite_db, mid, tmp_path / "c.pdf")
    )


def test_minutes_list_a_quality_review_with_its_kind_and_protocol(
    sqlite_db, actor, tmp_path
) -> None:
    """Issue 17: a "Revue qualité" item is printed with its kind, its protocol and decisions."""
    from protoedit.protocols import lifecycle as protocols

    pid, _vid, _ = protocols.create_protocol(sqlite_db, actor, "DIAB-01", "Diabète de type 2")
    mid, _ = meetings.create_meeting(sqlite_db, actor, MeetingInput(starts_at=WHEN))
    item, _ = agenda.add_item(
        sqlite_db,
        actor,
        mid,
        ItemInput(kind="quality_review", theme="Indicateurs du semestre", protocol_id=pid),
    )
    decisions.add_decision(sqlite_db, actor, item, DecisionInput("Tester un rappel SMS"))
    meetings.mark_held(sqlite_db, actor, mid)
    meetings.close_meeting(sqlite_db, actor, mid)
    text = flat(write_minutes(sqlite_db, mid, tmp_path / "cr.pdf"))
    assert "Revue qualité" in text and "Indicateurs du semestre" in text
    assert "Protocole : Diabète de type 2" in text and "Tester un rappel SMS" in text
    agenda_text = flat(write_agenda(sqlite_db, mid, tmp_path / "odj.pdf"))
    assert "Revue qualité" in agenda_text
