"""Decode parameter values as they travel (strings of a query string or form body, or JSON values)
into typed values, noting every departure from the spec's canonical wire format.

Canonical forms (README, "Conventions"): booleans `true`/`false`, a list as one comma-separated
value, times in RFC 3339, `null` as an empty value. What real clients send instead and the real
API still takes is decoded too, with a `Deviation` naming the rule it bent.
"""

from __future__ import annotations

import re
from typing import Any

from adsapi.sandbox.errors import Deviation, Problem, invalid
from adsapi.sandbox.times import TimeFormatError, parse_time
from adsapi.spec.model import Parameter, ValueShape

_INTEGER = re.compile(r"-?[0-9]+$")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$")


class DecodeError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def decode_wire(param: Parameter, raws: list[str], deviations: list[Deviation]) -> Any:
    """The typed value of a parameter sent as one or more strings."""
    shape = param.shape
    name = param.name
    if shape.kind == "array":
        if len(raws) > 1:
            deviations.append(
                Deviation(
                    name,
                    "repeated-key",
                    f"{name} was sent as {len(raws)} repeated keys; the canonical form is one "
                    "comma-separated value",
                )
            )
            parts = [part for raw in raws for part in raw.split(",")]
        elif raws[0] == "" and shape.nullable:
            return None
        else:
            parts = raws[0].split(",") if raws[0] != "" else []
        items = shape.items
        if items is None:
            return parts
        return [_scalar(name, items, part, deviations) for part in parts]
    if len(raws) > 1:
        deviations.append(
            Deviation(
                name,
                "repeated-key",
                f"{name} takes one value but was sent {len(raws)} times; the last one is used",
            )
        )
    raw = raws[-1]
    if raw == "" and shape.nullable:
        return None
    return _scalar(name, shape, raw, deviations)


def _scalar(name: str, shape: ValueShape, raw: str, deviations: list[Deviation]) -> Any:
    kind = shape.kind
    if kind == "string" or kind == "any" or kind == "object":
        return raw
    if kind == "integer":
        if _INTEGER.match(raw):
            return int(raw)
        raise DecodeError(invalid(name, f"{name} must be an integer, got {raw!r}", "type", raw))
    if kind == "number":
        if _NUMBER.match(raw):
            return float(raw)
        raise DecodeError(invalid(name, f"{name} must be a number, got {raw!r}", "type", raw))
    if kind == "boolean":
        if raw == "true":
            return True
        if raw == "false":
            return False
        lowered = raw.lower()
        if lowered in ("true", "false"):
            deviations.append(
                Deviation(
                    name,
                    "boolean-case",
                    f"{name} was sent as {raw!r}; booleans are 'true' or 'false' in lower case",
                )
            )
            return lowered == "true"
        raise DecodeError(invalid(name, f"{name} must be true or false, got {raw!r}", "type", raw))
    if kind == "datetime":
        return decode_time(name, shape, raw, deviations)
    raise DecodeError(invalid(name, f"{name} cannot be read from {raw!r}", "type", raw))


def decode_time(name: str, shape: ValueShape, raw: Any, deviations: list[Deviation]) -> Any:
    """A time as a canonical UTC string (or a LocalDate still to be placed in a time zone)."""
    if not isinstance(raw, str):
        raise DecodeError(invalid(name, f"{name} must be a time string, got {raw!r}", "type", raw))
    try:
        value, form = parse_time(raw)
    except TimeFormatError as exc:
        raise DecodeError(invalid(name, f"{name}: {exc}, got {raw!r}", "format", raw)) from None
    if form != "canonical":
        if form not in shape.also_accepted:
            raise DecodeError(
                invalid(
                    name,
                    f"{name} must be an RFC 3339 time such as 2017-07-05T00:00:00Z, got {raw!r}",
                    "format",
                    raw,
                )
            )
        deviations.append(
            Deviation(
                name,
                form,
                f"{name} was sent as {raw!r} ({form}); the canonical form is RFC 3339, "
                "such as 2017-07-05T00:00:00Z",
            )
        )
    return value


def decode_json(param: Parameter, value: Any, deviations: list[Deviation]) -> Any:
    """A parameter sent as a JSON value: only times need reading; types are the schema's job."""
    shape = param.shape
    if value is None:
        return None
    if shape.kind == "datetime":
        return decode_time(param.name, shape, value, deviations)
    if shape.kind == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)  # JSON's 3.0 is the integer 3; store and answer it as one
    items = shape.items
    if (
        shape.kind == "array"
        and items is not None
        and items.kind == "datetime"
        and isinstance(value, list)
    ):
        return [decode_time(param.name, items, v, deviations) for v in value]
    return value
