"""Checks of an exchange file before anything is written: schema, characters, codes, links."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import jsonschema

from protoedit.cooperation import catalog as coop_catalog
from protoedit.errors import ValidationError
from protoedit.exchange.export import FORMAT, FORMAT_VERSION, SCHEMA_FILE, transmitted_version
from protoedit.i18n import N_, ntr, tr
from protoedit.paths import resource_path
from protoedit.protocols.cleaning import MAX_CONTENT
from protoedit.textclean import CONTROL_CHARS

MAX_LISTED = 100  # problems spelled out in the exception's message (all are in `.problems`)
_FORBIDDEN = re.compile(f"[{CONTROL_CHARS}\\ud800-\\udfff]")
_TYPES = {
    "string": N_("un texte"),
    "integer": N_("un nombre entier"),
    "number": N_("un nombre"),
    "array": N_("une liste"),
    "object": N_("un objet"),
    "boolean": N_("true ou false"),
    "null": N_("null"),
}
MSG_NOT_IMPORTED = N_(
    "Le fichier « {name} » n'a pas été importé. Problèmes trouvés : {count}. Rien n'a "
    "été enregistré.\n{listing}"
)


@dataclass(frozen=True)
class ImportProblem:
    """One problem: where (a JSON pointer, or "" for the whole file) and what, in French."""

    location: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return tr(self.template, lang=lang).format(**self.params)

    def text(self, lang: str | None = None) -> str:
        return f"{self.location} : {self.message(lang)}" if self.location else self.message(lang)


class ImportProblems(ValidationError):
    """The file was refused, nothing written; `problems` lists every problem found."""

    def __init__(self, name: str, problems: list[ImportProblem]) -> None:
        self.name = name
        self.problems = problems
        super().__init__(MSG_NOT_IMPORTED, name=name, count=len(problems), listing="")

    def pairs(self, lang: str | None = None) -> list[tuple[str, str]]:
        """(location, message) for each problem."""
        return [(p.location, p.message(lang)) for p in self.problems]

    def message(self, lang: str | None = None) -> str:
        lines = [f"• {p.text(lang)}" for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append(
                "• " + ntr("… et %n autre(s).", len(self.problems) - MAX_LISTED, lang=lang)
            )
        return tr(MSG_NOT_IMPORTED, lang=lang).format(
            name=self.name, count=len(self.problems), listing="\n".join(lines)
        )


def pointer(path: Any) -> str:
    """A JSON pointer (RFC 6901) from a sequence of keys and indexes (control characters shown
    as \\uXXXX so that a location never drives the terminal)."""
    text = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)
    return _FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _order(p: ImportProblem) -> list[tuple[int, Any]]:
    return [(0, int(x)) if x.isdigit() else (1, x) for x in p.location.split("/")]


def _shown(value: Any, limit: int = 60) -> str:
    try:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    except TypeError:  # NaN or Infinity read from the file
        text = repr(value)
    text = _FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text if len(text) <= limit else text[:limit] + "…"


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    with resource_path("schemas", SCHEMA_FILE).open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = json.load(fh)
    return loaded


def _utc_ok(value: Any) -> bool:
    return not isinstance(value, str) or bool(dt.datetime.fromisoformat(value.removesuffix("Z")))


def _local_ok(value: Any) -> bool:
    return not isinstance(value, str) or bool(dt.datetime.fromisoformat(value))


@functools.lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    checker = jsonschema.FormatChecker(["date"])
    checker.checks("utc-datetime", raises=ValueError)(_utc_ok)
    checker.checks("local-datetime", raises=ValueError)(_local_ok)
    return jsonschema.Draft202012Validator(schema(), format_checker=checker)


@functools.lru_cache(maxsize=1)
def _pattern_messages() -> dict[str, str]:
    d = schema()["$defs"]
    return {
        d["date"]["pattern"]: N_("date attendue au format AAAA-MM-JJ (reçu « {value} »)"),
        d["utc_datetime"]["pattern"]: N_(
            "date et heure UTC attendues, par exemple 2024-03-05T17:30:00Z (reçu « {value} »)"
        ),
        d["local_datetime"]["pattern"]: N_(
            "date et heure attendues, par exemple 2024-03-05T18:30 (reçu « {value} »)"
        ),
        d["care_code"]["pattern"]: N_(
            "code « {value} » mal formé : 1 à 32 caractères, lettres "
            "sans accent, chiffres, tiret ou soulignement"
        ),
        d["coop_code"]["pattern"]: N_(
            "code « {value} » mal formé : 2 à 40 caractères, lettres "
            "sans accent, chiffres, tiret ou soulignement"
        ),
    }


def _describe(e: jsonschema.ValidationError) -> list[ImportProblem]:
    """Plain French for one schema error (jsonschema's own messages are English)."""
    path, kind, want = list(e.absolute_path), e.validator, e.validator_value
    where = pointer(path)
    if kind == "required":
        return [
            ImportProblem(pointer([*path, k]), N_("champ obligatoire manquant"))
            for k in want
            if k not in e.instance
        ]
    if kind == "additionalProperties":
        known = e.schema.get("properties", {})
        return [
            ImportProblem(
                pointer([*path, k]), N_("champ « {key} » inconnu de ce format"), {"key": _shown(k)}
            )
            for k in e.instance
            if k not in known
        ]
    if kind == "type":
        names = [want] if isinstance(want, str) else list(want)
        wanted = f" {tr('ou')} ".join(tr(_TYPES.get(n, n)) for n in names)
        return [
            ImportProblem(
                where,
                N_("la valeur doit être {wanted} (reçu : {value})"),
                {"wanted": wanted, "value": _shown(e.instance)},
            )
        ]
    simple = {
        "const": N_("valeur attendue : {want} (reçu : {value})"),
        "enum": N_("valeur « {value} » non autorisée (valeurs possibles : {want})"),
        "format": N_("date ou heure impossible (reçu « {value} »)"),
        "maxLength": N_("texte trop long ({size} caractères, au plus {want})"),
        "minLength": N_("ne doit pas être vide"),
        "minimum": N_("doit valoir au moins {want} (reçu : {value})"),
        "maximum": N_("doit valoir au plus {want} (reçu : {value})"),
        "minItems": N_("la liste ne doit pas être vide"),
    }
    template = simple.get(kind, N_("valeur non conforme au format ({keyword})"))
    if kind == "pattern":
        template = _pattern_messages().get(want, N_("valeur « {value} » mal formée"))
    shown_want = ", ".join(map(str, want)) if kind == "enum" else _shown(want)
    size = len(e.instance) if isinstance(e.instance, str | list) else 0
    return [
        ImportProblem(
            where,
            template,
            {"value": _shown(e.instance), "want": shown_want, "size": size, "keyword": kind},
        )
    ]


def _strings(value: Any, path: list[Any]) -> Iterator[tuple[list[Any], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield [*path, k], k
            yield from _strings(v, [*path, k])
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, [*path, i])


def _forbidden_characters(data: Any) -> list[ImportProblem]:
    found = []
    for path, text in _strings(data, []):
        if m := _FORBIDDEN.search(text):
            found.append(
                ImportProblem(
                    pointer(path),
                    N_(
                        "caractère invisible ou invalide interdit (U+{code}) en position {pos} : "
                        "retirez-le"
                    ),
                    {"code": f"{ord(m.group()):04X}", "pos": m.start() + 1},
                )
            )
    return found


def _header_problems(data: Any) -> list[ImportProblem]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return [
            ImportProblem(
                "",
                N_(
                    "Ce fichier n'est pas un fichier d'échange ProtoEdit (le "
                    "champ « format » devrait valoir « {format} »)."
                ),
                {"format": FORMAT},
            )
        ]
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return [
            ImportProblem(
                "/version",
                N_(
                    "Ce fichier a été créé par une version plus récente de ProtoEdit ({app}, format "
                    "d'échange {version}) : installez cette version pour l'importer."
                ),
                {"app": _shown(data.get("app_version", "?")), "version": version},
            )
        ]
    return []


def _cross_checks(data: dict[str, Any], broken: set[int]) -> list[ImportProblem]:
    """Checks the schema cannot express, on documents that passed it."""
    found: list[ImportProblem] = []
    codes: dict[tuple[str, str], str] = {}
    for i, doc in enumerate(data["documents"]):
        if i in broken:
            continue
        at = f"/documents/{i}"
        if doc["kind"] in ("care_protocol", "cooperation_protocol"):
            key = (doc["kind"], doc["code"].upper())
            if key in codes:
                found.append(
                    ImportProblem(
                        f"{at}/code",
                        N_(
                            "le code {code} figure déjà dans ce fichier ({other}) : chaque protocole doit "
                            "avoir son propre code"
                        ),
                        {"code": key[1], "other": codes[key]},
                    )
                )
            codes.setdefault(key, f"{at}/code")
            if not " ".join(doc["title"].split()):
                found.append(ImportProblem(f"{at}/title", N_("le titre est obligatoire")))
        if doc["kind"] == "care_protocol":
            seen: set[int] = set()
            for k, v in enumerate(doc["versions"]):
                if v["number"] in seen:
                    found.append(
                        ImportProblem(
                            f"{at}/versions/{k}/number",
                            N_("numéro de version {n} en double"),
                            {"n": v["number"]},
                        )
                    )
                seen.add(v["number"])
            chosen = transmitted_version(doc)
            size = len(str(chosen["content"]))
            if size > MAX_CONTENT:
                k = doc["versions"].index(chosen)
                found.append(
                    ImportProblem(
                        f"{at}/versions/{k}/content",
                        N_("contenu trop long ({size} caractères, au plus {limit})"),
                        {"size": size, "limit": MAX_CONTENT},
                    )
                )
        elif doc["kind"] == "cooperation_protocol":
            rules_ok = True
            for k, rule in enumerate(doc["rules"]):
                for msg in coop_catalog.validate_rule(rule):
                    rules_ok = False
                    found.append(ImportProblem(f"{at}/rules/{k}", "{text}", {"text": msg}))
            if rules_ok:
                found += [
                    ImportProblem(f"{at}/rules", "{text}", {"text": msg})
                    for msg in coop_catalog.validate_rules(doc["rules"])
                ]
        elif doc["kind"] == "meeting":
            count = len(doc.get("items", []))
            for k, d in enumerate(doc.get("decisions", [])):
                if d.get("item") is not None and d["item"] >= count:
                    found.append(
                        ImportProblem(
                            f"{at}/decisions/{k}/item",
                            N_(
                                "point n° {n} inexistant (nombre de points de la réunion : {count})"
                            ),
                            {"n": d["item"], "count": count},
                        )
                    )
                if not d["text"].strip():
                    found.append(
                        ImportProblem(f"{at}/decisions/{k}/text", N_("ne doit pas être vide"))
                    )
    return found


def validate(data: Any, name: str = "") -> None:
    """Raise ImportProblems listing every problem of a parsed exchange file."""
    if header := _header_problems(data):
        raise ImportProblems(name, header)
    problems = [p for e in _validator().iter_errors(data) for p in _describe(e)]
    problems += _forbidden_characters(data)
    if isinstance(data.get("documents"), list):
        broken = {
            int(p.location.split("/")[2]) for p in problems if p.location.startswith("/documents/")
        }
        problems += _cross_checks(data, broken)
    if problems:
        # A value that fails its pattern is not also reported as an impossible date.
        shaped = {p.location for p in problems if p.params.get("keyword") != "format"}
        problems = [
            p for p in problems if p.params.get("keyword") != "format" or p.location not in shaped
        ]
        unique = {(p.location, p.message()): p for p in problems}
        raise ImportProblems(name, sorted(unique.values(), key=_order))
