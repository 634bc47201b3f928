"""Hypothesis strategies built from the intermediate model of the spec.

Reusable by every suite that talks to the API (client, sandbox):

- `parameter_values(p)`: valid values of one parameter (Python values: datetimes, lists, ...);
- `valid_arguments(op)`: a valid call, keyed by parameter name, every `x-rules` rule kept;
- `invalid_arguments(op)`: a call with exactly one broken constraint or rule, and what broke;
- `batch_operations(op)`: a valid `operations` list for a batch endpoint;
- `from_schema(schema)`: JSON documents valid against a resolved JSON Schema (answers), with
  unknown members added where the schema is open.
"""

from __future__ import annotations

import json
import math
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from typing import Any

from hypothesis import strategies as st

from adsapi import rules as rules_module
from adsapi.rules import Rule
from adsapi.spec.model import NO_DEFAULT, ApiSpec, Operation, Parameter, ValueShape

# A few offsets, UTC included: the client must send every instant in UTC.
TIMEZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=-8)), timezone(timedelta(hours=5, minutes=30))]
)
MAX_LIST = 4  # list sizes stay small (the bounds are tested explicitly)

# Text that exercises the wire encoding: reserved characters, spaces, non-ASCII.
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(string.ascii_letters + string.digits + " :/?#&=+%,;~*'\"é€中")),
        st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
    )
)


@cache
def _regex(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True)


def _string(shape: ValueShape, no_comma: bool) -> st.SearchStrategy[str]:
    c = shape.constraints
    low, high = c.min_length or 0, c.max_length
    if c.pattern is not None:
        values = _regex(c.pattern)
    else:
        values = TEXT
        if high is not None or low:
            values = st.text(
                alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                min_size=low,
                max_size=min(high, low + 20) if high is not None else low + 20,
            )
    values = values.filter(lambda s: low <= len(s) and (high is None or len(s) <= high))
    return values.filter(lambda s: "," not in s) if no_comma else values


def value_strategy(shape: ValueShape, no_comma: bool = False) -> st.SearchStrategy[Any]:
    """Valid non-null values of `shape`."""
    c = shape.constraints
    if c.enum is not None:
        return st.sampled_from([v for v in c.enum if v is not None])
    if shape.kind == "string":
        return _string(shape, no_comma)
    if shape.kind == "integer":
        low = c.minimum if c.minimum is not None else -(2**31)
        high = c.maximum if c.maximum is not None else 2**31
        if c.exclusive_minimum is not None:
            low = max(low, math.floor(c.exclusive_minimum) + 1)
        if c.exclusive_maximum is not None:
            high = min(high, math.ceil(c.exclusive_maximum) - 1)
        return st.integers(int(low), int(high))
    if shape.kind == "number":
        return st.floats(c.minimum, c.maximum, allow_nan=False, allow_infinity=False)
    if shape.kind == "boolean":
        return st.booleans()
    if shape.kind == "datetime":
        return st.datetimes(
            min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=TIMEZONES
        )
    if shape.kind == "array":
        assert shape.items is not None
        low = c.min_items or 0
        high = min(c.max_items if c.max_items is not None else MAX_LIST, low + MAX_LIST)
        return st.lists(
            value_strategy(shape.items, no_comma=True),
            min_size=low,
            max_size=high,
            unique=c.unique_items,
        )
    if shape.kind == "object":
        return st.dictionaries(st.text(max_size=5), st.integers(), max_size=3)
    return st.none() | st.integers() | TEXT


def parameter_values(parameter: Parameter) -> st.SearchStrategy[Any]:
    """Valid values of a parameter, `None` included where it clears the attribute."""
    shape = parameter.shape
    if "object" in (shape.kind, shape.items.kind if shape.items else None):
        # Objects (a JSON body's members): their own schema says what they hold.
        return from_schema(parameter.schema, open_objects=False)
    values = value_strategy(parameter.shape, no_comma=parameter.is_list)
    if not parameter.shape.nullable:
        return values
    if parameter.location in ("query", "form"):
        # An empty value is how null is written in a query or form: "" cannot be sent.
        values = values.filter(lambda v: v != "")
    return st.none() | values


