"""User Markdown parsed once, the Python-Markdown way: raw HTML is text, only web links; HTML for
Qt previews sanitised by nh3 as a second wall."""

from __future__ import annotations

import html
import threading
import xml.etree.ElementTree as ET

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from protoedit.textclean import strip_control

SAFE_SCHEMES = ("http://", "https://", "mailto:")
_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "a",
    "span",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
_ATTRIBUTES = {"a": {"href"}, "th": {"align", "style"}, "td": {"align", "style"}}


class _Sanitize(Treeprocessor):  # type: ignore[misc]  # Markdown has no type stubs (Any)
    """Images become their alt text; links keep only web and mail targets; an "&" the user
    typed stays an "&" (Markdown's serialiser keeps anything that looks like an entity)."""

    def run(self, root: ET.Element) -> None:
        for el in root.iter():
            if el.text and el.tag != "code":  # code spans are escaped by Markdown already
                el.text = el.text.replace("&", "&amp;")
            if el.tail:
                el.tail = el.tail.replace("&", "&amp;")
        for parent in root.iter():
            for i, child in enumerate(list(parent)):
                if child.tag == "img":
                    span = ET.Element("span")
                    span.text = child.get("alt", "")
                    span.tail = child.tail
                    parent.remove(child)
                    parent.insert(i, span)
                elif child.tag == "a":  # automail hrefs come obfuscated as entities
                    href = html.unescape(child.get("href", "").replace(AMP_SUBSTITUTE, "&"))
                    child.set("href", href)
                    if not href.lower().startswith(SAFE_SCHEMES):
                        child.attrib.pop("href", None)
                        child.tag = "span"


class _SafeExtension(Extension):  # type: ignore[misc]  # Markdown has no type stubs (Any)
    """Raw HTML and entities are not Markdown here: their handlers are removed, so what the user
    typed is escaped by Markdown itself and prints as typed."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        md.treeprocessors.register(_Sanitize(md), "protoedit_sanitize", 1)  # before unescape


_local = threading.local()


def _parser() -> markdown.Markdown:
    """One parser per thread (building one costs more than converting a section)."""
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = markdown.Markdown(
            extensions=["tables", "sane_lists", _SafeExtension()], output_format="xhtml"
        )
    return md.reset()


def markdown_xhtml(text: str) -> str:
    """The user's Markdown as XHTML (well-formed: the PDF builder parses it as XML)."""
    xhtml: str = _parser().convert(strip_control(text or ""))
    return xhtml


def markdown_tree(text: str) -> ET.Element:
    """The parsed document as an element tree under a <root> element."""
    return ET.fromstring(f"<root>{markdown_xhtml(text)}</root>")


def markdown_to_html(text: str) -> str:
    """Render user Markdown as HTML for Qt: any markup the user typed shows as plain text."""
    return nh3.clean(
        markdown_xhtml(text),
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
    )
