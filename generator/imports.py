"""Import statements of generated modules: collected while planning, sorted the way ruff's
isort rules want them (sections, then `import x` before `from x import`, names by type)."""

from __future__ import annotations

import ast
import sys
from collections import defaultdict

from adsapi.generator.layout import LINE_LENGTH


class Imports:
    """`from module import name` statements to emit, kept unique."""

    def __init__(self) -> None:
        self._names: dict[str, set[str]] = defaultdict(set)
        self._modules: set[str] = set()

    def add(self, module: str, *names: str) -> Imports:
        self._names[module].update(names)
        return self

    def add_module(self, module: str) -> Imports:
        self._modules.add(module)
        return self

    def lines(self, indent: int = 0) -> tuple[str, ...]:
        """The statements, for a block indented by `indent` (a long one spans several lines)."""
        straight = tuple(f"import {module}" for module in sorted(self._modules))
        return straight + tuple(
            _from_line(module, names, indent)
            for module, names in sorted(self._names.items())
            if names
        )


def name_key(name: str) -> tuple[int, str]:
    # ruff's order-by-type: CONSTANTS, then Classes, then functions and variables.
    bare = name.split(" as ")[0]
    if bare.isupper() and len(bare) > 1:
        return (0, bare)
    if bare[:1].isupper():
        return (1, bare)
    return (2, bare.lower())


def _from_line(module: str, names: set[str], indent: int = 0) -> str:
    ordered = sorted(names, key=name_key)
    line = f"from {module} import {', '.join(ordered)}"
    if indent + len(line) <= LINE_LENGTH:
        return line
    # Black's layout of a long import: one name per line, then a trailing comma.
    pad = " " * (indent + 4)
    return (
        f"from {module} import (\n" + "".join(f"{pad}{n},\n" for n in ordered) + " " * indent + ")"
    )


def _section(module: str, level: int) -> int:
    if level:
        return 4
    top = module.split(".")[0]
    if top == "__future__":
        return 0
    if top in sys.stdlib_module_names:
        return 1
    return 2


def sort_imports(source: str) -> str:
    """Rewrite the leading import block of `source` (after the docstring) in ruff's order."""
    tree = ast.parse(source)
    body = tree.body
    start = (
        1
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
        else 0
    )
    end = start
    while end < len(body) and isinstance(body[end], ast.Import | ast.ImportFrom):
        end += 1
    if end == start:
        return source
    straight: dict[int, set[str]] = defaultdict(set)
    froms: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for node in body[start:end]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                text = alias.name + (f" as {alias.asname}" if alias.asname else "")
                straight[_section(alias.name, 0)].add(text)
        else:
            assert isinstance(node, ast.ImportFrom)
            module = "." * node.level + (node.module or "")
            names = {a.name + (f" as {a.asname}" if a.asname else "") for a in node.names}
            froms[_section(node.module or "", node.level)][module].update(names)
    blocks = []
    for section in sorted({*straight, *froms}):
        lines = [f"import {name}" for name in sorted(straight[section])]
        for module, names in sorted(froms[section].items(), key=_module_key):
            # ruff keeps each `name as alias` in a statement of its own (combine-as-imports
            # off); the statements of one module go in the order of their first names
            # (`from . import created_by as created_by_1` before `from . import entity`).
            plain = {n for n in names if " as " not in n}
            statements = [{n} for n in names - plain] + ([plain] if plain else [])
            statements.sort(key=lambda group: name_key(min(group, key=name_key)))
            lines += [_from_line(module, group) for group in statements]
        blocks.append("\n".join(lines))
    lines = source.splitlines(keepends=True)
    first = body[start].lineno - 1
    last = body[end - 1].end_lineno or body[end - 1].lineno
    return "".join(lines[:first]) + "\n\n".join(blocks) + "\n" + "".join(lines[last:])


def _module_key(item: tuple[str, set[str]]) -> tuple[int, str]:
    module = item[0]
    dots = len(module) - len(module.lstrip("."))
    # isort puts `from .. import` before `from . import`: more dots first.
    return (-dots, module.lstrip(".").lower())
