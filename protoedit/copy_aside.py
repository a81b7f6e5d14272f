"""Setting a PC's version aside in a save conflict: a new draft protocol, or a file."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from protoedit.errors import ValidationError
from protoedit.exchange.export import export_draft, write_json
from protoedit.export.atomic import atomic_path
from protoedit.i18n import N_, tr
from protoedit.ops import Actor, OpChanges
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.merge import Draft
from protoedit.store.database import Database

log = logging.getLogger("protoedit.ops")
CODE_MAX, TITLE_MAX = 32, 300
COPY_TITLE = N_("{title} (copie de mon poste)")
COPY_FORMAT = "protoedit-copie"


def copy_codes(code: str) -> list[str]:
    """Codes tried for the copy: DIAB-01-COPIE, DIAB-01-COPIE2... (cut to fit 32 characters)."""
    out = []
    for n in ["", *range(2, 10)]:
        suffix = f"-COPIE{n}"
        out.append(code[: CODE_MAX - len(suffix)] + suffix)
    return out


def copy_as_new_draft(db: Database, actor: Actor, draft: Draft) -> tuple[int, int, OpChanges]:
    """A new draft protocol holding `draft` (content, group, review date): (protocol id,
    version id, changes). The code takes the first free "-COPIE" suffix."""
    title = tr(COPY_TITLE).format(title=draft.title)
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1] + "…"
    last: ValidationError | None = None
    for code in copy_codes(draft.code or "PROTOCOLE"):
        try:
            return protocols.create_protocol(
                db,
                actor,
                code,
                title,
                draft.aci_theme,
                draft.content,
                skeleton=False,
                working_group=list(draft.working_group),
                review_due=draft.review_due,
            )
        except ValidationError as err:
            if err.field != "code":
                raise
            last = err
    assert last is not None
    raise last


def write_protocol_file(db: Database, draft: Draft, path: Path | str) -> Path:
    """`draft` as an exchange file (importing it gives the draft back)."""
    data = export_draft(
        db,
        draft.code,
        draft.title,
        draft.aci_theme,
        draft.content,
        list(draft.working_group),
        draft.review_due,
    )
    return write_json(data, path)


def write_fields_file(
    document: str, fields: Mapping[str, str], path: Path | str, now: dt.datetime | None = None
) -> Path:
    """A meeting's or a declaration's fields as typed on this PC (name -> text), in a JSON file
    a person can read."""
    data: dict[str, Any] = {
        "format": COPY_FORMAT,
        "document": document,
        "saved_at": (now or dt.datetime.now()).isoformat(timespec="seconds"),
        "fields": dict(fields),
    }
    target = Path(path)
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.chmod(0o644)
    log.info("copy set aside: %s", target)
    return target
