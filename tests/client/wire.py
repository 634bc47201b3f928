"""A strict reading of one captured request against the spec: the oracle of the client tests.

It parses what is on the wire with no help from the client: the path against the operation's
template, every query and form pair (no repeated keys, no unknown names, RFC 3986 encoding,
`true`/`false`, comma-joined lists, UTC times), the JSON body, and the OAuth 1.0a signature,
verified with oauthlib's signature functions.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import unquote

import httpx2
from jsonschema import Draft202012Validator
from oauthlib.common import Request as OAuthRequest
from oauthlib.oauth1.rfc5849 import signature, utils

from adsapi.spec.model import ApiSpec, Operation, Parameter, ValueShape

CONSUMER_KEY, CONSUMER_SECRET = "ck-test", "cs-test"
TOKEN, TOKEN_SECRET = "at-test", "ats-test"
CREDENTIALS = {
    "consumer_key": CONSUMER_KEY,
    "consumer_secret": CONSUMER_SECRET,
    "access_token": TOKEN,
    "access_token_secret": TOKEN_SECRET,
}
FORM = "application/x-www-form-urlencoded"
UTC_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
UNRESERVED = re.compile(r"^([A-Za-z0-9\-._~]|%[0-9A-F]{2})*$")


class WireError(AssertionError):
    pass


def _pairs(text: str, where: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    if not text:
        return pairs
    for item in text.split("&"):
        key, sep, value = item.partition("=")
        if not sep:
            raise WireError(f"{where}: {item!r} has no '='")
        for part in (key, value):
            if not UNRESERVED.match(part):
                raise WireError(f"{where}: {part!r} is not RFC 3986 percent-encoded")
        name = unquote(key)
        if name in pairs:
            raise WireError(f"{where}: {name!r} is repeated")
        pairs[name] = unquote(value)
    return pairs


def decode(shape: ValueShape, text: str, name: str) -> Any:
    """A wire text as the value it stands for; raises WireError when it is not canonical."""
    if text == "" and shape.nullable:
        return None
    if shape.kind == "boolean":
        if text not in ("true", "false"):
            raise WireError(f"{name}: boolean sent as {text!r}")
        return text == "true"
    if shape.kind == "integer":
        if not re.fullmatch(r"-?(0|[1-9][0-9]*)", text):
            raise WireError(f"{name}: integer sent as {text!r}")
        return int(text)
    if shape.kind == "number":
        return float(text)
    if shape.kind == "datetime":
        if not UTC_TIME.match(text):
            raise WireError(f"{name}: time not in UTC with a Z: {text!r}")
        return datetime.fromisoformat(text)
    if shape.kind == "array":
        assert shape.items is not None
        return [decode(shape.items, item, name) for item in text.split(",")]
    return text


def _json_form(value: Any) -> Any:
    """A decoded value as JSON data, to validate it with the parameter's schema."""
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return [_json_form(v) for v in value]
    return value


def _validate(schema: Any, value: Any, where: str) -> None:
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [e.message for e in validator.iter_errors(value)]
    if errors:
        raise WireError(f"{where}: {value!r} breaks the spec: {'; '.join(errors)}")


def _parameters(values: dict[str, str], known: dict[str, Parameter], where: str) -> dict[str, Any]:
    decoded = {}
    for name, text in values.items():
        parameter = known.get(name)
        if parameter is None:
            raise WireError(f"{where}: unknown parameter {name!r}")
        value = decode(parameter.shape, text, name)
        _validate(parameter.schema, _json_form(value), f"{where} {name}")
        decoded[name] = value
    return decoded


