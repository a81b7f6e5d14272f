"""The consultation page as safe HTML: alert signs first, my steps, then the other sections."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from protoedit import catalog
from protoedit.protocols.consult import Banner, Consultation, ConsultStep
from protoedit.protocols.content import SECTION_TITLES
from protoedit.render.markdown_html import markdown_to_html

ALERT = "#b00020"
BANNER_COLOURS = {
    "approved": ("#e6f4ea", "#1e6b34"),
    "review_due": ("#fff4e0", "#8a4b00"),
    "overdue": ("#fde7e9", ALERT),
    "superseded": ("#fde7e9", ALERT),
    "archived": ("#eeeeee", "#444444"),
    "draft": ("#fff4e0", ALERT),
    "none": ("#eeeeee", "#444444"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("consult", text)


def hidden_steps_text(n: int) -> str:
    return QCoreApplication.translate(
        "consult",
        "%n étape(s) d’autres professions masquée(s) : choisissez « Toutes les professions » "
        "pour les voir.",
        "",
        n,
    )


def _day(value) -> str:
    return value.strftime("%d/%m/%Y") if value else "?"


def banner_text(b: Banner) -> str:
    """One plain sentence saying whether this version may be applied."""
    approved = _t("Version {n} validée le {date}").format(n=b.number, date=_day(b.approved_at))
    if b.kind == "approved":
        return approved + " — " + _t("prochaine révision le {date}").format(date=_day(b.review_due))
    if b.kind == "review_due":
        return (
            approved
            + " — "
            + _t("révision à faire d'ici le {date}").format(date=_day(b.review_due))
        )
    if b.kind == "overdue":
        return (
            approved
            + " — "
            + _t(
                "révision en retard depuis le {date} : vérifiez qu'elle est toujours à jour"
            ).format(date=_day(b.review_due))
        )
    if b.kind == "superseded":
        return _t("Version {n} remplacée par la version {m} : ne plus l'appliquer").format(
            n=b.number, m=b.in_force_number or "?"
        )
    if b.kind == "archived":
        return _t("Protocole archivé (version {n}) : ne plus l'appliquer").format(n=b.number)
    if b.kind == "draft":
        text = _t("BROUILLON NON VALIDÉ (version {n}) : ne pas appliquer").format(n=b.number)
        if b.in_force_number:
            text += " — " + _t("version en vigueur : {m}").format(m=b.in_force_number)
        return text
    return _t("Aucune version validée de ce protocole.")


def banner_style(kind: str) -> str:
    back, fore = BANNER_COLOURS.get(kind, BANNER_COLOURS["none"])
    return (
        f"background:{back}; color:{fore}; border:1px solid {fore}; border-radius:4px; "
        "padding:6px; font-weight:bold;"
    )


def _professions(codes: list[str]) -> str:
    return ", ".join(catalog.profession_label(c) for c in codes) or _t("toute l'équipe")


def _step(s: ConsultStep) -> str:
    st = s.step
    title = html.escape(f"{s.number}. {st.title}")
    who = html.escape(_professions(st.professions))
    if s.alert_only:
        return (
            f'<p style="color:{ALERT}">⚠ <b>{title}</b> ({who}) — {html.escape(_t("Alerte"))}'
            f" : {html.escape(st.alert)}</p>"
        )
    rows = [
        (_t("Qui"), _professions(st.professions)),
        (_t("Quoi"), st.what),
        (_t("Quand"), st.when),
        (_t("Comment"), st.how),
        (_t("Où"), st.where),
        (_t("Référent"), st.referent),
    ]
    out = [
        f"<h3>{title}"
        + ("" if s.mine else f" <small>({html.escape(_t('autre profession'))})</small>")
        + "</h3>",
        "<table cellpadding='3'>",
    ]
    out += [
        f"<tr><td valign='top'><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
        for label, value in rows
        if value.strip()
    ]
    out.append("</table>")
    if st.alert.strip():
        out.append(
            f'<p style="color:{ALERT}">⚠ <b>{html.escape(_t("Alerte"))}</b> : '
            f"{html.escape(st.alert)}</p>"
        )
    return "".join(out)


def _grade(code: str) -> str:
    if code == "AE":
        return _t("accord d'experts")
    return _t("grade {g}").format(g=code) if code else _t("non gradé")


def _section_title(key: str) -> str:
    return QCoreApplication.translate("sections", SECTION_TITLES[key])


def consultation_html(c: Consultation) -> str:
    if c.version_id is None:
        return ""
    parts: list[str] = []
    alerts = c.section("alert_signs")
    if alerts:
        parts.append(
            f'<div style="border:2px solid {ALERT}; padding:6px">'
            f'<h2 style="color:{ALERT}">⚠ {html.escape(_section_title("alert_signs"))}'
            f"</h2>{markdown_to_html(alerts)}</div>"
        )
    whose = (
        _t("Étapes — {profession}").format(profession=catalog.profession_label(c.profession))
        if c.profession
        else _t("Étapes")
    )
    parts.append(f"<h2>{html.escape(whose)}</h2>")
    parts += [_step(s) for s in c.steps]
    if not c.steps:
        parts.append(f"<p>{html.escape(_t('Aucune étape pour cette profession.'))}</p>")
    if c.hidden_steps:
        parts.append(f"<p><i>{html.escape(hidden_steps_text(c.hidden_steps))}</i></p>")
    if c.key_points:
        parts.append(f"<h2>{html.escape(_t('Messages clés'))}</h2><ul>")
        parts += [
            f"<li>{html.escape(m.text)} <small>({html.escape(_grade(m.grade))})</small></li>"
            for m in c.key_points
        ]
        parts.append("</ul>")
    for key, text in c.sections:
        if key != "alert_signs":
            parts.append(f"<h2>{html.escape(_section_title(key))}</h2>{markdown_to_html(text)}")
    if c.approvals:
        names = ", ".join(
            f"{n} ({catalog.profession_label(p)}, {_day(at)})" for n, p, at in c.approvals
        )
        parts.append(
            f"<p><small>{html.escape(_t('Validé par'))} : {html.escape(names)}</small></p>"
        )
    return "".join(parts)
