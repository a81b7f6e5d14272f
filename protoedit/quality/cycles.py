"""PDSA cycles of a protocol: plan, do, study, act; from a meeting decision, to a revision."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy import func, select

from protoedit.errors import FieldErrors, NotFoundError, TransitionError, ValidationError
from protoedit.i18n import N_
from protoedit.ops import Actor, Entity, OpChanges, Tx, check_revision, operation
from protoedit.protocols.lifecycle import revise
from protoedit.store.database import Database
from protoedit.store.models import AgendaItem, Decision, PdsaCycle, Protocol
from protoedit.textclean import clean_line, clean_text

log = logging.getLogger("protoedit.quality")

STAGES = ("plan", "do", "study", "act", "closed")
ACTS = ("adopt", "adapt", "abandon")
REVISING_ACTS = ("adopt", "adapt")
# The "état des lieux" of the team's clinical microsystem (Dartmouth "5 P").
MICROSYSTEM = ("purpose", "patients", "professionals", "processes", "patterns")
TEXTS = (
    "aim",
    "question",
    "prediction",
    "change",
    "who_when_where",
    "do_notes",
    "problems",
    "study",
    "act_notes",
    "next_cycle",
)
MAX_FIELD = 20_000
CHANGE_NOTE = N_("Révision issue du cycle PDSA {number} ({act}) : {aim}")
ACT_WORDS = {"adopt": N_("adopter"), "adapt": N_("adapter"), "abandon": N_("abandonner")}


@dataclass
class CycleInput:
    """Everything a team writes in a cycle; the stage follows from what is filled."""

    aim: str = ""
    question: str = ""
    prediction: str = ""
    change: str = ""
    who_when_where: str = ""
    indicators: list[str] = field(default_factory=list)
    microsystem: dict[str, str] = field(default_factory=dict)
    do_start: dt.date | None = None
    do_end: dt.date | None = None
    do_notes: str = ""
    problems: str = ""
    study: str = ""
    act: str = ""
    act_notes: str = ""
    next_cycle: str = ""


def stage_of(v: CycleInput) -> str:
    if v.act:
        return "closed"
    if v.study:
        return "study"
    if v.do_start is not None or v.do_notes:
        return "do"
    return "plan"


def _order(v: CycleInput) -> None:
    """A cycle is written in order: no Study before Do, no Act before Study."""
    if v.act and v.act not in ACTS:
        raise FieldErrors({"act": N_("Choisissez : adopter, adapter ou abandonner.")})
    if v.act and not v.study:
        raise FieldErrors({"act": N_("Écrivez l'étude (Study) avant de décider (Act).")})
    if v.study and v.do_start is None:
        raise FieldErrors(
            {
                "do_start": N_(
                    "Indiquez quand le test a commencé (Do) avant d'en étudier les résultats."
                )
            }
        )
    if v.do_start and v.do_end and v.do_end < v.do_start:
        raise FieldErrors({"do_end": N_("La fin du test précède son début.")})


def _clean(v: CycleInput) -> CycleInput:
    texts = {name: clean_text(getattr(v, name), MAX_FIELD, name).strip() for name in TEXTS}
    if not texts["aim"]:
        raise FieldErrors({"aim": N_("Indiquez le but du cycle (Plan).")})
    names = [clean_line(n, 300, "indicators") for n in v.indicators if n.strip()]
    micro = {k: clean_text(v.microsystem.get(k, ""), MAX_FIELD, k).strip() for k in MICROSYSTEM}
    cleaned = CycleInput(
        **texts,
        indicators=list(dict.fromkeys(names)),
        microsystem={k: t for k, t in micro.items() if t},
        do_start=v.do_start,
        do_end=v.do_end,
        act=v.act,
    )
    _order(cleaned)
    return cleaned


def _fill(c: PdsaCycle, v: CycleInput) -> list[str]:
    changed = []
    for name in (*TEXTS, "indicators", "microsystem", "do_start", "do_end", "act"):
        if getattr(c, name) != getattr(v, name):
            changed.append(name)
            setattr(c, name, getattr(v, name))
    stage = stage_of(v)
    if stage != c.stage:
        c.closed_at = dt.datetime.now(dt.UTC).replace(tzinfo=None) if stage == "closed" else None
        c.stage = stage
    return changed


def _next_number(tx: Tx, protocol_id: int) -> int:
    top = tx.session.scalar(
        select(func.max(PdsaCycle.number)).where(PdsaCycle.protocol_id == protocol_id)
    )
    return int(top or 0) + 1


def _new_cycle(tx: Tx, protocol_id: int, v: CycleInput, decision_id: int | None) -> PdsaCycle:
    c = PdsaCycle(
        protocol_id=protocol_id,
        number=_next_number(tx, protocol_id),
        decision_id=decision_id,
        stage="plan",
    )
    _fill(c, v)
    tx.session.add(c)
    tx.session.flush()
    tx.changes.add(Entity.PROTOCOL, protocol_id)
    tx.record(
        "plan",
        Entity.PDSA_CYCLE,
        c,
        protocol_id=protocol_id,
        number=c.number,
        decision_id=decision_id,
    )
    return c


def plan_cycle(
    db: Database, actor: Actor, protocol_id: int, values: CycleInput
) -> tuple[int, OpChanges]:
    """A new cycle on a protocol, numbered after its earlier ones."""
    v = _clean(values)
    with operation(db, actor) as tx:
        tx.get(Protocol, protocol_id, what=N_("protocole"))
        c = _new_cycle(tx, protocol_id, v, None)
    log.info("PDSA cycle %s planned on protocol %s", c.id, protocol_id)
    return c.id, tx.changes


def save_cycle(
    db: Database, actor: Actor, cycle_id: int, values: CycleInput, revision: int | None = None
) -> OpChanges:
    """Save what the team wrote in any stage; the stage follows (closed once Act is chosen)."""
    v = _clean(values)
    with operation(db, actor) as tx:
        c: PdsaCycle = tx.get(PdsaCycle, cycle_id, what=N_("cycle PDSA"))
        check_revision(c, revision)
        if c.protocol_version_id is not None and v.act != c.act:
            raise TransitionError(
                N_(
                    "Ce cycle a ouvert une révision du protocole : sa "
                    "décision (Act) ne peut plus changer."
                )
            )
        changed = _fill(c, v)
        tx.changes.add(Entity.PROTOCOL, c.protocol_id)
        tx.record(
            "save",
            Entity.PDSA_CYCLE,
            c,
            protocol_id=c.protocol_id,
            number=c.number,
            stage=c.stage,
            fields=changed,
        )
    return tx.changes


def start_from_decision(db: Database, actor: Actor, decision_id: int) -> tuple[int, OpChanges]:
    """A meeting decision about a protocol starts a cycle: its text becomes the cycle's aim."""
    with operation(db, actor) as tx:
        d: Decision = tx.get(Decision, decision_id, what=N_("décision"))
        item = tx.session.get(AgendaItem, d.item_id) if d.item_id is not None else None
        if item is None or item.protocol_id is None:
            raise ValidationError(
                N_("Cette décision n'est pas rattachée à un point de travail sur un protocole.")
            )
        if d.status == "cancelled":
            raise TransitionError(N_("Cette décision a été annulée."))
        if tx.session.scalar(select(PdsaCycle.id).where(PdsaCycle.decision_id == d.id)):
            raise TransitionError(N_("Un cycle PDSA a déjà été lancé pour cette décision."))
        aim = clean_text(d.text, MAX_FIELD, "aim").strip()
        c = _new_cycle(tx, item.protocol_id, CycleInput(aim=aim), d.id)
        tx.changes.add(Entity.DECISION, d.id)
    return c.id, tx.changes


