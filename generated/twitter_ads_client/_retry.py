"""When to retry and how long to wait: decisions only, the clients do the sending and sleeping."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._headers import RateLimit, parse_seconds

if TYPE_CHECKING:
    import httpx2

__all__ = ["IDEMPOTENT_METHODS", "Clock", "RetryPolicy", "SystemClock"]

# Methods that may be repeated without changing the outcome: only these are ever retried.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class Clock:
    """Time as the retry loops see it; tests substitute a fake one."""

    def time(self) -> float:
        raise NotImplementedError

    def sleep(self, seconds: float) -> None:
        raise NotImplementedError

    async def asleep(self, seconds: float) -> None:
        raise NotImplementedError


class SystemClock(Clock):
    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # here: a sync client never needs the event loop's machinery

        await asyncio.sleep(seconds)


RETRY_STATUSES = frozenset({408, 429})  # and every 5xx


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, and the server's own word where it gives one.

    A 429 waits until `x-account-rate-limit-reset` (else `x-rate-limit-reset`); a 503 waits
    `retry-after` seconds. A wait longer than `max_wait` is not worth blocking on: the error is
    raised at once and says when to try again.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_wait: float = 60.0
    random: random.Random = field(default_factory=random.Random, compare=False)

    def backoff(self, attempt: int) -> float:
        """The wait before retry number `attempt + 1`: doubling, capped, minus up to 25 %."""
        delay = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return delay * (1.0 - 0.25 * self.random.random())

    def should_retry_status(self, status_code: int) -> bool:
        return status_code in RETRY_STATUSES or status_code >= 500

    def delay_after(self, response: httpx2.Response, attempt: int, now: float) -> float | None:
        """How long to wait before retrying after this error answer; None: do not retry."""
        if attempt >= self.max_retries or not self.should_retry_status(response.status_code):
            return None
        wait: float | None = None
        if response.status_code == 429:
            retry_at = RateLimit.from_headers(response.headers).retry_at
            wait = max(0.0, retry_at - now) if retry_at is not None else None
        elif response.status_code == 503:
            wait = parse_seconds(response.headers.get("retry-after"), now)
        if wait is None:
            return self.backoff(attempt)
        return wait if wait <= self.max_wait else None

    def delay_after_failure(self, attempt: int) -> float | None:
        """How long to wait before retrying after a connection error or timeout."""
        return self.backoff(attempt) if attempt < self.max_retries else None
