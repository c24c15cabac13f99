"""No import circle between the product's modules, read from the source with ``ast``.

Every import counts, also one inside a function (a lazy import only hides a circle); imports
under ``if TYPE_CHECKING:`` do not run, so they do not count.
"""

from __future__ import annotations

import ast
import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(ROOT.glob("packages/*/src"))


def _modules() -> dict[str, Path]:
    found = {}
    for src in SOURCES:
        for path in src.rglob("*.py"):
            parts = list(path.relative_to(src).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and (
        (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
        or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")
    )


def _imported(tree: ast.AST, package: str, modules: set[str] | dict[str, Path]) -> set[str]:
    """The modules the imports in ``tree`` load (``from a import b``: a.b if it is a module)."""
    names: set[str] = set()
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if _type_checking_only(node):
            assert isinstance(node, ast.If)
            todo.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                names.add(full if full in modules else base)
        todo.extend(ast.iter_child_nodes(node))
    return names


def import_graph() -> dict[str, set[str]]:
    """Module -> the product modules it imports."""
    modules = _modules()
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        imported = _imported(ast.parse(path.read_text(), str(path)), package, modules)
        graph[name] = {m for m in imported if m in modules and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_checker_finds_a_circle_held_by_a_lazy_import() -> None:
    tree = ast.parse("def f():\n    from orbiter.b import x\n")
    assert _imported(tree, "orbiter", {"orbiter.b"}) == {"orbiter.b"}
    graph = {"orbiter.a": {"orbiter.b"}, "orbiter.b": {"orbiter.a"}, "orbiter.c": set()}
    assert cycles(graph) == [frozenset({"orbiter.a", "orbiter.b"})]


def test_type_checking_imports_do_not_count() -> None:
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import orbiter.b\n")
    assert "orbiter.b" not in _imported(tree, "orbiter", {"orbiter.b"})


def missing_modules() -> list[str]:
    """Product imports of ``orbiter`` modules that do not exist (a lazy import counts too)."""
    modules = _modules()
    missing = []
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(), str(path))
        for imported in _imported(tree, package, modules):
            if imported.split(".")[0] == "orbiter" and imported not in modules:
                missing.append(f"{name} imports {imported}")
    return sorted(missing)


@functools.cache
def _scan() -> dict[str, Any]:
    # Once, in a fresh interpreter: after an in-process Temporal worker has run, CPython 3.11.7's
    # ast.parse can fail with "AST constructor recursion depth mismatch" in the same process.
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import test_import_graph as t; "
        "g = t.import_graph(); print(json.dumps({'modules': sorted(g), "
        "'cycles': [sorted(c) for c in t.cycles(g)], 'missing': t.missing_modules()}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent)],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return json.loads(out.stdout)


def test_the_four_packages_have_no_import_circle() -> None:
    scan = _scan()
    assert "orbiter.distributed.client" in scan["modules"]
    assert "orbiter.cli.app" in scan["modules"]
    found = scan["cycles"]
    assert not found, "import circles: " + "; ".join(" <-> ".join(g) for g in found)


def test_every_product_import_names_a_module_that_exists() -> None:
    # mypy skips modules it cannot find, so a module moved without updating a caller (even a
    # lazy import inside a function) is caught here instead of by the first user who runs it.
    missing = _scan()["missing"]
    assert not missing, "imports of modules that do not exist: " + "; ".join(missing)
