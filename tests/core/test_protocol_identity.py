"""An approved version is frozen as a whole: code, title and ACI theme belong to each version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from protoedit import library
from protoedit.errors import TransitionError, ValidationError
from protoedit.export.protocol_data import protocol_print
from protoedit.protocols import approvals, consult, queries
from protoedit.protocols import lifecycle as protocols
from protoedit.search import engine as search
from protoedit.store import schema
from protoedit.store.database import build_engine, open_database, to_url
from tests.core.test_protocol_lifecycle import ALICE, crew, ready  # noqa: F401
from tests.factories import complete_content


def approved(db, crew, code: str = "DIAB-01") -> tuple[int, int]:  # noqa: F811
    pid, vid = ready(db, crew, code=code)
    approvals.submit(db, ALICE, vid)
    approvals.approve(db, ALICE, vid, crew.doctor, "2468", "")
    approvals.approve(db, ALICE, vid, crew.nurse, "2468", "")
    return pid, vid


def rename_draft(db, vid: int, code: str, title: str, theme: str = "") -> None:
    v = queries.get_version(db, vid)
    protocols.save_draft(
        db, ALICE, vid, v.content, v.working_group, v.review_due, v.revision, (code, title, theme)
    )


def test_a_draft_title_never_shows_on_the_approved_version(db, crew) -> None:  # noqa: F811
    pid, v1 = approved(db, crew)
    v2, _ = protocols.revise(db, ALICE, pid, "Nouvelles recommandations")
    rename_draft(db, v2, "DIAB-02", "Diabète de type 2 (adultes)", "aci3")

    old = queries.get_version(db, v1)
    assert (old.code, old.title, old.aci_theme) == ("DIAB-01", "Diabète", "")
    new = queries.get_version(db, v2)
    assert (new.code, new.title, new.aci_theme) == (
        "DIAB-02",
        "Diabète de type 2 (adultes)",
        "aci3",
    )
    # Consultation, the memo and full PDF data, search and the library: the version in force.
    view = consult.consult_view(db, pid, "infirmier")
    assert (view.code, view.title, view.number) == ("DIAB-01", "Diabète", 1)
    memo = protocol_print(db, v1)
    assert (memo.header.code, memo.header.title) == ("DIAB-01", "Diabète")
    search.refresh(db)
    hits = search.query(db, "diabete")
    assert [(h.code, h.title, h.status) for h in hits if h.kind == "protocol"] == [
        ("DIAB-01", "Diabète", "approved")
    ]
    row = next(r for r in library.list_documents(db, "protocol") if r.id == pid)
    assert (row.code, row.title, row.version, row.status, row.open_version) == (
        "DIAB-01",
        "Diabète",
        1,
        "approved",
        2,
    )
    assert queries.find_protocol(db, "DIAB-02") == pid  # the draft's new code finds it too

    approvals.submit(db, ALICE, v2)
    approvals.approve(db, ALICE, v2, crew.doctor, "2468", "")
    approvals.approve(db, ALICE, v2, crew.nurse, "2468", "")
    row = next(r for r in library.list_documents(db, "protocol") if r.id == pid)
    assert (row.code, row.title, row.version, row.open_version) == (
        "DIAB-02",
        "Diabète de type 2 (adultes)",
        2,
        None,
    )
    assert consult.consult_view(db, pid).title == "Diabète de type 2 (adultes)"
    superseded = queries.get_version(db, v1)
    assert (superseded.status, superseded.title) == ("superseded", "Diabète")
    assert protocol_print(db, v1).header.title == "Diabète"


def test_identity_of_a_protocol_without_draft_is_refused(db, crew) -> None:  # noqa: F811
    pid, v1 = approved(db, crew)
    with pytest.raises(TransitionError) as info:
        protocols.update_identity(db, ALICE, pid, "DIAB-01", "Autre titre", "", None)
    assert "figée" in info.value.message("fr")
    assert queries.get_version(db, v1).title == "Diabète"
    v2, _ = protocols.revise(db, ALICE, pid, "Révision")
    protocols.update_identity(db, ALICE, pid, "DIAB-01", "Autre titre", "", None)
    assert queries.get_version(db, v2).title == "Autre titre"
    assert queries.get_version(db, v1).title == "Diabète"


def test_a_draft_code_is_reserved_against_other_protocols(db, crew) -> None:  # noqa: F811
    pid, _ = approved(db, crew)
    v2, _ = protocols.revise(db, ALICE, pid, "Révision")
    rename_draft(db, v2, "DIAB-09", "Diabète")
    with pytest.raises(ValidationError) as info:
        protocols.create_protocol(db, ALICE, "diab-09", "Autre")
    assert info.value.field == "code"


def test_autosave_of_content_and_identity_is_one_event(db, crew) -> None:  # noqa: F811
    _, vid = ready(db, crew)
    v = queries.get_version(db, vid)
    content = complete_content()
    content.sections["objectives"] = "Autre objectif"
    protocols.save_draft(
        db,
        ALICE,
        vid,
        content,
        v.working_group,
        v.review_due,
        v.revision,
        ("DIAB-01", "Diabète sucré", ""),
    )
    with db.read() as s:
        rows = s.execute(text("SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1"))
        action, detail = rows.one()
    assert action == "save_draft"
    assert "identity" in str(detail) and "content" in str(detail)


def test_migration_gives_every_version_its_protocol_identity(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = build_engine(to_url(path))
    schema.upgrade(engine, "0.0.2", target="0002")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO protocol (id, code, title, aci_theme, created_at, revision, updated_at)"
                " VALUES (1, 'AVK-01', 'Anticoagulants oraux', 'aci3', '2025-01-01', 1, '2025-01-01')"
            )
        )
        for number, status in ((1, "superseded"), (2, "approved"), (3, "draft")):
            conn.execute(
                text(
                    "INSERT INTO protocol_version (protocol_id, number, status, content, working_group,"
                    " change_note, refusal_reason, created_at, provenance, revision, updated_at)"
                    " VALUES (1, :n, :s, '{}', '[]', '', '', '2025-01-01', '{}', 1, '2025-01-01')"
                ),
                {"n": number, "s": status},
            )
    engine.dispose()
    db = open_database(path)
    try:
        versions = queries.versions_of(db, 1)
        assert [(v.number, v.code, v.title, v.aci_theme) for v in versions] == [
            (n, "AVK-01", "Anticoagulants oraux", "aci3") for n in (1, 2, 3)
        ]
    finally:
        db.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
        schema.head_revision(),
    )
    con.close()
