"""The project's own conventions, checked on top of OpenAPI validity (see README, "Conventions")."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from typing import Any

from adsapi.spec.build import HTTP_METHODS
from adsapi.spec.extensions import EXTENSIONS
from adsapi.spec.kinds import DECLARED_KINDS, ENTITY_KINDS, KINDS
from adsapi.spec.loader import Bundle
from adsapi.spec.model import FLAG_MATCHES, RATE_COUNTINGS, ApiSpec, Operation
from adsapi.spec.problems import Problem, join_pointer

ERROR_STATUSES = ("400", "401", "403", "404", "429", "500", "503")
USER_RATE_HEADERS = ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset")
ACCOUNT_RATE_HEADERS = (
    "x-account-rate-limit-limit",
    "x-account-rate-limit-remaining",
    "x-account-rate-limit-reset",
)
VERSION_HEADER = "x-current-api-version"
ALWAYS_SENT = ("id", "created_at", "updated_at", "deleted")  # on every entity that has them

# Every method a path item may hold: the walk visits them all, even those the model ignores.
OPENAPI_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_SINGLES = (
    "items",
    "contains",
    "not",
    "if",
    "then",
    "else",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "propertyNames",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def iter_objects(
    document: dict[str, Any], nested_schemas: bool = True
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(place, pointer, object) for every object of the bundled document that may carry `x-`.

    With `nested_schemas=False`, a schema's subschemas are left out: only the schemas that are
    not inside another schema (what a meta-schema check starts from) come out as `schema`.
    """
    yield "root", "", document
    for index, server in enumerate(document.get("servers") or []):
        yield "server", join_pointer("/servers", index), server
    for index, tag in enumerate(document.get("tags") or []):
        yield "tag", join_pointer("/tags", index), tag
    for route, item in (document.get("paths") or {}).items():
        base = join_pointer("/paths", route)
        yield "path", base, item
        yield from _parameters(item.get("parameters"), base, nested_schemas)
        for method in OPENAPI_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                where = join_pointer(base, method)
                yield "operation", where, operation
                yield from _parameters(operation.get("parameters"), where, nested_schemas)
                if isinstance(operation.get("requestBody"), dict):
                    yield from _carrier(
                        "request-body",
                        operation["requestBody"],
                        join_pointer(where, "requestBody"),
                        nested_schemas,
                    )
                for status, response in (operation.get("responses") or {}).items():
                    yield from _carrier(
                        "response",
                        response,
                        join_pointer(where, "responses", status),
                        nested_schemas,
                    )
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schemas(schema, join_pointer("/components/schemas", name), nested_schemas)
    for name, parameter in (components.get("parameters") or {}).items():
        yield from _parameters(
            [parameter], join_pointer("/components/parameters", name), nested_schemas, False
        )
    for kind, place in (
        ("responses", "response"),
        ("headers", "header"),
        ("requestBodies", "request-body"),
    ):
        for name, obj in (components.get(kind) or {}).items():
            yield from _carrier(place, obj, join_pointer("/components", kind, name), nested_schemas)


def _parameters(
    parameters: Any, base: str, nested: bool, indexed: bool = True
) -> Iterator[tuple[str, str, Any]]:
    for index, parameter in enumerate(parameters or []):
        if isinstance(parameter, dict) and "$ref" not in parameter:
            where = join_pointer(base, "parameters", index) if indexed else base
            yield from _carrier("parameter", parameter, where, nested)


def _carrier(place: str, obj: Any, pointer: str, nested: bool) -> Iterator[tuple[str, str, Any]]:
    """An object that may hold schemas: parameter, header, request body, response."""
    if not isinstance(obj, dict) or "$ref" in obj:
        return
    yield place, pointer, obj
    if "schema" in obj:
        yield from _schemas(obj["schema"], join_pointer(pointer, "schema"), nested)
    for media_type, media in (obj.get("content") or {}).items():
        if isinstance(media, dict):
            where = join_pointer(pointer, "content", media_type)
            yield "media-type", where, media
            if "schema" in media:
                yield from _schemas(media["schema"], join_pointer(where, "schema"), nested)
    for name, header in (obj.get("headers") or {}).items():
        yield from _carrier("header", header, join_pointer(pointer, "headers", name), nested)


def _schemas(schema: Any, pointer: str, nested: bool) -> Iterator[tuple[str, str, Any]]:
    if not isinstance(schema, dict):
        return
    yield "schema", pointer, schema
    if not nested:
        return
    for key in _SCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from _schemas(sub, join_pointer(pointer, key, name), nested)
    for key in _SCHEMA_SINGLES:
        yield from _schemas(schema.get(key), join_pointer(pointer, key), nested)
    for key in _SCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from _schemas(sub, join_pointer(pointer, key, index), nested)


