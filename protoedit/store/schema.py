"""Alembic, run from code: known revisions, current revision, and upgrades step by step."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def app_version(engine: Engine) -> str:
    with engine.connect() as conn:
        if not inspect(conn).has_table("protoedit_meta"):
            return ""
        row = conn.execute(
            text("SELECT value FROM protoedit_meta WHERE key='app_version'")
        ).fetchone()
        return row[0] if row else ""


def upgrade(engine: Engine, version: str, target: str = "head") -> None:
    """Upgrade to `target`, each migration step in its own transaction."""
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    with engine.begin() as conn:
        if inspect(conn).has_table("protoedit_meta"):
            updated = conn.execute(
                text("UPDATE protoedit_meta SET value=:v WHERE key='app_version'"), {"v": version}
            ).rowcount
            if not updated:
                conn.execute(
                    text("INSERT INTO protoedit_meta (key, value) VALUES ('app_version', :v)"),
                    {"v": version},
                )
