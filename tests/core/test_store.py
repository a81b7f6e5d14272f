"""Opening, refusing, migrating, backing up and restoring databases."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from protoedit import team
from protoedit.errors import ConflictError, NewerSchemaError, NotADatabaseError
from protoedit.ops import Actor
from protoedit.store import backup, schema
from protoedit.store.check import run_check
from protoedit.store.database import open_database
from protoedit.store.models import AuditEvent, Professional


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_pro(db, name: str = "Martin") -> int:
    pid, _ = team.add_professional(
        db,
        Actor(None, "Test"),
        team.ProfessionalInput(last_name=name, first_name="Élise", profession="infirmier"),
    )
    return pid


def test_fresh_database_is_created_and_checks_ok(db) -> None:
    assert schema.current_revision(db.engine) == schema.head_revision()
    add_pro(db)
    assert run_check(db) == []


def test_revision_list_matches_the_migration_scripts() -> None:
    script = schema.script_directory()
    chain = [rev.revision for rev in script.walk_revisions()][::-1]  # oldest first
    assert tuple(chain) == schema.REVISIONS
    assert script.get_current_head() == schema.head_revision()


def test_newer_schema_is_refused_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.execute("UPDATE protoedit_meta SET value='7.3.0' WHERE key='app_version'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = digest(path)
    with pytest.raises(NewerSchemaError) as info:
        open_database(path)
    assert "7.3.0" in info.value.message("fr")
    assert "plus récente" in info.value.message("fr")
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


@pytest.mark.parametrize(
    "payload", [b"not a database at all\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_garbage_file_refused_unchanged(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(payload)
    with pytest.raises(NotADatabaseError) as info:
        open_database(path)
    assert "n'a pas été modifié" in info.value.message("fr")
    assert path.read_bytes() == payload


def test_truncated_database_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite"
    db = open_database(path)
    for i in range(30):
        add_pro(db, f"Nom{i}")
    db.close()
    data = path.read_bytes()[: 4096 + 100]
    path.write_bytes(data)
    with pytest.raises(NotADatabaseError):
        db = open_database(path)
        team.list_professionals(db)
    assert path.read_bytes() == data


def test_migration_from_older_revision_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    from protoedit.store.database import build_engine, to_url

    engine = build_engine(to_url(path))
    schema.upgrade(engine, "0.0.1", target="0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO professional (last_name, first_name, profession, rpps, adeli, email, phone,"
                " active, partner, pin_hash, revision, updated_at)"
                " VALUES ('Durand', 'Zoé', 'pharmacien', '', '', '', '', 1, 0, '', 1, '2025-01-01')"
            )
        )
    engine.dispose()
    assert backup.list_backups(path) == []
    db = open_database(path)
    made = backup.list_backups(path)
    assert [b.reason for b in made] == ["premigration"]
    con = sqlite3.connect(made[0].path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT last_name FROM professional").fetchall() == [("Durand",)]
    con.close()
    assert schema.current_revision(db.engine) == schema.head_revision()
    assert [p.last_name for p in team.list_professionals(db)] == ["Durand"]
    db.close()


def test_failed_migration_step_leaves_previous_step_intact(tmp_path: Path, monkeypatch) -> None:
    """Each step runs in its own transaction: a failure in 0002 keeps 0001 and its data."""
    path = tmp_path / "fail.sqlite"
    from protoedit.store.database import build_engine, to_url

    engine = build_engine(to_url(path))
    schema.upgrade(engine, "0.0.1", target="0001")
    engine.dispose()
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "m2", schema.MIGRATIONS / "versions" / "0002_documents.py"
    )
    # Make the documents step fail half-way by creating a clashing table first.
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE meeting (x INTEGER)")
    con.commit()
    con.close()
    assert spec is not None
    with pytest.raises(Exception):  # noqa: B017 - the migration error itself
        open_database(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "protocol" not in tables  # the failed step was rolled back whole
    con.close()


def test_backup_restore_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "main.sqlite"
    db = open_database(path)
    add_pro(db, "Avant")
    db.close()
    saved = backup.make_backup(path, "manual")
    db = open_database(path)
    add_pro(db, "Après")
    db.close()
    aside = backup.restore(path, saved)
    assert aside is not None and aside.exists()
    db = open_database(path)
    assert [p.last_name for p in team.list_professionals(db)] == ["Avant"]
    assert run_check(db) == []
    db.close()
    con = sqlite3.connect(aside)
    assert sorted(r[0] for r in con.execute("SELECT last_name FROM professional")) == [
        "Après",
        "Avant",
    ]
    con.close()


def test_restore_refuses_garbage_backup(tmp_path: Path) -> None:
    path = tmp_path / "main.sqlite"
    open_database(path).close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"junk" * 100)
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        backup.restore(path, bad)
    assert digest(path) == before


def test_rotation_keeps_bounded_daily_and_weekly(tmp_path: Path) -> None:
    import datetime as dt

    path = tmp_path / "rot.sqlite"
    open_database(path).close()
    start = dt.datetime(2026, 1, 1, 18, 0)
    for day in range(90):
        now = start + dt.timedelta(days=day)
        backup.backup_on_close(path, now)
        backup.backup_on_close(path, now + dt.timedelta(hours=1))  # at most daily
    kept = backup.list_backups(path)
    assert len(kept) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY
    newest = kept[0].made_at.date()
    assert newest == (start + dt.timedelta(days=89)).date()
    assert len({b.made_at.date() for b in kept}) == len(kept)


def test_stale_revision_raises_conflict(db) -> None:
    pid = add_pro(db)
    pro = team.get_professional(db, pid)
    values = team.ProfessionalInput.of(pro)
    values.phone = "0102030405"
    team.update_professional(db, Actor(None, "PC 1"), pid, values, expected_revision=pro.revision)
    values.phone = "0607080910"
    with pytest.raises(ConflictError):
        team.update_professional(
            db, Actor(None, "PC 2"), pid, values, expected_revision=pro.revision
        )
    assert team.get_professional(db, pid).phone == "0102030405"


def test_audit_chain_records_and_detects_tampering(db) -> None:
    a = Actor(None, "Dr Élodie Petit")
    pid, _ = team.add_professional(
        db, a, team.ProfessionalInput(last_name="A", profession="pharmacien")
    )
    team.add_professional(db, a, team.ProfessionalInput(last_name="B", profession="pharmacien"))
    team.add_professional(db, a, team.ProfessionalInput(last_name="C", profession="pharmacien"))
    with db.read() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
    assert [e.actor_name for e in events] == ["Dr Élodie Petit"] * 3
    assert events[0].entity == "professional" and events[0].entity_id == pid
    assert run_check(db) == []
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET actor_name='Quelqu''un' WHERE seq=2"))
    problems = run_check(db)
    assert [p.message("fr") for p in problems] == [
        "Journal d'audit rompu : l'événement n° 2 a été modifié après coup (son contenu ne "
        "correspond plus à son empreinte)."
    ]


def test_failed_operation_writes_nothing(db) -> None:
    from protoedit.ops import operation

    with pytest.raises(RuntimeError), operation(db, Actor(None, "x")) as tx:
        tx.session.add(Professional(last_name="Ghost", profession="infirmier"))
        tx.record("create", "professional")
        raise RuntimeError("boom")
    assert team.list_professionals(db) == []
    with db.read() as s:
        assert s.scalars(select(AuditEvent)).all() == []


def test_changes_are_typed_entities_and_a_mistyped_one_fails() -> None:
    from protoedit.ops import Entity, OpChanges

    changes = OpChanges()
    changes.add(Entity.PROTOCOL, 3)
    assert changes.touches(Entity.PROTOCOL) and changes.touches("protocol")
    assert not changes.touches(Entity.MEETING)
    with pytest.raises(ValueError):
        changes.add("protocole", 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        changes.touches("meetings")  # type: ignore[arg-type]
