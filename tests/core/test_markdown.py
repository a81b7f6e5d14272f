"""User Markdown: code spans, autolinks, raw HTML, entities and unsafe links, in HTML and PDF."""

from __future__ import annotations

import pytest

from protoedit.export.page import styles
from protoedit.render.markdown_html import markdown_to_html, markdown_tree
from protoedit.render.markdown_pdf import markdown_flowables


def shown(text: str) -> str:
    """What the PDF tree says: the text a reader sees."""
    return "".join(markdown_tree(text).itertext())


@pytest.mark.parametrize(
    ("typed", "html", "seen"),
    [
        ("`a & b`", "<code>a &amp; b</code>", "a & b"),  # escaped once, not &amp;amp;
        ("`&lt;`", "<code>&amp;lt;</code>", "&lt;"),
        ("&lt;tag&gt; & co", "&amp;lt;tag&amp;gt; &amp; co", "&lt;tag&gt; & co"),
        ("<b>gras</b>", "&lt;b&gt;gras&lt;/b&gt;", "<b>gras</b>"),
        (
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<script>alert(1)</script>",
        ),
        ("<div>\nbloc\n</div>", "&lt;div&gt;", "<div>"),
    ],
)
def test_what_the_user_typed_shows_as_typed(typed: str, html: str, seen: str) -> None:
    assert html in markdown_to_html(typed)
    assert seen in shown(typed)


def test_autolinks_become_links() -> None:
    html = markdown_to_html("Voir <https://www.has-sante.fr> ou <contact@msp.fr>")
    assert '<a href="https://www.has-sante.fr">https://www.has-sante.fr</a>' in html
    assert 'href="mailto:contact@msp.fr"' in html


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "vbscript:x",
    ],
)
def test_only_web_and_mail_links_are_kept(link: str) -> None:
    html = markdown_to_html(f"[clic]({link}) ![img]({link})")
    assert "href" not in html and "<img" not in html
    assert "clic" in html and "img" in html


def test_the_pdf_prints_code_spans_and_markup_literally() -> None:
    story = markdown_flowables("`a & b` et <b>x</b> & [lien](javascript:x)", styles())
    text = story[0].getPlainText()
    assert "a & b" in text and "<b>x</b>" in text and "&amp;" not in text
    assert "javascript" not in text
