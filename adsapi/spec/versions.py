"""Older API versions as data: `spec/versions/<N>.yaml` turns version N+1 into version N.

The main spec describes the current version. Each version file names the version it produces,
the version it is `based-on` (the next newer one) and an ordered list of changes (see
`adsapi.spec.changes` and the README, "Versions"). Version N of the spec is the bundled main
document with every file from the newest down to N applied in turn, so everything downstream
gets an ordinary document and an ordinary `ApiSpec`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from adsapi.spec.changes import KINDS, PER_OPERATION, ChangeError, Document, apply_change
from adsapi.spec.loader import Bundle, display_path
from adsapi.spec.problems import Problem, SpecError, join_pointer
from adsapi.spec.yamlio import read_yaml

VERSIONS_DIRECTORY = "versions"

# A change says where it comes from: a seed document, or a section or the endpoint appendix
# (Appendix A) of the compiled reference.
SOURCE_PATTERN = r"^(seed 00[0-4]|reference (§[0-9]+[a-z]?|appendix A))(\b|$)"

_NAME = {"type": "string", "minLength": 1}
_MEMBERS = {"type": "object"}
_KEYS = {"type": "array", "items": _NAME}
_COMMON: dict[str, Any] = {
    "change": {"enum": list(KINDS)},
    "description": {"type": "string", "minLength": 10},
    "source": {
        "type": "array",
        "minItems": 1,
        "items": {"type": "string", "pattern": SOURCE_PATTERN},
    },
    "dated": {"enum": ["documented", "inferred"]},
    "reasoning": {"type": "string", "minLength": 20},
}
_TARGETS = {"operation": _NAME, "operations": {"type": "array", "minItems": 1, "items": _NAME}}
# Members of each kind of change, besides the common ones: (required, optional).
_FIELDS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "add-operation": (
        {
            "path": _NAME,
            "method": {"enum": ["get", "put", "post", "delete", "patch"]},
            "operation": _MEMBERS,
        },
        {},
    ),
    "remove-operation": ({}, {}),
    "add-tag": ({"tag": {"type": "object", "required": ["name"]}}, {"after": _NAME}),
    "remove-tag": ({"tag": _NAME}, {}),
    "add-schema": ({"schema": _NAME, "definition": _MEMBERS}, {}),
    "remove-schema": ({"schema": _NAME}, {}),
    "move-operation": ({"path": _NAME}, {}),
    "update-operation": ({}, {"set": _MEMBERS, "remove": _KEYS}),
    "add-parameter": (
        {"parameter": _MEMBERS},
        {"after": _NAME, "example": {}},
    ),
    "remove-parameter": ({"name": _NAME}, {}),
    "rename-parameter": ({"name": _NAME, "to": _NAME}, {}),
    "update-parameter": (
        {"name": _NAME},
        {"set": _MEMBERS, "remove": _KEYS, "required": {"type": "boolean"}},
    ),
    "add-property": (
        {"schema": _NAME, "property": _NAME, "definition": _MEMBERS},
        {"required": {"type": "boolean"}, "example": {}, "after": _NAME},
    ),
    "remove-property": ({"schema": _NAME, "property": _NAME}, {}),
    "rename-property": ({"schema": _NAME, "property": _NAME, "to": _NAME}, {}),
    "update-property": (
        {"schema": _NAME, "property": _NAME},
        {"set": _MEMBERS, "remove": _KEYS, "required": {"type": "boolean"}},
    ),
    "update-schema": ({"schema": _NAME}, {"set": _MEMBERS, "remove": _KEYS}),
    "rename-enum-value": ({"schema": _NAME, "value": {}, "to": {}}, {}),
    "add-rule": ({"rule": _MEMBERS}, {}),
    "remove-rule": ({"kind": _NAME, "parameters": {**_KEYS, "minItems": 1}}, {}),
    "set-batch-limit": ({"max-items": {"type": "integer", "minimum": 1}}, {}),
}
_FILE_SCHEMA = {
    "type": "object",
    "required": ["version", "based-on", "summary", "changes"],
    "properties": {
        "version": {"type": "string", "pattern": "^[0-9]+$"},
        "based-on": {"type": "string", "pattern": "^[0-9]+$"},
        "summary": {"type": "string", "minLength": 10},
        "changes": {"type": "array", "items": {"type": "object"}},
    },
    "additionalProperties": False,
}


def _change_schema(kind: str) -> dict[str, Any]:
    required, optional = _FIELDS[kind]
    properties = {**_COMMON, **required, **optional}
    needed = ["change", "description", "source", "dated", *required]
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": needed,
        "additionalProperties": False,
        "if": {"properties": {"dated": {"const": "inferred"}}},
        "then": {"required": ["reasoning"]},
    }
    if kind in PER_OPERATION:
        properties.update(_TARGETS)
        schema["oneOf"] = [{"required": ["operation"]}, {"required": ["operations"]}]
    return schema


@lru_cache(maxsize=1)
def _validators() -> tuple[Any, Any, dict[str, Any]]:
    """(file, change kind, per kind) validators of the version files' format. Built on first
    use: jsonschema is only needed when version files are read, not when a model is cached."""
    from jsonschema import Draft202012Validator

    kind = Draft202012Validator(
        {"type": "object", "required": ["change"], "properties": {"change": _COMMON["change"]}}
    )
    per_kind = {k: Draft202012Validator(_change_schema(k)) for k in _FIELDS}
    return Draft202012Validator(_FILE_SCHEMA), kind, per_kind


@dataclass(frozen=True)
class VersionFile:
    """One file of `spec/versions/`: how to get `version` from `based_on`."""

    path: Path
    version: str
    based_on: str
    summary: str
    changes: tuple[dict[str, Any], ...]

    @property
    def display(self) -> str:
        return display_path(self.path)


def versions_directory(root: Path | str) -> Path:
    return Path(root).resolve().parent / VERSIONS_DIRECTORY


def _format_problems(data: Any, display: str) -> list[Problem]:
    def located(errors: Any, base: str) -> list[Problem]:
        return [
            Problem(display, join_pointer(base, *e.absolute_path), e.message.splitlines()[0])
            for e in sorted(errors, key=lambda e: list(e.absolute_path))
        ]

    file_validator, kind_validator, validators = _validators()
    problems = located(file_validator.iter_errors(data), "")
    if problems or not isinstance(data, dict):
        return problems
    for index, change in enumerate(data["changes"]):
        where = join_pointer("/changes", index)
        kind_errors = located(kind_validator.iter_errors(change), where)
        if kind_errors:
            problems.extend(kind_errors)
            continue
        errors = list(validators[change["change"]].iter_errors(change))
        if any(e.validator == "oneOf" for e in errors):
            problems.append(
                Problem(display, where, "name the operation(s): `operation` or `operations`")
            )
            errors = [e for e in errors if e.validator != "oneOf"]
        problems.extend(located(errors, where))
    return problems


def read_version_file(path: Path) -> VersionFile:
    """Read and check one version file; SpecError with every problem of its format."""
    display = display_path(path)
    data = read_yaml(path, display)
    problems = _format_problems(data, display)
    if not problems and data["version"] != path.stem:
        problems.append(
            Problem(
                display,
                "/version",
                f"the file of version {data['version']} must be named {data['version']}.yaml",
            )
        )
    if problems:
        raise SpecError(problems)
    return VersionFile(
        path, data["version"], data["based-on"], data["summary"], tuple(data["changes"])
    )


@lru_cache(maxsize=4)
def _chain(directory: Path, current: str, stamp: tuple[tuple[str, float], ...]) -> tuple:
    del stamp  # part of the cache key only: edited files are read again
    files = [read_version_file(p) for p in sorted(directory.glob("*.yaml"))]
    by_base: dict[str, VersionFile] = {}
    problems: list[Problem] = []
    for version_file in files:
        if version_file.based_on in by_base:
            other = by_base[version_file.based_on]
            problems.append(
                Problem(
                    version_file.display,
                    "/based-on",
                    f"version {version_file.based_on} is already the base of {other.display}",
                )
            )
        by_base[version_file.based_on] = version_file
    chain: list[VersionFile] = []
    newer = current
    while newer in by_base:
        chain.append(by_base.pop(newer))
        newer = chain[-1].version
    for orphan in by_base.values():
        problems.append(
            Problem(
                orphan.display,
                "/based-on",
                f"version {orphan.based_on} is neither the "
                f"main spec's version ({current}) nor produced by another version file",
            )
        )
    if problems:
        raise SpecError(problems)
    return tuple(chain)


def version_chain(root: Path | str, current: str) -> tuple[VersionFile, ...]:
    """The version files reachable from the main spec's version `current`, newest first."""
    directory = versions_directory(root)
    if not directory.is_dir():
        return ()
    stamp = tuple((p.name, p.stat().st_mtime) for p in sorted(directory.glob("*.yaml")))
    return _chain(directory, current, stamp)


