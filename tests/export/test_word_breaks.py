"""Word breaking in PDF tables: a word is printed whole, or broken after a hyphen, never cut."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from reportlab.lib.units import mm

from protoedit.export.data import DocHeader, ProtocolPrint
from protoedit.export.hyphenation import piece_width
from protoedit.export.page import DocTemplate, styles
from protoedit.export.protocol_pdf import build_protocol_pdf
from protoedit.export.tables import fit_widths, grid
from protoedit.protocols.content import Content, Step
from tests.export.pdftools import pdf_text
from tests.export.test_cooperation_pdf import lombalgie  # noqa: F401 - fixture

HEAD = ["Médicament", "Contre-indication", "Résultat", "Réévaluations", "Satisfaits"]
ROW = [
    "Furosémide",
    "contre-indication absolue en cas d'hypokaliémie",
    "Résultat attendu",
    "Kinésithérapeute",
    "Surveillance",
]


def cut_words(pdf: Path, texts: list[str]) -> list[str]:
    """Beginnings of the words of `texts` that the PDF shows cut without a hyphen ("Résulta"):
    a word is whole, or its pieces end with "-" at the end of a line (an address with "/")."""
    words = {w for t in texts for w in re.split(r"[ \n]+", t) if len(w) > 2}
    tokens = set(pdf_text(pdf).split())

    def cut(token: str, word: str) -> bool:  # the rest of the word starts another token
        rest = word[len(token) :]
        return any(rest.startswith(other) for other in tokens)

    return sorted(
        token
        for token in tokens - words
        if not token.endswith(("-", "/"))
        and any(w.startswith(token) and cut(token, w) for w in words)
    )


def build(story: list, out: Path) -> Path:
    DocTemplate(
        out, DocHeader("MSP des Écrins", "T-01", "Tableaux", status="approved")
    ).build_story(story)
    return out


def test_narrow_columns_break_words_only_at_hyphens(tmp_path: Path) -> None:
    ss = styles()
    story = [
        grid(HEAD, [ROW], ss, widths=[w * mm for w in widths])
        for widths in ((40, 14, 12, 12, 100), (16, 16, 16, 16, 16), (60, 12, 12, 12, 82))
    ]
    out = build(story, tmp_path / "narrow.pdf")
    assert cut_words(out, HEAD + ROW) == []
    text = pdf_text(out)
    assert "contre-indicat ion" not in text and "Résulta t" not in text.replace("\n", " ")


def test_columns_widen_for_a_whole_word_when_others_have_room() -> None:
    ss = styles()
    cells = grid(HEAD, [ROW], ss, widths=[w * mm for w in (40, 14, 12, 12, 100)])
    header = ss["cellhead"]
    widths = cells._argW
    # "Résultat" and "Réévaluations" fit whole on one line of their columns.
    for i, word in ((2, "Résultat"), (3, "Réévaluations")):
        assert widths[i] >= piece_width(word, header.fontName, header.fontSize, None) + 6
    assert abs(sum(widths) - 178 * mm) < 0.01  # the table keeps its width


def test_too_narrow_table_shrinks_its_type_rather_than_cutting() -> None:
    ss = styles()
    from reportlab.platypus import Paragraph

    rows = [[Paragraph("Réévaluations", ss["cellhead"])] * 6]
    widths, scale = fit_widths(rows, [10 * mm] * 6)
    assert scale < 1 and abs(sum(widths) - 60 * mm) < 0.01


def test_markdown_table_and_steps_in_a_protocol(tmp_path: Path) -> None:
    table = (
        "| Médicament | Contre-indication | Posologie | Résultat | Surveillance | Remarques "
        "| Kinésithérapeute | Source |\n|---|---|---|---|---|---|---|---|\n"
        "| Furosémide | contre-indication absolue : hypokaliémie | 40 mg | Résultat attendu "
        "| Kaliémie hebdomadaire | Réévaluation systématique | oui "
        "| https://www.has-sante.fr/jcms/c_2888000/fr/insuffisance |"
    )
    step = Step(
        "Réévaluation",
        ["masseur_kinesitherapeute", "medecin_specialiste"],
        "Dr Nadia Chevalier-Montgolfier",
        "Contre-indications médicamenteuses",
        "Hebdomadairement",
        "Électrocardiogramme",
        "Établissement",
        "Hypokaliémie",
    )
    doc = ProtocolPrint(
        DocHeader("MSP des Écrins", "T-01", "Tableaux", 1, "approved"),
        content=Content(sections={"critical_points": table}, steps=[step]),
    )
    out = build_protocol_pdf(doc, tmp_path / "p.pdf")
    texts = [
        table.replace("|", " "),
        step.referent,
        step.what,
        step.when,
        step.how,
        step.where,
        step.alert,
        "Masseur-kinésithérapeute Médecin spécialiste (partenaire)",
    ]
    assert cut_words(out, texts) == []


def test_cooperation_report_headers_stay_whole(
    sqlite_db,
    actor,
    lombalgie,  # noqa: F811
    tmp_path,
) -> None:
    from protoedit.cooperation import declarations as coop
    from protoedit.export.cooperation_print import L
    from protoedit.export.cooperation_report import write_yearly_report
    from protoedit.export.labels import t

    coop.save_tally(
        sqlite_db,
        actor,
        lombalgie["decl"],
        coop.TallyInput(
            dt.date(2025, 4, 1), patients_included=48, acts_by_delegues=50, acts_taken_back=5
        ),
    )
    for lang in ("fr", "en"):
        out = write_yearly_report(
            sqlite_db, lombalgie["decl"], 2025, tmp_path / f"{lang}.pdf", lang=lang
        )
        heads = [t(L[k], lang) for k in ("indicator", "formula", "calc", "result", "month")]
        heads += t(L["m_cols"], lang).split("|")
        assert cut_words(out, heads) == [], lang
        assert ("Résultat" if lang == "fr" else "Result") in pdf_text(out).split()
