"""The one place that opens a database: SQLite file or PostgreSQL URL, pragmas, schema checks."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine import URL

from protoedit import __version__
from protoedit.errors import (
    MissingDatabaseError,
    ReadOnlyError,
    StorageError,
)
from protoedit.i18n import N_
from protoedit.store import schema
from protoedit.store.errors import classify
from protoedit.store.preflight import (
    newer_schema_error,
    preflight_sqlite,
    read_only_uri,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker
    from sqlalchemy.pool import ConnectionPoolEntry

log = logging.getLogger("protoedit.store")

BUSY_TIMEOUT_MS = 5000
MSG_MISSING = N_(
    "Aucune base à cet endroit : {path}. Vérifiez le chemin ; pour créer une base neuve ici : "
    'python main.py --db "{path}" init'
)
MSG_RO_FILE = N_(
    "La base de données est en lecture seule : impossible d'enregistrer. Le fichier {path} n'est "
    "pas modifiable (droits du fichier). Vous pouvez consulter ; pour modifier, demandez le droit "
    "d'écriture sur ce fichier."
)
MSG_RO_FOLDER = N_(
    "La base de données est en lecture seule : impossible d'enregistrer. Le dossier {folder} n'est "
    "pas modifiable (droits du dossier) et SQLite doit y écrire à côté du fichier. Vous pouvez "
    "consulter ; pour modifier, demandez le droit d'écriture sur ce dossier."
)
MSG_RO_OLD = N_(
    "La base {path} est en lecture seule et doit d'abord être mise à jour par cette version de "
    "ProtoEdit : demandez le droit d'écriture, puis rouvrez-la."
)


def read_only_reason(path: Path) -> ReadOnlyError | None:
    """Why this SQLite file cannot be written (its folder, or the file itself), or None."""
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return ReadOnlyError(MSG_RO_FOLDER, path=str(path), folder=str(folder))
    if path.exists() and not os.access(path, os.W_OK):
        return ReadOnlyError(MSG_RO_FILE, path=str(path))
    return None


def to_url(target: str | Path) -> URL:
    """Accept a SQLAlchemy URL or a plain file path."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def _sqlite_connect(dbapi_conn: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    dbapi_conn.isolation_level = None  # let SQLAlchemy emit BEGIN (transactional DDL too)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != "wal":
        cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_connect_ro(dbapi_conn: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get("immediate"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


class Database:
    """An open database: engines for reading and for (serialised) writing, and its location."""

    def __init__(self, url: URL, engine: Engine, read_only: ReadOnlyError | None = None) -> None:
        self.url = url
        self.read_only = read_only  # why this file opened for consultation only
        self.engine = engine
        self.write_engine = engine.execution_options(immediate=True)
        self.is_sqlite = url.get_backend_name() == "sqlite"
        self.path: Path | None = Path(url.database) if self.is_sqlite and url.database else None
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None

    def _makers(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        # The ORM is imported on first use: the window and its library list are shown without it
        # (see connect()), which takes a sixth off the start-up time.
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = (
                sessionmaker(self.engine, expire_on_commit=False),
                sessionmaker(self.write_engine, expire_on_commit=False),
            )
        return self._sessions

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; storage problems come out as StorageError."""
        with self._classified(), self._makers()[0]() as session:
            yield session

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection for reads that need no ORM (start-up); errors as in read()."""
        with self._classified(), self.engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def _classified(self) -> Iterator[None]:
        try:
            yield
        except Exception as err:  # noqa: BLE001 - re-raised, classified
            raise self.classify(err) from err

    def write_session(self) -> Session:
        return self._makers()[1]()

    def classify(self, err: BaseException) -> BaseException:
        """The user's error for a driver error; a refused write names the real cause."""
        found = classify(
            err,
            str(self.path or ""),
            self.url.host or "",
            self.url.database or "",
            url=None if self.is_sqlite else self.url,
        )
        if isinstance(found, ReadOnlyError) and self.read_only is not None:
            return self.read_only
        return found

    def close(self) -> None:
        self.engine.dispose()


def load_orm() -> None:
    """Import the ORM and the models and configure their mappers (about 150 ms); then a no-op.

    Start-up runs without them (see Database.connect()). The GUI calls this once its window is
    shown, and before it starts a worker, so that two threads never import the ORM at once."""
    from sqlalchemy.orm import configure_mappers

    from protoedit.store import models  # noqa: F401 - registers the mappers

    configure_mappers()


def build_engine(url: URL, read_only_uri: str | None = None) -> Engine:
    """Create the engine with the pragmas and pool settings for its backend.

    `read_only_uri` (SQLite): connect through that URI, for consultation only."""
    if url.get_backend_name() == "sqlite":
        timeout = BUSY_TIMEOUT_MS / 1000
        if read_only_uri is not None:
            engine = create_engine(
                url,
                creator=lambda: sqlite3.connect(
                    read_only_uri, uri=True, check_same_thread=False, timeout=timeout
                ),
            )
            event.listen(engine, "connect", _sqlite_connect_ro)
        else:
            engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": timeout}
            )
            event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})


def _sqlite_location(path: Path, create: bool) -> tuple[str | None, bool, ReadOnlyError | None]:
    """Check a SQLite path before opening it: (its revision, whether it is new, why it is
    read-only)."""
    if not create and not path.exists():
        raise MissingDatabaseError(MSG_MISSING, path=str(path))
    if not path.parent.exists():
        raise StorageError(N_("Le dossier {path} n'existe pas."), path=str(path.parent))
    existing = preflight_sqlite(path)
    fresh = not path.exists() or path.stat().st_size == 0
    read_only = read_only_reason(path) if path.exists() else None
    if read_only is not None and fresh:
        raise read_only
    if read_only is not None and existing != schema.head_revision():
        raise ReadOnlyError(MSG_RO_OLD, path=str(path))
    return existing, fresh, read_only


def open_database(
    target: str | Path,
    *,
    migrate: bool = True,
    backup_before_migration: bool = True,
    create: bool = True,
) -> Database:
    """Open (and create or migrate) a database; raise StorageError subclasses on bad files.

    `create=False` refuses a SQLite path where there is no file yet (MissingDatabaseError). A
    file that cannot be written opens for consultation only (`Database.read_only` says why)."""
    url = to_url(target)
    read_only: ReadOnlyError | None = None
    uri = None
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        existing, fresh, read_only = _sqlite_location(path, create)
        if read_only is not None:
            uri = read_only_uri(path, immutable=read_only.template == MSG_RO_FOLDER)
    else:
        existing, fresh = None, False
    engine = build_engine(url, uri)
    db = Database(url, engine, read_only)
    try:
        if url.get_backend_name() != "sqlite":
            existing = schema.current_revision(engine)
            if existing is not None and existing not in schema.known_revisions():
                raise newer_schema_error(schema.app_version(engine))
        if existing != schema.head_revision():
            if not migrate:
                raise StorageError(N_("La base de données doit être mise à jour avant usage."))
            if db.is_sqlite and not fresh and backup_before_migration and db.path:
                from protoedit.store import backup

                made = backup.make_backup(db.path, "premigration")
                log.info("backup before migration: %s", made)
            log.info(
                "migrating %s from %s to %s", db.display_name, existing, schema.head_revision()
            )
            schema.upgrade(engine, __version__)
    except Exception as err:
        engine.dispose()
        raise db.classify(err) from err
    return db
