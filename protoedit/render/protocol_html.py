"""A protocol, or one profession's memo, as safe HTML for Qt's print dialog (QTextDocument)."""

from __future__ import annotations

from html import escape

from protoedit.catalog import profession_label
from protoedit.export.data import ProtocolPrint
from protoedit.export.labels import status_label, t
from protoedit.export.memo import memo_parts
from protoedit.i18n import tr
from protoedit.protocols.completeness import is_missing
from protoedit.protocols.content import SECTIONS, TO_COMPLETE
from protoedit.render.markdown_html import markdown_to_html


def protocol_html(doc: ProtocolPrint) -> str:
    h, lang, c = doc.header, doc.header.lang, doc.content
    parts = [
        f"<h1>{escape(h.code)} — {escape(h.title)}</h1>",
        f"<p>{escape(h.structure_name)} · v{h.version_number} · "
        f"{escape(status_label(h.status, lang))}</p>",
    ]
    if h.status != "approved":
        parts.append(f"<p><b>{escape(tr('BROUILLON', 'pdf', lang))}</b></p>")
    for key, title in SECTIONS:
        parts.append(f"<h2>{escape(tr(title, 'sections', lang))}</h2>")
        text = c.section(key)
        parts.append(
            markdown_to_html(text)
            if not is_missing(text)
            else f"<p><i>{escape(TO_COMPLETE)}</i></p>"
        )
    head = "".join(
        f"<th>{escape(tr(x, 'pdf', lang))}</th>"
        for x in ("Étape", "Qui", "Quoi", "Quand", "Comment", "Où", "Alerte")
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(v)}</td>"
            for v in (
                s.title,
                ", ".join(profession_label(p, lang) for p in s.professions),
                s.what,
                s.when,
                s.how,
                s.where,
                s.alert,
            )
        )
        + "</tr>"
        for s in c.steps
    )
    parts.append(
        f"<h2>{escape(tr('Étapes : qui fait quoi, quand, comment', 'pdf', lang))}</h2>"
        f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


ALERTS = "Signes d'alerte"
HEADING = "font-size:13pt; font-weight:bold; margin-top:16px"


def memo_html(doc: ProtocolPrint, profession: str) -> str:
    """One profession's bedside memo (what the memo PDF holds), for Qt's print dialog."""
    h, lang = doc.header, doc.header.lang
    memo = memo_parts(doc, profession)

    def label(text: str) -> str:
        return escape(tr(text, "pdf", lang))

    def missing() -> str:
        return f"<p><i>{label(TO_COMPLETE)}</i></p>"

    title = t("Mémo au lit du patient : {profession}", lang)  # the memo PDF's own label
    parts = [
        f"<p style='font-size:18pt; font-weight:bold'>{escape(h.code)} — {escape(h.title)}</p>",
        f"<p style='font-size:14pt; font-weight:bold'>"
        f"{escape(title.format(profession=memo.profession_label))}</p>",
    ]
    if h.status != "approved":
        parts.append(
            f"<p><b>{label('BROUILLON')}</b> · v{h.version_number} · "
            f"{escape(status_label(h.status, lang))}</p>"
        )
    if memo.changes:
        changed = t("Changements de la version {n}", lang).format(n=h.version_number)
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><td>"
            f"<b>{escape(changed)}</b>"
            + "".join(f"<br/>• {escape(line)}" for line in memo.changes)
            + "</td></tr></table>"
        )
    parts.append(f"<p style='{HEADING}'>{label('Ce que je fais')}</p>")
    if memo.steps:
        head = "".join(
            f"<th>{label(x)}</th>" for x in ("Étape", "Quoi", "Quand", "Comment", "Alerte")
        )
        rows = "".join(
            "<tr>"
            + "".join(f"<td>{escape(v)}</td>" for v in (s.title, s.what, s.when, s.how, s.alert))
            + "</tr>"
            for s in memo.steps
        )
        parts.append(
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<tr>{head}</tr>{rows}</table>"
        )
    else:
        parts.append(f"<p>{label('Aucune')}</p>")
    parts.append(f"<p style='{HEADING}'>{label(ALERTS)}</p>")
    parts.append(markdown_to_html(memo.alerts) if not is_missing(memo.alerts) else missing())
    parts.append(f"<p style='{HEADING}'>{label('Qui appeler')}</p>")
    parts.append("".join(f"<p>• {escape(x)}</p>" for x in memo.calls) or missing())
    # Larger type than the full protocol: it is read at the bedside.
    return "<html><body style='font-size:12pt'>" + "".join(parts) + "</body></html>"
