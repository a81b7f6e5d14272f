"""PDFs of a cooperation protocol: declaration pack, team change, yearly indicators report."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from protoedit import team
from protoedit.catalog import profession_label
from protoedit.cooperation import declarations as coop
from protoedit.cooperation.catalog import CoopRule
from protoedit.cooperation.queries import (
    DeclarationView,
    MemberView,
    TeamChangeView,
    YearlyReport,
    declared_rule,
    find_protocol,
)
from protoedit.cooperation.rules import PATIENTS_LABEL, ROLE_LABELS, Rate
from protoedit.errors import NotFoundError
from protoedit.export.atomic import atomic_path
from protoedit.export.data import DocHeader, fingerprint
from protoedit.export.fonts import SANS
from protoedit.export.labels import QT_TRANSLATE_NOOP, t
from protoedit.export.page import DocTemplate, styles
from protoedit.export.tables import grid
from protoedit.french import format_count, format_eur, format_hours
from protoedit.i18n import N_, language, tr
from protoedit.render.markdown_pdf import esc
from protoedit.store.database import Database

log = logging.getLogger("protoedit.cooperation")
Progress = Callable[[int, int], None] | None
Cancel = Callable[[], bool] | None
_L = QT_TRANSLATE_NOOP
BOX = "☐"
L = {
    "pack": _L("pdf", "Déclaration de mise en œuvre d'un protocole de coopération"),
    "pack_intro": _L(
        "pdf",
        "Récapitulatif à recopier champ par champ dans la démarche en ligne, "
        "dans l'ordre de la procédure.",
    ),
    "todo": _L("pdf", "À corriger avant le dépôt"),
    "s_protocol": _L("pdf", "1. Protocole de coopération"),
    "s_structure": _L("pdf", "2. Structure"),
    "s_referent": _L("pdf", "3. Référent déclarant"),
    "s_legal": _L("pdf", "4. Représentant légal"),
    "s_members": _L("pdf", "5. Professionnels engagés dans le protocole"),
    "s_sworn": _L("pdf", "6. Attestations sur l'honneur"),
    "title": _L("pdf", "Intitulé du protocole"),
    "code": _L("pdf", "Code"),
    "kind": _L("pdf", "Nature"),
    "national": _L("pdf", "Protocole national"),
    "local": _L("pdf", "Protocole local : joindre le protocole et ses annexes"),
    "legal_ref": _L("pdf", "Texte d'autorisation"),
    "start": _L("pdf", "Début de mise en œuvre"),
    "need": _L("pdf", "Formation requise des délégués"),
    "need_team": _L("pdf", "{hours} (durée renseignée par l'équipe le {date}, {who})"),
    "name": _L("pdf", "Nom"),
    "first_name": _L("pdf", "Prénom"),
    "profession": _L("pdf", "Profession"),
    "identifier": _L("pdf", "RPPS ou ADELI"),
    "role": _L("pdf", "Rôle"),
    "email": _L("pdf", "Courriel"),
    "phone": _L("pdf", "Téléphone"),
    "contact": _L("pdf", "Coordonnées"),
    "structure": _L("pdf", "Structure"),
    "referent_sign": _L("pdf", "Le référent déclarant : {name}"),
    "finess": _L("pdf", "FINESS"),
    "siret": _L("pdf", "SIRET"),
    "address": _L("pdf", "Adresse"),
    "none": _L("pdf", "sans objet"),
    "missing": _L("pdf", "à compléter"),
    "in_project": _L(
        "pdf",
        "Le protocole est intégré au projet de santé de la structure "
        "(attestation signée du représentant légal, dernière page).",
    ),
    "sworn_adhesion": _L(
        "pdf", "Tous les professionnels listés adhèrent volontairement au protocole."
    ),
    "sworn_team": _L("pdf", "Ils exercent en équipe au sein de la structure."),
    "sworn_skills": _L(
        "pdf", "Les délégués ont acquis les compétences requises (formation attestée)."
    ),
    "engagement": _L("pdf", "Engagement du professionnel"),
    "engage_text": _L(
        "pdf",
        "Je soussigné(e) {name}, {profession}, m'engage en qualité de {role} "
        "dans le protocole de coopération « {title} » mis en œuvre par "
        "l'équipe de la structure {structure}. Je déclare :",
    ),
    "e_voluntary": _L(
        "pdf", "adhérer volontairement à ce protocole et à l'organisation en équipe qu'il décrit ;"
    ),
    "e_delegue": _L(
        "pdf",
        "n'effectuer les actes dérogatoires que dans les limites du protocole, "
        "après la formation exigée, et orienter vers le délégant dans les cas "
        "prévus ;",
    ),
    "e_delegant": _L(
        "pdf",
        "être joignable pour reprendre la prise en charge à la demande du "
        "délégué, dans les délais prévus ;",
    ),
    "e_patient": _L("pdf", "informer chaque patient et recueillir son consentement ;"),
    "e_follow": _L(
        "pdf", "participer au suivi des indicateurs et déclarer les événements indésirables."
    ),
    "training": _L(
        "pdf", "Formation : suivie le {date}, {hours} attestées (minimum requis : {need})."
    ),
    "signed_at": _L("pdf", "Fait à ………………………………, le {date}"),
    "signature": _L("pdf", "Signature"),
    "legal_title": _L("pdf", "Attestations du représentant légal"),
    "legal_text": _L(
        "pdf",
        "Je soussigné(e) {name}, représentant légal de la structure {structure}, atteste que :",
    ),
    "l_project": _L(
        "pdf",
        "le protocole de coopération « {title} » est intégré au projet de santé de la structure ;",
    ),
    "l_adhesion": _L(
        "pdf", "les professionnels listés ci-dessous adhèrent volontairement au protocole ;"
    ),
    "l_team": _L("pdf", "ils exercent en équipe au sein de la structure ;"),
    "l_skills": _L("pdf", "les délégués ont acquis les compétences requises (formation attestée)."),
    "stamp": _L("pdf", "Signature et cachet de la structure"),
    "ready": _L("pdf", "Prête à déclarer"),
    "change": _L("pdf", "Modification d'équipe"),
    "change_intro": _L(
        "pdf", "Changement des membres à déclarer de nouveau (déclaration déposée le {declared})."
    ),
    "change_date": _L("pdf", "Date du changement"),
    "joined": _L("pdf", "Arrivées"),
    "left": _L("pdf", "Départs"),
    "note": _L("pdf", "Note"),
    "nobody": _L("pdf", "Aucun"),
    "roster_from": _L("pdf", "Équipe à compter du {date}"),
    "report": _L("pdf", "Bilan annuel {year} : indicateurs du protocole de coopération"),
    "period": _L("pdf", "Période : du 01/01/{year} au 31/12/{year} · {n} mois saisi(s)"),
    "indicators": _L("pdf", "Indicateurs transmis à l'ARS"),
    "indicator": _L("pdf", "Indicateur"),
    "formula": _L("pdf", "Formule"),
    "calc": _L("pdf", "Calcul"),
    "result": _L("pdf", "Résultat"),
    "events": _L("pdf", "Événements indésirables par nature"),
    "count": _L("pdf", "Nombre"),
    "months": _L("pdf", "Activité mensuelle"),
    "month": _L("pdf", "Mois"),
    "m_cols": _L(
        "pdf",
        "Patients inclus|Actes des délégués|Actes repris|Réévaluations|"
        "Événements indésirables|Répondants|Satisfaits",
    ),
    "financing": _L("pdf", "Financement attendu"),
    "f_incl": _L("pdf", "Forfait par patient inclus : {n} × {eur}"),
    "f_reeval": _L("pdf", "Consultations de réévaluation : {n} × {eur}"),
    "f_total": _L("pdf", "Total attendu"),
    "f_delegue": _L("pdf", "Part des délégués : {n} × {eur} + réévaluations"),
    "f_delegant": _L("pdf", "Part des délégants : {n} × {eur}"),
    "f_none": _L("pdf", "Ce protocole ne prévoit pas de forfait."),
    "counts_only": _L("pdf", "Décomptes seulement : aucune donnée d'identité de patient."),
}


def _l(key: str, lang: str) -> str:
    return t(L[key], lang)


def _training_need(rule: CoopRule, lang: str) -> str:
    """'10 h', '10 h (renseignée par l'équipe le 01/12/2026, É. Martin)', or 'à compléter'."""
    if rule.training_hours is None:
        return _l("missing", lang)
    hours = format_hours(rule.training_hours) + "\u00a0h"
    source = rule.team_figure("training_hours")
    if source is None:
        return hours
    return _l("need_team", lang).format(hours=hours, date=_day(source.on, lang), who=source.by)


