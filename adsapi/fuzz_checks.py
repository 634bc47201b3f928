"""schemathesis checks that know what the spec says beyond JSON Schema.

schemathesis calls a request "valid" when its parts validate against their schemas. The spec
says more than that, and a correct server answers 400 to requests JSON Schema finds valid:
one that breaks a cross-parameter rule (`x-rules`), one with a cursor the server never issued
(cursors are opaque), one naming an entity that is not in the account (`x-references`), a batch
whose items fail for those reasons or name unknown entities. The checks here accept such a 400
only after judging, on their own, that the request really deserved it; every other 400 to a
valid request still fails. What they know of the server's state comes from a `Knowledge`: the
answers seen during the run (`Observed`, for any server) or a sandbox's own store (the tests).

The checks do not register themselves: `adsapi.fuzz_hooks` registers them for schemathesis's
command line, and tests/sandbox/test_schemathesis.py passes them to its cases.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from schemathesis.specs.openapi.checks import positive_data_acceptance, use_after_free

from adsapi.rules import keep_rules
from adsapi.spec.model import NO_DEFAULT, ApiSpec, Operation


@dataclass(frozen=True)
class Entity:
    attributes: Mapping[str, Any]
    parent: str | None  # the identifier of the entity it belongs to (its account)
    deleted: bool


class Knowledge(Protocol):
    def issued(self, cursor: str) -> bool: ...

    def entity(self, resource: str, identifier: str) -> Entity | None: ...


class Observed:
    """What a run has learnt from the server's answers: the cursors it issued and the entities
    it showed (the latest state of each). `record` is called with every answer."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        self.cursors: set[str] = set()
        self.entities: dict[tuple[str, str], Entity] = {}
        self.examples = example_identifiers(spec)
        self.fetch: Callable[[str], Any] | None = None
        self.looked_up: set[tuple[str, str]] = set()

    def realize(self, case: Any) -> None:
        """Put live entities of the server in place of the spec's example identifiers, which
        name nothing there, so that requests built from examples reach past 403 and 404.
        Other identifiers are left alone: unknown ones are worth sending too. A case meant to
        be valid is also made to keep the operation's `x-rules`, which JSON Schema cannot
        say: otherwise most made-up creates break one (a daily budget above the total) and
        the run never gets past the server's refusals."""
        op = self.spec.operations.get(operation_id(case))
        if op is None:
            return
        if _positive(case):
            keep_operation_rules(op, case)
        sent = _sent(case)
        path = case.path_parameters
        owner = self.spec.resources.get(op.resource)
        deletes_top = op.kind == "delete" and owner is not None and owner.parent_parameter is None
        # Deleting an account: the loop below picks a spare one, never the account of the run.
        if (
            not deletes_top
            and isinstance(path, dict)
            and str(path.get("account_id")) in self.examples
        ):
            account = self._account(op, sent)
            if account is not None:
                path["account_id"] = account
        for part in (case.path_parameters, case.query, case.body):
            if not isinstance(part, dict):
                continue
            for name, value in part.items():
                resource = entity_resource(self.spec, op, name, sent)
                if resource is None:
                    continue
                path = case.path_parameters or {}
                named = self.spec.resources[resource]
                # An entity named in the path is the one (an account's stats name the account);
                # otherwise one seen alive in the account, or anywhere for a resource without one.
                own = path.get(named.id_parameter or "") if name != named.id_parameter else None
                scope = path.get("account_id") if named.parent_parameter is not None else None
                if own is None and scope is not None and self.live(resource, scope) is None:
                    self._lookup(resource, str(scope))
                chosen = own or self.live(resource, scope)
                if deletes_top and resource == op.resource and name == named.id_parameter:
                    chosen = self._spare(resource)
                live = self._shown(resource, chosen, op, name)
                if live is None:
                    continue

                def stand_in(v: Any, resource: str = resource, scope: Any = scope) -> bool:
                    return self._stand_in(resource, str(v), scope)

                if isinstance(value, list):  # a list of identifiers: each stand-in replaced
                    part[name] = [live if stand_in(v) else v for v in value]
                elif isinstance(value, str) and "," in value:  # the same, already on the wire
                    items = value.split(",")
                    part[name] = ",".join(live if stand_in(v) else v for v in items)
                elif stand_in(value):
                    part[name] = live

    def _stand_in(self, resource: str, value: str, scope: str | None) -> bool:
        """Whether `value` only stands for an entity: a spec example, or an entity of another
        account (schemathesis reuses a case's values, so one realized for an earlier account
        comes back). Unknown values and deleted entities of the account are left to test."""
        if value in self.examples:
            return True
        entity = self.entity(resource, value)
        return entity is not None and scope is not None and entity.parent != scope

    def _shown(self, resource: str, identifier: str | None, op: Operation, name: str) -> str | None:
        """What `name` carries to name the entity `identifier`: its id, or the attribute its
        `x-references` names (a promotable user is named by its `user_id`, not its id)."""
        param = op.parameter(name)
        attribute = param.references_attribute if param is not None else None
        if identifier is None or attribute in (None, "id"):
            return identifier
        entity = self.entity(resource, identifier)
        shown = entity.attributes.get(attribute) if entity is not None else None
        return None if shown is None else str(shown)

    def _account(self, op: Operation, sent: Mapping[str, Any]) -> str | None:
        """The account for a request naming example entities: the latest live one holding a
        live entity of each resource they name (entities are made in one account and the
        latest account may be another), else the latest live one."""
        needed = set()
        for name, value in sent.items():
            resource = entity_resource(self.spec, op, name, sent)
            if resource is None or self.spec.resources[resource].parent_parameter is None:
                continue
            values = value if isinstance(value, list) else str(value).split(",")
            if any(str(v) in self.examples for v in values):
                needed.add(resource)
        owners = {r.name for r in self.spec.resources.values() if r.id_parameter == "account_id"}
        accounts = self._alive(owners)
        for account in accounts:
            if all(self.live(resource, account) for resource in needed):
                return account
        return accounts[0] if accounts else None

    def _spare(self, resource: str) -> str | None:
        """A live top-level entity (an account) that a delete may take: never the latest one,
        so that the run always keeps an account to work in (a fuzzer that deleted them all would
        spend the rest of the run on 403s)."""
        alive = self._alive({resource})
        return alive[1] if len(alive) > 1 else None

    def live(self, resource: str, parent: str | None) -> str | None:
        """The latest entity of `resource` seen alive (in account `parent`), if any."""
        return next(iter(self._alive({resource}, parent)), None)

    def _alive(self, resources: Collection[str], parent: str | None = None) -> list[str]:
        """The entities of `resources` seen alive (in account `parent`), the latest first."""
        return [
            identifier
            for (kind, identifier), entity in reversed(self.entities.items())
            if kind in resources and not entity.deleted and parent in (None, entity.parent)
        ]

    def issued(self, cursor: str) -> bool:
        return cursor in self.cursors

    def entity(self, resource: str, identifier: str) -> Entity | None:
        return self.entities.get((resource, identifier))

    def learn_from(self, fetch: Callable[[str], Any]) -> None:
        """Let the run ask the server: when a request needs an entity of a resource that it
        has not seen in the account yet, `fetch(path)` (a signed GET answering the JSON body
        or None) reads that resource's list in the account once. schemathesis visits the
        operations in the document's order, so without it a create comes before the list
        that shows what it needs (a campaign before any funding instrument is seen) and
        every valid create is answered 403 or 404."""
        self.fetch = fetch

    def _lookup(self, resource: str, parent: str) -> None:
        """Read the list of `resource` in account `parent`, once, if a fetch is set."""
        if self.fetch is None or (resource, parent) in self.looked_up:
            return
        self.looked_up.add((resource, parent))
        listing = next(
            (
                op
                for op in self.spec.operations.values()
                if op.kind == "list"
                and op.resource == resource
                and {p.name for p in op.parameters_in("path")} == {"account_id"}
            ),
            None,
        )
        if listing is None or any(p.required and p.location != "path" for p in listing.parameters):
            return
        path = {"account_id": parent}
        self._learn(listing, path, self.fetch(listing.path.format(**path)))

    def record(self, case: Any, response: Any) -> None:
        if not 200 <= response.status_code < 300:
            return
        op = self.spec.operations.get(operation_id(case))
        if op is not None:
            self._learn(op, case.path_parameters or {}, _json(response))

    def _learn(self, op: Operation, path: Mapping[str, Any], body: Any) -> None:
        """Take note of the cursor and the entities of a successful answer of `op`."""
        if not isinstance(body, dict):
            return
        if isinstance(body.get("next_cursor"), str):
            self.cursors.add(body["next_cursor"])
        resource = self.spec.resources.get(op.resource)
        if resource is None or resource.entity is None:
            return
        parent = path.get(resource.parent_parameter or "")
        data = body.get("data")
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                deleted = bool(item.get("deleted")) or op.kind == "delete"
                self.entities[(resource.name, item["id"])] = Entity(item, parent, deleted)


