"""Exchange files: deterministic export, round trip, import as new drafts, all or nothing, CLI."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from protoedit import team
from protoedit.cli import parser as cli
from protoedit.cooperation.declarations import TeamProtocolInput, add_team_protocol
from protoedit.errors import NotFoundError
from protoedit.exchange import export as exchange
from protoedit.exchange.check import schema
from protoedit.exchange.importing import ImportProblems, import_file, validate
from protoedit.meetings import agenda, attendance, decisions
from protoedit.meetings import meeting as meetings
from protoedit.meetings.agenda import ItemInput
from protoedit.meetings.meeting import MeetingInput
from protoedit.meetings.queries import ITEM_KINDS, MEETING_KINDS, get_meeting
from protoedit.ops import Actor
from protoedit.protocols import approvals, cleaning
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import SECTION_KEYS, Content, Reference
from protoedit.protocols.queries import versions_of
from protoedit.store.database import open_database
from protoedit.store.models import AuditEvent, ProtocolVersion
from protoedit.store.models.protocols import STATUSES
from protoedit.textclean import MAX_TEXT
from tests.core.test_bad_inputs import rows_digest
from tests.data.bad.make_corpus import RULE
from tests.factories import PIN, complete_content, team_of

ALICE = Actor(None, "Alice Coordinatrice")
T0 = dt.datetime(2026, 3, 12, 12, 30)
NOW = dt.datetime(2026, 4, 1, 8, 0, 0)


TEAM = ("medecin_generaliste", "infirmier", "pharmacien")


def add_team(db, pins: bool = False) -> dict[str, int]:
    """The same three people in every database: meetings name them."""
    return dict(zip(TEAM, team_of(db, ALICE, *TEAM, pin=PIN if pins else ""), strict=True))


def content(objective: str) -> Content:
    """Complete content whose reference is dated, so that the format carries a date."""
    c = complete_content(objective)
    c.references = [Reference(citation="HAS 2024", date="2024")]
    return c


def approve(db, ids: dict[str, int], vid: int) -> None:
    approvals.submit(db, ALICE, vid)
    approvals.approve(db, ALICE, vid, ids["medecin_generaliste"], "2468", "Pour l'équipe")
    approvals.approve(db, ALICE, vid, ids["infirmier"], "2468", "")


def populate(db) -> dict[str, int]:
    """A team library: DIAB-01 v1 superseded, v2 approved, v3 draft; a draft; a team
    cooperation protocol; two meetings with items, decisions, an amendment."""
    team.save_structure(db, ALICE, team.StructureInput(name="MSP des Tilleuls"))
    ids = add_team(db, pins=True)
    group = [ids["medecin_generaliste"], ids["infirmier"]]
    pid, vid, _ = protocols.create_protocol(db, ALICE, "DIAB-01", "Diabète", "aci1")
    protocols.save_draft(db, ALICE, vid, content("v1"), group, None, 1)
    approve(db, ids, vid)
    v2, _ = protocols.revise(db, ALICE, pid, "Nouvelles recommandations")
    protocols.save_draft(db, ALICE, v2, content("Limiter les hypoglycémies"), group, None, None)
    approve(db, ids, v2)
    approvals.record_review(db, ALICE, v2, "Relu", None)
    v3, _ = protocols.revise(db, ALICE, pid, "Encore")
    protocols.save_draft(db, ALICE, v3, content("Brouillon en cours"), group, None, None)
    protocols.create_protocol(db, ALICE, "HTA-02", "Hypertension")
    add_team_protocol(db, ALICE, TeamProtocolInput("PL-PLAIES", "Plaies simples", "local", [RULE]))
    m1, _ = meetings.create_meeting(
        db,
        ALICE,
        MeetingInput(
            starts_at=T0,
            title="RCP de mars",
            place="Salle 2",
            chair_id=ids["medecin_generaliste"],
            secretary_id=ids["infirmier"],
        ),
    )
    m2, _ = meetings.create_meeting(
        db, ALICE, MeetingInput(starts_at=T0 + dt.timedelta(days=30), kind="protocol_work")
    )
    attendance.invite_professional(db, ALICE, m1, ids["pharmacien"])
    attendance.invite_partner(db, ALICE, m1, "SSIAD du canton", "infirmier")
    consented, _ = agenda.add_item(
        db,
        ALICE,
        m1,
        ItemInput(theme="Chutes", patient_pseudonym="Mme Rose", consent="yes", flag_75=True),
    )
    agenda.add_item(db, ALICE, m1, ItemInput(theme="Plaie", patient_pseudonym="Jean Dupont"))
    work, _ = agenda.add_item(db, ALICE, m1, ItemInput(kind="protocol", protocol_id=pid))
    agenda.set_item_texts(db, ALICE, consented, {"notes": "**Chutes** répétées"})
    decisions.add_decision(
        db,
        ALICE,
        consented,
        decisions.DecisionInput(
            text="Bilan de chute", owner_id=ids["infirmier"], due_date=dt.date(2026, 4, 1)
        ),
    )
    later, _ = decisions.add_decision(
        db,
        ALICE,
        work,
        decisions.DecisionInput(text="Relire le protocole", owner_name="Dr Petit (cardiologue)"),
    )
    meetings.mark_held(db, ALICE, m1)
    meetings.close_meeting(db, ALICE, m1)
    meetings.amend(db, ALICE, m1, "La visite est le 14.")
    decisions.set_decision_status(db, ALICE, later, "done", "Relu", in_meeting_id=m2)
    return {"protocol": pid, "meeting": m1, **ids}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory):
    """The sending team's library, built once: tests only read it."""
    database = open_database(tmp_path_factory.mktemp("source") / "source.sqlite")
    populate(database)
    yield database
    database.close()


