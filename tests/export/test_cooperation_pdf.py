"""Cooperation PDFs: declaration pack, team change, yearly report (text, accents, €, fonts)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from protoedit import team
from protoedit.cooperation import declarations as coop
from protoedit.export import ExportCancelled
from protoedit.export.cooperation_declaration import write_declaration_pack, write_team_change
from protoedit.export.cooperation_report import write_yearly_report
from tests.export.pdftools import page_count, pdf_fonts, pdf_text
from tests.factories import new_declaration
from tests.helpers import finess, rpps, siret

D = dt.date


def pages_of(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.split("\f")[:-1]


@pytest.fixture
def lombalgie(sqlite_db, actor) -> dict[str, int]:
    db = sqlite_db
    team.save_structure(
        db,
        actor,
        team.StructureInput(
            name="MSP des Écrins",
            finess=finess(3),
            siret=siret(4),
            legal_rep_name="Dr Aïcha Benoît",
            legal_rep_contact="aicha@msp-ecrins.fr",
        ),
    )
    ids = {}
    for key, last, first, prof, kw in (
        ("gp", "Lefèvre", "Hélène", "medecin_generaliste", {"rpps": rpps(1)}),
        ("k1", "Müller", "Jérôme", "masseur_kinesitherapeute", {"rpps": rpps(2)}),
        ("k2", "Crœux", "Anaïs", "masseur_kinesitherapeute", {"adeli": "2A1234567"}),
        ("k3", "Bézier", "Noël", "masseur_kinesitherapeute", {"rpps": rpps(4)}),
    ):
        ids[key], _ = team.add_professional(
            db,
            actor,
            team.ProfessionalInput(
                last_name=last, first_name=first, profession=prof, email="x@msp-ecrins.fr", **kw
            ),
        )
    ids["decl"] = new_declaration(db, actor, ids["gp"])
    coop.add_member(db, actor, ids["decl"], coop.MemberInput(ids["gp"], "delegant", D(2025, 2, 1)))
    coop.add_member(
        db,
        actor,
        ids["decl"],
        coop.MemberInput(ids["k1"], "delegue", D(2025, 2, 1), D(2025, 1, 10), 10),
    )
    ids["m2"], _ = coop.add_member(
        db,
        actor,
        ids["decl"],
        coop.MemberInput(ids["k2"], "delegue", D(2025, 2, 1), D(2025, 1, 10), 12),
    )
    return ids


def test_pack_follows_the_procedure_with_one_engagement_page_per_member(
    sqlite_db, lombalgie, tmp_path
) -> None:
    out = write_declaration_pack(sqlite_db, lombalgie["decl"], tmp_path / "pack.pdf")
    pages = pages_of(out)
    assert page_count(out) == len(pages) == 1 + 3 + 1
    summary = pages[0]
    order = [
        "1. Protocole de coopération",
        "Douleur lombaire aiguë de moins de 4 semaines",
        "2. Structure",
        "MSP des Écrins",
        finess(3),
        "3. Référent déclarant",
        "LEFÈVRE",
        "4. Représentant légal",
        "Dr Aïcha Benoît",
        "projet de santé",
        "5. Professionnels engagés",
        "6. Attestations sur l'honneur",
        "adhèrent volontairement",
        "en équipe",
        "compétences",
    ]
    at = 0
    for expected in order:  # laid out in the procedure's order
        at = summary.index(expected, at)
    for name in ("CRŒUX", "Anaïs", "MÜLLER", "Jérôme", f"RPPS {rpps(2)}", "ADELI 2A1234567"):
        assert name in summary
    assert "BROUILLON" not in "".join(pages) and "À corriger" not in summary
    engagements = pages[1:4]
    assert all("Engagement du professionnel" in p for p in engagements)
    assert [next(n for n in ("Lefèvre", "Crœux", "Müller") if n in p) for p in engagements] == [
        "Lefèvre",
        "Crœux",
        "Müller",
    ]
    assert "12 h attestées" in engagements[1] and "minimum requis : 10 h" in engagements[1]
    assert "Attestations du représentant légal" in pages[4] and "Dr Aïcha Benoît" in pages[4]
    assert all(embedded for _name, embedded in pdf_fonts(out))
    assert all("DejaVu" in name for name, _ in pdf_fonts(out))


def test_pack_with_problems_is_a_watermarked_draft_listing_them(
    sqlite_db, actor, lombalgie, tmp_path
) -> None:
    coop.update_member(
        sqlite_db,
        actor,
        lombalgie["m2"],
        coop.MemberInput(lombalgie["k2"], "delegue", D(2025, 2, 1), None, None),
    )
    out = write_declaration_pack(sqlite_db, lombalgie["decl"], tmp_path / "draft.pdf")
    text = pdf_text(out)
    assert all("BROUILLON" in page.extract_text() for page in PdfReader(str(out)).pages)
    assert "À corriger avant le dépôt" in text
    assert "Anaïs Crœux : Attestation de formation manquante" in text


def test_team_change_pdf(sqlite_db, actor, lombalgie, tmp_path) -> None:
    db, ids = sqlite_db, lombalgie
    coop.mark_declared(db, actor, ids["decl"], D(2025, 2, 20))
    change_id, _ = coop.record_team_change(
        db,
        actor,
        ids["decl"],
        D(2025, 9, 1),
        leaving=[ids["m2"]],
        joining=[coop.MemberInput(ids["k3"], "delegue", D(2025, 8, 25), D(2025, 8, 1), 10)],
        note="Anaïs part ; Noël la remplace.",
    )
    out = write_team_change(db, change_id, tmp_path / "change.pdf")
    pages = pages_of(out)
    first = pages[0]
    assert "Modification d'équipe" in first and "déposée le 20/02/2025" in first
    assert first.index("Arrivées") < first.index("BÉZIER") < first.index("Départs")
    assert first.index("Départs") < first.index("CRŒUX")
    roster = first[first.index("Équipe à compter du 01/09/2025") :]
    assert "BÉZIER" in roster and "MÜLLER" in roster and "CRŒUX" not in roster
    assert len(pages) == 2 and "Engagement du professionnel" in pages[1] and "Noël" in pages[1]


def test_yearly_report_formulas_euros_and_empty_rates(
    sqlite_db, actor, lombalgie, tmp_path
) -> None:
    db, did = sqlite_db, lombalgie["decl"]
    coop.save_tally(
        db,
        actor,
        did,
        coop.TallyInput(
            D(2025, 4, 1),
            patients_included=48,
            acts_by_delegues=50,
            acts_taken_back=5,
            reevaluations=10,
            adverse_events={"Retard de diagnostic": 1},
        ),
    )
    text = pdf_text(write_yearly_report(db, did, 2025, tmp_path / "bilan.pdf"))
    for expected in (
        "Bilan annuel 2025",
        "Taux de reprise",
        "Actes repris par le délégant à la demande du",
        "5 / 50",
        "10,0 %",
        "1 / 50",
        "2,0 %",
        "Retard de diagnostic",
        "Satisfaction des",
        "non calculable",  # nobody answered the satisfaction survey
        "48 × 25,00 €",
        "1 200,00 €",
        "10 × 20,00 €",
        "200,00 €",
        "1 400,00 €",
        "1 160,00 €",
        "240,00 €",
        "aucune donnée d'identité",
    ):
        assert expected in text.replace("\u00a0", " ").replace("\u202f", " "), expected
    empty = pdf_text(write_yearly_report(db, did, 2024, tmp_path / "vide.pdf"))
    assert empty.count("non calculable") == 3 and "0,00 €" in empty.replace("\u00a0", " ")


def test_cancelled_export_leaves_no_file(sqlite_db, lombalgie, tmp_path) -> None:
    out = tmp_path / "pack.pdf"
    with pytest.raises(ExportCancelled):
        write_declaration_pack(sqlite_db, lombalgie["decl"], out, cancel=lambda: True)
    assert not out.exists() and not list(tmp_path.glob(".pack.pdf.*"))


def test_yearly_report_in_english_while_the_app_speaks_french(
    sqlite_db, actor, lombalgie, tmp_path
) -> None:
    """The indicators are computed once; their names are translated for the PDF's language."""
    db, did = sqlite_db, lombalgie["decl"]
    text = pdf_text(write_yearly_report(db, did, 2024, tmp_path / "en.pdf", lang="en"))
    assert "Take-back rate" in text and "not calculable" in text
    assert "Taux de reprise" not in text and "non calculable" not in text
