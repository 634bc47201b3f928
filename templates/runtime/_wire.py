"""Values on the wire, as the spec writes them: `true`/`false`, comma-joined lists, UTC times
with a trailing `Z`, and an empty value for `None` (clear the attribute)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from ._operations import Param
from ._types import NotGiven

__all__ = ["WireRequest", "encode_raw", "encode_request", "json_value", "text_value"]


def _utc(value: datetime) -> str:
    text = value.astimezone(UTC).replace(tzinfo=None).isoformat()
    return text + "Z"


def text_value(value: Any) -> str:
    """One value as the text of a query or form parameter."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, list | tuple):
        return ",".join(text_value(item) for item in value)
    return str(value)


def json_value(value: Any) -> Any:
    """One value as JSON data (batch bodies): native JSON types, UTC times as strings."""
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    return value


def _segment(value: Any) -> str:
    """A path parameter as one path segment: percent-encoded, and never `.` or `..`, which
    URL normalization would take as a step within the path rather than a value."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def _encode_pairs(pairs: Sequence[tuple[str, str]]) -> str:
    # RFC 3986 percent-encoding (space as %20, never "+"), exactly what OAuth 1.0a signs.
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)


@dataclass(frozen=True, slots=True)
class WireRequest:
    method: str
    path: str  # relative to the versioned base URL, with the path parameters and query string
    form: str | None  # the application/x-www-form-urlencoded body, if the operation takes one
    json: Any  # the JSON body, or None


def _text_pairs(values: Mapping[str, object] | None) -> list[tuple[str, str]]:
    """Parameters given as a mapping, as wire pairs; NOT_GIVEN values are left out."""
    return [
        (str(name), text_value(value))
        for name, value in (values or {}).items()
        if not isinstance(value, NotGiven)
    ]


def _merged(
    pairs: list[tuple[str, str]], extra: Mapping[str, object] | None
) -> list[tuple[str, str]]:
    """`pairs` with the extra ones: an extra parameter replaces one of the same name."""
    added = _text_pairs(extra)
    if not added:
        return pairs
    names = {name for name, _ in added}
    return [pair for pair in pairs if pair[0] not in names] + added


def _with_query(path: str, query: Sequence[tuple[str, str]]) -> str:
    if not query:
        return path
    return path + ("&" if "?" in path else "?") + _encode_pairs(query)


def encode_request(
    method: str,
    path: str,
    params: Sequence[Param],
    given: Mapping[str, Any],
    json_body: Any = None,
    *,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> WireRequest:
    """Put validated arguments where the spec says they go; arguments not given are left out.

    `extra_query` and `extra_body` are sent as given, after the arguments (replacing one of the
    same name): into the query string and into the form body (made if the operation has none).
    The caller decides whether the request may have a form body. An operation whose
    parameters go in a JSON object (location `body`) sends that object, extras included.
    """
    query: list[tuple[str, str]] = []
    form: list[tuple[str, str]] = []
    members: dict[str, Any] = {}  # a JSON object of parameters (location `body`)
    has_form = has_members = False
    for param in params:
        value = given.get(param.name)
        if param.location == "form":
            has_form = True
        if param.location == "body":
            has_members = True
        if isinstance(value, NotGiven) or param.name not in given:
            continue
        if param.location == "body":
            members[param.wire_name] = json_value(value)
        elif param.location == "path":
            path = path.replace("{" + param.wire_name + "}", _segment(value))
        else:
            target = form if param.location == "form" else query
            target.append((param.wire_name, text_value(value)))
    query = _merged(query, extra_query)
    if has_members:
        members.update(
            {
                str(k): json_value(v)
                for k, v in (extra_body or {}).items()
                if not isinstance(v, NotGiven)
            }
        )
        json_body = members
    elif extra_body:
        form, has_form = _merged(form, extra_body), True
    return WireRequest(
        method, _with_query(path, query), _encode_pairs(form) if has_form else None, json_body
    )


def encode_raw(
    method: str,
    path: str,
    params: Mapping[str, object] | None,
    form: Mapping[str, object] | None,
    json_body: Any,
) -> WireRequest:
    """A request the spec does not describe: the path as given (it may hold a query string),
    `params` added to the query, `form` as a form body or `json_body` as JSON."""
    return WireRequest(
        method.upper(),
        _with_query(path, _text_pairs(params)),
        None if form is None else _encode_pairs(_text_pairs(form)),
        None if json_body is None else json_value(json_body),
    )
