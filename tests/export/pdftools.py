"""Helpers to read PDFs in tests: text via pdftotext, fonts via pdffonts, pages via pypdf."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        cols = line.split()
        emb = cols[-5] if len(cols) >= 7 else "no"
        fonts.append((cols[0], emb == "yes"))
    return fonts


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def pdf_words(path: Path) -> str:
    """All the text of every page through pypdf, whitespace folded: unlike pdftotext, it keeps
    a rotated watermark ("BROUILLON") in one piece."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
