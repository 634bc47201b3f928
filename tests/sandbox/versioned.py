"""Helpers for driving the sandbox in any API version: the versions and a day that serves each."""

from __future__ import annotations

from adsapi.spec import ApiSpec, load_spec, spec_versions

VERSIONS = tuple(sorted(spec_versions(), key=int))  # every version the spec describes


def spec_of(version: str) -> ApiSpec:
    return load_spec(version=version)


def day_serving(version: str) -> str:
    """A day of the versions table the sandbox can emulate (every version served then is
    described) on which `version` is served: deprecated if it ever was, so that its answers
    carry x-api-warn."""
    spec = spec_of(version)
    days = sorted(
        {d for v in spec.api_versions for d in (v.introduced, v.deprecated, v.end_of_life) if d}
    )
    entry = spec.api_version(version)
    fits = [
        day
        for day in days
        if entry.is_served_on(day) and {v.version for v in spec.served_versions(day)} <= {*VERSIONS}
    ]
    deprecated = [day for day in fits if entry.status_on(day) == "deprecated"]
    if not fits:
        raise AssertionError(f"no day serves version {version} with described versions only")
    return (deprecated or fits)[0]