def _positive(case: Any) -> bool:
    """Whether schemathesis made every part of `case` to be valid."""
    meta = getattr(case, "meta", None)
    if meta is None:
        return False
    return meta.generation.mode.is_positive and all(
        info.mode.is_positive for info in meta.components.values()
    )


def keep_operation_rules(op: Operation, case: Any) -> None:
    """Change the case's query and body as little as the operation's rules need."""
    if not op.rules:
        return
    query = case.query if isinstance(case.query, dict) else None
    body = case.body if isinstance(case.body, dict) else None
    given = {**(query or {}), **(body or {})}
    defaults = {p.name: p.default for p in op.parameters if p.default is not NO_DEFAULT}
    keep_rules(op.rules, defaults, given)
    where = {p.name: p.location for p in op.parameters}
    for part, location in ((query, "query"), (body, None)):
        if part is None:
            continue
        for name in list(part):
            if name not in given:
                del part[name]
        for name, value in given.items():
            here = where.get(name) == "query" if location == "query" else where.get(name) != "query"
            if here or name in part:
                part[name] = value


def entity_resource(
    spec: ApiSpec, op: Operation, name: str, sent: Mapping[str, Any] | None = None
) -> str | None:
    """The resource whose entity the parameter `name` of `op` names, if it names one. A keyed
    reference reads its key in `sent`; without `sent`, any resource it may name does."""
    param = op.parameter(name)
    if param is None:
        return None
    if param.references_by is not None and sent is None:
        return next(iter(param.references_by.resources.values()), None)
    referenced = param.referenced(sent or {})
    if referenced is not None:
        return referenced
    for resource in spec.resources.values():
        if param.location == "path" and name == resource.id_parameter:
            return resource.name
    return None


