"""Extract translatable French strings into resources/translations/protoedit_en.ts, build the .qm.

Usage: python tools/i18n.py [--check]
Extracts self.tr("...") (context: class name), QCoreApplication.translate(ctx, "..."),
QT_TRANSLATE_NOOP(ctx, "...") and its aliases (`_L = QT_TRANSLATE_NOOP`), a module's
`_t("...")` helper (context: the one its definition passes to translate()), and in the core
N_("..."), tr("...") and error classes' `template = "..."` (context "core"). Each message
carries its source locations (Qt Linguist shows the code); existing English translations are
kept; new strings are marked unfinished; strings no longer in the code keep their translation,
marked vanished (as lupdate does). --check exits 1 when strings are missing from the .ts or have
no translation.

Plurals: a message with %n (`self.tr("%n membre(s)", "", n)`, `translate(ctx, text, "", n)`,
core `ntr(text, n)`) is a numerus message. Its English forms are in protoedit_en.ts; its French
forms (French is the source language, "%n membre(s)" is no sentence) in protoedit_fr.ts, which
holds the numerus messages only (Qt's way for plurals in the source language).
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
FR_TS = TS.with_name("protoedit_fr.ts")


Location = tuple[str, int]  # file relative to the .ts, line
NUMERUS: set[tuple[str, str]] = set()  # self.tr("%n ...", "", n): plural forms


def extract() -> dict[str, dict[str, list[Location]]]:
    """context -> source text -> where it is used, in the order first met."""
    found: dict[str, dict[str, list[Location]]] = {}
    where: Location = ("", 0)
    NUMERUS.clear()

    def add(ctx: str, text: str) -> None:
        found.setdefault(ctx, {}).setdefault(text, []).append(where)

    for path in sorted([*ROOT.glob("protoedit/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: list[tuple[int, int, str]] = [
            (n.lineno, n.end_lineno or n.lineno, _tr_context(n))
            for n in ast.walk(tree)
            if isinstance(n, ast.ClassDef)
        ]
        core = path.parts[len(ROOT.parts)] == "protoedit"
        constants = _module_constants(tree)
        helper_ctx = _helper_context(tree, constants)
        noop_aliases = {"QT_TRANSLATE_NOOP", *_aliases(tree, "QT_TRANSLATE_NOOP")}
        relative = "../../" + path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            where = (relative, getattr(node, "lineno", 0))
            if core and isinstance(node, ast.ClassDef):
                template = _class_constant(node, "template")
                if template:
                    where = (relative, template[1])
                    add("core", template[0])
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            name = (
                fn.attr
                if isinstance(fn, ast.Attribute)
                else fn.id
                if isinstance(fn, ast.Name)
                else ""
            )
            args = [
                _const(a) or (constants.get(a.id) if isinstance(a, ast.Name) else None)
                for a in node.args
            ]  # a context may be a module constant (CTX = "pdf")
            if name == "tr" and isinstance(fn, ast.Attribute) and args and args[0]:
                owner = [c for c in classes if c[0] <= node.lineno <= c[1]]
                if owner:
                    ctx_name = min(owner, key=lambda c: c[1] - c[0])[2]
                    add(ctx_name, args[0])
                    if len(node.args) >= 3:
                        NUMERUS.add((ctx_name, args[0]))
            elif name == "tr" and core and isinstance(fn, ast.Name) and args and args[0]:
                add("core", args[0])  # protoedit.i18n.tr(text), context "core" by default
            elif name == "ntr" and core and args and args[0]:
                add("core", args[0])  # protoedit.i18n.ntr(text, n): a plural
                NUMERUS.add(("core", args[0]))
            elif (
                (name == "translate" or name in noop_aliases)
                and len(args) >= 2
                and args[0]
                and args[1]
            ):
                add(args[0], args[1])
                if name == "translate" and len(node.args) >= 4:
                    NUMERUS.add((args[0], args[1]))
            elif name == "_t" and helper_ctx and args and args[0]:
                add(helper_ctx, args[0])
            elif name == "N_" and args and args[0]:
                add("core", args[0])
    return found


def _const(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _aliases(tree: ast.Module, target: str) -> set[str]:
    """Module-level names bound to `target` (`_L = QT_TRANSLATE_NOOP`)."""
    return {
        t.id
        for n in tree.body
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and n.value.id == target
        for t in n.targets
        if isinstance(t, ast.Name)
    }


def _module_constants(tree: ast.Module) -> dict[str, str]:
    return {
        t.id: v
        for n in tree.body
        if isinstance(n, ast.Assign) and (v := _const(n.value))
        for t in n.targets
        if isinstance(t, ast.Name)
    }


def _class_constant(cls: ast.ClassDef, name: str) -> tuple[str, int] | None:
    """A class's `name = "..."` string and its line, if it has one."""
    for stmt in cls.body:
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and stmt.targets[0].id == name
            and _const(stmt.value)
        ):
            return _const(stmt.value) or "", stmt.lineno
    return None


