"""Every decision about the generated package, made in Python: names, signatures, types,
docstrings and the runtime tables. The templates only lay the result out."""

from __future__ import annotations

import ast
import builtins
import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TypedDict

from adsapi.generator.annotations import (
    argument_type,
    exploded,
    param_descriptor,
    py_literal,
    value_type,
)
from adsapi.generator.docstrings import WIDTH, docstring, escape, paragraph
from adsapi.generator.formatting import LINE_LENGTH
from adsapi.generator.imports import Imports, name_key
from adsapi.generator.naming import (
    CLIENT_ATTRIBUTES,
    RESERVED_ARGUMENTS,
    constant_name,
    identifier,
    pascal_case,
    snake_case,
)
from adsapi.locations import templates_dir
from adsapi.spec.kinds import KINDS
from adsapi.spec.model import (
    NO_DEFAULT,
    ApiSpec,
    Batch,
    Operation,
    Parameter,
    Resource,
    Rule,
)

PACKAGE = "twitter_ads_client"
DISTRIBUTION = "twitter-ads-client"
PACKAGE_VERSION = "0.1.0"
BATCH_ARGUMENT = "operations"


class PlanError(ValueError):
    """The spec asks for something the generator cannot express faithfully."""


@dataclass(frozen=True)
class Argument:
    name: str  # the Python name
    annotation: str
    default: str | None  # source of the default, None when required


@dataclass(frozen=True)
class Method:
    name: str
    constant: str  # the module-level Operation table
    operation_type: str  # the Operation's type argument
    descriptor: str  # source of the Operation(...) call
    positional: tuple[Argument, ...]
    keywords: tuple[Argument, ...]
    call: str  # source of the arguments mapping handed to the client
    kind: str  # "call" (one answer) or "page" (a paged collection)
    async_prefix: str  # "async " unless the async method returns a paginator right away
    sync_return: str
    async_return: str
    docstring: str


@dataclass(frozen=True)
class TypedDictField:
    name: str
    annotation: str


@dataclass(frozen=True)
class TypedDictView:
    name: str
    docstring: str
    total: bool
    fields: tuple[TypedDictField, ...]


@dataclass(frozen=True)
class BatchTypes:
    module: str  # under types/
    typed_dicts: tuple[TypedDictView, ...]
    union: str  # name of the alias of every item type
    members: tuple[str, ...]
    imports: tuple[str, ...]
    exports: tuple[str, ...]


@dataclass(frozen=True)
class ChildView:
    """An attribute leading from the client, a resource or a namespace to a nested class."""

    attribute: str
    module: str  # under resources/
    class_name: str
    async_class_name: str
    raw_class_name: str
    async_raw_class_name: str
    docstring: str


@dataclass(frozen=True)
class ResourceView:
    tag: str  # the tag; for a namespace, its client path
    module: str
    class_name: str
    async_class_name: str
    raw_class_name: str
    async_raw_class_name: str
    docstring: str
    methods: tuple[Method, ...]
    tables: tuple[Method, ...]  # the methods in the order of their Operation tables
    model_imports: tuple[tuple[str, str], ...]  # (module under types/, class)
    batch_types: BatchTypes | None
    imports: tuple[str, ...]
    exports: tuple[str, ...]  # the module's __all__
    client_path: str = ""  # `client.<client_path>` reaches it: `campaigns`, `accounts.users`
    children: tuple[ChildView, ...] = ()  # resources and namespaces nested under it
    type_checking_imports: tuple[str, ...] = ()  # the children's classes, for annotations
    namespace: bool = False  # a path segment with no operations of its own


@dataclass(frozen=True)
class Export:
    name: str
    module: str  # relative to the package


