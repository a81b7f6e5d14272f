"""The page template shared by every PDF: header, footer with page X / Y, watermark, banners."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from protoedit.export import ExportCancelled
from protoedit.export.atomic import atomic_path
from protoedit.export.data import DocHeader
from protoedit.export.fonts import MONO, SANS, SANS_BOLD, register_fonts
from protoedit.export.hyphenation import hyphenator
from protoedit.export.labels import QT_TRANSLATE_NOOP, status_label, t

MARGIN = 16 * mm
HEADER_H = 14 * mm
FOOTER_H = 14 * mm
TEXT_WIDTH = A4[0] - 2 * MARGIN - 12  # inside the body frame's 6 pt paddings
GREY = colors.HexColor("#555555")
HEADER_SIZE = 8
HEADER_GAP = 6 * mm  # at least this much between the structure name and the title

L_VERSION = QT_TRANSLATE_NOOP("pdf", "Version {n}")
L_APPROVED = QT_TRANSLATE_NOOP("pdf", "Validé le {date}")
L_REVIEW = QT_TRANSLATE_NOOP("pdf", "Révision le {date}")
L_PAGE = QT_TRANSLATE_NOOP("pdf", "page {x} / {y}")
L_PRINTED = QT_TRANSLATE_NOOP("pdf", "Imprimé le {date}")
L_DRAFT = QT_TRANSLATE_NOOP("pdf", "BROUILLON")
L_SUPERSEDED = QT_TRANSLATE_NOOP("pdf", "REMPLACÉ : une version plus récente existe")
L_ARCHIVED = QT_TRANSLATE_NOOP("pdf", "ARCHIVÉ : protocole retiré, ne plus l'appliquer")
L_CONFIDENTIAL = QT_TRANSLATE_NOOP("pdf", "CONFIDENTIEL : données de santé")
Progress = Callable[[int, int], None] | None  # flowables laid out, flowables in all
Cancel = Callable[[], bool] | None  # True stops the build (ExportCancelled)


def styles(scale: float = 1.0, lang: str = "fr") -> StyleSheet1:
    """Paragraph styles in DejaVu Sans; `scale` shrinks everything (one-page memos).

    Long words break only at a hyphen (the dictionary's of `lang`, or their own), tried again
    at the start of the next line before any cut (embeddedHyphenation=2); table headers break
    only at their own hyphens (tables.fit_widths makes their columns wide enough)."""
    register_fonts()
    s = StyleSheet1()
    base = 9.5 * scale
    s.add(
        ParagraphStyle(
            "body",
            fontName=SANS,
            fontSize=base,
            leading=base * 1.3,
            alignment=TA_LEFT,
            spaceAfter=3 * scale,
            hyphenationLang=hyphenator(lang),
            embeddedHyphenation=2,
            uriWasteReduce=0.3,
        )
    )
    s.add(ParagraphStyle("small", parent=s["body"], fontSize=base * 0.85, leading=base * 1.1))
    s.add(
        ParagraphStyle(
            "cell", parent=s["body"], fontSize=base * 0.85, leading=base * 1.05, spaceAfter=0
        )
    )
    s.add(ParagraphStyle("cellhead", parent=s["cell"], fontName=SANS_BOLD, hyphenationLang=""))
    s.add(ParagraphStyle("missing", parent=s["body"], textColor=colors.HexColor("#888888")))
    s.add(
        ParagraphStyle(
            "mono", parent=s["body"], fontName=MONO, fontSize=base * 0.9, hyphenationLang=""
        )
    )
    s.add(ParagraphStyle("quote", parent=s["body"], leftIndent=8 * mm, textColor=GREY))
    s.add(
        ParagraphStyle(
            "title",
            parent=s["body"],
            fontName=SANS_BOLD,
            fontSize=base * 1.9,
            leading=base * 2.3,
            spaceAfter=6 * scale,
            hyphenationLang="",
        )
    )
    for level, size in ((1, 1.5), (2, 1.3), (3, 1.15), (4, 1.05), (5, 1.0), (6, 1.0)):
        s.add(
            ParagraphStyle(
                f"h{level}",
                parent=s["body"],
                fontName=SANS_BOLD,
                fontSize=base * size,
                leading=base * size * 1.25,
                spaceBefore=6 * scale,
                spaceAfter=3 * scale,
                keepWithNext=1,
                hyphenationLang="",
            )
        )
    return s


def _numbered_canvas(header: DocHeader) -> type[Canvas]:
    """A canvas that knows the page count, to print "page X / Y" on every page."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type stubs (Any)
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = SANS  # no stray non-embedded Helvetica
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._draw_page_number(total)
                super().showPage()
            super().save()

        def _draw_page_number(self, total: int) -> None:
            self.setFont(SANS, 7.5)
            self.setFillColor(GREY)
            self.drawRightString(
                A4[0] - MARGIN,
                FOOTER_H - 4 * mm,
                t(L_PAGE, header.lang).format(x=self._pageNumber, y=total),
            )

    return NumberedCanvas


def _banners(header: DocHeader) -> list[tuple[str, colors.Color]]:
    """The coloured bands under the header: archived or superseded copy, confidential data."""
    lang, out = header.lang, []
    if header.archived:
        out.append((t(L_ARCHIVED, lang), colors.HexColor("#424242")))
    elif header.superseded:
        out.append((t(L_SUPERSEDED, lang), colors.HexColor("#B00020")))
    if header.confidential:
        out.append((t(L_CONFIDENTIAL, lang), colors.HexColor("#6A1B9A")))
    return out


def elide(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with "…" so that it is at most `width` points wide in `font`."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…" if low else ""


def header_texts(structure: str, title: str, width: float) -> tuple[str, str]:
    """The running header's two texts, elided so that they never overlap.

    The title (right, bold) has priority; the structure name (left) keeps at least two fifths
    of the line when the title is long.
    """
    register_fonts()
    room = width - HEADER_GAP
    left_w = stringWidth(structure, SANS, HEADER_SIZE)
    right_w = stringWidth(title, SANS_BOLD, HEADER_SIZE)
    if left_w + right_w <= room:
        return structure, title
    left_room = max(min(left_w, room * 0.4), room - right_w)
    return (
        elide(structure, SANS, HEADER_SIZE, left_room),
        elide(title, SANS_BOLD, HEADER_SIZE, room - left_room),
    )


def _draw_static(canvas: Canvas, header: DocHeader) -> None:
    lang = header.lang
    w, h = A4
    canvas.saveState()
    if header.needs_watermark:
        canvas.setFont(SANS_BOLD, 90)
        canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
        canvas.translate(w / 2, h / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, t(L_DRAFT, lang))
        canvas.rotate(-45)
        canvas.translate(-w / 2, -h / 2)
    canvas.setFillColor(GREY)
    left, right = header_texts(
        header.structure_name, f"{header.code} — {header.title}", w - 2 * MARGIN
    )
    canvas.setFont(SANS, HEADER_SIZE)
    canvas.drawString(MARGIN, h - MARGIN + 2 * mm, left)
    canvas.setFont(SANS_BOLD, HEADER_SIZE)
    canvas.drawRightString(w - MARGIN, h - MARGIN + 2 * mm, right)
    canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
    canvas.line(MARGIN, h - MARGIN, w - MARGIN, h - MARGIN)
    y = h - MARGIN - 6 * mm
    for text, color in _banners(header):
        canvas.setFillColor(color)
        canvas.rect(MARGIN, y - 1.5 * mm, w - 2 * MARGIN, 5.5 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(SANS_BOLD, 8.5)
        canvas.drawCentredString(w / 2, y, text)
        y -= 6.5 * mm
    parts = []
    if header.version_number is not None:
        parts.append(t(L_VERSION, lang).format(n=header.version_number))
    parts.append(status_label(header.status, lang))
    if header.approved_on:
        parts.append(t(L_APPROVED, lang).format(date=header.approved_on.strftime("%d/%m/%Y")))
    if header.review_due:
        parts.append(t(L_REVIEW, lang).format(date=header.review_due.strftime("%d/%m/%Y")))
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 7.5)
    canvas.line(MARGIN, FOOTER_H, w - MARGIN, FOOTER_H)
    canvas.drawString(MARGIN, FOOTER_H - 4 * mm, " · ".join(parts))
    printed = t(L_PRINTED, lang).format(date=header.printed_on.strftime("%d/%m/%Y %H:%M"))
    if header.fingerprint:
        printed += f" · {header.fingerprint}"
    canvas.drawString(MARGIN, FOOTER_H - 8 * mm, printed)
    canvas.restoreState()


class DocTemplate(BaseDocTemplate):  # type: ignore[misc]  # ReportLab has no type stubs (Any)
    """A4 document with the shared header/footer; reports progress and honours cancel."""

    def __init__(
        self,
        target: Path | Any,
        header: DocHeader,
        progress: Progress = None,
        cancel: Cancel = None,
        total_hint: int = 0,
    ) -> None:
        register_fonts()
        banners = len(_banners(header))
        super().__init__(
            str(target) if isinstance(target, Path) else target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm + banners * 6.5 * mm,
            bottomMargin=FOOTER_H + 4 * mm,
            title=f"{header.code} — {header.title}",
            author=header.structure_name,
            creator="ProtoEdit",
        )
        self.header = header
        self._progress, self._cancel = progress, cancel
        self._done, self._total = 0, total_hint
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [PageTemplate("page", [frame], onPage=lambda c, _d: _draw_static(c, header))]
        )

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - ReportLab API
        self._done += 1
        if self._cancel is not None and self._cancel():
            raise ExportCancelled()
        if self._progress is not None and self._done % 10 == 0:
            self._progress(self._done, max(self._total, self._done))

    def build_story(self, story: list[Flowable]) -> int:
        """Build; returns the number of pages."""
        self._total = self._total or len(story)
        self.build(story, canvasmaker=_numbered_canvas(self.header))
        if self._progress is not None:
            self._progress(self._total, self._total)
        pages: int = self.page
        return pages


def write_story(
    story: list[Flowable],
    header: DocHeader,
    out: Path,
    progress: Progress = None,
    cancel: Cancel = None,
) -> int:
    """Build `story` into `out` atomically (a cancelled or failed build leaves no file);
    returns the number of pages."""
    with atomic_path(Path(out)) as tmp:
        return DocTemplate(tmp, header, progress, cancel, len(story)).build_story(story)


def save_story(
    story: list[Flowable],
    header: DocHeader,
    out: Path,
    progress: Progress,
    cancel: Cancel,
    log: logging.Logger,
    name: str,
) -> Path:
    """`write_story`, then "<name> written: N pages" in `log`; returns the file's path."""
    pages = write_story(story, header, Path(out), progress, cancel)
    log.info("%s written: %d pages", name, pages)
    return Path(out)
