"""Where ProtoEdit keeps its files: data folder, config, backups and shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ProtoEdit"
# The folder holding the protoedit package (the checkout, or the bundle's _internal folder):
# found from this file, never from the current folder.
_ROOT = Path(__file__).resolve().parent.parent


def bundle_dir() -> Path | None:
    """The PyInstaller bundle's data folder (sys._MEIPASS) when frozen, else None."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))


def resources_dir() -> Path:
    """The shipped resources/ folder: beside the packages, or inside the bundle."""
    return (bundle_dir() or _ROOT) / "resources"


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/."""
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    """The Alembic scripts (env.py, versions/), shipped as files: Alembic loads them by path."""
    return (bundle_dir() or _ROOT) / "protoedit" / "store" / "migrations"


def data_dir() -> Path:
    """The user's data folder (PROTOEDIT_DATA_DIR overrides it, for tests and portable installs)."""
    override = os.environ.get("PROTOEDIT_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The per-PC settings folder (PROTOEDIT_CONFIG_DIR overrides it)."""
    override = os.environ.get("PROTOEDIT_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "protoedit.sqlite"