def test_export_is_deterministic_valid_and_complete(source, tmp_path: Path) -> None:
    data = exchange.export_library(source, now=NOW)
    validate(data)  # passes its own schema and checks
    first = exchange.write_json(data, tmp_path / "a.json").read_bytes()
    again = exchange.write_json(exchange.export_library(source, now=NOW), tmp_path / "b.json")
    assert again.read_bytes() == first
    assert not list(tmp_path.glob(".*.part"))  # atomic write left no temporary file
    assert again.stat().st_mode & 0o777 == 0o644  # shareable, unlike the temporary file
    text = first.decode("utf-8")
    assert '"exported_at": "2026-04-01T08:00:00Z"' in text and "Diabète" in text
    assert [d.get("code", d.get("starts_at")) for d in data["documents"]] == [
        "DIAB-01",
        "HTA-02",
        "PL-PLAIES",
        "2026-03-12T12:30:00",
        "2026-04-11T12:30:00",
    ]
    diab = data["documents"][0]
    assert [(v["number"], v["status"]) for v in diab["versions"]] == [
        (1, "superseded"),
        (2, "approved"),
        (3, "draft"),
    ]
    v2 = diab["versions"][1]
    assert [a["name"] for a in v2["approvals"]] == ["Jo Médecin", "Jo Infirmière"]
    assert v2["reviews"][0]["note"] == "Relu" and v2["review_due"]
    assert v2["working_group"][0] == {"name": "Jo Médecin", "profession": "medecin_generaliste"}
    meeting = data["documents"][3]
    assert (meeting["chair"], meeting["secretary"]) == ("Jo Médecin", "Jo Infirmière")
    assert [i["name"] for i in meeting["invitees"]] == ["Jo Pharmacien", "SSIAD du canton"]
    # Leaving the team, a patient is named only with consent; otherwise by initials.
    assert [(i["patient_pseudonym"], i["patient_initials"]) for i in meeting["items"]] == [
        ("Mme Rose", "R."),
        ("", "J. D."),
        ("", ""),
    ]
    assert "Jean Dupont" not in text
    assert meeting["items"][2]["protocol_code"] == "DIAB-01"
    assert [d["item"] for d in meeting["decisions"]] == [0, 2]
    assert meeting["decisions"][1]["closed_in_meeting"] == "2026-04-11T12:30:00"
    assert meeting["amendments"][0]["text"] == "La visite est le 14."


