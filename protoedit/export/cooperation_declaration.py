"""Declaration PDFs of a cooperation protocol: the pack to file and the team-change declaration."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from protoedit.catalog import profession_label
from protoedit.cooperation import declarations as coop
from protoedit.cooperation.catalog import CoopRule
from protoedit.cooperation.queries import DeclarationView, MemberView
from protoedit.export.cooperation_print import (
    BOX,
    CoopPrint,
    coop_label,
    day_text,
    members_table,
    pairs_table,
    print_data,
    role_label,
    signature_box,
    write_coop_pdf,
)
from protoedit.export.page import Cancel, Progress, styles
from protoedit.export.paragraphs import heading, para
from protoedit.french import format_hours
from protoedit.i18n import language
from protoedit.render.markdown_pdf import esc
from protoedit.store.database import Database


def _training_need(rule: CoopRule, lang: str) -> str:
    """'10 h', '10 h (renseignée par l'équipe le 01/12/2026, É. Martin)', or 'à compléter'."""
    if rule.training_hours is None:
        return coop_label("missing", lang)
    hours = format_hours(rule.training_hours) + "\u00a0h"
    source = rule.team_figure("training_hours")
    if source is None:
        return hours
    return coop_label("need_team", lang).format(
        hours=hours, date=day_text(source.on, lang), who=source.by
    )


def pack_data(db: Database, declaration_id: int, lang: str | None = None) -> CoopPrint:
    lang = lang or language()
    decl = coop.get_declaration(db, declaration_id)
    problems = coop.problems(db, declaration_id)
    doc = print_data(db, decl, lang, asdict(decl), watermark=bool(problems))
    doc.problems = problems
    return doc


def change_data(db: Database, change_id: int, lang: str | None = None) -> CoopPrint:
    lang = lang or language()
    decl, change = coop.get_team_change(db, change_id)
    doc = print_data(db, decl, lang, asdict(change))
    doc.header.title = f"{coop_label('change', lang)} — {decl.protocol_title}"
    doc.change, doc.roster = change, coop.roster_on(db, decl.id, change.change_date)
    return doc


def _engagement(
    m: MemberView,
    decl: DeclarationView,
    rule: CoopRule,
    structure: dict[str, str],
    ss: StyleSheet1,
    lang: str,
) -> list[Flowable]:
    label = profession_label(m.profession_code, lang)
    profession = label[:1].lower() + label[1:]
    story: list[Flowable] = [
        heading(coop_label("engagement", lang), ss, 1),
        para(f"{decl.protocol_title} ({decl.protocol_code})", ss),
        members_table([m], ss, lang),
        Spacer(1, 4 * mm),
        para(
            coop_label("engage_text", lang).format(
                name=m.name,
                profession=profession,
                role=role_label(m.role, lang),
                title=decl.protocol_title,
                structure=structure["name"],
            ),
            ss,
        ),
    ]
    duties = [
        "e_voluntary",
        "e_delegue" if m.role == "delegue" else "e_delegant",
        "e_patient",
        "e_follow",
    ]
    story += [para(f"• {coop_label(k, lang)}", ss) for k in duties]
    if m.role == "delegue":
        hours = (
            format_hours(m.training_hours) + "\u00a0h"
            if m.training_hours is not None
            else coop_label("missing", lang)
        )
        need = (
            format_hours(rule.training_hours) + "\u00a0h"
            if rule.training_hours is not None
            else coop_label("missing", lang)
        )
        story.append(
            para(
                coop_label("training", lang).format(
                    date=day_text(m.training_date, lang), hours=hours, need=need
                ),
                ss,
            )
        )
    story.append(signature_box(ss, lang, coop_label("signature", lang), m.engagement_date))
    return story


def _sworn(ss: StyleSheet1, lang: str) -> list[Flowable]:
    return [
        para(f"{BOX} {coop_label(k, lang)}", ss)
        for k in ("sworn_adhesion", "sworn_team", "sworn_skills")
    ]


