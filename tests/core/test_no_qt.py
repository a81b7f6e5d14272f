"""The core never loads Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_without_pyside6() -> None:
    code = (
        "import importlib, pkgutil, sys, protoedit\n"
        "for m in pkgutil.walk_packages(protoedit.__path__, 'protoedit.'):\n"
        "    if '.migrations' in m.name: continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "print(len([n for n in sys.modules if n.startswith('protoedit')]), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert int(out.stdout.split()[0]) > 10