def verify_oauth(request: httpx2.Request, form: str | None) -> dict[str, str]:
    header = request.headers.get("authorization", "")
    if not header.startswith("OAuth "):
        raise WireError("no OAuth Authorization header")
    params = dict(utils.parse_authorization_header(header))
    expected = {
        "oauth_consumer_key": CONSUMER_KEY,
        "oauth_token": TOKEN,
        "oauth_signature_method": "HMAC-SHA1",
        "oauth_version": "1.0",
    }
    for key, value in expected.items():
        if params.get(key) != value:
            raise WireError(f"OAuth {key} is {params.get(key)!r}, not {value!r}")
    oauth_request = OAuthRequest(
        str(request.url), request.method, form or "", dict(request.headers)
    )
    oauth_request.params = signature.collect_parameters(
        uri_query=request.url.query.decode(), body=form or [], headers=dict(request.headers)
    )
    oauth_request.signature = utils.unescape(params["oauth_signature"])
    if not signature.verify_hmac_sha1(oauth_request, CONSUMER_SECRET, TOKEN_SECRET):
        raise WireError("the OAuth signature does not verify")
    return params


def check_request(
    spec: ApiSpec, operation: Operation, request: httpx2.Request, base_path: str = "/12"
) -> dict[str, Any]:
    """Every parameter the request carries, decoded (the JSON body under `__body__`).

    Raises WireError at the first thing the spec does not allow.
    """
    if request.method != operation.method:
        raise WireError(f"method {request.method}, not {operation.method}")
    path = request.url.path
    if not path.startswith(base_path + "/"):
        raise WireError(f"path {path!r} is not under {base_path}")
    template = re.escape(operation.path)
    template = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", template)
    match = re.fullmatch(template, path[len(base_path) :])
    if match is None:
        raise WireError(f"path {path!r} does not match {operation.path}")
    decoded: dict[str, Any] = {}
    by_location = {
        location: {p.name: p for p in operation.parameters if p.location == location}
        for location in ("path", "query", "form")
    }
    raw_path = request.url.raw_path.decode().split("?")[0]
    for name, value in match.groupdict().items():
        _validate(by_location["path"][name].schema, unquote(value), f"path {name}")
        decoded[name] = unquote(value)
    if "+" in raw_path:
        raise WireError("'+' in the path")
    decoded.update(
        _parameters(_pairs(request.url.query.decode(), "query"), by_location["query"], "query")
    )
    content_type = request.headers.get("content-type")
    body = request.content
    form = None
    if operation.has_form_body and body:
        if content_type != FORM:
            raise WireError(f"form parameters sent as {content_type}")
        form = body.decode("ascii")
        decoded.update(_parameters(_pairs(form, "form"), by_location["form"], "form"))
    elif operation.has_json_parameters:
        if content_type != "application/json":
            raise WireError(f"JSON body parameters sent as {content_type}")
        document = json.loads(body)
        if not isinstance(document, dict):
            raise WireError(f"the JSON body of {operation.operation_id} is not an object")
        members = {p.name: p for p in operation.parameters if p.location == "body"}
        for name, value in document.items():
            if name not in members:
                raise WireError(f"{name!r} is not a member of the JSON body")
            _validate(members[name].schema, value, f"body {name}")
            decoded[name] = (
                _json_time(value, name) if members[name].shape.kind == "datetime" else value
            )
    elif operation.body is not None:
        if content_type != "application/json":
            raise WireError(f"JSON body sent as {content_type}")
        document = json.loads(body)
        _validate(operation.body.schema, document, "body")
        decoded["__body__"] = document
    elif body:
        raise WireError(f"{operation.operation_id} takes no body, got {body[:50]!r}")
    missing = [
        p.name
        for p in operation.parameters
        if p.required and p.location != "path" and p.name not in decoded
    ]
    if missing:
        raise WireError(f"required parameters not sent: {missing}")
    verify_oauth(request, form)
    return decoded


def _json_time(value: Any, name: str) -> Any:
    """A time of a JSON body, which travels as the API writes times: RFC 3339 in UTC, `Z`."""
    if not isinstance(value, str) or not value.endswith("Z"):
        raise WireError(f"body {name}: a time is written in UTC with a trailing Z, not {value!r}")
    return datetime.fromisoformat(value[:-1] + "+00:00")
