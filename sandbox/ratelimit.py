"""Rate limits from `x-rate-limit-classes`: fixed windows per access token and per ads account.

A class with `scope: user` is counted per access token; a class with `scope: account` is counted
both per token and per ads account, and its answers carry the `x-account-rate-limit-*` trio.
`scale` multiplies every limit (0.01 for tests that want to reach 429 quickly, 1000 for a
benchmark that should never see one).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from adsapi.spec.model import RateLimitClass


@dataclass
class _Window:
    start: float
    used: int


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
        self._windows: dict[tuple[str, ...], _Window] = {}

    def hit(self, class_name: str, token: str, account: str | None, endpoint: str = "") -> Verdict:
        """Count one request to `endpoint` (an operationId); say whether it may proceed and what
        headers announce."""
        cls = self.classes[class_name]
        now = self.clock()
        limit = self.limits[class_name]
        key = self._key(class_name, endpoint)
        user = self._window(("user", key, token), cls.window_seconds, now)
        windows = [("x-rate-limit", user)]
        if cls.scope == "account" and account is not None:
            windows.append(
                (
                    "x-account-rate-limit",
                    self._window(("account", key, account), cls.window_seconds, now),
                )
            )
        allowed = all(w.used < limit for _, w in windows)
        if allowed:
            for _, w in windows:
                w.used += 1
        headers: dict[str, str] = {}
        for prefix, w in windows:
            headers[f"{prefix}-limit"] = str(limit)
            headers[f"{prefix}-remaining"] = str(max(0, limit - w.used))
            headers[f"{prefix}-reset"] = str(math.ceil(w.start + cls.window_seconds))
        retry_at = 0
        if not allowed:
            retry_at = max(
                math.ceil(w.start + cls.window_seconds) for _, w in windows if w.used >= limit
            )
        return Verdict(allowed, headers, retry_at)

    def _key(self, class_name: str, endpoint: str) -> str:
        """What shares a window: the whole class, or each of its endpoints (`counted`)."""
        return (
            f"{class_name}\0{endpoint}"
            if self.classes[class_name].counted == "endpoint"
            else class_name
        )

    def peek_account(self, class_name: str, account: str, endpoint: str = "") -> dict[str, str]:
        """The account-level headers of a class, without counting a request against it.

        A request whose class was switched (with_total_count=true) still announces the
        endpoint's account-level limit, which the spec's answers declare."""
        cls = self.classes[class_name]
        limit = self.limits[class_name]
        key = self._key(class_name, endpoint)
        w = self._window(("account", key, account), cls.window_seconds, self.clock())
        return {
            "x-account-rate-limit-limit": str(limit),
            "x-account-rate-limit-remaining": str(max(0, limit - w.used)),
            "x-account-rate-limit-reset": str(math.ceil(w.start + cls.window_seconds)),
        }

    def _window(self, key: tuple[str, ...], seconds: int, now: float) -> _Window:
        window = self._windows.get(key)
        if window is None or now >= window.start + seconds:
            window = self._windows[key] = _Window(now, 0)
        return window
