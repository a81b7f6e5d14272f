"""Bad-input corpus: damaged, locked, read-only or full databases and bad exchange files.

Each case gets a clear French message, and the database (every row) or the file is unchanged.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from protoedit import team
from protoedit.errors import (
    DatabaseLockedError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    ValidationError,
)
from protoedit.exchange import export as exchange
from protoedit.exchange.importing import ImportProblems, import_file
from protoedit.ops import Actor
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Content
from protoedit.render.markdown_html import markdown_to_html
from protoedit.store import database
from protoedit.store.check import run_check
from protoedit.store.database import Database, open_database
from protoedit.store.models import Base
from tests.data.bad.make_corpus import (
    MARKUP,
    big_paste,
    dumps,
    json_cases,
    make_databases,
    string_pointers,
    valid_document,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "bad"
ALICE = Actor(None, "Alice")


def rows_digest(db: Database) -> str:
    """A digest of every row of every table: equal digests, unchanged database."""
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(table.select().order_by(*table.primary_key.columns)).all()
            h.update(f"{table.name}:{rows!r}\n".encode())
    return h.hexdigest()


def add_pro(db: Database, name: str = "Martin") -> int:
    pid, _ = team.add_professional(
        db,
        ALICE,
        team.ProfessionalInput(last_name=name, first_name="Élise", profession="infirmier"),
    )
    return pid


def valid_file(tmp_path: Path) -> Path:
    path = tmp_path / "valid.json"
    path.write_text(dumps(valid_document()), encoding="utf-8")
    return path


def test_committed_corpus_matches_its_generator() -> None:
    for name, data in json_cases().items():
        assert (CORPUS / name).read_bytes() == data, f"run tests/data/bad/make_corpus.py ({name})"


# -- damaged database files ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_databases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_databases(tmp_path_factory.mktemp("bad-databases"))


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("truncated.sqlite", NotADatabaseError, "n'est pas une base ProtoEdit lisible"),
        ("random.sqlite", NotADatabaseError, "n'est pas une base ProtoEdit lisible"),
        ("random-after-header.sqlite", NotADatabaseError, "n'est pas une base ProtoEdit lisible"),
        (
            "newer-schema.sqlite",
            NewerSchemaError,
            "créée par une version plus récente de ProtoEdit (9.0.0)",
        ),
    ],
)
def test_damaged_database_is_refused_untouched(
    bad_databases, tmp_path: Path, name: str, error: type, words: str
) -> None:
    path = tmp_path / name
    shutil.copyfile(bad_databases[name], path)
    before = path.read_bytes()
    with pytest.raises(error) as info:
        db = open_database(path)
        try:  # a truncated file may open, and fail at the first read
            team.list_professionals(db)
        finally:
            db.close()
    assert words in info.value.message("fr")
    assert path.read_bytes() == before


# -- locked, read-only, full --------------------------------------------------------------------

LOCKER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
"""