@dataclass(frozen=True)
class PackagePlan:
    spec: ApiSpec
    resources: tuple[ResourceView, ...]  # resources and namespaces, each a module
    children: tuple[ChildView, ...]  # the client's own attributes
    models: tuple[tuple[str, str], ...]  # (schema name, module under types/)
    exports: tuple[Export, ...]
    type_exports: tuple[Export, ...]
    resource_exports: tuple[Export, ...]
    constants: Mapping[str, str] = field(default_factory=dict)  # name -> Python source
    currencies: tuple[tuple[str, int], ...] = ()
    error_codes: tuple[tuple[str, int, tuple[str, ...]], ...] = ()  # code, status, meaning
    # operationId -> (client attribute, method, module under resources/, Operation table)
    operations: tuple[tuple[str, str, str, str, str], ...] = ()


def _model_module(entity: str) -> str:
    return snake_case(entity)


def _argument_names(operation: Operation) -> dict[str, str]:
    """Spec name -> Python name of each argument, unique within the method."""
    names: dict[str, str] = {}
    taken = set(RESERVED_ARGUMENTS)
    if operation.batch is not None:
        taken.add(BATCH_ARGUMENT)
    for parameter in operation.parameters:
        if parameter.read_only:
            continue
        name = identifier(parameter.name, frozenset(taken))
        names[parameter.name] = name
        taken.add(name)
    return names


def _check_wire_style(operation: Operation, parameter: Parameter) -> None:
    if parameter.is_list and parameter.location in ("query", "form") and parameter.explode:
        raise PlanError(
            f"{operation.operation_id}: {parameter.name} is an exploded list (repeated keys); "
            "the API and this generator only use comma-joined lists (explode: false)"
        )


def _rule_source(rule: Rule, names: Mapping[str, str]) -> str:
    """The rule's constructor call, naming the method's arguments: any kind of adsapi.rules
    is written the same way, from its dataclass fields."""
    renamed = rule.renamed(names)
    values = ", ".join(py_literal(getattr(renamed, f.name)) for f in dataclasses.fields(renamed))
    return f"{type(rule).__name__}({values})"


def _param_sources(
    operation: Operation, parameters: Iterable[Parameter], names: Mapping[str, str]
) -> list[str]:
    sources = []
    for parameter in parameters:
        _check_wire_style(operation, parameter)
        comma = parameter.is_list and parameter.location in ("query", "form")
        sources.append(param_descriptor(parameter, names[parameter.name], comma))
    return sources


def _batch_source(spec: ApiSpec, operation: Operation, batch: Batch) -> str:
    """The batch refers to its single-item operations, defined earlier in the same module."""
    targets = []
    for op_type, target_id in batch.operations.items():
        target = spec.operation(target_id)
        if target.resource != operation.resource:
            raise PlanError(
                f"{operation.operation_id}: {op_type} items are {target_id}, an operation of "
                f"another resource ({target.resource}); batches refer to their own resource's"
            )
        targets.append(f"{py_literal(op_type)}: {constant_name(target_id)}")
    shared = tuple(p.name for p in operation.parameters_in("path"))
    return (
        f"Batch(max_items={batch.max_items}, operations={{{', '.join(targets)}}}, "
        f"shared={py_literal(shared)})"
    )


def _result(operation: Operation) -> tuple[str, str, str, str, str]:
    """(envelope, model, Operation type argument, sync return type, async return type), from
    the operation's kind (adsapi.spec.kinds) and its success answer."""
    success = operation.success
    model = success.entity
    kind = KINDS.get(operation.kind)
    if kind is None or success.envelope not in kind.envelopes or model is None:
        raise PlanError(
            f"{operation.operation_id}: a {operation.kind!r} operation answers with one of "
            f"{', '.join(kind.envelopes) if kind else 'no known'} envelopes whose `data` is a "
            f"component schema, not {success.envelope or 'an untyped body'}"
        )
    if kind.name == "batch":
        return "batch", model, f"list[{model}]", f"list[{model}]", f"list[{model}]"
    if success.envelope == "list" and operation.pagination is not None:
        return "page", model, f"PageData[{model}]", f"SyncPage[{model}]", f"AsyncPaginator[{model}]"
    if success.envelope == "list":
        return "list", model, f"list[{model}]", f"list[{model}]", f"list[{model}]"
    return "object", model, model, model, model


