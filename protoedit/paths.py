"""Where ProtoEdit keeps its files: data folder, config, backups and shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ProtoEdit"
_ROOT = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/."""
    return _ROOT.joinpath("resources", *parts)


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
