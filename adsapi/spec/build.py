"""Build the intermediate model (`adsapi.spec.model`) from a bundled document."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from adsapi.rules import parse_rule
from adsapi.spec.kinds import ENTITY_KINDS
from adsapi.spec.loader import Bundle
from adsapi.spec.model import (
    FLAG_MATCHES,
    NO_DEFAULT,
    ApiSpec,
    ApiVersion,
    Attribute,
    Batch,
    Body,
    Constraints,
    ErrorCode,
    Filter,
    Header,
    KeyedReference,
    Operation,
    Pagination,
    Parameter,
    ParameterLocation,
    RateLimitClass,
    Resource,
    Response,
    Rule,
    Server,
    ValueShape,
)
from adsapi.spec.problems import Problem, join_pointer
from adsapi.spec.resolve import Resolver

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
JSON_MEDIA_TYPE = "application/json"
VALUE_MATCHES = ("any-of", "prefix-ignore-case")
ENVELOPES = {
    "ObjectEnvelope": "object",
    "ListEnvelope": "list",
    "ItemsEnvelope": "list",  # a whole list at once, without paging
    "CollectionEnvelope": "list",
    "ValueCollectionEnvelope": "list",
    "BatchEnvelope": "batch",
}


class _Builder:
    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.document = bundle.document
        self.problems: list[Problem] = []
        self.resolver = Resolver(bundle.document)
        # Operations share their error answers (`$ref` to the per-status responses): each is
        # built once. Models are frozen, so sharing them is safe.
        self._shared_responses: dict[tuple[str, str], Response] = {}

    def problem(self, pointer: str, message: str) -> None:
        self.problems.append(self.bundle.problem(pointer, message))

    # -- references ----------------------------------------------------------------------------

    def deref(self, node: Any) -> Any:
        return self.resolver.deref(node)

    def resolve_schema(self, schema: Any) -> Any:
        return self.resolver.schema(schema)

    @staticmethod
    def ref_name(schema: Any) -> str | None:
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            prefix = "#/components/schemas/"
            if schema["$ref"].startswith(prefix):
                return schema["$ref"][len(prefix) :]
        return None

    # -- values --------------------------------------------------------------------------------

    def shape(self, schema: Mapping[str, Any]) -> ValueShape:
        """Reduce a resolved schema to its kind, nullability and constraints."""
        nullable = False
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches and any(_is_null(b) for b in branches):
            nullable = True
            others = [b for b in branches if not _is_null(b)]
            if len(others) == 1:
                inner = self.shape(
                    {
                        **{k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")},
                        **others[0],
                    }
                )
                return ValueShape(
                    inner.kind, True, inner.constraints, inner.items, inner.also_accepted
                )
        types = schema.get("type")
        if isinstance(types, list):
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            types = types[0] if len(types) == 1 else None
        enum = schema.get("enum")
        if "const" in schema:
            enum = [schema["const"]]
        if enum is not None and nullable:
            enum = [v for v in enum if v is not None]
        kind = _KINDS.get(types or "", "any")
        if kind == "string" and schema.get("format") == "date-time":
            kind = "datetime"
        if kind == "any" and enum:
            kind = _kind_of_value(enum[0])
        constraints = Constraints(
            enum=tuple(enum) if enum is not None else None,
            minimum=schema.get("minimum"),
            maximum=schema.get("maximum"),
            exclusive_minimum=schema.get("exclusiveMinimum"),
            exclusive_maximum=schema.get("exclusiveMaximum"),
            min_length=schema.get("minLength"),
            max_length=schema.get("maxLength"),
            pattern=schema.get("pattern"),
            format=schema.get("format"),
            min_items=schema.get("minItems"),
            max_items=schema.get("maxItems"),
            unique_items=bool(schema.get("uniqueItems", False)),
        )
        items = self.shape(schema["items"]) if kind == "array" and "items" in schema else None
        return ValueShape(
            kind, nullable, constraints, items, tuple(schema.get("x-also-accepted", ()))
        )

    def parameter(self, raw: Mapping[str, Any], pointer: str) -> Parameter:
        schema = self.resolve_schema(raw.get("schema", {}))
        return Parameter(
            name=raw["name"],
            location=raw["in"],
            required=bool(raw.get("required", False)),
            description=_text(raw.get("description") or schema.get("description")),
            schema=schema,
            shape=self.shape(schema),
            default=schema.get("default", NO_DEFAULT),
            style=raw.get("style"),
            explode=raw.get("explode"),
            deprecated=bool(raw.get("deprecated", False)),
            example=raw.get("example", NO_DEFAULT),
            filter=self.filter(raw.get("x-filter"), join_pointer(pointer, "x-filter")),
            **self.references(schema.get("x-references"), join_pointer(pointer, "schema")),
            rate_limit_class=raw.get("x-rate-limit-class"),
            attribute=raw.get("x-attribute"),
        )

    def form_parameters(
        self,
        schema: Mapping[str, Any],
        encoding: Mapping[str, Any],
        pointer: str,
        location: ParameterLocation = "form",
    ) -> list[Parameter]:
        merged = _merge_object(schema)
        required = set(merged.get("required", ()))
        parameters = []
        for name, prop in merged.get("properties", {}).items():
            enc = encoding.get(name, {})
            parameters.append(
                Parameter(
                    name=name,
                    location=location,
                    required=name in required,
                    description=_text(prop.get("description")),
                    schema=prop,
                    shape=self.shape(prop),
                    default=prop.get("default", NO_DEFAULT),
                    style=enc.get("style"),
                    explode=enc.get("explode"),
                    deprecated=bool(prop.get("deprecated", False)),
                    read_only=bool(prop.get("readOnly", False)),
                    example=prop.get("examples", [NO_DEFAULT])[0],
                    filter=self.filter(prop.get("x-filter"), pointer),
                    **self.references(prop.get("x-references"), pointer),
                    rate_limit_class=prop.get("x-rate-limit-class"),
                    attribute=prop.get("x-attribute"),
                )
            )
        return parameters

    def references(self, raw: Any, pointer: str) -> dict[str, Any]:
        """`x-references`: a resource's tag, `{resource, attribute}` when the value matches
        another attribute of that resource's entities, or `{by, resources}` when the parameter
        `by`'s value picks the resource (`entity_ids` of the type `entity`)."""
        if raw is None or isinstance(raw, str):
            return {"references": raw}
        if isinstance(raw, dict) and "resource" in raw:
            return {
                "references": _reference(raw),
                "references_attribute": _reference_attribute(raw),
            }
        resources = raw.get("resources") if isinstance(raw, dict) else None
        if (
            not isinstance(raw.get("by") if isinstance(raw, dict) else None, str)
            or not isinstance(resources, dict)
            or not all(isinstance(v, str) for v in resources.values())
        ):
            self.problem(
                pointer,
                "x-references is a resource's tag, {resource, attribute} or "
                "{by: parameter, resources: {value: tag}}",
            )
            return {"references": None}
        keyed = KeyedReference(raw["by"], {str(k): v for k, v in resources.items()})
        return {"references": None, "references_by": keyed}

    def filter(self, raw: Any, pointer: str) -> Filter | None:
        if raw is None:
            return None
        matches = (*VALUE_MATCHES, *FLAG_MATCHES)
        if (
            not isinstance(raw, dict)
            or not isinstance(raw.get("attribute"), str)
            or raw.get("match") not in matches
        ):
            self.problem(pointer, f"x-filter needs 'attribute' and 'match' ({' | '.join(matches)})")
            return None
        if (raw["match"] in FLAG_MATCHES) != ("value" in raw):
            self.problem(
                pointer,
                "x-filter: a flag match (includes | only) names the attribute's 'value'; "
                "any-of and prefix-ignore-case take none",
            )
            return None
        return Filter(raw["attribute"], raw["match"], raw.get("value"))

    # -- operations ----------------------------------------------------------------------------

    def operation(
        self, route: str, method: str, item: Mapping[str, Any], raw: Mapping[str, Any]
    ) -> Operation | None:
        pointer = join_pointer("/paths", route, method)
        operation_id = raw.get("operationId")
        if not isinstance(operation_id, str):
            self.problem(pointer, "operation has no operationId")
            return None
        tags = raw.get("tags") or []
        parameters = self.operation_parameters(route, item, raw, pointer)
        body, body_required = None, False
        request_body = raw.get("requestBody")
        if request_body is not None:
            request_body = self.deref(request_body)
            body_required = bool(request_body.get("required", False))
            content = request_body.get("content", {})
            if FORM_MEDIA_TYPE in content:
                media = content[FORM_MEDIA_TYPE]
                schema = self.resolve_schema(media.get("schema", {}))
                parameters.extend(
                    self.form_parameters(
                        schema,
                        media.get("encoding", {}),
                        join_pointer(pointer, "requestBody", "content", FORM_MEDIA_TYPE),
                    )
                )
            elif JSON_MEDIA_TYPE in content and raw.get("x-batch") is None:
                # A JSON object of parameters (not a batch's list): its members are parameters
                # like a form's, placed in the JSON body.
                media = content[JSON_MEDIA_TYPE]
                schema = self.resolve_schema(media.get("schema", {}))
                parameters.extend(
                    self.form_parameters(
                        schema,
                        {},
                        join_pointer(pointer, "requestBody", "content", JSON_MEDIA_TYPE),
                        location="body",
                    )
                )
            elif JSON_MEDIA_TYPE in content:
                media = content[JSON_MEDIA_TYPE]
                body = Body(
                    media_type=JSON_MEDIA_TYPE,
                    required=body_required,
                    schema=self.resolve_schema(media.get("schema", {})),
                    schema_name=self.ref_name(media.get("schema")),
                    examples={
                        n: self.deref(e).get("value")
                        for n, e in (media.get("examples") or {}).items()
                    },
                )
            else:
                self.problem(
                    join_pointer(pointer, "requestBody"),
                    f"request bodies must be {FORM_MEDIA_TYPE} or {JSON_MEDIA_TYPE}",
                )
        responses = {
            str(status): self.response(
                str(status), response, join_pointer(pointer, "responses", status)
            )
            for status, response in (raw.get("responses") or {}).items()
        }
        by_name = {p.name: p for p in parameters}
        batch = self.batch(raw.get("x-batch"), body, join_pointer(pointer, "x-batch"))
        # A batch's own rules count its items by a member of their `params`.
        ruled = {p.name: p for p in _item_parameters(batch)} | by_name
        return Operation(
            operation_id=operation_id,
            verb=_verb(operation_id),
            kind=str(raw.get("x-operation-kind") or _verb(operation_id)),
            method=method.upper(),
            path=route,
            resource=tags[0] if tags else "",
            summary=_text(raw.get("summary")),
            description=_text(raw.get("description")),
            parameters=tuple(parameters),
            body=body,
            body_required=body_required,
            responses=responses,
            sandbox_only=bool(raw.get("x-sandbox-only", False)),
            rate_limit_class=raw.get("x-rate-limit-class"),
            rules=self.rules(raw.get("x-rules"), ruled, join_pointer(pointer, "x-rules")),
            batch=batch,
            pagination=self.pagination(
                raw.get("x-pagination"), join_pointer(pointer, "x-pagination")
            ),
            partial_update=bool(raw.get("x-partial-update", False)),
            pointer=pointer,
            extensions={k: v for k, v in raw.items() if k.startswith("x-")},
        )

    def operation_parameters(
        self, route: str, item: Mapping[str, Any], raw: Mapping[str, Any], pointer: str
    ) -> list[Parameter]:
        merged: dict[tuple[str, str], Parameter] = {}
        for owner, base in ((item, join_pointer("/paths", route)), (raw, pointer)):
            for index, entry in enumerate(owner.get("parameters") or []):
                where = join_pointer(base, "parameters", index)
                param = self.parameter(self.deref(entry), where)
                merged[(param.name, param.location)] = param
        path_order = re.findall(r"\{([^}]+)\}", route)
        path_params = sorted(
            (p for p in merged.values() if p.location == "path"),
            key=lambda p: path_order.index(p.name) if p.name in path_order else 99,
        )
        return [*path_params, *(p for p in merged.values() if p.location != "path")]

    def response(self, status: str, raw: Any, pointer: str) -> Response:
        reference = raw.get("$ref") if isinstance(raw, dict) else None
        if isinstance(reference, str):
            shared = self._shared_responses.get((status, reference))
            if shared is None:
                shared = self._shared_responses[(status, reference)] = self._response(
                    status, raw, pointer
                )
            return shared
        return self._response(status, raw, pointer)

    def _response(self, status: str, raw: Any, pointer: str) -> Response:
        raw = self.deref(raw)
        content = raw.get("content") or {}
        media = content.get(JSON_MEDIA_TYPE) or {}
        raw_schema = media.get("schema")
        schema = self.resolve_schema(raw_schema) if raw_schema is not None else None
        envelope, entity = self.envelope(raw_schema) if status.startswith("2") else (None, None)
        headers = {}
        for name, header in (raw.get("headers") or {}).items():
            header = self.deref(header)
            headers[name.lower()] = Header(
                name=name.lower(),
                required=bool(header.get("required", False)),
                description=_text(header.get("description")),
                schema=self.resolve_schema(header.get("schema", {})),
            )
        return Response(
            status=status,
            description=_text(raw.get("description")),
            headers=headers,
            media_types=tuple(content),
            schema=schema,
            schema_name=self.ref_name(raw_schema),
            envelope=envelope,
            entity=entity,
            error_codes=tuple(_error_codes(schema))
            if schema and not status.startswith("2")
            else (),
            examples={
                n: self.deref(e).get("value") for n, e in (media.get("examples") or {}).items()
            },
        )

    def envelope(self, raw_schema: Any) -> tuple[Any, str | None]:
        """Envelope kind and entity name of a success body built as allOf(envelope, data)."""
        name = self.ref_name(raw_schema)
        if name is None:
            return None, None
        schema = self.document["components"]["schemas"].get(name, {})
        kind, entity = None, None
        for part in schema.get("allOf", []):
            part_name = self.ref_name(part)
            if part_name in ENVELOPES:
                kind = ENVELOPES[part_name]
            data = (part.get("properties") or {}).get("data") if isinstance(part, dict) else None
            if isinstance(data, dict):
                entity = self.ref_name(data) or self.ref_name(data.get("items"))
        return kind, entity

    def rules(
        self, raw: Any, parameters: Mapping[str, Parameter], pointer: str
    ) -> tuple[Rule, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.problem(pointer, "x-rules must be a list")
            return ()
        rules: list[Rule] = []
        for index, entry in enumerate(raw):
            where = join_pointer(pointer, index)
            try:
                rule = parse_rule(entry)
            except ValueError as exc:
                self.problem(where, f"malformed rule: {exc}")
                continue
            missing = [n for n in rule.parameters if not _known_name(n, parameters)]
            if missing:
                self.problem(where, f"rule names unknown parameters: {', '.join(missing)}")
                continue
            rules.append(rule)
        return tuple(rules)

    def batch(self, raw: Any, body: Body | None, pointer: str) -> Batch | None:
        if raw is None:
            return None
        if body is None or not isinstance(raw, dict):
            self.problem(pointer, "x-batch needs a JSON array request body and a mapping value")
            return None
        items = body.schema.get("items", {})
        params_schemas: dict[str, Any] = {}
        for branch in items.get("oneOf", [items]):
            props = branch.get("properties", {})
            op_type = props.get("operation_type", {}).get("const")
            if op_type is not None and "params" in props:
                params_schemas[op_type] = props["params"]
        operations = dict(raw.get("operations") or {})
        if set(operations) != set(params_schemas):
            self.problem(
                pointer,
                f"x-batch operations {sorted(operations)} do not match the body's "
                f"operation types {sorted(params_schemas)}",
            )
        return Batch(
            max_items=int(raw.get("max-items", 0)),
            operations=operations,
            atomic=bool(raw.get("atomic", True)),
            ordered=bool(raw.get("ordered", True)),
            params_schemas=params_schemas,
            item_parameters={
                op_type: tuple(
                    self.form_parameters(
                        schema, {}, join_pointer(pointer, "operations", op_type), "body"
                    )
                )
                for op_type, schema in params_schemas.items()
            },
        )

    def pagination(self, raw: Any, pointer: str) -> Pagination | None:
        if raw is None:
            return None
        if raw != "cursor":
            self.problem(pointer, "x-pagination must be 'cursor', the only paging style of the API")
            return None
        return Pagination()

    # -- the whole document --------------------------------------------------------------------

    def build(self) -> ApiSpec:
        doc = self.document
        operations: dict[str, Operation] = {}
        for route, item in (doc.get("paths") or {}).items():
            item = self.deref(item)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    op = self.operation(route, method, item, item[method])
                    if op is not None:
                        operations[op.operation_id] = op
        resources = self.resources(operations)
        components = doc.get("components") or {}
        schemas = components.get("schemas") or {}
        servers = tuple(
            Server(
                s["url"],
                _text(s.get("description")),
                s.get("x-environment", "production"),
                s.get("variables") or {},
            )
            for s in doc.get("servers") or []
        )
        version_variable = (servers[0].variables.get("version") if servers else None) or {}
        return ApiSpec(
            document=doc,
            title=doc.get("info", {}).get("title", ""),
            version=str(doc.get("info", {}).get("version", "")),
            servers=servers,
            live_versions=tuple(version_variable.get("enum", ())),
            default_version=str(version_variable.get("default", "")),
            resources=resources,
            operations=operations,
            error_codes=_error_table(schemas),
            rate_limit_classes={
                name: RateLimitClass(
                    name,
                    _text(c.get("description")),
                    int(c["limit"]),
                    int(c["window-seconds"]),
                    c["scope"],
                    c.get("counted", "class"),  # the lint names an unknown value
                )
                for name, c in (doc.get("x-rate-limit-classes") or {}).items()
            },
            api_versions=tuple(
                ApiVersion(
                    str(v["version"]), v["introduced"], v.get("deprecated"), v.get("end-of-life")
                )
                for v in doc.get("x-api-versions") or []
            ),
            currency_precision=dict(
                (schemas.get("SupportedCurrency") or {}).get("x-currency-precision") or {}
            ),
            security_scheme=next(iter(components.get("securitySchemes") or {}), ""),
            schemas={name: self.resolve_schema(schema) for name, schema in schemas.items()},
            root=str(self.bundle.root),
        )

    def resources(self, operations: Mapping[str, Operation]) -> dict[str, Resource]:
        resources: dict[str, Resource] = {}
        for index, tag in enumerate(self.document.get("tags") or []):
            meta = tag.get("x-resource")
            if not isinstance(meta, dict):
                continue
            where = join_pointer("/tags", index, "x-resource")
            own = tuple(op for op in operations.values() if op.resource == tag["name"])
            entity_kinds = sorted({op.kind for op in own if op.kind in ENTITY_KINDS})
            wanted = ("entity", "id-parameter", "not-found-error")
            missing = [k for k in wanted if k not in meta]
            if missing and (entity_kinds or len(missing) < len(wanted)):
                why = f" (it has {', '.join(entity_kinds)} operations)" if entity_kinds else ""
                self.problem(where, f"x-resource lacks {', '.join(missing)}{why}")
                continue
            entity = meta.get("entity")
            resources[tag["name"]] = Resource(
                name=tag["name"],
                description=_text(tag.get("description")),
                entity=entity,
                id_parameter=meta.get("id-parameter"),
                parent_parameter=meta.get("parent-parameter"),
                not_found_error=meta.get("not-found-error"),
                operations=own,
                attributes=self.attributes(entity, own) if entity else {},
                client_path=self.client_path(meta, where),
            )
        return resources

    def attributes(self, entity: str, operations: tuple[Operation, ...]) -> dict[str, Attribute]:
        """The entity's attributes with what an answer shows when nobody set them."""
        schema = (self.document.get("components") or {}).get("schemas", {}).get(entity)
        if not isinstance(schema, dict):
            return {}
        schema = self.resolve_schema(schema)
        create = next((op for op in operations if op.kind == "create"), None)
        create_defaults = {
            p.sets: p.default
            for p in (create.parameters if create else ())
            if p.default is not NO_DEFAULT
        }
        required = set(schema.get("required") or ())
        attributes = {}
        for name, prop in (schema.get("properties") or {}).items():
            shape = self.shape(prop)
            default = prop.get("default", NO_DEFAULT)
            attributes[name] = Attribute(
                name=name,
                schema=prop,
                shape=shape,
                required=name in required,
                read_only=bool(prop.get("readOnly", False)),
                default=default,
                neutral=_neutral(prop, shape, default, create_defaults.get(name, NO_DEFAULT)),
            )
        return attributes

    def client_path(self, meta: Mapping[str, Any], where: str) -> tuple[str, ...]:
        """`client-path: accounts.users` as its attributes (the lint checks each one)."""
        value = meta.get("client-path")
        if value is None:
            return ()
        if not isinstance(value, str):
            self.problem(join_pointer(where, "client-path"), "client-path must be a dotted string")
            return ()
        return tuple(value.split("."))


_KINDS: dict[str, Any] = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "array": "array",
    "object": "object",
}


