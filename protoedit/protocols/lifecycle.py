"""Operations on care protocols as drafts: create, autosave, rename, revise, archive; the
locking helpers the validation round (`protocols.approvals`) shares."""

from __future__ import annotations

import copy
import datetime as dt
import logging

from sqlalchemy import exc as sa_exc
from sqlalchemy import select

from protoedit.errors import (
    ConflictError,
    NotFoundError,
    TransitionError,
    ValidationError,
)
from protoedit.i18n import N_
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.protocols.cleaning import (
    clean_content,
    clean_identity,
    clean_note,
)
from protoedit.protocols.content import (
    Content,
    skeleton_steps,
)
from protoedit.protocols.queries import code_taken
from protoedit.store.database import Database
from protoedit.store.models import Professional, Protocol, ProtocolVersion

log = logging.getLogger("protoedit.protocols")

MSG_DUPLICATE = N_(
    "Le code {code} est déjà utilisé par un autre protocole. Choisissez-en un autre."
)
MSG_FROZEN = N_(
    "Cette version est figée (validée, remplacée ou archivée). Révisez-la pour la "
    "modifier : une nouvelle version brouillon sera créée."
)
MSG_IN_REVIEW = N_(
    "Cette version est en cours de validation : elle ne peut plus être modifiée. "
    "Pour la corriger, un validateur doit la refuser (retour en brouillon)."
)
MSG_NO_DRAFT = N_(
    "Ce protocole n'a pas de version brouillon : la version validée est figée. "
    "Ouvrez une révision pour changer son code, son titre ou son thème ACI."
)


class _Unchanged(Exception):
    """Raised inside an operation that has nothing to write: rolls back, no audit event."""


# -- helpers inside a transaction ------------------------------------------------------------


def lock_version(tx: Tx, version_id: int) -> ProtocolVersion:
    """The version, locked for this transaction; its protocol counts as changed."""
    v = tx.session.get(ProtocolVersion, version_id, with_for_update=True)
    if v is None:
        raise NotFoundError(N_("version"), version_id)
    tx.changes.add(Entity.PROTOCOL, v.protocol_id)
    return v


def _lock_protocol(tx: Tx, protocol_id: int) -> Protocol:
    p = tx.session.get(Protocol, protocol_id, with_for_update=True)
    if p is None:
        raise NotFoundError(N_("protocole"), protocol_id)
    return p


def require_draft(v: ProtocolVersion) -> None:
    """Refuse to change a version in review or frozen."""
    if v.status == "in_review":
        raise TransitionError(MSG_IN_REVIEW)
    if v.status != "draft":
        raise TransitionError(MSG_FROZEN)


# -- operations ------------------------------------------------------------------------------


def create_protocol(
    db: Database,
    actor: Actor,
    code: str,
    title: str,
    aci_theme: str = "",
    content: Content | None = None,
    skeleton: bool = True,
    working_group: list[int] | None = None,
    review_due: dt.date | None = None,
) -> tuple[int, int, OpChanges]:
    """A new protocol with its version 1 as a draft; returns (protocol id, version id, changes).
    Members of `working_group` no longer in the team are left out."""
    code, title, aci_theme = clean_identity(code, title, aci_theme)
    group = list(dict.fromkeys(int(i) for i in working_group or []))
    if content is None:
        content = Content(steps=skeleton_steps() if skeleton else [])
    body = clean_content(content).to_dict()
    try:
        with operation(db, actor) as tx:
            if code_taken(tx.session, code):
                raise ValidationError(MSG_DUPLICATE, field="code", code=code)
            known = (
                set(tx.session.scalars(select(Professional.id).where(Professional.id.in_(group))))
                if group
                else set()
            )
            proto = Protocol(code=code, title=title, aci_theme=aci_theme)
            version = ProtocolVersion(
                protocol=proto,
                number=1,
                status="draft",
                content=body,
                working_group=[i for i in group if i in known],
                code=code,
                title=title,
                aci_theme=aci_theme,
                review_due=review_due,
            )
            tx.session.add_all([proto, version])
            tx.session.flush()
            tx.record("create", Entity.PROTOCOL, proto, code=code, title=title)
            tx.record("create", Entity.PROTOCOL_VERSION, version, code=code, number=1)
    except sa_exc.IntegrityError as err:  # the same code saved on another PC meanwhile
        raise ValidationError(MSG_DUPLICATE, field="code", code=code) from err
    log.info("protocol %s created (id %s)", code, proto.id)
    return proto.id, version.id, tx.changes


