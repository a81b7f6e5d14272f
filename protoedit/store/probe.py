"""Try a database location without changing it: reachable? which schema? what to tell the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import create_engine

from protoedit.errors import ProtoEditError
from protoedit.i18n import N_
from protoedit.store import schema
from protoedit.store.database import to_url
from protoedit.store.errors import classify
from protoedit.store.preflight import newer_schema_error, preflight_sqlite

MSG_OK = N_("Connexion réussie : base à jour.")
MSG_EMPTY = N_("Connexion réussie : base vide, elle sera préparée au premier démarrage.")
MSG_OLDER = N_(
    "Connexion réussie : base d'une version précédente, elle sera mise à jour (avec sauvegarde)."
)
MSG_NEW_FILE = N_("Le fichier n'existe pas encore : il sera créé au premier démarrage.")
MSG_NETWORK_SHARE = N_(
    "Attention : ce fichier est sur un partage réseau. SQLite peut s'y corrompre quand plusieurs "
    "postes l'utilisent ; pour plusieurs postes, utilisez un serveur PostgreSQL."
)


@dataclass
class ProbeResult:
    ok: bool
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def probe(target: str) -> ProbeResult:
    """Check a SQLite path or PostgreSQL URL; nothing is written."""
    from protoedit.store.network import is_network_path

    url = to_url(target)
    warnings: list[str] = []
    try:
        if url.get_backend_name() == "sqlite":
            from pathlib import Path

            path = Path(url.database or "")
            if is_network_path(path):
                warnings.append(MSG_NETWORK_SHARE)
            if not path.exists():
                return ProbeResult(True, MSG_NEW_FILE, warnings=warnings)
            revision = preflight_sqlite(path)
        else:
            engine = create_engine(url, connect_args={"connect_timeout": 5}, poolclass=None)
            try:
                revision = schema.current_revision(engine)
                if revision is not None and revision not in schema.known_revisions():
                    raise newer_schema_error(schema.app_version(engine))
            finally:
                engine.dispose()
    except ProtoEditError as err:
        return ProbeResult(False, err.template, err.params, warnings)
    except Exception as err:  # noqa: BLE001 - classified for the user, or re-raised
        classified = classify(
            err,
            str(url.database or ""),
            url.host or "",
            url.database or "",
            url=None if url.get_backend_name() == "sqlite" else url,
        )
        if isinstance(classified, ProtoEditError):
            return ProbeResult(False, classified.template, classified.params, warnings)
        raise
    if revision is None:
        return ProbeResult(True, MSG_EMPTY, warnings=warnings)
    if revision != schema.head_revision():
        return ProbeResult(True, MSG_OLDER, warnings=warnings)
    return ProbeResult(True, MSG_OK, warnings=warnings)
