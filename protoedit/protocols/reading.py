"""Read acknowledgements: "J'ai lu cette version", what changed for me since, who has read what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from protoedit.errors import TransitionError
from protoedit.i18n import N_, tr
from protoedit.offline_copy import MADE_AT
from protoedit.ops import Actor, Entity, OpChanges, operation
from protoedit.protocols.content import Content
from protoedit.protocols.what_changed import (
    ProfessionChanges,
    changes_for,
    concerned_by_steps,
    concerned_professions,
)
from protoedit.store.database import Database
from protoedit.store.models import Acknowledgement, Meta, Professional, ProtocolVersion, utcnow

READ, UNCHANGED, UNREAD, NEVER = "read", "unchanged", "unread", "never"
# On the local read-only copy a reading is refused, not queued: the copy is replaced whole at
# each refresh, and a reading sent later could land on a version replaced meanwhile.
MSG_OFFLINE = N_(
    "Copie locale hors ligne : votre lecture ne peut pas être enregistrée ici (le "
    "serveur est injoignable). Cliquez sur « J'ai lu cette version » quand ProtoEdit "
    "sera de nouveau connecté au serveur."
)


class _AlreadyRead(Exception):
    """Internal: the acknowledgement exists (maybe just made on another PC)."""


@dataclass(frozen=True)
class Acknowledged:
    professional_id: int
    version_id: int
    number: int
    at: dt.datetime
    actor: str


def acknowledge(db: Database, actor: Actor, version_id: int, professional_id: int) -> OpChanges:
    """`professional_id` has read this version (the one in force). Idempotent: a second click,
    or the same person acknowledged at the same time on another PC, changes nothing."""
    try:
        with operation(db, actor) as tx:
            if tx.session.get(Meta, MADE_AT) is not None:  # the local read-only copy
                raise TransitionError(MSG_OFFLINE)
            v = tx.get(ProtocolVersion, version_id, N_("version"))
            pro = tx.get(Professional, professional_id, N_("professionnel"))
            if v.status != "approved":
                raise TransitionError(
                    N_(
                        "Seule la version en vigueur peut être marquée comme lue "
                        "(la version {number} n'est plus en vigueur : rouvrez "
                        "le protocole)."
                    ),
                    number=v.number,
                )
            done = select(Acknowledgement.id).where(
                Acknowledgement.version_id == v.id, Acknowledgement.professional_id == pro.id
            )
            if tx.session.scalars(done).first() is not None:
                raise _AlreadyRead
            ack = Acknowledgement(
                version_id=v.id, professional_id=pro.id, at=utcnow(), actor=actor.name
            )
            tx.session.add(ack)
            tx.changes.add(Entity.PROTOCOL_VERSION, v.id)
            tx.record(
                "acknowledge",
                Entity.ACKNOWLEDGEMENT,
                ack,
                code=v.code,
                number=v.number,
                reader=pro.full_name,
                profession=pro.profession,
            )
    except (_AlreadyRead, sa_exc.IntegrityError):
        return OpChanges()
    return tx.changes


def _acks(session: Session, protocol_id: int) -> dict[int, Acknowledged]:
    """Each professional's latest acknowledgement of this protocol."""
    q = (
        select(Acknowledgement, ProtocolVersion.number)
        .join(ProtocolVersion, ProtocolVersion.id == Acknowledgement.version_id)
        .where(ProtocolVersion.protocol_id == protocol_id)
        .order_by(ProtocolVersion.number, Acknowledgement.at)
    )
    latest: dict[int, Acknowledged] = {}
    for ack, number in session.execute(q):
        latest[ack.professional_id] = Acknowledged(
            ack.professional_id, ack.version_id, number, ack.at, ack.actor
        )
    return latest


def _content(session: Session, protocol_id: int, number: int) -> Content | None:
    raw = session.scalars(
        select(ProtocolVersion.content).where(
            ProtocolVersion.protocol_id == protocol_id, ProtocolVersion.number == number
        )
    ).first()
    return None if raw is None else Content.from_dict(raw)


@dataclass(frozen=True)
class WhatChanged:
    """The banner of the consultation: the version in force is newer than my last reading."""

    version_id: int
    number: int
    since_number: int | None  # the version I last read, or the one replaced (never read)
    changes: ProfessionChanges | None  # None: a first version, nothing to compare with
    last: Acknowledged | None


