"""The nonces already used, in bounded memory, and the floor below which no request is taken.

RFC 5849 asks a server to refuse a nonce it has seen with the same token and timestamp. A nonce
needs remembering only while its timestamp is inside the window, so the ledger keeps the nonces
of each second of the window and forgets a second once it is out. Two things make it forget
sooner, and the floor answers both: a restart (the previous run's nonces are gone while its
state may persist with `--db`) and a flood (past `capacity` nonces the oldest seconds are
dropped). A request signed before the floor cannot be told from a replay, so it is refused
like one: the floor starts at the second the sandbox started and only rises.
"""

from __future__ import annotations

CAPACITY = 100_000  # about 7 MB of nonces: 25 s of a sandbox's top speed, 5 min at 330 req/s


class NonceLedger:
    def __init__(self, floor: int, window: int, capacity: int = CAPACITY) -> None:
        self.floor = floor  # no request signed before this second is accepted
        self.window = window
        self.capacity = capacity
        # timestamp -> the nonces seen with it, each as the hash of (consumer key, token, nonce):
        # 64 bits with a per-process random seed, so a client can neither predict nor aim a
        # collision, and an accidental one among 100,000 nonces has odds of about 1 in 10^9.
        self._seconds: dict[int, set[int]] = {}
        self._count = 0
        self._next_prune = 0.0

    def __len__(self) -> int:
        return self._count

    def use(self, consumer_key: str, token: str, nonce: str, timestamp: int, now: float) -> bool:
        """Remember a nonce; False when it was used before or is signed before the floor."""
        if timestamp < self.floor:
            return False
        if now >= self._next_prune:
            self._forget_before(int(now) - self.window)
            self._next_prune = now + 1
        seen = self._seconds.get(timestamp)
        if seen is None:
            seen = self._seconds[timestamp] = set()
        key = hash((consumer_key, token, nonce))
        if key in seen:
            return False
        seen.add(key)
        self._count += 1
        if self._count > self.capacity:
            self._drop_oldest()
        return True

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
