"""The intermediate model of the spec: what the generator, the sandbox and the tests read.

Everything here is derived from the bundled document by `adsapi.spec.build`. Schemas held by
the model are fully resolved (no `$ref` left), so each can be used on its own with any JSON
Schema tool. The bundled document itself stays available as `ApiSpec.document`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from adsapi.rules import Rule

ParameterLocation = Literal["path", "query", "form", "body"]
"""Where a parameter travels canonically. `form` fields are the members of a form body; `body`
fields are the members of a JSON object (the `params` of a batch item)."""

ValueKind = Literal["string", "integer", "number", "boolean", "datetime", "array", "object", "any"]


class _Missing:
    """Marks a parameter without a default (`None` is a valid default)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_DEFAULT"

    def __bool__(self) -> bool:
        return False


NO_DEFAULT: Any = _Missing()


@dataclass(frozen=True)
class Constraints:
    """The JSON Schema validation keywords of one value (not of array items)."""

    enum: tuple[Any, ...] | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: int | float | None = None
    exclusive_maximum: int | float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    format: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False


@dataclass(frozen=True)
class ValueShape:
    """What values a schema admits, reduced to what code generation and validation need."""

    kind: ValueKind
    nullable: bool
    constraints: Constraints
    items: ValueShape | None = None  # arrays only
    also_accepted: tuple[str, ...] = ()  # x-also-accepted: lenient input forms


FilterMatch = Literal["any-of", "prefix-ignore-case", "includes", "only"]
FLAG_MATCHES = ("includes", "only")  # matches of boolean parameters, with a `value`


@dataclass(frozen=True)
class Filter:
    """x-filter: how a parameter narrows a collection.

    `any-of` (a list of values) and `prefix-ignore-case` (a text) keep the entities whose
    `attribute` matches the parameter's value. The two flag matches, for booleans, name one
    `value` of the attribute: entities holding it are left out unless the flag is true, which
    `includes` them (`with_draft`) or keeps `only` them (`draft_only`, before v5).
    """

    attribute: str
    match: FilterMatch
    value: Any = None  # the attribute value a flag match is about


@dataclass(frozen=True)
class KeyedReference:
    """An `x-references` whose resource depends on another parameter of the call: the value of
    the parameter `by` picks the resource among `resources` (value -> tag). A value not listed
    names entities the spec does not hold as a resource."""

    by: str
    resources: Mapping[str, str]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: ParameterLocation
    required: bool
    description: str
    schema: Mapping[str, Any]
    shape: ValueShape
    default: Any = NO_DEFAULT
    style: str | None = None
    explode: bool | None = None
    deprecated: bool = False
    read_only: bool = False
    example: Any = NO_DEFAULT
    filter: Filter | None = None
    references: str | None = None  # x-references: tag of the resource the value names
    references_by: KeyedReference | None = None  # x-references keyed by another parameter
    # x-references in its object form: the attribute of that resource's entities the value
    # matches, when it is not their identifier (`as_user_id` names a promotable user's user_id).
    references_attribute: str | None = None
    rate_limit_class: str | None = None  # x-rate-limit-class: class of a request that sets it true
    attribute: str | None = None  # x-attribute: the entity attribute it sets, if not its name

    @property
    def sets(self) -> str:
        """The entity attribute a create or update parameter sets."""
        return self.attribute or self.name

    @property
    def is_list(self) -> bool:
        return self.shape.kind == "array"

    @property
    def names_entities(self) -> bool:
        """The value names entities of a resource (`x-references`, plain or keyed)."""
        return self.references is not None or self.references_by is not None

    def referenced(self, values: Mapping[str, Any]) -> str | None:
        """The resource the value names in a call with these `values` (a keyed reference reads
        the value of its `by` parameter), None if it names none."""
        if self.references_by is None:
            return self.references
        return self.references_by.resources.get(str(values.get(self.references_by.by)))


@dataclass(frozen=True)
class Header:
    name: str
    required: bool
    description: str
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Response:
    status: str
    description: str
    headers: Mapping[str, Header]
    media_types: tuple[str, ...]
    schema: Mapping[str, Any] | None  # resolved schema of the JSON body
    schema_name: str | None  # component name when the body schema is a $ref
    envelope: Literal["object", "list", "batch"] | None  # success bodies only
    entity: str | None  # component name of the object(s) in `data`
    error_codes: tuple[str, ...]  # codes an error body may carry, from the per-status enums
    examples: Mapping[str, Any]

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")


