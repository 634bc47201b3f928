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

from adsapi.generator.formatting import ContentCache, Formatter
from adsapi.generator.output import Difference, apply, compare
from adsapi.generator.plan import PlanError, plan_package
from adsapi.generator.render import render_package
from adsapi.locations import caching_disabled, user_cache_dir
from adsapi.spec.model import ApiSpec

__all__ = ["GenerateReport", "PlanError", "default_cache_path", "generate", "render"]


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


def render(spec: ApiSpec, cache: ContentCache | None = None) -> dict[str, str]:
    """Relative path -> content of every file of the generated package."""
    return render_package(plan_package(spec), Formatter(cache or ContentCache(None)))


def generate(
    spec: ApiSpec, root: Path, *, check: bool = False, cache_path: Path | None = None
) -> GenerateReport:
    """Bring `root` in line with `spec` (or, with `check`, only say how it differs)."""
    cache = ContentCache(cache_path if cache_path is not None else default_cache_path(root))
    files = render(spec, cache)
    difference = compare(files, root)
    if not check and difference:
        apply(files, root, difference)
    cache.save()
    return GenerateReport(root, len(files), difference, not check, cache.hits, cache.misses)