def available_versions(bundle: Bundle) -> tuple[str, ...]:
    """Every version the spec at `bundle` can produce, newest first."""
    current = str(bundle.document.get("info", {}).get("version", ""))
    return (current, *(f.version for f in version_chain(bundle.root, current)))


def apply_version(bundle: Bundle, version: str) -> Bundle:
    """The bundle of `version`: the main document with the version files down to it applied."""
    version = str(version)
    current = str(bundle.document.get("info", {}).get("version", ""))
    if version == current:
        return bundle
    chain = version_chain(bundle.root, current)
    produced = [f.version for f in chain]
    if version not in produced:
        known = ", ".join((current, *produced))
        raise SpecError(
            [
                Problem(
                    display_path(versions_directory(bundle.root)),
                    "",
                    f"no version {version!r} of this spec (available: {known})",
                )
            ]
        )
    steps = chain[: produced.index(version) + 1]
    document = Document(copy.deepcopy(_derived(bundle, steps)))
    _describe_version(document.document, steps, current)
    return Bundle(
        document.document,
        bundle.root,
        (*bundle.files, *(step.path for step in steps)),
        dict(bundle.source_map),
    )


# Documents derived from a main bundle, by the versions applied: version N is version N+1 plus
# one file, so deriving every version applies each file once, not once per older version.
_DERIVED: dict[tuple[int, tuple[str, ...]], tuple[Bundle, dict[str, Any]]] = {}
_DERIVED_KEPT = 64


