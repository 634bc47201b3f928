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

from adsapi.spec.build import build_model
from adsapi.spec.lint import lint
from adsapi.spec.loader import Bundle, load_bundle
from adsapi.spec.model import ApiSpec
from adsapi.spec.problems import Problem, SpecError
from adsapi.spec.validate import validate_openapi
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
    "spec_versions",
]

DEFAULT_SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


def default_spec_path() -> Path:
    """The spec of this repository, or the one named by $ADSAPI_SPEC."""
    return Path(os.environ.get("ADSAPI_SPEC", DEFAULT_SPEC))


@dataclass(frozen=True)
class CheckResult:
    bundle: Bundle
    spec: ApiSpec


def check_spec(root: Path | str | None = None, *, version: str | None = None) -> CheckResult:
    """Load, validate and lint the spec (of `version`, default the main one); raise SpecError
    with every located problem."""
    bundle = load_bundle(root or default_spec_path())
    if version is not None:
        bundle = apply_version(bundle, str(version))
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


def spec_versions(root: Path | str | None = None) -> tuple[str, ...]:
    """The API versions `load_spec` can produce for the spec at `root`, newest first."""
    return available_versions(load_bundle(root or default_spec_path()))


@lru_cache(maxsize=32)
def _load(root: str, version: str | None) -> ApiSpec:
    bundle = load_bundle(root)
    if version is not None:
        bundle = apply_version(bundle, version)
    spec, problems = build_model(bundle)
    if problems or spec is None:
        raise SpecError(problems)
    return spec
