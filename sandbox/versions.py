"""Which API versions a sandbox serves on the day it emulates, and what it tells their clients.

The API serves two versions at a time (seed 003): the current one and, for six months, the one it
replaced, which is deprecated. The versions table (`x-api-versions`) says which versions were
served on any day; the sandbox serves exactly those, each from its own model of the spec
(`load_spec(version=N)`), so that a request to /4 is validated and answered as version 4 was. Every
answer carries `x-current-api-version`, and answers to a deprecated version carry `x-api-warn`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from adsapi.spec import ApiSpec, SpecError
from adsapi.spec.model import ApiVersion, as_day

VERSION_HEADER = "x-current-api-version"
WARN_HEADER = "x-api-warn"


class VersionsError(ValueError):
    """The sandbox cannot serve what was asked (a day with versions the spec does not describe,
    a version that was not served that day); the message says what to do instead."""


@dataclass(frozen=True)
class ServedVersions:
    """The versions one sandbox serves, with the headers each one's answers carry."""

    specs: Mapping[str, ApiSpec]  # version -> its model, oldest first
    day: date  # the day whose calendar applies
    emulated: bool  # the day was asked for (`as_of`), not today's
    current: str  # x-current-api-version on that day
    warnings: Mapping[str, str]  # version -> its x-api-warn text, for those that have one

    @property
    def calendar(self) -> tuple[ApiVersion, ...]:
        return self.newest.api_versions

    @property
    def newest(self) -> ApiSpec:
        return self.specs[list(self.specs)[-1]]

    def headers(self, version: str | None) -> dict[str, str]:
        """The version headers of an answer to `version` (None: no served version)."""
        headers = {VERSION_HEADER: self.current}
        warning = self.warnings.get(version) if version is not None else None
        if warning:
            headers[WARN_HEADER] = warning
        return headers

    def describe(self, version: str) -> str:
        """Why a version that is not served is not: for the ROUTE_NOT_FOUND message."""
        entry = next((v for v in self.calendar if v.version == version), None)
        if entry is None:
            return ""
        status = entry.status_on(self.day)
        on = f" on {self.day.isoformat()}" if self.emulated else ""
        if status == "retired":
            return f"version {version} is not served{on} (end of life {entry.end_of_life})"
        if status == "upcoming":
            return f"version {version} is not served{on} (introduced {entry.introduced})"
        return f"version {version} is not served by this sandbox"


def plan_versions(
    spec: ApiSpec | Mapping[str, ApiSpec] | None,
    as_of: date | str | None,
    clock: Callable[[], float],
) -> ServedVersions:
    """What a sandbox serves. A mapping `{version: model}` is served as given; one model (or
    None: the repository's spec) serves the versions the API served on `as_of` (default:
    today, by `clock`), each derived from the same spec."""
    emulated = as_of is not None
    try:
        day = as_day(as_of) if as_of is not None else _today(clock)
    except ValueError as exc:
        raise VersionsError(f"as_of: {exc}") from None
    if spec is None:
        from adsapi.spec import load_spec

        spec = load_spec()
    if isinstance(spec, ApiSpec):
        specs = _served_on(spec, day, emulated)
    else:
        specs = {str(version): model for version, model in spec.items()}
        if not specs:
            raise VersionsError("the sandbox needs at least one API version to serve")
        for version, model in specs.items():
            if model.version != version:
                raise VersionsError(
                    f"the model given for version {version} describes version {model.version}"
                )
    specs = dict(sorted(specs.items(), key=lambda item: _number(item[0])))
    newest = specs[list(specs)[-1]]
    current_entry = newest.current_version(day)
    current = current_entry.version if current_entry else newest.version
    warnings = {}
    for version in specs:
        entry = next((v for v in newest.api_versions if v.version == version), None)
        if entry is not None:
            warning = warning_text(entry, day, current)
            if warning:
                warnings[version] = warning
    return ServedVersions(specs, day, emulated, current, warnings)


def warning_text(entry: ApiVersion, day: date, current: str) -> str | None:
    """The `x-api-warn` of answers to `entry` on `day`: None while it is supported."""
    status = entry.status_on(day)
    if status == "deprecated":
        end = (
            f" and stops being served on {entry.end_of_life}"
            if entry.end_of_life
            else ", with no end-of-life date announced"
        )
        move = (
            f"version {current} is current, move to it before then"
            if current != entry.version
            else "the version that replaces it is not released yet"  # a gap in the table
        )
        return f"API version {entry.version} is deprecated since {entry.deprecated}{end}; {move}."
    if status == "retired":
        return (
            f"API version {entry.version} reached its end of life on {entry.end_of_life} and is "
            f"served here for testing only; version {current} is current."
        )
    if status == "upcoming":
        return (
            f"API version {entry.version} is not released until {entry.introduced}; "
            f"version {current} is current."
        )
    return None


def _served_on(spec: ApiSpec, day: date, emulated: bool) -> dict[str, ApiSpec]:
    served = [entry.version for entry in spec.served_versions(day)]
    when = day.isoformat() + ("" if emulated else " (today)")
    if not served:
        raise VersionsError(f"the API served no version on {when}, by its versions table")
    if spec.version not in served and not emulated:
        raise VersionsError(
            f"version {spec.version} is not served on {when}; pass as_of (--as-of) a day it "
            f"was served, or {{'{spec.version}': model}} to serve this model anyway"
        )
    specs = {}
    missing = []
    for version in served:
        try:
            specs[version] = spec.at_version(version)
        except (SpecError, ValueError):
            missing.append(version)
    if missing:
        described = ""
        if spec.root is not None:
            from adsapi.spec import spec_versions

            described = f"; it describes {', '.join(sorted(spec_versions(spec.root), key=int))}"
        raise VersionsError(
            f"on {when} the API served version(s) {', '.join(served)}: this spec does not "
            f"describe {', '.join(missing)}{described} (see `adsapi versions`)"
        )
    return specs


def _today(clock: Callable[[], float]) -> date:
    return datetime.fromtimestamp(clock(), UTC).date()


def _number(version: str) -> int:
    return int(version) if version.isdigit() else -1
