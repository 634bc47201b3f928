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
    code_digest,
    content_digest,
    inputs_digest,
    spec_identity,
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
    "spec_identity",
    "up_to_date",
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


def up_to_date(root: Path, spec: str | None, *, check: bool = False) -> GenerateReport | None:
    """The report of a run with nothing to do, if `root` is as the last generation left it and
    neither the generator nor the spec (`spec`, a `spec_identity`) changed since; else None.
    Costs no spec loading."""
    record = Record.load(_record_path(default_cache_path(root)))
    if record is None or not record.current(spec) or record.compare(root):
        return None
    return GenerateReport(root, len(record.files), Difference(), not check, 0, 0)


def generate(
    spec: ApiSpec,
    root: Path,
    *,
    check: bool = False,
    cache_path: Path | None = None,
    workers: Workers | None = None,
    spec_identity: str | None = None,
) -> GenerateReport:
    """Bring `root` in line with `spec` (or, with `check`, only say how it differs).

    `spec_identity` (see `record.spec_identity`) lets the next run see that nothing changed
    without loading the spec (`up_to_date`)."""
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
    Record(inputs, digests, spec_identity or "", code_digest()).save(_record_path(cache_path))
    return GenerateReport(root, len(files), difference, not check, cache.hits, cache.misses)
