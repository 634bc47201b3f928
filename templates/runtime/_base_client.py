"""The machinery under `AdsClient` and `AsyncAdsClient`: configuration, validation, sending,
retries and answers. Everything that does not wait on the network is shared by both."""

from __future__ import annotations

import dataclasses
import functools
import ipaddress
import itertools
import json
import os
import platform
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar, cast

import httpx2

from . import _spec
from ._auth import OAuth1
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    Problem,
    RequestValidationError,
    SandboxOnlyError,
)
from ._operations import Operation
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import (
    APIResponse,
    PageData,
    make_status_error,
    parse_result,
    read_json,
    warn_if_deprecated,
)
from ._retry import IDEMPOTENT_METHODS, Clock, RetryPolicy, SystemClock
from ._tolerant import Findings
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from ._validation import check_arguments, check_batch, check_batch_rules, check_changes
from ._wire import WireRequest, encode_raw, encode_request, json_value

__all__ = ["DEFAULT_TIMEOUT", "AsyncAPIClient", "CallOptions", "SyncAPIClient"]

R = TypeVar("R")
M = TypeVar("M")
HttpClientT = TypeVar("HttpClientT", httpx2.Client, httpx2.AsyncClient)

DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2

CREDENTIAL_VARIABLES = {
    "consumer_key": "TWITTER_CONSUMER_KEY",
    "consumer_secret": "TWITTER_CONSUMER_SECRET",
    "access_token": "TWITTER_ACCESS_TOKEN",
    "access_token_secret": "TWITTER_ACCESS_TOKEN_SECRET",
}

# Set by the `with_raw_response` wrappers for the duration of one call.
_RAW_RESPONSE: ContextVar[bool] = ContextVar("twitter_ads_client_raw_response", default=False)


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call options, the same for every generated method: headers, query and body
    parameters sent as given on top of the call's own (they win over a same-named one), and a
    timeout that replaces the client's. A paged call keeps them for every page."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN


def _credentials(given: Mapping[str, str | None]) -> dict[str, str]:
    resolved: dict[str, str] = {}
    missing = []
    for name, variable in CREDENTIAL_VARIABLES.items():
        value = given[name] if given[name] is not None else os.environ.get(variable)
        if not value:
            missing.append(f"{name} (or ${variable})")
        else:
            resolved[name] = value
    if missing:
        raise ConfigurationError(
            "missing OAuth 1.0a credentials: pass " + ", ".join(missing) + " to the client"
        )
    return resolved


def _check_retries(max_retries: object, max_retry_wait: object) -> None:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, not {max_retries!r}")
    if (
        not isinstance(max_retry_wait, int | float)
        or isinstance(max_retry_wait, bool)
        or not max_retry_wait >= 0
    ):
        raise ConfigurationError(f"max_retry_wait must be a number >= 0, not {max_retry_wait!r}")


def _check_timeout(timeout: object, name: str) -> None:
    """A timeout is seconds (a number > 0), None (wait for ever) or an httpx2.Timeout."""
    if timeout is None or isinstance(timeout, httpx2.Timeout):
        return
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ConfigurationError(
            f"{name} must be a number of seconds > 0, None or an httpx2.Timeout, not {timeout!r}"
        )


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _base_url(base_url: str | httpx2.URL | None, sandbox: bool, api_version: str) -> httpx2.URL:
    """The versioned root every path is relative to."""
    if api_version not in _spec.LIVE_VERSIONS:
        live = ", ".join(repr(v) for v in _spec.LIVE_VERSIONS)
        raise ConfigurationError(f"api_version must be one of {live}, not {api_version!r}")
    if base_url is None:
        template = _spec.SANDBOX_URL if sandbox else _spec.PRODUCTION_URL
        return httpx2.URL(template.replace("{version}", api_version))
    try:
        url = httpx2.URL(str(base_url))
    except Exception as exc:
        raise ConfigurationError(f"base_url {str(base_url)!r} is not a URL: {exc}") from None
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute https:// URL, not {str(url)!r}")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"base_url {str(url)!r} is plain http: only https is allowed, except for loopback "
            "hosts (127.0.0.1, ::1, localhost) such as a local sandbox"
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url cannot have a query or fragment: {str(url)!r}")
    return url.copy_with(path=url.path.rstrip("/") + "/" + api_version)