def extension_usage(document: dict[str, Any]) -> dict[str, int]:
    """How many times each extension occurs."""
    counts: dict[str, int] = {}
    for _place, _pointer, obj in iter_objects(document):
        for key in obj:
            if key.startswith("x-"):
                counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))


def lint(bundle: Bundle, spec: ApiSpec) -> list[Problem]:
    problems: list[Problem] = []

    def report(pointer: str, message: str) -> None:
        problems.append(bundle.problem(pointer, message))

    for place, pointer, obj in iter_objects(bundle.document):
        for key in obj:
            if not key.startswith("x-"):
                continue
            known = EXTENSIONS.get(key)
            if known is None:
                report(
                    join_pointer(pointer, key),
                    f"undocumented extension {key}; add it to adsapi/spec/extensions.py "
                    "and to the README",
                )
            elif place not in known.places:
                report(
                    join_pointer(pointer, key),
                    f"{key} is not allowed on a {place} (only on: {', '.join(known.places)})",
                )

    for op in spec.operations.values():
        _lint_operation(spec, op, report)

    seen_ids: dict[str, str] = {}
    for route, item in (bundle.document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op_id = (item.get(method) or {}).get("operationId")
            where = join_pointer("/paths", route, method, "operationId")
            if op_id in seen_ids:
                report(where, f"operationId {op_id} is also used at {seen_ids[op_id]}")
            elif op_id:
                seen_ids[op_id] = where

    for name, resource in spec.resources.items():
        where = join_pointer("/tags", _tag_index(bundle.document, name), "x-resource")
        if resource.entity is not None and resource.entity not in spec.schemas:
            report(where, f"entity schema {resource.entity} does not exist")
        if (
            resource.not_found_error is not None
            and resource.not_found_error not in spec.error_codes
        ):
            report(where, f"not-found-error {resource.not_found_error} is not a documented code")
        # An answer requires only what the API always sends: the entity's identity and
        # lifecycle attributes, and what every example shows (examples are validated, and
        # include answers as recorded in the wild, so an attribute a real answer left out
        # cannot be required). The first part is checked here.
        for name in ALWAYS_SENT:
            attribute = resource.attributes.get(name)
            if attribute is not None and not attribute.required:
                report(where, f"{resource.entity}.{name} is always sent: list it as required")
    _lint_client_paths(spec, bundle.document, report)
    _lint_mixins(spec, report)
    for name, rate_class in spec.rate_limit_classes.items():
        if rate_class.counted not in RATE_COUNTINGS:
            report(
                join_pointer("/x-rate-limit-classes", name, "counted"),
                f"rate-limit class {name}: counted must be one of {', '.join(RATE_COUNTINGS)}",
            )

    currencies = spec.document["components"]["schemas"].get("SupportedCurrency", {})
    if set(currencies.get("enum", [])) != set(spec.currency_precision):
        report(
            "/components/schemas/SupportedCurrency",
            "x-currency-precision must give a precision for exactly the currencies of the enum",
        )
    return problems


def _lint_mixins(spec: ApiSpec, report: Any) -> None:
    """`x-client-mixin` names a class the client runtime's `_jobs` module defines."""
    import ast

    from adsapi.locations import templates_dir

    classes: set[str] | None = None
    for name, schema in spec.document["components"]["schemas"].items():
        mixin = schema.get("x-client-mixin")
        if mixin is None:
            continue
        if classes is None:
            tree = ast.parse((templates_dir() / "runtime" / "_jobs.py").read_text("utf-8"))
            classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        if mixin not in classes:
            report(
                join_pointer("/components/schemas", name, "x-client-mixin"),
                f"x-client-mixin {mixin!r} is no class of templates/runtime/_jobs.py",
            )


def _tag_index(document: dict[str, Any], name: str) -> int:
    return next(i for i, tag in enumerate(document.get("tags") or []) if tag.get("name") == name)


def _lint_operation(spec: ApiSpec, op: Operation, report: Any) -> None:
    where = op.pointer
    resource = spec.resources.get(op.resource)
    tags = spec.document["paths"][op.path][op.method.lower()].get("tags") or []
    if len(tags) != 1 or resource is None:
        report(
            join_pointer(where, "tags"),
            "an operation has exactly one tag, naming a resource declared with x-resource",
        )
    else:
        _lint_kind(spec, op, resource, report)

    missing = [s for s in ERROR_STATUSES if s not in op.responses]
    if missing:
        report(join_pointer(where, "responses"), f"missing error responses: {', '.join(missing)}")

    if op.rate_limit_class is None:
        report(where, "operation has no x-rate-limit-class")
    elif op.rate_limit_class not in spec.rate_limit_classes:
        report(
            join_pointer(where, "x-rate-limit-class"),
            f"unknown rate-limit class {op.rate_limit_class}",
        )
    for param in op.parameters:
        if param.rate_limit_class and param.rate_limit_class not in spec.rate_limit_classes:
            report(
                where, f"parameter {param.name}: unknown rate-limit class {param.rate_limit_class}"
            )
        if param.location == "path" and not param.shape.constraints.pattern:
            report(where, f"path parameter {param.name} has no pattern")
        if param.references and param.references not in spec.resources:
            report(where, f"parameter {param.name} references unknown resource {param.references}")
        if param.references_by is not None:
            by = op.parameter(param.references_by.by)
            if by is None:
                report(
                    where,
                    f"parameter {param.name}: x-references is keyed by {param.references_by.by}, "
                    "which the operation does not have",
                )
            for value, tag in param.references_by.resources.items():
                if tag not in spec.resources:
                    report(where, f"parameter {param.name} references unknown resource {tag}")
                enum = by.shape.constraints.enum if by is not None else None
                if enum is not None and value not in enum:
                    report(
                        where,
                        f"parameter {param.name}: x-references names {value}, which is not a "
                        f"value of {param.references_by.by}",
                    )
    _lint_attributes(spec, op, report)

    success = [r for r in op.responses.values() if r.is_success]
    for response in success:
        expected = [*USER_RATE_HEADERS, VERSION_HEADER]
        rate_class = spec.rate_limit_classes.get(op.rate_limit_class or "")
        if rate_class is not None and rate_class.scope == "account":
            expected.extend(ACCOUNT_RATE_HEADERS)
        absent = [h for h in expected if h not in response.headers]
        if absent:
            report(
                join_pointer(where, "responses", response.status, "headers"),
                f"success response lacks headers: {', '.join(absent)}",
            )
    too_many = op.responses.get("429")
    if too_many is not None and not all(h in too_many.headers for h in USER_RATE_HEADERS):
        report(
            join_pointer(where, "responses", "429"),
            "a 429 response declares the x-rate-limit-* headers",
        )
    for status, response in op.responses.items():
        if VERSION_HEADER not in response.headers:
            report(join_pointer(where, "responses", status), f"response lacks {VERSION_HEADER}")

    for rule in op.rules:
        if rule.error is not None and rule.error not in spec.error_codes:
            report(
                join_pointer(where, "x-rules"), f"rule error {rule.error} is not a documented code"
            )
    if op.kind == "list":
        if op.pagination is None:
            report(where, "a list operation declares x-pagination")
        if (
            op.parameter("cursor")
            and op.parameter("with_total_count")
            and not any(
                rule.kind in ("exclusive", "ignored-with")
                and {"cursor", "with_total_count"} <= set(rule.parameters)
                for rule in op.rules
            )
        ):
            # Exclusive since v5; older versions ignored with_total_count next to a cursor.
            report(
                join_pointer(where, "x-rules"),
                "cursor and with_total_count must be declared exclusive (or, before v5, "
                "with_total_count ignored-with cursor)",
            )
    if op.kind == "update" and not op.partial_update:
        report(where, "an update operation declares x-partial-update")
    if op.batch is not None:
        shared = {p.name for p in op.parameters_in("path")}
        for op_type, item_op_id in op.batch.operations.items():
            item_op = spec.operations.get(item_op_id)
            if item_op is None:
                report(
                    join_pointer(where, "x-batch"),
                    f"{op_type} names unknown operation {item_op_id}",
                )
                continue
            # An item takes exactly the single operation's parameters (less the batch's own path
            # parameters): clients and the sandbox check items with that operation's rules.
            wanted = {
                p.name: (p.required, p.shape) for p in item_op.parameters if p.name not in shared
            }
            taken = {p.name: (p.required, p.shape) for p in op.batch.item_parameters[op_type]}
            differing = sorted(
                n for n in wanted.keys() | taken.keys() if wanted.get(n) != taken.get(n)
            )
            if differing:
                report(
                    join_pointer(where, "x-batch", "operations", op_type),
                    f"{op_type} items must take the parameters of {item_op_id}; they differ in: "
                    + ", ".join(differing),
                )
        max_items = op.body.schema.get("maxItems") if op.body else None
        if max_items != op.batch.max_items:
            report(
                join_pointer(where, "x-batch", "max-items"),
                f"max-items {op.batch.max_items} differs from the body's maxItems {max_items}",
            )


def _lint_kind(spec: ApiSpec, op: Operation, resource: Any, report: Any) -> None:
    """The operation is of a known kind (adsapi.spec.kinds) and keeps that kind's promises."""
    where = op.pointer
    declared = op.extensions.get("x-operation-kind")
    if declared is not None and declared not in DECLARED_KINDS:
        report(
            join_pointer(where, "x-operation-kind"),
            f"x-operation-kind is {', '.join(DECLARED_KINDS)}; the entity kinds "
            f"({', '.join(ENTITY_KINDS)}) come from the operationId's verb",
        )
        return
    kind = KINDS.get(op.kind)
    if kind is None:
        report(
            join_pointer(where, "operationId"),
            f"unknown verb {op.verb!r}: an operation on the resource's entities starts with "
            f"{', '.join(ENTITY_KINDS)}; any other declares x-operation-kind "
            f"({', '.join(DECLARED_KINDS)}; see README)",
        )
        return
    if kind.entity:
        subject = _pascal(op.resource) if kind.plural else resource.entity
        if op.operation_id != op.verb + subject:
            report(
                join_pointer(where, "operationId"),
                f"operationId should be {op.verb + subject} (verb + "
                f"{'resource' if kind.plural else 'entity'} name)",
            )
        if kind.names_entity and "{" + resource.id_parameter + "}" not in op.path:
            report(where, f"a {kind.name} operation's path holds {{{resource.id_parameter}}}")
    if op.method not in kind.methods:
        report(
            where, f"a {kind.name!r} operation uses {' or '.join(kind.methods)}, not {op.method}"
        )
    success = next((r for r in op.responses.values() if r.is_success), None)
    if success is None:
        report(join_pointer(where, "responses"), "the operation declares no success answer")
    elif success.envelope is None or success.entity is None:
        report(
            join_pointer(where, "responses", success.status),
            "the success answer is an envelope (allOf ObjectEnvelope, ListEnvelope, "
            "CollectionEnvelope, ValueCollectionEnvelope or BatchEnvelope) whose `data` "
            "references a component schema",
        )
    elif success.envelope not in kind.envelopes:
        report(
            join_pointer(where, "responses", success.status),
            f"a {kind.name!r} operation answers with {' or '.join(kind.envelopes)} "
            f"envelopes, not {success.envelope}",
        )


def _lint_attributes(spec: ApiSpec, op: Operation, report: Any) -> None:
    """x-filter and x-attribute name attributes of the operation's entity; flag filters are
    booleans."""
    resource = spec.resources.get(op.resource)
    attributes = set(resource.attributes) if resource else set()
    for param in op.parameters:
        named = [("x-filter", param.filter.attribute)] if param.filter else []
        if param.attribute is not None:
            named.append(("x-attribute", param.attribute))
            if op.kind not in ("create", "update"):
                report(
                    op.pointer, f"parameter {param.name}: x-attribute is for creates and updates"
                )
        for extension, attribute in named:
            if attribute not in attributes:
                report(
                    op.pointer,
                    f"parameter {param.name}: {extension} names {attribute!r}, which "
                    f"{resource.entity if resource else 'the entity'} does not have",
                )
        if param.filter and param.filter.match in FLAG_MATCHES and param.shape.kind != "boolean":
            report(
                op.pointer,
                f"parameter {param.name}: x-filter match {param.filter.match} is for booleans",
            )


_ATTRIBUTE = re.compile(r"^[a-z][a-z0-9_]*$")


def _lint_client_paths(spec: ApiSpec, document: dict[str, Any], report: Any) -> None:
    """`client-path`: attributes a client can have, one resource per path, and no attribute
    hidden by (or hiding) a method of the resource it hangs on."""
    taken: dict[tuple[str, ...], str] = {}
    # Declared paths last: a clash is reported on the tag that moved.
    ordered = sorted(spec.resources.values(), key=lambda r: bool(r.client_path))
    for resource in ordered:
        where = join_pointer(
            "/tags", _tag_index(document, resource.name), "x-resource", "client-path"
        )
        path = resource.client_path or (resource.name,)
        bad = [p for p in path if not _ATTRIBUTE.match(p) or keyword.iskeyword(p)]
        if bad and resource.client_path:
            report(
                where,
                f"client-path {'.'.join(path)!r}: {', '.join(map(repr, bad))} is not a "
                "snake_case attribute name",
            )
            continue
        if path in taken:
            report(where, f"client-path {'.'.join(path)} is already the place of {taken[path]}")
            continue
        taken[path] = resource.name
    for path, name in taken.items():
        if path[:-1] not in taken:
            continue
        parent = spec.resources[taken[path[:-1]]]
        methods = {op.verb for op in parent.operations} | {
            re.sub(r"(?<!^)(?=[A-Z])", "_", op.operation_id).lower() for op in parent.operations
        }
        if path[-1] in methods:
            report(
                join_pointer("/tags", _tag_index(document, name), "x-resource", "client-path"),
                f"client-path {'.'.join(path)}: {path[-1]} is a method of {parent.name}",
            )


def _pascal(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))
