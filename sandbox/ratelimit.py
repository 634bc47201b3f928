"""Rate limits from `x-rate-limit-classes`: fixed windows per access token and per ads account.

Every class is counted per access token (the `x-rate-limit-*` headers); a class with
`scope: account` is also counted per ads account (the `x-account-rate-limit-*` headers). A class
`counted: endpoint` gives each endpoint (operation) its own windows, as the documentation's
table says of core entity reads; `class` (the default) has all the class's endpoints share them
(writes).
`scale` multiplies every limit (0.01 for tests that want to reach 429 quickly, 1000 for a
benchmark that should never see one).

The two counts are separate calls because they happen at different points of a request: the
token's once the request is authenticated, the account's once the account is known to be the
caller's (another user's account must not be used up, nor its use shown, by requests it refuses).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from adsapi.spec.model import RateLimitClass

TOKEN = "x-rate-limit"
ACCOUNT = "x-account-rate-limit"
_PRUNE_EVERY = 60.0  # seconds between sweeps of ended windows


@dataclass
class _Window:
    start: float
    end: float
    used: int = 0


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    headers: dict[str, str]
    retry_at: int  # epoch seconds at which the exhausted window resets (0 when allowed)


class RateLimiter:
    def __init__(
        self,
        classes: Mapping[str, RateLimitClass],
        clock: Callable[[], float],
        scale: float = 1.0,
        overrides: Mapping[str, int] | None = None,
    ) -> None:
        """`overrides` sets the limit of named classes outright (after `scale`)."""
        if scale <= 0:
            raise ValueError("the rate-limit scale must be positive")
        unknown = sorted(set(overrides or {}) - set(classes))
        if unknown:
            raise ValueError(
                f"unknown rate-limit class(es) {', '.join(unknown)}; "
                f"the spec's classes are {', '.join(classes)}"
            )
        if any(limit < 1 for limit in (overrides or {}).values()):
            raise ValueError("a rate limit must be at least 1 call per window")
        self.classes = classes
        self.clock = clock
        self.limits = {name: max(1, math.floor(c.limit * scale)) for name, c in classes.items()}
        self.limits.update(overrides or {})
        self._windows: dict[tuple[str, str, str, str], _Window] = {}
        self._next_prune = 0.0

    def hit(self, class_name: str, token: str, endpoint: str) -> Verdict:
        """Count one request of an access token to `endpoint` (an operationId)."""
        return self._count(TOKEN, class_name, token, endpoint)

    def hit_account(self, class_name: str, account: str, endpoint: str) -> Verdict:
        """Count one request to `endpoint` in an ads account (a class with `scope: account`)."""
        return self._count(ACCOUNT, class_name, account, endpoint)

    def peek_account(self, class_name: str, account: str, endpoint: str) -> dict[str, str]:
        """The account-level headers of a class, without counting a request against it.

        A request whose class was switched (with_total_count=true) still announces the
        endpoint's account-level limit, which the spec's answers declare."""
        window = self._window(ACCOUNT, class_name, account, endpoint, self.clock())
        return self._headers(ACCOUNT, class_name, window)

    def _count(self, prefix: str, class_name: str, holder: str, endpoint: str) -> Verdict:
        window = self._window(prefix, class_name, holder, endpoint, self.clock())
        allowed = window.used < self.limits[class_name]
        if allowed:
            window.used += 1
        retry_at = 0 if allowed else math.ceil(window.end)
        return Verdict(allowed, self._headers(prefix, class_name, window), retry_at)

    def _headers(self, prefix: str, class_name: str, window: _Window) -> dict[str, str]:
        limit = self.limits[class_name]
        return {
            f"{prefix}-limit": str(limit),
            f"{prefix}-remaining": str(max(0, limit - window.used)),
            f"{prefix}-reset": str(math.ceil(window.end)),
        }

    def _window(
        self, prefix: str, class_name: str, holder: str, endpoint: str, now: float
    ) -> _Window:
        cls = self.classes[class_name]
        key = (prefix, class_name, holder, endpoint if cls.per_endpoint else "")
        window = self._windows.get(key)
        if window is None or now >= window.end:
            if now >= self._next_prune:
                self._forget_ended(now)
            window = self._windows[key] = _Window(now, now + cls.window_seconds)
        return window

    def _forget_ended(self, now: float) -> None:
        """Windows that have ended count nothing: dropped, so that the accounts and tokens
        seen over a long run do not accumulate."""
        self._windows = {k: w for k, w in self._windows.items() if now < w.end}
        self._next_prune = now + _PRUNE_EVERY
