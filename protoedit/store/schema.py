"""Alembic, run from code: known revisions, current revision, and upgrades step by step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from protoedit.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = migrations_dir()
# The migration chain, oldest first. Alembic (slow to import) is loaded only to migrate; a test
# checks this list against the migration scripts.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    from alembic import command

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
