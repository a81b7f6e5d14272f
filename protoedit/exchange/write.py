"""Writing a validated exchange file: one operation, codes made unique, people and links resolved."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from protoedit import catalog
from protoedit.cooperation import catalog as coop_catalog
from protoedit.exchange.check import ImportProblem
from protoedit.exchange.export import transmitted_version, utc_text
from protoedit.i18n import N_
from protoedit.meetings.decisions import MAX_DECISION
from protoedit.ops import Actor, Entity, OpChanges, Tx, operation
from protoedit.protocols.cleaning import clean_content
from protoedit.protocols.content import Content
from protoedit.protocols.queries import code_taken
from protoedit.store.database import Database
from protoedit.store.models import (
    AgendaItem,
    Amendment,
    CoopProtocol,
    Decision,
    Invitee,
    Meeting,
    Professional,
    Protocol,
    ProtocolVersion,
    utcnow,
)
from protoedit.textclean import clean_line, clean_text

CARE_CODE_MAX = 32
COOP_CODE_MAX = 40


@dataclass
class ImportedDocument:
    """A document written by an import; `renamed_from` is the file's code when it was taken."""

    kind: str
    id: int
    label: str
    renamed_from: str = ""


@dataclass
class ImportReport:
    path: Path
    documents: list[ImportedDocument] = field(default_factory=list)
    notes: list[ImportProblem] = field(default_factory=list)  # what was adapted, and where
    changes: OpChanges = field(default_factory=OpChanges)


