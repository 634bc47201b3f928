"""The resource engine: every operation of a served version, dispatched to its handler, over
`adsapi.sandbox.store`.

An operation is served by the handler the registry (`adsapi.sandbox.registry`) has for its
operationId or its kind; the entity kinds' generic handlers (`adsapi.sandbox.entities`) come
down to the lifecycle here. Everything it does is read from the spec: the entity's attributes
(adsapi.spec.model.Attribute) give what an answer carries and the neutral value of what nobody
set, the operation's parameters say which are filters, which one pages and which one names the
entity, `x-references` says which parameters name another entity, `x-rules` are checked on
updates against the merged state. What is peculiar to one resource lives in small hooks and
handlers, one module per resource family (`adsapi.sandbox.resources`), which see a narrow
context (`adsapi.sandbox.context`), never the engine.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator

from adsapi.sandbox.context import HookContext, Hooks, OperationContext, Page
from adsapi.sandbox.errors import ApiError, BatchError, Problem, invalid
from adsapi.sandbox.registry import (
    Handler,
    describe_unserved,
    handler_for,
    has_own_handler,
    hooks_for,
)
from adsapi.sandbox.store import CursorError, Filter, Row, Sort, Store
from adsapi.sandbox.times import LocalDate, timestamp
from adsapi.sandbox.users import User
from adsapi.sandbox.validation import Decoded, ParameterSet, enum_renamed, rename_values
from adsapi.spec.model import NO_DEFAULT, ApiSpec, Operation, Resource

SORT_PARAMETER = "sort_by"
WITH_DELETED = "with_deleted"
_VERDICTS_KEPT = 16384
_ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


class ResourceModel:
    """What the engine knows of one resource in one API version, worked out once from the spec.

    Every version reads and writes the same stored entities; this version's entity schema
    decides what its answers show (see `project`).
    """

    def __init__(self, resource: Resource, hooks: Hooks) -> None:
        self.resource = resource
        self.name = resource.name
        self.attributes = resource.attributes
        self.read_only = frozenset(n for n, a in self.attributes.items() if a.read_only)
        self.template = {name: a.neutral for name, a in self.attributes.items()}
        self.hooks = hooks
        self.parent: ResourceModel | None = None  # set once every model exists
        self.label = resource.entity or resource.name
        # An entity whose schema types `id` as an integer (the API's analytics jobs) gets
        # decimal identifiers, stored as text like any other and shown as numbers.
        identity = self.attributes.get("id")
        self.numeric_ids = identity is not None and identity.shape.kind == "integer"
        self.decimal_ids = _decimal_ids(resource)
        self._validators: dict[str, Any] = {}
        self._verdicts: dict[tuple[str, Any], bool] = {}
        # Attributes whose enum values this version names otherwise: newest name -> its own.
        self.renamed = {
            name: {newest: own for own, newest in renamed.items()}
            for name, a in self.attributes.items()
            if (renamed := enum_renamed(a.schema))
        }

    def represents(self, name: str, value: Any) -> bool:
        """Whether this version's schema admits a stored value of attribute `name`. Another
        version may have stored one this version cannot show (a `null` pacing where it is
        always a boolean); the answer then shows the attribute's neutral value."""
        key = _value_key(value)
        if key is not None:
            found = self._verdicts.get((name, key))
            if found is not None:
                return found
        validator = self._validators.get(name)
        if validator is None:
            schema = self.attributes[name].schema
            validator = self._validators[name] = Draft202012Validator(schema)
        verdict = validator.is_valid(value)
        if key is not None:
            if len(self._verdicts) >= _VERDICTS_KEPT:
                self._verdicts.clear()
            self._verdicts[(name, key)] = verdict
        return verdict

    def project(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Exactly the attributes this version's entity schema declares, in its order."""
        return {name: data[name] for name in self.attributes}

    @property
    def id_parameter(self) -> str:
        """The parameter naming one entity (only resources of stored entities have one)."""
        if self.resource.id_parameter is None:
            raise ValueError(f"{self.name} holds no stored entities")
        return self.resource.id_parameter

    def not_found(self, entity_id: str, parameter: str | None = None) -> ApiError:
        return ApiError(
            Problem(
                self.resource.not_found_error or "NOT_FOUND",
                f"{self.label} {entity_id} was not found",
                parameter or self.id_parameter,
                "not-found",
            )
        )


@dataclass
class Call:
    """One validated request on its way to the engine."""

    op: Operation
    params: ParameterSet
    user: User
    decoded: Decoded
    parent: Row | None = None
    items: list[Call] = field(default_factory=list)  # a batch's own calls, in request order
    operation_types: list[str] = field(default_factory=list)  # each item's operation_type
    origin: str = ""  # scheme and host the request addressed (for links to the sandbox's files)
    headers: dict[str, str] = field(default_factory=dict)  # answer headers a handler adds
    extra_members: dict[str, Any] = field(default_factory=dict)  # top-level answer members

    @property
    def values(self) -> dict[str, Any]:
        return self.decoded.values


class Engine:
    def __init__(
        self,
        spec: ApiSpec,
        store: Store,
        clock: Callable[[], float],
        rng: random.Random | None = None,
    ) -> None:
        self.spec = spec
        self.store = store
        self.clock = clock
        self.rng = rng or random.Random()
        self._second, self._second_text = -1, ""
        self.models = {
            name: ResourceModel(resource, hooks_for(name))
            for name, resource in spec.resources.items()
        }
        by_id_parameter = {m.resource.id_parameter: m for m in self.models.values()}
        for model in self.models.values():
            if model.resource.parent_parameter:
                model.parent = by_id_parameter.get(model.resource.parent_parameter)
        self._top_level = {
            m.resource.id_parameter: m
            for m in self.models.values()
            if m.parent is None and m.resource.id_parameter is not None
        }
        # Resources whose entities a handler computes (a catalog kept as data): references to
        # them are not in the store, and their resource family's hooks check them.
        self.computed = frozenset(
            name
            for name, resource in spec.resources.items()
            if (listing := resource.operation("list")) is not None
            and resource.operation("create") is None
            and has_own_handler(listing)
        )
        problems = describe_unserved(spec)
        if problems:
            raise ValueError("; ".join(problems))
        self.handlers: dict[str, Handler] = {
            op.operation_id: handler  # type: ignore[misc]
            for op in spec.operations.values()
            if (handler := handler_for(op)) is not None
        }

    def model(self, resource: str) -> ResourceModel:
        try:
            return self.models[resource]
        except KeyError:
            raise ValueError(f"no resource {resource!r} in version {self.spec.version}") from None

    # -- scope ---------------------------------------------------------------------------------

    def parent_of(self, op: Operation, user: User, values: Mapping[str, Any]) -> Row | None:
        """The entity the path is scoped to (the ads account), checked to belong to the user.

        Another user's account is answered exactly like one that does not exist."""
        model = self.models[op.resource]
        parent_model = model.parent
        if parent_model is None:
            return None
        parent_parameter = model.resource.parent_parameter
        if parent_parameter is None or parent_parameter not in values:
            return None  # an operation of the resource outside any account (a global catalog)
        parent_id = values[parent_parameter]
        row = self.store.get(parent_model.name, parent_id)
        if row is None or row.deleted or not self.visible(parent_model, row, user, None):
            raise parent_model.not_found(parent_id, model.resource.parent_parameter)
        return row

    def account_of(self, call: Call, account_parameter: str | None) -> str | None:
        """The ads account a request acts in, when it is the caller's: the parent the path is
        scoped to, or else the account the path names, looked up (an account's own operations,
        which answer another user's account as an unknown one later)."""
        if account_parameter is None:
            return None
        account_id = call.values.get(account_parameter)
        if account_id is None:
            return None
        if call.parent is not None and call.parent.id == account_id:
            return account_id
        model = self._top_level.get(account_parameter)
        row = self.store.get(model.name, account_id) if model is not None else None
        if model is None or row is None or not self.visible(model, row, call.user, None):
            return None
        return account_id

    def visible(self, model: ResourceModel, row: Row, user: User, parent: Row | None) -> bool:
        if model.parent is None:
            return row.owner == user.user
        return parent is not None and row.parent == parent.id

    def find(self, call: Call, model: ResourceModel, entity_id: str, with_deleted: bool) -> Row:
        row = self.store.get(model.name, entity_id)
        if (
            row is None
            or not self.visible(model, row, call.user, call.parent)
            or (row.deleted and not with_deleted)
        ):
            raise model.not_found(entity_id)
        return row

    def context(self, call: Call, references: dict[str, Row] | None = None) -> HookContext:
        now = self.clock()
        second = int(now)
        if second != self._second:  # the API's times have whole seconds: format once each
            self._second, self._second_text = second, timestamp(second)
        return HookContext(
            self, call.user, call.parent, now, self._second_text, references or {}, call.origin
        )

    # -- dispatch ------------------------------------------------------------------------------

    def execute(self, call: Call) -> dict[str, Any]:
        """The success body of a validated request: its handler's answer in the operation's
        envelope. Anything but a GET runs in one transaction."""
        op = call.op
        self._place_dates(call)
        writing = op.method != "GET"
        with self.store.transaction() if writing else contextlib.nullcontext():
            answer = self.handlers[op.operation_id](
                OperationContext(self, call, self.context(call))
            )
        return self.envelope(call, answer)

    def envelope(self, call: Call, answer: Any) -> dict[str, Any]:
        op = call.op
        echo: Any = (
            [
                {"params": item.values, "operation_type": op_type}
                for item, op_type in zip(call.items, call.operation_types, strict=True)
            ]
            if op.batch is not None
            else {"params": call.values}
        )
        envelope = op.success.envelope
        # A collection answered whole (a catalog) carries `next_cursor` only where its envelope
        # requires one; a paged one always does.
        cursor = op.pagination is not None or _requires(op.success.schema, "next_cursor")
        if isinstance(answer, Page):
            body: dict[str, Any] = {"request": echo, "data": answer.data}
            if cursor:
                body["next_cursor"] = answer.next_cursor
            if answer.total_count is not None:
                body["total_count"] = answer.total_count
            return body
        if envelope == "list" and not isinstance(answer, list):
            answer = [answer]
        if envelope == "list":
            return {
                **call.extra_members,
                "request": echo,
                "data": answer,
                **({"next_cursor": None} if cursor else {}),
            }
        return {"request": echo, "data": answer}

    # -- the entity lifecycle ------------------------------------------------------------------

    def listing(self, call: Call, model: ResourceModel) -> Page:
        op, values = call.op, call.decoded.effective
        pagination = op.pagination
        scope = ("parent", call.parent.id) if call.parent is not None else ("owner", call.user.user)
        filters = _filters(op, values)
        sort = _sort(values.get(SORT_PARAMETER))
        with_deleted = bool(values.get(WITH_DELETED, False))
        count_name = pagination.count_parameter if pagination else "count"
        count_param = op.parameter(count_name)
        limit = values.get(count_name) or (count_param.default if count_param else 200)
        cursor = values.get(pagination.cursor_parameter) if pagination else None
        try:
            rows, next_cursor = self.store.page(
                model.name, scope, filters, sort, with_deleted, int(limit), cursor
            )
        except CursorError as exc:
            raise ApiError(invalid("cursor", f"cursor: {exc}", "cursor", cursor)) from None
        total = None
        if pagination and values.get(pagination.total_count_parameter):
            total = self.store.count(model.name, scope, filters, with_deleted)
        return Page([self.present(model, row, call) for row in rows], next_cursor, total)

    def create(self, call: Call, model: ResourceModel) -> Row:
        sent = self._sent(call)
        problems = call.params.check_rules(sent, sent, None, self._related(call, model, sent))
        if problems:
            raise ApiError(*problems)
        values = call.params.apply_defaults(sent)
        ctx = self.context(call, self._references(call, values))
        return self.create_row(
            model, call.user, call.parent, call.params.as_attributes(values), ctx
        )

    def file_context(self, row: Row) -> HookContext:
        """A context acting for the owner of `row` in its account, outside any request (files
        the sandbox serves on behalf of other hosts)."""
        user = User(row.owner, "", "", "", "")
        parent_model = self.models[row.resource].parent
        parent = (
            self.store.get(parent_model.name, row.parent)
            if row.parent and parent_model is not None
            else None
        )
        now = self.clock()
        return HookContext(self, user, parent, now, timestamp(int(now)), {})

    def create_row(
        self,
        model: ResourceModel,
        user: User,
        parent: Row | None,
        attrs: dict[str, Any],
        ctx: HookContext,
    ) -> Row:
        """A new entity through its resource's create hooks (which see it in `parent`)."""
        if parent is not ctx.parent:
            ctx = HookContext(self, user, parent, ctx.now, ctx.now_text, ctx.references, ctx.origin)
        model.hooks.before_create(ctx, attrs)
        row = self.insert(model, user, parent, attrs, ctx.now_text)
        self.store.record(row, user.user, "CREATE", ctx.now, ctx.now_text, {})
        model.hooks.after_create(ctx, row)
        return row

    def insert(
        self,
        model: ResourceModel,
        user: User,
        parent: Row | None,
        attrs: dict[str, Any],
        now_text: str,
    ) -> Row:
        attrs = {**attrs, "created_at": now_text, "updated_at": now_text}
        while True:
            row = self.store.insert(
                model.name,
                self.new_id(model.numeric_ids, model.decimal_ids),
                user.user,
                parent.id if parent else None,
                attrs,
            )
            if row is not None:
                return row

    def update(self, call: Call, model: ResourceModel) -> Row:
        row = self.find(call, model, call.values[model.id_parameter], False)
        sent = self._sent(call)
        # The rules see the entity as this version shows it: an attribute another version never
        # set counts with its neutral value (a campaign created through version 10 has the
        # default budget_optimization when version 12 updates its pacing).
        state = call.params.as_parameters({**model.template, **row.attrs})
        related = self._related(call, model, {**row.attrs, **sent})
        problems = call.params.check_rules(sent, sent, state, related)
        if problems:
            raise ApiError(*problems)
        ctx = self.context(call, self._references(call, sent))
        changes = call.params.as_attributes(sent)
        model.hooks.before_update(ctx, row, changes)
        changed = {
            name: {"old": row.attrs.get(name), "new": value}
            for name, value in changes.items()
            if row.attrs.get(name) != value
        }
        row.attrs.update(changes)
        row.attrs["updated_at"] = ctx.now_text
        self.store.save(row)
        self.store.record(row, call.user.user, "UPDATE", ctx.now, ctx.now_text, changed)
        return row

    def delete(self, call: Call, model: ResourceModel) -> Row:
        row = self.find(call, model, call.values[model.id_parameter], False)
        ctx = self.context(call)
        model.hooks.before_delete(ctx, row)
        row.deleted = True
        row.attrs["updated_at"] = ctx.now_text
        self.store.save(row)
        changed = {"deleted": {"old": False, "new": True}}
        self.store.record(row, call.user.user, "DELETE", ctx.now, ctx.now_text, changed)
        return row

    def batch(self, call: Call, model: ResourceModel) -> list[dict[str, Any]]:
        """Apply every item, each through the handler of its own operation; any item error rolls
        all of them back (the caller's transaction)."""
        results: list[Row | dict[str, Any] | None] = []
        item_problems: list[list[Problem]] = []
        for item in call.items:
            self._place_dates(item)
            context = OperationContext(self, item, self.context(item))
            try:
                results.append(self.handlers[item.op.operation_id](context))
                item_problems.append([])
            except ApiError as exc:
                results.append(None)
                item_problems.append(list(exc.problems))
        if any(item_problems):
            echo = [
                {"params": item.values, "operation_type": op_type}
                for item, op_type in zip(call.items, call.operation_types, strict=True)
            ]
            raise BatchError(item_problems=item_problems, echo=echo)
        return [r for r in results if r is not None]  # type: ignore[misc]

    # -- helpers -------------------------------------------------------------------------------

    def present(self, model: ResourceModel, row: Row, call: Call) -> dict[str, Any]:
        """The entity as this version shows it: exactly its schema's attributes, stored values
        where this version can show them, computed ones from the hooks, neutral values for the
        rest (what another version stored and this one does not declare stays hidden)."""
        data = dict(model.template)
        properties = model.attributes
        for name, value in row.attrs.items():
            value = rename_values(value, model.renamed.get(name))
            if name in properties and model.represents(name, value):
                data[name] = value
        data["id"] = int(row.id) if model.numeric_ids else row.id
        data["deleted"] = row.deleted
        parent_parameter = model.resource.parent_parameter
        if parent_parameter and parent_parameter in properties:
            data[parent_parameter] = row.parent  # `account_id` in v4 campaigns: from the scope
        model.hooks.present(self.context(call), row, data)
        return model.project(data)

    def _sent(self, call: Call) -> dict[str, Any]:
        """The parameters sent that become attributes: what is not in the path."""
        path = {p.name for p in call.op.parameters if p.location == "path"}
        return {k: v for k, v in call.values.items() if k not in path}

    def _references(self, call: Call, attrs: Mapping[str, Any]) -> dict[str, Row]:
        """x-references: each referenced entity must exist, undeleted, in the same account (for
        a list, every one of them; the answer maps the parameter to the first)."""
        found: dict[str, Row] = {}
        for name, value in attrs.items():
            param = call.params.parameters.get(name)
            # Keyed references (`entity_ids` by `entity`) are left to the operation's handler:
            # what they may name (deleted entities have metrics) is the resource's own rule.
            if param is None or param.references is None or value is None:
                continue
            referenced = param.references
            target = self.models.get(referenced)
            if target is None or target.name in self.computed:
                continue
            values = value if isinstance(value, list) else [value]
            for one in values:
                row = self._referenced(call, target, param.references_attribute, one)
                if row is None:
                    # 400, not 404: the request's own target exists; one of its values is wrong.
                    where = f" in account {call.parent.id}" if call.parent is not None else ""
                    raise ApiError(
                        invalid(
                            name,
                            f"{name} names no {target.label} {one}{where} (or it is deleted)",
                            "reference",
                            one,
                        )
                    )
                found.setdefault(name, row)
        return found

    def _related(
        self, call: Call, model: ResourceModel, attrs: Mapping[str, Any]
    ) -> dict[str, Any]:
        """The attributes of referenced entities the operation's rules name, as
        `<parameter>.<attribute>`: the entity a parameter names, or on an update the one the
        entity names (its references are those of its resource's create operation). What is
        not found is left out: the rule does not judge, and the reference check answers."""
        found: dict[str, Any] = {}
        create = model.resource.operation("create")
        for rule in call.op.rules:
            for name in rule.parameters:
                head, dot, attribute = name.partition(".")
                if not dot or name in found:
                    continue
                param = call.params.parameters.get(head)
                if param is None and create is not None:
                    param = create.parameter(head)
                target = self.models.get(param.references) if param and param.references else None
                value = attrs.get(head)
                if target is None or not isinstance(value, str):
                    continue
                row = self._referenced(call, target, None, value)
                if row is not None and attribute in row.attrs:
                    found[name] = row.attrs[attribute]
        return found

    def _referenced(
        self, call: Call, target: ResourceModel, attribute: str | None, value: Any
    ) -> Row | None:
        if attribute is None:
            row = self.store.get(target.name, value)
            visible = row is not None and self.visible(target, row, call.user, call.parent)
            return row if visible and row is not None and not row.deleted else None
        scope = ("parent", call.parent.id) if call.parent is not None else ("owner", call.user.user)
        rows, _ = self.store.page(
            target.name, scope, [Filter(attribute, "any-of", [value])], Sort(None), False, 1
        )
        return rows[0] if rows else None

    def _place_dates(self, call: Call) -> None:
        """Bare dates mean midnight in the ads account's time zone."""
        zone = call.parent.attrs.get("timezone") if call.parent is not None else None
        for name, value in call.values.items():
            if isinstance(value, LocalDate):
                call.values[name] = value.at_midnight(zone)

    def new_id(self, numeric: bool = False, decimal: bool = False) -> str:
        if numeric:  # like the API's job identifiers: 18 or 19 decimal digits
            return str(self.rng.randrange(10**17, 2**63))
        if decimal:  # Tweet-style identifiers: 19 decimal digits
            return str(self.rng.randrange(10**18, 10**19 - 1))
        number = self.rng.randrange(36**4, 36**7)
        digits = []
        while number:
            number, digit = divmod(number, 36)
            digits.append(_ID_ALPHABET[digit])
        return "".join(reversed(digits))


def _decimal_ids(resource: Resource) -> bool:
    """Whether the resource's identifiers are decimal numbers (Tweets), as the pattern of its
    identifier parameter says; ads entities have base-36 identifiers."""
    for op in resource.operations:
        for param in op.parameters:
            if param.location == "path" and param.name == resource.id_parameter:
                pattern = param.shape.constraints.pattern or ""
                return "a-z" not in pattern and "0-9" in pattern
    return False


def _sort(value: str | None) -> Sort:
    if not value:
        return Sort(None)
    attribute, _, direction = value.rpartition("-")
    return Sort(attribute, direction == "desc")


def _filters(op: Operation, values: Mapping[str, Any]) -> list[Filter]:
    """The store filters of a listing, from the parameters' x-filter. A value match keeps the
    entities matching the value sent; a flag match leaves out the entities holding its value
    unless the flag is true, which includes them (`includes`) or keeps only them (`only`)."""
    found = []
    for param in op.parameters:
        spec_filter = param.filter
        if spec_filter is None:
            continue
        value = values.get(param.name, param.default if param.default is not NO_DEFAULT else None)
        if spec_filter.match == "any-of":
            if value is not None:
                # One value (a version whose filter took one identifier) is a list of one.
                listed = value if isinstance(value, list | tuple) else [value]
                found.append(Filter(spec_filter.attribute, "any-of", listed))
        elif spec_filter.match == "prefix-ignore-case":
            if value is not None:
                found.append(Filter(spec_filter.attribute, "prefix-ignore-case", value))
        elif value is not True:
            found.append(Filter(spec_filter.attribute, "not-equal", spec_filter.value))
        elif spec_filter.match == "only":
            found.append(Filter(spec_filter.attribute, "any-of", [spec_filter.value]))
    return found


def _requires(schema: Mapping[str, Any] | None, name: str) -> bool:
    """Whether an object schema (allOf parts included) requires the member `name`."""
    if not schema:
        return False
    if name in schema.get("required", ()):
        return True
    return any(_requires(part, name) for part in schema.get("allOf", ()))


def _value_key(value: Any) -> Any:
    if isinstance(value, list):
        return (list, *value) if all(isinstance(v, str | int | bool) for v in value) else None
    if isinstance(value, dict):
        return None
    return (type(value), value)