def open_revision(db: Database, actor: Actor, cycle_id: int) -> tuple[int, OpChanges]:
    """Act "adopt" or "adapt": a new draft of the protocol whose change note cites the cycle."""
    from protoedit.i18n import tr

    with db.read() as s:
        c = s.get(PdsaCycle, cycle_id)
        if c is None:
            raise NotFoundError(N_("cycle PDSA"), cycle_id)
        if c.protocol_version_id is not None:
            raise TransitionError(N_("Une révision du protocole a déjà été ouverte pour ce cycle."))
        if c.act not in REVISING_ACTS:
            raise TransitionError(
                N_(
                    "Seul un cycle conclu par « adopter » ou « adapter » "
                    "ouvre une révision du protocole."
                )
            )
        note = tr(CHANGE_NOTE).format(number=c.number, act=tr(ACT_WORDS[c.act]), aim=c.aim)
        protocol_id, revision = c.protocol_id, c.revision
    version_id, changes = revise(db, actor, protocol_id, note[:5000])
    with operation(db, actor) as tx:
        c = tx.get(PdsaCycle, cycle_id, what=N_("cycle PDSA"))
        check_revision(c, revision)
        c.protocol_version_id = version_id
        tx.record(
            "open_revision",
            Entity.PDSA_CYCLE,
            c,
            protocol_id=protocol_id,
            protocol_version_id=version_id,
        )
    changes.merge(tx.changes)
    log.info("PDSA cycle %s opened protocol version %s", cycle_id, version_id)
    return version_id, changes