def test_locked_database_fails_clearly_after_the_busy_timeout(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "locked.sqlite"
    db = open_database(path)
    add_pro(db)
    before = rows_digest(db)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(DatabaseLockedError) as info:
            add_pro(db, "Bloqué")
        assert time.monotonic() - started >= 0.25  # it waited for the other program first
        assert info.value.message("fr") == (
            "La base de données est verrouillée par un autre programme. Réessayez dans un instant."
        )
        with pytest.raises(DatabaseLockedError):
            import_file(db, ALICE, valid_file(tmp_path))
        assert team.list_professionals(db)[0].last_name == "Martin"  # reading still works
    finally:
        assert locker.stdin is not None
        locker.stdin.write("\n")
        locker.stdin.close()
        locker.wait(timeout=30)
        if locker.stdout:
            locker.stdout.close()
    assert rows_digest(db) == before
    db.close()


WRITER = """
import sys
from protoedit import team
from protoedit.errors import StorageError
from protoedit.ops import Actor
from protoedit.store.database import open_database
try:
    db = open_database(sys.argv[1])
    team.add_professional(db, Actor(None, "t"), team.ProfessionalInput(last_name="B",
                                                                       profession="infirmier"))
except StorageError as err:
    print(type(err).__name__, err.message("fr"))
else:
    print("written")
"""


def _as_plain_user() -> list[str]:
    """Command prefix so that file modes apply: as root, drop the capabilities that ignore them."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")  # util-linux
    if setpriv is None:
        pytest.skip("root ignores chmod, and setpriv is missing to drop that privilege")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "file-and-folder"])
def test_read_only_database_refuses_writes_clearly(tmp_path: Path, folder_too: bool) -> None:
    """chmod 0444 does not stop root: as root, the writer runs without CAP_DAC_OVERRIDE."""
    prefix = _as_plain_user()
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "team.sqlite"
    db = open_database(path)
    add_pro(db)
    db.close()
    before = path.read_bytes()
    path.chmod(0o444)
    if folder_too:
        folder.chmod(0o555)
    try:
        child = subprocess.run(
            [*prefix, sys.executable, "-c", WRITER, str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    if child.returncode != 0 and "setpriv" in child.stderr:
        pytest.skip(f"cannot drop root's override of file modes here: {child.stderr.strip()}")
    assert child.stdout.startswith("ReadOnlyError"), child.stdout + child.stderr
    assert "La base de données est en lecture seule : impossible d'enregistrer." in child.stdout
    assert path.read_bytes() == before


def _on_connect(db: Database, statement: str) -> None:
    """Run `statement` on every new connection of this database (pool emptied first)."""
    db.engine.dispose()

    def run(dbapi_conn, _record) -> None:
        if not db.is_sqlite:  # a session setting survives only outside a transaction
            dbapi_conn.autocommit = True
        cur = dbapi_conn.cursor()
        cur.execute(statement)
        cur.close()
        if not db.is_sqlite:
            dbapi_conn.autocommit = False

    event.listen(db.engine, "connect", run)


def test_simulated_read_only_goes_through_the_classifier(db) -> None:
    """SQLITE_READONLY from `PRAGMA query_only`; a read-only transaction on PostgreSQL."""
    add_pro(db)
    before = rows_digest(db)
    _on_connect(
        db,
        "PRAGMA query_only=ON"
        if db.is_sqlite
        else "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
    )
    with pytest.raises(ReadOnlyError) as info:
        add_pro(db, "Refusé")
    assert (
        "La base de données est en lecture seule : impossible d'enregistrer."
        in info.value.message("fr")
    )
    assert rows_digest(db) == before


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs: needs root and the right to mount, else the test is skipped."""
    if os.geteuid() != 0:
        pytest.skip("mounting a size-limited folder needs root")
    folder = tmp_path / "tiny"
    folder.mkdir()
    try:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:
        pytest.skip("no mount command")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with pytest.raises(OSError) as info, filler.open("wb") as fh:
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    assert info.value.errno == errno.ENOSPC
    return filler


def test_full_disk_refuses_writes_and_keeps_everything(tiny_disk: Path, tmp_path: Path) -> None:
    db = open_database(tiny_disk / "team.sqlite")
    try:
        protocols.create_protocol(db, ALICE, "A-1", "Avant")
        before = rows_digest(db)
        filler = _fill(tiny_disk)
        big = Content(sections={"problem": "z" * 150_000})
        with pytest.raises(DiskFullError) as info:
            protocols.create_protocol(db, ALICE, "B-1", "Après", content=big)
        assert info.value.message("fr") == (
            "Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez."
        )
        paste = tmp_path / "big.json"
        paste.write_bytes(big_paste(150_000))
        with pytest.raises(DiskFullError):
            import_file(db, ALICE, paste)
        filler.unlink()
        assert rows_digest(db) == before
        assert run_check(db) == []
    finally:
        db.close()


def test_simulated_disk_full_goes_through_the_classifier(tmp_path: Path) -> None:
    """SQLITE_FULL without a small disk: the file may not grow past its current page count."""
    db = open_database(tmp_path / "full.sqlite")
    add_pro(db)
    before = rows_digest(db)
    db.engine.dispose()

    def cap(dbapi_conn, _record) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", cap)
    with pytest.raises(DiskFullError) as info:
        protocols.create_protocol(
            db, ALICE, "B-1", "Gros", content=Content(sections={"problem": "z" * 150_000})
        )
    assert "Le disque est plein : rien n'a été enregistré." in info.value.message("fr")
    assert rows_digest(db) == before
    db.close()


# -- pasted text and exchange files -------------------------------------------------------------


def test_two_megabyte_paste_is_refused_whole(db, tmp_path: Path) -> None:
    _, vid, _ = protocols.create_protocol(db, ALICE, "DIAB-01", "Diabète")
    before = rows_digest(db)
    with pytest.raises(ValidationError) as info:
        protocols.save_draft(
            db, ALICE, vid, Content(sections={"problem": "é" * 2_000_000}), [], None, 1
        )
    assert info.value.field == "sections.problem"
    assert info.value.message("fr") == (
        "Texte trop long (2000000 caractères, au plus 200000). Rien n'a été enregistré."
    )
    paste = tmp_path / "paste.json"
    paste.write_bytes(big_paste())
    with pytest.raises(ImportProblems) as refused:
        import_file(db, ALICE, paste)
    assert refused.value.pairs() == [
        (
            "/documents/0/versions/0/content/sections/problem",
            "texte trop long (2000000 caractères, au plus 200000)",
        )
    ]
    assert rows_digest(db) == before


REFUSED = {
    "empty.json": [("", "Le fichier est vide.")],
    "truncated.json": [
        (
            "",
            "Le fichier est incomplet : il s'arrête avant la fin du document "
            "(ligne 117, colonne 11). Il a sans doute été tronqué pendant une "
            "copie ou un envoi.",
        )
    ],
    "trailing-comma.json": [
        (
            "",
            "Le fichier n'est pas un JSON valide : nom de champ entre "
            "guillemets attendu (ligne 4, colonne 1).",
        )
    ],
    "not-json.json": [
        ("", "Le fichier n'est pas un JSON valide : valeur attendue (ligne 1, colonne 1).")
    ],
    "bad-utf8.json": [
        (
            "",
            "Le fichier n'est pas un texte UTF-8 valide : octet 0xE8 inattendu "
            "(ligne 9, colonne 21). Enregistrez-le en UTF-8.",
        )
    ],
    "nan.json": [
        ("/documents/0/versions/1/number", "la valeur doit être un nombre entier (reçu : NaN)")
    ],
    "not-exchange.json": [
        (
            "",
            "Ce fichier n'est pas un fichier d'échange ProtoEdit (le champ "
            "« format » devrait valoir « protoedit-exchange »).",
        )
    ],
    "newer-format.json": [
        (
            "/version",
            "Ce fichier a été créé par une version plus récente de "
            "ProtoEdit (3.0.0, format d'échange 3) : installez cette "
            "version pour l'importer.",
        )
    ],
    "duplicate-codes.json": [
        (
            "/documents/1/code",
            "le code DIAB-01 figure déjà dans ce fichier (/documents/0/code) : "
            "chaque protocole doit avoir son propre code",
        ),
        (
            "/documents/4/code",
            "le code PL-PLAIES figure déjà dans ce fichier "
            "(/documents/2/code) : chaque protocole doit avoir son propre code",
        ),
    ],
    "schema-errors.json": [
        (
            "/documents/0/code",
            "code « DIAB 01 » mal formé : 1 à 32 caractères, lettres sans "
            "accent, chiffres, tiret ou soulignement",
        ),
        ("/documents/0/title", "champ obligatoire manquant"),
        (
            "/documents/0/versions/0/content/sections/conclusion",
            "champ « conclusion » inconnu de ce format",
        ),
        ("/documents/0/versions/0/review_due", "date ou heure impossible (reçu « 2027-02-30 »)"),
        ("/documents/0/versions/1/content/steps/1/what", "la valeur doit être un texte (reçu : 5)"),
        (
            "/documents/0/versions/1/status",
            "valeur « validated » non autorisée (valeurs "
            "possibles : draft, in_review, approved, superseded, "
            "archived)",
        ),
        ("/documents/1/rules/0", "L'âge minimum (70) est supérieur à l'âge maximum (60)."),
        ("/documents/2/items/0/slot_minutes", "doit valoir au moins 1 (reçu : 0)"),
        (
            "/documents/2/starts_at",
            "date et heure attendues, par exemple 2024-03-05T18:30 (reçu « 12/03/2025 12:30 »)",
        ),
        (
            "/documents/3/kind",
            "valeur « letter » non autorisée (valeurs possibles : "
            "care_protocol, meeting, cooperation_protocol)",
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_bad_exchange_file_is_refused_with_every_problem_located(db, name: str) -> None:
    add_pro(db)
    before, path = rows_digest(db), CORPUS / name
    with pytest.raises(ImportProblems) as info:
        import_file(db, ALICE, path)
    assert info.value.pairs() == REFUSED[name]
    assert f"Le fichier « {name} » n'a pas été importé" in info.value.message()
    assert "Rien n'a été enregistré." in info.value.message()
    assert rows_digest(db) == before


def test_control_characters_are_refused_in_every_field(db) -> None:
    before = rows_digest(db)
    with pytest.raises(ImportProblems) as info:
        import_file(db, ALICE, CORPUS / "control-characters.json")
    found = {
        loc
        for loc, msg in info.value.pairs()
        if "caractère invisible ou invalide interdit (U+0007)" in msg
    }
    assert found == set(string_pointers(valid_document())) - {"/format"}
    assert rows_digest(db) == before


def test_invalid_characters_in_keys_and_lone_surrogates_are_located(db, tmp_path: Path) -> None:
    data = valid_document()
    data["documents"][0]["title"] = "Diab\ud800ète"  # half of a UTF-16 pair
    data["documents"][0]["versions"][0]["content"]["sections"]["obj\u001bectives"] = "x"
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="ascii")  # escaped as \\uXXXX
    before = rows_digest(db)
    with pytest.raises(ImportProblems) as info:
        import_file(db, ALICE, path)
    assert info.value.pairs() == [
        (
            "/documents/0/title",
            "caractère invisible ou invalide interdit (U+D800) en position 5 : retirez-le",
        ),
        (
            "/documents/0/versions/0/content/sections/obj\\u001bectives",
            "champ « obj\\u001bectives » inconnu de ce format",
        ),
        (
            "/documents/0/versions/0/content/sections/obj\\u001bectives",
            "caractère invisible ou invalide interdit (U+001B) en position 4 : retirez-le",
        ),
    ]
    assert rows_digest(db) == before


def test_markup_in_every_field_is_kept_as_plain_text(db) -> None:
    report = import_file(db, ALICE, CORPUS / "markup.json")
    assert len(report.documents) == 3
    source = json.loads((CORPUS / "markup.json").read_text(encoding="utf-8"))
    exported = exchange.export_library(db)
    assert exchange.comparable(exported) == exchange.comparable(source)  # stored verbatim
    section = exported["documents"][0]["versions"][0]["content"]["sections"]["problem"]
    assert section.endswith(MARKUP)
    html = markdown_to_html(section)
    assert "&lt;script&gt;" in html and "<script" not in html and "<img" not in html
