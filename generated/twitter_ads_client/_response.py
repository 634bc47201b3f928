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

if TYPE_CHECKING:
    import httpx2

__all__ = ["APIResponse", "PageData", "ResponseInfo"]

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


def parse_result(result: Result[R], response: httpx2.Response) -> R:
    """The typed value of a success answer, or APIResponseValidationError."""
    from pydantic import ValidationError

    body = read_json(response)
    if not isinstance(body, dict) or "data" not in body:
        raise APIResponseValidationError(response, body, "the body is not an object with `data`")
    data = body["data"]
    try:
        if result.envelope == "object":
            return result.model.model_validate(data)  # type: ignore[no-any-return]
        if not isinstance(data, list):
            raise APIResponseValidationError(response, body, "`data` is not a list")
        items = [result.model.model_validate(item) for item in data]
    except ValidationError as exc:
        raise APIResponseValidationError(response, body, str(exc)) from exc
    if result.envelope != "page":
        return items  # type: ignore[return-value]
    cursor = body.get("next_cursor")
    total = body.get("total_count")
    if (cursor is not None and not isinstance(cursor, str)) or not (
        total is None or isinstance(total, int)
    ):
        raise APIResponseValidationError(response, body, "bad `next_cursor` or `total_count`")
    return PageData(items, cursor, total, body)  # type: ignore[return-value]


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

    def __init__(self, http_response: httpx2.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[R] = []

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

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"
