"""Testing a database location before switching to it: nothing written, plain messages."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from protoedit.store import schema
from protoedit.store.database import build_engine, open_database, to_url
from protoedit.store.network import is_network_path
from protoedit.store.probe import probe


def test_probe_sqlite_states(tmp_path: Path) -> None:
    assert probe(str(tmp_path / "new.sqlite")).ok
    assert not (tmp_path / "new.sqlite").exists()
    path = tmp_path / "cur.sqlite"
    open_database(path).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    r = probe(str(path))
    assert r.ok and "à jour" in r.template
    old = tmp_path / "old.sqlite"
    engine = build_engine(to_url(old))
    schema.upgrade(engine, "0.0.1", target="0001")
    engine.dispose()
    assert "mise à jour" in probe(str(old)).template
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='zz'")
    con.commit()
    con.close()
    r = probe(str(path))
    assert not r.ok and "plus récente" in r.template
    garbage = tmp_path / "g.sqlite"
    garbage.write_bytes(b"x" * 500)
    assert not probe(str(garbage)).ok
    assert hashlib.sha256(path.read_bytes()).hexdigest() != before  # only our own edit changed it


def test_probe_postgresql(pg_url: str) -> None:
    r = probe(pg_url)
    assert r.ok and "vide" in r.template
    open_database(pg_url).close()
    assert "à jour" in probe(pg_url).template


def test_probe_postgresql_errors(pg_url: str) -> None:
    from sqlalchemy import make_url

    url = make_url(pg_url)
    missing = url.set(database="does_not_exist_xyz").render_as_string(hide_password=False)
    r = probe(missing)
    assert not r.ok and "n'existe pas" in r.template
    unreachable = url.set(port=1).render_as_string(hide_password=False)
    r = probe(unreachable)
    assert not r.ok and "injoignable" in r.template


def test_network_paths() -> None:
    assert is_network_path(Path("//serveur/partage/protoedit.sqlite"))
    assert is_network_path(Path("\\\\serveur\\partage\\protoedit.sqlite"))
    assert not is_network_path(Path("/tmp/protoedit.sqlite"))


def test_probe_postgresql_older_and_newer_schema(pg_url: str) -> None:
    from sqlalchemy import text

    engine = build_engine(to_url(pg_url))
    schema.upgrade(engine, "0.0.1", target="0001")
    engine.dispose()
    assert "mise à jour" in probe(pg_url).template
    engine = build_engine(to_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num='zz'"))
    engine.dispose()
    r = probe(pg_url)
    assert not r.ok and "plus récente" in r.template


def test_probe_postgresql_wrong_password(pg_url: str) -> None:
    """Needs a server that asks passwords of roles other than the admin (as .ci/run sets up)."""
    import uuid

    import pytest
    from sqlalchemy import create_engine, make_url, text

    role = "pe_pw_" + uuid.uuid4().hex[:8]
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'right-one'"))
    try:
        url = make_url(pg_url).set(username=role)
        good = probe(url.set(password="right-one").render_as_string(hide_password=False))
        assert good.ok
        wrong = probe(url.set(password="wrong-one").render_as_string(hide_password=False))
        if wrong.ok:
            pytest.skip("this server trusts every login: no password to get wrong")
        assert "mot de passe" in wrong.template
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()