def _method_name(resource: Resource, operation: Operation) -> str:
    verbs = [op.verb for op in resource.operations]
    if verbs.count(operation.verb) == 1 and operation.verb:
        return identifier(operation.verb)
    return identifier(snake_case(operation.operation_id))


def _argument_doc(parameter: Parameter) -> str:
    text = parameter.description.rstrip()
    extras = []
    if parameter.shape.nullable:
        extras.append("`None` clears it")
    if parameter.default is not NO_DEFAULT and not parameter.required:
        extras.append(f"server default: `{_json_text(parameter.default)}`")
    if parameter.deprecated:
        extras.append("deprecated")
    if extras:
        text = (text + " " if text else "") + "(" + "; ".join(extras) + ")"
    return text


def _json_text(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "null" if value is None else str(value)


def _extra_body_doc(operation: Operation) -> str:
    if operation.batch is not None:
        return "Refused: the body is a JSON list, with no room for other parameters."
    if operation.has_json_parameters:
        return "Members to add to the JSON body, sent as given (not checked)."
    if operation.method in ("POST", "PUT"):
        return "Form body parameters to add, sent as given (not checked)."
    return f"Refused: a {operation.method} has no body; use extra_query."


def plan_method(spec: ApiSpec, resource: Resource, operation: Operation) -> Method:
    names = _argument_names(operation)
    parameters = [p for p in operation.parameters if p.name in names]
    envelope, model, op_type, sync_return, async_return = _result(operation)
    param_sources = _param_sources(operation, parameters, names)
    fields = [
        py_literal(operation.operation_id),
        py_literal(operation.method),
        py_literal(operation.path),
        # One field per line at 4 columns, each followed by a comma.
        "params="
        + exploded("(", param_sources, ")", 4, LINE_LENGTH - 4 - len("params=,"), tuple_=True),
        f"result=Result({py_literal(envelope)}, {py_literal(_model_module(model) + ':' + model)})",
    ]
    # Only rules that refuse something are checked before sending; an `ignored-with` rule (an
    # older version accepting a combination and ignoring one side) has nothing to refuse.
    refusing = [r for r in operation.rules if r.error is not None]
    if refusing:
        rules = [_rule_source(r, names) for r in refusing]
        fields.append(
            "rules=" + exploded("(", rules, ")", 4, LINE_LENGTH - 4 - len("rules=,"), tuple_=True)
        )
    if operation.sandbox_only:
        fields.append("sandbox_only=True")
    if operation.partial_update:
        fields.append("partial_update=True")
    if operation.batch is not None:
        fields.append(f"batch={_batch_source(spec, operation, operation.batch)}")
    # After `CONSTANT: Operation[...] = ` at the start of a line: never room for it all.
    descriptor = exploded("Operation(", fields, ")", 0, 0)

    positional = [
        Argument(names[p.name], value_type(p.shape), None)
        for p in parameters
        if p.location == "path"
    ]
    keywords = [
        Argument(names[p.name], argument_type(p), None if p.required else "NOT_GIVEN")
        for p in parameters
        if p.location != "path"
    ]
    documented = [(names[p.name], _argument_doc(p)) for p in parameters]
    call_names = [a.name for a in positional] + [a.name for a in keywords]
    if operation.batch is not None:
        union = f"{resource.entity}BatchOperation"
        positional.append(Argument(BATCH_ARGUMENT, f"Sequence[{union}]", None))
        call_names.append(BATCH_ARGUMENT)
        kinds = ", ".join(f'"{t}"' for t in operation.batch.operations)
        documented.append(
            (
                BATCH_ARGUMENT,
                f"1 to {operation.batch.max_items} items, each a mapping "
                f'{{"operation_type": {kinds.replace(", ", " | ")}, "params": {{...}}}} '
                f"(or a {union}); applied "
                + ("all or nothing, " if operation.batch.atomic else "")
                + "in order",
            )
        )
    documented += [
        ("extra_headers", "Headers to add to this request."),
        ("extra_query", "Query parameters to add, sent as given (not checked)."),
        ("extra_body", _extra_body_doc(operation)),
        ("timeout", "Timeout for this request, replacing the client's."),
    ]
    notes = []
    if operation.sandbox_only:
        notes.append(
            "Sandbox only: refused before sending when the client targets the production host."
        )
    returns = {
        "object": f"The {model}.",
        "list": f"The {model} objects of the answer.",
        "batch": f"The resulting {model} objects, in the order of `operations`.",
        "page": (
            f"The first page of {model} objects; iterating it yields every item of every page,"
            " fetching the next ones as needed."
        ),
    }[envelope]
    doc = docstring(
        operation.summary or operation.operation_id,
        operation.description,
        documented,
        returns,
        notes,
    )
    # The call's second argument, at 12 columns and followed by a comma.
    call = exploded("{", [f"{py_literal(n)}: {n}" for n in call_names], "}", 12, LINE_LENGTH - 13)
    return Method(
        name=_method_name(resource, operation),
        constant=constant_name(operation.operation_id),
        operation_type=op_type,
        descriptor=descriptor,
        positional=tuple(positional),
        keywords=tuple(keywords),
        call=call,
        kind="page" if envelope == "page" else "call",
        async_prefix="" if envelope == "page" else "async ",
        sync_return=sync_return,
        async_return=async_return,
        docstring=doc,
    )


def _annotation_imports(imports: Imports, sources: Iterable[str]) -> Imports:
    """What the type annotations in `sources` need imported."""
    text = " ".join(sources)
    for module, name in (
        ("typing", "Any"),
        ("typing", "Literal"),
        ("collections.abc", "Mapping"),
        ("collections.abc", "Sequence"),
        ("datetime", "datetime"),
    ):
        if re.search(rf"\b{name}\[|\b{name}\b", text):
            imports.add(module, name)
    return imports


def plan_batch_types(resource: Resource, operation: Operation) -> BatchTypes:
    batch = operation.batch
    entity = resource.entity
    if batch is None or entity is None:
        raise PlanError(f"{operation.operation_id}: a batch acts on the entities of its resource")
    typed_dicts: list[TypedDictView] = []
    members = []
    annotations = []
    for op_type, parameters in batch.item_parameters.items():
        params_name = f"{entity}Batch{op_type}Params"
        item_name = f"{entity}Batch{op_type}"
        fields = []
        for p in parameters:
            annotation = value_type(p.shape)
            annotations.append(annotation)
            fields.append(
                TypedDictField(p.name, f"Required[{annotation}]" if p.required else annotation)
            )
        target = batch.operations[op_type]
        typed_dicts.append(
            TypedDictView(
                params_name,
                escape(f"The `params` of a batch {op_type!r}, as for {target}."),
                False,
                tuple(fields),
            )
        )
        typed_dicts.append(
            TypedDictView(
                item_name,
                escape(f"A batch item that does {op_type!r}."),
                True,
                (
                    TypedDictField("operation_type", f'Literal["{op_type}"]'),
                    TypedDictField("params", params_name),
                ),
            )
        )
        members.append(item_name)
    imports = _annotation_imports(Imports(), annotations)
    imports.add("typing", "Literal", "Required", "TypeAlias", "TypedDict")
    return BatchTypes(
        exports=tuple(
            sorted([*(t.name for t in typed_dicts), f"{entity}BatchOperation"], key=name_key)
        ),
        module=f"{snake_case(entity)}_batch",
        typed_dicts=tuple(typed_dicts),
        union=f"{entity}BatchOperation",
        members=tuple(members),
        imports=imports.lines(),
    )


def _qualify_builtins(method: Method, shadowed: set[str]) -> Method:
    """Inside a class with a method called `list` (or `type`, ...), annotations must say
    `builtins.list`: the bare name is the method there."""
    if not shadowed:
        return method
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(shadowed)) + r")\b")

    def fix(text: str) -> str:
        return pattern.sub(r"builtins.\1", text)

    def fix_arguments(arguments: tuple[Argument, ...]) -> tuple[Argument, ...]:
        return tuple(replace(a, annotation=fix(a.annotation)) for a in arguments)

    return replace(
        method,
        positional=fix_arguments(method.positional),
        keywords=fix_arguments(method.keywords),
        sync_return=fix(method.sync_return),
        async_return=fix(method.async_return),
    )