Identity = tuple[str, str, str]  # (code, title, ACI theme) of one version


def save_draft(
    db: Database,
    actor: Actor,
    version_id: int,
    content: Content,
    working_group: list[int],
    review_due: dt.date | None,
    expected_revision: int | None,
    identity: Identity | None = None,
) -> OpChanges:
    """Autosave of a draft, its code, title and ACI theme included (one transaction); nothing is
    written (and no event) when nothing changed."""
    body = clean_content(content).to_dict()
    group = list(dict.fromkeys(int(i) for i in working_group))
    new_identity = clean_identity(*identity) if identity is not None else None
    try:
        with operation(db, actor) as tx:
            v = lock_version(tx, version_id)
            require_draft(v)
            check_revision(v, expected_revision)
            known = (
                set(tx.session.scalars(select(Professional.id).where(Professional.id.in_(group))))
                if group
                else set()
            )
            if unknown := [i for i in group if i not in known]:
                raise ValidationError(
                    N_("Professionnel inconnu dans le groupe de travail ({ids})."),
                    field="working_group",
                    ids=", ".join(map(str, unknown)),
                )
            renamed = _set_identity(tx, v, new_identity) if new_identity else {}
            parts = [
                name
                for name, old, new in (
                    ("content", v.content, body),
                    ("working_group", list(v.working_group or []), group),
                    ("review_due", v.review_due, review_due),
                )
                if old != new
            ]
            if renamed:
                parts.append("identity")
            if not parts:
                raise _Unchanged
            v.content, v.working_group, v.review_due = body, group, review_due
            tx.record(
                "save_draft",
                Entity.PROTOCOL_VERSION,
                v,
                code=v.code,
                number=v.number,
                parts=parts,
                **({"changes": renamed} if renamed else {}),
            )
    except _Unchanged:
        return OpChanges()
    except sa_exc.IntegrityError as err:  # the same code saved on another PC meanwhile
        code = new_identity[0] if new_identity else ""
        raise ValidationError(MSG_DUPLICATE, field="code", code=code) from err
    return tx.changes


def _set_identity(tx: Tx, v: ProtocolVersion, identity: Identity) -> dict[str, list[str]]:
    """Give a draft version a new code, title or theme; the protocol row follows while no
    version is in force. Returns {field: [old, new]} of what changed."""
    code, title, aci_theme = identity
    new = {"code": code, "title": title, "aci_theme": aci_theme}
    changed = {k: [getattr(v, k), val] for k, val in new.items() if getattr(v, k) != val}
    if not changed:
        return {}
    if "code" in changed and code_taken(tx.session, code, except_id=v.protocol_id):
        raise ValidationError(MSG_DUPLICATE, field="code", code=code)
    for key, (_old, val) in changed.items():
        setattr(v, key, val)
    if not _has_version_in_force(tx, v.protocol_id):
        mirror_identity(tx, v)
    return changed


def _has_version_in_force(tx: Tx, protocol_id: int) -> bool:
    q = select(ProtocolVersion.id).where(
        ProtocolVersion.protocol_id == protocol_id, ProtocolVersion.status == "approved"
    )
    return tx.session.scalars(q.limit(1)).first() is not None


def mirror_identity(tx: Tx, v: ProtocolVersion) -> None:
    """The protocol row shows this version's identity (lists, look-ups by code)."""
    p = v.protocol
    if (p.code, p.title, p.aci_theme) != (v.code, v.title, v.aci_theme):
        p.code, p.title, p.aci_theme = v.code, v.title, v.aci_theme
        tx.session.flush()  # a code taken meanwhile on another PC fails here, inside the op


