"""Translate driver exceptions into ProtoEdit storage errors the user can act on.

Errors are told apart by their codes, never by their text (a server installed in French words
its messages in French): SQLite's result code (`sqlite_errorcode`), PostgreSQL's SQLSTATE
(`sqlstate`). A PostgreSQL connection that fails during start-up carries no SQLSTATE (libpq keeps
it to itself): `diagnose_connect` then asks plain questions instead (does the port answer? did
the server want a password? does a connection to the maintenance database work?)."""

from __future__ import annotations

import socket
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from protoedit.errors import (
    DatabaseLockedError,
    DiskFullError,
    NotADatabaseError,
    ProtoEditError,
    ReadOnlyError,
    ServerError,
    StorageError,
)
from protoedit.i18n import N_

MSG_LOCKED = N_(
    "La base de données est verrouillée par un autre programme. Réessayez dans un instant."
)
MSG_READONLY = N_(
    "La base de données est en lecture seule : impossible d'enregistrer. Vérifiez les droits du fichier {path}."
)
MSG_FULL = N_("Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez.")
MSG_IO = N_(
    "Impossible d'écrire dans la base de données {path} (fichier protégé ou erreur du disque) : rien n'a été enregistré."
)
MSG_CORRUPT = N_(
    "Le fichier {path} n'est pas une base ProtoEdit lisible (fichier endommagé ou d'un autre type). Il n'a pas été modifié."
)
MSG_CANT_OPEN = N_(
    "Impossible d'ouvrir la base de données {path} : dossier absent ou inaccessible."
)
MSG_PG_AUTH = N_("Le serveur PostgreSQL a refusé l'identifiant ou le mot de passe.")
MSG_PG_UNREACHABLE = N_(
    "Le serveur PostgreSQL {host} est injoignable. Vérifiez le réseau et l'adresse."
)
MSG_PG_NODB = N_("La base « {database} » n'existe pas sur le serveur PostgreSQL.")
MSG_PG_STARTING = N_(
    "Le serveur PostgreSQL {host} démarre ou s'arrête : réessayez dans un instant."
)
MSG_PG_OTHER = N_("Le serveur PostgreSQL a signalé une erreur : {detail}")

# SQLite primary result codes (the low byte of the extended code).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_CORRUPT = 5, 6, 8, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB, SQLITE_IOERR = 13, 14, 26, 10
# SQLSTATE classes and codes of PostgreSQL.
PG_AUTH = ("28000", "28P01")  # invalid authorization, invalid password
PG_NO_DATABASE = "3D000"
PG_READ_ONLY = "25006"  # read-only SQL transaction
PG_LOCKED = ("55P03", "40P01")  # lock not available, deadlock
PG_SHUTTING = ("57P01", "57P02", "57P03")  # admin or crash shutdown, cannot connect now
PG_FULL = "53100"  # disk full
# Set by diagnose_connect when a failed connection had no SQLSTATE.
PG_UNREACHABLE = "08001"


def _sqlite_code(orig: BaseException) -> int | None:
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _is_psycopg(orig: BaseException) -> bool:
    return type(orig).__module__.split(".")[0] == "psycopg"


def classify(
    err: BaseException, where: str = "", host: str = "", database: str = "", url: URL | None = None
) -> BaseException:
    """Return the StorageError matching a driver error, or the error itself when it is a bug.

    `url` (PostgreSQL) lets a failed connection be diagnosed when it carries no SQLSTATE."""
    if isinstance(err, ProtoEditError):
        return err
    orig = getattr(err, "orig", None) or err
    code = _sqlite_code(orig)
    if code is not None:
        return _classify_sqlite(code, where) or err
    if _is_psycopg(orig):
        state = getattr(orig, "sqlstate", None)
        if state is None and getattr(orig, "pgconn", None) is not None and url is not None:
            state = diagnose_connect(url, orig)
        found = _classify_pg(state, host, database)
        if found is not None:
            return found
        if isinstance(err, sa_exc.OperationalError) or _is_operational(orig):
            return ServerError(MSG_PG_OTHER, detail=_first_line(orig))
    return err


def _is_operational(orig: BaseException) -> bool:
    import psycopg

    return isinstance(orig, psycopg.OperationalError)


def _classify_sqlite(code: int, where: str) -> StorageError | None:
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLockedError(MSG_LOCKED)
    if code == SQLITE_READONLY:
        return ReadOnlyError(MSG_READONLY, path=where)
    if code == SQLITE_FULL:
        return DiskFullError(MSG_FULL)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return NotADatabaseError(MSG_CORRUPT, path=where, backup="")
    if code == SQLITE_CANTOPEN:
        return StorageError(MSG_CANT_OPEN, path=where)
    if code == SQLITE_IOERR:  # a file made immutable under an open connection, a bad disk
        return StorageError(MSG_IO, path=where)
    return None


def _classify_pg(state: str | None, host: str, database: str) -> StorageError | None:
    if state is None:
        return None
    if state in PG_AUTH:
        return ServerError(MSG_PG_AUTH)
    if state == PG_NO_DATABASE:
        return ServerError(MSG_PG_NODB, database=database)
    if state == PG_READ_ONLY:
        return ReadOnlyError(
            N_(
                "La base de données est en lecture seule : impossible "
                "d'enregistrer. Le serveur PostgreSQL n'accepte que la lecture ; "
                "demandez à son administrateur."
            )
        )
    if state in PG_LOCKED:
        return DatabaseLockedError(MSG_LOCKED)
    if state in PG_SHUTTING:
        return ServerError(MSG_PG_STARTING, host=host)
    if state == PG_FULL:
        return DiskFullError(MSG_FULL)
    if state.startswith("08"):  # connection exception
        return ServerError(MSG_PG_UNREACHABLE, host=host)
    return None


def _first_line(orig: BaseException) -> str:
    lines = str(orig).strip().splitlines()
    return lines[0][:200] if lines else type(orig).__name__


def _port_answers(url: URL) -> bool:
    host = url.host or "localhost"
    if host.startswith("/"):  # a Unix socket folder
        return Path(host, f".s.PGSQL.{url.port or 5432}").exists()
    try:
        with socket.create_connection((host, url.port or 5432), timeout=5):
            return True
    except OSError:
        return False


def diagnose_connect(url: URL, orig: BaseException) -> str | None:
    """The SQLSTATE a failed connection would have carried, found without reading its text.

    Only on the error path: one TCP probe and at most one more connection attempt."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    if not _port_answers(url):
        return PG_UNREACHABLE
    pgconn = getattr(orig, "pgconn", None)
    if getattr(pgconn, "needs_password", False):
        return PG_AUTH[1]
    target = url.database or url.username or ""
    maintenance = "template1" if target == "postgres" else "postgres"
    params = {
        "host": url.host,
        "port": url.port,
        "user": url.username,
        "password": url.password,
        "dbname": maintenance,
        "connect_timeout": 5,
    }
    try:
        conn = psycopg.connect(
            make_conninfo("", **{k: v for k, v in params.items() if v is not None})
        )
    except psycopg.Error as again:
        if again.sqlstate is not None:
            return again.sqlstate
        used = getattr(getattr(again, "pgconn", None), "used_password", False)
        return PG_AUTH[1] if used or getattr(pgconn, "used_password", False) else None
    try:  # the same login works elsewhere: is the database there at all?
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (target,)).fetchone()
    finally:
        conn.close()
    return PG_NO_DATABASE if row is None else None
