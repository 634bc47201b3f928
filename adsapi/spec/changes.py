"""Apply one declarative change of `spec/versions/` to a bundled document.

A change names what it touches the way the model does: operations by operationId, parameters by
name, schema properties by component and name, rules by kind and parameters. It never uses a
JSON pointer, so a change keeps working when the main spec is reorganised.

Each change turns the newer document into the older one. Examples follow the schemas they
illustrate: removing or renaming a property (or a form parameter) does the same inside every
example of that schema, adding one with an `example` value fills it in, and the request echo
(`request.params`) of the operation's answers follows its parameters.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

from adsapi.spec.build import FORM_MEDIA_TYPE, HTTP_METHODS, JSON_MEDIA_TYPE
from adsapi.spec.examples import ExampleIndex, follow_ref, rename_key

SCHEMA_PREFIX = "#/components/schemas/"
RENAMED = "x-enum-renamed"  # on an enum schema of an older version: its name -> the newest
PARAMETER_PREFIX = "#/components/parameters/"


class ChangeError(Exception):
    """The change cannot be applied; the message says which name was not found and why."""


def deep_merge(target: dict[str, Any], patch: dict[str, Any]) -> None:
    """Merge `patch` into `target`: mappings merge member by member, anything else replaces."""
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            deep_merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _insert_after(mapping: dict[str, Any], key: str, value: Any, after: str | None) -> dict:
    """A copy of `mapping` with `key` placed right after `after` (or last)."""
    if after is not None and after not in mapping:
        raise ChangeError(f"cannot place {key!r} after {after!r}: there is no {after!r}")
    out: dict[str, Any] = {}
    for name, existing in mapping.items():
        out[name] = existing
        if name == after:
            out[key] = value
    out.setdefault(key, value)
    return out


class Document:
    """A bundled document being turned into an older version, one change at a time."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.examples = ExampleIndex(document)

    # -- lookups -------------------------------------------------------------------------------

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for route, item in (self.document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield route, method, item[method]

    def operation(self, operation_id: str) -> tuple[str, str, dict[str, Any]]:
        for route, method, operation in self.operations():
            if operation.get("operationId") == operation_id:
                return route, method, operation
        known = ", ".join(sorted(op.get("operationId", "?") for _, _, op in self.operations()))
        raise ChangeError(f"no operation {operation_id!r} (known: {known})")

    def schema(self, name: str) -> dict[str, Any]:
        schemas = self.document.setdefault("components", {}).setdefault("schemas", {})
        if name not in schemas:
            raise ChangeError(f"no schema {name!r} in components/schemas")
        return schemas[name]

    def target(self, node: Any) -> Any:
        """Follow internal `$ref`s at the top of `node`."""
        return follow_ref(self.document, node)

    @staticmethod
    def component_name(node: Any, prefix: str = SCHEMA_PREFIX) -> str | None:
        reference = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(reference, str) and reference.startswith(prefix):
            return reference[len(prefix) :]
        return None

    def form_schemas(self, operation_id: str) -> list[tuple[str | None, dict[str, Any]]]:
        """The schemas holding `operation_id`'s form parameters: its form body and the `params`
        of every batch item that stands for it. Component name (None when inline) and schema."""
        _, _, operation = self.operation(operation_id)
        media = ((operation.get("requestBody") or {}).get("content") or {}).get(FORM_MEDIA_TYPE)
        found: list[tuple[str | None, dict[str, Any]]] = []
        if media is not None:
            found.append((self.component_name(media.get("schema")), self.target(media["schema"])))
        for _, _, batch_op in self.operations():
            batch = batch_op.get("x-batch") or {}
            for op_type, target_id in (batch.get("operations") or {}).items():
                if target_id == operation_id:
                    params = self._batch_params(batch_op, op_type)
                    if params is not None:
                        found.append((self.component_name(params), self.target(params)))
        unique: list[tuple[str | None, dict[str, Any]]] = []
        for name, schema in found:
            if not any(schema is other for _, other in unique):
                unique.append((name, schema))
        return unique

    def _batch_params(self, batch_op: dict[str, Any], op_type: str) -> Any:
        body = ((batch_op.get("requestBody") or {}).get("content") or {}).get(JSON_MEDIA_TYPE)
        items = self.target((self.target((body or {}).get("schema")) or {}).get("items"))
        for branch in (items or {}).get("oneOf", [items]):
            branch = self.target(branch) or {}
            props = branch.get("properties") or {}
            if (props.get("operation_type") or {}).get("const") == op_type:
                return props.get("params")
        return None

    def batch_operations_for(self, operation_id: str) -> list[tuple[str, str]]:
        """(batch operationId, operation type) of every batch item standing for the operation."""
        return [
            (batch_op["operationId"], op_type)
            for _, _, batch_op in self.operations()
            for op_type, target in ((batch_op.get("x-batch") or {}).get("operations") or {}).items()
            if target == operation_id
        ]


# -- parameters ----------------------------------------------------------------------------------


def _find_parameter(doc: Document, operation_id: str, name: str) -> tuple[str, Any]:
    """('form', None) for a form parameter, or ('query', index) in the operation's list."""
    route, _, operation = doc.operation(operation_id)
    for index, entry in enumerate(operation.get("parameters") or []):
        if doc.target(entry).get("name") == name:
            return "list", index
    if any(
        name in (schema.get("properties") or {}) for _, schema in doc.form_schemas(operation_id)
    ):
        return "form", None
    for entry in doc.document["paths"][route].get("parameters") or []:
        if doc.target(entry).get("name") == name:
            raise ChangeError(
                f"parameter {name!r} of {operation_id} is declared for the whole path "
                f"{route}; path-level parameters cannot be changed for one operation"
            )
    raise ChangeError(f"{operation_id} has no parameter {name!r}")


def _own_parameter(doc: Document, operation: dict[str, Any], index: int) -> dict[str, Any]:
    """The operation's parameter at `index`, copied out of its component when shared."""
    entry = operation["parameters"][index]
    if "$ref" in entry:
        entry = copy.deepcopy(doc.target(entry))
        operation["parameters"][index] = entry
    return entry


def _form_targets(doc: Document, operation_id: str, name: str) -> list[dict[str, Any]]:
    schemas = [s for _, s in doc.form_schemas(operation_id)]
    holding = [s for s in schemas if name in (s.get("properties") or {})]
    if not holding:
        raise ChangeError(f"{operation_id} has no form parameter {name!r}")
    return holding


def add_parameter(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    parameter = copy.deepcopy(change["parameter"])
    resolved = doc.target(parameter)
    name, location = resolved.get("name"), resolved.get("in")
    _, _, operation = doc.operation(operation_id)
    if _has_parameter(doc, operation_id, name):
        raise ChangeError(f"{operation_id} already has a parameter {name!r}")
    after = change.get("after")
    if location == "form":
        schemas = doc.form_schemas(operation_id)
        if not schemas:
            raise ChangeError(f"{operation_id} has no form body to add {name!r} to")
        definition = dict(parameter.get("schema") or {})
        if parameter.get("description"):
            definition["description"] = parameter["description"]
        for component, schema in schemas:
            schema["properties"] = _insert_after(
                schema.get("properties") or {}, name, copy.deepcopy(definition), after
            )
            if parameter.get("required"):
                schema["required"] = [*schema.get("required", []), name]
            if component and "example" in change:
                doc.examples.fill(component, name, change["example"], after)
    else:
        entries = operation.setdefault("parameters", [])
        position = len(entries)
        if after is not None:
            names = [doc.target(e).get("name") for e in entries]
            if after not in names:
                raise ChangeError(f"cannot place {name!r} after {after!r}: no such parameter")
            position = names.index(after) + 1
        entries.insert(position, parameter)
    if parameter.get("required") and "example" in change:
        doc.examples.echo(
            operation_id, doc.batch_operations_for(operation_id), set_=name, value=change["example"]
        )


def _has_parameter(doc: Document, operation_id: str, name: str) -> bool:
    try:
        _find_parameter(doc, operation_id, name)
    except ChangeError:
        return False
    return True


def remove_parameter(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    name = change["name"]
    kind, index = _find_parameter(doc, operation_id, name)
    if kind == "form":
        for component, schema in doc.form_schemas(operation_id):
            if name in (schema.get("properties") or {}):
                del schema["properties"][name]
                schema["required"] = [r for r in schema.get("required", []) if r != name]
                if not schema["required"]:
                    del schema["required"]
                if component:
                    doc.examples.drop(component, name)
    else:
        _, _, operation = doc.operation(operation_id)
        del operation["parameters"][index]
    doc.examples.echo(operation_id, doc.batch_operations_for(operation_id), remove=name)


def rename_parameter(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    name, new = change["name"], change["to"]
    if _has_parameter(doc, operation_id, new):
        raise ChangeError(f"{operation_id} already has a parameter {new!r}")
    kind, index = _find_parameter(doc, operation_id, name)
    if kind == "form":
        for component, schema in doc.form_schemas(operation_id):
            if name in (schema.get("properties") or {}):
                rename_key(schema["properties"], name, new)
                schema["required"] = [new if r == name else r for r in schema.get("required", [])]
                if not schema["required"]:
                    del schema["required"]
                if component:
                    doc.examples.rename(component, name, new)
    else:
        _, _, operation = doc.operation(operation_id)
        _own_parameter(doc, operation, index)["name"] = new
    doc.examples.echo(operation_id, doc.batch_operations_for(operation_id), rename=(name, new))


def update_parameter(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    name = change["name"]
    kind, index = _find_parameter(doc, operation_id, name)
    if kind == "form":
        for schema in _form_targets(doc, operation_id, name):
            _update_member(schema["properties"][name], change)
            if "required" in change:
                _set_required(schema, name, change["required"])
    else:
        _, _, operation = doc.operation(operation_id)
        parameter = _own_parameter(doc, operation, index)
        _update_member(parameter, change)
        if "required" in change:
            parameter["required"] = change["required"]


def _update_member(target: dict[str, Any], change: dict[str, Any]) -> None:
    for key in change.get("remove", ()):
        if key not in target:
            raise ChangeError(f"cannot remove {key!r}: it is not set")
        del target[key]
    deep_merge(target, change.get("set") or {})


def _set_required(schema: dict[str, Any], name: str, required: bool) -> None:
    names = [n for n in schema.get("required", []) if n != name]
    if required:
        names.append(name)
    if names:
        schema["required"] = names
    else:
        schema.pop("required", None)


# -- schema properties ---------------------------------------------------------------------------


def _properties(doc: Document, schema_name: str, name: str | None = None) -> dict[str, Any]:
    schema = doc.schema(schema_name)
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        raise ChangeError(f"schema {schema_name} has no properties")
    if name is not None and name not in properties:
        known = ", ".join(properties)
        raise ChangeError(f"schema {schema_name} has no property {name!r} (it has: {known})")
    return properties


def add_property(doc: Document, change: dict[str, Any]) -> None:
    schema_name, name = change["schema"], change["property"]
    schema = doc.schema(schema_name)
    if name in (schema.get("properties") or {}):
        raise ChangeError(f"schema {schema_name} already has a property {name!r}")
    schema["properties"] = _insert_after(
        schema.get("properties") or {},
        name,
        copy.deepcopy(change["definition"]),
        change.get("after"),
    )
    if change.get("required"):
        _set_required(schema, name, True)
        missing = doc.examples.lacking(schema_name, name)
        if missing and "example" not in change:
            raise ChangeError(
                f"required property {name!r} needs an `example` value: {missing} example(s) of "
                f"{schema_name} lack it"
            )
    if "example" in change:
        doc.examples.fill(schema_name, name, change["example"], change.get("after"))


def remove_property(doc: Document, change: dict[str, Any]) -> None:
    schema_name, name = change["schema"], change["property"]
    del _properties(doc, schema_name, name)[name]
    _set_required(doc.schema(schema_name), name, False)
    doc.examples.drop(schema_name, name)


def rename_property(doc: Document, change: dict[str, Any]) -> None:
    schema_name, name, new = change["schema"], change["property"], change["to"]
    properties = _properties(doc, schema_name, name)
    if new in properties:
        raise ChangeError(f"schema {schema_name} already has a property {new!r}")
    rename_key(properties, name, new)
    schema = doc.schema(schema_name)
    if name in schema.get("required", []):
        schema["required"] = [new if r == name else r for r in schema["required"]]
    doc.examples.rename(schema_name, name, new)


def update_property(doc: Document, change: dict[str, Any]) -> None:
    schema_name, name = change["schema"], change["property"]
    _update_member(_properties(doc, schema_name, name)[name], change)
    if "required" in change:
        _set_required(doc.schema(schema_name), name, change["required"])


def update_schema(doc: Document, change: dict[str, Any]) -> None:
    _update_member(doc.schema(change["schema"]), change)


def rename_enum_value(doc: Document, change: dict[str, Any]) -> None:
    """A value of an enum schema had another name: in the enum, its `x-enum-descriptions` and
    every example holding it as a value of the schema. Rules are left alone: one naming the
    value is refused, to be changed by its own remove-rule and add-rule first."""
    name, value, new = change["schema"], change["value"], change["to"]
    schema = doc.schema(name)
    values = schema.get("enum")
    if not isinstance(values, list) or value not in values:
        raise ChangeError(f"schema {name} has no enum value {value!r}")
    if new in values:
        raise ChangeError(f"schema {name} already has the enum value {new!r}")
    for _, _, operation in doc.operations():
        for rule in operation.get("x-rules") or []:
            if _anywhere(rule, lambda node: type(node) is type(value) and node == value):
                raise ChangeError(
                    f"a {rule.get('kind')} rule of {operation.get('operationId')} names "
                    f"{value!r}: change it with remove-rule and add-rule first"
                )
    schema["enum"] = [new if v == value else v for v in values]
    # What each former name is called in the newest version, so that a server keeping one
    # store for every version (the sandbox) stores one name per value.
    renamed = schema.setdefault(RENAMED, {})
    renamed[new] = renamed.pop(value, value)
    descriptions = schema.get("x-enum-descriptions")
    if isinstance(descriptions, dict):
        rename_key(descriptions, value, new)
    doc.examples.replace_value(name, value, new)


def _anywhere(node: Any, found: Callable[[Any], bool]) -> bool:
    """Whether `found` holds for `node` or anything inside it."""
    if found(node):
        return True
    if isinstance(node, dict):
        return any(_anywhere(v, found) for v in node.values())
    if isinstance(node, list):
        return any(_anywhere(v, found) for v in node)
    return False


# -- operations ----------------------------------------------------------------------------------


def add_operation(doc: Document, change: dict[str, Any]) -> None:
    route, method = change["path"], change["method"].lower()
    operation = copy.deepcopy(change["operation"])
    operation_id = operation.get("operationId")
    if any(op.get("operationId") == operation_id for _, _, op in doc.operations()):
        raise ChangeError(f"an operation {operation_id!r} already exists")
    item = doc.document.setdefault("paths", {}).setdefault(route, {})
    if method in item:
        raise ChangeError(f"{method.upper()} {route} already exists")
    item[method] = operation


def remove_operation(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    route, method, _ = doc.operation(operation_id)
    item = doc.document["paths"][route]
    del item[method]
    if not any(m in item for m in HTTP_METHODS):
        del doc.document["paths"][route]


def move_operation(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    """The endpoint had another path: move the operation, with its path-level parameters."""
    route, method, operation = doc.operation(operation_id)
    new_route = change["path"]
    paths = doc.document["paths"]
    target = paths.setdefault(new_route, {})
    if method in target:
        raise ChangeError(f"{method.upper()} {new_route} already exists")
    for entry in paths[route].get("parameters") or []:
        if entry not in target.setdefault("parameters", []):
            target["parameters"].append(copy.deepcopy(entry))
    target[method] = operation
    del paths[route][method]
    if not any(m in paths[route] for m in HTTP_METHODS):
        del paths[route]


def update_operation(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    _update_member(doc.operation(operation_id)[2], change)


# -- resources: tags and component schemas ---------------------------------------------------------


def add_tag(doc: Document, change: dict[str, Any]) -> None:
    """A tag (a resource, with its `x-resource`) the newer version no longer has, placed after
    the tag named `after` (or last)."""
    tag = copy.deepcopy(change["tag"])
    tags = doc.document.setdefault("tags", [])
    names = [t.get("name") for t in tags]
    if tag.get("name") in names:
        raise ChangeError(f"a tag {tag.get('name')!r} already exists")
    after = change.get("after")
    if after is not None and after not in names:
        raise ChangeError(f"cannot place tag {tag.get('name')!r} after {after!r}: no such tag")
    tags.insert(names.index(after) + 1 if after is not None else len(tags), tag)


def remove_tag(doc: Document, change: dict[str, Any]) -> None:
    """A tag the newer version added; its operations must be removed first."""
    name = change["tag"]
    tags = doc.document.get("tags") or []
    if not any(t.get("name") == name for t in tags):
        raise ChangeError(f"no tag {name!r}")
    users = [op.get("operationId") for _, _, op in doc.operations() if name in op.get("tags", [])]
    if users:
        raise ChangeError(f"tag {name!r} still has operations: {', '.join(map(str, users))}")
    doc.document["tags"] = [t for t in tags if t.get("name") != name]


def add_schema(doc: Document, change: dict[str, Any]) -> None:
    """A component schema the newer version no longer has."""
    schemas = doc.document.setdefault("components", {}).setdefault("schemas", {})
    name = change["schema"]
    if name in schemas:
        raise ChangeError(f"a schema {name!r} already exists")
    schemas[name] = copy.deepcopy(change["definition"])


def remove_schema(doc: Document, change: dict[str, Any]) -> None:
    """A component schema the newer version added; nothing may still reference it."""
    name = change["schema"]
    doc.schema(name)
    del doc.document["components"]["schemas"][name]
    reference = f"{SCHEMA_PREFIX}{name}"
    if _anywhere(
        doc.document, lambda node: isinstance(node, dict) and node.get("$ref") == reference
    ):
        raise ChangeError(f"schema {name!r} is still referenced; remove what uses it first")


# -- rules and batches -----------------------------------------------------------------------------


def add_rule(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    _, _, operation = doc.operation(operation_id)
    operation.setdefault("x-rules", []).append(copy.deepcopy(change["rule"]))


def _rule_parameters(rule: dict[str, Any]) -> set[str]:
    names = set(rule.get("parameters") or ())
    names.update(n for n in (rule.get("parameter"), rule.get("other")) if n)
    names.update(rule.get("others") or ())
    names.update(rule.get("when") or {})
    return names


def remove_rule(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    _, _, operation = doc.operation(operation_id)
    rules = operation.get("x-rules") or []
    wanted = set(change["parameters"])
    keep = [
        r for r in rules if not (r.get("kind") == change["kind"] and _rule_parameters(r) == wanted)
    ]
    if len(keep) == len(rules):
        raise ChangeError(
            f"{operation_id} has no {change['kind']} rule on {', '.join(sorted(wanted))}"
        )
    if keep:
        operation["x-rules"] = keep
    else:
        del operation["x-rules"]


def set_batch_limit(doc: Document, operation_id: str, change: dict[str, Any]) -> None:
    """The most items of a batch: `x-batch.max-items` and the body's `maxItems` together."""
    _, _, operation = doc.operation(operation_id)
    if "x-batch" not in operation:
        raise ChangeError(f"{operation_id} is not a batch operation")
    operation["x-batch"]["max-items"] = change["max-items"]
    body = ((operation.get("requestBody") or {}).get("content") or {}).get(JSON_MEDIA_TYPE)
    if not isinstance(body, dict) or "schema" not in body:
        raise ChangeError(f"{operation_id} has no JSON body whose maxItems could follow")
    doc.target(body["schema"])["maxItems"] = change["max-items"]


# -- dispatch ------------------------------------------------------------------------------------

PerOperation = Callable[[Document, str, dict[str, Any]], None]
Whole = Callable[[Document, dict[str, Any]], None]

PER_OPERATION: dict[str, PerOperation] = {
    "remove-operation": remove_operation,
    "move-operation": move_operation,
    "update-operation": update_operation,
    "add-parameter": add_parameter,
    "remove-parameter": remove_parameter,
    "rename-parameter": rename_parameter,
    "update-parameter": update_parameter,
    "add-rule": add_rule,
    "remove-rule": remove_rule,
    "set-batch-limit": set_batch_limit,
}
WHOLE: dict[str, Whole] = {
    "add-tag": add_tag,
    "remove-tag": remove_tag,
    "add-schema": add_schema,
    "remove-schema": remove_schema,
    "add-operation": add_operation,
    "add-property": add_property,
    "remove-property": remove_property,
    "rename-property": rename_property,
    "update-property": update_property,
    "update-schema": update_schema,
    "rename-enum-value": rename_enum_value,
}
KINDS = (*WHOLE, *PER_OPERATION)


def _check_references(doc: Document, node: Any) -> None:
    """Every `$ref` a change brings must point into the document it is applied to."""
    if isinstance(node, list):
        for item in node:
            _check_references(doc, item)
    elif isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str):
            try:
                if not reference.startswith("#/"):
                    raise KeyError(reference)
                doc.target(node)
            except (KeyError, ValueError):
                raise ChangeError(
                    f"$ref {reference!r} does not point into the bundled document "
                    "(use '#/components/<kind>/<Name>')"
                ) from None
        for key, value in node.items():
            if key != "$ref":
                _check_references(doc, value)


def apply_change(doc: Document, change: dict[str, Any]) -> None:
    """Apply one change (already checked against the format) or raise ChangeError."""
    _check_references(doc, change)
    kind = change["change"]
    if kind in WHOLE:
        WHOLE[kind](doc, change)
        return
    operation_ids = change.get("operations") or [change["operation"]]
    for operation_id in operation_ids:
        PER_OPERATION[kind](doc, operation_id, change)
