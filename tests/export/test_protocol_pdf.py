"""Protocol PDFs: content, French typography, footer, watermark, fonts, safety, memo, atomicity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from protoedit.export import ExportCancelled
from protoedit.export.data import Contact, DocHeader, ProtocolPrint, fingerprint
from protoedit.export.protocol_pdf import build_memo_pdf, build_protocol_pdf
from protoedit.protocols.content import SECTION_KEYS, Content, Indicator, Reference, Step
from tests.export.pdftools import page_count, pdf_fonts, pdf_text


def sample(status: str = "approved", superseded: bool = False, **overrides) -> ProtocolPrint:
    content = Content(
        sections={
            "problem": "Des **œdèmes** non signalés ; coût : 25 € par patient.",
            "objectives": "- Réduire les hospitalisations\n    - de 20 %\n1. premier\n2. second",
            "inclusion": "Patients « fragiles » de plus de 75 ans",
            "alert_signs": "Prise de poids > 2 kg en 3 jours → appeler le médecin ✓",
        },
        steps=[
            Step(
                "Repérer",
                ["infirmier"],
                "Dr Hélène Roux",
                "Peser le patient",
                "À chaque visite",
                "Balance",
                "Domicile",
                "Poids +2 kg",
            ),
            Step(
                "Évaluer",
                ["medecin_generaliste", "pharmacien"],
                "",
                "Adapter le traitement",
                "Sous 48 h",
                "Consultation",
                "Cabinet",
                "",
            ),
        ],
        indicators=[
            Indicator(
                "Patients inclus",
                "Nombre de patients sous protocole",
                "50",
                "Logiciel",
                "Annuelle",
                "Coordinatrice",
            )
        ],
        references=[Reference("HAS, Insuffisance cardiaque", "2024", "https://www.has-sante.fr")],
    )
    header = DocHeader(
        "MSP des Écrins",
        "ICC-01",
        "Insuffisance cardiaque",
        3,
        status,
        approved_on=dt.date(2026, 3, 2) if status == "approved" else None,
        review_due=dt.date(2028, 3, 2),
        superseded=superseded,
        fingerprint=fingerprint(content.to_dict()),
        printed_on=dt.datetime(2026, 11, 23, 10, 5),
    )
    doc = ProtocolPrint(
        header,
        "Affections sévères",
        content,
        working_group=[("Loïc Bernard", "medecin_generaliste"), ("Maëlle Faure", "infirmier")],
        approvals=[
            (
                "Loïc Bernard",
                "medecin_generaliste",
                dt.datetime(2026, 3, 1),
                "J'approuve",
                "approve",
            )
        ],
        history=[
            (1, "superseded", dt.date(2025, 1, 1), ""),
            (3, status, dt.date(2026, 3, 2), "Mise à jour des seuils"),
        ],
        meetings=[(dt.date(2025, 12, 4), 45, "RCP de décembre")],
        team=[
            Contact(1, "Loïc", "Bernard", "medecin_generaliste", "04 76 11 22 33", in_group=True),
            Contact(2, "Maëlle", "Faure", "infirmier", "", in_group=True),
        ],
    )
    for k, v in overrides.items():
        setattr(doc, k, v)
    return doc


def test_full_protocol_text_and_footer(tmp_path: Path) -> None:
    out = build_protocol_pdf(sample(), tmp_path / "p.pdf")
    text = " ".join(pdf_text(out).split())
    for expected in (
        "ICC-01 — Insuffisance cardiaque",
        "MSP des Écrins",
        "Groupe de travail",
        "Maëlle Faure",
        "Problème identifié",
        "œdèmes",
        "25 €",
        "« fragiles »",
        "Signes d'alerte et orientation",
        "→",
        "✓",
        "Peser le patient",
        "Infirmier(ère) (IDE)",
        "Matrice qui × quand",
        "Indicateurs d'évaluation",
        "Patients inclus",
        "HAS, Insuffisance cardiaque (2024)",
        "J'approuve",
        "Historique des versions",
        "Mise à jour des seuils",
        "Version 3 · Validé",
        "Validé le 02/03/2026",
        "Révision le 02/03/2028",
        "page 1 / ",
        "Imprimé le 23/11/2026 10:05",
        sample().header.fingerprint,
    ):
        assert expected in text, expected
    assert "BROUILLON" not in text and "REMPLACÉ" not in text
    # An empty optional section is left out of a validated copy...
    assert "À compléter" not in text and "Messages clés" not in text
    # ...and prints as "À compléter" on a draft.
    drafted = " ".join(pdf_text(build_protocol_pdf(sample("draft"), tmp_path / "d.pdf")).split())
    assert drafted.count("À compléter") >= 5 and "Messages clés" in drafted
    # Sections come in HAS order.
    assert (
        text.index("Problème identifié")
        < text.index("Objectifs")
        < text.index("Signes d'alerte et orientation")
    )


def test_french_non_breaking_spaces(tmp_path: Path) -> None:
    raw = pdf_text(build_protocol_pdf(sample(), tmp_path / "p.pdf"))
    assert "25\u00a0€" in raw or "25 €" in raw.replace("\u00a0", " ")
    from protoedit.export.typography import fr_nbsp

    assert fr_nbsp("coût : 25 € « oui » !") == "coût\u00a0: 25\u00a0€ «\u00a0oui\u00a0» !".replace(
        " !", "\u00a0!"
    )


def test_fonts_are_embedded(tmp_path: Path) -> None:
    fonts = pdf_fonts(build_protocol_pdf(sample(), tmp_path / "p.pdf"))
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert all("DejaVu" in name for name, _ in fonts)


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_watermark_on_anything_not_approved(tmp_path: Path, status: str) -> None:
    from pypdf import PdfReader

    build_protocol_pdf(sample(status), tmp_path / "p.pdf")
    for page in PdfReader(str(tmp_path / "p.pdf")).pages:
        assert "BROUILLON" in page.extract_text()


def test_superseded_banner(tmp_path: Path) -> None:
    text = pdf_text(build_protocol_pdf(sample(superseded=True), tmp_path / "p.pdf"))
    assert "REMPLACÉ : une version plus récente existe" in " ".join(text.split())


MARKUP = [
    "<font size=40>GROS</font>",
    '<a href="javascript:x">lien</a>',
    '<img src="/etc/passwd">',
    "<para>",
    "]]>",
    "&amp;",
    "%(x)s",
    "{}",
    "<b>",
    "\x00\x01\x1f\x7fcontrôle",
]


def test_markup_and_control_characters_in_every_field_print_as_text(tmp_path: Path) -> None:
    evil = " ".join(MARKUP)
    content = Content(
        sections={k: evil for k in SECTION_KEYS},
        steps=[Step(evil, ["infirmier"], evil, evil, evil, evil, evil, evil)],
        indicators=[Indicator(evil, evil, evil, evil, evil, evil)],
        references=[Reference(evil, evil, evil)],
    )
    doc = sample(
        content=content,
        working_group=[(evil, "infirmier")],
        approvals=[(evil, "infirmier", dt.datetime(2026, 1, 1), evil, "approve")],
        history=[(1, "draft", dt.date(2026, 1, 1), evil)],
        meetings=[],
    )
    doc.header.title = evil
    doc.header.structure_name = evil
    out = build_protocol_pdf(doc, tmp_path / "evil.pdf")
    assert page_count(out) >= 1
    text = pdf_text(out)
    for token in (
        "<font size=40>GROS</font>",
        '<img src="/etc/passwd">',
        "<para>",
        "]]>",
        "&amp;",
        "%(x)s",
        "{}",
        "contrôle",
    ):
        assert token in text, token
    memo = build_memo_pdf(doc, "infirmier", tmp_path / "memo.pdf")
    assert "<font size=40>GROS</font>" in pdf_text(memo)


def test_memo_is_one_page_with_my_steps_and_alerts(tmp_path: Path) -> None:
    doc = sample()
    doc.content.steps *= 6  # a long protocol still fits the memo on one page
    out = build_memo_pdf(doc, "infirmier", tmp_path / "memo.pdf")
    assert page_count(out) == 1
    text = " ".join(pdf_text(out).split())
    assert "Mémo au lit du patient : Infirmier(ère) (IDE)" in text
    assert "Peser le patient" in text and "Adapter le traitement" not in text
    assert "Prise de poids > 2 kg" in text
    # Whom to call: the referent as typed, the doctor of the other step with the phone.
    assert "Dr Hélène Roux — référent : Repérer" in text
    assert "Loïc Bernard — Médecin généraliste — tél. 04 76 11 22 33" in text
    assert text.count("Loïc Bernard") == 1 and "Maëlle Faure" not in text


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    out.write_bytes(b"old copy")
    calls: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        build_protocol_pdf(
            sample(),
            out,
            progress=lambda d, t: calls.append((d, t)),
            cancel=lambda: len(calls) >= 1,
        )
    assert out.read_bytes() == b"old copy"
    assert [p.name for p in tmp_path.iterdir()] == ["p.pdf"]


def test_failed_build_keeps_old_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "p.pdf"
    out.write_bytes(b"old copy")
    from protoedit.export import protocol_pdf

    monkeypatch.setattr(protocol_pdf, "protocol_story", lambda *_a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        build_protocol_pdf(sample(), out)
    assert out.read_bytes() == b"old copy"
    assert len(list(tmp_path.iterdir())) == 1


def test_progress_is_reported(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    build_protocol_pdf(sample(), tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]


def test_english_protocol_labels_and_statuses(tmp_path: Path) -> None:
    doc = sample()
    doc.header.lang = "en"
    doc.content.sections["questions"] = ""
    text = " ".join(pdf_text(build_protocol_pdf(doc, tmp_path / "en.pdf")).split())
    for expected in ("Version 3 · Approved", "Superseded"):
        assert expected in text, expected
    for french in ("Validé", "Remplacé", "Historique des versions", "À compléter"):
        assert french not in text, french
    doc.header.status = "draft"
    drafted = " ".join(pdf_text(build_protocol_pdf(doc, tmp_path / "en-draft.pdf")).split())
    assert "To be completed" in drafted and "À compléter" not in drafted
