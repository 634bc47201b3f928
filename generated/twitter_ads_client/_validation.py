"""Client-side validation: the spec's constraints and rules, checked before anything is sent."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from ._exceptions import Problem
from ._operations import Batch, Param
from ._rules import BATCH_ITEMS, Rule
from ._types import NOT_GIVEN, NotGiven

__all__ = ["check_arguments", "check_batch", "check_batch_rules", "check_changes", "check_value"]

_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean (True or False)",
    "datetime": "a timezone-aware datetime",
    "array": "a list",
    "object": "a mapping",
}


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _has_kind(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "datetime":
        return isinstance(value, datetime)
    if kind == "array":
        return isinstance(value, list | tuple)
    if kind == "object":
        return isinstance(value, Mapping)
    return True


def check_value(param: Param, value: Any, where: str) -> list[Problem]:
    """The problems of one value (not NOT_GIVEN) for `param`; `where` names it in messages."""
    if value is None:
        if param.nullable:
            return []
        return [Problem(where, "nullable", "cannot be None (only clearable parameters take None)")]
    if not _has_kind(param.kind, value):
        expected = _TYPE_NAMES.get(param.kind, param.kind)
        return [Problem(where, "type", f"must be {expected}, not {type(value).__name__}")]
    if param.kind == "datetime" and value.utcoffset() is None:
        return [
            Problem(where, "timezone", "must be timezone-aware (a naive datetime is ambiguous)")
        ]
    problems: list[Problem] = []
    if param.enum is not None and value not in param.enum:
        allowed = ", ".join(repr(v) for v in param.enum)
        problems.append(Problem(where, "enum", f"must be one of {allowed}, not {value!r}"))
    if param.kind in ("integer", "number"):
        problems += _check_range(param, value, where)
    if param.kind == "string":
        if not _encodable(value):
            # A lone surrogate (from a bad decode) cannot be written in UTF-8: refused here
            # rather than inside the HTTP library.
            return [Problem(where, "encoding", "holds a lone surrogate, which UTF-8 cannot carry")]
        problems += _check_string(param, value, where)
        if value == "" and param.nullable and param.location in ("query", "form"):
            # On the wire an empty value is how `None` (clear) is written.
            problems.append(
                Problem(where, "empty", "an empty value would clear it: pass None to clear it")
            )
    if param.kind == "array":
        problems += _check_array(param, value, where)
    return problems


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_range(param: Param, value: float, where: str) -> list[Problem]:
    broken: list[tuple[str, str]] = []  # (rule, what it asks)
    if param.minimum is not None and value < param.minimum:
        broken.append(("minimum", f"at least {_number(param.minimum)}"))
    if param.maximum is not None and value > param.maximum:
        broken.append(("maximum", f"at most {_number(param.maximum)}"))
    if param.exclusive_minimum is not None and value <= param.exclusive_minimum:
        broken.append(("exclusiveMinimum", f"more than {_number(param.exclusive_minimum)}"))
    if param.exclusive_maximum is not None and value >= param.exclusive_maximum:
        broken.append(("exclusiveMaximum", f"less than {_number(param.exclusive_maximum)}"))
    return [Problem(where, rule, f"must be {asked}, not {value}") for rule, asked in broken]


def _number(bound: float) -> str:
    return str(int(bound)) if float(bound).is_integer() else str(bound)


def _check_string(param: Param, value: str, where: str) -> list[Problem]:
    problems = []
    if param.min_length is not None and len(value) < param.min_length:
        problems.append(
            Problem(where, "minLength", f"must have at least {param.min_length} character(s)")
        )
    if param.max_length is not None and len(value) > param.max_length:
        problems.append(
            Problem(
                where,
                "maxLength",
                f"must have at most {param.max_length} characters, not {len(value)}",
            )
        )
    if param.pattern is not None and not _compiled(param.pattern).search(value):
        problems.append(Problem(where, "pattern", f"must match {param.pattern}, not {value!r}"))
    return problems


def _check_array(param: Param, value: Sequence[Any], where: str) -> list[Problem]:
    problems = []
    if param.min_items is not None and len(value) < param.min_items:
        problems.append(Problem(where, "minItems", f"must have at least {param.min_items} items"))
    if param.max_items is not None and len(value) > param.max_items:
        problems.append(
            Problem(
                where, "maxItems", f"must have at most {param.max_items} items, not {len(value)}"
            )
        )
    if param.unique_items and len({repr(v) for v in value}) != len(value):
        problems.append(Problem(where, "uniqueItems", "must not repeat an item"))
    if param.items is not None:
        for index, item in enumerate(value):
            item_where = f"{where}[{index}]"
            if item is None:
                problems.append(Problem(item_where, "type", "items cannot be None"))
                continue
            problems += check_value(param.items, item, item_where)
            if param.comma_joined and isinstance(item, str) and "," in item:
                problems.append(
                    Problem(item_where, "comma", "cannot contain ',' (items are comma-joined)")
                )
    return problems


def check_arguments(
    params: Sequence[Param],
    rules: Sequence[Rule],
    given: Mapping[str, Any],
    prefix: str = "",
    complete: bool = False,
) -> list[Problem]:
    """The problems of a call's arguments: `given` maps each parameter name to its value
    (NOT_GIVEN when left out). Names not in `params` are reported as unknown. `complete`: the
    call says everything there is (anything but a partial update), so a parameter left out and
    without a default is known to be unset."""
    problems: list[Problem] = []
    known = {p.name for p in params}
    for name in given:
        if name not in known:
            problems.append(
                Problem(prefix + str(name), "unknown", "is not a parameter of this call")
            )
    for param in params:
        value = given.get(param.name, NOT_GIVEN)
        if isinstance(value, NotGiven):
            if param.required:
                problems.append(Problem(prefix + param.name, "required", "is required"))
            continue
        problems += check_value(param, value, prefix + param.name)
    if not problems:
        problems += _check_rules(params, rules, given, prefix, complete)
    return problems


def _check_rules(
    params: Sequence[Param],
    rules: Sequence[Rule],
    given: Mapping[str, Any],
    prefix: str,
    complete: bool,
) -> list[Problem]:
    """The spec's `x-rules`, judged by the same code as the sandbox's (`_rules`). The client
    knows what it sends and the spec's defaults (what has none is null, as the server sees it);
    on an update it does not know the entity's other values, and a rule that depends on them is
    left to the server."""
    sent = [name for name, value in given.items() if not isinstance(value, NotGiven)]
    known: dict[str, Any] = dict.fromkeys(p.name for p in params) if complete else {}
    known.update((p.name, p.default) for p in params if not isinstance(p.default, NotGiven))
    known.update((name, given[name]) for name in sent)
    problems = []
    for rule in rules:
        found = rule.check(sent, known)
        if found is not None and found.code is not None:
            problems.append(
                Problem(prefix + found.parameter, found.rule, found.message, found.code)
            )
    return problems


def check_batch(batch: Batch, operations: Any, name: str) -> list[Problem]:
    """The problems of a batch's list of `{"operation_type": ..., "params": {...}}` items."""
    if not isinstance(operations, list | tuple):
        return [Problem(name, "type", f"must be a list, not {type(operations).__name__}")]
    if not 1 <= len(operations) <= batch.max_items:
        return [
            Problem(
                name,
                "maxItems" if operations else "minItems",
                f"must hold 1 to {batch.max_items} operations, not {len(operations)}",
            )
        ]
    problems: list[Problem] = []
    types = ", ".join(repr(t) for t in batch.params)
    for index, item in enumerate(operations):
        where = f"{name}[{index}]"
        if not isinstance(item, Mapping):
            problems.append(
                Problem(where, "type", "must be a mapping with operation_type and params")
            )
            continue
        extra = sorted(set(item) - {"operation_type", "params"})
        if extra:
            problems.append(
                Problem(f"{where}.{extra[0]}", "unknown", "is not a member of a batch item")
            )
        op_type = item.get("operation_type")
        if not isinstance(op_type, str) or op_type not in batch.params:
            problems.append(
                Problem(
                    f"{where}.operation_type", "enum", f"must be one of {types}, not {op_type!r}"
                )
            )
            continue
        params = item.get("params")
        if not isinstance(params, Mapping):
            problems.append(Problem(f"{where}.params", "type", "must be a mapping"))
            continue
        problems += check_arguments(
            batch.params[op_type],
            batch.rules[op_type],
            params,
            prefix=f"{where}.params.",
            complete=not batch.operations[op_type].partial_update,
        )
        if batch.operations[op_type].partial_update:
            problems += check_changes(params, batch.identifiers[op_type], f"{where}.params")
    return problems


def check_batch_rules(rules: Sequence[Rule], operations: Sequence[Any]) -> list[Problem]:
    """A batch operation's own rules (limits over its items), judged on the items, each a
    `{"operation_type": ..., "params": {...}}` as the API spells it, by the same code as the
    sandbox's."""
    known = {BATCH_ITEMS: list(operations)}
    problems = []
    for rule in rules:
        found = rule.check([BATCH_ITEMS], known)
        if found is not None and found.code is not None:
            problems.append(Problem(found.parameter, found.rule, found.message, found.code))
    return problems


def check_changes(
    given: Mapping[str, Any], identifiers: Collection[str], where: str
) -> list[Problem]:
    """A partial update changes only what it is given: one given nothing but the entity's
    identifiers would change nothing, which is never what the caller meant."""
    if any(
        name not in identifiers and not isinstance(value, NotGiven) for name, value in given.items()
    ):
        return []
    return [Problem(where, "nothing-to-change", "an update needs at least one attribute to change")]
