"""Packaging (issue 19): resources found without the current folder, frozen paths, version, icons."""

from __future__ import annotations

import configparser
import struct
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from protoedit import __version__, paths
from protoedit.store import schema

ROOT = Path(__file__).resolve().parents[2]


def test_resources_are_found_from_any_current_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.migrations_dir() / "env.py").is_file()
    assert paths.migrations_dir() == schema.MIGRATIONS


def test_a_frozen_bundle_reads_its_own_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_dir() == tmp_path
    assert paths.resource_path("catalog", "professions.json") == (
        tmp_path / "resources" / "catalog" / "professions.json"
    )
    assert paths.migrations_dir() == tmp_path / "protoedit" / "store" / "migrations"


def test_version_comes_from_the_package_metadata(tmp_path) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"ProtoEdit {version('protoedit')}"
    assert version("protoedit") == __version__  # pyproject.toml and the package agree


def _ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, *_rest, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert width == height and data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    return sizes


def test_icon_is_an_svg_with_its_pngs_and_a_multi_size_ico() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "protoedit.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert _ico_sizes((icons / "protoedit.ico").read_bytes()) == [16, 24, 32, 48, 64, 128, 256]
    for size in (16, 32, 48, 256):
        png = (icons / f"protoedit-{size}.png").read_bytes()
        assert struct.unpack(">II", png[16:24]) == (size, size)


def test_desktop_entry_starts_protoedit_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "protoedit.desktop", encoding="utf-8")
    desk = entry["Desktop Entry"]
    assert (desk["Type"], desk["Exec"], desk["Icon"], desk["Terminal"]) == (
        "Application",
        "protoedit",
        "protoedit",
        "false",
    )
    assert desk["Name[fr]"] and desk["Comment[fr]"]
    assert set(desk["Categories"].rstrip(";").split(";")) == {"Office", "MedicalSoftware", "Qt"}