def changes_since_read(
    db: Database, version_id: int, professional_id: int, profession: str
) -> WhatChanged | None:
    """What changed for `profession` since this professional's last reading of the protocol
    (or since the version replaced, when she never read one); None when she has read it."""
    with db.read() as s:
        v = s.get(ProtocolVersion, version_id)
        if v is None or v.status != "approved":
            return None
        last = _acks(s, v.protocol_id).get(professional_id)
        if last is not None and last.number >= v.number:
            return None
        since = last.number if last is not None else v.number - 1
        old = _content(s, v.protocol_id, since) if since >= 1 else None
        new = Content.from_dict(v.content)
        changes = changes_for(old, new, profession) if old is not None else None
        return WhatChanged(v.id, v.number, since if old is not None else None, changes, last)


def _step_professions(raw: dict[str, Any] | None) -> list[list[str]]:
    """Each step's professions, read from the stored JSON without building the content."""
    return [
        [str(p) for p in (step.get("professions") or [])] for step in (raw or {}).get("steps") or []
    ]


@dataclass(frozen=True)
class ChangedProtocol:
    protocol_id: int
    version_id: int
    code: str
    title: str
    number: int
    changes: int  # number of changes for the profession (0 for a first version)
    new: bool  # never read and no earlier version


def changed_for_me(db: Database, professional_id: int, profession: str) -> list[ChangedProtocol]:
    """Protocols in force that concern `profession` and changed for it since this
    professional's last reading (a protocol she never read counts), by code."""
    out: list[ChangedProtocol] = []
    with db.read() as s:
        versions = s.execute(
            select(
                ProtocolVersion.id,
                ProtocolVersion.protocol_id,
                ProtocolVersion.code,
                ProtocolVersion.title,
                ProtocolVersion.number,
                ProtocolVersion.content,
            )
            .where(ProtocolVersion.status == "approved")
            .order_by(ProtocolVersion.code)
        ).all()
        read = _last_numbers(s, professional_id)
        for vid, pid, code, title, number, raw in versions:
            last = read.get(pid)
            if last is not None and last >= number:
                continue
            if profession not in concerned_by_steps(_step_professions(raw), [profession]):
                continue
            since = last if last is not None else number - 1
            old = _content(s, pid, since) if since >= 1 else None
            if old is None:
                out.append(ChangedProtocol(pid, vid, code, title, number, 0, True))
                continue
            changes = changes_for(old, Content.from_dict(raw), profession)
            if not changes.is_empty():
                out.append(ChangedProtocol(pid, vid, code, title, number, changes.count(), False))
    return out


def _last_numbers(session: Session, professional_id: int) -> dict[int, int]:
    q = (
        select(ProtocolVersion.protocol_id, ProtocolVersion.number)
        .join(Acknowledgement, Acknowledgement.version_id == ProtocolVersion.id)
        .where(Acknowledgement.professional_id == professional_id)
    )
    best: dict[int, int] = {}
    for pid, number in session.execute(q):
        best[pid] = max(number, best.get(pid, 0))
    return best


# -- the coordinator's reading list ------------------------------------------------------------


@dataclass(frozen=True)
class Reader:
    professional_id: int
    name: str
    profession: str
    email: str
    state: str  # read | unchanged (read an older one, nothing changed for her) | unread | never
    last: Acknowledged | None

    @property
    def up_to_date(self) -> bool:
        return self.state in (READ, UNCHANGED)


@dataclass(frozen=True)
class ReadingList:
    protocol_id: int
    version_id: int
    code: str
    title: str
    number: int
    readers: list[Reader]

    @property
    def done(self) -> int:
        return sum(r.up_to_date for r in self.readers)

    def to_remind(self) -> list[Reader]:
        return [r for r in self.readers if not r.up_to_date]


def reading_state_text(r: Reader, lang: str | None = None) -> str:
    """ "Lu le …", "À jour : …", "Non lu — dernière lecture : …" or "Non lu"."""
    last = r.last
    day = last.at.strftime("%d/%m/%Y") if last is not None else ""
    if r.state == READ and last is not None:
        return tr(N_("Lu le {date} (version {n})"), lang=lang).format(date=day, n=last.number)
    if r.state == UNCHANGED and last is not None:
        return tr(
            N_("À jour : rien ne change pour sa profession depuis la version {n} lue le {date}"),
            lang=lang,
        ).format(n=last.number, date=day)
    if last is not None:
        return tr(N_("Non lu — dernière lecture : version {n} le {date}"), lang=lang).format(
            n=last.number, date=day
        )
    return tr(N_("Non lu"), lang=lang)


