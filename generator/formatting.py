"""Formatting the generated Python with black, cached by content, in worker processes.

Black is the slow step of a generation, so each source is formatted only when its text is new:
the cache maps a hash of the unformatted text (and black's version) to the formatted one. The
cache also memoizes datamodel-code-generator's output (see `generator.models`). The sources to
format are spread over `generator.workers`; they are already in black's layout
(`generator.layout`), so black only confirms them.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from importlib.metadata import version
from pathlib import Path

from adsapi.generator.imports import sort_imports
from adsapi.generator.layout import LINE_LENGTH
from adsapi.generator.workers import Task, Workers


def source_hash(path: str | Path) -> str:
    """Identifies a version of a generator module, so that changing it invalidates its cache."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


class ContentCache:
    """A persistent map from content hashes to produced text, one JSON file per output tree.

    Only the entries used by the latest run are saved, so it never grows past one generation.
    """

    def __init__(self, path: Path | None, seeds: tuple[Path | None, ...] = ()) -> None:
        """`seeds`: other trees' cache files whose entries may serve here too (a client of
        another version shares most of its files with the current one)."""
        self.path = path
        self._entries: dict[str, str] = {}
        self._used: dict[str, str] = {}
        self.hits = 0
        self.misses = 0
        for source in (*seeds, path):
            if source is not None and source.is_file():
                try:
                    self._entries.update(json.loads(source.read_text(encoding="utf-8")))
                except (OSError, ValueError):
                    continue

    def get(self, key: str, produce: Callable[[], str]) -> str:
        value = self.lookup(key)
        if value is None:
            value = produce()
            self.store(key, value)
        return value

    def lookup(self, key: str) -> str | None:
        """The value kept for `key` (counted as a hit), or None (a miss: `store` it)."""
        digest = _digest(key)
        value = self._entries.get(digest)
        if value is None:
            self.misses += 1
            return None
        self.hits += 1
        self._used[digest] = value
        return value

    def store(self, key: str, value: str) -> None:
        self._used[_digest(key)] = value

    def save(self) -> None:
        if self.path is None or self._used == self._entries:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(self._used, sort_keys=True), encoding="utf-8")
        temporary.replace(self.path)


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


# Black's speed on sources already in its layout, to decide whether workers pay.
BLACK_CHARACTERS_PER_SECOND = 500_000


class Formatter:
    """Sorts imports and runs black on Python sources, through a `ContentCache`."""

    def __init__(self, cache: ContentCache) -> None:
        self.cache = cache
        imports = Path(__file__).with_name("imports.py")
        self._tool = f"black {version('black')} {LINE_LENGTH} {source_hash(imports)}"
        self._pending: list[tuple[str, Task[str]]] = []

    def format(self, source: str) -> str:
        return self.cache.get(self._tool + "\0" + source, lambda: format_source(source))

    def submit(self, sources: Mapping[str, str], workers: Workers) -> dict[str, Task[str]]:
        """Path -> formatted text to come: cached ones at once, others from the workers."""
        futures: dict[str, Task[str]] = {}
        missing = []
        for path, source in sources.items():
            value = self.cache.lookup(self._tool + "\0" + source)
            if value is None:
                missing.append(path)
            else:
                futures[path] = Task.now(str, value)
        size = sum(len(sources[path]) for path in missing)
        parallel = workers.worth_it(size / BLACK_CHARACTERS_PER_SECOND)
        # Largest first, so that no worker is left with a long file at the end.
        for path in sorted(missing, key=lambda p: -len(sources[p])):
            futures[path] = workers.submit(parallel, format_source, sources[path])
            self._pending.append((self._tool + "\0" + sources[path], futures[path]))
        return futures

    def collect(self, futures: Mapping[str, Task[str]]) -> dict[str, str]:
        """The formatted texts of `submit`, once all are there; the new ones are cached."""
        formatted = {path: future.result() for path, future in futures.items()}
        for key, future in self._pending:
            self.cache.store(key, future.result())
        self._pending.clear()
        return formatted


def format_source(source: str) -> str:
    """`source` with its imports sorted, formatted by black (in a worker or in-process)."""
    import black

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY311})
    return black.format_str(sort_imports(source), mode=mode)