def _day(day: dt.date | None, lang: str) -> str:
    return day.strftime("%d/%m/%Y") if day else _l("missing", lang)


def _role(code: str, lang: str) -> str:
    return tr(ROLE_LABELS.get(code, code), "core", lang)


@dataclass
class CoopPrint:
    """Everything a cooperation PDF prints, read beforehand: building it needs no database."""

    header: DocHeader
    declaration: DeclarationView
    structure: dict[str, str]
    rule: CoopRule
    origin: str  # national | local
    problems: list[str] = field(default_factory=list)
    change: TeamChangeView | None = None
    roster: list[MemberView] = field(default_factory=list)
    report: YearlyReport | None = None


def _print_data(
    db: Database, decl: DeclarationView, lang: str, payload: object, watermark: bool = False
) -> CoopPrint:
    """Footer status: declared, else "ready to declare", else draft (with the watermark)."""
    row = find_protocol(db, decl.protocol_code)
    if row is None:
        raise NotFoundError(N_("protocole"), decl.protocol_code)
    st = team.get_structure(db)
    structure = {
        k: (getattr(st, k) or "") if st else ""
        for k in ("name", "kind", "finess", "siret", "address")
    }
    status = decl.status if decl.is_declared else "draft" if watermark else _l("ready", lang)
    header = DocHeader(
        structure_name=structure["name"],
        code=decl.protocol_code,
        title=decl.protocol_title,
        status=status,
        watermark=watermark,
        lang=lang,
        fingerprint=fingerprint(payload),
    )
    return CoopPrint(header, decl, structure, declared_rule(row.entry, decl.start_date), row.origin)


