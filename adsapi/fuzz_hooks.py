"""schemathesis hooks that let it test any server of the Ads API: OAuth 1.0a and the form wire.

Load it into schemathesis's own command line with `SCHEMATHESIS_HOOKS=adsapi.fuzz_hooks` (what
`adsapi fuzz` does). Importing it registers two things, globally for the process:

- an auth provider that signs every request with OAuth 1.0a (HMAC-SHA1), the way the API
  checks it: the base string covers the method, the URL as sent, its query and, for a form
  body, the form's parameters; a JSON body (batches) is sent as generated and not signed, as
  RFC 5849 says. It signs with oauthlib and only sets the `Authorization` header, so no body
  is dropped on the way (authlib's `OAuth1Auth` empties JSON bodies, see the README).
- a serializer for `application/x-www-form-urlencoded` bodies that writes values as the spec
  does: booleans `true`/`false`, lists as one comma-separated value, `null` as an empty value.
- two checks, `valid_requests_are_accepted` and `deleted_resources_are_gone`, which replace
  schemathesis's `positive_data_acceptance` and `use_after_free` (exclude those two: a correct
  server fails them, see `adsapi.fuzz_checks`), and a hook that feeds them every answer.

Credentials come from the same variables as the generated client's, `TWITTER_CONSUMER_KEY`,
`TWITTER_CONSUMER_SECRET`, `TWITTER_ACCESS_TOKEN` and `TWITTER_ACCESS_TOKEN_SECRET`; those not
set take the sandbox's development credentials (public test values, see the README).
"""

from __future__ import annotations

import os
from functools import cache, partial
from typing import Any
from urllib.parse import quote, urlencode

import requests
import requests.auth
import schemathesis
from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, Client

from adsapi import fuzz_checks
from adsapi.fuzz import BASE_URL_VARIABLE
from adsapi.sandbox.driver import wire_value
from adsapi.sandbox.users import DEFAULT_USER
from adsapi.spec import load_spec

FORM = "application/x-www-form-urlencoded"
# Environment variable -> the development user's value it defaults to.
CREDENTIALS = {
    "TWITTER_CONSUMER_KEY": DEFAULT_USER.consumer_key,
    "TWITTER_CONSUMER_SECRET": DEFAULT_USER.consumer_secret,
    "TWITTER_ACCESS_TOKEN": DEFAULT_USER.access_token,
    "TWITTER_ACCESS_TOKEN_SECRET": DEFAULT_USER.access_token_secret,
}


def credentials() -> dict[str, str]:
    """The four credentials, from the environment or the development user's."""
    return {name: os.environ.get(name) or default for name, default in CREDENTIALS.items()}


def authorization(method: str, url: str, body: str | bytes | None, content_type: str | None) -> str:
    """The `Authorization` header of a request as it goes on the wire."""
    given = credentials()
    client = Client(
        given["TWITTER_CONSUMER_KEY"],
        client_secret=given["TWITTER_CONSUMER_SECRET"],
        resource_owner_key=given["TWITTER_ACCESS_TOKEN"],
        resource_owner_secret=given["TWITTER_ACCESS_TOKEN_SECRET"],
        signature_method=SIGNATURE_HMAC_SHA1,
    )
    form = (content_type or "").split(";")[0].strip().lower() == FORM
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    # Only a form body is part of the signature; oauthlib refuses any other body, and any body
    # on a GET or HEAD (schemathesis sends one when it tries a method the path does not take).
    signed_body = body if form and body and method.upper() not in ("GET", "HEAD") else None
    headers = {"Content-Type": FORM} if signed_body else {}
    _, signed, _ = client.sign(url, method, signed_body, headers)
    return str(signed["Authorization"])


def _text(value: str | bytes | None) -> str | None:
    return value.decode("latin-1") if isinstance(value, bytes) else value


@schemathesis.serializer(FORM)
def spec_form(ctx: Any, value: Any) -> bytes:
    """A form body in the spec's wire form. It reads the case's own values: by the time a
    serializer runs, schemathesis has already written `null` as the text "null"."""
    body = ctx.case.body
    if isinstance(value, dict) and isinstance(body, dict):
        return urlencode([(str(k), wire_value(v)) for k, v in body.items()]).encode()
    # A body given as text (a link's written-out form, a negative case): sent as it is.
    if isinstance(value, bytes):
        return value
    return str(value).encode() if value is not None else b""


