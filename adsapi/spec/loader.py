"""Read the multi-file spec and bundle it into one document with internal references only.

Layout rules (see README, "Spec layout"):

* The root document is an OpenAPI document. Its `paths` entries may be `$ref`s to a path item
  in another file (`resources/campaigns.yaml#/paths/campaigns`).
* Every other file is a set of components, grouped by kind at the top level
  (`schemas:`, `parameters:`, `responses:`, `headers:`, ...) plus optional `paths:`.
  A reference `file.yaml#/<kind>/<Name>/...` becomes `#/components/<kind>/<Name>/...` in the
  bundle, so component names are global and must be unique across files.
* Every component of every file the root reaches is bundled, referenced or not.

The bundle remembers where each piece came from, so any problem found later in the bundled
document can be reported as a file and a JSON pointer inside that file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adsapi.spec.problems import Problem, SpecError, join_pointer, split_pointer
from adsapi.spec.yamlio import read_yaml

COMPONENT_KINDS = (
    "schemas",
    "parameters",
    "responses",
    "headers",
    "requestBodies",
    "examples",
    "links",
    "callbacks",
    "securitySchemes",
    "pathItems",
)

# Keywords whose values are data, not schema or OpenAPI structure: a `$ref` inside is literal.
_DATA_KEYWORDS = frozenset({"const", "enum", "default", "example"})
# Members whose values map arbitrary names to objects: those names are never keywords, even
# when they look like one (`responses: {default: ...}`, `headers: {x-rate-limit-limit: ...}`).
_NAMED_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "paths",
        "webhooks",
        "responses",
        "headers",
        "content",
        "encoding",
        "links",
        "callbacks",
        "variables",
        *COMPONENT_KINDS,
    }
)

RefVisitor = Callable[[str, str], str]
"""Called with (reference, JSON pointer of the `$ref` member); returns the reference to keep."""


def map_references(node: Any, pointer: str, visit: RefVisitor, *, named: bool = False) -> Any:
    """Copy `node`, passing every reference in it through `visit`.

    References are `$ref` members and discriminator mapping values. Data (examples, enums,
    defaults, constants, extensions) is copied as is. `named` says that `node` maps names to
    objects, so its keys are not keywords.
    """
    return _map(node, (pointer,), visit, named)


# The walk carries where it is as a tuple of tokens and writes a JSON pointer only for the
# references it meets: most of a spec holds none, and joining every pointer cost a quarter of
# a whole load at the API's size.
_Where = tuple[Any, ...]  # (the pointer of the walk's start, then the tokens below it)


def _pointer(where: _Where) -> str:
    return join_pointer(where[0], *where[1:])


def _map(node: Any, where: _Where, visit: RefVisitor, named: bool = False) -> Any:
    if isinstance(node, list):
        return [_map(item, (*where, i), visit) for i, item in enumerate(node)]
    if not isinstance(node, dict):
        return node
    copied: dict[str, Any] = {}
    for key, value in node.items():
        if named:
            copied[key] = _map(value, (*where, key), visit)
        elif key == "$ref" and isinstance(value, str):
            copied[key] = visit(value, _pointer((*where, key)))
        elif key in _DATA_KEYWORDS or key.startswith("x-"):
            copied[key] = _copy_data(value)
        elif key == "examples":
            copied[key] = _map_examples(value, (*where, key), visit)
        elif key in _NAMED_MAPS and isinstance(value, dict):
            copied[key] = _map(value, (*where, key), visit, named=True)
        elif key == "discriminator" and isinstance(value, dict):
            copied[key] = _map_discriminator(value, (*where, key), visit)
        else:
            copied[key] = _map(value, (*where, key), visit)
    return copied


def _copy_data(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_data(v) for v in value]
    return value


def _map_examples(value: Any, where: _Where, visit: RefVisitor) -> Any:
    # A list is JSON Schema's `examples` (data); a mapping holds OpenAPI Example objects,
    # which may be references but whose `value` is data.
    if not isinstance(value, dict):
        return _copy_data(value)
    mapped: dict[str, Any] = {}
    for name, example in value.items():
        if isinstance(example, dict):
            mapped[name] = {
                k: visit(v, _pointer((*where, name, k)))
                if k == "$ref" and isinstance(v, str)
                else _copy_data(v)
                for k, v in example.items()
            }
        else:
            mapped[name] = _copy_data(example)
    return mapped


def _map_discriminator(value: dict[str, Any], where: _Where, visit: RefVisitor) -> dict[str, Any]:
    # A bare schema name in a mapping is a component name. It becomes a full internal reference,
    # so that the bundle has one form only and the final check sees every target.
    copied = _copy_data(value)
    mapping = value.get("mapping")
    if isinstance(mapping, dict):
        copied["mapping"] = {
            key: (
                visit(target, _pointer((*where, "mapping", key)))
                if "#" in target
                else "#" + join_pointer("/components/schemas", target)
            )
            for key, target in mapping.items()
        }
    return copied


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at `pointer` in `document`; KeyError when there is none."""
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def display_path(path: Path) -> str:
    """How a file is named in messages: relative to the working directory when inside it."""
    try:
        return os.path.relpath(path, Path.cwd()) if path.is_relative_to(Path.cwd()) else str(path)
    except ValueError:
        return str(path)