def test_round_trip_export_import_export_is_identical(source, db, tmp_path: Path) -> None:
    first = exchange.export_library(source)
    path = exchange.write_json(first, tmp_path / "library.json")
    add_team(db)  # the receiving team has the same people (chair, secretary, owners)
    report = import_file(db, ALICE, path)
    assert [(d.kind, d.label) for d in report.documents] == [
        ("care_protocol", "DIAB-01"),
        ("care_protocol", "HTA-02"),
        ("cooperation_protocol", "PL-PLAIES"),
        ("meeting", "12/03/2026 12:30 RCP de mars"),
        ("meeting", "11/04/2026 12:30"),
    ]
    assert report.notes == [] and report.changes.touches("protocol", "meeting")
    second = exchange.export_library(db)
    assert exchange.comparable(second) == exchange.comparable(first)
    # ...and a second hop changes nothing either.
    path2 = exchange.write_json(second, tmp_path / "again.json")
    third_db = open_database(tmp_path / "third.sqlite")
    try:
        add_team(third_db)
        import_file(third_db, ALICE, path2)
        assert exchange.comparable(exchange.export_library(third_db)) == exchange.comparable(first)
    finally:
        third_db.close()


def test_imported_protocol_is_a_new_draft_with_provenance(source, db, tmp_path: Path) -> None:
    data = exchange.export_document(
        source, "protocol", exchange.find_document(source, "DIAB-01")[1]
    )
    report = import_file(db, ALICE, exchange.write_json(data, tmp_path / "diab.json"))
    (doc,) = report.documents
    (version,) = versions_of(db, doc.id)
    assert (version.code, version.number, version.status) == ("DIAB-01", 1, "draft")
    assert version.content.section("objectives") == "Limiter les hypoglycémies"  # v2, not v3
    assert version.approvals == [] and version.working_group == []
    with db.read() as s:
        stored = s.get(ProtocolVersion, version.version_id).provenance
        events = [(e.action, e.entity) for e in s.scalars(select(AuditEvent))]
    assert stored["source_team"] == "MSP des Tilleuls"
    assert (stored["source_code"], stored["source_version"], stored["source_status"]) == (
        "DIAB-01",
        2,
        "approved",
    )
    assert stored["exported_at"] == data["exported_at"] and stored["imported_at"].endswith("Z")
    assert ("import", "protocol") in events and ("import", "exchange_file") in events


def test_taken_codes_are_renamed_and_links_follow(source, db, tmp_path: Path) -> None:
    path = exchange.write_json(exchange.export_library(source), tmp_path / "library.json")
    add_team(db)
    import_file(db, ALICE, path)
    report = import_file(db, ALICE, path)
    renamed = {d.label: d.renamed_from for d in report.documents if d.kind == "care_protocol"}
    assert renamed == {"DIAB-01-IMP": "DIAB-01", "HTA-02-IMP": "HTA-02"}
    notes = [n.text() for n in report.notes]
    assert (
        "/documents/0/code : le code DIAB-01 est déjà utilisé dans cette base : protocole "
        "importé sous le code DIAB-01-IMP" in notes
    )
    assert any("PL-PLAIES est déjà présent, identique" in n for n in notes)
    meeting = get_meeting(db, next(d.id for d in report.documents if d.kind == "meeting"))
    diab = next(d.id for d in report.documents if d.label == "DIAB-01-IMP")
    assert meeting.items[2].protocol_id == diab  # the file's DIAB-01, imported under its new code
    third = import_file(db, ALICE, path)
    assert "DIAB-01-IMP2" in [d.label for d in third.documents]


