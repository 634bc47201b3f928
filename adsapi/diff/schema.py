"""Compare two resolved JSON Schemas as what they let through, in one direction.

A schema is first reduced to a `Node` (allOf merged, a `null` branch turned into a nullable
type, discriminated `oneOf` into named variants). Two nodes are then compared knowing which
way values travel: a request schema that accepts less breaks clients, a response schema that
may carry more (a new enum value, `null`, a longer string) breaks them too. Each difference is a
`Finding`; `adsapi.diff.compare` places it in an operation and classifies it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from adsapi.spec.build import _kind_of_value

Direction = Literal["request", "response"]

# Bounds and which way each one narrows what is allowed when its value grows.
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems")
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")


@dataclass(frozen=True)
class Finding:
    """One difference between two schemas, at `path` (`name`, `name.inner`, `list[]`)."""

    kind: str  # what changed: type, nullable, enum, bound, format, property-removed, ...
    path: str
    narrows: bool | None  # True: allows less than before; False: more; None: neither/both
    message: str
    old: Any = None
    new: Any = None
    docs_only: bool = False


@dataclass
class Node:
    types: frozenset[str] | None = None  # None: any type
    enum: tuple[Any, ...] | None = None
    format: str | None = None
    pattern: str | None = None
    bounds: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, Node] | None = None
    required: frozenset[str] = frozenset()
    closed: bool = False
    items: Node | None = None
    variants: dict[str, Node] = field(default_factory=dict)
    default: Any = None
    has_default: bool = False
    also_accepted: frozenset[str] = frozenset()
    description: str = ""

    def signature(self) -> str:
        """What the node lets through, without its prose: equal signatures, same values."""
        return json.dumps(_signature(self), sort_keys=True, default=str)


def _signature(node: Node) -> Any:
    return {
        "types": sorted(node.types) if node.types is not None else None,
        "enum": _values(node.enum),
        "format": node.format,
        "pattern": node.pattern,
        "bounds": node.bounds,
        "properties": {k: _signature(v) for k, v in (node.properties or {}).items()},
        "required": sorted(node.required),
        "closed": node.closed,
        "items": _signature(node.items) if node.items else None,
        "variants": {k: _signature(v) for k, v in node.variants.items()},
        "default": node.default if node.has_default else "<none>",
        "also": sorted(node.also_accepted),
    }


def _values(values: tuple[Any, ...] | None) -> list[str] | None:
    return None if values is None else sorted(json.dumps(v) for v in values)


# -- normalisation ---------------------------------------------------------------------------------


def merge_all_of(schema: Mapping[str, Any]) -> dict[str, Any]:
    """`schema` with its `allOf` parts folded in: properties merged by name, required joined."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema.get("allOf") or ():
        part = merge_all_of(part)
        for key, value in part.items():
            if key == "properties":
                properties = dict(merged.get("properties") or {})
                for name, sub in value.items():
                    properties[name] = (
                        merge_all_of({"allOf": [properties[name], sub]})
                        if name in properties
                        else sub
                    )
                merged["properties"] = properties
            elif key == "required":
                merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
            elif key == "type" and "type" in merged:
                both = set(_as_list(merged["type"])) & set(_as_list(value))
                merged["type"] = sorted(both)
            else:
                merged[key] = value
    return merged


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null"


