"""The validation round of a protocol version: submit, sign or refuse (personal code checked),
and the periodic review of the version in force."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import exc as sa_exc
from sqlalchemy import select

from protoedit.errors import TransitionError, ValidationError
from protoedit.i18n import N_, tr
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.protocols import completeness
from protoedit.protocols.cleaning import clean_note
from protoedit.protocols.completeness import Problem
from protoedit.protocols.content import Content
from protoedit.protocols.lifecycle import (
    MSG_DUPLICATE,
    MSG_FROZEN,
    lock_version,
    mirror_identity,
    require_draft,
)
from protoedit.protocols.queries import professions_of, years_later
from protoedit.store.database import Database
from protoedit.store.models import Approval, Professional, ProtocolReview, ProtocolVersion
from protoedit.store.models.base import utcnow
from protoedit.team import pin_matches

log = logging.getLogger("protoedit.protocols")


MSG_NOT_SUBMITTED = N_("Cette version n'est pas soumise à validation : soumettez-la d'abord.")


MSG_ALREADY_APPROVED = N_("Cette version est déjà validée.")


class IncompleteError(TransitionError):
    """Submission refused: `problems` lists what blocks it."""

    template = N_("Cette version ne peut pas être soumise ; à régler d'abord :\n{problems}")

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(None, problems=self._listing("fr"))

    def _listing(self, lang: str | None) -> str:
        return "\n".join(f"• {p.text(lang)}" for p in self.problems)

    def message(self, lang: str | None = None) -> str:
        return tr(self.template, lang=lang).format(problems=self._listing(lang))


def _require_in_review(v: ProtocolVersion) -> None:
    if v.status == "draft":
        raise TransitionError(MSG_NOT_SUBMITTED)
    if v.status == "approved":
        raise TransitionError(MSG_ALREADY_APPROVED)
    if v.status != "in_review":
        raise TransitionError(MSG_FROZEN)


def _signer(tx: Tx, approver_id: int, pin: str) -> Professional:
    pro = tx.session.get(Professional, approver_id)
    if pro is None or not pro.active:
        raise ValidationError(
            N_("Choisissez un professionnel actif de l'équipe."), field="approver"
        )
    if not pro.pin_hash:
        raise ValidationError(
            N_(
                "{name} n'a pas encore de code personnel : il se définit dans "
                "l'écran Équipe (fiche de {name}, « Code personnel »)."
            ),
            field="pin",
            name=pro.full_name,
        )
    if not pin_matches(pro, pin):
        raise ValidationError(N_("Code personnel incorrect."), field="pin")
    return pro


def _add_decision(
    tx: Tx, v: ProtocolVersion, pro: Professional, decision: str, meaning: str
) -> dt.datetime:
    """One signature or refusal of `pro`, dated no earlier than the submission; returns its time."""
    at = max(utcnow(), v.submitted_at or utcnow())
    tx.session.add(
        Approval(
            version=v,
            professional_id=pro.id,
            name=pro.full_name,
            profession=pro.profession,
            decision=decision,
            meaning=meaning,
            at=at,
        )
    )
    return at


def _current_round(v: ProtocolVersion) -> list[Approval]:
    since = v.submitted_at
    return [
        a for a in v.approvals if since is not None and a.decision == "approve" and a.at >= since
    ]


def submit(
    db: Database, actor: Actor, version_id: int, expected_revision: int | None = None
) -> OpChanges:
    """Draft -> in review, once nothing blocking remains."""
    with operation(db, actor) as tx:
        v = lock_version(tx, version_id)
        if v.status == "in_review":
            raise TransitionError(N_("Cette version est déjà soumise à validation."))
        require_draft(v)
        check_revision(v, expected_revision)
        group = professions_of(tx.session, [int(i) for i in v.working_group or []])
        problems = completeness.check(Content.from_dict(v.content), group, v.review_due, v.title)
        if blocking := completeness.blocking(problems):
            raise IncompleteError(blocking)
        # Strictly after every earlier signature, so the new round starts empty even across
        # PCs whose clocks differ.
        earlier = [a.at + dt.timedelta(microseconds=1) for a in v.approvals]
        v.status, v.submitted_at, v.refusal_reason = "in_review", max([utcnow(), *earlier]), ""
        tx.record(
            "submit",
            Entity.PROTOCOL_VERSION,
            v,
            code=v.code,
            number=v.number,
            warnings=len(problems),
        )
    return tx.changes


def approve(
    db: Database,
    actor: Actor,
    version_id: int,
    approver_id: int,
    pin: str,
    meaning: str,
    required: int = 2,
) -> OpChanges:
    """One signature; the `required`-th of the round approves the version."""
    meaning = clean_note(meaning, "meaning") or N_("Approuve cette version du protocole.")
    with operation(db, actor) as tx:
        v = lock_version(tx, version_id)
        _require_in_review(v)
        pro = _signer(tx, approver_id, pin)
        signed = _current_round(v)
        if any(a.professional_id == pro.id for a in signed):
            raise TransitionError(
                N_("{name} a déjà signé cette version : une autre signature est nécessaire."),
                name=pro.full_name,
            )
        at = _add_decision(tx, v, pro, "approve", meaning)
        count = len(signed) + 1
        tx.record(
            "sign",
            Entity.PROTOCOL_VERSION,
            v,
            code=v.code,
            number=v.number,
            signer=pro.full_name,
            profession=pro.profession,
            count=count,
            required=required,
        )
        if count >= max(1, required):
            try:
                _make_approved(tx, v, at)
            except sa_exc.IntegrityError as err:  # its code taken on another PC meanwhile
                raise ValidationError(MSG_DUPLICATE, field="code", code=v.code) from err
    return tx.changes


def _make_approved(tx: Tx, v: ProtocolVersion, at: dt.datetime) -> None:
    v.status, v.approved_at = "approved", at
    mirror_identity(tx, v)
    if v.review_due is None:
        v.review_due = years_later(dt.date.today())
    tx.record(
        "approve",
        Entity.PROTOCOL_VERSION,
        v,
        code=v.code,
        number=v.number,
        review_due=v.review_due.isoformat(),
    )
    older = tx.session.scalars(
        select(ProtocolVersion)
        .where(
            ProtocolVersion.protocol_id == v.protocol_id,
            ProtocolVersion.status == "approved",
            ProtocolVersion.id != v.id,
        )
        .with_for_update()
    )
    for old in older:
        old.status = "superseded"
        tx.record(
            "supersede",
            Entity.PROTOCOL_VERSION,
            old,
            code=v.code,
            number=old.number,
            by_number=v.number,
        )
    log.info("protocol %s version %s approved", v.code, v.number)


def refuse(
    db: Database, actor: Actor, version_id: int, approver_id: int, pin: str, reason: str
) -> OpChanges:
    """A refusal with its reason: the version goes back to draft and needs a new round."""
    reason = clean_note(reason, "reason", N_("Indiquez la raison du refus."))
    with operation(db, actor) as tx:
        v = lock_version(tx, version_id)
        _require_in_review(v)
        pro = _signer(tx, approver_id, pin)
        _add_decision(tx, v, pro, "refuse", reason)
        v.status, v.refusal_reason, v.submitted_at = "draft", reason, None
        tx.record(
            "refuse",
            Entity.PROTOCOL_VERSION,
            v,
            code=v.code,
            number=v.number,
            signer=pro.full_name,
            reason=reason,
        )
    return tx.changes


def record_review(
    db: Database, actor: Actor, version_id: int, note: str, next_review_due: dt.date | None
) -> OpChanges:
    """ "Relu, sans modification": the approved version stays, its review date moves on."""
    note = clean_note(note, "note")
    today = dt.date.today()
    if next_review_due is not None and next_review_due <= today:
        raise ValidationError(
            N_("La prochaine date de révision doit être postérieure à aujourd'hui."),
            field="next_review_due",
        )
    due = next_review_due or years_later(today)
    with operation(db, actor) as tx:
        v = lock_version(tx, version_id)
        if v.status != "approved":
            raise TransitionError(
                N_(
                    "Seule la version validée en vigueur peut être marquée "
                    "« relue, sans modification »."
                )
            )
        reviewer = actor.id if actor.id and tx.session.get(Professional, actor.id) else None
        v.review_due = due
        tx.session.add(
            ProtocolReview(
                version_id=v.id, professional_id=reviewer, note=note, next_review_due=due
            )
        )
        tx.record(
            "record_review",
            Entity.PROTOCOL_VERSION,
            v,
            code=v.code,
            number=v.number,
            next_review_due=due.isoformat(),
            note=note,
        )
    return tx.changes