def pack_data(db: Database, declaration_id: int, lang: str | None = None) -> CoopPrint:
    lang = lang or language()
    decl = coop.get_declaration(db, declaration_id)
    problems = coop.problems(db, declaration_id)
    doc = _print_data(db, decl, lang, asdict(decl), watermark=bool(problems))
    doc.problems = problems
    return doc


def change_data(db: Database, change_id: int, lang: str | None = None) -> CoopPrint:
    lang = lang or language()
    decl, change = coop.get_team_change(db, change_id)
    doc = _print_data(db, decl, lang, asdict(change))
    doc.header.title = f"{_l('change', lang)} — {decl.protocol_title}"
    doc.change, doc.roster = change, coop.roster_on(db, decl.id, change.change_date)
    return doc


def report_data(db: Database, declaration_id: int, year: int, lang: str | None = None) -> CoopPrint:
    lang = lang or language()
    report = coop.yearly_report(db, declaration_id, year)
    doc = _print_data(db, report.declaration, lang, [asdict(m) for m in report.tallies])
    doc.header.title = _l("report", lang).format(year=year)
    doc.report = report
    return doc


def _pairs(rows: list[tuple[str, str]], ss: StyleSheet1) -> Table:
    return grid(None, [[a, b] for a, b in rows], ss, widths=[50 * mm, 122 * mm])


def _h(text: str, ss: StyleSheet1, level: int = 2) -> Paragraph:
    return Paragraph(esc(text), ss[f"h{level}"])


def _p(text: str, ss: StyleSheet1, style: str = "body") -> Paragraph:
    return Paragraph(esc(text), ss[style])


def _member_rows(members: list[MemberView], lang: str) -> list[list[str]]:
    return [
        [
            m.last_name.upper(),
            m.first_name,
            profession_label(m.profession_code, lang),
            m.identifier or _l("missing", lang),
            _role(m.role, lang),
        ]
        for m in members
    ]


