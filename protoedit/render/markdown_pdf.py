"""Markdown to ReportLab flowables; every character the user typed prints as text."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    ListFlowable,
    ListItem,
    Paragraph,
    Table,
    TableStyle,
)

from protoedit.export.fonts import MONO
from protoedit.export.tables import PAD, fitted_table
from protoedit.export.typography import clean, esc
from protoedit.render.markdown_html import SAFE_SCHEMES, markdown_tree

__all__ = ["clean", "esc", "markdown_flowables"]

CHUNK = 4000  # characters per Paragraph: keeps ReportLab's splitting linear on huge pastes


def _inline(el: ET.Element) -> str:
    """Paragraph markup for an element's content; only tags we generate ourselves."""
    out = [esc(el.text or "")]
    for child in el:
        inner = _inline(child)
        tag = child.tag
        if tag in ("strong", "b"):
            out.append(f"<b>{inner}</b>")
        elif tag in ("em", "i"):
            out.append(f"<i>{inner}</i>")
        elif tag == "code":
            out.append(f'<font face="{MONO}">{esc("".join(child.itertext()))}</font>')
        elif tag == "a":
            href = child.get("href", "")
            if href.lower().startswith(SAFE_SCHEMES):
                shown = f" ({escape(href)})" if href not in (child.text or "") else ""
                out.append(f'<a href={quoteattr(href)} color="#1a5fb4">{inner}</a>{shown}')
            else:
                out.append(inner)
        elif tag == "br":
            out.append("<br/>")
        else:
            out.append(inner)
        out.append(esc(child.tail or ""))
    return "".join(out)


def _paragraphs(markup: str, style: ParagraphStyle) -> list[Flowable]:
    if len(markup) <= CHUNK:
        return [Paragraph(markup, style)]
    # Huge paragraph: cut between words outside tags into several Paragraphs.
    parts, start = [], 0
    while start < len(markup):
        end = min(len(markup), start + CHUNK)
        if end < len(markup):
            space = markup.rfind(" ", start, end)
            lt, gt = markup.rfind("<", start, end), markup.rfind(">", start, end)
            if space > start and not lt > gt:
                end = space
        parts.append(markup[start:end])
        start = end
    # Only tag-free chunks are safe to split; with tags, fall back to plain text.
    if any("<" in p for p in parts):
        text = re.sub(r"<[^>]+>", "", markup)
        return [Paragraph(text[i : i + CHUNK], style) for i in range(0, len(text), CHUNK)]
    return [Paragraph(p, style) for p in parts]


def _list(el: ET.Element, ss: StyleSheet1, depth: int) -> ListFlowable:
    items = []
    for li in el:
        if li.tag != "li":
            continue
        nested = [c for c in li if c.tag in ("ul", "ol", "p")]
        if any(c.tag == "p" for c in li):
            body: list[Flowable] = []
            for c in li:
                body.extend(_block(c, ss, depth + 1))
        else:
            text_only = ET.Element("span")
            text_only.text = li.text
            for c in li:
                if c.tag not in ("ul", "ol"):
                    text_only.append(c)
            body = _paragraphs(_inline(text_only), ss["body"])
            for c in nested:
                body.append(_list(c, ss, depth + 1))
        items.append(ListItem(body, leftIndent=12))
    kind = "1" if el.tag == "ol" else "bullet"
    bullet = ("•", "◦", "▪")[depth % 3]
    return ListFlowable(
        items,
        bulletType=kind,
        start="1" if kind == "1" else bullet,
        leftIndent=12,
        bulletFontName=ss["body"].fontName,
        bulletFontSize=ss["body"].fontSize,
    )


def _table(el: ET.Element, ss: StyleSheet1) -> Table:
    rows = []
    for tr in el.iter("tr"):
        rows.append(
            [
                Paragraph(_inline(c), ss["cellhead" if c.tag == "th" else "cell"])
                for c in tr
                if c.tag in ("th", "td")
            ]
        )
    width = max((len(r) for r in rows), default=1)
    rows = [r + [Paragraph("", ss["cell"])] * (width - len(r)) for r in rows]
    t = fitted_table(rows, repeatRows=1, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ss["cell"].fontName),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ]
        )
    )
    return t


def _block(el: ET.Element, ss: StyleSheet1, depth: int = 0) -> list[Flowable]:
    tag = el.tag
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        level = min(6, int(tag[1]) + 2)  # document headings stay above user headings
        return [Paragraph(_inline(el), ss[f"h{level}"])]
    if tag == "p":
        return _paragraphs(_inline(el), ss["body"])
    if tag in ("ul", "ol"):
        return [_list(el, ss, depth)]
    if tag == "blockquote":
        out: list[Flowable] = []
        for c in el:
            for f in _block(c, ss, depth):
                if isinstance(f, Paragraph):
                    f = Paragraph(f.text, ss["quote"])
                out.append(f)
        return out
    if tag == "pre":
        text = html.unescape("".join(el.itertext()))
        return [Paragraph(esc(line) or "&nbsp;", ss["mono"]) for line in text.splitlines()]
    if tag == "table":
        return [_table(el, ss)]
    if tag == "hr":
        return [
            HRFlowable(
                width="100%",
                thickness=0.5,
                color=colors.grey,
                spaceBefore=2 * mm,
                spaceAfter=2 * mm,
            )
        ]
    return _paragraphs(_inline(el), ss["body"])


def markdown_flowables(text: str, ss: StyleSheet1) -> list[Flowable]:
    """Flowables for user Markdown; raw HTML and ReportLab markup come out as literal text."""
    root = markdown_tree(clean(text))
    story: list[Flowable] = []
    if root.text and root.text.strip():
        story.extend(_paragraphs(esc(root.text), ss["body"]))
    for el in root:
        story.extend(_block(el, ss))
    return story