def resource_class_name(spec: ApiSpec, resource: Resource) -> str:
    """The tag in PascalCase (`Campaigns`), with `Resource` after it when a schema of the spec
    has that name (`AuthenticatedUserAccess` is the look-up's answer too)."""
    name = pascal_case(resource.name)
    return f"{name}Resource" if name in spec.schemas else name


def plan_resource(
    spec: ApiSpec, resource: Resource, children: tuple[ChildView, ...] = ()
) -> ResourceView:
    methods = tuple(plan_method(spec, resource, op) for op in resource.operations)
    attributes = {c.attribute for c in children}
    shadowed = ({m.name for m in methods} | attributes) & set(dir(builtins))
    methods = tuple(_qualify_builtins(m, shadowed) for m in methods)
    names = [m.name for m in methods]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise PlanError(f"{resource.name}: two operations map to the method(s) {duplicates}")
    clashes = attributes & set(names)
    if clashes:
        raise PlanError(
            f"{resource.name}: nested resource(s) {sorted(clashes)} have the name of a method"
        )
    batch_op = next((op for op in resource.operations if op.batch is not None), None)
    batch_types = plan_batch_types(resource, batch_op) if batch_op is not None else None
    models = sorted({_result(op)[1] for op in resource.operations})
    imports = _annotation_imports(
        Imports(), [a.annotation for m in methods for a in (*m.positional, *m.keywords)]
    )
    imports.add("__future__", "annotations")
    written = [
        text
        for m in methods
        for text in (
            m.sync_return,
            m.async_return,
            *(a.annotation for a in (*m.positional, *m.keywords)),
        )
    ]
    if any("builtins." in text for text in written):  # a shadowed name is actually written
        imports.add_module("builtins")
    imports.add(".._operations", "Operation", "Result")
    if any(m.positional or m.keywords for m in methods):
        imports.add(".._operations", "Param")
    if any(op.batch is not None for op in resource.operations):
        imports.add(".._operations", "Batch")
    rule_kinds = {type(r).__name__ for op in resource.operations for r in op.rules if r.error}
    if rule_kinds:
        imports.add(".._rules", *sorted(rule_kinds))
    imports.add(".._base_client", "CallOptions")
    imports.add(".._types", "NOT_GIVEN", "Body", "Headers", "NotGiven", "Query", "TimeoutTypes")
    imports.add(
        ".._resource",
        "AsyncAPIResource",
        "SyncAPIResource",
        "async_to_raw_response_wrapper",
        "to_raw_response_wrapper",
    )
    if any(m.kind == "page" for m in methods):
        imports.add(".._pagination", "AsyncPaginator", "SyncPage")
        imports.add(".._response", "PageData")
    if batch_types is not None:
        imports.add(f"..types.{batch_types.module}", batch_types.union)
    # Models only for annotations: the Operation tables name them by path, and the runtime
    # imports a model (and pydantic with it) when the first answer comes to parse, after the
    # request is sent.
    type_checking = Imports()
    for model in models:
        type_checking.add(f"..types.{_model_module(model)}", model)
    if children:
        imports.add("functools", "cached_property")
    if models or children:
        imports.add("typing", "TYPE_CHECKING")
    description = resource.description or f"The {resource.name} of the API."
    classes = _class_names(resource_class_name(spec, resource))
    return ResourceView(
        client_path=".".join(_client_path(resource)),
        children=children,
        type_checking_imports=child_imports(children, ".", type_checking),
        tag=resource.name,
        module=snake_case(resource.name),
        **classes,
        # Also the docstring of the client's property that reaches it, 4 columns further in.
        docstring="\n".join(paragraph(description, width=WIDTH - 4)),
        methods=methods,
        # A batch table refers to the tables of its item operations: those come first.
        tables=tuple(
            sorted(methods, key=lambda m: resource.operations[methods.index(m)].batch is not None)
        ),
        model_imports=tuple((_model_module(m), m) for m in models),
        batch_types=batch_types,
        imports=imports.lines(),
        exports=_exports(classes),
    )


