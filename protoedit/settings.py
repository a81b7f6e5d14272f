"""Per-PC settings (database location, language, who uses this PC, consultation mode, the open
protocol), as JSON."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from protoedit.paths import config_dir

log = logging.getLogger("protoedit.settings")


@dataclass
class Settings:
    db_url: str = ""  # empty: the embedded SQLite file in the data folder
    lang: str = "fr"
    user_id: int | None = None  # the professional using this PC
    consult_mode: bool = False
    profession_filter: str = ""
    font_scale: float = 1.0
    open_version_id: int | None = None  # the protocol version open in the editor at closing
    open_version_db: str = ""  # ... in this database (its display name)

    @staticmethod
    def path() -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as err:
            log.warning("settings unreadable, using defaults: %s", err)
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        path = self.path()
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
