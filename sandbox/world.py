"""Real entities of every resource and a valid call of every operation, derived from the spec.

Tests that drive every operation (every status of every version, the client and the sandbox
agreeing, schemathesis' real identifiers) and the demo's sweep of the operations its workflow
does not show need the same thing: arguments that the API accepts, naming entities that exist.
`World` makes them from the spec alone, so an operation added to the spec is covered without a
line of test code:

- an entity of a resource is made with the resource's own create operation (its required
  parameters from their examples, defaults, enums or bounds, its `x-references` and its
  path's parent made first, the same way), or, for a resource without one, found with its list
  operation (entities that hooks make, such as a new account's funding instrument);
- a valid call of an operation names those entities in its path and its references, and gives
  every required parameter a value the spec admits (an update also changes one optional
  attribute, since an update changing nothing says nothing), its `x-rules` kept.

`World` calls operations through a `Caller` (operationId and spec-named arguments in, the
answer's `data` out), so it works over the raw driver or the generated client alike. A spec
parameter whose values cannot be made up (a string with a pattern that names no entity) needs an
`example` or `examples` in the spec; `ExemplarError` says which.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from adsapi.spec.model import NO_DEFAULT, ApiSpec, Operation, Parameter, Resource, ValueShape

Caller = Callable[[str, dict[str, Any]], Any]  # (operationId, arguments) -> the answer's data
EXEMPLAR_TIME = "2030-01-01T00:00:00Z"  # in the future, so a flight it starts is not over


class ExemplarError(ValueError):
    """The spec gives no way to make up a valid value of a parameter."""


class World:
    def __init__(self, spec: ApiSpec, call: Caller) -> None:
        self.spec = spec
        self.call = call
        self.entities: dict[str, str] = {}  # resource -> the identifier of its main entity
        self.records: dict[str, dict[str, Any]] = {}  # resource -> its main entity, as answered
        self.by_id_parameter = {
            r.id_parameter: r for r in spec.resources.values() if r.id_parameter is not None
        }

    # -- entities --------------------------------------------------------------------------------

    def entity(self, resource: str, *, spare: bool = False) -> str:
        """The identifier of a live entity of `resource`: always the same one, or with `spare` a
        new one (for a delete, which must not take the main one away)."""
        if not spare and resource in self.entities:
            return self.entities[resource]
        record = self._make(self.spec.resources[resource], spare)
        found = str(record["id"])
        if not spare:
            self.entities[resource] = found
            self.records[resource] = record
        return found

    def attribute(self, resource: str, name: str) -> Any:
        """An attribute of the main entity of `resource` (`x-references` by attribute)."""
        self.entity(resource)
        return self.records[resource][name]

    def _make(self, resource: Resource, spare: bool) -> dict[str, Any]:
        create = resource.operation("create")
        if create is not None:
            return _first(self.call(create.operation_id, self.valid_call(create)))
        listing = resource.operation("list")
        if listing is None:
            raise ExemplarError(f"{resource.name}: no create operation makes one")
        # Nothing makes another one, and nothing deletes one either (a read-only resource such
        # as a catalog): a spare is the one a list finds.
        found = self.call(listing.operation_id, self._required(listing))
        if not found:
            raise ExemplarError(f"{resource.name}: none exists and no operation makes one")
        return _first(found)

    # -- calls -----------------------------------------------------------------------------------

    def valid_call(self, op: Operation) -> dict[str, Any]:
        """Arguments of `op`, by spec name, that the API accepts (for a batch, `body` holds the
        items)."""
        arguments = self._required(op)
        if op.kind == "update" or op.partial_update:  # an update changing nothing says nothing
            arguments.update(self._one_change(op, arguments))
        if op.batch is not None:
            arguments["body"] = [self._batch_item(op)]
        for rule in op.rules:
            # Outside a partial update, what is left out without a default is null.
            partial = op.kind == "update" or op.partial_update
            known = {} if partial else dict.fromkeys(p.name for p in op.parameters)
            known.update({**_defaults(op), **arguments})
            rule.repair(arguments, known)
        return arguments

    def _required(self, op: Operation) -> dict[str, Any]:
        wanted = [
            param
            for param in op.parameters
            if param.location == "path" or (param.required and not param.read_only)
        ]
        # A keyed reference names entities of the resource another value picks: that value first.
        wanted.sort(key=lambda param: param.references_by is not None)
        arguments: dict[str, Any] = {}
        for param in wanted:
            arguments[param.name] = self._value(op, param, arguments)
        return arguments

    def identifier(
        self, op: Operation, param: Parameter, arguments: Mapping[str, Any] | None = None
    ) -> Any:
        """The identifier of a live entity for a parameter of `op` that names one (its path's
        identifiers, `x-references`, keyed ones by the value in `arguments` or else the keying
        parameter's exemplar), None for any other parameter."""
        resource = self.spec.resources.get(op.resource)
        if param.location == "path":
            if resource is not None and param.name == resource.id_parameter:
                return self.entity(resource.name, spare=op.kind == "delete")
            named = self.by_id_parameter.get(param.name)
            if named is None:
                linked = self._linked(op, param)
                if linked is None:
                    raise ExemplarError(
                        f"{op.operation_id}: {param.name} names no resource, and no link of "
                        "another operation's answer gives it"
                    )
                return linked
            return self.entity(named.name)
        referenced = param.referenced(self._keys(op, param, arguments or {}))
        if referenced is not None:
            if param.references_attribute is not None:
                return self.attribute(referenced, param.references_attribute)
            found = self.entity(referenced)
            return [found] if param.is_list else found
        return None

    def _keys(
        self, op: Operation, param: Parameter, arguments: Mapping[str, Any]
    ) -> dict[str, Any]:
        """The value a keyed reference's resource depends on: the call's, else an exemplar."""
        keyed = param.references_by
        if keyed is None or keyed.by in arguments:
            return dict(arguments)
        by = op.parameter(keyed.by)
        return {**arguments, keyed.by: exemplar(by)} if by is not None else dict(arguments)

    def _linked(self, op: Operation, param: Parameter) -> str | None:
        """A path value no resource names (a user's identifier), taken from the answer of an
        operation whose success links to `op` and fills `param` from its body
        (`$response.body#/data/...`)."""
        for source in self.spec.operations.values():
            if source.operation_id == op.operation_id:
                continue
            raw = _at(self.spec.document, source.pointer)
            for response in (raw.get("responses") or {}).values():
                for link in (response.get("links") or {}).values():
                    if not isinstance(link, dict) or link.get("operationId") != op.operation_id:
                        continue
                    expression = (link.get("parameters") or {}).get(param.name)
                    prefix = "$response.body#/data/"
                    if isinstance(expression, str) and expression.startswith(prefix):
                        data = self.call(source.operation_id, self.valid_call(source))
                        for step in expression.removeprefix(prefix).split("/"):
                            data = data[int(step)] if isinstance(data, list) else data[step]
                        return str(data)
        return None

    def _value(
        self, op: Operation, param: Parameter, arguments: Mapping[str, Any] | None = None
    ) -> Any:
        found = self.identifier(op, param, arguments)
        return exemplar(param) if found is None else found

    def _one_change(self, op: Operation, arguments: Mapping[str, Any]) -> dict[str, Any]:
        for param in op.parameters:
            if param.location == "path" or param.read_only or param.name in arguments:
                continue
            try:
                return {param.name: self._value(op, param, arguments)}
            except ExemplarError:
                continue
        return {}

    def _batch_item(self, op: Operation) -> dict[str, Any]:
        assert op.batch is not None
        op_type = "Create" if "Create" in op.batch.operations else next(iter(op.batch.operations))
        target = self.spec.operation(op.batch.operations[op_type])
        shared = {p.name for p in op.parameters_in("path")}
        params = {k: v for k, v in self.valid_call(target).items() if k not in shared}
        return {"operation_type": op_type, "params": params}


def exemplar(param: Parameter) -> Any:
    """A value of `param` the spec admits, as JSON data (times as RFC 3339 strings)."""
    if param.example is not NO_DEFAULT:
        return param.example
    examples = param.schema.get("examples")
    if examples:
        return examples[0]
    if param.default is not NO_DEFAULT and param.default is not None:
        return param.default
    try:
        return exemplar_of(param.shape)
    except ExemplarError as exc:
        raise ExemplarError(f"{param.name}: {exc}") from None


def exemplar_of(shape: ValueShape) -> Any:
    c = shape.constraints
    if c.enum:
        return c.enum[0]
    if shape.kind == "string":
        if c.pattern is not None:
            raise ExemplarError(f"give it an example: no value can be made up for {c.pattern}")
        return "x" * max(c.min_length or 1, 1)
    if shape.kind in ("integer", "number"):
        low = c.minimum if c.minimum is not None else 1
        if c.exclusive_minimum is not None:
            low = max(low, c.exclusive_minimum + 1)
        if c.maximum is not None:
            low = min(low, c.maximum)
        return int(low) if shape.kind == "integer" else float(low)
    if shape.kind == "boolean":
        return True
    if shape.kind == "datetime":
        return EXEMPLAR_TIME
    if shape.kind == "array" and shape.items is not None:
        return [exemplar_of(shape.items)] * max(c.min_items or 1, 1)
    raise ExemplarError(f"no value can be made up for a {shape.kind}")


def _at(document: Mapping[str, Any], pointer: str) -> Any:
    """The member of `document` at a JSON pointer."""
    node: Any = document
    for token in pointer.lstrip("/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def _defaults(op: Operation) -> dict[str, Any]:
    return {p.name: p.default for p in op.parameters if p.default is not NO_DEFAULT}


def _first(data: Any) -> dict[str, Any]:
    """The (first) entity an answer holds."""
    entity = data[0] if isinstance(data, list) else data
    return dict(entity)
