"""Helpers for driving the sandbox in any API version: the versions, a day that serves each, and
the values of parameters that only some versions take."""

from __future__ import annotations

from typing import Any

from adsapi.spec import ApiSpec, load_spec, spec_versions

VERSIONS = tuple(sorted(spec_versions(), key=int))  # every version the spec describes

# Values for parameters that exist in some versions only (v10 and older campaigns hold their
# flight dates and frequency cap; v2-v4 list drafts with draft_only and rename accounts with
# account_name), added to a call wherever the version takes them.
VERSIONED_VALUES: dict[str, Any] = {
    "start_time": "2024-01-01T00:00:00Z",
    "end_time": "2024-12-31T00:00:00Z",
    "frequency_cap": 3,
    "duration_in_days": 7,
    "draft_only": True,
    "account_name": "renamed",
}


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


def for_version(spec: ApiSpec, operation_id: str, call: dict[str, Any]) -> dict[str, Any]:
    """`call` (written for the current version) as version `spec.version` takes it: parameters
    the version lacks dropped, those only it has added (`VERSIONED_VALUES`), batch items too."""
    op = spec.operation(operation_id)
    adapted = {k: v for k, v in call.items() if k == "body" or op.parameter(k) is not None}
    for name, value in VERSIONED_VALUES.items():
        if op.parameter(name) is not None and name not in adapted:
            adapted[name] = value
    if op.batch is not None and "body" in call:
        adapted["body"] = [_batch_item(spec, op.batch.operations, item) for item in call["body"]]
    return adapted


def _batch_item(spec: ApiSpec, targets: Any, item: dict[str, Any]) -> dict[str, Any]:
    target = targets[item["operation_type"]]
    return {**item, "params": for_version(spec, target, item["params"])}


def required_values(spec: ApiSpec, operation_id: str) -> dict[str, Any]:
    """`VERSIONED_VALUES` of the parameters `operation_id` requires in this version."""
    op = spec.operation(operation_id)
    return {
        name: value
        for name, value in VERSIONED_VALUES.items()
        if (param := op.parameter(name)) is not None and param.required
    }