def test_people_and_protocols_missing_here_are_reported_not_invented(
    source, db, tmp_path: Path
) -> None:
    data = exchange.export_library(source)
    data["documents"] = [d for d in data["documents"] if d["kind"] == "meeting"]
    report = import_file(db, ALICE, exchange.write_json(data, tmp_path / "meetings.json"))
    texts = [n.text() for n in report.notes]
    assert "/documents/0/chair : Jo Médecin ne fait pas partie de l'équipe : non repris" in texts
    assert (
        "/documents/0/items/2/protocol_code : protocole DIAB-01 absent de cette base : "
        "lien non repris" in texts
    )
    view = get_meeting(db, report.documents[0].id)
    assert view.chair_id is None and view.status == "closed"
    assert [(i.name, i.partner) for i in view.invitees] == [
        ("Jo Pharmacien", True),
        ("SSIAD du canton", True),
    ]
    assert view.items[0].decisions[0].owner == "Jo Infirmière"  # kept as a free name


def test_import_is_all_or_nothing(source, db, tmp_path: Path, monkeypatch) -> None:
    from protoedit.exchange import write as exchange_store

    path = exchange.write_json(exchange.export_library(source), tmp_path / "library.json")
    before = rows_digest(db)

    def crash(self, doc, at) -> None:
        raise RuntimeError("power cut in the middle of the import")

    monkeypatch.setattr(exchange_store._Writer, "meeting", crash)
    with pytest.raises(RuntimeError):
        import_file(db, ALICE, path)
    assert rows_digest(db) == before  # the protocols written before the crash rolled back


def test_single_documents_and_lookup(source) -> None:
    assert exchange.find_document(source, "diab-01") == ("care_protocol", 1)
    assert exchange.find_document(source, "pl-plaies")[0] == "cooperation_protocol"
    assert exchange.find_document(source, "1", "meeting") == ("meeting", 1)
    for kind, ident in (("care_protocol", 2), ("cooperation", 1), ("meeting", 2)):
        data = exchange.export_document(source, kind, ident)
        assert data["scope"] == "document" and len(data["documents"]) == 1
        validate(data)
    with pytest.raises(NotFoundError):
        exchange.find_document(source, "NOPE-99")
    with pytest.raises(NotFoundError):
        exchange.export_document(source, "meeting", 999)


def test_schema_matches_the_application_limits() -> None:
    d = schema()["$defs"]
    assert list(d["content"]["properties"]["sections"]["properties"]) == SECTION_KEYS
    assert {
        v["maxLength"] for v in d["content"]["properties"]["sections"]["properties"].values()
    } == {MAX_TEXT}
    assert d["step"]["properties"]["what"]["maxLength"] == cleaning.MAX_STEP_FIELD
    assert d["version"]["properties"]["change_note"]["maxLength"] == cleaning.MAX_NOTE
    assert tuple(d["version"]["properties"]["status"]["enum"]) == STATUSES
    assert d["meeting"]["properties"]["meeting_kind"]["enum"] == list(MEETING_KINDS)
    assert d["item"]["properties"]["kind"]["enum"] == list(ITEM_KINDS)
    assert d["item"]["properties"]["slot_minutes"]["maximum"] == agenda.SLOT_MAX
    assert d["decision"]["properties"]["text"]["maxLength"] == decisions.MAX_DECISION


# -- command line ------------------------------------------------------------------------------


def run_cli(*argv: str) -> int:
    return cli.run_command(cli.build_parser().parse_args(list(argv)))


