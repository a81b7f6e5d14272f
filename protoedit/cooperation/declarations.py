"""Operations on cooperation protocols and declarations; the one entry point for the UI."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from protoedit import team
from protoedit.cooperation import catalog as coop_catalog
from protoedit.cooperation import rules as coop_rules
from protoedit.cooperation.activity import TallyInput, save_tally
from protoedit.cooperation.members import (
    MemberInput,
    add_member,
    record_team_change,
    remove_member,
    update_member,
)
from protoedit.cooperation.queries import (
    ORIGIN_LABELS,
    DeclarationView,
    ProtocolRow,
    TeamChangeView,
    declaration_in,
    declared_rule,
    find_protocol,
    get_declaration,
    get_team_change,
    list_declarations,
    list_protocols,
    protocol_in,
    roster_on,
    structure_in,
    team_changes,
    year_tallies,
    yearly_report,
)
from protoedit.errors import FieldErrors, TransitionError, ValidationError
from protoedit.i18n import N_, tr
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.store.database import Database
from protoedit.store.models import CoopProtocol, Declaration, Professional
from protoedit.textclean import clean_line

log = logging.getLogger("protoedit.cooperation")

__all__ = [
    "DeclarationInput",
    "DeclarationView",
    "MemberInput",
    "ProtocolRow",
    "TallyInput",
    "TeamChangeView",
    "TeamProtocolInput",
    "add_member",
    "add_team_protocol",
    "create_declaration",
    "delete_draft",
    "find_protocol",
    "get_declaration",
    "get_team_change",
    "list_declarations",
    "list_protocols",
    "mark_declared",
    "new_declaration_input",
    "problems",
    "record_team_change",
    "remove_member",
    "roster_on",
    "save_tally",
    "team_changes",
    "update_declaration",
    "update_member",
    "update_team_protocol",
    "year_tallies",
    "yearly_report",
]

CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,39}")


@dataclass
class TeamProtocolInput:
    """A local protocol, or a national one newer than the shipped catalogue: dated versions."""

    code: str = ""
    title: str = ""
    origin: str = "local"
    rules: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class DeclarationInput:
    protocol_code: str = ""
    referent_id: int | None = None
    legal_rep_name: str = ""
    legal_rep_contact: str = ""
    start_date: dt.date | None = None
    financing_split: dict[str, Any] = field(default_factory=dict)  # role -> € per patient

    @classmethod
    def of(cls, v: DeclarationView) -> DeclarationInput:
        return cls(**{f.name: getattr(v, f.name) for f in fields(cls)})


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# ---------------------------------------------------------------- team protocols


def _clean_protocol(v: TeamProtocolInput) -> TeamProtocolInput:
    code = clean_line(v.code, 40, field="code").upper().replace(" ", "-")
    title = clean_line(v.title, 300, field="title")
    problems = {}
    if not CODE_PATTERN.fullmatch(code):
        problems["code"] = N_("Le code compte 2 à 40 caractères : lettres, chiffres et tirets.")
    if not title:
        problems["title"] = N_("Le titre du protocole est obligatoire.")
    if v.origin not in ORIGIN_LABELS:
        problems["origin"] = N_("Origine inconnue : choisissez national ou local.")
    if problems:
        raise FieldErrors(problems)
    if found := coop_catalog.validate_rules(v.rules):
        raise ValidationError(
            N_("Version du protocole refusée : {problems}"),
            field="rules",
            problems=" ; ".join(found),
        )
    return TeamProtocolInput(code, title, v.origin, [dict(r) for r in v.rules])


def _check_code_free(tx: Tx, code: str, own_id: int | None) -> None:
    if coop_catalog.national_protocol(code) is not None:
        raise FieldErrors({"code": N_("Ce code est celui d'un protocole du catalogue national.")})
    other = tx.session.scalars(select(CoopProtocol).where(CoopProtocol.code == code)).first()
    if other is not None and other.id != own_id:
        raise FieldErrors({"code": N_("Ce code est déjà utilisé par un protocole de l'équipe.")})


def add_team_protocol(
    db: Database, actor: Actor, values: TeamProtocolInput
) -> tuple[int, OpChanges]:
    """Add the team's own protocol; it is then offered with the national ones."""
    values = _clean_protocol(values)
    with operation(db, actor) as tx:
        _check_code_free(tx, values.code, None)
        p = CoopProtocol(
            code=values.code, title=values.title, origin=values.origin, rules=values.rules
        )
        tx.session.add(p)
        tx.record("create", Entity.COOP_PROTOCOL, p, code=values.code, origin=values.origin)
    return p.id, tx.changes