def pack_story(doc: CoopPrint, ss: StyleSheet1) -> list[Flowable]:
    decl, structure, rule, lang = doc.declaration, doc.structure, doc.rule, doc.header.lang
    members, referent = decl.current_members, decl.referent
    story: list[Flowable] = [
        para(coop_label("pack", lang), ss, "title"),
        para(coop_label("pack_intro", lang), ss),
    ]
    problems = doc.problems
    if problems:
        story.append(heading(coop_label("todo", lang), ss))
        story += [
            Paragraph(f"<font color='#B00020'>• {esc(p)}</font>", ss["small"]) for p in problems
        ]
    kind = coop_label("national", lang) if doc.origin == "national" else coop_label("local", lang)
    story += [
        heading(coop_label("s_protocol", lang), ss),
        pairs_table(
            [
                (coop_label("title", lang), decl.protocol_title),
                (coop_label("code", lang), decl.protocol_code),
                (coop_label("kind", lang), kind),
                (coop_label("legal_ref", lang), rule.legal_reference or "—"),
                (coop_label("start", lang), day_text(decl.start_date, lang)),
                (coop_label("need", lang), _training_need(rule, lang)),
            ],
            ss,
        ),
    ]
    story += [
        heading(coop_label("s_structure", lang), ss),
        pairs_table(
            [
                (coop_label("name", lang), structure["name"] or coop_label("missing", lang)),
                (coop_label("finess", lang), structure["finess"] or coop_label("none", lang)),
                (coop_label("siret", lang), structure["siret"] or coop_label("none", lang)),
                (coop_label("address", lang), structure["address"] or "—"),
            ],
            ss,
        ),
    ]
    ref = [
        (
            coop_label("name", lang),
            referent.last_name.upper() if referent else coop_label("missing", lang),
        )
    ]
    if referent is not None:
        ref += [
            (coop_label("first_name", lang), referent.first_name),
            (coop_label("profession", lang), profession_label(referent.profession_code, lang)),
            (coop_label("identifier", lang), referent.identifier or coop_label("missing", lang)),
            (coop_label("email", lang), referent.email or "—"),
            (coop_label("phone", lang), referent.phone or "—"),
        ]
    story += [heading(coop_label("s_referent", lang), ss), pairs_table(ref, ss)]
    story += [
        heading(coop_label("s_legal", lang), ss),
        pairs_table(
            [
                (coop_label("name", lang), decl.legal_rep_name or coop_label("missing", lang)),
                (
                    coop_label("contact", lang),
                    decl.legal_rep_contact or coop_label("missing", lang),
                ),
            ],
            ss,
        ),
        Spacer(1, 2 * mm),
        para(f"{BOX} {coop_label('in_project', lang)}", ss),
    ]
    story += [heading(coop_label("s_members", lang), ss), members_table(members, ss, lang)]
    story += [heading(coop_label("s_sworn", lang), ss), *_sworn(ss, lang)]
    for m in members:
        story += [PageBreak(), *_engagement(m, decl, rule, structure, ss, lang)]
    story += [
        PageBreak(),
        heading(coop_label("legal_title", lang), ss, 1),
        para(
            coop_label("legal_text", lang).format(
                name=decl.legal_rep_name or "……………………", structure=structure["name"]
            ),
            ss,
        ),
        para(f"{BOX} {coop_label('l_project', lang).format(title=decl.protocol_title)}", ss),
        *(para(f"{BOX} {coop_label(k, lang)}", ss) for k in ("l_adhesion", "l_team", "l_skills")),
        Spacer(1, 3 * mm),
        members_table(members, ss, lang),
        signature_box(ss, lang, coop_label("stamp", lang)),
    ]
    return story


def build_pack(doc: CoopPrint, out: Path, progress: Progress = None, cancel: Cancel = None) -> Path:
    """Summary in the procedure's order, one engagement sheet per member, the attestations.
    Printed with a draft watermark while problems remain."""
    return write_coop_pdf(
        pack_story(doc, styles(lang=doc.header.lang)), doc.header, out, progress, cancel
    )


def write_declaration_pack(
    db: Database,
    declaration_id: int,
    out: Path,
    lang: str | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> Path:
    return build_pack(pack_data(db, declaration_id, lang), out, progress, cancel)


def change_story(doc: CoopPrint, ss: StyleSheet1) -> list[Flowable]:
    decl, structure, rule, lang = doc.declaration, doc.structure, doc.rule, doc.header.lang
    change, roster = doc.change, doc.roster
    assert change is not None
    story: list[Flowable] = [
        para(coop_label("change", lang), ss, "title"),
        para(
            coop_label("change_intro", lang).format(declared=day_text(decl.declared_on, lang)), ss
        ),
        pairs_table(
            [
                (coop_label("title", lang), decl.protocol_title),
                (coop_label("structure", lang), structure["name"] or coop_label("missing", lang)),
                (coop_label("finess", lang), structure["finess"] or coop_label("none", lang)),
                (coop_label("change_date", lang), day_text(change.change_date, lang)),
            ],
            ss,
        ),
        heading(coop_label("joined", lang), ss),
        members_table(change.joined, ss, lang),
        heading(coop_label("left", lang), ss),
        members_table(change.left, ss, lang),
    ]
    if change.note:
        story += [heading(coop_label("note", lang), ss), para(change.note, ss)]
    story += [
        heading(
            coop_label("roster_from", lang).format(date=day_text(change.change_date, lang)), ss
        ),
        members_table(roster, ss, lang),
    ]
    referent = decl.referent
    story.append(
        signature_box(
            ss,
            lang,
            coop_label("referent_sign", lang).format(
                name=referent.name if referent else "……………………"
            ),
        )
    )
    for m in change.joined:
        story += [PageBreak(), *_engagement(m, decl, rule, structure, ss, lang)]
    return story


def build_team_change(
    doc: CoopPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """Who joined and who left on which date, the roster from then, newcomers' engagements."""
    return write_coop_pdf(
        change_story(doc, styles(lang=doc.header.lang)), doc.header, out, progress, cancel
    )


def write_team_change(
    db: Database,
    change_id: int,
    out: Path,
    lang: str | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> Path:
    return build_team_change(change_data(db, change_id, lang), out, progress, cancel)
