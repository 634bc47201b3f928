"""The kinds of operation the spec may describe, and what each kind promises.

An operation's kind says what it does to its resource, which is what the lint checks, what the
generator plans a method's result from and what the sandbox dispatches on:

- the six entity kinds act on the stored entities of the operation's resource (its
  `x-resource` entity): `list`, `get`, `create`, `update`, `delete` and `batch`. The kind is the
  operationId's verb (`listCampaigns`, `getCampaign`), and the sandbox's generic engine serves
  them without any code of the resource's own;
- `lookup` (a GET) and `action` (a POST, PUT or DELETE) compute their answer: catalogs,
  estimates, statistics, previews, switches. They are declared with `x-operation-kind`, may
  use any verb in their operationId (`estimateAudience`, `searchKeywords`), and the sandbox
  serves each one with a handler registered under its operationId.
"""

from __future__ import annotations

from dataclasses import dataclass

Envelope = str  # "object", "list" or "batch": the success answer's shared envelope


@dataclass(frozen=True)
class OperationKind:
    name: str
    methods: tuple[str, ...]  # the HTTP methods an operation of this kind may use
    envelopes: tuple[Envelope, ...]  # the success envelopes it may answer with
    entity: bool  # acts on the resource's stored entities (the engine serves it)
    names_entity: bool  # its path holds the resource's identifier parameter
    plural: bool  # an entity kind's operationId names the resource (tag), else the entity
    description: str


KINDS: dict[str, OperationKind] = {
    kind.name: kind
    for kind in (
        OperationKind(
            "list", ("GET",), ("list",), True, False, True, "the resource's entities, paged"
        ),
        OperationKind(
            "get", ("GET",), ("object",), True, True, False, "one entity by its identifier"
        ),
        OperationKind("create", ("POST",), ("object", "list"), True, False, False, "new entities"),
        OperationKind(
            "update", ("PUT",), ("object",), True, True, False, "a partial update of one entity"
        ),
        OperationKind("delete", ("DELETE",), ("object",), True, True, False, "a (soft) deletion"),
        OperationKind(
            "batch",
            ("POST",),
            ("batch",),
            True,
            False,
            True,
            "creates, updates and deletes applied together",
        ),
        OperationKind(
            "lookup",
            ("GET",),
            ("object", "list"),
            False,
            False,
            False,
            "an answer computed from the request (a catalog, an estimate, statistics)",
        ),
        OperationKind(
            "action",
            ("POST", "PUT", "DELETE"),
            ("object", "list"),
            False,
            False,
            False,
            "a computed answer to a request that may change state (a switch, an upload)",
        ),
    )
}
ENTITY_KINDS = tuple(name for name, kind in KINDS.items() if kind.entity)
DECLARED_KINDS = tuple(name for name, kind in KINDS.items() if not kind.entity)