def example_identifiers(spec: ApiSpec) -> set[str]:
    """Every example the spec gives for a parameter that names an entity, and the identifiers
    of the entities its example answers show: schemathesis takes values from those too (an
    account of listAccounts' example answer comes back as an `account_id` to try)."""
    found: set[str] = set()
    for op in spec.operations.values():
        for response in op.responses.values():
            if not response.is_success or response.entity is None:
                continue
            for example in response.examples.values():
                data = example.get("data") if isinstance(example, dict) else None
                for item in data if isinstance(data, list) else [data]:
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        found.add(item["id"])
        for param in op.parameters:
            if entity_resource(spec, op, param.name) is None:
                continue
            given = [] if param.example is NO_DEFAULT else [param.example]
            given += param.schema.get("examples") or []
            for value in given:
                found.update(str(v) for v in (value if isinstance(value, list) else [value]))
    return found


def operation_id(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


def _json(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _sent(case: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for part in (case.path_parameters, case.query, case.body):
        if isinstance(part, dict):
            values.update(part)
    return values


def _lists(op: Operation, sent: dict[str, Any]) -> dict[str, Any]:
    """`sent` with each list parameter sent as one comma-separated value (`style: form`,
    `explode: false`, as schemathesis hands it over) read back as its list."""
    values = dict(sent)
    for name, value in sent.items():
        param = op.parameter(name)
        if param is not None and param.is_list and isinstance(value, str):
            values[name] = value.split(",") if value else []
    return values


class Judge:
    """Whether a 400 to a schema-valid request is one the spec asks for (see the module doc)."""

    def __init__(self, spec: ApiSpec, knowledge: Knowledge) -> None:
        self.spec = spec
        self.knowledge = knowledge

    def excused(self, case: Any, body: Mapping[str, Any]) -> bool:
        op = self.spec.operation(operation_id(case))
        sent = _lists(op, _sent(case))
        for error in body.get("errors") or []:
            cursor = error.get("parameter") == "cursor" and not self.knowledge.issued(
                str(sent.get("cursor"))
            )
            if not (cursor or self.rule_broken(op, sent, error) or self.unknown(op, sent, error)):
                return False
        if op.batch is not None:
            items = case.body if isinstance(case.body, list) else []
            for item, errors in zip(items, body.get("operation_errors") or [], strict=False):
                target = self.spec.operation(op.batch.operations[item["operation_type"]])
                params = {**item.get("params", {}), **case.path_parameters}
                for error in errors or []:
                    if not (
                        self.state_dependent(error)
                        or self.rule_broken(target, params, error)
                        or self.unknown(target, params, error)
                    ):
                        return False
        return bool(body.get("errors") or body.get("operation_errors"))

    def rule_broken(self, op: Operation, sent: dict[str, Any], error: Mapping[str, Any]) -> bool:
        """The request broke one of op's x-rules: the rule kind's own judgement (adsapi.rules)
        on what was sent, the spec's defaults and, for an update, the entity as last seen.
        An update of an entity never seen may break a rule through its stored values: a 400
        naming such a rule is then given the benefit of the doubt."""
        sent = {k: v for k, v in sent.items() if v is not None and v != "false"}
        # A create says everything: what it leaves out is unset. An update, only what changes.
        partial = op.kind == "update" or op.partial_update
        known: dict[str, Any] = {} if partial else dict.fromkeys(p.name for p in op.parameters)
        known.update((p.name, p.default) for p in op.parameters if p.default is not NO_DEFAULT)
        unseen = False
        if op.kind == "update":
            resource = self.spec.resources[op.resource]
            identifier = str(sent.get(resource.id_parameter or ""))
            entity = self.knowledge.entity(resource.name, identifier)
            known.update(entity.attributes if entity is not None else {})
            unseen = entity is None
        known.update(sent)
        for rule in op.rules:
            if rule.error != error.get("code") or error.get("parameter") not in rule.parameters:
                continue
            if rule.server_only:
                return True  # judged on what only the server holds (look-ups, its state)
            if rule.check(sent.keys(), known) is not None:
                return True
            if any("." in name for name in rule.parameters):
                return True  # it names an attribute of a referenced entity: the server's call
            if unseen and not set(rule.parameters) <= sent.keys():
                return True
        return False

    def state_dependent(self, error: Mapping[str, Any]) -> bool:
        """An unknown or inaccessible entity: a 403/404 code, whatever answer carries it."""
        entry = self.spec.error_codes.get(error.get("code", ""))
        return entry is not None and entry.status in (403, 404)

    def unknown(self, op: Operation, sent: dict[str, Any], error: Mapping[str, Any]) -> bool:
        """The error names an x-references parameter whose entity is not a live one of the
        account, as far as the knowledge goes."""
        param = op.parameter(error.get("parameter") or "")
        if param is None or error.get("code") != "INVALID_PARAMETER":
            return False
        resource = param.referenced(sent)
        if resource is None:
            # A keyed reference to entities of no resource of the spec: none can be known.
            return param.references_by is not None
        value = sent.get(param.name)
        values = value if isinstance(value, list) else str(value).split(",")
        for identifier in values:
            entity = self.knowledge.entity(resource, str(identifier))
            if resource == "accounts":  # an account is its own scope
                if entity is None or entity.deleted or str(identifier) != sent.get("account_id"):
                    return True
            elif entity is None or entity.deleted or entity.parent != sent.get("account_id"):
                return True
        return False


def valid_requests_are_accepted(judge: Judge, ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis's positive_data_acceptance, aware of what the spec says beyond schemas."""
    body = _json(response)
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    bad_request = response.status_code == 400 and isinstance(body, dict)
    if positive and bad_request and judge.excused(case, body):
        return None
    return positive_data_acceptance(ctx, response, case)


def deleted_resources_are_gone(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis's use_after_free, except for reads that ask for deleted objects with
    with_deleted=true (the spec's way to see them)."""
    if (case.query or {}).get("with_deleted") in (True, "true"):
        return None
    return use_after_free(ctx, response, case)
