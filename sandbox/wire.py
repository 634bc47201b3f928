"""Decode parameter values as they travel (strings of a query string or form body, or JSON values)
into typed values, noting every departure from the spec's canonical wire format.

Canonical forms (README, "Conventions"): booleans `true`/`false`, a list as one comma-separated
value, times in RFC 3339, `null` as an empty value. What real clients send instead and the real
API still takes is decoded too, with a `Deviation` naming the rule it bent.
"""

from __future__ import annotations

import math
import re
from typing import Any

from adsapi.sandbox.errors import Deviation, Problem, invalid
from adsapi.sandbox.times import TimeFormatError, parse_time
from adsapi.spec.model import Parameter, ValueShape

_INTEGER = re.compile(r"-?([0-9]+)\Z")  # ASCII digits: `int()` reads other scripts' too
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?\Z")
# Every integer of the API fits in 64 bits (19 digits). The length is checked before `int()`,
# which refuses more than 4,300 digits with a ValueError nothing above would expect.
INT64_DIGITS = 19


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
        return _integer(name, raw)
    if kind == "number":
        number = float(raw) if _NUMBER.match(raw) else math.nan
        if math.isfinite(number):
            return number
        raise DecodeError(invalid(name, f"{name} must be a number, got {_short(raw)}", "type", raw))
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
        message = f"{name} must be true or false, got {_short(raw)}"
        raise DecodeError(invalid(name, message, "type", raw))
    if kind == "datetime":
        return decode_time(name, shape, raw, deviations)
    raise DecodeError(invalid(name, f"{name} cannot be read from {_short(raw)}", "type", raw))


def _integer(name: str, raw: str) -> int:
    found = _INTEGER.match(raw)
    if found is None:
        message = f"{name} must be an integer, got {_short(raw)}"
        raise DecodeError(invalid(name, message, "type", raw))
    digits = len(found.group(1))
    if digits > INT64_DIGITS:
        raise DecodeError(
            invalid(
                name,
                f"{name} must be a 64-bit integer (at most {INT64_DIGITS} digits), got {digits} "
                "digits",
                "format",
                raw,
            )
        )
    return int(raw)


def _short(raw: Any) -> str:
    """A sent value for a message: quoted, and cut when long (the error's `value` has it all)."""
    text = repr(raw)
    return text if len(text) <= 80 else text[:77] + "..."


def decode_time(name: str, shape: ValueShape, raw: Any, deviations: list[Deviation]) -> Any:
    """A time as a canonical UTC string (or a LocalDate still to be placed in a time zone)."""
    if not isinstance(raw, str):
        message = f"{name} must be a time string, got {_short(raw)}"
        raise DecodeError(invalid(name, message, "type", raw))
    try:
        value, form = parse_time(raw)
    except TimeFormatError as exc:
        message = f"{name}: {exc}, got {_short(raw)}"
        raise DecodeError(invalid(name, message, "format", raw)) from None
    if form != "canonical":
        if form not in shape.also_accepted:
            raise DecodeError(
                invalid(
                    name,
                    f"{name} must be an RFC 3339 time such as 2017-07-05T00:00:00Z, "
                    f"got {_short(raw)}",
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