def update_identity(
    db: Database,
    actor: Actor,
    protocol_id: int,
    code: str,
    title: str,
    aci_theme: str,
    expected_revision: int | None,
) -> OpChanges:
    """Change the code, title or ACI theme of a protocol's draft (the editor saves them with the
    content in `save_draft`). Approved versions stay frozen: with no draft this is refused.

    `expected_revision` is the draft version's revision as loaded."""
    new_identity = clean_identity(code, title, aci_theme)
    try:
        with operation(db, actor) as tx:
            p = _lock_protocol(tx, protocol_id)
            if p.versions and all(v.status in ("archived", "superseded") for v in p.versions):
                raise TransitionError(
                    N_("Ce protocole est archivé : il ne peut plus être modifié.")
                )
            draft = next(
                (v for v in reversed(p.versions) if v.status in ("draft", "in_review")), None
            )
            if draft is None:
                raise TransitionError(MSG_NO_DRAFT)
            tx.session.refresh(draft, with_for_update=True)
            require_draft(draft)
            check_revision(draft, expected_revision)
            changed = _set_identity(tx, draft, new_identity)
            if not changed:
                raise _Unchanged
            tx.changes.add(Entity.PROTOCOL_VERSION, draft.id)
            tx.record("update_identity", Entity.PROTOCOL, p, number=draft.number, changes=changed)
    except _Unchanged:
        return OpChanges()
    except sa_exc.IntegrityError as err:
        raise ValidationError(MSG_DUPLICATE, field="code", code=new_identity[0]) from err
    return tx.changes


def revise(db: Database, actor: Actor, protocol_id: int, change_note: str) -> tuple[int, OpChanges]:
    """A new draft version copied from the approved one; returns its id."""
    note = clean_note(change_note, "change_note", N_("Indiquez ce qui motive la révision."))
    try:
        with operation(db, actor) as tx:
            p = _lock_protocol(tx, protocol_id)
            latest = p.versions[-1]
            if latest.status in ("draft", "in_review"):
                raise TransitionError(
                    N_(
                        "La version {number} est déjà en cours (brouillon ou en "
                        "validation) : terminez-la avant d'en ouvrir une autre."
                    ),
                    number=latest.number,
                )
            if latest.status != "approved":
                raise TransitionError(
                    N_(
                        "Ce protocole n'a pas de version validée en vigueur "
                        "(remplacée ou archivée) : il ne peut pas être révisé."
                    )
                )
            new = ProtocolVersion(
                protocol=p,
                number=latest.number + 1,
                status="draft",
                content=copy.deepcopy(latest.content),
                working_group=list(latest.working_group or []),
                change_note=note,
                code=latest.code,
                title=latest.title,
                aci_theme=latest.aci_theme,
            )
            tx.session.add(new)
            tx.session.flush()
            tx.changes.add(Entity.PROTOCOL, p.id)
            tx.record(
                "revise",
                Entity.PROTOCOL_VERSION,
                new,
                code=p.code,
                number=new.number,
                from_number=latest.number,
                note=note,
            )
    except sa_exc.IntegrityError as err:  # the same revision opened on another PC meanwhile
        raise ConflictError() from err
    return new.id, tx.changes


def archive(db: Database, actor: Actor, protocol_id: int) -> OpChanges:
    """Withdraw a protocol: its approved version and any open draft or review become archived."""
    with operation(db, actor) as tx:
        p = _lock_protocol(tx, protocol_id)
        live = [v for v in p.versions if v.status in ("approved", "draft", "in_review")]
        if not live:
            raise TransitionError(N_("Ce protocole est déjà archivé."))
        for v in live:
            v.status = "archived"
            tx.changes.add(Entity.PROTOCOL_VERSION, v.id)
        tx.record("archive", Entity.PROTOCOL, p, code=p.code, numbers=[v.number for v in live])
    return tx.changes