def _kind_of_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "any"


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _verb(operation_id: str) -> str:
    match = re.match(r"[a-z]+", operation_id)
    return match.group(0) if match else ""


def _merge_object(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Properties and required names of an object schema, through allOf."""
    properties = dict(schema.get("properties") or {})
    required = list(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        inner = _merge_object(part)
        properties.update(inner["properties"])
        required.extend(inner["required"])
    return {"properties": properties, "required": required}


def _neutral(prop: Mapping[str, Any], shape: ValueShape, default: Any, create_default: Any) -> Any:
    """What an attribute nobody set shows: its default, else what a create would have given
    it, else null, else its first enum value or example, else its type's zero."""
    if default is not NO_DEFAULT:
        return default
    if create_default is not NO_DEFAULT:
        return create_default
    if shape.nullable:
        return None
    if shape.constraints.enum:
        return shape.constraints.enum[0]
    examples = prop.get("examples")
    if shape.kind in ("string", "integer", "number", "boolean", "datetime") and examples:
        return examples[0]
    zeros: dict[str, Any] = {"array": [], "boolean": False, "integer": 0, "number": 0}
    return zeros.get(shape.kind, {} if shape.kind == "object" else "")


def _error_table(schemas: Mapping[str, Any]) -> dict[str, ErrorCode]:
    table: dict[str, ErrorCode] = {}
    for schema in schemas.values():
        status = schema.get("x-http-status") if isinstance(schema, dict) else None
        if status is None:
            continue
        descriptions = schema.get("x-enum-descriptions") or {}
        for code in schema.get("enum", []):
            table[code] = ErrorCode(code, int(status), _text(descriptions.get(code)))
    return dict(sorted(table.items()))


def _error_codes(schema: Mapping[str, Any]) -> list[str]:
    """Codes an error body schema allows, in `errors[]` and, for batches, `operation_errors[][]`."""
    codes: list[str] = []
    for part in _all_of(schema):
        properties = part.get("properties") or {}
        item_schemas = [
            (properties.get("errors") or {}).get("items") or {},
            ((properties.get("operation_errors") or {}).get("items") or {}).get("items") or {},
        ]
        for item in item_schemas:
            for item_part in _all_of(item):
                codes.extend(_enum_values((item_part.get("properties") or {}).get("code") or {}))
    return list(dict.fromkeys(codes))


def _all_of(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [schema, *(p for part in schema.get("allOf") or [] for p in _all_of(part))]


def _enum_values(schema: Mapping[str, Any]) -> list[Any]:
    values = list(schema.get("enum") or [])
    for branch in schema.get("anyOf") or schema.get("oneOf") or []:
        values.extend(_enum_values(branch))
    return values


def build_model(bundle: Bundle) -> tuple[ApiSpec, list[Problem]]:
    builder = _Builder(bundle)
    try:
        spec = builder.build()
    except (KeyError, ValueError, TypeError) as exc:
        # Structure the validator accepted but the model cannot read.
        return None, [*builder.problems, bundle.problem("", f"cannot build the model: {exc!r}")]  # type: ignore[return-value]
    return spec, builder.problems


def _reference(raw: Any) -> str | None:
    """The resource an `x-references` names: a tag, or the `resource` of its object form."""
    if isinstance(raw, Mapping):
        resource = raw.get("resource")
        return resource if isinstance(resource, str) else None
    return raw if isinstance(raw, str) else None


def _reference_attribute(raw: Any) -> str | None:
    """The attribute an `x-references` object form matches (`{resource, attribute}`)."""
    if isinstance(raw, Mapping) and isinstance(raw.get("attribute"), str):
        return str(raw["attribute"])
    return None


def _item_parameters(batch: Batch | None) -> list[Parameter]:
    """The members of a batch's item `params`, of every operation type."""
    if batch is None:
        return []
    return [p for params in batch.item_parameters.values() for p in params]


def _known_name(name: str, parameters: Mapping[str, Parameter]) -> bool:
    """A rule names a parameter of its operation, or an attribute of the entity a parameter
    references (`campaign_id.budget_optimization`; on an update, of the entity the updated one
    references)."""
    if name in parameters:
        return True
    head, dot, attribute = name.partition(".")
    if not dot or not attribute:
        return False
    param = parameters.get(head)
    return param is None or param.references is not None