def normalize(schema: Mapping[str, Any] | None) -> Node:
    if not isinstance(schema, Mapping):
        return Node()
    schema = merge_all_of(schema)
    nullable = False
    branches = schema.get("anyOf") or schema.get("oneOf")
    variants: dict[str, Node] = {}
    if branches:
        nullable = any(_is_null(b) for b in branches)
        others = [b for b in branches if not _is_null(b)]
        rest = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
        if len(others) == 1:
            schema = merge_all_of({"allOf": [rest, others[0]]})
        else:
            schema = rest
            for index, branch in enumerate(others):
                variants[_variant_name(branch, index)] = normalize(branch)
    types: frozenset[str] | None = None
    if "type" in schema:
        types = frozenset(_as_list(schema["type"]))
    enum = schema.get("enum")
    if "const" in schema:
        enum = [schema["const"]]
    if types is None and enum is not None:
        types = frozenset(_json_type(v) for v in enum)
    if nullable:
        types = (types or frozenset()) | {"null"}
        if enum is not None and None not in enum:
            enum = [*enum, None]
    properties = schema.get("properties")
    return Node(
        types=types,
        enum=tuple(enum) if enum is not None else None,
        format=schema.get("format"),
        pattern=schema.get("pattern"),
        bounds={k: schema[k] for k in (*_LOWER, *_UPPER) if k in schema},
        properties={n: normalize(s) for n, s in properties.items()} if properties else None,
        required=frozenset(schema.get("required") or ()),
        closed=schema.get("additionalProperties") is False,
        items=normalize(schema["items"]) if isinstance(schema.get("items"), Mapping) else None,
        variants=variants,
        default=schema.get("default"),
        has_default="default" in schema,
        also_accepted=frozenset(schema.get("x-also-accepted") or ()),
        description=" ".join(str(schema.get("description") or "").split()),
    )


def _variant_name(branch: Any, index: int) -> str:
    for prop in ((branch or {}).get("properties") or {}).values():
        if isinstance(prop, Mapping) and "const" in prop:
            return str(prop["const"])
    return f"option {index + 1}"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, (list, dict)):
        return "array" if isinstance(value, list) else "object"
    return _kind_of_value(value)


# -- comparison ------------------------------------------------------------------------------------


def _show(values: Any) -> str:
    return ", ".join(json.dumps(v) for v in values)


def compare_nodes(old: Node, new: Node, path: str, direction: Direction) -> Iterator[Finding]:
    """Every difference between `old` and `new` at `path` and below."""
    yield from _compare_types(old, new, path)
    yield from _compare_enum(old, new, path)
    for key, label in (("format", "format"), ("pattern", "pattern")):
        before, after = getattr(old, key), getattr(new, key)
        if before != after:
            narrows = None if before and after else after is not None
            yield Finding(
                key, path, narrows, f"{label} {before or 'none'} → {after or 'none'}", before, after
            )
    yield from _compare_bounds(old, new, path)
    if direction == "request":
        yield from _compare_request_only(old, new, path)
    if old.description != new.description:
        yield Finding("description", path, None, "description changed", docs_only=True)
    if old.items and new.items:
        yield from compare_nodes(old.items, new.items, f"{path}[]", direction)
    if old.properties is not None or new.properties is not None:
        yield from compare_properties(old, new, path, direction)
    for name in dict.fromkeys([*old.variants, *new.variants]):
        here = f"{path} ({name})"
        if name not in new.variants:
            yield Finding("variant-removed", here, True, f"no longer allows {name}")
        elif name not in old.variants:
            yield Finding("variant-added", here, False, f"now allows {name}")
        else:
            yield from compare_nodes(old.variants[name], new.variants[name], here, direction)


def _compare_types(old: Node, new: Node, path: str) -> Iterator[Finding]:
    if old.types == new.types:
        return
    before, after = old.types or frozenset(), new.types or frozenset()
    if before - {"null"} == after - {"null"} and old.types and new.types:
        gained = "null" in after
        message = "may now be null" if gained else "may no longer be null"
        yield Finding("nullable", path, not gained, message, "null" in before, gained)
        return
    show = " | ".join(sorted(before)) or "any", " | ".join(sorted(after)) or "any"
    if new.types is None:
        narrows: bool | None = False
    elif old.types is None:
        narrows = True
    else:
        narrows = False if after > before else True if after < before else None
    yield Finding("type", path, narrows, f"type {show[0]} → {show[1]}", show[0], show[1])