@dataclass(frozen=True)
class Body:
    """A batch's JSON request body (form bodies are flattened into `form` parameters, and a
    JSON object of parameters into `body` ones)."""

    media_type: str
    required: bool
    schema: Mapping[str, Any]
    schema_name: str | None
    examples: Mapping[str, Any]


@dataclass(frozen=True)
class Batch:
    """x-batch: a list of operations applied together."""

    max_items: int
    operations: Mapping[str, str]  # operation_type -> operationId of the single-item operation
    atomic: bool
    ordered: bool
    params_schemas: Mapping[str, Mapping[str, Any]]  # operation_type -> schema of `params`
    # operation_type -> the members of `params`, described like form parameters (location `body`)
    item_parameters: Mapping[str, tuple[Parameter, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Pagination:
    """x-pagination: how a collection is paged. Only the `cursor` style exists."""

    style: Literal["cursor"] = "cursor"
    cursor_parameter: str = "cursor"
    count_parameter: str = "count"
    next_cursor_field: str = "next_cursor"
    items_field: str = "data"
    total_count_parameter: str = "with_total_count"
    total_count_field: str = "total_count"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    verb: str  # the operationId's leading lower-case word: list, get, create, update, ...
    kind: str  # what it does (adsapi.spec.kinds): the verb, or its x-operation-kind
    method: str  # upper case
    path: str  # template, without the version prefix
    resource: str  # the tag
    summary: str
    description: str
    parameters: tuple[Parameter, ...]  # path (in template order), then query, then form
    body: Body | None
    body_required: bool
    responses: Mapping[str, Response]
    sandbox_only: bool
    rate_limit_class: str | None
    rules: tuple[Rule, ...]
    batch: Batch | None
    pagination: Pagination | None
    partial_update: bool
    pointer: str  # where the operation sits in the bundled document
    extensions: Mapping[str, Any] = field(default_factory=dict)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def parameters_in(self, location: ParameterLocation) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == location)

    @property
    def success(self) -> Response:
        return next(r for status, r in sorted(self.responses.items()) if status.startswith("2"))

    @property
    def error_statuses(self) -> tuple[str, ...]:
        return tuple(sorted(s for s in self.responses if not s.startswith("2")))

    @property
    def has_form_body(self) -> bool:
        return any(p.location == "form" for p in self.parameters)

    @property
    def has_json_parameters(self) -> bool:
        """Whether the request body is a JSON object of parameters (location `body`)."""
        return any(p.location == "body" for p in self.parameters)


@dataclass(frozen=True)
class Attribute:
    """One attribute of an entity, as an answer shows it."""

    name: str
    schema: Mapping[str, Any]  # resolved
    shape: ValueShape
    required: bool  # the entity schema lists it as always present
    read_only: bool  # computed by the API: never sent by clients
    default: Any  # the schema's default (NO_DEFAULT when it has none)
    # What an answer shows when nobody set the attribute: its default, else what a create
    # gives it when not sent, else null when nullable, else the first enum value or example,
    # else the type's zero.
    neutral: Any

    @property
    def nullable(self) -> bool:
        return self.shape.nullable


@dataclass(frozen=True)
class Resource:
    """A tag declared with `x-resource`. A resource of stored entities names its entity schema,
    identifier parameter and not-found error; one whose operations only compute their answers
    (`lookup`, `action`) may name none of them."""

    name: str  # the tag, snake_case
    description: str
    entity: str | None  # component name of the entity schema
    id_parameter: str | None
    parent_parameter: str | None
    not_found_error: str | None
    operations: tuple[Operation, ...]
    # The entity's attributes, in the schema's order (empty when the schema is missing).
    attributes: Mapping[str, Attribute] = field(default_factory=dict)
    # Where the generated client puts the resource, attribute by attribute (`x-resource`'s
    # `client-path`: `("accounts", "users")` is `client.accounts.users`); empty: at the top,
    # under its name.
    client_path: tuple[str, ...] = ()

    def operation(self, kind: str) -> Operation | None:
        """The resource's (first) operation of `kind` (adsapi.spec.kinds)."""
        return next((op for op in self.operations if op.kind == kind), None)


@dataclass(frozen=True)
class ErrorCode:
    code: str
    status: int
    description: str


@dataclass(frozen=True)
class RateLimitClass:
    name: str
    description: str
    limit: int
    window_seconds: int
    scope: Literal["user", "account"]
    # `endpoint`: each operation of the class has its own window; `class`: they share one.
    counted: Literal["endpoint", "class"] = "class"

    @property
    def per_endpoint(self) -> bool:
        return self.counted == "endpoint"


RATE_COUNTINGS = ("endpoint", "class")  # the values of `counted`

VersionStatus = Literal["upcoming", "supported", "deprecated", "retired"]


@dataclass(frozen=True)
class ApiVersion:
    """One row of the versions table. Dates are ISO days; each takes effect on that day."""

    version: str
    introduced: str
    deprecated: str | None
    end_of_life: str | None

    def status_on(self, day: date | str) -> VersionStatus:
        """`upcoming` before its introduction, `retired` from its end of life on, `deprecated`
        from its deprecation on, `supported` in between."""
        day = as_day(day)
        if day < date.fromisoformat(self.introduced):
            return "upcoming"
        if self.end_of_life and day >= date.fromisoformat(self.end_of_life):
            return "retired"
        if self.deprecated and day >= date.fromisoformat(self.deprecated):
            return "deprecated"
        return "supported"

    def is_served_on(self, day: date | str) -> bool:
        return self.status_on(day) in ("supported", "deprecated")


def as_day(value: date | str) -> date:
    """A date from a `date` or an ISO `YYYY-MM-DD` string; ValueError saying what is wrong."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{value!r} is not a date; expected YYYY-MM-DD") from None


@dataclass(frozen=True)
class Server:
    url: str
    description: str
    environment: Literal["production", "sandbox"]
    variables: Mapping[str, Any]


@dataclass(frozen=True)
class ApiSpec:
    document: Mapping[str, Any]  # the bundled OpenAPI document
    title: str
    version: str  # info.version: the API version this document describes
    servers: tuple[Server, ...]
    live_versions: tuple[str, ...]  # the `version` server variable's enum
    default_version: str
    resources: Mapping[str, Resource]
    operations: Mapping[str, Operation]  # by operationId, in document order
    error_codes: Mapping[str, ErrorCode]
    rate_limit_classes: Mapping[str, RateLimitClass]
    api_versions: tuple[ApiVersion, ...]
    currency_precision: Mapping[str, int]
    security_scheme: str
    schemas: Mapping[str, Mapping[str, Any]]  # component schemas, resolved
    root: str | None = None  # the root document of the spec this model was built from

    def at_version(self, version: str | int) -> ApiSpec:
        """The model of API `version` of the same spec: this one for its own version, else
        `load_spec(root, version=...)` (SpecError when the spec does not describe it)."""
        if str(version) == self.version:
            return self
        if self.root is None:
            raise ValueError(
                f"this model of version {self.version} was not loaded from a spec file, so "
                f"version {version} cannot be derived from it"
            )
        from adsapi.spec import load_spec

        return load_spec(self.root, version=str(version))

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise KeyError(f"no operation {operation_id!r} in the spec") from None

    def api_version(self, version: str) -> ApiVersion:
        found = next((v for v in self.api_versions if v.version == str(version)), None)
        if found is None:
            known = ", ".join(v.version for v in self.api_versions)
            raise KeyError(f"no version {version!r} in x-api-versions (known: {known})")
        return found

    def served_versions(self, day: date | str) -> tuple[ApiVersion, ...]:
        """The versions the API serves on `day`, oldest first."""
        served = [v for v in self.api_versions if v.is_served_on(day)]
        return tuple(sorted(served, key=lambda v: int(v.version)))

    def deprecated_versions(self, day: date | str) -> tuple[ApiVersion, ...]:
        """The served versions that are deprecated on `day` (answers carry `x-api-warn`)."""
        return tuple(v for v in self.served_versions(day) if v.status_on(day) == "deprecated")

    def current_version(self, day: date | str) -> ApiVersion | None:
        """The newest version served on `day` (the `x-current-api-version` of that day)."""
        served = self.served_versions(day)
        return served[-1] if served else None

    def server(self, environment: Literal["production", "sandbox"]) -> Server:
        return next(s for s in self.servers if s.environment == environment)

    def error_status(self, code: str) -> int:
        return self.error_codes[code].status

    def resolve(self, schema: Any) -> Any:
        """A schema of the bundled document with every `$ref` in it resolved."""
        from adsapi.spec.resolve import Resolver

        return Resolver(self.document).schema(schema)
