"""Protocol PDFs built from versions made through the core: the marking of each status, the
placeholders of a validated copy, and the bedside memo's "Qui appeler"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from protoedit.export.protocol_data import protocol_print
from protoedit.export.protocol_pdf import build_memo_pdf, build_protocol_pdf
from protoedit.protocols import approvals
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Step
from tests.export.pdftools import pdf_text, pdf_words
from tests.factories import (
    ACTOR,
    PIN,
    Crew,
    add_pro,
    approve_version,
    approved_protocol,
    complete_content,
    draft_protocol,
)


@pytest.fixture
def crew(db) -> Crew:
    return Crew(
        add_pro(db, ACTOR, "Bernard", "medecin_generaliste", "Loïc", PIN, phone="04 76 11 22 33"),
        add_pro(db, ACTOR, "Faure", "infirmier", "Maëlle", PIN, phone="06 12 34 56 78"),
    )


def content(**sections: str) -> Content:
    return complete_content(
        "Moins d'hospitalisations",
        "Prise de poids > 2 kg : appeler le médecin",
        [
            Step("Repérer", ["infirmier"], "", "Peser le patient", "À chaque visite"),
            Step("Évaluer", ["medecin_generaliste"], "Dr Loïc Bernard", "Adapter le traitement"),
            Step(
                "Avis",
                ["medecin_specialiste"],
                "Dr Nadia Chevalier (partenaire)",
                "Avis cardiologique",
                alert="Dyspnée",
            ),
        ],
        **sections,
    )


def text_of(db, version_id: int, out: Path) -> str:
    return pdf_words(build_protocol_pdf(protocol_print(db, version_id), out))


def test_each_status_has_its_own_marking(db, crew, tmp_path: Path) -> None:
    pid, v1 = draft_protocol(db, ACTOR, "ICC-01", "Insuffisance cardiaque", content(), crew.signers)
    assert "BROUILLON" in text_of(db, v1, tmp_path / "draft.pdf")
    approvals.submit(db, ACTOR, v1)
    assert "BROUILLON" in text_of(db, v1, tmp_path / "review.pdf")
    approvals.approve(db, ACTOR, v1, crew.doctor, PIN, "")
    approvals.approve(db, ACTOR, v1, crew.nurse, PIN, "")
    approved_text = text_of(db, v1, tmp_path / "approved.pdf")
    assert "BROUILLON" not in approved_text and "REMPLACÉ" not in approved_text
    v2, _ = protocols.revise(db, ACTOR, pid, "Nouveaux seuils")
    approve_version(db, ACTOR, v2, crew.signers)
    old = text_of(db, v1, tmp_path / "superseded.pdf")
    assert "REMPLACÉ : une version plus récente existe" in old
    assert "BROUILLON" not in old and "ARCHIVÉ" not in old
    protocols.archive(db, ACTOR, pid)
    gone = text_of(db, v2, tmp_path / "archived.pdf")
    assert "ARCHIVÉ : protocole retiré, ne plus l'appliquer" in gone
    assert "BROUILLON" not in gone and "REMPLACÉ" not in gone


def test_validated_copy_leaves_empty_optional_sections_out(db, crew, tmp_path: Path) -> None:
    body = content(problem="Des œdèmes non signalés")
    body.indicators, body.references = [], []
    pid, vid = draft_protocol(db, ACTOR, "ICC-01", "Insuffisance cardiaque", body, crew.signers)
    drafted = text_of(db, vid, tmp_path / "draft.pdf")
    assert drafted.count("À compléter") >= 8  # nine empty optional sections, no indicator...
    for title in (
        "Questions des professionnels",
        "Messages clés",
        "Indicateurs d'évaluation",
        "Références",
    ):
        assert title in drafted
    approve_version(db, ACTOR, vid, crew.signers)
    final = text_of(db, vid, tmp_path / "approved.pdf")
    assert "À compléter" not in final
    for title in (
        "Questions des professionnels",
        "Messages clés",
        "Indicateurs d'évaluation",
        "Références",
    ):
        assert title not in final, title
    for kept in (
        "Problème identifié",
        "œdèmes",
        "Objectifs",
        "Signes d'alerte et orientation",
        "Étapes : qui fait quoi, quand, comment",
        "Validation",
    ):
        assert kept in final, kept


def test_memo_calls_each_person_once_with_a_phone(db, crew, tmp_path: Path) -> None:
    add_pro(
        db, ACTOR, "Chevalier", "medecin_specialiste", "Nadia", phone="04 76 99 88 77", partner=True
    )
    kine = add_pro(
        db,
        ACTOR,
        "Martin",
        "masseur_kinesitherapeute",
        "Yves",
        phone="04 76 00 00 02",
        partner=True,
    )
    pharma = add_pro(
        db, ACTOR, "Aubert", "pharmacien", "Zoé", phone="04 76 00 00 01"
    )  # in the group, no step
    body = content()
    body.steps.append(Step("Rééduquer", ["masseur_kinesitherapeute"], "Yves Martin", "Marche"))
    _, vid, _ = protocols.create_protocol(db, ACTOR, "ICC-01", "Insuffisance cardiaque")
    protocols.save_draft(db, ACTOR, vid, body, [crew.doctor, crew.nurse, pharma, kine], None, 1)
    approve_version(db, ACTOR, vid, crew.signers)
    raw = pdf_text(build_memo_pdf(protocol_print(db, vid), "infirmier", tmp_path / "memo.pdf"))
    text = " ".join(raw.split())
    calls = text[text.index("Qui appeler") :]
    assert calls.count("Loïc Bernard") == 1  # referent and group member: one line
    assert "Loïc Bernard — Médecin généraliste — tél. 04 76 11 22 33" in calls
    assert "Nadia Chevalier — Médecin spécialiste (partenaire) — tél. 04 76 99 88 77" in calls
    assert (
        "Yves Martin — Masseur-kinésithérapeute · partenaire extérieur — tél. 04 76 00 00 02"
        in calls
    )
    assert "Aubert" not in text  # a pharmacist has no step
    assert "Maëlle Faure" not in calls  # the memo's own profession
    assert "))" not in text
    bullets = [line for line in raw.splitlines() if line.strip().startswith("•")]
    names = [re.split(r" — ", b.strip("• ").strip())[0] for b in bullets]
    assert len(names) == len(set(names)) == 3, bullets


def test_memo_referent_not_in_the_team_prints_as_typed(db, crew, tmp_path: Path) -> None:
    body = content()
    body.steps[0].referent = "Cabinet infirmier du Drac"
    _, vid = approved_protocol(db, ACTOR, "ICC-01", "Insuffisance cardiaque", body, crew.signers)
    text = " ".join(
        pdf_text(
            build_memo_pdf(protocol_print(db, vid), "medecin_generaliste", tmp_path / "memo.pdf")
        ).split()
    )
    calls = text[text.index("Qui appeler") :]
    assert "Cabinet infirmier du Drac — référent : Repérer" in calls
    assert "Maëlle Faure — Infirmier(ère) (IDE) — tél. 06 12 34 56 78" in calls
    assert "Dr Nadia Chevalier (partenaire) — référent : Avis" in calls
