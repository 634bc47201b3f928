"""YAML reading for spec files: plain JSON-compatible data, problems located by line.

Parsed files are kept in the user's cache directory by content: an edit of one file of the spec
parses that file again, not all forty (parsing is most of bundling). `ADSAPI_CACHE_DIR=off`
disables it, as it does every cache of the toolkit.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

import yaml

from adsapi.locations import caching_disabled, user_cache_dir
from adsapi.spec.problems import Problem, SpecError

PARSES_KEPT = 2000  # files; a few spec copies' worth

# libyaml's parser when present: six times faster than the pure-Python one on this spec.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_SafeBase):  # type: ignore[misc,valid-type]
    """Safe loader that keeps dates as strings: the spec is JSON data, `2022-10-27` is text."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, display_name: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError([Problem(display_name, "", f"cannot read file: {exc.strerror}")]) from None
    entry = _cache_entry(text)
    if entry is not None:
        try:
            return pickle.loads(entry.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass  # not parsed yet, or written by other code: parse
    try:
        data = yaml.load(text, Loader=_SpecLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError([Problem(display_name, "", f"invalid YAML{where}: {problem}")]) from None
    if entry is not None:
        _keep(entry, data)
    return data


def _cache_entry(text: str) -> Path | None:
    if caching_disabled():
        return None
    # The parser's settings live in this module: a change to it makes other entries.
    key = hashlib.sha256(_SOURCE + text.encode("utf-8")).hexdigest()
    return user_cache_dir() / "spec-yaml" / f"{key[:40]}.pickle"


def _keep(entry: Path, data: Any) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(entry)
        entries = list(entry.parent.glob("*.pickle"))
        if len(entries) > 2 * PARSES_KEPT:  # evict now and then, the oldest first
            entries.sort(key=lambda p: p.stat().st_mtime)
            for stale in entries[: len(entries) - PARSES_KEPT]:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache directory only makes reading slower


_SOURCE = Path(__file__).read_bytes() + yaml.__version__.encode()