def _utc(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value.removesuffix("Z"))


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class _Writer:
    """State of one import inside its transaction."""

    def __init__(self, tx: Tx, data: dict[str, Any], report: ImportReport) -> None:
        self.tx, self.s, self.report = tx, tx.session, report
        self.source, self.data = data["source"], data
        docs = data["documents"]
        self.reserved = {d["code"].upper() for d in docs if d["kind"] != "meeting"}
        self.protocols: dict[str, Protocol] = {}  # code in the file -> imported protocol
        self.meetings: dict[dt.datetime, Meeting] = {}  # start -> first imported meeting
        self.closers: list[tuple[Decision, dt.datetime, str]] = []
        self.people: dict[str, list[Professional]] = {}
        for pro in self.s.scalars(
            select(Professional).order_by(Professional.active.desc(), Professional.id)
        ):
            self.people.setdefault(_key(pro.full_name), []).append(pro)

    def note(self, where: str, template: str, **params: Any) -> None:
        self.report.notes.append(ImportProblem(where, template, params))

    def free_code(self, code: str, limit: int, taken: Callable[[str], bool]) -> str:
        """The file's code, or CODE-IMP, CODE-IMP2... when this database already uses it."""
        if not taken(code):
            return code
        for n in itertools.count(1):
            suffix = "-IMP" if n == 1 else f"-IMP{n}"
            candidate = code[: limit - len(suffix)] + suffix
            if candidate not in self.reserved and not taken(candidate):
                self.reserved.add(candidate)
                return candidate
        raise AssertionError("unreachable")

    def match(self, name: str | None, profession: str | None = None) -> Professional | None:
        """The team member with this name (and profession when given), if there is one."""
        found = self.people.get(_key(name or ""), [])
        return next((p for p in found if profession in (None, p.profession)), None)

    def care_protocol(self, doc: dict[str, Any], at: str) -> None:
        src, code = transmitted_version(doc), doc["code"].upper()
        new = self.free_code(code, CARE_CODE_MAX, lambda c: code_taken(self.s, c))
        if new != code:
            self.note(
                f"{at}/code",
                N_(
                    "le code {code} est déjà utilisé dans cette base : "
                    "protocole importé sous le code {new}"
                ),
                code=code,
                new=new,
            )
        theme = doc.get("aci_theme", "")
        if theme and catalog.aci_theme(theme) is None:
            self.note(
                f"{at}/aci_theme",
                N_("thème ACI « {theme} » inconnu de cette version : non repris"),
                theme=theme,
            )
            theme = ""
        provenance = {
            "source_team": self.source["structure"],
            "source_finess": self.source["finess"],
            "source_code": code,
            "source_version": src["number"],
            "source_status": src["status"],
            "source_approved_at": src.get("approved_at"),
            "exported_at": self.data["exported_at"],
            "app_version": self.data["app_version"],
            "imported_at": utc_text(utcnow().replace(microsecond=0)),
        }
        title = clean_line(src.get("title") or doc["title"], 300, field="title")
        proto = Protocol(code=new, title=title, aci_theme=theme)
        version = ProtocolVersion(
            protocol=proto,
            number=1,
            status="draft",
            working_group=[],
            provenance=provenance,
            content=clean_content(Content.from_dict(src["content"])).to_dict(),
            code=new,
            title=title,
            aci_theme=theme,
        )
        self.s.add_all([proto, version])
        self.s.flush()
        self.protocols[code] = proto
        self.tx.record(
            "import",
            Entity.PROTOCOL,
            proto,
            code=new,
            source_code=code,
            source_version=src["number"],
            source_status=src["status"],
            source_team=self.source["structure"],
        )
        self.tx.record("create", Entity.PROTOCOL_VERSION, version, code=new, number=1)
        self.report.documents.append(
            ImportedDocument("care_protocol", proto.id, new, code if new != code else "")
        )

    def cooperation_protocol(self, doc: dict[str, Any], at: str) -> None:
        code, rules = doc["code"].upper(), [dict(r) for r in doc["rules"]]
        title = clean_line(doc["title"], 300, field="title")
        if coop_catalog.national_protocol(code) is not None:
            self.note(
                f"{at}/code",
                N_(
                    "le protocole de coopération {code} fait partie du "
                    "catalogue national de cette version : non importé"
                ),
                code=code,
            )
            return

        def existing(c: str) -> CoopProtocol | None:
            return self.s.scalars(select(CoopProtocol).where(CoopProtocol.code == c)).first()

        same = existing(code)
        if same is not None and (same.title, same.origin, list(same.rules)) == (
            title,
            doc["origin"],
            rules,
        ):
            self.note(
                f"{at}/code",
                N_("le protocole de coopération {code} est déjà présent, identique : non importé"),
                code=code,
            )
            return
        new = self.free_code(
            code,
            COOP_CODE_MAX,
            lambda c: existing(c) is not None or coop_catalog.national_protocol(c) is not None,
        )
        if new != code:
            self.note(
                f"{at}/code",
                N_(
                    "le code {code} est déjà utilisé dans cette base : "
                    "protocole importé sous le code {new}"
                ),
                code=code,
                new=new,
            )
        p = CoopProtocol(code=new, title=title, origin=doc["origin"], rules=rules)
        self.s.add(p)
        self.s.flush()
        self.tx.record(
            "import",
            Entity.COOP_PROTOCOL,
            p,
            code=new,
            source_code=code,
            source_team=self.source["structure"],
        )
        self.report.documents.append(
            ImportedDocument("cooperation_protocol", p.id, new, code if new != code else "")
        )

    def protocol_id(self, code: str | None, where: str) -> int | None:
        if code is None:
            return None
        if code.upper() in self.protocols:
            return self.protocols[code.upper()].id
        found = self.s.scalars(
            select(Protocol.id).where(func.upper(Protocol.code) == code.upper())
        ).first()
        if found is None:
            self.note(
                where, N_("protocole {code} absent de cette base : lien non repris"), code=code
            )
        return found

    def member(self, name: str | None, where: str) -> int | None:
        pro = self.match(name)
        if name and pro is None:
            self.note(where, N_("{name} ne fait pas partie de l'équipe : non repris"), name=name)
        return pro.id if pro else None

    def meeting(self, doc: dict[str, Any], at: str) -> None:
        starts = dt.datetime.fromisoformat(doc["starts_at"])
        m = Meeting(
            starts_at=starts,
            kind=doc["meeting_kind"],
            status=doc["status"],
            place=clean_line(doc.get("place", ""), field="place"),
            title=clean_line(doc.get("title", ""), field="title"),
            chair_id=self.member(doc.get("chair"), f"{at}/chair"),
            secretary_id=self.member(doc.get("secretary"), f"{at}/secretary"),
            closed_at=_utc(doc.get("closed_at")),
        )
        for inv in doc.get("invitees", []):
            pro = self.match(inv["name"], inv["profession"])
            attendance = inv.get("attendance", "invited")
            m.invitees.append(
                Invitee(professional_id=pro.id, attendance=attendance)
                if pro
                else Invitee(
                    name=clean_line(inv["name"], 250),
                    profession=inv["profession"],
                    attendance=attendance,
                )
            )
        for k, it in enumerate(doc.get("items", [])):
            where = f"{at}/items/{k}/protocol_code"
            m.items.append(
                AgendaItem(
                    position=k,
                    kind=it["kind"],
                    slot_minutes=it.get("slot_minutes", 15),
                    theme=clean_line(it.get("theme", "")),
                    requester=clean_line(it.get("requester", ""), 250),
                    presenter=clean_line(it.get("presenter", ""), 250),
                    patient_pseudonym=clean_line(it.get("patient_pseudonym", ""), 120),
                    patient_initials=clean_line(it.get("patient_initials", ""), 12),
                    consent=it.get("consent", "not_asked"),
                    flag_75=it.get("flag_75", False),
                    flag_ald=it.get("flag_ald", False),
                    protocol_id=self.protocol_id(it.get("protocol_code"), where),
                    notes=clean_text(it.get("notes", "")),
                    proposal=clean_text(it.get("proposal", "")),
                    minutes_spent=it.get("minutes_spent"),
                )
            )
        self.s.add(m)
        self.s.flush()
        for k, d in enumerate(doc.get("decisions", [])):
            owner = self.match(d.get("owner"))
            decision = Decision(
                meeting_id=m.id,
                item_id=None if d.get("item") is None else m.items[d["item"]].id,
                text=clean_text(d["text"], MAX_DECISION).strip(),
                owner_id=owner.id if owner else None,
                owner_name="" if owner else clean_line(d.get("owner") or "", 250),
                due_date=_date(d.get("due_date")),
                status=d["status"],
                status_note=clean_text(d.get("status_note", ""), 2000),
            )
            self.s.add(decision)
            if d.get("closed_in_meeting"):
                self.closers.append(
                    (
                        decision,
                        dt.datetime.fromisoformat(d["closed_in_meeting"]),
                        f"{at}/decisions/{k}/closed_in_meeting",
                    )
                )
        for a in doc.get("amendments", []):
            self.s.add(
                Amendment(
                    meeting_id=m.id,
                    at=_utc(a["at"]),
                    text=clean_text(a["text"]),
                    author=clean_line(a["author"], 250),
                )
            )
        self.meetings.setdefault(starts, m)
        self.tx.record(
            "import",
            Entity.MEETING,
            m,
            starts_at=f"{starts:%Y-%m-%dT%H:%M}",
            kind=m.kind,
            source_team=self.source["structure"],
        )
        label = f"{starts:%d/%m/%Y %H:%M} {m.title}".strip()
        self.report.documents.append(ImportedDocument("meeting", m.id, label))

    def link_closers(self) -> None:
        """Decisions closed in a later meeting: that meeting in the file, else in this base."""
        for decision, when, where in self.closers:
            m = (
                self.meetings.get(when)
                or self.s.scalars(
                    select(Meeting).where(Meeting.starts_at == when).order_by(Meeting.id)
                ).first()
            )
            if m is None:
                self.note(
                    where,
                    N_(
                        "réunion du {date} absente de cette base : la décision "
                        "reste sans réunion de clôture"
                    ),
                    date=f"{when:%d/%m/%Y}",
                )
            else:
                decision.closed_in_meeting_id = m.id


def write_all(db: Database, actor: Actor, data: dict[str, Any], report: ImportReport) -> None:
    """Write every document of a validated file in one operation (all or nothing)."""
    docs = data["documents"]
    if not docs:
        report.notes.append(
            ImportProblem("/documents", N_("le fichier ne contient aucun document"))
        )
        return
    with operation(db, actor) as tx:
        w = _Writer(tx, data, report)
        for kind, write in (
            ("care_protocol", w.care_protocol),
            ("cooperation_protocol", w.cooperation_protocol),
            ("meeting", w.meeting),
        ):
            for i, doc in enumerate(docs):
                if doc["kind"] == kind:
                    write(doc, f"/documents/{i}")
        w.link_closers()
        tx.record(
            "import",
            Entity.EXCHANGE_FILE,
            None,
            file=report.path.name,
            documents=len(report.documents),
            source_team=data["source"]["structure"],
            source_finess=data["source"]["finess"],
        )
    report.changes = tx.changes