def test_cli_export_and_import(source, tmp_path: Path, capsys) -> None:
    src = str(source.path)
    out, lib = tmp_path / "diab.json", tmp_path / "lib.json"
    assert run_cli("--db", src, "export", "DIAB-01", "--json", str(out)) == 0
    assert run_cli("--db", src, "export", "--all", "--json", str(lib)) == 0
    assert len(json.loads(lib.read_text(encoding="utf-8"))["documents"]) == 5
    target = str(tmp_path / "target.sqlite")
    assert run_cli("--db", target, "init") == 0  # commands never create a database
    capsys.readouterr()
    assert run_cli("--db", target, "import", str(out)) == 0
    printed = capsys.readouterr().out
    assert "Importé : protocole DIAB-01 (n° 1)" in printed
    assert run_cli("--db", target, "import", str(out)) == 0
    assert "importé sous ce code ; code d'origine : DIAB-01" in capsys.readouterr().out

    bad = tmp_path / "bad.json"
    bad.write_text(
        out.read_text(encoding="utf-8").replace('"status": "approved"', '"status": "validé"'),
        encoding="utf-8",
    )
    db = open_database(target)
    before = rows_digest(db)
    assert run_cli("--db", target, "import", str(bad)) == 2
    err = capsys.readouterr().err
    assert "n'a pas été importé : 1 problème. Rien n'a été enregistré." in err
    assert "/documents/0/versions/1/status : valeur « validé » non autorisée" in err
    assert rows_digest(db) == before
    db.close()
    never = tmp_path / "never.sqlite"
    assert run_cli("--db", str(never), "import", str(tmp_path / "missing.json")) == 2
    assert "Fichier introuvable" in capsys.readouterr().err
    assert not never.exists()  # the file is checked before any database is opened


def test_cli_export_usage_and_pdf_hand_off(source, tmp_path: Path, capsys, monkeypatch) -> None:
    src = str(source.path)
    assert run_cli("--db", src, "export", "DIAB-01") == 2
    assert "--json" in capsys.readouterr().err
    assert run_cli("--db", src, "export", "NOPE", "--json", str(tmp_path / "x.json")) == 2
    assert "introuvable" in capsys.readouterr().err
    calls = []
    monkeypatch.setattr(
        "protoedit.cli.pdf.export_pdf",
        lambda db, target, out, memo: calls.append((target, out.name, memo)) or out,
    )
    assert run_cli("--db", src, "export", "DIAB-01", "--pdf", "m.pdf", "--memo", "infirmier") == 0
    assert calls == [("DIAB-01", "m.pdf", "infirmier")]
    monkeypatch.setitem(sys.modules, "protoedit.cli.pdf", None)  # not installed
    assert run_cli("--db", src, "export", "DIAB-01", "--pdf", "m.pdf") == 2
    assert "L'export PDF n'est pas disponible" in capsys.readouterr().err


def test_import_refusal_names_every_problem(source, db, tmp_path: Path) -> None:
    data = exchange.export_library(source)
    data["documents"][0]["versions"][1]["content"]["steps"][1]["what"] = ["pas", "un texte"]
    data["documents"][1]["code"] = "HTA 02"
    del data["documents"][3]["items"][0]["kind"]
    data["documents"][4]["decisions"] = [{"item": 7, "text": "x", "status": "open"}]
    path = exchange.write_json(data, tmp_path / "bad.json")
    before = rows_digest(db)
    with pytest.raises(ImportProblems) as info:
        import_file(db, ALICE, path)
    assert [loc for loc, _ in info.value.pairs()] == [
        "/documents/0/versions/1/content/steps/1/what",
        "/documents/1/code",
        "/documents/3/items/0/kind",
        "/documents/4/decisions/0/item",
    ]
    assert "la valeur doit être un texte" in info.value.message()
    assert "point n° 7 inexistant (nombre de points de la réunion : 0)" in info.value.message()
    assert rows_digest(db) == before


def test_main_script_offers_export_and_import(source, tmp_path: Path) -> None:
    """The real entry point registers the subcommands (not only the test's imports)."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "all.json"
    done = subprocess.run(
        [
            sys.executable,
            str(root / "main.py"),
            "--db",
            str(source.path),
            "export",
            "--all",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "protoedit-exchange"