def update_team_protocol(
    db: Database,
    actor: Actor,
    protocol_id: int,
    values: TeamProtocolInput,
    expected_revision: int | None = None,
) -> OpChanges:
    values = _clean_protocol(values)
    with operation(db, actor) as tx:
        p = tx.get(CoopProtocol, protocol_id, what=N_("protocole"))
        check_revision(p, expected_revision)
        _check_code_free(tx, values.code, p.id)
        if values.code != p.code and tx.session.scalar(
            select(func.count()).select_from(Declaration).where(Declaration.protocol_code == p.code)
        ):
            raise FieldErrors(
                {"code": N_("Ce protocole est déjà déclaré : son code ne change plus.")}
            )
        p.code, p.title, p.origin, p.rules = values.code, values.title, values.origin, values.rules
        tx.record("update", Entity.COOP_PROTOCOL, p, code=values.code, versions=len(values.rules))
    return tx.changes


# ---------------------------------------------------------------- declarations


def new_declaration_input(db: Database) -> DeclarationInput:
    """A blank declaration with the legal representative prefilled from the structure."""
    with db.read() as s:
        st = structure_in(s)
    if st is None:
        return DeclarationInput()
    return DeclarationInput(
        legal_rep_name=st.legal_rep_name, legal_rep_contact=st.legal_rep_contact
    )


def _split(raw: dict[str, Any]) -> dict[str, int | float]:
    out: dict[str, int | float] = {}
    for role in coop_catalog.ROLES:
        value = raw.get(role)
        if value is None or str(value).strip() == "":
            continue
        try:
            amount = Decimal(str(value).replace(",", ".").replace("€", "").strip())
        except InvalidOperation:
            raise FieldErrors(
                {"financing_split": N_("Montant de la répartition illisible.")}
            ) from None
        out[role] = int(amount) if amount == amount.to_integral_value() else float(amount)
    return out


def _check_declaration_input(tx: Tx, v: DeclarationInput) -> DeclarationInput:
    v = DeclarationInput(
        protocol_code=v.protocol_code.strip(),
        referent_id=v.referent_id,
        legal_rep_name=clean_line(v.legal_rep_name, 200, field="legal_rep_name"),
        legal_rep_contact=clean_line(v.legal_rep_contact, 200, field="legal_rep_contact"),
        start_date=v.start_date,
        financing_split=_split(v.financing_split or {}),
    )
    protocol = protocol_in(tx.session, v.protocol_code)
    if protocol is None:
        raise FieldErrors({"protocol_code": N_("Choisissez un protocole dans le catalogue.")})
    if v.referent_id is not None and tx.session.get(Professional, v.referent_id) is None:
        raise FieldErrors({"referent_id": N_("Professionnel introuvable.")})
    if v.financing_split:
        rule = declared_rule(protocol.entry, v.start_date)
        if found := coop_rules.check_split(rule, v.financing_split):
            raise FieldErrors({"financing_split": found[0]})
    return v


def create_declaration(
    db: Database, actor: Actor, values: DeclarationInput
) -> tuple[int, OpChanges]:
    """Start a declaration (draft); problems never block saving, only "ready to declare"."""
    with operation(db, actor) as tx:
        values = _check_declaration_input(tx, values)
        decl = Declaration(**{f.name: getattr(values, f.name) for f in fields(DeclarationInput)})
        tx.session.add(decl)
        tx.record("create", Entity.DECLARATION, decl, protocol=values.protocol_code)
    log.info("declaration %s created for %s", decl.id, values.protocol_code)
    return decl.id, tx.changes


