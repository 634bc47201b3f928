"""Client generator: renders the spec model into the `twitter_ads_client` package in generated/.

    from adsapi.generator import generate
    report = generate(load_spec(), Path("generated"))          # write what changed
    report = generate(spec, Path("generated"), check=True)     # only compare

Works from any `ApiSpec`, so another version's model generates its own client.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from adsapi.generator.formatting import ContentCache, Formatter
from adsapi.generator.output import Difference, apply, compare
from adsapi.generator.plan import PlanError, plan_package
from adsapi.generator.record import (
    Record,
    content_digest,
    inputs_digest,
    likely_current,
    spec_stamps,
)
from adsapi.generator.render import render_package
from adsapi.generator.workers import Workers
from adsapi.locations import caching_disabled, user_cache_dir

if TYPE_CHECKING:
    from adsapi.spec.model import ApiSpec

__all__ = [
    "GenerateReport",
    "PlanError",
    "default_cache_path",
    "generate",
    "render",
    "start_workers",
]


@dataclass(frozen=True)
class GenerateReport:
    root: Path
    files: int  # files the package has
    difference: Difference  # between the tree before the run and the spec
    written: bool  # False for a check
    cache_hits: int
    cache_misses: int

    @property
    def stale(self) -> list[str]:
        return self.difference.stale


def default_cache_path(root: Path) -> Path | None:
    """One cache file per output folder, in the user's cache directory (None: caching off)."""
    if caching_disabled():
        return None
    root = root.resolve()
    key = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    return user_cache_dir() / "generator" / f"{root.name}-{key}.json"


def _record_path(cache_path: Path | None) -> Path | None:
    return None if cache_path is None else cache_path.with_suffix(".record.json")


def render(
    spec: ApiSpec, cache: ContentCache | None = None, workers: Workers | None = None
) -> dict[str, str]:
    """Relative path -> content of every file of the generated package."""
    formatter = Formatter(cache or ContentCache(None))
    with workers or Workers() as pool:
        return render_package(plan_package(spec), formatter, pool)


def start_workers(root: Path, spec_root: Path) -> Workers:
    """Workers for generating `root` from the spec at `spec_root`: started at once when the
    spec looks changed since the last generation of `root`, so that they import black and
    datamodel-code-generator while the spec loads."""
    workers = Workers()
    if not likely_current(Record.load(_record_path(default_cache_path(root))), spec_root):
        workers.start()
    return workers


def generate(
    spec: ApiSpec,
    root: Path,
    *,
    check: bool = False,
    cache_path: Path | None = None,
    workers: Workers | None = None,
) -> GenerateReport:
    """Bring `root` in line with `spec` (or, with `check`, only say how it differs)."""
    cache_path = cache_path if cache_path is not None else default_cache_path(root)
    inputs = inputs_digest(spec)
    record = Record.load(_record_path(cache_path))
    if record is not None and record.inputs == inputs:
        difference = record.compare(root)
        if not difference:  # as the last generation left it, from the same inputs
            return GenerateReport(root, len(record.files), difference, not check, 0, 0)
    cache = ContentCache(cache_path)
    files = render(spec, cache, workers)
    difference = compare(files, root)
    if not check and difference:
        apply(files, root, difference)
    cache.save()
    digests = {path: content_digest(text.encode("utf-8")) for path, text in files.items()}
    stamps = spec_stamps(Path(spec.root)) if spec.root else {}
    Record(inputs, digests, stamps).save(_record_path(cache_path))
    return GenerateReport(root, len(files), difference, not check, cache.hits, cache.misses)
