"""The nonces already used, in bounded memory, and the floor below which no request is taken.

RFC 5849 asks a server to refuse a nonce it has seen with the same token and timestamp. A nonce
needs remembering only while its timestamp is inside the window, so the ledger keeps the nonces
of each second of the window and forgets a second once it is out. Two things make it forget
sooner, and the floor answers both: a restart (the previous run's nonces are gone while its
state may persist with `--db`) and a flood (past `capacity` nonces the oldest seconds are
dropped). A request signed before the floor cannot be told from a replay, so it is refused
like one: the floor starts when the sandbox starts and only rises.

Over a database file the floor is the first whole second after the start, and the nonces it
cannot cover are kept with the state: those signed later than the moment they were used (the
window takes timestamps up to its width ahead of the sandbox's clock). A request replayed after
a restart is therefore signed before the floor, or its nonce is in the database. Nothing else
is written: a client whose clock is not ahead costs no write.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable
from typing import Protocol

CAPACITY = 100_000  # about 13 MB of nonces: 25 s of a sandbox's top speed, 5 min at 330 req/s


class NonceStore(Protocol):
    """Where the nonces signed ahead of the clock outlive the process (`sandbox.store.Store`)."""

    persistent: bool

    def keep_nonce(self, timestamp: int, key: int, forget_before: int) -> None: ...

    def kept_nonces(self, since: int) -> list[tuple[int, int]]: ...


class NonceLedger:
    def __init__(
        self,
        floor: int,
        window: int,
        capacity: int = CAPACITY,
        keep: Callable[[int, int, int], None] | None = None,
    ) -> None:
        self.floor = floor  # no request signed before this second is accepted
        self.window = window
        self.capacity = capacity
        self._keep = keep  # (timestamp, key, forget before): a nonce signed ahead of the clock
        # timestamp -> the nonces seen with it, each as a 64-bit digest of (consumer key, token,
        # nonce): a nonce of any length costs the same, and an accidental collision among
        # 100,000 nonces has odds of about 1 in 10^9 (an aimed one needs the other's nonce).
        self._seconds: dict[int, set[int]] = {}
        self._count = 0
        self._next_prune = 0.0

    @staticmethod
    def over(store: NonceStore, now: float, window: int) -> NonceLedger:
        """The ledger of a sandbox starting at `now` over `store`."""
        if not store.persistent:
            return NonceLedger(int(now), window)
        floor = math.ceil(now)
        ledger = NonceLedger(floor, window, keep=store.keep_nonce)
        ledger._add(store.kept_nonces(floor))
        return ledger

    def __len__(self) -> int:
        return self._count

    def use(self, consumer_key: str, token: str, nonce: str, timestamp: int, now: float) -> bool:
        """Remember a nonce; False when it was used before or is signed before the floor. With a
        store, a nonce signed ahead of `now` is written first (its errors propagate, and the
        nonce is then not taken)."""
        if timestamp < self.floor:
            return False
        if now >= self._next_prune:
            self._forget_before(int(now) - self.window)
            self._next_prune = now + 1
        key = digest(consumer_key, token, nonce)
        seen = self._seconds.get(timestamp)
        if seen is not None and key in seen:
            return False
        if self._keep is not None and timestamp > now:
            self._keep(timestamp, key, int(now) - self.window)
        self._add(((timestamp, key),))
        return True

    def _add(self, nonces: Iterable[tuple[int, int]]) -> None:
        for timestamp, key in nonces:
            seen = self._seconds.get(timestamp)
            if seen is None:
                seen = self._seconds[timestamp] = set()
            seen.add(key)
            self._count += 1
        if self._count > self.capacity:
            self._drop_oldest()

    def _forget_before(self, second: int) -> None:
        """Seconds out of the window: their requests are refused by the window already."""
        for old in [s for s in self._seconds if s < second]:
            self._count -= len(self._seconds.pop(old))

    def _drop_oldest(self) -> None:
        """Too many nonces: forget the oldest seconds (a tenth of the capacity at least) and
        raise the floor above them."""
        while self._count > self.capacity * 0.9:
            oldest = min(self._seconds)
            self._count -= len(self._seconds.pop(oldest))
            self.floor = max(self.floor, oldest + 1)


def digest(consumer_key: str, token: str, nonce: str) -> int:
    """A signed 64-bit digest of a nonce and who used it, the same in every process."""
    text = "\0".join((consumer_key, token, nonce)).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big", signed=True)
