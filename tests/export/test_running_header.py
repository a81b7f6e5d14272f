"""The running header: the structure name and the title never overprint (issue 14 #13)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from protoedit.export.fonts import SANS, SANS_BOLD
from protoedit.export.page import HEADER_GAP, HEADER_SIZE, MARGIN, header_texts

WIDTH = A4[0] - 2 * MARGIN


def _widths(left: str, right: str) -> float:
    return (
        stringWidth(left, SANS, HEADER_SIZE)
        + HEADER_GAP
        + stringWidth(right, SANS_BOLD, HEADER_SIZE)
    )


def test_short_texts_are_kept_whole() -> None:
    assert header_texts("MSP Nord", "PC-1 — Angine", WIDTH) == ("MSP Nord", "PC-1 — Angine")


def test_long_structure_and_title_are_elided_without_overlap() -> None:
    structure = "Maison de santé pluriprofessionnelle universitaire du Grand Val d'Oise " * 2
    title = "PC-ODYNOPHAGIE — Odynophagie (douleur de gorge à la déglutition) chez l'adulte " * 2
    left, right = header_texts(structure, title, WIDTH)
    assert _widths(left, right) <= WIDTH
    assert left.endswith("…") and right.endswith("…")
    assert left.startswith("Maison de santé") and right.startswith("PC-ODYNOPHAGIE — Odyno")


def test_a_long_title_leaves_room_to_a_short_structure_name() -> None:
    title = "X" * 300
    left, right = header_texts("MSP Nord", title, WIDTH)
    assert left == "MSP Nord" and right.endswith("…")
    assert _widths(left, right) <= WIDTH
