"""The HAS method's documented answers: documentary synthesis and graded key messages, through
content, cleaning, diff and the exchange format (format 2; format-1 files still import)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from protoedit.errors import ValidationError
from protoedit.exchange import export as exchange
from protoedit.exchange.importing import import_file
from protoedit.protocols import cleaning, queries
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content, Evidence, KeyMessage
from protoedit.protocols.diff import diff
from tests.core.test_protocol_lifecycle import ALICE
from tests.factories import complete_content


def with_synthesis() -> Content:
    c = complete_content()
    c.evidence = [
        Evidence(
            question="Faut-il un ECG annuel ?",
            answer="Oui, chez le diabétique",
            source="HAS 2024, diabète de type 2",
            level="2",
        )
    ]
    c.key_points = [
        KeyMessage(text="Pas d'AINS en automédication", grade="a"),
        KeyMessage(text="Examen des pieds à chaque consultation", grade="AE"),
    ]
    return c


def test_content_round_trip_and_cleaning() -> None:
    c = cleaning.clean_content(with_synthesis())
    assert c.key_points[0].grade == "A"  # graded in upper case
    again = Content.from_dict(json.loads(json.dumps(c.to_dict())))
    assert again == c
    assert Content.from_dict({"sections": {}}).evidence == []  # older content: empty lists


@pytest.mark.parametrize(
    ("attr", "item", "field"),
    [
        ("evidence", Evidence(question="Q", level="5"), "evidence.0.level"),
        ("key_points", KeyMessage(text="M", grade="D"), "key_points.0.grade"),
    ],
)
def test_unknown_level_or_grade_refused(attr: str, item: object, field: str) -> None:
    c = complete_content()
    setattr(c, attr, [item])
    with pytest.raises(ValidationError) as info:
        cleaning.clean_content(c)
    assert info.value.field == field


def test_diff_names_synthesis_and_message_changes() -> None:
    old, new = with_synthesis(), with_synthesis()
    new.evidence[0].level = "1"
    new.key_points.pop()
    text = diff(old, new).to_text()
    assert "Synthèse documentaire" in text and "Niveau de preuve : « 2 » → « 1 »" in text
    assert "Messages clés gradés" in text and "Supprimé : « Examen des pieds" in text


def test_exchange_carries_synthesis_and_version_identity(db, tmp_path: Path) -> None:
    pid, vid, _ = protocols.create_protocol(db, ALICE, "DIAB-01", "Diabète")
    protocols.save_draft(db, ALICE, vid, with_synthesis(), [], None, None)
    data = exchange.export_library(db)
    assert data["version"] == 2
    version = data["documents"][0]["versions"][0]
    assert (version["code"], version["title"]) == ("DIAB-01", "Diabète")
    assert version["content"]["key_points"][0] == {
        "text": "Pas d'AINS en automédication",
        "grade": "A",
    }
    path = tmp_path / "x.json"
    path.write_text(exchange.dumps(data), encoding="utf-8")
    report = import_file(db, ALICE, path)
    imported = queries.latest_version(db, report.documents[0].id)
    assert imported is not None
    assert imported.content.evidence == with_synthesis().evidence
    assert imported.content.key_points[1].grade == "AE"


def test_a_format_1_file_still_imports(db, tmp_path: Path) -> None:
    pid, vid, _ = protocols.create_protocol(db, ALICE, "DIAB-01", "Diabète")
    protocols.save_draft(db, ALICE, vid, complete_content(), [], None, None)
    data = exchange.export_library(db)
    data["version"] = 1  # as ProtoEdit 0.1 wrote it: no version identity, no synthesis
    for doc in data["documents"]:
        for v in doc.get("versions", []):
            for key in ("code", "title", "aci_theme"):
                v.pop(key)
            v["content"].pop("evidence")
            v["content"].pop("key_points")
    path = tmp_path / "old.json"
    path.write_text(exchange.dumps(data), encoding="utf-8")
    report = import_file(db, ALICE, path)
    imported = queries.latest_version(db, report.documents[0].id)
    assert imported is not None
    assert (imported.code, imported.title) == ("DIAB-01-IMP", "Diabète")
    assert imported.content.evidence == [] and imported.content.key_points == []


def test_full_pdf_prints_the_synthesis_and_graded_messages(db, tmp_path: Path) -> None:
    from protoedit.export.protocol_data import protocol_print
    from protoedit.export.protocol_pdf import build_protocol_pdf
    from tests.export.pdftools import pdf_text

    _, vid, _ = protocols.create_protocol(db, ALICE, "DIAB-01", "Diabète")
    protocols.save_draft(db, ALICE, vid, with_synthesis(), [], None, None)
    text = pdf_text(build_protocol_pdf(protocol_print(db, vid), tmp_path / "p.pdf"))
    flat = " ".join(text.split())
    for expected in (
        "Synthèse documentaire",
        "Faut-il un ECG annuel ?",
        "Niveau 2",
        "Messages clés gradés",
        "Pas d'AINS en automédication",
        "Accord d'experts",
    ):
        assert expected in flat, expected
