"""Every error the client raises, under `TwitterAdsError`.

TwitterAdsError
├── ConfigurationError (ValueError)          bad constructor arguments, missing credentials
├── RequestValidationError (ValueError)      arguments the spec rejects; nothing was sent
├── SandboxOnlyError                         a sandbox-only operation aimed at production
└── APIError
    ├── APIConnectionError                   no answer: network failure
    │   └── APITimeoutError                  no answer in time
    ├── APIResponseValidationError           a 2xx answer that does not fit the spec
    └── APIStatusError                       an answer with an error status
        ├── BadRequestError (400), AuthenticationError (401), PermissionDeniedError (403),
        │   NotFoundError (404), MethodNotAllowedError (405), RequestTimeoutError (408),
        │   ConflictError (409), UnprocessableEntityError (422), LockedError (423),
        │   RateLimitError (429)
        └── ServerError (5xx): InternalServerError (500 and unlisted 5xx),
            ServiceUnavailableError (503)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._headers import RateLimit, parse_seconds

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "InternalServerError",
    "LockedError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "SandboxOnlyError",
    "ServerError",
    "ServiceUnavailableError",
    "TwitterAdsError",
    "UnprocessableEntityError",
]


class TwitterAdsError(Exception):
    """Base class of every error raised by this package."""


class ConfigurationError(TwitterAdsError, ValueError):
    """The client cannot be built as asked (a missing credential, an unusable base URL, ...)."""


@dataclass(frozen=True)
class Problem:
    """One broken rule: the parameter as the caller named it, the rule, and why."""

    parameter: str
    rule: str
    message: str
    code: str | None = None  # the API error code the server would answer, when the spec says

    def __str__(self) -> str:
        return f"{self.parameter}: {self.message} [{self.rule}]"


class RequestValidationError(TwitterAdsError, ValueError):
    """Arguments that the spec rejects. Raised before anything is sent.

    `parameter` and `rule` describe the first problem; `problems` lists all of them.
    """

    def __init__(self, problems: Sequence[Problem], operation: str) -> None:
        self.problems = tuple(problems)
        self.operation = operation
        first = self.problems[0]
        self.parameter = first.parameter
        self.rule = first.rule
        lines = "; ".join(str(p) for p in self.problems)
        super().__init__(f"invalid arguments for {operation}: {lines}")


class SandboxOnlyError(TwitterAdsError):
    """The operation exists only on the sandbox host and the client targets production."""


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of an error answer's `errors` list."""

    code: str
    message: str
    parameter: str | None = None
    attribute: str | None = None
    details: str | None = None
    value: Any = None
    raw: Any = None  # the entry as received, unknown members included

    @classmethod
    def parse(cls, entry: Any) -> ErrorDetail:
        if not isinstance(entry, dict):
            return cls(code="", message=str(entry), raw=entry)

        def text(key: str) -> str | None:
            value = entry.get(key)
            return None if value is None else str(value)

        return cls(
            code=text("code") or "",
            message=text("message") or "",
            parameter=text("parameter"),
            attribute=text("attribute"),
            details=text("details"),
            value=entry.get("value"),
            raw=entry,
        )


class APIError(TwitterAdsError):
    """Something went wrong talking to the API."""

    def __init__(self, message: str, request: httpx2.Request | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request got no answer (DNS, connection refused or reset, TLS, ...)."""

    def __init__(self, request: httpx2.Request | None, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request got no answer within the timeout."""

    def __init__(self, request: httpx2.Request | None) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """A success answer whose body does not have the shape the spec gives it."""

    def __init__(self, response: httpx2.Response, body: Any, reason: str) -> None:
        super().__init__(
            f"the answer of {response.request.method} {response.request.url.path} "
            f"does not fit the spec: {reason}",
            response.request,
        )
        self.response = response
        self.status_code = response.status_code
        self.body = body


class APIStatusError(APIError):
    """An answer with a 4xx or 5xx status."""

    status_code: int

    def __init__(self, response: httpx2.Response, body: Any) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        entries = body.get("errors") if isinstance(body, dict) else None
        self.errors: list[ErrorDetail] = [ErrorDetail.parse(e) for e in entries or []]
        # Batches: one entry per request item, in request order; None for an item without error.
        self.operation_errors: list[list[ErrorDetail] | None] | None = None
        raw_items = body.get("operation_errors") if isinstance(body, dict) else None
        if isinstance(raw_items, list):
            self.operation_errors = [
                [ErrorDetail.parse(e) for e in item] if isinstance(item, list) and item else None
                for item in raw_items
            ]
        super().__init__(self._describe(), response.request)

    @property
    def code(self) -> str | None:
        """The code of the first error, the one that matters in most answers."""
        return self.errors[0].code if self.errors else None

    @property
    def headers(self) -> httpx2.Headers:
        return self.response.headers

    @property
    def rate_limit(self) -> RateLimit:
        return RateLimit.from_headers(self.response.headers)

    def _describe(self) -> str:
        head = f"{self.status_code} {self.response.reason_phrase}".strip()
        details = [
            f"{e.code}: {e.message}" + (f" (parameter {e.parameter})" if e.parameter else "")
            for e in self.errors
        ]
        for index, item in enumerate(self.operation_errors or []):
            details += [f"operation {index}: {e.code}: {e.message}" for e in item or []]
        if not details and self.body is not None:
            text = self.body if isinstance(self.body, str) else json.dumps(self.body)
            details.append(text[:200])
        return head + (" - " + "; ".join(details) if details else "")


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class MethodNotAllowedError(APIStatusError):
    status_code = 405


class RequestTimeoutError(APIStatusError):
    """The server gave up on the request (408); the client's own timeouts are APITimeoutError."""

    status_code = 408


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class LockedError(APIStatusError):
    status_code = 423


class RateLimitError(APIStatusError):
    """A rate limit is used up (429). `retry_at` is when the window resets, if announced."""

    status_code = 429

    @property
    def retry_at(self) -> int | None:
        """Epoch seconds: the account-level reset when sent, else the user-level one."""
        return self.rate_limit.retry_at


class ServerError(APIStatusError):
    """Any 5xx answer."""


class InternalServerError(ServerError):
    status_code = 500


class ServiceUnavailableError(ServerError):
    """503. `retry_after` is the server's `retry-after` in seconds, when sent."""

    status_code = 503

    @property
    def retry_after(self) -> float | None:
        return parse_seconds(self.response.headers.get("retry-after"))


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        MethodNotAllowedError,
        RequestTimeoutError,
        ConflictError,
        UnprocessableEntityError,
        LockedError,
        RateLimitError,
        InternalServerError,
        ServiceUnavailableError,
    )
}


def error_class(status_code: int) -> type[APIStatusError]:
    """The exception for an error status: a dedicated one, or the family's."""
    if status_code in STATUS_ERRORS:
        return STATUS_ERRORS[status_code]
    return InternalServerError if status_code >= 500 else APIStatusError
