"""Translate driver exceptions into ProtoEdit storage errors the user can act on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import exc as sa_exc

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

MSG_LOCKED = N_("La base de données est verrouillée par un autre programme. Réessayez dans un instant.")
MSG_READONLY = N_("La base de données est en lecture seule : impossible d'enregistrer. Vérifiez les droits du fichier {path}.")
MSG_FULL = N_("Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez.")
MSG_IO = N_("Impossible d'écrire dans la base de données {path} (fichier protégé ou erreur du disque) : rien n'a été enregistré.")
MSG_CORRUPT = N_("Le fichier {path} n'est pas une base ProtoEdit lisible (fichier endommagé ou d'un autre type). Il n'a pas été modifié.")
MSG_CANT_OPEN = N_("Impossible d'ouvrir la base de données {path} : dossier absent ou inaccessible.")
MSG_PG_AUTH = N_("Le serveur PostgreSQL a refusé l'identifiant ou le mot de passe.")
MSG_PG_UNREACHABLE = N_("Le serveur PostgreSQL {host} est injoignable. Vérifiez le réseau et l'adresse.")
MSG_PG_NODB = N_("La base « {database} » n'existe pas sur le serveur PostgreSQL.")
MSG_PG_OTHER = N_("Le serveur PostgreSQL a signalé une erreur : {detail}")


def classify(err: BaseException, where: str = "", host: str = "", database: str = "") -> Exception:
    """Return the StorageError matching a driver error, or the error itself when it is a bug."""
    if isinstance(err, ProtoEditError):
        return err
    orig = getattr(err, "orig", None) or err
    text = str(orig).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLockedError(MSG_LOCKED)
    if "readonly database" in text or "read-only" in text:
        return ReadOnlyError(MSG_READONLY, path=where)
    if "disk is full" in text or "disk i/o error" in text and "full" in text:
        return DiskFullError(MSG_FULL)
    if "disk i/o error" in text:  # a file made immutable under an open connection, a bad disk
        return StorageError(MSG_IO, path=where)
    if "file is not a database" in text or "malformed" in text or "not a database" in text:
        return NotADatabaseError(MSG_CORRUPT, path=where, backup="")
    if "unable to open database file" in text:
        return StorageError(MSG_CANT_OPEN, path=where)
    if isinstance(err, sa_exc.OperationalError | sa_exc.InterfaceError) and "postgres" in repr(type(orig)).lower() or "psycopg" in type(orig).__module__:
        if "password authentication failed" in text or "no password supplied" in text:
            return ServerError(MSG_PG_AUTH)
        if "does not exist" in text and "database" in text:
            return ServerError(MSG_PG_NODB, database=database)
        if "connection refused" in text or "timeout" in text or "could not translate host" in text or "no route" in text or "connection failed" in text:
            return ServerError(MSG_PG_UNREACHABLE, host=host)
        if isinstance(err, sa_exc.OperationalError):
            return ServerError(MSG_PG_OTHER, detail=str(orig).strip().splitlines()[0][:200])
    return err


def path_of(path: Path | None) -> str:
    return str(path) if path else ""
