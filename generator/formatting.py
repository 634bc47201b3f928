"""Formatting the generated Python once, in-process with black, cached by content.

Black is the slow step of a generation, so each source is formatted only when its text is new:
the cache maps a hash of the unformatted text (and black's version) to the formatted one. The
cache also memoizes datamodel-code-generator's output (see `generator.models`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from adsapi.generator.imports import sort_imports
from adsapi.generator.layout import LINE_LENGTH


def source_hash(path: str | Path) -> str:
    """Identifies a version of a generator module, so that changing it invalidates its cache."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


class ContentCache:
    """A persistent map from content hashes to produced text, one JSON file per output tree.

    Only the entries used by the latest run are saved, so it never grows past one generation.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, str] = {}
        self._used: dict[str, str] = {}
        self.hits = 0
        self.misses = 0
        if path is not None and path.is_file():
            try:
                self._entries = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._entries = {}

    def get(self, key: str, produce: Callable[[], str]) -> str:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        if digest in self._entries:
            self.hits += 1
            value = self._entries[digest]
        else:
            self.misses += 1
            value = produce()
        self._used[digest] = value
        return value

    def save(self) -> None:
        if self.path is None or self._used == self._entries:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(self._used, sort_keys=True), encoding="utf-8")
        temporary.replace(self.path)


class Formatter:
    """Sorts imports and runs black on Python sources, through a `ContentCache`."""

    def __init__(self, cache: ContentCache) -> None:
        self.cache = cache
        imports = Path(__file__).with_name("imports.py")
        self._tool = f"black {version('black')} {LINE_LENGTH} {source_hash(imports)}"

    def format(self, source: str) -> str:
        return self.cache.get(self._tool + "\0" + source, lambda: self._format(source))

    @staticmethod
    def _format(source: str) -> str:
        import black

        mode = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY311})
        return black.format_str(sort_imports(source), mode=mode)