def _compare_enum(old: Node, new: Node, path: str) -> Iterator[Finding]:
    if old.enum == new.enum or _values(old.enum) == _values(new.enum):
        return
    before = [v for v in old.enum or () if v is not None]
    after = [v for v in new.enum or () if v is not None]
    if old.enum is None:
        yield Finding("enum", path, True, f"now limited to {_show(after)}", None, after)
    elif new.enum is None:
        yield Finding("enum", path, False, "no longer limited to a list of values", before, None)
    else:
        removed = [v for v in before if v not in after]
        added = [v for v in after if v not in before]
        if not removed and not added:
            return  # only null moved, which the type comparison reports
        parts = [f"values {_show(removed)} removed" if removed else ""]
        parts.append(f"values {_show(added)} added" if added else "")
        narrows = None if removed and added else bool(removed)
        yield Finding("enum", path, narrows, "; ".join(p for p in parts if p), before, after)


def _compare_bounds(old: Node, new: Node, path: str) -> Iterator[Finding]:
    for key in (*_LOWER, *_UPPER):
        before, after = old.bounds.get(key), new.bounds.get(key)
        if before == after:
            continue
        if before is None or after is None:
            narrows = after is not None
        else:
            narrows = after > before if key in _LOWER else after < before
        shown = ["none" if value is None else str(value) for value in (before, after)]
        yield Finding("bound", path, narrows, f"{key} {shown[0]} → {shown[1]}", before, after)


def _compare_request_only(old: Node, new: Node, path: str) -> Iterator[Finding]:
    if (old.has_default, old.default) != (new.has_default, new.default):
        if old.has_default and new.has_default:
            message = f"default {json.dumps(old.default)} → {json.dumps(new.default)}"
            yield Finding("default", path, None, message, old.default, new.default)
        else:
            message = "default added" if new.has_default else "default removed"
            yield Finding("default", path, None, message, docs_only=True)
    lost, won = old.also_accepted - new.also_accepted, new.also_accepted - old.also_accepted
    if lost:
        yield Finding("also-accepted", path, True, f"no longer accepts {', '.join(sorted(lost))}")
    if won:
        yield Finding("also-accepted", path, False, f"also accepts {', '.join(sorted(won))}")
    if old.closed != new.closed:
        message = "no longer accepts other members" if new.closed else "accepts other members"
        yield Finding("closed", path, new.closed, message)


def renames(old: Mapping[str, Node], new: Mapping[str, Node]) -> dict[str, str]:
    """Old name -> new name for members that disappeared while exactly one member with the
    same signature appeared (and no other disappeared member shares it)."""
    removed = [n for n in old if n not in new]
    added = [n for n in new if n not in old]
    found = {}
    for name in removed:
        signature = old[name].signature()
        twins = [a for a in added if new[a].signature() == signature]
        rivals = [r for r in removed if old[r].signature() == signature]
        if len(twins) == 1 and len(rivals) == 1:
            found[name] = twins[0]
    return found


def compare_properties(old: Node, new: Node, path: str, direction: Direction) -> Iterator[Finding]:
    before, after = old.properties or {}, new.properties or {}
    prefix = f"{path}." if path else ""
    renamed = renames(before, after)
    for name, new_name in renamed.items():
        message = f"renamed to {new_name}"
        yield Finding("property-renamed", prefix + name, None, message, name, new_name)
    for name in before:
        if name not in after and name not in renamed:
            yield Finding("property-removed", prefix + name, True, "removed", name)
    for name in after:
        if name in before or name in renamed.values():
            continue
        required = name in new.required
        message = "added, required" if required else "added"
        yield Finding("property-added", prefix + name, required, message, None, name)
    for name in (n for n in before if n in after):
        was, now = name in old.required, name in new.required
        if was != now:
            message = "now required" if now else "no longer required"
            yield Finding("property-required", prefix + name, now, message, was, now)
        yield from compare_nodes(before[name], after[name], prefix + name, direction)
