"""Load on one PostgreSQL server: many processes autosave, search, edit meeting notes and approve
protocols at once, then nothing acknowledged may be missing.

    python bench/load.py [--url URL] [--processes 20] [--seconds 60] [--think-ms 100] [--keep]

URL is a PostgreSQL server on this machine (default $PROTOEDIT_LOAD_PG, else the test server
postgresql+psycopg://app@127.0.0.1:54329/postgres); the benchmark makes its own database there
and drops it at the end (--keep leaves it). Loopback addresses only; at most 32 processes,
600 s and MAX_OPS operations per process. Each process is one PC: it autosaves drafts (with the
revision it last saw, as the editor does), searches (refreshing the index now and then, as the
search field does on focus), edits meeting notes and takes whole protocols through approval.

Printed: saves per second, p50/p99 save latency, conflicts raised (a save against a revision
another process replaced: refused, re-read, retried by the next autosave), then the end checks:
every acknowledged save is in the database (per document, the acknowledged revisions follow each
other without gap or repeat, and the stored text is the last one acknowledged), one unbroken
audit chain, and `check` OK. Exit code 1 when a check fails. Timings drift by ±40 % on shared
machines.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, make_url, select, text  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from protoedit import team  # noqa: E402
from protoedit.errors import ConflictError, ProtoEditError  # noqa: E402
from protoedit.meetings import agenda
from protoedit.meetings import meeting as meetings
from protoedit.ops import Actor  # noqa: E402
from protoedit.protocols import approvals
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Indicator, Reference, Step  # noqa: E402
from protoedit.search import engine as search
from protoedit.store.database import Database, open_database  # noqa: E402

DEFAULT_URL = (
    os.environ.get("PROTOEDIT_LOAD_PG") or "postgresql+psycopg://app@127.0.0.1:54329/postgres"
)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_PROCESSES, MAX_SECONDS, MAX_OPS = 32, 600, 20_000
PIN = "2468"
DRAFTS, ITEMS = 40, 20  # shared documents: few enough that processes collide now and then
WORDS = [
    "anticoagulant",
    "diabète",
    "chute",
    "plaie",
    "vaccination",
    "insuline",
    "douleur",
    "dénutrition",
    "kaliémie",
    "pilulier",
]
# Approving checks two personal codes (about 1 s of CPU each, on purpose): rare, as in a team.
MIX = [("autosave", 65), ("search", 20), ("meeting", 14), ("approval", 1)]
OWN = 0.9  # share of a PC's edits made in its own documents; the rest in a colleague's


def content(token: str) -> Content:
    """A draft complete enough to be submitted; `token` marks which save wrote it."""
    return Content(
        sections={
            "objectives": f"Limiter les hypoglycémies ({token})",
            "inclusion": "DT2 sous insuline",
            "alert_signs": "Glycémie < 0,6 g/L : appel du médecin le jour même",
        },
        steps=[
            Step(title="Repérer", professions=["medecin_generaliste"], what="Lister"),
            Step(
                title="Suivre",
                professions=["infirmier"],
                what="Carnet glycémique",
                alert="Hypoglycémies répétées",
            ),
        ],
        indicators=[Indicator(name="Patients inclus")],
        references=[Reference(citation="HAS")],
    )


def token_of(objectives: str) -> str:
    return objectives.rsplit("(", 1)[-1].rstrip(")")


# -- the database ---------------------------------------------------------------------------


def server_url(raw: str) -> URL:
    url = make_url(raw)
    if url.get_backend_name() != "postgresql":
        sys.exit("bench/load.py needs a PostgreSQL URL")
    if (url.host or "localhost") not in LOOPBACK:
        sys.exit(f"refused: {url.host} is not a loopback address")
    return url


def create_database(server: URL) -> URL:
    name = f"protoedit_load_{os.getpid()}_{int(time.time())}"
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server.set(database=name)


def drop_database(server: URL, name: str) -> None:
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@dataclasses.dataclass
class Fixture:
    url: str
    drafts: list[int]  # protocol version ids
    items: list[int]  # agenda item ids
    doctor: int
    nurse: int


def setup(url: str) -> Fixture:
    db = open_database(url)
    actor = Actor(None, "Banc de charge")
    people = []
    for last, profession in (("Médecin", "medecin_generaliste"), ("Infirmière", "infirmier")):
        pid, _ = team.add_professional(
            db,
            actor,
            team.ProfessionalInput(last_name=last, first_name="Jo", profession=profession),
        )
        team.set_pin(db, actor, pid, PIN)
        people.append(pid)
    drafts = []
    for n in range(DRAFTS):
        _pid, vid, _ = protocols.create_protocol(db, actor, f"D-{n:03d}", f"Diabète {n}")
        protocols.save_draft(db, actor, vid, content("setup"), people, None, 1)
        drafts.append(vid)
    mid, _ = meetings.create_meeting(
        db,
        actor,
        meetings.MeetingInput(
            starts_at=dt.datetime.now().replace(microsecond=0), title="Concertation de charge"
        ),
    )
    items = [
        agenda.add_item(db, actor, mid, agenda.ItemInput(kind="organisation", theme=f"Point {n}"))[
            0
        ]
        for n in range(ITEMS)
    ]
    search.refresh(db)
    db.close()
    return Fixture(url, drafts, items, people[0], people[1])


def revision_of(db: Database, table: str, ident: int) -> int:
    with db.connect() as conn:
        return int(
            conn.execute(
                text(f"SELECT revision FROM {table} WHERE id = :i"), {"i": ident}
            ).scalar_one()
        )


# -- one process ----------------------------------------------------------------------------


@dataclasses.dataclass
class Result:
    latencies: list[float] = dataclasses.field(default_factory=list)  # acknowledged saves, ms
    acks: list[tuple[str, int, int, str]] = dataclasses.field(default_factory=list)
    conflicts: int = 0
    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    errors: list[str] = dataclasses.field(default_factory=list)


def work(args: tuple[int, Fixture, float, float, float]) -> Result:
    """One PC until `end` (or MAX_OPS operations)."""
    index, fx, start, end, think = args
    rnd = random.Random(index)
    db = open_database(fx.url, migrate=False)
    actor = Actor(None, f"Poste {index}")
    seen = {("protocol_version", v): revision_of(db, "protocol_version", v) for v in fx.drafts}
    seen.update({("agenda_item", i): revision_of(db, "agenda_item", i) for i in fx.items})
    out = Result()
    while time.time() < start:
        time.sleep(0.01)
    kinds, weights = zip(*MIX, strict=True)
    for n in range(MAX_OPS):
        if time.time() >= end:
            break
        kind = rnd.choices(kinds, weights)[0]
        out.counts[kind] = out.counts.get(kind, 0) + 1
        try:
            if kind == "autosave":
                save(db, actor, fx, pick(rnd, fx.drafts, index), f"p{index}-{n}", seen, out)
            elif kind == "meeting":
                note(db, actor, pick(rnd, fx.items, index), f"p{index}-{n}", seen, out)
            elif kind == "search":
                if rnd.random() < 0.2:
                    search.refresh(db)  # the search field refreshes when it gets the focus
                search.query(db, rnd.choice(WORDS)[: rnd.randint(3, 8)], include_drafts=True)
            else:
                approval(db, actor, fx, f"A{index}-{n}")
        except ProtoEditError as err:
            out.errors.append(f"{kind}: {type(err).__name__}: {err.message()}")
        if think:
            time.sleep(think * rnd.random() * 2)
    db.close()
    return out


def pick(rnd: random.Random, ids: list[int], index: int) -> int:
    """Mostly the PC's own document (each PC has its own, in turn), sometimes anyone's."""
    return ids[index % len(ids)] if rnd.random() < OWN else rnd.choice(ids)


def save(
    db: Database,
    actor: Actor,
    fx: Fixture,
    vid: int,
    token: str,
    seen: dict[tuple[str, int], int],
    out: Result,
) -> None:
    key = ("protocol_version", vid)
    t0 = time.perf_counter()
    try:
        protocols.save_draft(db, actor, vid, content(token), [fx.doctor, fx.nurse], None, seen[key])
    except ConflictError:  # as the editor: re-read; the next autosave goes on from there
        out.conflicts += 1
        seen[key] = revision_of(db, "protocol_version", vid)
        return
    out.latencies.append((time.perf_counter() - t0) * 1000)
    seen[key] += 1
    out.acks.append((*key, seen[key], token))


def note(
    db: Database, actor: Actor, item: int, token: str, seen: dict[tuple[str, int], int], out: Result
) -> None:
    key = ("agenda_item", item)
    try:
        agenda.set_item_texts(db, actor, item, {"notes": f"Notes ({token})"}, seen[key])
    except ConflictError:
        out.conflicts += 1
        seen[key] = revision_of(db, "agenda_item", item)
        return
    seen[key] += 1
    out.acks.append((*key, seen[key], token))


def approval(db: Database, actor: Actor, fx: Fixture, code: str) -> None:
    _pid, vid, _ = protocols.create_protocol(db, actor, code, "Protocole à approuver")
    protocols.save_draft(db, actor, vid, content(code), [fx.doctor, fx.nurse], None, 1)
    approvals.submit(db, actor, vid)
    approvals.approve(db, actor, vid, fx.doctor, PIN, "")
    approvals.approve(db, actor, vid, fx.nurse, PIN, "")


# -- the end checks -------------------------------------------------------------------------


def lost_updates(db: Database, fx: Fixture, acks: list[tuple[str, int, int, str]]) -> list[str]:
    """Per document: acknowledged revisions follow each other from the first one, the stored
    revision is the last acknowledged one, and so is the stored text."""
    from protoedit.store.models import AgendaItem, ProtocolVersion

    problems = []
    by_doc: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for kind, ident, rev, token in acks:
        by_doc.setdefault((kind, ident), []).append((rev, token))
    with db.read() as s:
        stored = {
            ("protocol_version", v.id): (
                v.revision,
                token_of((v.content.get("sections") or {}).get("objectives", "")),
            )
            for v in s.scalars(select(ProtocolVersion).where(ProtocolVersion.id.in_(fx.drafts)))
        }
        stored.update(
            {
                ("agenda_item", i.id): (i.revision, token_of(i.notes))
                for i in s.scalars(select(AgendaItem).where(AgendaItem.id.in_(fx.items)))
            }
        )
    for key, done in by_doc.items():
        done.sort()
        revs = [r for r, _ in done]
        if revs != list(range(revs[0], revs[0] + len(revs))):
            problems.append(f"{key}: acknowledged revisions with a gap or a repeat")
        if stored[key] != done[-1]:
            problems.append(f"{key}: stored {stored[key]}, last acknowledged {done[-1]}")
    return problems


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default=DEFAULT_URL)
    ap.add_argument("--processes", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument(
        "--think-ms", type=float, default=100, help="mean pause between two operations of one PC"
    )
    ap.add_argument("--keep", action="store_true", help="leave the database on the server")
    args = ap.parse_args()
    processes = max(1, min(MAX_PROCESSES, args.processes))
    seconds = max(1.0, min(MAX_SECONDS, args.seconds))
    server = server_url(args.url)
    url = create_database(server)
    print(
        f"database {url.database} on {server.host}:{server.port or 5432}; "
        f"{processes} processes for {seconds:.0f} s (machine shared: figures drift)"
    )
    try:
        fx = setup(url.render_as_string(hide_password=False))
        start = time.time() + 2.0  # every process connected first
        jobs = [(i, fx, start, start + seconds, args.think_ms / 1000) for i in range(processes)]
        with mp.get_context("fork").Pool(processes) as pool:
            results = pool.map_async(work, jobs).get(timeout=seconds + 120)
        return report(fx, results, seconds)
    finally:
        if not args.keep:
            drop_database(server, url.database or "")


def report(fx: Fixture, results: list[Result], seconds: float) -> int:
    lat = [x for r in results for x in r.latencies]
    acks = [a for r in results for a in r.acks]
    counts: dict[str, int] = {}
    for r in results:
        for k, v in r.counts.items():
            counts[k] = counts.get(k, 0) + v
    errors = [e for r in results for e in r.errors]
    print(f"operations: {counts}")
    print(
        f"saves acknowledged: {len(lat)} autosaves ({len(lat) / seconds:.1f}/s), "
        f"{len(acks) - len(lat)} meeting notes"
    )
    print(
        f"save latency: p50 {statistics.median(lat) if lat else 0:.1f} ms, "
        f"p99 {pct(lat, 0.99):.1f} ms, max {max(lat, default=0):.1f} ms"
    )
    print(f"conflicts raised: {sum(r.conflicts for r in results)}")
    print(f"other errors: {len(errors)}" + "".join(f"\n  {e}" for e in errors[:10]))
    db = open_database(fx.url, migrate=False)
    try:
        from protoedit import audit
        from protoedit.store.check import run_check

        lost = lost_updates(db, fx, acks)
        with db.read() as s:
            broken = audit.verify_chain(s)
        problems = run_check(db)
    finally:
        db.close()
    print(f"lost updates: {len(lost)}" + "".join(f"\n  {p}" for p in lost[:10]))
    print("audit chain: " + ("unbroken" if broken is None else f"broken at {broken.seq}"))
    print("check: " + ("OK" if not problems else "; ".join(problems)))
    return 0 if not lost and broken is None and not problems and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