def update_declaration(
    db: Database,
    actor: Actor,
    declaration_id: int,
    values: DeclarationInput,
    expected_revision: int | None = None,
) -> OpChanges:
    with operation(db, actor) as tx:
        decl = tx.get(Declaration, declaration_id, what=N_("déclaration"))
        check_revision(decl, expected_revision)
        values = _check_declaration_input(tx, values)
        if decl.status != "draft" and (values.protocol_code, values.start_date) != (
            decl.protocol_code,
            decl.start_date,
        ):
            raise TransitionError(
                N_(
                    "La déclaration est déposée : le protocole et la date de "
                    "début ne peuvent plus changer."
                )
            )
        changed = []
        for f in fields(DeclarationInput):
            if getattr(decl, f.name) != getattr(values, f.name):
                changed.append(f.name)
                setattr(decl, f.name, getattr(values, f.name))
        tx.record("update", Entity.DECLARATION, decl, fields=changed)
    return tx.changes


def delete_draft(db: Database, actor: Actor, declaration_id: int) -> OpChanges:
    """Drop a declaration never filed; a filed one stays, with its history."""
    with operation(db, actor) as tx:
        decl = tx.get(Declaration, declaration_id, what=N_("déclaration"))
        if decl.status != "draft":
            raise TransitionError(N_("Une déclaration déposée ne se supprime pas."))
        tx.record("delete", Entity.DECLARATION, declaration_id, protocol=decl.protocol_code)
        tx.session.delete(decl)
    return tx.changes


def problems_in(session: Session, declaration_id: int) -> list[str]:
    """Everything that still prevents filing, in plain French (empty: ready to declare)."""
    view = declaration_in(session, declaration_id)
    found: list[str] = []
    st = structure_in(session)
    if st is None:
        found.append(
            tr(
                N_(
                    "Structure non renseignée : indiquez son nom (et son FINESS s'il "
                    "existe) dans l'écran Équipe."
                )
            )
        )
    else:
        for msg in team.structure_problems(team.StructureInput.of(st)).values():
            found.append(tr(N_("Structure : {problem}")).format(problem=tr(msg)))
    protocol = protocol_in(session, view.protocol_code)
    if protocol is None:
        return [
            *found,
            tr(N_("Protocole « {code} » introuvable dans le catalogue.")).format(
                code=view.protocol_code
            ),
        ]
    rule = declared_rule(protocol.entry, view.start_date)
    found += coop_rules.check_declaration(
        rule, view.current_members, view.start_date, view.referent_id, view.legal_rep_name
    )
    referent = view.referent
    if view.referent_id is not None and referent is None:
        found.append(tr(N_("Le référent déclarant doit faire partie des membres déclarés.")))
    elif referent is not None and not (referent.email or referent.phone):
        found.append(
            tr(
                N_(
                    "{name} : coordonnées du référent déclarant manquantes (e-mail ou "
                    "téléphone), à compléter dans l'écran Équipe."
                )
            ).format(name=referent.name)
        )
    if view.legal_rep_name.strip() and not view.legal_rep_contact.strip():
        found.append(tr(N_("Coordonnées du représentant légal manquantes.")))
    return found


def problems(db: Database, declaration_id: int) -> list[str]:
    with db.read() as s:
        return problems_in(s, declaration_id)


def mark_declared(
    db: Database,
    actor: Actor,
    declaration_id: int,
    declared_on: dt.date,
    expected_revision: int | None = None,
) -> OpChanges:
    """Record that the declaration was filed on the ministry's procedure; refused while
    problems remain."""
    with operation(db, actor) as tx:
        decl = tx.get(Declaration, declaration_id, what=N_("déclaration"))
        check_revision(decl, expected_revision)
        if decl.status != "draft":
            raise TransitionError(N_("Cette déclaration a déjà été déposée."))
        if declared_on is None:
            raise ValidationError(N_("Indiquez la date du dépôt."), field="declared_on")
        if found := problems_in(tx.session, declaration_id):
            raise ValidationError(
                N_(
                    "La déclaration n'est pas prête. Problèmes à corriger d'abord : {count}. "
                    "Premier : {first}"
                ),
                count=len(found),
                first=found[0],
            )
        decl.status, decl.declared_on = "declared", declared_on
        tx.record("declare", Entity.DECLARATION, decl, declared_on=_iso(declared_on))
    log.info("declaration %s declared on %s", declaration_id, declared_on)
    return tx.changes
