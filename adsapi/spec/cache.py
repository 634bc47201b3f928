"""Built models kept on disk, so that every tool does not bundle the spec again on start-up.

Bundling grows with the spec (it is a quarter of a second today, for a twentieth of the API), and
every `adsapi` command, sandbox process and test run starts by loading the model. An entry is
used only if every file it was built from still has the same content: each entry records the
files it read (the spec's YAML files, the version files, this package's own sources) with their
hashes, and loading re-hashes them. Entries live in the user's cache directory
(`adsapi.locations`); `ADSAPI_CACHE_DIR` moves it, `off` disables it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from adsapi.locations import caching_disabled, user_cache_dir
from adsapi.spec.model import ApiSpec

ENTRIES_KEPT = 64
_FORMAT = 2  # bump when the entry layout changes


def cache_dir() -> Path | None:
    if caching_disabled():
        return None
    return user_cache_dir() / "spec-model"


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def _inputs(root: Path, extra: Iterable[Path]) -> list[Path]:
    """What a model of `root` is built from: its folder's YAML files, `extra`, our sources."""
    here = Path(__file__).resolve().parent
    # The model holds rule objects of adsapi.rules, outside this package: it counts too.
    sources = [*here.glob("*.py"), here.parent / "rules.py"]
    return sorted({*root.parent.rglob("*.yaml"), root, *extra, *sources})


def _entry_path(directory: Path, root: Path, version: str | None) -> Path:
    name = f"{_FORMAT}|{sys.version}|{root}|{version}"
    return directory / (hashlib.sha256(name.encode()).hexdigest()[:32] + ".pickle")


def cached_model(
    root: Path, version: str | None, build: Callable[[], tuple[ApiSpec, Iterable[Path]]]
) -> ApiSpec:
    """The model of `root` at `version`, from the cache when still valid, else from `build`.

    `build` returns the model and the files it read.
    """
    directory = cache_dir()
    if directory is None:
        return build()[0]
    entry = _entry_path(directory, root, version)
    try:
        # The manifest is pickled first, so that a stale entry's model is never unpickled.
        with entry.open("rb") as stream:
            if _current_manifest(stream) is not None:
                spec = pickle.load(stream)
                if isinstance(spec, ApiSpec):
                    return spec
    except _UNREADABLE:
        pass  # no entry, or one written by other code: rebuild
    spec, files = build()
    manifest = {str(path): _digest(path) for path in _inputs(root, files)}
    try:
        directory.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as stream:
            pickle.dump(manifest, stream, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(spec, stream, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(entry)
        _evict(directory)
    except OSError:
        pass  # a read-only checkout still works, only slower
    return spec


def cached_inputs(root: Path, version: str | None) -> dict[str, str] | None:
    """The files the cached model of `root` at `version` was built from, each with its digest,
    when that model is current; None when `cached_model` would build it again. It tells that
    nothing the model depends on changed without unpickling the model."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        with _entry_path(directory, root, version).open("rb") as stream:
            return _current_manifest(stream)
    except _UNREADABLE:
        return None


_UNREADABLE = (OSError, pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError)


def _current_manifest(stream: BinaryIO) -> dict[str, str] | None:
    manifest = pickle.load(stream)
    if all(_digest(Path(path)) == digest for path, digest in manifest.items()):
        return dict(manifest)
    return None


def _evict(directory: Path) -> None:
    entries = sorted(directory.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[ENTRIES_KEPT:]:
        stale.unlink(missing_ok=True)
