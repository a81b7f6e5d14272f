"""The local consultation copy: approved versions only, no PINs, replaced atomically."""

from __future__ import annotations

from protoedit import team
from protoedit.offline_copy import open_copy, refresh_copy
from protoedit.protocols import approvals
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.queries import approved_version, find_protocol, latest_version
from protoedit.store.check import run_check
from tests.factories import add_pro


def test_copy_holds_approved_versions_only(db, actor, tmp_path) -> None:
    ids = [
        add_pro(db, actor, "Roux", "medecin_generaliste", "", "1234"),
        add_pro(db, actor, "Petit", "infirmier", "", "1234"),
    ]
    from protoedit.protocols.content import Content, Step

    content = Content(
        sections={"objectives": "Objectif", "inclusion": "Adultes", "alert_signs": "Fièvre"},
        steps=[Step("Repérer", ["infirmier"], "", "Peser")],
    )
    _p, vid, _ = protocols.create_protocol(db, actor, "APP-01", "Approuvé", "", content)
    protocols.save_draft(db, actor, vid, content, ids, None, None)
    approvals.submit(db, actor, vid)
    for pid in ids:
        approvals.approve(db, actor, vid, pid, "1234", "OK")
    protocols.create_protocol(db, actor, "DRA-01", "Brouillon seulement")
    target = tmp_path / "copy.sqlite"
    refresh_copy(db, target)
    copy = open_copy(target)
    assert copy is not None and copy.made_at is not None
    try:
        assert find_protocol(copy.db, "DRA-01") is None
        pid = find_protocol(copy.db, "APP-01")
        assert approved_version(copy.db, pid).content.section("inclusion") == "Adultes"
        assert latest_version(copy.db, pid).status == "approved"
        assert not any(p.has_code for p in team.list_professionals(copy.db))
        assert run_check(copy.db) == []
    finally:
        copy.db.close()
    # A second refresh replaces the file whole.
    refresh_copy(db, target)
    assert not (tmp_path / "copy.sqlite.new").exists()


def test_no_copy_yet(tmp_path) -> None:
    assert open_copy(tmp_path / "none.sqlite") is None
