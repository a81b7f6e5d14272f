"""Members of a declaration: before filing, a plain list; after, dated team changes."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from protoedit.cooperation import catalog as coop_catalog
from protoedit.cooperation import rules as coop_rules
from protoedit.cooperation.queries import declared_rule, protocol_in
from protoedit.errors import FieldErrors, TransitionError, ValidationError
from protoedit.i18n import N_
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.store.database import Database
from protoedit.store.models import Declaration, DeclarationMember, Professional, TeamChange
from protoedit.textclean import clean_text

log = logging.getLogger("protoedit.cooperation")

MAX_HOURS = 1000.0


@dataclass
class MemberInput:
    professional_id: int | None = None
    role: str = "delegue"  # delegant | delegue
    engagement_date: dt.date | None = None
    training_date: dt.date | None = None
    training_hours: float | None = None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _declaration(tx: Tx, declaration_id: int) -> Declaration:
    decl: Declaration = tx.get(Declaration, declaration_id, what=N_("déclaration"))
    return decl


def _profession_refusal(tx: Tx, decl: Declaration, role: str, profession: str) -> str | None:
    """Refused at once, naming the professions the protocol allows in this role."""
    protocol = protocol_in(tx.session, decl.protocol_code)
    if protocol is None:
        return None
    return coop_rules.profession_refusal(
        declared_rule(protocol.entry, decl.start_date), role, profession
    )


def _check_member(
    tx: Tx, decl: Declaration, v: MemberInput, own_id: int | None, day: dt.date | None = None
) -> None:
    found: dict[str, str] = {}
    pro = None if v.professional_id is None else tx.session.get(Professional, v.professional_id)
    if pro is None:
        found["professional_id"] = N_("Choisissez un professionnel de l'équipe.")
    if v.role not in coop_catalog.ROLES:
        found["role"] = N_("Choisissez le rôle : délégant ou délégué.")
    elif pro is not None and (refused := _profession_refusal(tx, decl, v.role, pro.profession)):
        found["role"] = refused
    if v.training_hours is not None and not 0 <= v.training_hours <= MAX_HOURS:
        found["training_hours"] = N_("Nombre d'heures de formation invalide.")
    present = [
        m
        for m in decl.members
        if m.id != own_id
        and m.professional_id == v.professional_id
        and (m.left_on is None or (day is not None and m.left_on > day))
    ]
    if present and "professional_id" not in found:
        found["professional_id"] = N_("Ce professionnel fait déjà partie de l'équipe déclarée.")
    if found:
        raise FieldErrors(found)


def _new_member(decl: Declaration, v: MemberInput, joined_on: dt.date | None) -> DeclarationMember:
    m = DeclarationMember(
        professional_id=v.professional_id,
        role=v.role,
        engagement_date=v.engagement_date,
        training_date=v.training_date,
        training_hours=v.training_hours,
        joined_on=joined_on,
    )
    decl.members.append(m)
    return m


def _apply_team_change(
    tx: Tx,
    decl: Declaration,
    day: dt.date | None,
    joining: Sequence[MemberInput],
    leaving: Iterable[int],
    note: str = "",
) -> TeamChange:
    """Members join or leave on `day` (leavers keep their row, dated): one change to declare."""
    if day is None:
        raise ValidationError(N_("Indiquez la date du changement d'équipe."), field="change_date")
    if decl.start_date is not None and day < decl.start_date:
        raise ValidationError(
            N_("Le changement d'équipe ne peut précéder le début du protocole."),
            field="change_date",
        )
    leaving = list(dict.fromkeys(leaving))
    if not joining and not leaving:
        raise ValidationError(N_("Le changement d'équipe ne comporte ni arrivée ni départ."))
    by_id = {m.id: m for m in decl.members}
    for mid in leaving:
        m = by_id.get(mid)
        if m is None or m.left_on is not None:
            raise ValidationError(N_("Ce membre ne fait plus partie de l'équipe."), field="leaving")
        if m.joined_on is not None and day <= m.joined_on:
            raise ValidationError(
                N_("Un départ doit suivre la date d'arrivée du membre."), field="change_date"
            )
        m.left_on = day
    added = []
    for v in joining:
        _check_member(tx, decl, v, None, day)
        added.append(_new_member(decl, v, day))
    tx.session.flush()
    change = TeamChange(
        declaration_id=decl.id,
        change_date=day,
        added=[m.id for m in added],
        removed=leaving,
        note=clean_text(note, 2000, field="note").strip(),
    )
    tx.session.add(change)
    tx.record(
        "team_change",
        Entity.TEAM_CHANGE,
        change,
        declaration_id=decl.id,
        day=_iso(day),
        added=change.added,
        removed=leaving,
    )
    tx.record("update", Entity.DECLARATION, decl.id)
    return change


def record_team_change(
    db: Database,
    actor: Actor,
    declaration_id: int,
    change_date: dt.date,
    joining: Sequence[MemberInput] = (),
    leaving: Iterable[int] = (),
    note: str = "",
) -> tuple[int, OpChanges]:
    """After the declaration: who joined and who left on which date, to declare again."""
    with operation(db, actor) as tx:
        decl = _declaration(tx, declaration_id)
        if decl.status == "draft":
            raise TransitionError(
                N_(
                    "La déclaration n'est pas encore déposée : modifiez "
                    "directement la liste des membres."
                )
            )
        change = _apply_team_change(tx, decl, change_date, joining, leaving, note)
    log.info("team change %s on declaration %s", change.id, declaration_id)
    return change.id, tx.changes


def add_member(
    db: Database,
    actor: Actor,
    declaration_id: int,
    values: MemberInput,
    change_date: dt.date | None = None,
) -> tuple[int, OpChanges]:
    """Add a member; once declared, this is a dated team change (`change_date` required)."""
    with operation(db, actor) as tx:
        decl = _declaration(tx, declaration_id)
        if decl.status != "draft":
            change = _apply_team_change(tx, decl, change_date, [values], [])
            member_id = change.added[0]
        else:
            _check_member(tx, decl, values, None)
            m = _new_member(decl, values, None)
            tx.session.flush()
            member_id = m.id
            tx.record(
                "create", Entity.DECLARATION_MEMBER, m, declaration_id=decl.id, role=values.role
            )
    return member_id, tx.changes


def update_member(
    db: Database,
    actor: Actor,
    member_id: int,
    values: MemberInput,
    expected_revision: int | None = None,
) -> OpChanges:
    """Correct a member's dates and training; once declared, who and which role are fixed."""
    with operation(db, actor) as tx:
        m = tx.get(DeclarationMember, member_id, what=N_("membre"))
        check_revision(m, expected_revision)
        decl = m.declaration
        if decl.status != "draft" and (values.professional_id, values.role) != (
            m.professional_id,
            m.role,
        ):
            raise TransitionError(
                N_(
                    "La déclaration est déposée : un changement de membre ou de "
                    "rôle se déclare comme une modification d'équipe."
                )
            )
        _check_member(tx, decl, values, m.id)
        changed = []
        for f in fields(MemberInput):
            if getattr(m, f.name) != getattr(values, f.name):
                changed.append(f.name)
                setattr(m, f.name, getattr(values, f.name))
        tx.record("update", Entity.DECLARATION_MEMBER, m, declaration_id=decl.id, fields=changed)
    return tx.changes


def remove_member(
    db: Database,
    actor: Actor,
    member_id: int,
    change_date: dt.date | None = None,
    expected_revision: int | None = None,
) -> OpChanges:
    """Draft: drop the row. Declared: the member leaves on `change_date` (never deleted)."""
    with operation(db, actor) as tx:
        m = tx.get(DeclarationMember, member_id, what=N_("membre"))
        check_revision(m, expected_revision)
        decl = m.declaration
        if decl.status != "draft":
            _apply_team_change(tx, decl, change_date, [], [m.id])
        else:
            tx.record("delete", Entity.DECLARATION_MEMBER, m.id, declaration_id=decl.id)
            decl.members.remove(m)
    return tx.changes
