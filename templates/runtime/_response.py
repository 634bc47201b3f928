"""Reading answers: rate-limit state, the server's version and warnings, typed results."""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._exceptions import APIResponseValidationError, APIStatusError, error_class
from ._headers import RateLimit
from ._operations import Result
from ._tolerant import Findings, Mismatch, read_envelope, read_model

if TYPE_CHECKING:
    import httpx2

__all__ = ["APIResponse", "Mismatch", "PageData", "ResponseInfo"]

R = TypeVar("R")
M = TypeVar("M")


def read_json(response: httpx2.Response) -> Any:
    """The JSON body, or the text when the body is not JSON (None when empty)."""
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return response.text


def raise_for_status(response: httpx2.Response) -> None:
    if response.status_code >= 400:
        raise make_status_error(response)


def make_status_error(response: httpx2.Response) -> APIStatusError:
    return error_class(response.status_code)(response, read_json(response))


def warn_if_deprecated(response: httpx2.Response) -> None:
    """Surface `x-api-warn` (a deprecated version or endpoint) as a DeprecationWarning."""
    message = response.headers.get("x-api-warn")
    if message:
        warnings.warn(f"X Ads API: {message}", DeprecationWarning, stacklevel=_caller_stacklevel())


def _caller_stacklevel() -> int:
    """The stack level of the first frame outside this package, so the warning points at the
    caller's line."""
    package = __name__.rpartition(".")[0]
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith(package):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


@dataclass(frozen=True, slots=True)
class PageData(Generic[M]):
    """What one page answer holds; the sync and async pages wrap it."""

    data: list[M]
    next_cursor: str | None
    total_count: int | None
    body: dict[str, Any]


def parse_result(
    result: Result[R],
    response: httpx2.Response,
    operation: str,
    strict: bool,
    found: Findings,
) -> R:
    """The typed value of a success answer. An answer fits when pydantic's strict JSON
    validation takes it (a number is no time, a string no number). One that does not fit raises
    APIResponseValidationError when `strict`, else is read leniently and the differences
    reported in `found` (see `_tolerant`). An answer with no `data` to read at all raises
    either way, saying what came."""
    from pydantic import ValidationError

    try:
        envelope = read_envelope(result.envelope, result.model, response.content)
    except ValidationError as exc:
        body = read_json(response)
        if not isinstance(body, dict) or "data" not in body:
            raise APIResponseValidationError(
                response, body, _not_an_answer(response, body)
            ) from None
        data = body["data"]
        if result.envelope != "object" and not isinstance(data, list):
            message = f"`data` is not a list: {data!r:.80}"
            raise APIResponseValidationError(response, body, message) from None
        if strict:
            raise APIResponseValidationError(response, body, str(exc)) from exc
        return _read_leniently(result, body, operation, found)
    if result.envelope == "object":
        return envelope["data"]  # type: ignore[no-any-return]
    if result.envelope != "page":
        return envelope["data"]  # type: ignore[no-any-return]
    return PageData(  # type: ignore[return-value]
        envelope["data"], envelope.get("next_cursor"), envelope.get("total_count"), envelope
    )


def _read_leniently(result: Result[R], body: dict[str, Any], operation: str, found: Findings) -> R:
    data = body["data"]
    if result.envelope == "object":
        return read_model(result.model, data, operation, "data", found)  # type: ignore[no-any-return]
    items = [
        read_model(result.model, item, operation, f"data[{index}]", found)
        for index, item in enumerate(data)
    ]
    if result.envelope != "page":
        return items  # type: ignore[return-value]
    return PageData(  # type: ignore[return-value]
        items,
        _page_member(body, "next_cursor", str, operation, found),
        _page_member(body, "total_count", int, operation, found),
        body,
    )


def _page_member(
    body: dict[str, Any], name: str, kind: type, operation: str, found: Findings
) -> Any:
    """`next_cursor` or `total_count` of a page read leniently: of their type or absent;
    anything else is reported and read as absent (a page that cannot say what follows is the
    last one)."""
    value = body.get(name)
    if value is None or (isinstance(value, kind) and not isinstance(value, bool)):
        return value
    found.add(Mismatch(operation, name, "invalid", f"not a {kind.__name__}: {value!r}"))
    return None


def _not_an_answer(response: httpx2.Response, body: Any) -> str:
    """What came instead of an object with `data`, in words."""
    status = response.status_code
    if 300 <= status < 400:
        location = response.headers.get("location")
        where = f" to {location}" if location else ""
        return f"a {status} redirect{where}, which the client does not follow"
    if not response.content:
        return f"an empty body (status {status})"
    kind = response.headers.get("content-type") or "no content type"
    if isinstance(body, str):
        return f"a body that is not JSON ({kind}): {body[:80]!r}"
    return f"JSON without `data` ({kind}): {response.text[:80]!r}"


class ResponseInfo:
    """What every answer tells besides its body: headers, rate limits, the server's version."""

    http_response: httpx2.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimit:
        return RateLimit.from_headers(self.http_response.headers)

    @property
    def api_version(self) -> str | None:
        """The newest API version the server offers (`x-current-api-version`)."""
        return self.http_response.headers.get("x-current-api-version")

    @property
    def warning(self) -> str | None:
        """The server's `x-api-warn`: set when the call used something deprecated."""
        return self.http_response.headers.get("x-api-warn")


class APIResponse(ResponseInfo, Generic[R]):
    """A raw answer: status, headers, rate-limit state, and `parse()` for the typed value."""

    def __init__(
        self,
        http_response: httpx2.Response,
        parse: Callable[[], R],
        findings: Findings | None = None,
    ) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[R] = []
        self._findings = findings

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> R:
        """The value the call returns without raw access (parsed once)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    @property
    def mismatches(self) -> list[Mismatch]:
        """How the answer differs from the spec, once parsed (see `_tolerant`; empty when it
        fits, and for a client with `strict_response_validation`, which raises instead)."""
        self.parse()
        return list(self._findings.mismatches) if self._findings is not None else []

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"
