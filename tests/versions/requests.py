"""Check an example request of the documentation against one version of the spec.

Small on purpose: it turns the values of a query string into the JSON types the spec declares
(booleans, integers, comma-separated lists, bare dates where `x-also-accepted` allows them) and
validates each against its parameter schema. It is a test helper for the seeds' examples, not
the sandbox's validator.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from jsonschema import Draft202012Validator

from adsapi.spec import ApiSpec
from adsapi.spec.model import Operation, Parameter

_FORMATS = Draft202012Validator.FORMAT_CHECKER
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def find_operation(spec: ApiSpec, method: str, path: str) -> tuple[Operation, dict[str, str]]:
    """The operation of `method` on a concrete path (no version prefix), with its path values."""
    for op in spec.operations.values():
        pattern = re.sub(r"\\\{([a-z_]+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
        match = re.fullmatch(pattern, path)
        if op.method == method and match:
            return op, match.groupdict()
    raise LookupError(f"version {spec.version} has no {method} {path}")


def wire_value(param: Parameter, raw: str) -> Any:
    """The JSON value a wire string stands for, by the parameter's shape."""
    return _coerce(param.shape, raw)


def _coerce(shape: Any, raw: str) -> Any:
    if shape.kind == "array" and shape.items is not None:
        return [_coerce(shape.items, part) for part in raw.split(",")]
    if shape.kind == "boolean":
        return {"true": True, "false": False}.get(raw, raw)
    if shape.kind in ("integer", "number"):
        try:
            return int(raw) if shape.kind == "integer" else float(raw)
        except ValueError:
            return raw
    if raw == "" and shape.nullable:
        return None
    return lenient_time(shape, raw)


def lenient_time(shape: Any, value: Any) -> Any:
    """A bare date where the schema accepts one (`x-also-accepted: date`), as its midnight."""
    if isinstance(value, str) and _DATE.match(value) and "date" in shape.also_accepted:
        return value + "T00:00:00Z"
    return value


def request_problems(spec: ApiSpec, line: str, body: Any = None) -> list[str]:
    """What the spec of `spec.version` refuses in a documentation request line such as
    `PUT https://ads-api.twitter.com/4/accounts/18ce54d4x5t?account_name=x`."""
    method, url = line.split()[0], line[line.index("https://") :]
    parts = urlsplit(url)
    path = "/" + parts.path.strip("/").split("/", 1)[1]  # without the version segment
    op, values = find_operation(spec, method, path)
    values.update(parse_qsl(parts.query, keep_blank_values=True))
    problems = []
    for name, raw in values.items():
        param = op.parameter(name)
        if param is None:
            problems.append(f"{op.operation_id} takes no parameter {name!r}")
            continue
        value = wire_value(param, raw)
        validator = Draft202012Validator(param.schema, format_checker=_FORMATS)
        problems += [f"{name}: {e.message}" for e in validator.iter_errors(value)]
    problems += [
        f"{op.operation_id} requires {p.name!r}"
        for p in op.parameters
        if p.required and p.name not in values
    ]
    if body is not None:
        problems += _body_problems(op, body)
    return problems


def _body_problems(op: Operation, body: Any) -> list[str]:
    if op.body is None:
        return [f"{op.operation_id} takes no JSON body"]
    if op.batch is not None:
        for item in body:
            properties = op.batch.params_schemas.get(item.get("operation_type"), {})
            for name, value in list(item.get("params", {}).items()):
                prop = (properties.get("properties") or {}).get(name)
                if prop is not None:
                    also = tuple(prop.get("x-also-accepted", ()))
                    item["params"][name] = lenient_time(_Accepts(also), value)
    validator = Draft202012Validator(op.body.schema, format_checker=_FORMATS)
    return [
        f"body {list(e.absolute_path)}: {e.message}" for e in _leaves(validator.iter_errors(body))
    ]


def _leaves(errors: Any) -> list[Any]:
    """The innermost errors: a failed `oneOf` says little, its branches' errors say what."""
    found = []
    for error in errors:
        found.extend(_leaves(error.context) if error.context else [error])
    return found


class _Accepts:
    def __init__(self, also_accepted: tuple[str, ...]) -> None:
        self.also_accepted = also_accepted
