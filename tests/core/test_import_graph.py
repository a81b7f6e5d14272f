"""The import graph: no cycles in the core (imports inside functions count too), and ui/ reaches
the core through its public modules, never its ORM models."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(package: str) -> dict[str, Path]:
    return {
        module_name(p): p for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts
    }


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Modules of `known` that `path` imports anywhere in its body (`from a import b` counts b
    when b is a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
    return found & known


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_core_has_no_import_cycle() -> None:
    core = modules("protoedit")
    # A package imports its submodules only when it re-exports them; the edge from a
    # submodule to its own package face (its __init__) is Python's, not a dependency.
    graph = {
        name: {m for m in imports_of(path, set(core)) if not name.startswith(m + ".")}
        for name, path in core.items()
    }
    assert cycles(graph) == []


def test_ui_never_imports_the_orm_models() -> None:
    core = set(modules("protoedit"))
    offenders = {
        name: sorted(m for m in imports_of(path, core) if m.startswith("protoedit.store.models"))
        for name, path in modules("ui").items()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_package_faces_import_nothing() -> None:
    """The domain packages' __init__ files hold a docstring only: importing one submodule never
    drags in the others (nor the ORM, which start-up keeps for after the first paint)."""
    for init in (ROOT / "protoedit").glob("*/__init__.py"):
        if init.parent.name in ("store", "export"):
            continue
        body = ast.parse(init.read_text(encoding="utf-8")).body
        assert all(isinstance(n, ast.Expr) for n in body), init