class Resign(requests.auth.AuthBase):
    """Signs again, as requests sends it, a request that carries this module's signature.

    Some requests leave with another case's headers (checks that follow a create with a read,
    for one), and the URL of a case may still change after its auth was set: only the request
    on the wire can be signed for sure. A request schemathesis sent without the signature, or
    with credentials of its own making (its `ignored_auth` probes), is left as it is."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        header = request.headers.get("Authorization", "")
        key = quote(credentials()["TWITTER_CONSUMER_KEY"], safe="")
        if "oauth_signature=" in header and f'oauth_consumer_key="{key}"' in header:
            request.headers["Authorization"] = authorization(
                str(request.method),
                str(request.url),
                request.body if isinstance(request.body, str | bytes) else None,
                _text(request.headers.get("Content-Type")),
            )
        return request


@schemathesis.hook
def before_call(ctx: Any, case: Any, kwargs: dict[str, Any]) -> None:
    kwargs["auth"] = Resign()


@schemathesis.auth(refresh_interval=None)
class OAuth1Signature:
    """Signs each case as it will be sent (and `Resign` again on the wire). An auth provider
    rather than a session auth, so that schemathesis knows where the credentials come from
    (and can try without them)."""

    def get(self, case: Any, ctx: Any) -> dict[str, str]:
        return credentials()

    def set(self, case: Any, data: Any, ctx: Any) -> None:
        # The query in the spec's wire form, which is then what is sent and what is signed
        # (left to schemathesis, a boolean is signed as `False` and sent as `false`).
        if isinstance(case.query, dict):
            case.query = {k: wire_value(v) for k, v in case.query.items()}
        kwargs = case.as_transport_kwargs()
        headers = {
            k: v for k, v in (kwargs.get("headers") or {}).items() if k.lower() != "authorization"
        }
        # requests builds the URL and the body exactly as they will be sent.
        prepared = requests.Request(
            method=kwargs["method"],
            url=kwargs["url"],
            params=kwargs.get("params"),
            data=kwargs.get("data"),
            json=kwargs.get("json"),
            headers=headers,
        ).prepare()
        body = prepared.body if isinstance(prepared.body, str | bytes) else None
        content_type = prepared.headers.get("Content-Type")
        value = authorization(str(prepared.method), str(prepared.url), body, _text(content_type))
        case.headers = {**(case.headers or {}), "Authorization": value}


@cache
def _judge(version: str) -> tuple[fuzz_checks.Observed, fuzz_checks.Judge]:
    """What the run has seen and the judge using it, for the API version under test (the
    document's `info.version`; the spec itself is the toolkit's or $ADSAPI_SPEC's)."""
    observed = fuzz_checks.Observed(load_spec(version=version))
    base_url = os.environ.get(BASE_URL_VARIABLE)
    if base_url:
        observed.learn_from(partial(_signed_get, base_url.rstrip("/")))
    return observed, fuzz_checks.Judge(observed.spec, observed)


def _signed_get(base_url: str, path: str) -> Any:
    """The JSON body of a successful signed GET of `path`, else None (priming is a help, not a
    test: whatever goes wrong is left to the run to find)."""
    url = base_url + path
    headers = {"Authorization": authorization("GET", url, None, None)}
    try:
        answer = requests.get(url, headers=headers, timeout=10)
        return answer.json() if answer.ok else None
    except (requests.RequestException, ValueError):
        return None


def _version(case: Any) -> str:
    return str(case.operation.schema.raw_schema["info"]["version"])


@schemathesis.hook
def after_call(ctx: Any, case: Any, response: Any) -> None:
    _judge(_version(case))[0].record(case, response)


@schemathesis.hook
def map_case(ctx: Any, case: Any) -> Any:
    """The spec's example identifiers name nothing on the server: use entities it showed."""
    _judge(_version(case))[0].realize(case)
    return case


@schemathesis.check
def valid_requests_are_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
    """positive_data_acceptance, aware of x-rules, opaque cursors, references and batch items."""
    judge = _judge(_version(case))[1]
    return fuzz_checks.valid_requests_are_accepted(judge, ctx, response, case)


@schemathesis.check
def deleted_resources_are_gone(ctx: Any, response: Any, case: Any) -> bool | None:
    """use_after_free, except for reads that ask for deleted objects (with_deleted=true)."""
    return fuzz_checks.deleted_resources_are_gone(ctx, response, case)