def keep_rules(
    rules: tuple[Rule, ...],
    parameters: Mapping[str, Parameter],
    given: dict[str, Any],
    complete: bool = True,
) -> dict[str, Any]:
    """`given` changed as little as needed for every rule to hold (each rule kind's own
    `repair`; defaults count as known values, and on a create, `complete`, what is left out
    is known to be unset)."""
    known: dict[str, Any] = dict.fromkeys(parameters) if complete else {}
    known.update((name, p.default) for name, p in parameters.items() if p.default is not NO_DEFAULT)
    return rules_module.keep_rules(rules, known, given)


def arguments(
    parameters: tuple[Parameter, ...], rules: tuple[Rule, ...], changes: bool = False
) -> st.SearchStrategy[dict[str, Any]]:
    """Valid values for `parameters` (required ones always, others sometimes), rules kept.
    With `changes` (a partial update), at least one optional parameter is given: an update
    of nothing is refused by the client."""
    by_name = {p.name: p for p in parameters}
    required = {p.name: parameter_values(p) for p in parameters if p.required}
    optional = {p.name: parameter_values(p) for p in parameters if not p.required}

    def given(chosen: str | None) -> st.SearchStrategy[dict[str, Any]]:
        always = dict(required)
        if chosen is not None:
            always[chosen] = optional[chosen]
        rest = {name: values for name, values in optional.items() if name != chosen}
        kept = st.fixed_dictionaries(always, optional=rest).map(
            lambda values: keep_rules(rules, by_name, values, complete=not changes)
        )
        # A rule may take the chosen change away (one that needs what the call cannot know).
        if chosen is None:
            return kept
        return kept.filter(lambda values: any(n in optional for n in values))

    if changes and optional:
        return st.sampled_from(sorted(optional)).flatmap(given)
    return given(None)


def call_parameters(operation: Operation) -> tuple[Parameter, ...]:
    return tuple(p for p in operation.parameters if not p.read_only)


_BUILT: dict[tuple[str, int], tuple[Operation, st.SearchStrategy[Any]]] = {}


def _memo(kind: str, operation: Operation, build: Any) -> Any:
    """Strategies are built once per operation: building them is what costs most. Keyed by the
    operation object, not its pointer: each API version's model has its own `listCampaigns`
    at the same place (the entry keeps the operation alive, so its id is not reused)."""
    key = (kind, id(operation))
    if key not in _BUILT:
        _BUILT[key] = (operation, build())
    return _BUILT[key][1]


def valid_arguments(operation: Operation) -> st.SearchStrategy[dict[str, Any]]:
    """A valid call: spec parameter name -> value (path parameters included)."""
    return _memo(
        "valid",
        operation,
        lambda: arguments(call_parameters(operation), operation.rules, operation.partial_update),
    )


def batch_operations(spec: ApiSpec, operation: Operation) -> st.SearchStrategy[list[Any]]:
    """A valid `operations` list of a batch endpoint."""
    return _memo("batch", operation, lambda: _batch_operations(spec, operation))


def _batch_operations(spec: ApiSpec, operation: Operation) -> st.SearchStrategy[list[Any]]:
    batch = operation.batch
    assert batch is not None
    items = st.one_of(
        [
            arguments(
                parameters,
                spec.operation(batch.operations[op_type]).rules,
                spec.operation(batch.operations[op_type]).partial_update,
            ).map(lambda params, op_type=op_type: {"operation_type": op_type, "params": params})
            for op_type, parameters in batch.item_parameters.items()
        ]
    )
    return st.lists(items, min_size=1, max_size=min(batch.max_items, 5))


# -- invalid calls -------------------------------------------------------------------------


@dataclass(frozen=True)
class Invalid:
    """A call with one broken constraint: the arguments, the culprit and the rule it breaks."""

    arguments: dict[str, Any]
    parameter: str
    rule: str