def _bind(value: Any, client: Any, arguments: Mapping[str, Any]) -> None:
    """Bind what a call returned (a model or a list of them) to the client that made it and
    the call's arguments, when its model asks to be (`_jobs.ClientBound`: a model whose
    schema has `x-client-mixin`), so that it can make the calls that follow from it."""
    items = value if isinstance(value, list) else [value]
    kinds = {type(item) for item in items}
    for kind in kinds:
        if callable(getattr(kind, "_bind_call", None)):
            for item in items:
                if type(item) is kind:
                    item._bind_call(client, arguments)


class _BaseClient(Generic[HttpClientT]):
    _http: HttpClientT
    _owns_http: bool
    _page_type: type[Any]  # SyncPage or AsyncPage
    _http_type: type[HttpClientT]

    def __init__(
        self,
        *,
        http_client: HttpClientT | None,
        consumer_key: str | None,
        consumer_secret: str | None,
        access_token: str | None,
        access_token_secret: str | None,
        base_url: str | httpx2.URL | None,
        sandbox: bool,
        api_version: str,
        timeout: TimeoutTypes,
        max_retries: int,
        max_retry_wait: float,
        default_headers: Headers | None,
        strict_response_validation: bool,
    ) -> None:
        if http_client is not None and not isinstance(http_client, self._http_type):
            raise ConfigurationError(
                f"http_client must be an httpx2.{self._http_type.__name__}, not "
                f"{type(http_client).__name__} (AdsClient takes an httpx2.Client, "
                "AsyncAdsClient an httpx2.AsyncClient)"
            )
        credentials = _credentials(
            {
                "consumer_key": consumer_key,
                "consumer_secret": consumer_secret,
                "access_token": access_token,
                "access_token_secret": access_token_secret,
            }
        )
        _check_retries(max_retries, max_retry_wait)
        _check_timeout(timeout, "timeout")
        self.api_version = api_version
        self.base_url = _base_url(base_url, sandbox, api_version)
        self.sandbox = sandbox
        # Sandbox-only operations are refused only when aiming at the production host: an
        # explicit base_url (a local sandbox, a proxy) is the caller's choice.
        self.targets_production = base_url is None and not sandbox
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_retry_wait = max_retry_wait
        # What an answer that does not fit the spec does: raise, or keep what it holds and
        # report the difference (the default; see `_tolerant`).
        self.strict_response_validation = bool(strict_response_validation)
        self._mismatches_seen: set[tuple[str, str, str]] = set()  # logged once per client
        self._retry = RetryPolicy(max_retries=max_retries, max_wait=max_retry_wait)
        self._clock: Clock = SystemClock()
        self._credentials = credentials
        self._auth = OAuth1(
            credentials["consumer_key"],
            credentials["consumer_secret"],
            credentials["access_token"],
            credentials["access_token_secret"],
        )
        self._headers = {
            "Accept": "application/json",
            "User-Agent": (
                f"twitter-ads-client/{_spec.PACKAGE_VERSION} "
                f"python/{platform.python_version()} httpx2/{httpx2.__version__}"
            ),
            **(default_headers or {}),
        }
        self._owns_http = http_client is None
        self._http = http_client or self._http_type(timeout=timeout)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.base_url}>"

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers sent with every request (a copy; `with_options` changes them)."""
        return dict(self._headers)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_retry_wait: float | NotGiven = NOT_GIVEN,
        default_headers: Headers | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other settings, for a call or a stretch of code:
        `client.with_options(timeout=5, max_retries=0).campaigns.get(...)`.

        The copy shares the connection pool, credentials, host and version; this client is
        unchanged. `default_headers` are added to (and replace same-named) headers of this
        client. Closing the copy leaves the shared pool open: close the client that made it.
        `client.with_options(strict_response_validation=True).campaigns.get(...)` holds one
        call's answer to the spec strictly.
        """
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        wait = self.max_retry_wait if isinstance(max_retry_wait, NotGiven) else max_retry_wait
        _check_retries(retries, wait)
        clone = object.__new__(type(self))
        # Everything but what a cached_property computed from this client (its resources and
        # `with_raw_response`, which would still point here).
        owner = type(self)
        clone.__dict__.update(
            (name, value)
            for name, value in self.__dict__.items()
            if not isinstance(getattr(owner, name, None), functools.cached_property)
        )
        clone._owns_http = False
        clone.max_retries, clone.max_retry_wait = retries, wait
        clone._retry = dataclasses.replace(self._retry, max_retries=retries, max_wait=wait)
        if not isinstance(timeout, NotGiven):
            _check_timeout(timeout, "timeout")
            clone.timeout = timeout
        if not isinstance(strict_response_validation, NotGiven):
            clone.strict_response_validation = bool(strict_response_validation)
        clone._headers = {**self._headers, **(default_headers or {})}
        return clone

    # -- from arguments to a request ------------------------------------------------------

    def _encode(
        self, operation: Operation[Any], arguments: Mapping[str, Any], options: CallOptions
    ) -> WireRequest:
        """Validate a call's arguments against the spec and put them on the wire, with the
        extra query and body parameters of `options` (not validated: sent as given)."""
        if operation.sandbox_only and self.targets_production:
            raise SandboxOnlyError(
                f"{operation.operation_id} exists only on the sandbox host: build the client "
                "with sandbox=True (or a base_url pointing at a sandbox)"
            )
        if options.extra_body and (
            operation.batch is not None or operation.method not in ("POST", "PUT")
        ):
            where = "a batch's JSON list" if operation.batch is not None else "no body"
            raise RequestValidationError(
                [
                    Problem(
                        "extra_body",
                        "body",
                        f"{operation.method} {operation.path} has {where} to add parameters "
                        "to: use extra_query, or client.request() for another body",
                    )
                ],
                operation.operation_id,
            )
        json_body = None
        if operation.batch is not None:
            batch_arguments = {k: v for k, v in arguments.items() if k != "operations"}
            operations = arguments.get("operations")
            problems = check_arguments(operation.params, operation.rules, batch_arguments)
            problems += check_batch(operation.batch, operations, "operations")
            if not problems:
                problems = check_batch_rules(operation.rules, cast(list[Any], operations))
            arguments = batch_arguments
            if not problems:
                json_body = [
                    {
                        "operation_type": item["operation_type"],
                        "params": {
                            key: json_value(value)
                            for key, value in item["params"].items()
                            if not isinstance(value, NotGiven)
                        },
                    }
                    for item in cast(list[Mapping[str, Any]], operations)
                ]
        else:
            problems = check_arguments(
                operation.params,
                operation.rules,
                arguments,
                complete=not operation.partial_update,
            )
            if operation.partial_update and not problems and not options.extra_body:
                path = {p.name for p in operation.params if p.location == "path"}
                problems = check_changes(arguments, path, "arguments")
        if problems:
            raise RequestValidationError(problems, operation.operation_id)
        return encode_request(
            operation.method,
            operation.path,
            operation.params,
            arguments,
            json_body,
            extra_query=options.extra_query,
            extra_body=options.extra_body,
        )

    def _build_request(self, wire: WireRequest, options: CallOptions) -> httpx2.Request:
        headers = dict(self._headers)
        content: str | bytes | None = None
        if wire.form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            content = wire.form
        elif wire.json is not None:
            headers["Content-Type"] = "application/json"
            content = json.dumps(wire.json, separators=(",", ":"))
        if options.extra_headers:
            headers.update(options.extra_headers)
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        _check_timeout(timeout, "timeout")
        url = str(self.base_url) + wire.path
        return self._http.build_request(
            wire.method, url, headers=headers, content=content, timeout=timeout
        )

    def _prepare(
        self, operation: Operation[Any], arguments: Mapping[str, Any], options: CallOptions
    ) -> tuple[httpx2.Request, bool]:
        """The signed-to-be request of a call, and whether the caller asked for raw access."""
        wire = self._encode(operation, arguments, options)
        return self._build_request(wire, options), _RAW_RESPONSE.get()

    def _prepare_raw(
        self,
        method: str,
        path: str,
        params: Query | None,
        form: Body | None,
        json_body: object,
        options: CallOptions,
    ) -> tuple[httpx2.Request, bool]:
        """The request of a low-level call (`request`, `get`, ...): nothing is validated but
        the path, which must be relative to the versioned base URL."""
        problems = []
        if not path.startswith("/") or path.startswith("//"):
            relative = f"must start with one '/' (it is relative to {self.base_url})"
            problems.append(Problem("path", "relative", relative))
        if form is not None and json_body is not None:
            problems.append(Problem("form", "exclusive", "cannot be sent together with json"))
        if problems:
            raise RequestValidationError(problems, f"{method.upper()} {path}")
        wire = encode_raw(method, path, params, form, json_body)
        return self._build_request(wire, options), _RAW_RESPONSE.get()

    def _raw_value(self, response: httpx2.Response, raw: bool) -> Any:
        """What a low-level call returns: the decoded JSON, or the raw answer."""
        return APIResponse(response, lambda: read_json(response)) if raw else read_json(response)

    def _retry_delay(
        self, idempotent: bool, attempt: int, outcome: httpx2.Response | Exception
    ) -> float | None:
        """Seconds to wait before trying again, or None to stop. POSTs are never retried."""
        if not idempotent:
            return None
        if isinstance(outcome, Exception):
            return self._retry.delay_after_failure(attempt)
        if outcome.status_code < 400:
            return None
        return self._retry.delay_after(outcome, attempt, self._clock.time())

    def _final(
        self, request: httpx2.Request, outcome: httpx2.Response | Exception
    ) -> httpx2.Response:
        """The answer once retrying is over: warnings shown, errors raised."""
        if isinstance(outcome, httpx2.TimeoutException):
            raise APITimeoutError(request) from outcome
        if isinstance(outcome, Exception):
            raise APIConnectionError(request, f"Connection error: {outcome}") from outcome
        warn_if_deprecated(outcome)
        if outcome.status_code >= 400:
            raise make_status_error(outcome)
        return outcome

    def _respond(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, Any],
        options: CallOptions,
        response: httpx2.Response,
        raw: bool,
    ) -> Any:
        """What a call returns: the typed value (a page for collections), or the raw answer."""

        found = Findings(self._mismatches_seen)

        def parse() -> Any:
            value = parse_result(
                operation.result,
                response,
                operation.operation_id,
                self.strict_response_validation,
                found,
            )
            _bind(value.data if isinstance(value, PageData) else value, self, arguments)
            if operation.result.envelope != "page":
                return value
            return self._page_type(self, operation, arguments, options, value, response)

        return APIResponse(response, parse, found) if raw else parse()


