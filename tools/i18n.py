"""Extract translatable French strings into resources/translations/protoedit_en.ts, build the .qm.

Usage: python tools/i18n.py [--check]
Extracts self.tr("...") (context: class name), QCoreApplication.translate(ctx, "..."),
QT_TRANSLATE_NOOP(ctx, "...") and the core's N_("...") (context "core"). Existing English
translations are kept; new strings are marked unfinished. --check exits 1 when strings are
missing from the .ts or have no translation.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "protoedit_en.ts"
QM = TS.with_suffix(".qm")


def extract() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}

    def add(ctx: str, text: str) -> None:
        bucket = found.setdefault(ctx, [])
        if text not in bucket:
            bucket.append(text)

    for path in sorted([*ROOT.glob("protoedit/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: list[tuple[int, int, str]] = [
            (n.lineno, n.end_lineno or n.lineno, n.name)
            for n in ast.walk(tree) if isinstance(n, ast.ClassDef)
        ]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                    for a in node.args]
            if name == "tr" and isinstance(fn, ast.Attribute) and args and args[0]:
                owner = [c for c in classes if c[0] <= node.lineno <= c[1]]
                if owner:
                    add(min(owner, key=lambda c: c[1] - c[0])[2], args[0])
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and args[0] and args[1]:
                add(args[0], args[1])
            elif name == "N_" and args and args[0]:
                add("core", args[0])
    return found


def existing() -> dict[tuple[str, str], str]:
    if not TS.exists():
        return {}
    table = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.text:
                table[(cname, msg.findtext("source") or "")] = tr.text
    return table


def write(found: dict[str, list[str]], known: dict[tuple[str, str], str]) -> int:
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="fr_FR")
    missing = 0
    for ctx in sorted(found):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for text in found[ctx]:
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = text
            tr = ET.SubElement(m, "translation")
            if (ctx, text) in known:
                tr.text = known[(ctx, text)]
            else:
                tr.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    TS.parent.mkdir(parents=True, exist_ok=True)
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return missing


def main() -> int:
    found = extract()
    known = existing()
    if "--check" in sys.argv:
        absent = [(c, t) for c, texts in found.items() for t in texts if (c, t) not in known]
        for c, t in absent[:50]:
            print(f"untranslated [{c}] {t}")
        return 1 if absent else 0
    missing = write(found, known)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(QM)], check=True)
    print(f"{sum(len(v) for v in found.values())} strings, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