def _breakages(parameter: Parameter) -> list[tuple[str, st.SearchStrategy[Any]]]:
    """(rule, bad values) for one parameter."""
    shape, c = parameter.shape, parameter.shape.constraints
    wrong_type = {
        "string": st.integers(),
        "integer": st.text(max_size=3) | st.booleans() | st.floats(allow_nan=False),
        "number": st.text(max_size=3) | st.booleans(),
        "boolean": st.sampled_from(["true", "false", 0, 1]),
        "datetime": st.sampled_from(["2020-01-01T00:00:00Z", 1577836800]),
        "array": st.text(min_size=1, max_size=3),
    }
    out: list[tuple[str, st.SearchStrategy[Any]]] = []
    # An empty value is how a nullable query or form value is cleared on the wire: "" breaks
    # such a parameter only as `empty`, never as a length or a pattern.
    clears = shape.kind == "string" and shape.nullable and parameter.location in ("query", "form")
    if shape.kind in wrong_type:
        out.append(("type", wrong_type[shape.kind]))
    if not shape.nullable:
        out.append(("nullable", st.none()))
    if c.enum is not None and shape.kind == "string":
        out.append(("enum", st.text(max_size=8).filter(lambda v: v not in c.enum)))
    if c.minimum is not None:
        out.append(("minimum", st.integers(int(c.minimum) - 1000, int(c.minimum) - 1)))
    if c.maximum is not None and c.maximum < 2**62:
        out.append(("maximum", st.integers(int(c.maximum) + 1, int(c.maximum) + 1000)))
    # An empty value of a nullable query or form string is its null on the wire ("empty" below):
    # too short means one character or more, there.
    shortest = 1 if shape.nullable and parameter.location in ("query", "form") else 0
    if c.min_length and c.min_length - 1 >= shortest:
        out.append(("minLength", st.text(min_size=shortest, max_size=c.min_length - 1)))
    if c.max_length is not None:
        out.append(("maxLength", st.text(min_size=c.max_length + 1, max_size=c.max_length + 5)))
    if shape.kind == "string" and shape.nullable and parameter.location in ("query", "form"):
        out.append(("empty", st.just("")))
    if c.pattern is not None:
        pattern = re.compile(c.pattern)
        bad = st.text(max_size=15).filter(lambda v: not pattern.search(v) and (v or not clears))
        out.append(("pattern", bad))
    if shape.kind == "datetime":
        out.append(("timezone", st.datetimes(min_value=datetime(2000, 1, 1))))
    if shape.kind == "array" and shape.items is not None:
        item = value_strategy(shape.items, no_comma=True)
        if c.max_items is not None:
            size = c.max_items + 1
            out.append(("maxItems", st.lists(item, min_size=size, max_size=size)))
        # An empty list of a nullable query or form value is written as null is: no breakage.
        if c.min_items and not (shape.nullable and parameter.location in ("query", "form")):
            out.append(("minItems", st.just([])))
    return out


def _asking(parameter: Parameter) -> st.SearchStrategy[Any]:
    """Values that ask for something (adsapi.rules): a flag set to false and a null ask for
    nothing, so a flag asks with true and anything else with a value."""
    if parameter.shape.kind == "boolean":
        return st.just(True)
    return value_strategy(parameter.shape, no_comma=parameter.is_list)


class _Space:
    """The values of one operation's parameters, as the rule kinds' `breakages` ask for them
    (adsapi.rules.ValueSpace)."""

    st = st

    def __init__(self, parameters: Mapping[str, Parameter]) -> None:
        self.parameters = parameters

    def non_null(self, name: str) -> st.SearchStrategy[Any]:
        parameter = self.parameters[name]
        return value_strategy(parameter.shape, no_comma=parameter.is_list)

    def asking(self, name: str) -> st.SearchStrategy[Any]:
        return _asking(self.parameters[name])

    def enum(self, name: str) -> tuple[Any, ...] | None:
        if name not in self.parameters:  # an attribute of a referenced entity
            return None
        return self.parameters[name].shape.constraints.enum

    def maximum(self, name: str) -> float | None:
        return self.parameters[name].shape.constraints.maximum

    def is_list(self, name: str) -> bool:
        return self.parameters[name].shape.kind == "array"

    def nullable(self, name: str) -> bool:
        return self.parameters[name].shape.nullable

    @property
    def required(self) -> frozenset[str]:
        return frozenset(name for name, p in self.parameters.items() if p.required)


def _rule_breakages(
    operation: Operation, valid: dict[str, Any], by_name: Mapping[str, Parameter]
) -> list[tuple[str, str, st.SearchStrategy[dict[str, Any]]]]:
    space = _Space(by_name)
    return [
        (culprit, rule.kind, calls)
        for rule in operation.rules
        for culprit, calls in rule.breakages(valid, space)
    ]


