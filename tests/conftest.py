"""Shared fixtures: a fresh database per test (SQLite file, or a new PostgreSQL database)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from protoedit.ops import Actor
from protoedit.store.database import Database, open_database

PG_URL = os.environ.get("PROTOEDIT_TEST_PG", "")
REQUIRE_PG = os.environ.get("PROTOEDIT_REQUIRE_PG") == "1"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing touches the user's real data or settings folders."""
    monkeypatch.setenv("PROTOEDIT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PROTOEDIT_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


def _pg_fresh_database() -> Iterator[str]:
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("PROTOEDIT_TEST_PG is not set but PostgreSQL tests are required")
        pytest.skip("no PostgreSQL server (set PROTOEDIT_TEST_PG)")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_fresh_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Both backends: the same test runs on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        yield str(tmp_path / "team.sqlite")
    else:
        yield from _pg_fresh_database()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "team.sqlite")
    yield database
    database.close()


@pytest.fixture
def actor() -> Actor:
    return Actor(None, "Test")