def _tr_context(cls: ast.ClassDef) -> str:
    """The context of self.tr() in a class: its name, or for a mixin its `TR_CONTEXT` (PySide6
    looks translations up under the class of the object, the widget it is mixed into)."""
    found = _class_constant(cls, "TR_CONTEXT")
    return found[0] if found else cls.name


def _helper_context(tree: ast.Module, constants: dict[str, str]) -> str | None:
    """The context a module's `def _t(text): return QCoreApplication.translate(CTX, text)` uses."""
    for n in tree.body:
        if isinstance(n, ast.FunctionDef) and n.name == "_t":
            for call in ast.walk(n):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                ):
                    first = call.args[0]
                    if isinstance(first, ast.Name):
                        return constants.get(first.id)
                    return _const(first)
    return None


Translation = str | tuple[str, ...]  # plural forms of a numerus message


def existing(ts: Path = TS) -> dict[tuple[str, str], Translation]:
    """Translations already made (vanished ones too: a string may come back)."""
    if not ts.exists():
        return {}
    table: dict[tuple[str, str], Translation] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished":
                continue
            forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            if forms and all(forms):
                table[(cname, msg.findtext("source") or "")] = forms
            elif tr.text and tr.text.strip():
                table[(cname, msg.findtext("source") or "")] = tr.text
    return table


def _fill(tr: ET.Element, text: Translation) -> None:
    if isinstance(text, tuple):
        for form in text:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = text


def write(
    found: dict[str, dict[str, list[Location]]],
    known: dict[tuple[str, str], Translation],
    ts: Path = TS,
    language: str = "en_GB",
) -> int:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="fr_FR")
    missing = 0
    gone: dict[str, list[str]] = {}
    for ctx, text in known:
        if text not in found.get(ctx, {}):
            gone.setdefault(ctx, []).append(text)
    for ctx in sorted(set(found) | set(gone)):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for text, places in found.get(ctx, {}).items():
            m = ET.SubElement(c, "message")
            if (ctx, text) in NUMERUS:
                m.set("numerus", "yes")
            for filename, line in dict.fromkeys(places):
                ET.SubElement(m, "location", filename=filename, line=str(line))
            ET.SubElement(m, "source").text = text
            tr = ET.SubElement(m, "translation")
            made = known.get((ctx, text))
            if made is not None and isinstance(made, tuple) == ((ctx, text) in NUMERUS):
                _fill(tr, made)  # a message turned plural (or back) is translated again
            else:
                tr.set("type", "unfinished")
                missing += 1
        for text in gone.get(ctx, []):
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = text
            _fill(ET.SubElement(m, "translation", type="vanished"), known[(ctx, text)])
    ET.indent(root)
    ts.parent.mkdir(parents=True, exist_ok=True)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    return missing


def plurals_only(
    found: dict[str, dict[str, list[Location]]],
) -> dict[str, dict[str, list[Location]]]:
    """The numerus messages: what the French catalogue holds."""
    kept: dict[str, dict[str, list[Location]]] = {}
    for ctx, texts in found.items():
        for text, places in texts.items():
            if (ctx, text) in NUMERUS:
                kept.setdefault(ctx, {})[text] = places
    return kept


def untranslated(
    found: dict[str, dict[str, list[Location]]], known: dict[tuple[str, str], Translation]
) -> list[tuple[str, str]]:
    """Messages without a translation, or a numerus message without its plural forms."""
    return [
        (c, t)
        for c, texts in found.items()
        for t in texts
        if (c, t) not in known or ((c, t) in NUMERUS) != isinstance(known[(c, t)], tuple)
    ]


def main() -> int:
    found = extract()
    french = plurals_only(found)
    known, known_fr = existing(), existing(FR_TS)
    if "--check" in sys.argv:
        absent = untranslated(found, known) + untranslated(french, known_fr)
        for c, t in absent[:50]:
            print(f"untranslated [{c}] {t}")
        return 1 if absent else 0
    missing = write(found, known)
    missing += write(french, known_fr, FR_TS, "fr_FR")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (TS, FR_TS):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    print(f"{sum(len(v) for v in found.values())} strings, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
