"""Import of exchange files: read, validate, then write every document in one operation or none."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from protoedit.exchange.check import ImportProblem, ImportProblems, validate
from protoedit.exchange.write import ImportedDocument, ImportReport, write_all
from protoedit.i18n import N_, tr
from protoedit.ops import Actor
from protoedit.store.database import Database

__all__ = [
    "ImportProblem",
    "ImportProblems",
    "ImportReport",
    "ImportedDocument",
    "check_file",
    "import_checked",
    "import_file",
    "read_json",
    "validate",
]

log = logging.getLogger("protoedit.exchange")

MAX_FILE_BYTES = 64 * 1024 * 1024
_JSON_REASONS = {
    "Expecting value": N_("valeur attendue"),
    "Expecting ',' delimiter": N_("virgule attendue"),
    "Expecting ':' delimiter": N_("deux-points attendus"),
    "Expecting property name enclosed in double quotes": N_(
        "nom de champ entre guillemets attendu"
    ),
    "Invalid control character at": N_("caractère de contrôle non échappé dans un texte"),
    "Invalid \\escape": N_("séquence d'échappement invalide"),
    "Invalid \\uXXXX escape": N_("séquence \\u invalide"),
    "Extra data": N_("contenu en trop après la fin du document"),
}


class _NonFinite:
    """NaN and Infinity parse to this, which no schema type accepts."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _json_problem(err: json.JSONDecodeError) -> ImportProblem:
    if err.msg.startswith("Unterminated string") or err.pos >= len(err.doc.rstrip()):
        return ImportProblem(
            "",
            N_(
                "Le fichier est incomplet : il s'arrête avant la fin du "
                "document (ligne {line}, colonne {column}). Il a sans doute "
                "été tronqué pendant une copie ou un envoi."
            ),
            {"line": err.lineno, "column": err.colno},
        )
    reason = next((r for k, r in _JSON_REASONS.items() if err.msg.startswith(k)), None)
    return ImportProblem(
        "",
        N_("Le fichier n'est pas un JSON valide : {reason} (ligne {line}, colonne {column})."),
        {"reason": tr(reason) if reason else err.msg, "line": err.lineno, "column": err.colno},
    )


def read_json(path: Path) -> Any:
    """The parsed file, or ImportProblems saying why it cannot be read."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportProblems(
                name,
                [
                    ImportProblem(
                        "",
                        N_("Le fichier est trop volumineux (plus de {limit} Mo)."),
                        {"limit": 64},
                    )
                ],
            )
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise ImportProblems(
            name, [ImportProblem("", N_("Fichier introuvable : {path}."), {"path": str(path)})]
        ) from err
    except OSError as err:
        raise ImportProblems(
            name,
            [
                ImportProblem(
                    "",
                    N_("Impossible de lire le fichier : {detail}."),
                    {"detail": err.strerror or str(err)},
                )
            ],
        ) from err
    if not raw.strip():
        raise ImportProblems(name, [ImportProblem("", N_("Le fichier est vide."))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        before = raw[: err.start].decode("utf-8", errors="replace")
        line, column = _line_col(before, len(before))
        raise ImportProblems(
            name,
            [
                ImportProblem(
                    "",
                    N_(
                        "Le fichier n'est pas un texte UTF-8 valide : octet 0x{byte} inattendu (ligne {line}, "
                        "colonne {column}). Enregistrez-le en UTF-8."
                    ),
                    {"byte": f"{raw[err.start]:02X}", "line": line, "column": column},
                )
            ],
        ) from err
    try:
        return json.loads(text, parse_constant=_NonFinite)
    except json.JSONDecodeError as err:
        raise ImportProblems(name, [_json_problem(err)]) from err
    except RecursionError as err:
        raise ImportProblems(
            name,
            [
                ImportProblem(
                    "", N_("Le fichier contient des listes ou objets imbriqués trop profondément.")
                )
            ],
        ) from err


def check_file(path: Path | str) -> dict[str, Any]:
    """Read and validate a file without touching any database; raise ImportProblems."""
    path = Path(path)
    data = read_json(path)
    validate(data, path.name)
    return dict(data)


def import_checked(
    db: Database, actor: Actor, data: dict[str, Any], path: Path | str
) -> ImportReport:
    """Write the documents of a file that passed `check_file`, in one operation."""
    report = ImportReport(Path(path))
    write_all(db, actor, data, report)
    log.info("imported %s: %d documents", path, len(report.documents))
    return report


def import_file(db: Database, actor: Actor, path: Path | str) -> ImportReport:
    """Read, validate, check, then write every document in one operation, or nothing."""
    return import_checked(db, actor, check_file(path), path)
