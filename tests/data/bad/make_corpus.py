"""Bad-input corpus: writes the small JSON cases beside this file; makes database cases on demand.

Run `python tests/data/bad/make_corpus.py` after changing a case; tests check the committed files
match. Database files and the 2 MB paste are generated at test time (binary or large).
"""

from __future__ import annotations

import copy
import json
import random
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MARKUP = (
    "<script>alert(1)</script><img src=x onerror=alert(1)> **b** [a](javascript:x) {{x}} %s';--"
)
CONTROL = "\u0007\u001b[31m\u0000"
# String fields that are codes, enumerations, dates or names matched against the team:
# markup there is refused by the schema or would not be free text.
NOT_FREE_TEXT = {
    "format",
    "kind",
    "code",
    "status",
    "decision",
    "scope",
    "origin",
    "meeting_kind",
    "consent",
    "attendance",
    "profession",
    "professions",
    "finess",
    "protocol_code",
    "exported_at",
    "created_at",
    "submitted_at",
    "approved_at",
    "at",
    "starts_at",
    "closed_at",
    "due_date",
    "review_due",
    "next_review_due",
    "closed_in_meeting",
    "valid_from",
    "valid_to",
    "legal_date",
    "delegant_professions",
    "delegue_professions",
    "age_unit",
    "reevaluation_window",
    "aci_theme",
    "app_version",
    "chair",
    "secretary",
    "owner",
    "name",
    "reviewer",
    "patient_initials",
}

RULE = {
    "valid_from": "2024-06-18",
    "valid_to": None,
    "delegant_professions": ["medecin_generaliste"],
    "delegue_professions": ["infirmier"],
    "age_min": 18,
    "age_max": None,
    "age_unit": "years",
    "training_hours": 10.0,
    "legal_reference": "Protocole local validé par l'ARS",
    "legal_date": "2024-05-02",
    "financing": None,
    "inclusion": ["Plaie simple de moins de 48 h"],
    "exclusion": ["Plaie souillée"],
    "process_outline": ["Nettoyage", "Pansement"],
    "note": "",
    "checked": True,
}


def _step(title: str, what: str) -> dict[str, Any]:
    return {
        "title": title,
        "professions": ["infirmier"],
        "referent": "",
        "what": what,
        "when": "",
        "how": "",
        "where": "",
        "alert": "",
    }


def valid_document() -> dict[str, Any]:
    """A small exchange file that passes every check: one document of each kind."""
    content = {
        "sections": {"objectives": "Limiter les hypoglycémies", "problem": "Diabète"},
        "steps": [_step("Repérer", "Lister"), _step("Suivre", "Carnet")],
        "indicators": [
            {
                "name": "Inclus",
                "definition": "",
                "target": "",
                "source": "",
                "frequency": "",
                "owner": "",
            }
        ],
        "references": [{"citation": "HAS 2024", "date": "2024", "url": ""}],
    }
    version = {
        "number": 1,
        "status": "approved",
        "content": content,
        "working_group": [],
        "change_note": "",
        "refusal_reason": "",
        "review_due": "2027-01-31",
        "created_at": "2025-01-02T09:00:00Z",
        "submitted_at": "2025-01-20T09:00:00Z",
        "approved_at": "2025-01-31T17:45:12.5Z",
        "approvals": [
            {
                "name": "Jo Médecin",
                "profession": "medecin_generaliste",
                "decision": "approve",
                "meaning": "Pour l'équipe",
                "at": "2025-01-31T17:45:12.5Z",
            }
        ],
        "reviews": [],
        "provenance": {},
    }
    draft = dict(copy.deepcopy(version), number=2, status="draft", approved_at=None, approvals=[])
    draft["content"]["sections"] = {"objectives": "Brouillon"}
    return copy.deepcopy(
        {
            "format": "protoedit-exchange",
            "version": 1,
            "exported_at": "2025-02-01T08:00:00Z",
            "app_version": "0.1.0",
            "scope": "library",
            "source": {"structure": "MSP des Tilleuls", "finess": "", "kind": "MSP"},
            "documents": [
                {
                    "kind": "care_protocol",
                    "source_id": 1,
                    "code": "DIAB-01",
                    "title": "Diabète",
                    "aci_theme": "",
                    "versions": [version, draft],
                },
                {
                    "kind": "cooperation_protocol",
                    "source_id": 1,
                    "code": "PL-PLAIES",
                    "title": "Plaies simples",
                    "origin": "local",
                    "rules": [RULE],
                },
                {
                    "kind": "meeting",
                    "source_id": 1,
                    "starts_at": "2025-03-12T12:30:00",
                    "meeting_kind": "rcp",
                    "title": "RCP de mars",
                    "place": "Salle 2",
                    "chair": None,
                    "secretary": None,
                    "status": "held",
                    "closed_at": None,
                    "invitees": [
                        {
                            "name": "SSIAD du canton",
                            "profession": "infirmier",
                            "attendance": "present",
                        }
                    ],
                    "items": [
                        {
                            "kind": "case",
                            "theme": "Chutes",
                            "requester": "",
                            "presenter": "",
                            "slot_minutes": 15,
                            "patient_pseudonym": "",
                            "patient_initials": "J. D.",
                            "consent": "yes",
                            "flag_75": True,
                            "flag_ald": False,
                            "protocol_code": "DIAB-01",
                            "notes": "Notes",
                            "proposal": "",
                            "minutes_spent": None,
                        }
                    ],
                    "decisions": [
                        {
                            "item": 0,
                            "text": "Bilan de chute",
                            "owner": "Dr Petit",
                            "due_date": "2025-04-01",
                            "status": "open",
                            "status_note": "",
                            "closed_in_meeting": None,
                        }
                    ],
                    "amendments": [],
                },
            ],
        }
    )


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def every_string(data: Any, change: Callable[[str, str], str], key: str = "") -> Any:
    """A copy with `change(key, text)` applied to every string value (keys kept)."""
    if isinstance(data, str):
        return change(key, data)
    if isinstance(data, dict):
        return {k: every_string(v, change, k) for k, v in data.items()}
    if isinstance(data, list):
        return [every_string(v, change, key) for v in data]
    return data


