"""Shared fixtures: a fresh database per test (SQLite file, or a PostgreSQL database).

Migrating a new database costs about 0.1 s; the suite migrates one template per backend and
session. On SQLite each test gets a copy of the template file. On PostgreSQL each worker makes
one copy (CREATE DATABASE ... TEMPLATE), emptied back to the migrated state before each test
(tables truncated, the seed rows put back): under load a new database took half a second, the
reset takes a few milliseconds; a test that changed more than rows (the schema, the migration
revision) gets a new copy. `pg_url` stays an empty, unmigrated database for the schema tests."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

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
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied by every test that asks for a fresh database."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(path).close()
    return path


def fresh_sqlite(template: Path, target: Path) -> Path:
    """A migrated, empty database at `target` (a copy of the session's template)."""
    shutil.copyfile(template, target)
    return target


SEEDED = ("alembic_version", "audit_head", "protoedit_meta")  # the rows a migrated base holds


class PgWorkerDatabase:
    """This worker's copy of the migrated template, put back to its migrated state per test."""

    def __init__(self, template: str) -> None:
        self.template = template
        self._make()

    def _make(self) -> None:
        self.fresh = _pg_fresh_database(self.template)
        self.url = next(self.fresh)
        self.engine = create_engine(self.url, poolclass=NullPool)
        self.shape, self.seed = self._shape(), self._seed()

    def _shape(self) -> list[tuple[str, ...]]:
        """Tables, columns and the migration revision: what only a schema change alters."""
        with self.engine.connect() as conn:
            columns = conn.execute(
                text(
                    "SELECT table_name, column_name, data_type FROM information_schema.columns"
                    " WHERE table_schema = 'public' ORDER BY 1, 2"
                )
            ).all()
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        return [tuple(r) for r in (*columns, *revision)]

    def _seed(self) -> dict[str, list[dict[str, object]]]:
        with self.engine.connect() as conn:
            return {
                t: [dict(r._mapping) for r in conn.execute(text(f'SELECT * FROM "{t}"'))]
                for t in SEEDED[1:]
            }

    def reset(self) -> str:
        """The database as migrated, empty; made again when a test changed its schema or left
        a connection holding locks."""
        try:
            if self._shape() == self.shape:
                self._empty()
                return self.url
        except DBAPIError:
            pass  # a lock still held by a connection the test left open
        self.close()
        self._make()
        return self.url

    def _empty(self) -> None:
        with self.engine.begin() as conn:  # one transaction: all of it, or nothing
            conn.execute(text("SET LOCAL lock_timeout = '2s'"))
            # DELETE, not TRUNCATE (which makes new files for every table and index: 0.2 s);
            # foreign keys are not checked meanwhile (the test server's role is a superuser).
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            tables = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            for table in tables:
                if table != "alembic_version":
                    conn.execute(text(f'DELETE FROM "{table}"'))
            conn.execute(
                text(
                    "SELECT setval(oid::regclass, 1, false) FROM pg_class"
                    " WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace"
                )
            )
            for table, rows in self.seed.items():
                for row in rows:
                    cols = ", ".join(f'"{c}"' for c in row)
                    marks = ", ".join(f":{c}" for c in row)
                    conn.execute(text(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'), row)

    def close(self) -> None:
        self.engine.dispose()
        self.fresh.close()


@pytest.fixture(scope="session")
def pg_worker() -> Iterator[PgWorkerDatabase]:
    _require_pg()
    fresh = _pg_fresh_database()
    template_url = next(fresh)
    open_database(template_url).close()  # migrate once; no connection may stay open on it
    worker = PgWorkerDatabase(make_url(template_url).database or "")
    yield worker
    worker.close()
    fresh.close()


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
        yield request.getfixturevalue("pg_worker").reset()


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
