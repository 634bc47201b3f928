"""Matching a request path to a path template in time that does not grow with the spec.

The templates of a version (`/accounts/{account_id}/campaigns/{campaign_id}`) go into a tree of
path segments: a literal segment is one branch, a `{parameter}` segment one more. A path walks
down the tree, trying the literal branch and the parameter branch at each level, so the work is
the path's depth, not the number of templates. When several templates match, the first one
given wins, as with starlette's list of routes (whose matching this replaces on the fast path:
a parameter is one non-empty segment, as starlette's `[^/]+`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
_PARAMETER = re.compile(r"^\{([^}/]+)\}$")


@dataclass
class _Node(Generic[T]):
    literals: dict[str, _Node[T]] = field(default_factory=dict)
    parameter: _Node[T] | None = None
    # Templates ending here: (their order, their parameters' names, what they carry).
    ends: list[tuple[int, tuple[str, ...], T]] = field(default_factory=list)


class PathTree(Generic[T]):
    def __init__(self, templates: list[tuple[str, T]]) -> None:
        self._root: _Node[T] = _Node()
        for order, (template, value) in enumerate(templates):
            node, names = self._root, []
            for segment in template[1:].split("/"):
                found = _PARAMETER.match(segment)
                if found:
                    names.append(found.group(1))
                    node.parameter = node.parameter or _Node()
                    node = node.parameter
                else:
                    node = node.literals.setdefault(segment, _Node())
            node.ends.append((order, tuple(names), value))

    def match(self, path: str) -> tuple[T, dict[str, str]] | None:
        """What the first template matching `path` carries, and its parameters' values."""
        best: tuple[int, tuple[str, ...], T, list[str]] | None = None
        stack: list[tuple[_Node[T], int, list[str]]] = [(self._root, 0, [])]
        # Split exactly: `/campaigns/` and `//campaigns` hold an empty segment, which matches
        # no literal and no parameter.
        segments = path[1:].split("/")
        while stack:
            node, depth, values = stack.pop()
            if depth == len(segments):
                for order, names, value in node.ends:
                    if best is None or order < best[0]:
                        best = (order, names, value, values)
                continue
            segment = segments[depth]
            literal = node.literals.get(segment)
            if literal is not None:
                stack.append((literal, depth + 1, values))
            if node.parameter is not None and segment:
                stack.append((node.parameter, depth + 1, [*values, segment]))
        if best is None:
            return None
        _, names, value, values = best
        return value, dict(zip(names, values, strict=True))
