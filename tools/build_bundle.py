"""Build the one-folder ProtoEdit bundle with PyInstaller (packaging/protoedit.spec) into dist/."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "protoedit.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"


def folder_size(path: Path) -> int:
    """Bytes on disk, each library once (PyInstaller links duplicates as symlinks)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(clean: bool) -> Path:
    """Run PyInstaller in this process (one process to stop); its cache stays in build/, nothing
    is written outside the checkout."""
    os.environ.setdefault("PYINSTALLER_CONFIG_DIR", str(BUILD / "pyinstaller-cache"))
    import PyInstaller.__main__

    options = [
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(SPEC),
    ]
    os.chdir(ROOT)
    PyInstaller.__main__.run((["--clean"] if clean else []) + options)
    return DIST / "ProtoEdit"


def make_zip(bundle: Path) -> Path:
    """dist/ProtoEdit-<version>-<system>-<machine>.zip, the folder to hand to a clinic PC."""
    from importlib.metadata import version

    name = (
        f"ProtoEdit-{version('protoedit')}-{platform.system().lower()}-{platform.machine().lower()}"
    )
    return Path(shutil.make_archive(str(DIST / name), "zip", DIST, bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--zip", action="store_true", help="also zip the folder for handing out")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.clean)
    print(
        f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB) in "
        f"{time.monotonic() - started:.0f} s"
    )
    if args.zip:
        archive = make_zip(bundle)
        print(f"zip: {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
