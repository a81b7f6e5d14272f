"""Setting a PC's version aside in a conflict: a new draft, or a file to import or read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from protoedit.copy_aside import copy_as_new_draft, write_fields_file, write_protocol_file
from protoedit.exchange.importing import import_file
from protoedit.ops import Actor
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Step
from protoedit.protocols.queries import get_version, versions_of
from tests.core.test_merge import Draft

ACTOR = Actor(None, "Poste accueil")


def mine() -> Draft:
    return Draft(
        code="DIAB-01",
        title="Diabète",
        content=Content(
            sections={"exclusion": "Grossesse"}, steps=[Step(title="Repérer", what="Dépister")]
        ),
        review_due=dt.date(2027, 5, 1),
    )


def test_copy_as_new_draft_takes_a_free_code(db) -> None:
    protocols.create_protocol(db, ACTOR, "DIAB-01", "Diabète")
    _pid, vid, _ = copy_as_new_draft(db, ACTOR, mine())
    v = get_version(db, vid)
    assert (v.code, v.title, v.status) == ("DIAB-01-COPIE", "Diabète (copie de mon poste)", "draft")
    assert v.content.section("exclusion") == "Grossesse" and v.review_due == dt.date(2027, 5, 1)
    _pid, vid2, _ = copy_as_new_draft(db, ACTOR, mine())
    assert get_version(db, vid2).code == "DIAB-01-COPIE2"


def test_protocol_file_imports_back_as_the_draft(db, tmp_path: Path) -> None:
    path = write_protocol_file(db, mine(), tmp_path / "ma-version.json")
    report = import_file(db, ACTOR, path)
    (doc,) = report.documents
    (v,) = versions_of(db, doc.id)
    assert v.content.section("exclusion") == "Grossesse"
    assert v.content.steps[0].what == "Dépister"


def test_fields_file_is_readable_json(tmp_path: Path) -> None:
    path = write_fields_file("Réunion", {"Intitulé": "RCP de mars"}, tmp_path / "r.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["document"] == "Réunion" and data["fields"] == {"Intitulé": "RCP de mars"}
