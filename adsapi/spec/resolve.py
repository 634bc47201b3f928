"""Replace `$ref`s with what they point at, inside one bundled document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adsapi.spec.loader import resolve_pointer

_SCHEMA_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
_SCHEMA_DATA = frozenset({"enum", "const", "default", "example", "examples"})


class Resolver:
    """Resolves internal references of `document`, caching each resolved target."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._resolved: dict[str, Any] = {}

    def deref(self, node: Any) -> Any:
        """Follow `$ref`s at the top of an OpenAPI object; sibling members override the target."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            reference = node["$ref"]
            if reference in seen:
                raise ValueError(f"reference cycle through {reference}")
            seen.add(reference)
            target = resolve_pointer(self.document, reference[1:])
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings else target
        return node

    def schema(self, schema: Any, stack: tuple[str, ...] = ()) -> Any:
        """`schema` with every `$ref` inside replaced by its resolved target.

        Members next to a `$ref` (description, readOnly, default, ...) override the target's.
        """
        if isinstance(schema, list):
            return [self.schema(item, stack) for item in schema]
        if not isinstance(schema, dict):
            return schema
        reference = schema.get("$ref")
        if isinstance(reference, str):
            if reference in stack:
                raise ValueError(f"recursive schema through {reference}")
            if reference not in self._resolved:
                target = resolve_pointer(self.document, reference[1:])
                self._resolved[reference] = self.schema(target, (*stack, reference))
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            resolved = self._resolved[reference]
            return {**resolved, **self.schema(siblings, stack)} if siblings else resolved
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in _SCHEMA_DATA or key.startswith("x-"):
                out[key] = value
            elif key in _SCHEMA_NAME_MAPS and isinstance(value, dict):
                out[key] = {name: self.schema(sub, stack) for name, sub in value.items()}
            else:
                out[key] = self.schema(value, stack)
        return out
