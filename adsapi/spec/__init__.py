"""The one loader and intermediate model of the spec.

    spec = load_spec()                 # bundle + model, fast; raises SpecError
    result = check_spec(path)          # + OpenAPI validation and the project's conventions

Everything that reads the spec (generator, sandbox, tests) goes through `load_spec`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from adsapi.spec.build import build_model
from adsapi.spec.loader import Bundle, load_bundle
from adsapi.spec.model import ApiSpec
from adsapi.spec.problems import Problem, SpecError

__all__ = [
    "DEFAULT_SPEC",
    "ApiSpec",
    "CheckResult",
    "Problem",
    "SpecError",
    "check_spec",
    "default_spec_path",
    "load_spec",
]

DEFAULT_SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


def default_spec_path() -> Path:
    """The spec of this repository, or the one named by $ADSAPI_SPEC."""
    return Path(os.environ.get("ADSAPI_SPEC", DEFAULT_SPEC))


@dataclass(frozen=True)
class CheckResult:
    bundle: Bundle
    spec: ApiSpec


def check_spec(root: Path | str | None = None) -> CheckResult:
    """Load, validate and lint the spec; raise SpecError with every located problem."""
    # Imported here: the OpenAPI validator takes half a second to import, and `load_spec`
    # (the generator, the sandbox, the tests) does not need it.
    from adsapi.spec.lint import lint
    from adsapi.spec.validate import validate_openapi

    bundle = load_bundle(root or default_spec_path())
    problems = validate_openapi(bundle)
    if problems:
        raise SpecError(problems)
    spec, problems = build_model(bundle)
    if spec is not None:
        problems.extend(lint(bundle, spec))
    if problems:
        raise SpecError(problems)
    return CheckResult(bundle, spec)


def load_spec(root: Path | str | None = None) -> ApiSpec:
    """The model of the spec at `root` (default: this repository's). Cached per file."""
    return _load(str(Path(root or default_spec_path()).resolve()))


@lru_cache(maxsize=8)
def _load(root: str) -> ApiSpec:
    bundle = load_bundle(root)
    spec, problems = build_model(bundle)
    if problems or spec is None:
        raise SpecError(problems)
    return spec
