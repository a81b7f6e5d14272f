"""The English translation is complete and keeps every placeholder, marker and accelerator."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "protoedit_en.ts"
QM = TS.with_suffix(".qm")
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
ENTITY_OR_ESCAPED_AMP = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);|&&")

Message = tuple[str, str, str | None, str]  # context, source, translation type, text


def messages() -> list[Message]:
    """(context, source, type, text) for every message still used by the code, once per plural
    form of a numerus message; vanished ones (kept for their translation) are left out."""
    found: list[Message] = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None, f"[{name}] {msg.findtext('source')!r} has no <translation>"
            if tr.get("type") == "vanished":
                continue
            source = msg.findtext("source") or ""
            forms = [f.text or "" for f in tr.iter("numerusform")] if msg.get("numerus") else []
            for text in forms or [tr.text or ""]:
                found.append((name, source, tr.get("type"), text))
    return found


def accelerators(text: str) -> int:
    """Number of & accelerator markers, ignoring HTML entities and the escaped &&."""
    return ENTITY_OR_ESCAPED_AMP.sub("", text).count("&")


@pytest.fixture(scope="module")
def all_messages() -> list[Message]:
    found = messages()
    assert len(found) > 800
    return found


def test_no_message_is_unfinished_or_empty(all_messages: list[Message]) -> None:
    bad = [
        f"[{ctx}] {src!r}"
        for ctx, src, kind, text in all_messages
        if kind in ("unfinished", "obsolete") or not text.strip()
    ]
    assert not bad, "untranslated:\n" + "\n".join(bad)


def test_placeholders_are_kept(all_messages: list[Message]) -> None:
    bad = [
        f"[{ctx}] {src!r} -> {text!r}"
        for ctx, src, _kind, text in all_messages
        if Counter(PLACEHOLDER.findall(src)) != Counter(PLACEHOLDER.findall(text))
    ]
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_line_breaks_are_kept(all_messages: list[Message]) -> None:
    bad = [
        f"[{ctx}] {src!r} -> {text!r}"
        for ctx, src, _kind, text in all_messages
        if src.count("\n") != text.count("\n")
    ]
    assert not bad, "line breaks differ:\n" + "\n".join(bad)


def test_single_accelerator_is_kept(all_messages: list[Message]) -> None:
    with_one = [
        (ctx, src, text) for ctx, src, _kind, text in all_messages if accelerators(src) == 1
    ]
    assert with_one, "expected menu titles with an & accelerator"
    bad = [f"[{ctx}] {src!r} -> {text!r}" for ctx, src, text in with_one if accelerators(text) != 1]
    assert not bad, "accelerator lost or doubled:\n" + "\n".join(bad)


def test_compiled_translation_exists() -> None:
    assert QM.is_file(), f"{QM} missing: run python tools/i18n.py"
    data = QM.read_bytes()
    assert data.startswith(QM_MAGIC), f"{QM} is not a Qt .qm file"
    assert len(data) > 10_000, f"{QM} holds almost no translations"


def test_i18n_check_passes() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_extractor_keeps_removed_strings_as_vanished_and_writes_locations(tmp_path: Path) -> None:
    """Qt Linguist needs source locations; a string removed from the code keeps its translation
    (marked vanished, as lupdate does) so it comes back translated if the string returns."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n as tool
    finally:
        sys.path.pop(0)
    ts = tmp_path / "protoedit_en.ts"
    found = {"quality": {"mensuelle": [("../../protoedit/quality/periods.py", 26)]}}
    known = {("quality", "mensuelle"): "monthly", ("quality", "ancienne chaîne"): "old string"}
    assert tool.write(found, known, ts) == 0
    root = ET.parse(ts).getroot()
    kept, gone = root.iter("message")
    assert kept.find("location").attrib == {
        "filename": "../../protoedit/quality/periods.py",
        "line": "26",
    }
    assert (
        gone.findtext("source"),
        gone.find("translation").get("type"),
        gone.findtext("translation"),
    ) == ("ancienne chaîne", "vanished", "old string")
