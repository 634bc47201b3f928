"""The one loader and intermediate model of the spec.

    spec = load_spec()                 # bundle + model, fast; raises SpecError
    spec = load_spec(version="4")      # an older version, from spec/versions/ (README, Versions)
    result = check_spec(path)          # + OpenAPI validation and the project's conventions

Everything that reads the spec (generator, sandbox, tests) goes through `load_spec`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from adsapi.locations import spec_root
from adsapi.spec.build import build_model
from adsapi.spec.cache import cached_inputs, cached_model
from adsapi.spec.loader import Bundle, load_bundle
from adsapi.spec.model import ApiSpec
from adsapi.spec.problems import Problem, SpecError
from adsapi.spec.versions import apply_version, available_versions

__all__ = [
    "DEFAULT_SPEC",
    "ApiSpec",
    "CheckResult",
    "Problem",
    "SpecError",
    "check_spec",
    "default_spec_path",
    "load_spec",
    "spec_inputs",
    "spec_versions",
    "version_bundle",
]

DEFAULT_SPEC = spec_root().resolve()


def default_spec_path() -> Path:
    """The spec the toolkit ships, or the one named by $ADSAPI_SPEC."""
    return Path(os.environ.get("ADSAPI_SPEC", DEFAULT_SPEC))


@dataclass(frozen=True)
class CheckResult:
    bundle: Bundle
    spec: ApiSpec


def check_spec(root: Path | str | None = None, *, version: str | None = None) -> CheckResult:
    """Load, validate and lint the spec (of `version`, default the main one); raise SpecError
    with every located problem."""
    # Imported here: the OpenAPI validator takes half a second to import, and `load_spec`
    # (the generator, the sandbox, the tests) does not need it.
    from adsapi.spec.lint import lint
    from adsapi.spec.validate import validate_openapi

    bundle = version_bundle(root or default_spec_path(), version)
    problems = validate_openapi(bundle)
    if problems:
        raise SpecError(problems)
    spec, problems = build_model(bundle)
    if spec is not None:
        problems.extend(lint(bundle, spec))
    if problems:
        raise SpecError(problems)
    return CheckResult(bundle, spec)


def load_spec(root: Path | str | None = None, *, version: str | int | None = None) -> ApiSpec:
    """The model of the spec at `root` (default: this repository's), of API `version` (default:
    the version the main spec describes; older ones come from spec/versions/). Cached."""
    resolved = str(Path(root or default_spec_path()).resolve())
    return _load(resolved, None if version is None else str(version))


def spec_inputs(
    root: Path | str | None = None, *, version: str | int | None = None
) -> dict[str, str] | None:
    """The files the cached model `load_spec(root, version=version)` returns was built from,
    each with its content digest; None when `load_spec` would have to build it (again)."""
    resolved = Path(str(Path(root or default_spec_path()).resolve()))
    return cached_inputs(resolved, None if version is None else str(version))


def spec_versions(root: Path | str | None = None) -> tuple[str, ...]:
    """The API versions `load_spec` can produce for the spec at `root`, newest first."""
    return available_versions(_main_bundle(Path(root or default_spec_path()).resolve()))


def version_bundle(root: Path | str, version: str | int | None = None) -> Bundle:
    """The bundle of `version` of the spec at `root` (default: the main version), the caller's
    to keep: the main spec is read afresh, an older version is derived from a copy."""
    if version is None:
        return load_bundle(root)
    main = _main_bundle(Path(root).resolve())
    if str(version) == str(main.document.get("info", {}).get("version", "")):
        return load_bundle(root)
    return apply_version(main, str(version))


# The main bundle each version is derived from, read again when one of its files changes:
# deriving eleven versions should not read and bundle the same files eleven times.
_MAIN_BUNDLES: dict[Path, tuple[tuple[int, ...], Bundle]] = {}


def _stamp(files: tuple[Path, ...]) -> tuple[int, ...]:
    return tuple(f.stat().st_mtime_ns if f.exists() else -1 for f in files)


def _main_bundle(root: Path) -> Bundle:
    cached = _MAIN_BUNDLES.get(root)
    if cached is not None and cached[0] == _stamp(cached[1].files):
        return cached[1]
    bundle = load_bundle(root)
    _MAIN_BUNDLES[root] = (_stamp(bundle.files), bundle)
    return bundle


@lru_cache(maxsize=32)
def _load(root: str, version: str | None) -> ApiSpec:
    def build() -> tuple[ApiSpec, tuple[Path, ...]]:
        bundle = version_bundle(root, version)
        spec, problems = build_model(bundle)
        if problems or spec is None:
            raise SpecError(problems)
        return spec, bundle.files

    return cached_model(Path(root), version, build)