def _members_table(members: list[MemberView], ss: StyleSheet1, lang: str) -> Flowable:
    if not members:
        return _p(_l("nobody", lang), ss)
    head = [_l(k, lang) for k in ("name", "first_name", "profession", "identifier", "role")]
    return grid(
        head, _member_rows(members, lang), ss, widths=[w * mm for w in (34, 28, 46, 42, 22)]
    )


def _signature(ss: StyleSheet1, lang: str, label: str, day: dt.date | None = None) -> Flowable:
    box = Table([[""]], colWidths=[80 * mm], rowHeights=[28 * mm], hAlign="LEFT")
    box.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
            ("FONTNAME", (0, 0), (-1, -1), SANS),
        ]
    )
    date = day.strftime("%d/%m/%Y") if day else "…………………"
    return KeepTogether(
        [
            Spacer(1, 6 * mm),
            _p(_l("signed_at", lang).format(date=date), ss),
            _p(label, ss, "small"),
            box,
        ]
    )


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
        _h(_l("engagement", lang), ss, 1),
        _p(f"{decl.protocol_title} ({decl.protocol_code})", ss),
        _members_table([m], ss, lang),
        Spacer(1, 4 * mm),
        _p(
            _l("engage_text", lang).format(
                name=m.name,
                profession=profession,
                role=_role(m.role, lang),
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
    story += [_p(f"• {_l(k, lang)}", ss) for k in duties]
    if m.role == "delegue":
        hours = (
            format_hours(m.training_hours) + "\u00a0h"
            if m.training_hours is not None
            else _l("missing", lang)
        )
        need = (
            format_hours(rule.training_hours) + "\u00a0h"
            if rule.training_hours is not None
            else _l("missing", lang)
        )
        story.append(
            _p(
                _l("training", lang).format(
                    date=_day(m.training_date, lang), hours=hours, need=need
                ),
                ss,
            )
        )
    story.append(_signature(ss, lang, _l("signature", lang), m.engagement_date))
    return story


def _sworn(ss: StyleSheet1, lang: str) -> list[Flowable]:
    return [
        _p(f"{BOX} {_l(k, lang)}", ss) for k in ("sworn_adhesion", "sworn_team", "sworn_skills")
    ]


def pack_story(doc: CoopPrint, ss: StyleSheet1) -> list[Flowable]:
    decl, structure, rule, lang = doc.declaration, doc.structure, doc.rule, doc.header.lang
    members, referent = decl.current_members, decl.referent
    story: list[Flowable] = [_p(_l("pack", lang), ss, "title"), _p(_l("pack_intro", lang), ss)]
    problems = doc.problems
    if problems:
        story.append(_h(_l("todo", lang), ss))
        story += [
            Paragraph(f"<font color='#B00020'>• {esc(p)}</font>", ss["small"]) for p in problems
        ]
    kind = _l("national", lang) if doc.origin == "national" else _l("local", lang)
    story += [
        _h(_l("s_protocol", lang), ss),
        _pairs(
            [
                (_l("title", lang), decl.protocol_title),
                (_l("code", lang), decl.protocol_code),
                (_l("kind", lang), kind),
                (_l("legal_ref", lang), rule.legal_reference or "—"),
                (_l("start", lang), _day(decl.start_date, lang)),
                (_l("need", lang), _training_need(rule, lang)),
            ],
            ss,
        ),
    ]
    story += [
        _h(_l("s_structure", lang), ss),
        _pairs(
            [
                (_l("name", lang), structure["name"] or _l("missing", lang)),
                (_l("finess", lang), structure["finess"] or _l("none", lang)),
                (_l("siret", lang), structure["siret"] or _l("none", lang)),
                (_l("address", lang), structure["address"] or "—"),
            ],
            ss,
        ),
    ]
    ref = [(_l("name", lang), referent.last_name.upper() if referent else _l("missing", lang))]
    if referent is not None:
        ref += [
            (_l("first_name", lang), referent.first_name),
            (_l("profession", lang), profession_label(referent.profession_code, lang)),
            (_l("identifier", lang), referent.identifier or _l("missing", lang)),
            (_l("email", lang), referent.email or "—"),
            (_l("phone", lang), referent.phone or "—"),
        ]
    story += [_h(_l("s_referent", lang), ss), _pairs(ref, ss)]
    story += [
        _h(_l("s_legal", lang), ss),
        _pairs(
            [
                (_l("name", lang), decl.legal_rep_name or _l("missing", lang)),
                (_l("contact", lang), decl.legal_rep_contact or _l("missing", lang)),
            ],
            ss,
        ),
        Spacer(1, 2 * mm),
        _p(f"{BOX} {_l('in_project', lang)}", ss),
    ]
    story += [_h(_l("s_members", lang), ss), _members_table(members, ss, lang)]
    story += [_h(_l("s_sworn", lang), ss), *_sworn(ss, lang)]
    for m in members:
        story += [PageBreak(), *_engagement(m, decl, rule, structure, ss, lang)]
    story += [
        PageBreak(),
        _h(_l("legal_title", lang), ss, 1),
        _p(
            _l("legal_text", lang).format(
                name=decl.legal_rep_name or "……………………", structure=structure["name"]
            ),
            ss,
        ),
        _p(f"{BOX} {_l('l_project', lang).format(title=decl.protocol_title)}", ss),
        *(_p(f"{BOX} {_l(k, lang)}", ss) for k in ("l_adhesion", "l_team", "l_skills")),
        Spacer(1, 3 * mm),
        _members_table(members, ss, lang),
        _signature(ss, lang, _l("stamp", lang)),
    ]
    return story


def _build(
    story: list[Flowable], header: DocHeader, out: Path, progress: Progress, cancel: Cancel
) -> Path:
    """Atomic write: a cancelled or failed build leaves no file."""
    with atomic_path(Path(out)) as tmp:
        pages = DocTemplate(tmp, header, progress, cancel, len(story)).build_story(story)
    log.info("%s written: %d pages", header.title, pages)
    return Path(out)


def build_pack(doc: CoopPrint, out: Path, progress: Progress = None, cancel: Cancel = None) -> Path:
    """Summary in the procedure's order, one engagement sheet per member, the attestations.
    Printed with a draft watermark while problems remain."""
    return _build(pack_story(doc, styles(lang=doc.header.lang)), doc.header, out, progress, cancel)


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
        _p(_l("change", lang), ss, "title"),
        _p(_l("change_intro", lang).format(declared=_day(decl.declared_on, lang)), ss),
        _pairs(
            [
                (_l("title", lang), decl.protocol_title),
                (_l("structure", lang), structure["name"] or _l("missing", lang)),
                (_l("finess", lang), structure["finess"] or _l("none", lang)),
                (_l("change_date", lang), _day(change.change_date, lang)),
            ],
            ss,
        ),
        _h(_l("joined", lang), ss),
        _members_table(change.joined, ss, lang),
        _h(_l("left", lang), ss),
        _members_table(change.left, ss, lang),
    ]
    if change.note:
        story += [_h(_l("note", lang), ss), _p(change.note, ss)]
    story += [
        _h(_l("roster_from", lang).format(date=_day(change.change_date, lang)), ss),
        _members_table(roster, ss, lang),
    ]
    referent = decl.referent
    story.append(
        _signature(
            ss,
            lang,
            _l("referent_sign", lang).format(name=referent.name if referent else "……………………"),
        )
    )
    for m in change.joined:
        story += [PageBreak(), *_engagement(m, decl, rule, structure, ss, lang)]
    return story


def build_team_change(
    doc: CoopPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """Who joined and who left on which date, the roster from then, newcomers' engagements."""
    return _build(
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


def _rate_row(number: str, rate: Rate, lang: str) -> list[str]:
    return [
        number,
        rate.label(lang),
        rate.formula_label(lang),
        f"{format_count(rate.numerator)} / {format_count(rate.denominator)}",
        rate.text_in(lang),
    ]


def report_story(doc: CoopPrint, ss: StyleSheet1) -> list[Flowable]:
    report, structure, lang = doc.report, doc.structure, doc.header.lang
    assert report is not None
    ind, fin, decl = report.indicators, report.financing, report.declaration
    story: list[Flowable] = [
        _p(_l("report", lang).format(year=report.year), ss, "title"),
        _pairs(
            [
                (_l("title", lang), f"{decl.protocol_title} ({decl.protocol_code})"),
                (_l("structure", lang), structure["name"] or _l("missing", lang)),
                (_l("finess", lang), structure["finess"] or _l("none", lang)),
            ],
            ss,
        ),
        Spacer(1, 2 * mm),
        _p(_l("period", lang).format(year=report.year, n=ind.months), ss),
        _h(_l("indicators", lang), ss),
    ]
    head = ["#", *(_l(k, lang) for k in ("indicator", "formula", "calc", "result"))]
    rows = [
        ["1", tr(PATIENTS_LABEL, "core", lang), "—", "", format_count(ind.patients_treated)],
        _rate_row("2", ind.reprise, lang),
        _rate_row("3", ind.adverse_event_rate, lang),
        _rate_row("4", ind.satisfaction, lang),
    ]
    story.append(grid(head, rows, ss, widths=[w * mm for w in (8, 42, 70, 24, 28)]))
    story.append(_h(_l("events", lang), ss))
    if ind.adverse_events:
        story.append(
            grid(
                [_l("events", lang), _l("count", lang)],
                [[n, format_count(c)] for n, c in ind.adverse_events.items()],
                ss,
                widths=[140 * mm, 30 * mm],
            )
        )
    else:
        story.append(_p(_l("nobody", lang), ss))
    story.append(_h(_l("months", lang), ss))
    months = [
        [
            m.month.strftime("%m/%Y"),
            *(
                format_count(v)
                for v in (
                    m.patients_included,
                    m.acts_by_delegues,
                    m.acts_taken_back,
                    m.reevaluations,
                    sum(m.adverse_events.values()),
                    m.satisfaction_respondents,
                    m.satisfaction_satisfied,
                )
            ),
        ]
        if m.id is not None
        else [m.month.strftime("%m/%Y"), *[""] * 7]
        for m in report.tallies
    ]
    story.append(
        grid(
            [_l("month", lang), *_l("m_cols", lang).split("|")],
            months,
            ss,
            widths=[w * mm for w in (15, 21, 21, 21, 26, 24, 23, 21)],
        )
    )
    story.append(_p(_l("counts_only", lang), ss, "small"))
    story.append(_h(_l("financing", lang), ss))
    if not fin.financed:
        story.append(_p(_l("f_none", lang), ss))
        return story
    rows = [
        [
            _l("f_incl", lang).format(
                n=format_count(fin.patients_included), eur=format_eur(fin.per_patient_eur)
            ),
            format_eur(fin.inclusion_total),
        ]
    ]
    if fin.reevaluation_eur is not None:
        rows.append(
            [
                _l("f_reeval", lang).format(
                    n=format_count(fin.reevaluations), eur=format_eur(fin.reevaluation_eur)
                ),
                format_eur(fin.reevaluation_total),
            ]
        )
    rows += [
        [_l("f_total", lang), format_eur(fin.total)],
        [
            _l("f_delegue", lang).format(
                n=format_count(fin.patients_included), eur=format_eur(fin.split["delegue"])
            ),
            format_eur(fin.by_role["delegue"]),
        ],
        [
            _l("f_delegant", lang).format(
                n=format_count(fin.patients_included), eur=format_eur(fin.split["delegant"])
            ),
            format_eur(fin.by_role["delegant"]),
        ],
    ]
    story.append(grid(None, rows, ss, widths=[130 * mm, 40 * mm]))
    story += [_p(p, ss, "small") for p in report.split_problems]
    return story


def build_report(
    doc: CoopPrint, out: Path, progress: Progress = None, cancel: Cancel = None
) -> Path:
    """The four indicators with their formulas, monthly counts and the expected financing."""
    return _build(
        report_story(doc, styles(lang=doc.header.lang)), doc.header, out, progress, cancel
    )


def write_yearly_report(
    db: Database,
    declaration_id: int,
    year: int,
    out: Path,
    lang: str | None = None,
    progress: Progress = None,
    cancel: Cancel = None,
) -> Path:
    return build_report(report_data(db, declaration_id, year, lang), out, progress, cancel)
