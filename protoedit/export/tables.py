"""Table helpers shared by the PDF builders: a grid of wrapped cells with a header row, and
column widths that never force a word to be cut in the middle."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Paragraph, Table, TableStyle

from protoedit.export.fonts import SANS
from protoedit.export.hyphenation import piece_width, word_width
from protoedit.export.page import TEXT_WIDTH
from protoedit.export.typography import esc

HEAD_BG = colors.HexColor("#E8EEF5")
GRID = colors.HexColor("#999999")
PAD = 3  # left and right cell padding, points
MIN_SCALE = 0.7  # type shrinks at most this far before words would be cut
WIDE = 0.35  # a column never asks more than this share of the table for one word (an address)

Cells = Sequence[Sequence[Paragraph]]


def _need(cell: Paragraph, whole: bool) -> float:
    """Narrowest width (padding included) `cell` wraps to: whole words, or hyphenated pieces
    (header cells, whose style has no dictionary, break only at their own hyphens)."""
    hyph = cell.style.hyphenationLang or None
    widest = 0.0
    for frag in cell.frags:
        text = getattr(frag, "text", "")
        if whole:
            widest = max(widest, word_width(text, frag.fontName, frag.fontSize))
        else:
            widest = max(widest, piece_width(text, frag.fontName, frag.fontSize, hyph))
    return widest + 2 * PAD + 0.5


def _spread(base: list[float], need: list[float]) -> list[float] | None:
    """Widen the columns below their need, taking the room from those with some to spare;
    None when the spare room is not enough."""
    deficit = sum(max(0.0, n - b) for b, n in zip(base, need, strict=True))
    if deficit <= 0:
        return base
    slack = [max(0.0, b - n) for b, n in zip(base, need, strict=True)]
    spare = sum(slack)
    if spare < deficit:
        return None
    return [
        max(b, n) if n > b else b - s * deficit / spare
        for b, n, s in zip(base, need, slack, strict=True)
    ]


def _column_needs(rows: Cells, width: float, whole: bool) -> list[float]:
    columns = zip_longest(*rows)  # a short row just has fewer cells
    return [
        min(WIDE * width, max(_need(c, whole) for c in col if c is not None)) for col in columns
    ]


def fit_widths(
    rows: Cells, widths: list[float] | None, width: float = TEXT_WIDTH
) -> tuple[list[float], float]:
    """Column widths where every word fits whole if possible, else hyphenated; when even that
    is too wide, the type scale (< 1) that makes it fit."""
    n = max((len(r) for r in rows), default=0)
    if not n:
        return list(widths or []), 1.0
    base = list(widths) if widths else [width / n] * n
    total = sum(base)
    for whole in (True, False):
        spread = _spread(base, _column_needs(rows, total, whole))
        if spread is not None:
            return spread, 1.0
    need = _column_needs(rows, total, False)
    text = sum(need) - n * 2 * PAD
    scale = max(MIN_SCALE, (total - n * 2 * PAD) / text) if text > 0 else 1.0
    scaled = [(x - 2 * PAD) * scale + 2 * PAD for x in need]
    return _spread(base, scaled) or [total * x / sum(scaled) for x in scaled], scale


def _scaled(cell: Paragraph, scale: float) -> Paragraph:
    s = cell.style
    style = ParagraphStyle(
        f"{s.name}-{scale:.2f}", parent=s, fontSize=s.fontSize * scale, leading=s.leading * scale
    )
    return Paragraph(cell.text, style)


def fitted_table(
    rows: list[list[Paragraph]], widths: list[float] | None = None, **kwargs: Any
) -> Table:
    """A Table of Paragraph cells whose columns fit their words (see `fit_widths`)."""
    widths, scale = fit_widths(rows, widths)
    if scale < 1:
        rows = [[_scaled(c, scale) for c in row] for row in rows]
    return Table(rows, colWidths=widths, **kwargs)


def grid(
    header: list[str] | None,
    rows: list[list[str]],
    ss: StyleSheet1,
    widths: list[float] | None = None,
    highlight_rows: set[int] | None = None,
) -> Table:
    """A table of plain-text cells (escaped here), header repeated on each page."""
    data = [[Paragraph(esc(h), ss["cellhead"]) for h in header]] if header else []
    data += [[Paragraph(esc(c).replace("\n", "<br/>"), ss["cell"]) for c in row] for row in rows]
    table = fitted_table(data, widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *([("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)] if header else []),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ]
    for r in highlight_rows or ():
        row = r + 1 if header else r
        style.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#FFF3C4")))
    table.setStyle(TableStyle(style))
    return table