class _Classes(TypedDict):
    """The four classes of a resource module, by their field in `ResourceView`."""

    class_name: str
    async_class_name: str
    raw_class_name: str
    async_raw_class_name: str


def _exports(classes: _Classes) -> tuple[str, ...]:
    names = (
        classes["class_name"],
        classes["async_class_name"],
        classes["raw_class_name"],
        classes["async_raw_class_name"],
    )
    return tuple(sorted(names, key=name_key))


def _class_names(cls: str) -> _Classes:
    return {
        "class_name": cls,
        "async_class_name": f"Async{cls}",
        "raw_class_name": f"{cls}WithRawResponse",
        "async_raw_class_name": f"Async{cls}WithRawResponse",
    }


RUNTIME = templates_dir() / "runtime"
# Runtime modules whose whole `__all__` is public, and single names picked from others.
PUBLIC_RUNTIME_MODULES = ("_exceptions", "_money", "_pagination", "_types")
PUBLIC_RUNTIME_NAMES = (
    ("._client", "AdsClient"),
    ("._client", "AsyncAdsClient"),
    ("._client", "AdsClientWithRawResponse"),
    ("._client", "AsyncAdsClientWithRawResponse"),
    ("._response", "APIResponse"),
    ("._headers", "RateLimit"),
    ("._base_client", "DEFAULT_TIMEOUT"),
    ("._spec", "API_VERSION"),
    ("._spec", "LIVE_VERSIONS"),
    ("._spec", "ERROR_CODES"),
    ("._spec", "__version__"),
)