class SyncAPIClient(_BaseClient[httpx2.Client]):
    _page_type = SyncPage
    _http_type = httpx2.Client

    def close(self) -> None:
        """Close the connection pool (not an `http_client` that was passed in)."""
        if self._owns_http:
            self._http.close()

    def _send(self, request: httpx2.Request) -> httpx2.Response:
        idempotent = request.method in IDEMPOTENT_METHODS
        for attempt in itertools.count():
            outcome: httpx2.Response | Exception
            try:
                outcome = self._http.send(request, auth=self._auth)
            except httpx2.TransportError as exc:
                outcome = exc
            delay = self._retry_delay(idempotent, attempt, outcome)
            if delay is None:
                break
            if isinstance(outcome, httpx2.Response):
                outcome.close()
            self._clock.sleep(delay)
        return self._final(request, outcome)

    def _call(
        self, operation: Operation[R], arguments: Mapping[str, Any], options: CallOptions
    ) -> R:
        request, raw = self._prepare(operation, arguments, options)
        response = self._send(request)
        return cast(R, self._respond(operation, arguments, options, response, raw))

    def _fetch_page(
        self, operation: Operation[PageData[M]], arguments: Mapping[str, Any], options: CallOptions
    ) -> SyncPage[M]:
        return cast(SyncPage[M], self._call(operation, arguments, options))

    # -- the low-level call: endpoints the spec does not describe yet -----------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Query | None = None,
        form: Body | None = None,
        json: object = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Send a signed request to `path` (relative to the versioned base URL, such as
        `/accounts/{id}/line_items`) and return the decoded JSON body.

        Nothing is checked against the spec: `params` go into the query string, `form` is sent
        as a form body, `json` as a JSON body, each value written as the API writes it. Signing,
        retries (GET, PUT and DELETE only), errors (`APIStatusError` and the rest) and
        deprecation warnings are those of the generated methods;
        `client.with_raw_response.request(...)` returns the `APIResponse` instead.
        """
        options = CallOptions(extra_headers=headers, timeout=timeout)
        request, raw = self._prepare_raw(method, path, params, form, json, options)
        return self._raw_value(self._send(request), raw)

    def get(
        self,
        path: str,
        *,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """A signed GET of `path`: see `request`."""
        return self.request("GET", path, params=params, headers=headers, timeout=timeout)

    def post(
        self,
        path: str,
        *,
        params: Query | None = None,
        form: Body | None = None,
        json: object = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """A signed POST to `path` (never retried): see `request`."""
        return self.request(
            "POST", path, params=params, form=form, json=json, headers=headers, timeout=timeout
        )

    def put(
        self,
        path: str,
        *,
        params: Query | None = None,
        form: Body | None = None,
        json: object = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """A signed PUT to `path`: see `request`."""
        return self.request(
            "PUT", path, params=params, form=form, json=json, headers=headers, timeout=timeout
        )

    def delete(
        self,
        path: str,
        *,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """A signed DELETE of `path`: see `request`."""
        return self.request("DELETE", path, params=params, headers=headers, timeout=timeout)


class AsyncAPIClient(_BaseClient[httpx2.AsyncClient]):
    _page_type = AsyncPage
    _http_type = httpx2.AsyncClient

    async def close(self) -> None:
        """Close the connection pool (not an `http_client` that was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def _send(self, request: httpx2.Request) -> httpx2.Response:
        idempotent = request.method in IDEMPOTENT_METHODS
        for attempt in itertools.count():
            outcome: httpx2.Response | Exception
            try:
                outcome = await self._http.send(request, auth=self._auth)
            except httpx2.TransportError as exc:
                outcome = exc
            delay = self._retry_delay(idempotent, attempt, outcome)
            if delay is None:
                break
            if isinstance(outcome, httpx2.Response):
                await outcome.aclose()
            await self._clock.asleep(delay)
        return self._final(request, outcome)

    async def _call(
        self, operation: Operation[R], arguments: Mapping[str, Any], options: CallOptions
    ) -> R:
        request, raw = self._prepare(operation, arguments, options)
        response = await self._send(request)
        return cast(R, self._respond(operation, arguments, options, response, raw))

    def _paginate(
        self, operation: Operation[PageData[M]], arguments: Mapping[str, Any], options: CallOptions
    ) -> AsyncPaginator[M]:
        self._encode(operation, arguments, options)  # invalid arguments fail here, not later
        return AsyncPaginator(self, operation, arguments, options)

    async def _fetch_page(
        self, operation: Operation[PageData[M]], arguments: Mapping[str, Any], options: CallOptions
    ) -> AsyncPage[M]:
        return cast(AsyncPage[M], await self._call(operation, arguments, options))

    # -- the low-level call: endpoints the spec does not describe yet -----------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Query | None = None,
        form: Body | None = None,
        json: object = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Send a signed request to `path` and return the decoded JSON body: see
        `AdsClient.request`."""
        options = CallOptions(extra_headers=headers, timeout=timeout)
        request, raw = self._prepare_raw(method, path, params, form, json, options)
        return self._raw_value(await self._send(request), raw)

    async def get(
        self,
        path: str,
        *,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """A signed GET of `path`: see `request`."""
        return await self.request("GET", path, params=params, headers=headers, timeout=timeout)

    async def post(
        self,
        path: str,
        *,
        params: Query | None = None,
        form: Body | None = None,
        json: object = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """A signed POST to `path` (never retried): see `request`."""
        return await self.request(
            "POST", path, params=params, form=form, json=json, headers=headers, timeout=timeout
        )

    async def put(
        self,
        path: str,
        *,
        params: Query | None = None,
        form: Body | None = None,
        json: object = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """A signed PUT to `path`: see `request`."""
        return await self.request(
            "PUT", path, params=params, form=form, json=json, headers=headers, timeout=timeout
        )

    async def delete(
        self,
        path: str,
        *,
        params: Query | None = None,
        headers: Headers | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Any:
        """A signed DELETE of `path`: see `request`."""
        return await self.request("DELETE", path, params=params, headers=headers, timeout=timeout)