@dataclass
class Bundle:
    """The bundled document and a map back to the source files."""

    document: dict[str, Any]
    root: Path
    files: tuple[Path, ...]
    # bundled JSON pointer -> (file as displayed, pointer inside that file)
    source_map: dict[str, tuple[str, str]] = field(default_factory=dict)

    def locate(self, pointer: str) -> tuple[str, str]:
        """Source file and pointer of the bundled location `pointer`."""
        tokens = split_pointer(pointer)
        for size in range(len(tokens), -1, -1):
            prefix = join_pointer("", *tokens[:size])
            if prefix in self.source_map:
                file, source_pointer = self.source_map[prefix]
                return file, join_pointer(source_pointer, *tokens[size:])
        return display_path(self.root), pointer

    def problem(self, pointer: str, message: str) -> Problem:
        file, source_pointer = self.locate(pointer)
        return Problem(file, source_pointer, message)


class _Bundler:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.documents: dict[Path, Any] = {}
        self.problems: list[Problem] = []
        self.owners: dict[tuple[str, str], Path] = {}
        self.pending: list[tuple[str, str]] = []
        self.resolved: dict[tuple[Path, str], Path] = {}
        self.source_map: dict[str, tuple[str, str]] = {"": (display_path(self.root), "")}

    # -- files ---------------------------------------------------------------------------------

    def document(self, path: Path) -> Any:
        if path not in self.documents:
            content = read_yaml(path, display_path(path))
            self.documents[path] = content
            if path != self.root:
                self._adopt_component_file(path, content)
        return self.documents[path]

    def _adopt_component_file(self, path: Path, content: Any) -> None:
        name = display_path(path)
        if not isinstance(content, dict):
            self.problems.append(Problem(name, "", "a component file must be a mapping"))
            return
        for section, members in content.items():
            if section == "paths":
                continue
            if section not in COMPONENT_KINDS:
                allowed = ", ".join(("paths", *COMPONENT_KINDS))
                self.problems.append(
                    Problem(name, join_pointer("", section), f"unknown section; allowed: {allowed}")
                )
                continue
            if not isinstance(members, dict):
                self.problems.append(Problem(name, join_pointer("", section), "must be a mapping"))
                continue
            for member in members:
                self._register(path, section, member)

    def _register(self, path: Path, kind: str, name: str) -> None:
        key = (kind, name)
        owner = self.owners.get(key)
        if owner is None:
            self.owners[key] = path
            self.pending.append(key)
        elif owner != path:
            self.problems.append(
                Problem(
                    display_path(path),
                    join_pointer("", kind, name),
                    f"component name {name!r} is already defined in {display_path(owner)}",
                )
            )

    # -- references ----------------------------------------------------------------------------

    def rewriter(self, current: Path) -> RefVisitor:
        def visit(reference: str, where: str) -> str:
            return self._rewrite(reference, current, where)

        return visit

    def _resolve(self, current: Path, relative: str) -> Path:
        """The file `relative` names from `current` (itself when empty). Memoized: the same few
        references recur thousands of times, and resolving a path costs system calls."""
        if not relative:
            return current
        key = (current.parent, relative)
        if key not in self.resolved:
            self.resolved[key] = (current.parent / relative).resolve()
        return self.resolved[key]

    def _target(self, reference: str, current: Path, where: str) -> tuple[Path, str, Any] | None:
        """File, pointer and value `reference` (written in `current`) points at.

        None, with the problem recorded, when the file or the location does not exist.
        """
        relative, _, fragment = reference.partition("#")
        target = self._resolve(current, relative)
        # A file already read exists; display paths are made only for problems (both cost
        # system calls, for each of thousands of references).
        if target not in self.documents and not target.is_file():
            missing = f"file {display_path(target)} not found"
            problem = f"dangling $ref {reference!r}: {missing}"
            self.problems.append(Problem(display_path(current), where, problem))
            return None
        try:
            return target, fragment, resolve_pointer(self.document(target), fragment)
        except SpecError as exc:
            self.problems.extend(exc.problems)
        except (KeyError, ValueError):
            nothing = f"{display_path(target)} has nothing at {fragment or '/'}"
            problem = f"dangling $ref {reference!r}: {nothing}"
            self.problems.append(Problem(display_path(current), where, problem))
        return None

    def _rewrite(self, reference: str, current: Path, where: str) -> str:
        relative, _, fragment = reference.partition("#")
        target = self._resolve(current, relative)
        if target == self.root:
            return "#" + fragment  # checked against the bundled document at the end
        tokens = split_pointer(fragment) if fragment.startswith("/") else []
        if len(tokens) < 2 or tokens[0] not in COMPONENT_KINDS:
            self.problems.append(
                Problem(
                    display_path(current),
                    where,
                    f"$ref {reference!r} must point at a component: '<file>#/<kind>/<Name>'",
                )
            )
            return reference
        if self._target(reference, current, where) is None:
            return reference
        return "#" + join_pointer("/components", *tokens)

    # -- bundling ------------------------------------------------------------------------------

    def bundle(self) -> Bundle:
        root = self.document(self.root)
        if not isinstance(root, dict):
            raise SpecError([Problem(display_path(self.root), "", "the root must be a mapping")])
        root_components = root.get("components") or {}
        for kind, members in root_components.items():
            for name in members if isinstance(members, dict) else ():
                self.owners[(kind, name)] = self.root
        bundled: dict[str, Any] = {}
        for key, value in root.items():
            if key == "paths" and isinstance(value, dict):
                bundled["paths"] = self._bundle_paths(value)
            elif key == "components":
                bundled["components"] = {}  # filled below, keeping the key's position
            elif key.startswith("x-"):
                bundled[key] = _copy_data(value)
            else:
                bundled[key] = map_references(
                    value, join_pointer("", key), self.rewriter(self.root)
                )
        bundled["components"] = self._bundle_components(root_components)
        self._check_internal_references(bundled)
        if self.problems:
            raise SpecError(self.problems)
        return Bundle(bundled, self.root, tuple(self.documents), self.source_map)

    def _bundle_paths(self, paths: dict[str, Any]) -> dict[str, Any]:
        bundled: dict[str, Any] = {}
        for route, item in paths.items():
            where = join_pointer("/paths", route)
            reference = item.get("$ref") if isinstance(item, dict) else None
            if not isinstance(reference, str) or reference.startswith("#"):
                bundled[route] = map_references(item, where, self.rewriter(self.root))
                continue
            found = self._target(reference, self.root, join_pointer(where, "$ref"))
            if found is None:
                continue
            target, fragment, path_item = found
            self.source_map[where] = (display_path(target), fragment)
            bundled[route] = map_references(path_item, fragment, self.rewriter(target))
        return bundled

    def _bundle_components(self, root_components: dict[str, Any]) -> dict[str, Any]:
        collected: dict[str, dict[str, Any]] = {}
        root_name = display_path(self.root)
        for kind, members in root_components.items():
            for name, value in (members or {}).items():
                where = join_pointer("/components", kind, name)
                collected.setdefault(kind, {})[name] = map_references(
                    value, where, self.rewriter(self.root)
                )
                self.source_map[where] = (root_name, where)
        while self.pending:
            kind, name = self.pending.pop(0)
            owner = self.owners[(kind, name)]
            if owner == self.root:
                continue
            source_pointer = join_pointer("", kind, name)
            value = self.documents[owner][kind][name]
            collected.setdefault(kind, {})[name] = map_references(
                value, source_pointer, self.rewriter(owner)
            )
            self.source_map[join_pointer("/components", kind, name)] = (
                display_path(owner),
                source_pointer,
            )
        # Sorted names keep the bundle stable when components move between files.
        return {
            kind: dict(sorted(collected[kind].items()))
            for kind in COMPONENT_KINDS
            if kind in collected
        }

    def _check_internal_references(self, bundled: dict[str, Any]) -> None:
        locator = Bundle(bundled, self.root, (), self.source_map)
        reported = {(p.file, p.pointer) for p in self.problems}

        def check(reference: str, where: str) -> str:
            if reference.startswith("#"):
                try:
                    resolve_pointer(bundled, reference[1:])
                except (KeyError, ValueError):
                    file, pointer = locator.locate(where)
                    if (file, pointer) not in reported:  # the rewriter may have said it already
                        self.problems.append(
                            Problem(file, pointer, f"dangling $ref {reference!r}: no such location")
                        )
            return reference

        map_references(bundled, "", check)


def load_bundle(root: Path | str) -> Bundle:
    """Read `root` and every file it reaches; raise SpecError listing every problem."""
    return _Bundler(Path(root)).bundle()
