"""The machinery under `AdsClient` and `AsyncAdsClient`: configuration, validation, sending,
retries and answers. Everything that does not wait on the network is shared by both."""

from __future__ import annotations

import ipaddress
import itertools
import json
import os
import platform
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import httpx2

from . import _spec
from ._auth import OAuth1
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
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
    warn_if_deprecated,
)
from ._retry import Clock, RetryPolicy, SystemClock
from ._types import NOT_GIVEN, Headers, NotGiven, TimeoutTypes
from ._validation import check_arguments, check_batch
from ._wire import WireRequest, encode_request, json_value

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
    """Per-call options: extra headers and a timeout that replaces the client's."""

    extra_headers: Headers | None = None
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
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, not {max_retries!r}")
        self.api_version = api_version
        self.base_url = _base_url(base_url, sandbox, api_version)
        self.sandbox = sandbox
        # Sandbox-only operations are refused only when aiming at the production host: an
        # explicit base_url (a local sandbox, a proxy) is the caller's choice.
        self.targets_production = base_url is None and not sandbox
        self.timeout = timeout
        self.max_retries = max_retries
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
        }
        self._owns_http = http_client is None
        self._http = http_client or self._http_type(timeout=timeout)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.base_url}>"

    # -- from arguments to a request ------------------------------------------------------

    def _encode(self, operation: Operation[Any], arguments: Mapping[str, Any]) -> WireRequest:
        """Validate a call's arguments against the spec and put them on the wire."""
        if operation.sandbox_only and self.targets_production:
            raise SandboxOnlyError(
                f"{operation.operation_id} exists only on the sandbox host: build the client "
                "with sandbox=True (or a base_url pointing at a sandbox)"
            )
        json_body = None
        if operation.batch is not None:
            batch_arguments = {k: v for k, v in arguments.items() if k != "operations"}
            operations = arguments.get("operations")
            problems = check_arguments(operation.params, operation.rules, batch_arguments)
            problems += check_batch(operation.batch, operations, "operations")
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
            problems = check_arguments(operation.params, operation.rules, arguments)
        if problems:
            raise RequestValidationError(problems, operation.operation_id)
        return encode_request(
            operation.method, operation.path, operation.params, arguments, json_body
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
        url = str(self.base_url) + wire.path
        return self._http.build_request(
            wire.method, url, headers=headers, content=content, timeout=timeout
        )

    def _prepare(
        self, operation: Operation[Any], arguments: Mapping[str, Any], options: CallOptions
    ) -> tuple[httpx2.Request, bool]:
        """The signed-to-be request of a call, and whether the caller asked for raw access."""
        return self._build_request(self._encode(operation, arguments), options), _RAW_RESPONSE.get()

    def _retry_delay(
        self, operation: Operation[Any], attempt: int, outcome: httpx2.Response | Exception
    ) -> float | None:
        """Seconds to wait before trying again, or None to stop. POSTs are never retried."""
        if not operation.idempotent:
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

        def parse() -> Any:
            value = parse_result(operation.result, response)
            if operation.result.envelope != "page":
                return value
            return self._page_type(self, operation, arguments, options, value, response)

        return APIResponse(response, parse) if raw else parse()


class SyncAPIClient(_BaseClient[httpx2.Client]):
    _page_type = SyncPage
    _http_type = httpx2.Client

    def close(self) -> None:
        """Close the connection pool (not an `http_client` that was passed in)."""
        if self._owns_http:
            self._http.close()

    def _send(self, operation: Operation[Any], request: httpx2.Request) -> httpx2.Response:
        for attempt in itertools.count():
            outcome: httpx2.Response | Exception
            try:
                outcome = self._http.send(request, auth=self._auth)
            except httpx2.TransportError as exc:
                outcome = exc
            delay = self._retry_delay(operation, attempt, outcome)
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
        response = self._send(operation, request)
        return cast(R, self._respond(operation, arguments, options, response, raw))

    def _fetch_page(
        self, operation: Operation[PageData[M]], arguments: Mapping[str, Any], options: CallOptions
    ) -> SyncPage[M]:
        return cast(SyncPage[M], self._call(operation, arguments, options))


class AsyncAPIClient(_BaseClient[httpx2.AsyncClient]):
    _page_type = AsyncPage
    _http_type = httpx2.AsyncClient

    async def close(self) -> None:
        """Close the connection pool (not an `http_client` that was passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def _send(self, operation: Operation[Any], request: httpx2.Request) -> httpx2.Response:
        for attempt in itertools.count():
            outcome: httpx2.Response | Exception
            try:
                outcome = await self._http.send(request, auth=self._auth)
            except httpx2.TransportError as exc:
                outcome = exc
            delay = self._retry_delay(operation, attempt, outcome)
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
        response = await self._send(operation, request)
        return cast(R, self._respond(operation, arguments, options, response, raw))

    def _paginate(
        self, operation: Operation[PageData[M]], arguments: Mapping[str, Any], options: CallOptions
    ) -> AsyncPaginator[M]:
        self._encode(operation, arguments)  # invalid arguments fail here, not at the first await
        return AsyncPaginator(self, operation, arguments, options)

    async def _fetch_page(
        self, operation: Operation[PageData[M]], arguments: Mapping[str, Any], options: CallOptions
    ) -> AsyncPage[M]:
        return cast(AsyncPage[M], await self._call(operation, arguments, options))
