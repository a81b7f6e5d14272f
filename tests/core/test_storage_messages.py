"""Honest storage messages: missing paths, read-only files and folders, newer schemas, damaged
files left without -wal/-shm, errors told apart by code (a PostgreSQL server speaking French)."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from protoedit import team
from protoedit.cli import parser as cli
from protoedit.errors import (
    DatabaseLockedError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    ServerError,
)
from protoedit.ops import Actor
from protoedit.store import database
from protoedit.store.database import MSG_RO_FILE, MSG_RO_FOLDER, open_database
from protoedit.store.errors import classify
from protoedit.store.probe import probe
from tests.helpers import unwritable

MISSING = "Aucune base à cet endroit"
ALICE = Actor(None, "Alice")


def run_cli(*argv: str) -> int:
    return cli.run_command(cli.build_parser().parse_args(list(argv)))


def add_pro(db, name: str = "Martin") -> None:
    team.add_professional(db, ALICE, team.ProfessionalInput(last_name=name, profession="infirmier"))


# -- 3. a mistyped --db path never makes a new database ----------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["list"],
        ["list", "--kind", "protocol"],
        ["export", "--all", "--json", "out.json"],
        ["export", "DIAB-01", "--pdf", "out.pdf"],
        ["backup"],
        ["restore", "BACKUP"],
        ["import", "VALID"],
    ],
    ids=lambda a: "-".join(a[:2]),
)
def test_commands_refuse_a_missing_database(tmp_path: Path, capsys, argv: list[str]) -> None:
    good = tmp_path / "good.sqlite"
    assert run_cli("--db", str(good), "init") == 0
    backup = tmp_path / "copy.sqlite"
    assert run_cli("--db", str(good), "backup", str(backup)) == 0
    valid = tmp_path / "valid.json"
    assert run_cli("--db", str(good), "export", "--all", "--json", str(valid)) == 0
    capsys.readouterr()
    typo = tmp_path / "goood.sqlite"
    args = [{"BACKUP": str(backup), "VALID": str(valid)}.get(a, a) for a in argv]
    assert run_cli("--db", str(typo), *args) == 2
    err = capsys.readouterr().err
    assert MISSING in err and str(typo) in err, err
    assert "init" in err
    assert not typo.exists() and not list(tmp_path.glob("goood*"))


def test_default_database_is_not_created_by_commands(tmp_path: Path, capsys) -> None:
    assert run_cli("list") == 2
    assert MISSING in capsys.readouterr().err
    assert not (tmp_path / "data" / "protoedit.sqlite").exists()


def test_init_creates_the_database_then_commands_work(tmp_path: Path, capsys) -> None:
    path = tmp_path / "team.sqlite"
    assert run_cli("--db", str(path), "init") == 0
    assert f"Base créée : {path}" in capsys.readouterr().out
    assert run_cli("--db", str(path), "init") == 0
    assert "Base déjà présente" in capsys.readouterr().out
    assert run_cli("--db", str(path), "list") == 0
    assert run_cli("--db", str(path), "check") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "OK"


def test_check_reports_a_broken_chain_in_the_interface_language(tmp_path: Path, capsys) -> None:
    path = tmp_path / "team.sqlite"
    db = open_database(path)
    add_pro(db, "A")
    add_pro(db, "B")
    db.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE audit_event SET actor_name='Quelqu''un' WHERE seq=2")
    con.commit()
    con.close()
    assert run_cli("--db", str(path), "check") == 1
    out = capsys.readouterr().out
    assert "Journal d'audit rompu : l'événement n° 2 a été modifié après coup" in out
    assert "Version du schéma : " in out


# -- 4. read-only file or folder: consultation, the real cause named ---------------------------


@pytest.mark.parametrize("which", ["file", "folder"])
def test_read_only_database_opens_for_consultation(tmp_path: Path, which: str) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "team.sqlite"
    db = open_database(path)
    add_pro(db)
    db.close()
    before = path.read_bytes()
    with unwritable(path if which == "file" else folder):
        db = open_database(path)
        try:
            assert db.read_only is not None
            assert db.read_only.template == (MSG_RO_FILE if which == "file" else MSG_RO_FOLDER)
            assert [p.last_name for p in team.list_professionals(db)] == ["Martin"]
            with pytest.raises(ReadOnlyError) as info:
                add_pro(db, "Refusé")
            assert info.value is db.read_only
            words = "Le fichier" if which == "file" else "Le dossier"
            assert words in info.value.message(
                "fr"
            ) and "Vous pouvez consulter" in info.value.message("fr")
        finally:
            db.close()
        if which == "folder":  # opened immutable: nothing could be created there anyway
            assert [p.name for p in folder.iterdir()] == ["team.sqlite"]
    assert path.read_bytes() == before


def test_read_only_file_of_an_older_schema_says_it_must_be_updated(tmp_path: Path) -> None:
    from protoedit.store import schema

    path = tmp_path / "old.sqlite"
    engine = database.build_engine(database.to_url(path))
    schema.upgrade(engine, "0.0.1", target="0001")
    engine.dispose()
    with unwritable(path), pytest.raises(ReadOnlyError) as info:
        open_database(path)
    assert "doit d'abord être mise à jour" in info.value.message("fr")


# -- 5. the newer-schema message names the right version ---------------------------------------


@pytest.mark.parametrize(
    ("stored", "words"),
    [
        ("9.0.0", "version plus récente de ProtoEdit (9.0.0)."),
        (database.__version__, "version plus récente de ProtoEdit. Installez la dernière version"),
        ("", "version plus récente de ProtoEdit. Installez la dernière version"),
    ],
)
def test_newer_schema_names_the_writer_only_when_known(
    tmp_path: Path, stored: str, words: str
) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.execute("UPDATE protoedit_meta SET value=? WHERE key='app_version'", (stored,))
    con.commit()
    con.close()
    with pytest.raises(NewerSchemaError) as info:
        open_database(path)
    assert words in info.value.message("fr")
    assert "0.1.0" not in info.value.message("fr") or stored == "9.0.0"
    assert not probe(str(path)).ok and probe(str(path)).params == info.value.params


# -- 6. a damaged file is inspected without creating anything beside it ------------------------


@pytest.mark.parametrize("damage", ["truncated", "random-after-header"])
def test_damaged_wal_file_gets_nothing_beside_it(tmp_path: Path, damage: str) -> None:
    good = tmp_path / "good.sqlite"
    db = open_database(good)
    for i in range(40):
        add_pro(db, f"Nom{i}")
    db.close()
    raw = good.read_bytes()
    assert raw[18:20] == b"\x02\x02"  # a WAL-mode file, as ProtoEdit leaves them
    folder = tmp_path / "damaged"
    folder.mkdir()
    path = folder / "team.sqlite"
    if damage == "truncated":
        path.write_bytes(raw[: 4096 * 3])
    else:
        path.write_bytes(raw[:100] + os.urandom(len(raw) - 100))
    with pytest.raises(NotADatabaseError) as info:
        db = open_database(path)
        try:
            team.list_professionals(db)
        finally:
            db.close()
    assert "Il n'a pas été modifié" in info.value.message("fr")
    assert [p.name for p in folder.iterdir()] == ["team.sqlite"]


# -- 8. errors told apart by code, not by English text -----------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (5, DatabaseLockedError),
        (517, DatabaseLockedError),
        (8, ReadOnlyError),
        (13, DiskFullError),
        (11, NotADatabaseError),
        (26, NotADatabaseError),
    ],
)
def test_sqlite_errors_are_classified_by_their_code(code: int, expected: type) -> None:
    err = sqlite3.OperationalError("message traduit que personne ne lit")
    err.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert isinstance(classify(err, "/x.sqlite"), expected)
    assert (
        classify(sqlite3.ProgrammingError("database is locked")).__class__
        is sqlite3.ProgrammingError
    )  # a bug, whatever its text says


PG_FR = os.environ.get("PROTOEDIT_TEST_PG_FR", "")


@pytest.fixture
def pg_fr() -> str:
    """A PostgreSQL server whose messages are in French (lc_messages=fr_FR.UTF-8)."""
    if not PG_FR:
        if os.environ.get("PROTOEDIT_REQUIRE_PG") == "1":
            pytest.fail("PROTOEDIT_TEST_PG_FR is not set but PostgreSQL tests are required")
        pytest.skip("no French-speaking PostgreSQL server (set PROTOEDIT_TEST_PG_FR)")
    engine = create_engine(PG_FR)
    with engine.connect() as conn:
        lang = conn.execute(text("SHOW lc_messages")).scalar()
    engine.dispose()
    assert lang is not None and lang.startswith("fr"), lang
    return PG_FR


@pytest.mark.pg
def test_french_server_errors_get_their_own_message(pg_fr: str) -> None:
    url = make_url(pg_fr)
    role = "pe_fr_" + uuid.uuid4().hex[:8]
    admin = create_engine(pg_fr, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'le-bon'"))
    try:
        base = url.set(username=role)
        assert probe(base.set(password="le-bon").render_as_string(hide_password=False)).ok
        wrong = base.set(password="mauvais").render_as_string(hide_password=False)
        with pytest.raises(ServerError) as info:
            open_database(wrong)
        assert info.value.message("fr") == (
            "Le serveur PostgreSQL a refusé l'identifiant ou le mot de passe."
        )
        assert "mot de passe" in probe(wrong).template
        for who in (url, base.set(password="le-bon")):
            missing = who.set(database="absente_" + role).render_as_string(hide_password=False)
            with pytest.raises(ServerError) as info:
                open_database(missing)
            assert info.value.message("fr") == (
                f"La base « absente_{role} » n'existe pas sur le serveur PostgreSQL."
            )
        closed = url.set(port=1).render_as_string(hide_password=False)
        with pytest.raises(ServerError) as info:
            open_database(closed)
        assert "injoignable" in info.value.message("fr")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


@pytest.mark.pg
def test_french_server_read_only_transaction_is_a_read_only_error(pg_fr: str) -> None:
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_fr, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = open_database(make_url(pg_fr).set(database=name).render_as_string(hide_password=False))
        try:
            db.engine.dispose()
            from sqlalchemy import event

            @event.listens_for(db.engine, "connect")
            def read_only(dbapi_conn, _record) -> None:
                dbapi_conn.autocommit = True
                dbapi_conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                dbapi_conn.autocommit = False

            with pytest.raises(ReadOnlyError) as info:
                add_pro(db)
            assert "lecture seule" in info.value.message("fr")
        finally:
            db.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