@st.composite
def invalid_arguments(
    draw: st.DrawFn, operation: Operation, kinds: frozenset[str] | None = None
) -> Invalid:
    """A call that breaks exactly one constraint or rule of the spec (with `kinds`: one rule
    of those kinds)."""
    parameters = call_parameters(operation)
    by_name = {p.name: p for p in parameters}
    valid = draw(valid_arguments(operation))
    choices: list[tuple[str, str, st.SearchStrategy[dict[str, Any]]]] = []
    for parameter in parameters:
        for rule, bad in _breakages(parameter):
            choices.append(
                (parameter.name, rule, bad.map(lambda v, n=parameter.name: {**valid, n: v}))
            )
    choices += _rule_breakages(operation, valid, by_name)
    if kinds is not None:
        choices = [choice for choice in choices if choice[1] in kinds]
    if not choices:
        raise AssertionError(f"{operation.operation_id} has nothing to break")
    name, rule, strategy = draw(st.sampled_from(choices))
    return Invalid(draw(strategy), name, rule)


# -- answers -------------------------------------------------------------------------------

EXTRA_KEYS = st.sampled_from(["x_new_attribute", "added_in_v13", "extra"])


def _merge(schemas: list[Mapping[str, Any]]) -> dict[str, Any]:
    """One schema holding every constraint of `schemas` (allOf), merged member by member."""
    merged: dict[str, Any] = {}
    for schema in schemas:
        for key, value in schema.items():
            if key == "allOf":
                merged = _merge([merged, *value])
            elif key == "properties" and "properties" in merged:
                properties = dict(merged["properties"])
                for name, sub in value.items():
                    properties[name] = (
                        _merge([properties[name], sub]) if name in properties else sub
                    )
                merged["properties"] = properties
            elif key == "items" and "items" in merged:
                merged["items"] = _merge([merged["items"], value])
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", ()), *value})
            elif key == "$ref":
                continue
            else:
                merged[key] = value
    return merged


def _as_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def from_schema(schema: Mapping[str, Any], open_objects: bool = True) -> st.SearchStrategy[Any]:
    """JSON values valid against `schema` (resolved; the subset of JSON Schema the spec uses)."""
    if "allOf" in schema:
        return from_schema(_merge([schema]), open_objects)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            rest = {k: v for k, v in schema.items() if k != key}
            return st.one_of(
                [from_schema(_merge([rest, branch]), open_objects) for branch in schema[key]]
            )
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return st.one_of([from_schema({**schema, "type": k}, open_objects) for k in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "integer":
        return st.integers(schema.get("minimum", -(2**40)), schema.get("maximum", 2**40))
    if kinds == "number":
        return st.floats(
            schema.get("minimum"),
            schema.get("maximum"),
            allow_nan=False,
            allow_infinity=False,
        )
    if kinds == "string":
        if schema.get("format") == "date-time":  # answers' times: UTC with a Z
            text = st.datetimes(timezones=st.just(UTC)).map(
                lambda d: d.isoformat().replace("+00:00", "Z")
            )
        elif schema.get("format") == "uri":  # absolute, in the form a URL parser keeps as is
            text = st.from_regex(r"\Ahttps://[a-z]{1,8}\.example/[a-z0-9]{1,8}(\.json\.gz)?\Z")
        elif "pattern" in schema:
            text = _regex(schema["pattern"])
        else:
            text = TEXT
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        return text.filter(lambda s: low <= len(s) and (high is None or len(s) <= high))
    if kinds == "array":
        low = schema.get("minItems", 0)
        return st.lists(
            from_schema(schema.get("items", {}), open_objects),
            min_size=low,
            max_size=max(low, min(schema.get("maxItems", 3), 3)),
            # JSON Schema compares items as JSON values.
            unique_by=_as_json if schema.get("uniqueItems") else None,
        )
    if kinds == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", ()))
        members = st.fixed_dictionaries(
            {k: from_schema(v, open_objects) for k, v in properties.items() if k in required},
            optional={
                k: from_schema(v, open_objects) for k, v in properties.items() if k not in required
            },
        )
        if open_objects and schema.get("additionalProperties") is True:
            extra = st.dictionaries(
                EXTRA_KEYS.filter(lambda k: k not in properties), st.integers() | TEXT, max_size=2
            )
            members = st.tuples(members, extra).map(lambda pair: {**pair[1], **pair[0]})
        return members
    return st.none() | st.integers() | TEXT
