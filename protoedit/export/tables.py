"""Table helpers shared by the PDF builders: a grid of wrapped cells with a header row."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Paragraph, Table, TableStyle

from protoedit.export.fonts import SANS
from protoedit.render.markdown_pdf import esc

HEAD_BG = colors.HexColor("#E8EEF5")
GRID = colors.HexColor("#999999")


def grid(header: list[str] | None, rows: list[list[str]], ss: StyleSheet1, widths: list[float] | None = None,
         highlight_rows: set[int] | None = None) -> Table:
    """A table of plain-text cells (escaped here), header repeated on each page."""
    data = [[Paragraph(esc(h), ss["cellhead"]) for h in header]] if header else []
    data += [[Paragraph(esc(c).replace("\n", "<br/>"), ss["cell"]) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("FONTNAME", (0, 0), (-1, -1), SANS), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             *([("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)] if header else []),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for r in highlight_rows or ():
        row = r + 1 if header else r
        style.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#FFF3C4")))
    table.setStyle(TableStyle(style))
    return table
