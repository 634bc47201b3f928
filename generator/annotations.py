"""Python types and runtime descriptors for the spec's parameters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from adsapi.generator.layout import STRING_WIDTH, lay_out, string_pieces
from adsapi.spec.model import NO_DEFAULT, Parameter, ValueShape

_SCALARS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "datetime": "datetime",
    "object": "Mapping[str, Any]",
    "any": "Any",
}


def value_type(shape: ValueShape) -> str:
    """The Python type of a value of `shape`: enums become Literals, arrays lists."""
    if shape.constraints.enum is not None:
        values = ", ".join(py_literal(v) for v in shape.constraints.enum)
        base = f"Literal[{values}]"
    elif shape.kind == "array":
        base = f"list[{value_type(shape.items) if shape.items else 'Any'}]"
    else:
        base = _SCALARS[shape.kind]
    return f"{base} | None" if shape.nullable else base


def argument_type(parameter: Parameter) -> str:
    """The annotation of a keyword argument: optional ones may also be NOT_GIVEN."""
    base = value_type(parameter.shape)
    if parameter.required:
        return base
    if base.endswith(" | None"):
        return base[: -len(" | None")] + " | NotGiven | None"
    return f"{base} | NotGiven"


def py_literal(value: Any) -> str:
    """Python source for a JSON value (repr of str, int, float, bool, None, lists, dicts)."""
    if isinstance(value, list | tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, str) and len(value) > STRING_WIDTH:
        return "(" + " ".join(string_pieces(value)) + ")"
    if isinstance(value, str):
        return string_pieces(value)[0]
    return repr(value)


def exploded(
    head: str, items: Sequence[str], tail: str, indent: int, room: int, *, tuple_: bool = False
) -> str:
    """`head` + items + `tail` as black lays it out: on one line when that takes at most `room`
    characters, else one item per line with a trailing comma (which makes black keep it so),
    each item itself split as black would (`generator.layout`).

    `indent` is the indentation of the line `head` is on. With `tuple_`, a single item on one
    line keeps the comma that makes it a tuple (`(x,)`, which black leaves as it is).
    """
    # A parenthesised single item is a tuple only with its comma.
    lone = tuple_ or (head == "(" and tail == ")")
    flat = head + ", ".join(items) + ("," if lone and len(items) == 1 else "") + tail
    if len(flat) <= room and "\n" not in flat:
        return flat
    inner = indent + 4
    lines = [item + "," if "\n" in item else lay_out(inner, "", item, ",") for item in items]
    pad = " " * inner
    return head + "\n" + "".join(f"{pad}{line}\n" for line in lines) + " " * indent + tail


def param_descriptor(parameter: Parameter, name: str, comma_joined: bool = False) -> str:
    """Python source of the runtime `Param(...)` for `parameter`, called `name` by callers."""
    return _descriptor(parameter.shape, name, parameter, comma_joined)


def _descriptor(
    shape: ValueShape, name: str, parameter: Parameter | None, comma_joined: bool
) -> str:
    c = shape.constraints
    fields: list[tuple[str, Any]] = [("kind", shape.kind)]
    if parameter is not None:
        fields += [
            ("location", parameter.location),
            ("wire", parameter.name if parameter.name != name else ""),
            ("required", parameter.required),
            ("default", parameter.default),
            ("deprecated", parameter.deprecated),
        ]
    fields += [
        ("nullable", shape.nullable),
        ("enum", c.enum),
        ("minimum", c.minimum),
        ("maximum", c.maximum),
        ("exclusive_minimum", c.exclusive_minimum),
        ("exclusive_maximum", c.exclusive_maximum),
        ("min_length", c.min_length),
        ("max_length", c.max_length),
        ("pattern", c.pattern),
        ("min_items", c.min_items),
        ("max_items", c.max_items),
        ("unique_items", c.unique_items),
        ("comma_joined", comma_joined),
    ]
    # Only what differs from the runtime's defaults, to keep the generated tables short.
    defaults = {"location": "query", "wire": "", "required": False, "deprecated": False}
    args = [py_literal(name)]
    for key, value in fields:
        if key == "kind":
            args.append(py_literal(value))
        elif key == "default":
            if value is not NO_DEFAULT:
                args.append(f"default={py_literal(value)}")
        elif value is not None and value is not False and defaults.get(key) != value:
            args.append(f"{key}={py_literal(value)}")
    if shape.items is not None:
        args.append(f"items={_descriptor(shape.items, '', None, False)}")
    return f"Param({', '.join(args)})"