def string_pointers(data: Any, path: str = "") -> list[str]:
    if isinstance(data, str):
        return [path]
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in string_pointers(v, f"{path}/{k}")]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in string_pointers(v, f"{path}/{i}")]
    return []


def schema_errors() -> dict[str, Any]:
    data = valid_document()
    proto, coop, meeting = data["documents"]
    proto["code"] = "DIAB 01"  # /documents/0/code: space
    del proto["title"]  # /documents/0/title: missing
    proto["versions"][1]["content"]["steps"][1]["what"] = 5  # not a text
    proto["versions"][1]["status"] = "validated"  # unknown status
    proto["versions"][0]["review_due"] = "2027-02-30"  # impossible date
    proto["versions"][0]["content"]["sections"]["conclusion"] = "?"  # unknown section
    coop["rules"][0]["age_min"] = 70  # older than age_max? no: cross-check below
    coop["rules"][0]["age_max"] = 60
    meeting["items"][0]["slot_minutes"] = 0
    meeting["starts_at"] = "12/03/2025 12:30"
    data["documents"].append({"kind": "letter"})
    return data


def duplicate_codes() -> dict[str, Any]:
    data = valid_document()
    twin = copy.deepcopy(data["documents"][0])
    twin["code"] = "diab-01"
    data["documents"].insert(1, twin)
    data["documents"].append(copy.deepcopy(data["documents"][2]))
    return data


def json_cases() -> dict[str, bytes]:
    """File name -> bytes of every committed JSON case."""
    text = dumps(valid_document())
    utf8 = text.encode("utf-8")
    newer = dict(valid_document(), version=3, app_version="3.0.0")
    nan = dumps(valid_document()).replace('"number": 2,', '"number": NaN,', 1)

    def markup(key: str, value: str) -> str:
        return value if key in NOT_FREE_TEXT else f"{value} {MARKUP}".strip()

    return {
        "empty.json": b"",
        "truncated.json": utf8[: len(utf8) // 2],
        "trailing-comma.json": b'{\n  "format": "protoedit-exchange",\n  "version": 1,\n}\n',
        "not-json.json": b"format;version\nprotoedit-exchange;1\n",
        "bad-utf8.json": text.encode("utf-8").replace(
            "Diabète".encode(), "Diabète".encode("latin-1")
        ),
        "nan.json": nan.encode(),
        "not-exchange.json": dumps({"format": "autre-logiciel", "items": []}).encode(),
        "newer-format.json": dumps(newer).encode(),
        "schema-errors.json": dumps(schema_errors()).encode(),
        "duplicate-codes.json": dumps(duplicate_codes()).encode(),
        "control-characters.json": dumps(
            every_string(valid_document(), lambda k, v: v if k == "format" else v + CONTROL)
        ).encode(),
        "markup.json": dumps(every_string(valid_document(), markup)).encode(),
    }


def big_paste(size: int = 2_000_000) -> bytes:
    """A 2 MB paste into the "problem" section of the transmitted version."""
    data = valid_document()
    data["documents"][0]["versions"][0]["content"]["sections"]["problem"] = "é" * size
    return dumps(data).encode()


def make_databases(folder: Path) -> dict[str, Path]:
    """Bad database files: truncated, random bytes, random after a valid header, newer schema."""
    from protoedit import team
    from protoedit.ops import Actor
    from protoedit.store.database import open_database

    rng = random.Random(20240611)
    good = folder / "good.sqlite"
    db = open_database(good)
    for i in range(30):
        team.add_professional(
            db,
            Actor(None, "corpus"),
            team.ProfessionalInput(last_name=f"Nom{i}", profession="infirmier"),
        )
    db.close()
    con = sqlite3.connect(good)
    con.execute("PRAGMA journal_mode=DELETE")  # fold the WAL into the file
    con.close()
    raw = good.read_bytes()
    paths = {
        name: folder / name
        for name in (
            "truncated.sqlite",
            "random.sqlite",
            "random-after-header.sqlite",
            "newer-schema.sqlite",
        )
    }
    paths["truncated.sqlite"].write_bytes(raw[: 4096 + 100])
    paths["random.sqlite"].write_bytes(rng.randbytes(64 * 1024))
    paths["random-after-header.sqlite"].write_bytes(raw[:100] + rng.randbytes(len(raw) - 100))
    paths["newer-schema.sqlite"].write_bytes(raw)
    con = sqlite3.connect(paths["newer-schema.sqlite"])
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.execute("UPDATE protoedit_meta SET value='9.0.0' WHERE key='app_version'")
    con.commit()
    con.close()
    good.unlink()
    return paths


def main() -> None:
    for name, data in json_cases().items():
        (HERE / name).write_bytes(data)
        print(name, len(data))


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    main()