@cache  # read for every resource: parse each runtime module once
def _module_all(path: Path) -> list[str]:
    """The names listed in a runtime module's `__all__`."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise PlanError(f"{path.name} has no __all__")


def runtime_exports() -> list[Export]:
    exports = [Export(name, module) for module, name in PUBLIC_RUNTIME_NAMES]
    for module in PUBLIC_RUNTIME_MODULES:
        exports += [Export(name, f".{module}") for name in _module_all(RUNTIME / f"{module}.py")]
    return exports


def _sorted_exports(exports: Iterable[Export]) -> tuple[Export, ...]:
    return tuple(sorted(exports, key=lambda e: name_key(e.name)))


def _client_path(resource: Resource) -> tuple[str, ...]:
    return resource.client_path or (resource.name,)


def child_imports(
    children: Iterable[ChildView], package: str, imports: Imports | None = None
) -> tuple[str, ...]:
    """The import lines of the children's classes, inside `if TYPE_CHECKING:` (with what
    `imports` holds already)."""
    imports = imports if imports is not None else Imports()
    for child in children:
        imports.add(
            f"{package}{child.module}",
            child.class_name,
            child.async_class_name,
            child.raw_class_name,
            child.async_raw_class_name,
        )
    return imports.lines(indent=4)  # inside `if TYPE_CHECKING:`


def _child(view: ResourceView) -> ChildView:
    return ChildView(
        attribute=view.client_path.rpartition(".")[2],
        module=view.module,
        class_name=view.class_name,
        async_class_name=view.async_class_name,
        raw_class_name=view.raw_class_name,
        async_raw_class_name=view.async_raw_class_name,
        docstring=view.docstring,
    )


def plan_namespace(path: tuple[str, ...], children: tuple[ChildView, ...]) -> ResourceView:
    """A path segment that only groups nested resources (`client.analytics` above
    `client.analytics.jobs`): a class with no methods of its own."""
    name = "_".join(path)
    classes = _class_names(pascal_case(name))
    dotted = ".".join(path)
    reached = ", ".join(f"`client.{dotted}.{c.attribute}`" for c in children)
    imports = Imports().add("__future__", "annotations")
    imports.add("functools", "cached_property")
    imports.add("typing", "TYPE_CHECKING")
    imports.add(".._resource", "AsyncAPIResource", "SyncAPIResource")
    return ResourceView(
        tag=dotted,
        module=snake_case(name),
        **classes,
        docstring="\n".join(paragraph(f"Groups {reached}.")),
        methods=(),
        tables=(),
        model_imports=(),
        batch_types=None,
        imports=imports.lines(),
        exports=_exports(classes),
        client_path=dotted,
        children=children,
        type_checking_imports=child_imports(children, "."),
        namespace=True,
    )


def plan_tree(spec: ApiSpec) -> tuple[tuple[ResourceView, ...], tuple[ChildView, ...]]:
    """Every resource with operations, where its `client_path` puts it, and a namespace class
    for each path segment no resource holds; and the client's own attributes.

    Nodes keep the order of the spec's tags (a namespace comes with its first resource), and
    are planned children first, since a class needs its children's names.
    """
    by_path: dict[tuple[str, ...], Resource | None] = {}
    for resource in spec.resources.values():
        if not resource.operations:
            continue
        path = _client_path(resource)
        other = by_path.get(path)
        if other is not None:
            raise PlanError(
                f"{resource.name} and {other.name} both hang on the client at {'.'.join(path)}"
            )
        for depth in range(1, len(path)):
            by_path.setdefault(path[:depth], None)
        by_path[path] = resource
    views: dict[tuple[str, ...], ResourceView] = {}
    for path in sorted(by_path, key=len, reverse=True):  # children first
        children = tuple(
            _child(views[p]) for p in by_path if len(p) == len(path) + 1 and p[:-1] == path
        )
        node = by_path[path]
        views[path] = (
            plan_namespace(path, children) if node is None else plan_resource(spec, node, children)
        )
    ordered = tuple(views[p] for p in by_path)
    modules = [v.module for v in ordered]
    repeated = sorted({m for m in modules if modules.count(m) > 1})
    if repeated:
        raise PlanError(f"two resources or namespaces would be the module(s) {repeated}")
    top = tuple(_child(views[p]) for p in by_path if len(p) == 1)
    clashes = sorted({c.attribute for c in top} & CLIENT_ATTRIBUTES)
    if clashes:
        raise PlanError(f"resource(s) {clashes} would hide the client's own attribute(s)")
    return ordered, top


def plan_package(spec: ApiSpec) -> PackagePlan:
    resources, children = plan_tree(spec)
    models = sorted({m for r in resources for _, m in r.model_imports})
    type_exports = [Export(m, f".{_model_module(m)}") for m in models]
    for r in resources:
        if r.batch_types is not None:
            bt = r.batch_types
            type_exports += [Export(t.name, f".{bt.module}") for t in bt.typed_dicts]
            type_exports.append(Export(bt.union, f".{bt.module}"))
    resource_exports = [
        Export(name, f".{r.module}")
        for r in resources
        for name in (r.class_name, r.async_class_name, r.raw_class_name, r.async_raw_class_name)
    ]
    exports = runtime_exports()
    exports += [Export(e.name, ".types" + e.module) for e in type_exports]
    production = spec.server("production").url
    sandbox = spec.server("sandbox").url
    constants = {
        "PACKAGE_VERSION": py_literal(PACKAGE_VERSION),
        "__version__": "PACKAGE_VERSION",
        "API_VERSION": py_literal(spec.default_version or spec.version),
        "LIVE_VERSIONS": py_literal(list(spec.live_versions)),
        "PRODUCTION_URL": py_literal(production),
        "SANDBOX_URL": py_literal(sandbox),
    }
    return PackagePlan(
        spec=spec,
        resources=resources,
        children=children,
        models=tuple((m, _model_module(m)) for m in models),
        exports=_sorted_exports(exports),
        type_exports=_sorted_exports(type_exports),
        resource_exports=_sorted_exports(resource_exports),
        constants=constants,
        currencies=tuple(sorted(spec.currency_precision.items())),
        error_codes=tuple(
            (code, error.status, tuple(paragraph(error.description, width=90)))
            for code, error in sorted(spec.error_codes.items())
        ),
        operations=tuple(
            (op.operation_id, view.client_path, method.name, view.module, method.constant)
            for view in resources
            if not view.namespace
            for op, method in zip(spec.resources[view.tag].operations, view.methods, strict=True)
        ),
    )
