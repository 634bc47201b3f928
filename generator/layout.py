"""Long lines of generated code, split the way black splits them.

Black formats every generated file, and most of its time goes into files it has to change: it
splits each long line (trying several splits), then formats its own output a second time,
which it skips when the first pass changed nothing. Handed code that is already in its layout,
black takes about a third of the time. So the generator writes its long lines as black would.

This module knows black's rules for the few shapes of expression generated code has: calls,
subscripts, tuple, list and dict displays, `|` unions and implicitly joined strings. A line
laid out differently from black is not an error (black still fixes it, only slower); the tests
check that black finds nothing to change in a generated package.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache

LINE_LENGTH = 100
INDENT = 4


@dataclass(frozen=True)
class Atom:
    """Text black never splits: a name, a number, a short string."""

    text: str


@dataclass(frozen=True)
class Brackets:
    """`head` + `opening` + items + `closing`: a call, a subscript or a display.

    A display (tuple, list, dict) is exploded one item per line once black splits it; the
    arguments of a call or a subscript stay on one line when they fit there."""

    head: str
    opening: str
    items: tuple[Node, ...]
    closing: str
    display: bool = False
    joiner: str = ", "  # " " between implicitly joined strings


@dataclass(frozen=True)
class Union:
    """`a | b | c`, which black splits before each `|`."""

    operands: tuple[Node, ...]


Node = Atom | Brackets | Union


def flat(node: Node) -> str:
    """The node on one line."""
    if isinstance(node, Atom):
        return node.text
    if isinstance(node, Union):
        return " | ".join(flat(o) for o in node.operands)
    inner = node.joiner.join(flat(i) for i in node.items)
    if node.display and node.opening == "(" and len(node.items) == 1:
        inner += ","  # a one-item tuple
    return node.head + node.opening + inner + node.closing


@lru_cache(maxsize=8192)  # the same parameters recur across operations
def lay_out(indent: int, lead: str, source: str, trail: str = "") -> str:
    """The line `lead` + `source` + `trail` at `indent` columns, split as black would, without
    the first line's indentation (which a template writes).

    `source` is the expression to split: an annotation (`lead` is `name: `), an assigned value
    (`lead` is `name: Type = `) or an item of an exploded list (`trail` is `,`). A union that
    does not fit is put in parentheses, as black does in those places.
    """
    text = lead + source + trail
    if _fits(indent, text):
        return text
    node = expression(source)
    if isinstance(node, Union):
        inner = _union_lines(node, indent + INDENT, "")
        lines = [" " * indent + lead + "(", *inner, " " * indent + ")" + trail]
    else:
        lines = _lines(node, indent, lead, trail)
    return "\n".join(lines)[indent:]


def lay_out_field(indent: int, target: str, annotation: str, value: str | None) -> str:
    """The annotated assignment `target: annotation = value` at `indent` columns, split as
    black would, without the first line's indentation. A simple value (a name, a constant) goes
    in parentheses on a line of its own when the line up to `= (` fits: black splits the right
    hand side first; otherwise the annotation is split (`lay_out`)."""
    if value is None:
        return lay_out(indent, f"{target}: ", annotation)
    head = f"{target}: {annotation} = "
    if _fits(indent, head + value) or not isinstance(expression(value), Atom):
        return lay_out(indent, f"{target}: ", annotation, f" = {value}")
    if _fits(indent, head + "(") and _fits(indent + INDENT, value):
        return "\n".join([head + "(", " " * (indent + INDENT) + value, " " * indent + ")"])
    return lay_out(indent, f"{target}: ", annotation, f" = {value}")


def _fits(indent: int, text: str) -> bool:
    return indent + len(text) <= LINE_LENGTH


def _lines(node: Node, indent: int, lead: str, trail: str) -> list[str]:
    pad = " " * indent
    text = lead + flat(node) + trail
    if isinstance(node, Atom) or _fits(indent, text):
        return [pad + text]
    if isinstance(node, Union):  # inside brackets: split before each `|`, no parentheses
        lines = _union_lines(node, indent, lead)
        lines[-1] += trail
        return lines
    inner = indent + INDENT
    body = node.joiner.join(flat(i) for i in node.items)
    if len(node.items) == 1:  # no comma to split at: the item is split, if it must be
        one_tuple = node.display and node.opening == "("
        content = _lines(node.items[0], inner, "", "," if one_tuple else "")
    elif not node.display and _fits(inner, body):  # arguments on a line of their own
        content = [" " * inner + body]
    elif node.joiner == " ":  # implicitly joined strings: one per line, nothing between
        content = [" " * inner + flat(i) for i in node.items]
    else:
        content = [line for i in node.items for line in _lines(i, inner, "", ",")]
    return [pad + lead + node.head + node.opening, *content, pad + node.closing + trail]


def _union_lines(node: Union, indent: int, lead: str) -> list[str]:
    text = lead + flat(node)
    if _fits(indent, text):
        return [" " * indent + text]
    lines = _lines(node.operands[0], indent, lead, "")
    for operand in node.operands[1:]:
        lines += _lines(operand, indent, "| ", "")
    return lines


def expression(source: str) -> Node:
    """The node of a Python expression or of a keyword argument (`name=value`), strings
    written the way black writes them."""
    call = ast.parse(f"_({source})", mode="eval").body
    assert isinstance(call, ast.Call) and len(call.args) + len(call.keywords) == 1
    if call.args:
        return _node(call.args[0])
    keyword = call.keywords[0]
    return _node(keyword.value, f"{keyword.arg}=" if keyword.arg else "**")


def _node(tree: ast.expr, lead: str = "") -> Node:
    if isinstance(tree, ast.BinOp) and isinstance(tree.op, ast.BitOr) and not lead:
        return Union(_union_operands(tree))
    if isinstance(tree, ast.Call):
        arguments = [_node(a) for a in tree.args]
        arguments += [_node(k.value, f"{k.arg}=" if k.arg else "**") for k in tree.keywords]
        return Brackets(lead + ast.unparse(tree.func), "(", tuple(arguments), ")")
    if isinstance(tree, ast.Subscript):
        index = tree.slice
        parts = index.elts if isinstance(index, ast.Tuple) else [index]
        indices = tuple(_node(p) for p in parts)
        return Brackets(lead + ast.unparse(tree.value), "[", indices, "]")
    if isinstance(tree, ast.Tuple | ast.List):
        opening, closing = ("(", ")") if isinstance(tree, ast.Tuple) else ("[", "]")
        items = tuple(_node(e) for e in tree.elts)
        return Brackets(lead, opening, items, closing, display=True)
    if isinstance(tree, ast.Dict):
        entries = tuple(
            _node(v, f"{flat(_node(k))}: " if k is not None else "**")
            for k, v in zip(tree.keys, tree.values, strict=True)
        )
        return Brackets(lead, "{", entries, "}", display=True)
    if isinstance(tree, ast.Constant) and isinstance(tree.value, str):
        pieces = string_pieces(tree.value)
        if len(tree.value) <= STRING_WIDTH:
            return Atom(lead + pieces[0])
        return Brackets(lead, "(", tuple(Atom(p) for p in pieces), ")", joiner=" ")
    return Atom(lead + ast.unparse(tree))  # numbers, names, attributes


def _union_operands(tree: ast.expr) -> tuple[Node, ...]:
    if isinstance(tree, ast.BinOp) and isinstance(tree.op, ast.BitOr):
        return (*_union_operands(tree.left), *_union_operands(tree.right))
    return (_node(tree),)


STRING_WIDTH = 72


def string_pieces(text: str) -> list[str]:
    """String literals for `text`: one, or for prose longer than `STRING_WIDTH` several, which
    the generator joins implicitly in parentheses (black does not split strings)."""
    if len(text) <= STRING_WIDTH:
        return [_quoted(text)]
    pieces = [""]
    for word in re.split(r"(?<= )", text):
        if pieces[-1] and len(pieces[-1]) + len(word) > STRING_WIDTH:
            pieces.append("")
        pieces[-1] += word
    return [_quoted(piece) for piece in pieces]


def _quoted(text: str) -> str:
    """A string literal in double quotes, as black writes it."""
    source = repr(text)
    if source.startswith("'") and '"' not in text and "'" not in text:
        return '"' + source[1:-1] + '"'
    return source
