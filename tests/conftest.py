"""Shared fixtures: a fresh database per test (SQLite file, or a new PostgreSQL database).

Migrating a new database costs about 0.1 s; the suite migrates one template per backend and
session, and each test gets a copy (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on
PostgreSQL). `pg_url` stays an empty, unmigrated database for the schema tests."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, make_url, text

from protoedit import team
from protoedit.ops import Actor
from protoedit.store.database import Database, open_database

PG_URL = os.environ.get("PROTOEDIT_TEST_PG", "")
REQUIRE_PG = os.environ.get("PROTOEDIT_REQUIRE_PG") == "1"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long robustness tests first: with one worker per core (pytest-xdist) they run beside
    the rest instead of alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def quick_codes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Personal codes are hashed by the real argon2id at a test cost (one pass over 64 KiB):
    about 0.1 ms instead of 0.2 s per code set or checked, which made signing rounds most of
    the suite's time. Tests marked `real_codes` keep the app's cost (and check it)."""
    if request.node.get_closest_marker("real_codes") is None:
        quick = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
        monkeypatch.setattr(team, "_hasher", quick)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing touches the user's real data or settings folders."""
    monkeypatch.setenv("PROTOEDIT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PROTOEDIT_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


def _require_pg() -> None:
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("PROTOEDIT_TEST_PG is not set but PostgreSQL tests are required")
        pytest.skip("no PostgreSQL server (set PROTOEDIT_TEST_PG)")


def _pg_fresh_database(template: str | None = None) -> Iterator[str]:
    _require_pg()
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        source = f' TEMPLATE "{template}"' if template else ""
        if template and conn.dialect.server_version_info >= (15,):
            # PostgreSQL 15 copies a template block by block through the WAL by default:
            # three times slower than copying its files for a small database like these.
            source += " STRATEGY FILE_COPY"
        conn.execute(text(f'CREATE DATABASE "{name}"{source}'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database, copied by every test that asks for `db_url`."""
    fresh = _pg_fresh_database()
    url = next(fresh)
    open_database(url).close()  # migrate once; no connection may stay open on a template
    yield make_url(url).database or ""
    fresh.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied by every test that asks for a fresh database."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(path).close()
    return path


def fresh_sqlite(template: Path, target: Path) -> Path:
    """A migrated, empty database at `target` (a copy of the session's template)."""
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_fresh_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Both backends: the same test runs on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        yield str(fresh_sqlite(template, tmp_path / "team.sqlite"))
    else:
        _require_pg()
        yield from _pg_fresh_database(request.getfixturevalue("pg_template"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    database = open_database(fresh_sqlite(sqlite_template, tmp_path / "team.sqlite"))
    yield database
    database.close()


@pytest.fixture
def actor() -> Actor:
    return Actor(None, "Test")
