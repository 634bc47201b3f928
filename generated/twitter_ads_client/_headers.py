"""What an answer's headers say about when to call again: rate-limit state and `retry-after`.

A leaf module: it imports nothing else of the package, so that the errors (`_exceptions`), the
answers (`_response`) and the retry policy (`_retry`) can all read headers without importing
each other.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC

__all__ = ["RateLimit", "parse_seconds"]


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def parse_seconds(value: str | None, now: float | None = None) -> float | None:
    """A `retry-after` in seconds from `now` (epoch seconds; default: the time of day). HTTP
    allows a number of seconds or a date (`Wed, 21 Oct 2026 07:28:00 GMT`); a date already past
    is 0. None when missing or neither."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return _seconds_until(value, now)
    return seconds if seconds >= 0 and seconds == seconds else None  # NaN is no wait


def _seconds_until(value: str, now: float | None) -> float | None:
    from email.utils import parsedate_to_datetime  # dates are rare: no import cost up front

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # HTTP dates are in GMT
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The rate-limit headers of one answer. Resets are Unix epoch seconds.

    The `account_*` values are sent by operations counted per ads account; when a limit is
    used up, the account-level reset decides when to try again.
    """

    limit: int | None = None
    remaining: int | None = None
    reset: int | None = None
    account_limit: int | None = None
    account_remaining: int | None = None
    account_reset: int | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit:
        return cls(
            limit=_int(headers.get("x-rate-limit-limit")),
            remaining=_int(headers.get("x-rate-limit-remaining")),
            reset=_int(headers.get("x-rate-limit-reset")),
            account_limit=_int(headers.get("x-account-rate-limit-limit")),
            account_remaining=_int(headers.get("x-account-rate-limit-remaining")),
            account_reset=_int(headers.get("x-account-rate-limit-reset")),
        )

    @property
    def retry_at(self) -> int | None:
        """When a used-up limit frees up: the account-level reset if sent, else the user's."""
        return self.account_reset if self.account_reset is not None else self.reset