def _derived(bundle: Bundle, steps: tuple[VersionFile, ...]) -> dict[str, Any]:
    """The main document with `steps` applied in order (kept: callers copy it)."""
    key = (id(bundle), tuple(f"{step.path}:{id(step)}" for step in steps))
    found = _DERIVED.get(key)
    if found is not None and found[0] is bundle:
        return found[1]
    base = _derived(bundle, steps[:-1]) if len(steps) > 1 else bundle.document
    document = Document(copy.deepcopy(base))
    step = steps[-1]
    before = document.examples.snapshot()
    problems = []
    for index, change in enumerate(step.changes):
        try:
            apply_change(document, change)
        except ChangeError as exc:
            message = f"{change['change']} cannot be applied to version {step.based_on}: {exc}"
            problems.append(Problem(step.display, join_pointer("/changes", index), message))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            message = f"{change['change']} does not fit the document: {exc!r}"
            problems.append(Problem(step.display, join_pointer("/changes", index), message))
    if problems:
        raise SpecError(problems)
    document.examples.mark_adapted(before, step.version)
    if len(_DERIVED) >= _DERIVED_KEPT:
        _DERIVED.clear()
    _DERIVED[key] = (bundle, document.document)  # the bundle too: its id stays its own
    return document.document


def _describe_version(document: dict[str, Any], steps: tuple, current: str) -> None:
    """`info` and the `version` server variables of the produced document."""
    version = steps[-1].version
    info = document.setdefault("info", {})
    info["version"] = version
    info["summary"] = (
        f"Version {version} of the API, derived from the version {current} description by the "
        "changes in spec/versions/."
    )
    table = {str(v.get("version")): v for v in document.get("x-api-versions") or []}
    dates = table.get(version, {})
    lifetime = ", ".join(
        f"{label} {dates[key]}"
        for key, label in (
            ("introduced", "introduced"),
            ("deprecated", "deprecated"),
            ("end-of-life", "end of life"),
        )
        if dates.get(key)
    )
    lines = [
        f"**This document describes version {version}** ({lifetime or 'dates unknown'}). It is "
        f"the version {current} description with the differences below applied, newest first; "
        "where the rest of this text describes a later version, these differences win.",
        "",
        f"## Differences from version {current}",
    ]
    for step in steps:
        lines += ["", f"### Version {step.version} (from {step.based_on})", "", step.summary]
        lines += [f"- {' '.join(change['description'].split())}" for change in step.changes]
    info["description"] = "\n".join(lines) + "\n\n" + str(info.get("description") or "")
    for server in _servers(document):
        variable = (server.get("variables") or {}).get("version")
        if isinstance(variable, dict):
            variable["enum"] = [version]
            variable["default"] = version
            variable["description"] = f"API version; this document describes version {version}."


def _servers(document: dict[str, Any]) -> list[dict[str, Any]]:
    servers = list(document.get("servers") or [])
    for item in (document.get("paths") or {}).values():
        servers.extend(item.get("servers") or [])
        for operation in item.values():
            if isinstance(operation, dict):
                servers.extend(operation.get("servers") or [])
    return [s for s in servers if isinstance(s, dict)]
