"""Test helpers: valid identifiers, a few ready-made professionals, unwritable files."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from protoedit.identifiers import luhn_key


def rpps(seed: int = 1) -> str:
    base = f"1000{seed:06d}"
    return base + luhn_key(base)


def siret(seed: int = 1) -> str:
    base = f"4{seed:012d}"
    return base + luhn_key(base)


def finess(seed: int = 1) -> str:
    base = f"75{seed:06d}"
    return base + luhn_key(base)


@contextlib.contextmanager
def unwritable(*paths: Path) -> Iterator[None]:
    """Make files or folders unwritable for this process, root included: root ignores file
    modes, so as root the immutable attribute is set instead (skips the test without chattr)."""
    if os.geteuid() != 0:
        modes = [(p, p.stat().st_mode) for p in paths]
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in modes:
                p.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("root ignores file modes, and chattr is missing")
    done: list[Path] = []
    try:
        for p in paths:
            if subprocess.run([chattr, "+i", str(p)], capture_output=True).returncode != 0:
                pytest.skip(f"cannot set the immutable attribute on {p}")
            done.append(p)
        yield
    finally:
        for p in done:
            subprocess.run([chattr, "-i", str(p)], check=True)
