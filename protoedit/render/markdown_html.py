"""Markdown to safe HTML for Qt previews: raw HTML shown as text, no images, only web links."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SAFE_SCHEMES = ("http://", "https://", "mailto:")


class _Sanitize(Treeprocessor):
    """Images become their alt text; links keep only web and mail targets."""

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for i, child in enumerate(list(parent)):
                if child.tag == "img":
                    span = ET.Element("span")
                    span.text = child.get("alt", "")
                    span.tail = child.tail
                    parent.remove(child)
                    parent.insert(i, span)
                elif child.tag == "a":
                    href = child.get("href", "")
                    if not href.lower().startswith(SAFE_SCHEMES):
                        child.attrib.pop("href", None)
                        child.tag = "span"


class _SafeExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        md.treeprocessors.register(_Sanitize(md), "protoedit_sanitize", 0)


def escape_raw_html(text: str) -> str:
    """Make every tag and entity the user typed literal before Markdown sees it.

    `>` stays as typed: it cannot open a tag, and Markdown needs it for block quotes.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;")


def markdown_to_html(text: str) -> str:
    """Render user Markdown as HTML that shows any markup the user typed as plain text."""
    clean = _CONTROL.sub("", text or "")
    md = markdown.Markdown(extensions=["tables", "sane_lists", _SafeExtension()])
    return md.convert(escape_raw_html(clean))
