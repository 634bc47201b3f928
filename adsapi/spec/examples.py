"""Find, inside the examples of a bundled document, the values that illustrate a given schema.

Version changes use this to keep examples true to their schemas: when an older version has no
`salt` on accounts, every account inside every example loses it. An example value is matched to
schemas by walking it along the schema of the media type that holds it (`$ref`, `allOf`,
`anyOf`/`oneOf` with a discriminator, `properties`, `items`), so only real instances change,
never a same-named key elsewhere.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from adsapi.spec.build import HTTP_METHODS
from adsapi.spec.loader import resolve_pointer

_SCHEMA_PREFIX = "#/components/schemas/"
_ADAPTED = " — adapted to version "


class ExampleIndex:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    # -- where examples are --------------------------------------------------------------------

    def _deref(self, node: Any) -> Any:
        return follow_ref(self.document, node)

    def _carriers(self) -> Iterator[tuple[str | None, dict[str, Any]]]:
        """(operationId or None, response or request body) of every object holding media types;
        shared components are visited once, not through each operation using them."""
        for item in (self.document.get("paths") or {}).values():
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                operation_id = operation.get("operationId")
                body = operation.get("requestBody")
                if isinstance(body, dict) and "$ref" not in body:
                    yield operation_id, body
                for response in (operation.get("responses") or {}).values():
                    if isinstance(response, dict) and "$ref" not in response:
                        yield operation_id, response
        components = self.document.get("components") or {}
        for kind in ("responses", "requestBodies"):
            for carrier in (components.get(kind) or {}).values():
                yield None, carrier

    def entries(self) -> Iterator[tuple[str | None, Any, dict[str, Any]]]:
        """(operationId, media schema, example object with `value`) for every example; a lone
        `example` comes wrapped in an object of its own (its value is still the document's)."""
        seen: set[int] = set()
        for operation_id, carrier in self._carriers():
            for media in (carrier.get("content") or {}).values():
                if "example" in media:
                    yield operation_id, media.get("schema"), {"value": media["example"]}
                for example in (media.get("examples") or {}).values():
                    example = self._deref(example)
                    if isinstance(example, dict) and "value" in example and id(example) not in seen:
                        seen.add(id(example))
                        yield operation_id, media.get("schema"), example

    # -- instances of a schema -----------------------------------------------------------------

    def instances(self, component: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for _, schema, example in self.entries():
            self._walk(schema, example["value"], component, found, ())
        unique: dict[int, dict[str, Any]] = {id(value): value for value in found}
        return list(unique.values())

    def _walk(
        self, schema: Any, value: Any, component: str, found: list, stack: tuple[str, ...]
    ) -> None:
        if not isinstance(schema, dict) or not isinstance(value, (dict, list)):
            return
        reference = schema.get("$ref")
        if isinstance(reference, str):
            if reference in stack:
                return
            if reference == _SCHEMA_PREFIX + component and isinstance(value, dict):
                found.append(value)
            self._walk(self._deref(schema), value, component, found, (*stack, reference))
        for part in schema.get("allOf") or ():
            self._walk(part, value, component, found, stack)
        for branch in self._branches(schema, value):
            self._walk(branch, value, component, found, stack)
        if isinstance(value, dict):
            for name, sub in (schema.get("properties") or {}).items():
                if name in value:
                    self._walk(sub, value[name], component, found, stack)
        elif "items" in schema:
            for item in value:
                self._walk(schema["items"], item, component, found, stack)

    def _branches(self, schema: dict[str, Any], value: Any) -> list[Any]:
        branches = schema.get("oneOf") or schema.get("anyOf") or []
        discriminator = schema.get("discriminator") or {}
        prop = discriminator.get("propertyName")
        if prop and isinstance(value, dict):
            target = (discriminator.get("mapping") or {}).get(value.get(prop))
            return [{"$ref": target}] if target else []
        return [b for b in branches if not (isinstance(b, dict) and b.get("type") == "null")]

    # -- edits ---------------------------------------------------------------------------------

    def lacking(self, component: str, name: str) -> int:
        return sum(name not in value for value in self.instances(component))

    def fill(self, component: str, name: str, value: Any, after: str | None = None) -> None:
        """Give every instance lacking `name` the value, placed after `after` when it has it."""
        for instance in self.instances(component):
            if name not in instance:
                items = list(instance.items())
                keys = [k for k, _ in items]
                at = keys.index(after) + 1 if after in keys else len(items)
                items.insert(at, (name, copy.deepcopy(value)))
                instance.clear()
                instance.update(items)

    def replace_value(self, component: str, old: Any, new: Any) -> int:
        """Write `new` wherever an example holds `old` as a value of `component` (a scalar
        schema, such as an enum), list items included; how many were replaced."""
        return sum(
            self._replace(schema, example, "value", (component, old, new), ())
            for _, schema, example in self.entries()
        )

    def _replace(
        self, schema: Any, holder: Any, key: Any, edit: tuple[str, Any, Any], stack: tuple
    ) -> int:
        component, old, new = edit
        value = holder[key]
        if not isinstance(schema, dict):
            return 0
        reference = schema.get("$ref")
        if isinstance(reference, str):
            if reference in stack:
                return 0
            if reference == _SCHEMA_PREFIX + component:
                if type(value) is type(old) and value == old:
                    holder[key] = copy.deepcopy(new)
                    return 1
                return 0
            return self._replace(self._deref(schema), holder, key, edit, (*stack, reference))
        count = sum(
            self._replace(part, holder, key, edit, stack) for part in schema.get("allOf") or ()
        )
        count += sum(
            self._replace(branch, holder, key, edit, stack)
            for branch in self._branches(schema, value)
        )
        if isinstance(value, dict):
            for name, sub in (schema.get("properties") or {}).items():
                if name in value:
                    count += self._replace(sub, value, name, edit, stack)
        elif isinstance(value, list) and "items" in schema:
            for index in range(len(value)):
                count += self._replace(schema["items"], value, index, edit, stack)
        return count

    def drop(self, component: str, name: str) -> None:
        for instance in self.instances(component):
            instance.pop(name, None)

    def rename(self, component: str, name: str, new: str) -> None:
        for instance in self.instances(component):
            rename_key(instance, name, new)

    def echo(
        self,
        operation_id: str,
        batch_items: list[tuple[str, str]],
        *,
        set_: str | None = None,
        value: Any = None,
        remove: str | None = None,
        rename: tuple[str, str] | None = None,
    ) -> None:
        """Keep the request echo (`request.params`) of answers in step with a parameter change:
        the operation's own answers, and the items of batches that stand for it."""
        for params in self._echoes(operation_id, dict(batch_items)):
            if remove is not None:
                params.pop(remove, None)
            if rename is not None:
                rename_key(params, *rename)
            if set_ is not None:
                params.setdefault(set_, copy.deepcopy(value))

    def _echoes(self, operation_id: str, batch_types: dict[str, str]) -> Iterator[dict]:
        for owner, _, example in self.entries():
            request = (
                example["value"].get("request") if isinstance(example["value"], dict) else None
            )
            if owner == operation_id and isinstance(request, dict):
                params = request.get("params")
                if isinstance(params, dict):
                    yield params
            elif owner in batch_types and isinstance(request, list):
                for item in request:
                    if (
                        isinstance(item, dict)
                        and item.get("operation_type") == batch_types[owner]
                        and isinstance(item.get("params"), dict)
                    ):
                        yield item["params"]

    # -- bookkeeping ---------------------------------------------------------------------------

    def snapshot(self) -> dict[int, Any]:
        return {id(example): copy.deepcopy(example["value"]) for _, _, example in self.entries()}

    def mark_adapted(self, before: dict[int, Any], version: str) -> None:
        """Say in the summary of every example that changed since `before` which version it
        was adapted to."""
        for _, _, example in self.entries():
            if before.get(id(example), example["value"]) != example["value"]:
                summary = str(example.get("summary") or "").split(_ADAPTED)[0]
                example["summary"] = f"{summary}{_ADAPTED}{version}".strip()


def follow_ref(document: dict[str, Any], node: Any) -> Any:
    """The object an internal `$ref` at the top of `node` points at, itself (not a copy)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = resolve_pointer(document, node["$ref"][1:])
    return node


def rename_key(mapping: dict[str, Any], old: str, new: str) -> None:
    """Rename a key in place, keeping its position; nothing happens when `old` is absent."""
    if old in mapping and new not in mapping:
        items = [(new if k == old else k, v) for k, v in mapping.items()]
        mapping.clear()
        mapping.update(items)
