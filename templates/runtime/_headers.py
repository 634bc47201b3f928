"""What an answer's headers say about when to call again: rate-limit state and `retry-after`.

A leaf module: it imports nothing else of the package, so that the errors (`_exceptions`), the
answers (`_response`) and the retry policy (`_retry`) can all read headers without importing
each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["RateLimit", "parse_seconds"]


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def parse_seconds(value: str | None) -> float | None:
    """A `retry-after` in seconds; None when missing or not a non-negative number."""
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    return seconds if seconds is not None and seconds >= 0 else None


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