def _state(
    session: Session, v: ProtocolVersion, new: Content, profession: str, last: Acknowledged | None
) -> str:
    if last is None:
        return NEVER
    if last.number >= v.number:
        return READ
    old = _content(session, v.protocol_id, last.number)
    if old is not None and changes_for(old, new, profession).is_empty():
        return UNCHANGED
    return UNREAD


def reading_list(db: Database, protocol_id: int) -> ReadingList | None:
    """Per active member of the team whose profession the version in force concerns (outside
    partners left out): read, up to date, or not read, with dates. None without a version in
    force."""
    with db.read() as s:
        v = s.scalars(
            select(ProtocolVersion)
            .where(ProtocolVersion.protocol_id == protocol_id, ProtocolVersion.status == "approved")
            .order_by(ProtocolVersion.number.desc())
        ).first()
        if v is None:
            return None
        people = s.scalars(
            select(Professional)
            .where(Professional.active.is_(True), Professional.partner.is_(False))
            .order_by(Professional.last_name, Professional.first_name)
        ).all()
        new = Content.from_dict(v.content)
        concerned = concerned_professions(new, [p.profession for p in people])
        acks = _acks(s, protocol_id)
        readers = [
            Reader(
                p.id,
                p.full_name,
                p.profession,
                p.email,
                _state(s, v, new, p.profession, acks.get(p.id)),
                acks.get(p.id),
            )
            for p in people
            if p.profession in concerned
        ]
        return ReadingList(protocol_id, v.id, v.code, v.title, v.number, readers)


def reading_counts(
    db: Database, protocol_ids: Collection[int] | None = None
) -> dict[int, tuple[int, int]]:
    """Protocol id -> (members up to date, members concerned) for the versions in force (of
    `protocol_ids`, or all): the count on the library rows. A few queries per call; the whole
    content is built only to compare with an older version someone read."""
    approved = ProtocolVersion.status == "approved"
    with db.read() as s:
        q = select(
            ProtocolVersion.protocol_id, ProtocolVersion.number, ProtocolVersion.content
        ).where(approved)
        acks = select(
            ProtocolVersion.protocol_id, Acknowledgement.professional_id, ProtocolVersion.number
        ).join(Acknowledgement, Acknowledgement.version_id == ProtocolVersion.id)
        if protocol_ids is not None:
            q = q.where(ProtocolVersion.protocol_id.in_(list(protocol_ids)))
            acks = acks.where(ProtocolVersion.protocol_id.in_(list(protocol_ids)))
        people = s.execute(
            select(Professional.id, Professional.profession).where(
                Professional.active.is_(True), Professional.partner.is_(False)
            )
        ).all()
        last: dict[tuple[int, int], int] = {}
        for pid, pro, number in s.execute(acks):
            last[(pid, pro)] = max(number, last.get((pid, pro), 0))
        team = [p for _, p in people]
        counts: dict[int, tuple[int, int]] = {}
        for pid, number, raw in s.execute(q):
            concerned = set(concerned_by_steps(_step_professions(raw), team))
            readers = [(i, p) for i, p in people if p in concerned]
            done = 0
            new: Content | None = None
            for i, profession in readers:
                read = last.get((pid, i))
                if read is not None and read >= number:
                    done += 1
                elif read is not None:
                    old = _content(s, pid, read)
                    new = new or Content.from_dict(raw)
                    done += old is not None and changes_for(old, new, profession).is_empty()
            counts[pid] = (done, len(readers))
        return counts


# -- reminders ---------------------------------------------------------------------------------


def reminder_text(lst: ReadingList, lang: str | None = None) -> tuple[str, str]:
    """Subject and body of the reminder to those who have not read the version in force."""
    subject = tr(N_("À lire : {code} version {n}"), lang=lang).format(code=lst.code, n=lst.number)
    body = tr(
        N_(
            "Bonjour,\n\nLa version {n} du protocole {code} — {title} est en vigueur. "
            "Merci de la lire dans ProtoEdit (consultation) puis de cliquer sur "
            "« J'ai lu cette version ».\n"
        ),
        lang=lang,
    ).format(n=lst.number, code=lst.code, title=lst.title)
    return subject, body


def reminder_mailto(lst: ReadingList, lang: str | None = None) -> str:
    """A mailto: URL (RFC 6068) to the members to remind who have an e-mail address."""
    subject, body = reminder_text(lst, lang)
    to = ",".join(quote(r.email, safe="@") for r in lst.to_remind() if r.email.strip())
    return f"mailto:{to}?subject={quote(subject, safe='')}&body=" + quote(
        body.replace("\n", "\r\n"), safe=""
    )
