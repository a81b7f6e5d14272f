"""What the cooperation PDFs share: their labels, the data read beforehand, member tables, boxes."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from protoedit import team
from protoedit.catalog import profession_label
from protoedit.cooperation.catalog import CoopRule
from protoedit.cooperation.queries import (
    DeclarationView,
    MemberView,
    TeamChangeView,
    YearlyReport,
    declared_rule,
    find_protocol,
)
from protoedit.cooperation.rules import ROLE_LABELS
from protoedit.errors import NotFoundError
from protoedit.export.data import DocHeader, fingerprint
from protoedit.export.fonts import SANS
from protoedit.export.labels import QT_TRANSLATE_NOOP, t
from protoedit.export.page import Cancel, Progress, save_story
from protoedit.export.paragraphs import para
from protoedit.export.tables import grid
from protoedit.i18n import N_, tr
from protoedit.store.database import Database

log = logging.getLogger("protoedit.cooperation")
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
    "period": _L("pdf", "Période : du 01/01/{year} au 31/12/{year} · mois saisis : {n}"),
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


def coop_label(key: str, lang: str) -> str:
    return t(L[key], lang)


def day_text(day: dt.date | None, lang: str) -> str:
    return day.strftime("%d/%m/%Y") if day else coop_label("missing", lang)


def role_label(code: str, lang: str) -> str:
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


def print_data(
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
    status = (
        decl.status if decl.is_declared else "draft" if watermark else coop_label("ready", lang)
    )
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


def pairs_table(rows: list[tuple[str, str]], ss: StyleSheet1) -> Table:
    return grid(None, [[a, b] for a, b in rows], ss, widths=[50 * mm, 122 * mm])


def _member_rows(members: list[MemberView], lang: str) -> list[list[str]]:
    return [
        [
            m.last_name.upper(),
            m.first_name,
            profession_label(m.profession_code, lang),
            m.identifier or coop_label("missing", lang),
            role_label(m.role, lang),
        ]
        for m in members
    ]


def members_table(members: list[MemberView], ss: StyleSheet1, lang: str) -> Flowable:
    if not members:
        return para(coop_label("nobody", lang), ss)
    head = [coop_label(k, lang) for k in ("name", "first_name", "profession", "identifier", "role")]
    return grid(
        head, _member_rows(members, lang), ss, widths=[w * mm for w in (34, 28, 46, 42, 22)]
    )


def signature_box(ss: StyleSheet1, lang: str, label: str, day: dt.date | None = None) -> Flowable:
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
            para(coop_label("signed_at", lang).format(date=date), ss),
            para(label, ss, "small"),
            box,
        ]
    )


def write_coop_pdf(
    story: list[Flowable], header: DocHeader, out: Path, progress: Progress, cancel: Cancel
) -> Path:
    """Atomic write: a cancelled or failed build leaves no file."""
    return save_story(story, header, out, progress, cancel, log, header.title)
