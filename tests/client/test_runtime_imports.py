"""The generated package's modules import each other without a cycle, and none hides one by
importing inside a function: every import of a sibling module is at the top of the module
(or under TYPE_CHECKING, which never runs)."""

from __future__ import annotations

import ast
from pathlib import Path

import twitter_ads_client

from adsapi.locations import templates_dir

PACKAGE = Path(twitter_ads_client.__file__).parent
RUNTIME = templates_dir() / "runtime"


def _module_name(path: Path) -> str:
    """`_client`, `resources.campaigns`, `resources` (its `__init__`), `` for the package."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _targets(path: Path, node: ast.ImportFrom) -> list[str]:
    """The package modules a relative `from ... import` statement loads."""
    if node.level == 0:
        return []
    package = path.relative_to(PACKAGE).parent.parts  # the package the file is in
    base = [*package[: len(package) - node.level + 1]]
    if node.module is None:  # `from . import _spec`: the names are modules
        return [".".join([*base, alias.name]) for alias in node.names]
    return [".".join([*base, *node.module.split(".")])]


def _type_checking(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def runtime_imports(path: Path) -> tuple[set[str], set[str]]:
    """(modules imported when the module runs, those imported inside a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top: set[str] = set()
    nested: set[str] = set()
    skipped = {id(n) for stmt in tree.body if _type_checking(stmt) for n in ast.walk(stmt)}
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    inside = {id(n) for f in functions for n in ast.walk(f)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or id(node) in skipped:
            continue
        (nested if id(node) in inside else top).update(_targets(path, node))
    return top, nested


def test_runtime_modules_import_siblings_only_at_the_top() -> None:
    for source in sorted(RUNTIME.glob("*.py")):
        _top, nested = runtime_imports(PACKAGE / source.name)
        assert not nested, f"{source.name} imports {sorted(nested)} inside a function"


def test_the_import_graph_of_the_package_is_acyclic() -> None:
    # Resources are imported lazily by design (inside the client's properties): those edges
    # count too, so a cycle cannot hide there either.
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        top, nested = runtime_imports(path)
        graph[_module_name(path)] = top | nested
    assert {"_exceptions", "_response", "_headers"} <= set(graph)
    assert graph["_headers"] == set(), "the leaf module imports nothing of the package"
    assert "_response" not in graph["_exceptions"]
    done: set[str] = set()

    def visit(module: str, stack: list[str]) -> None:
        if module in stack:
            cycle = " -> ".join([*stack[stack.index(module) :], module])
            raise AssertionError(f"import cycle: {cycle}")
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            visit(target, [*stack, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
