"""What resource code may see and do: the narrow contexts given to hooks and handlers.

Resource-specific behaviour (`adsapi.sandbox.resources`) never touches the engine or the store.
A hook gets a `HookContext`: the caller, the ads account, the clock, the entities its request
names, and a handful of verbs on entities of the same account (`get`, `count`, `rows`,
`create`, `save`, `new_id`, and `history`: their logged changes). A handler gets an
`OperationContext`: the same, plus the validated request and the generic entity lifecycle
(`target`, `create_entity`, ...), so that an operation with behaviour of its own can still
reuse the plain parts.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from adsapi.sandbox.errors import ApiError, invalid
from adsapi.sandbox.store import Change, Row

if TYPE_CHECKING:
    from adsapi.sandbox.engine import Call, Engine, ResourceModel
    from adsapi.sandbox.users import User
    from adsapi.spec.model import ApiSpec, Operation


@dataclass(frozen=True)
class Page:
    """A handler's answer for a paged collection: one page and the cursor of the next."""

    data: list[Any]
    next_cursor: str | None = None
    total_count: int | None = None


class Hooks:
    """The lifecycle of one resource's entities; the default does nothing peculiar.

    Subclasses are registered with `@hooks("<tag>")` (adsapi.sandbox.registry). An attribute
    nobody set shows its neutral value (adsapi.spec.model.Attribute.neutral); hooks fill in
    what the API computes and check what JSON Schema and `x-rules` cannot say.
    """

    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        """Complete or check the attributes of a new entity (raise ApiError to refuse)."""

    def after_create(self, ctx: HookContext, row: Row) -> None:
        """Side effects of a creation, in the same transaction."""

    def before_update(self, ctx: HookContext, row: Row, changes: dict[str, Any]) -> None:
        """Complete or check `changes` before they are merged into `row.attrs`."""

    def before_delete(self, ctx: HookContext, row: Row) -> None:
        """Check or prepare a deletion."""

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        """Fill in computed attributes of an answer (any version's: each answer keeps what its
        version's entity schema declares)."""


class HookContext:
    """The caller, the ads account, the clock, and the account's entities."""

    def __init__(
        self,
        engine: Engine,
        user: User,
        parent: Row | None,
        now: float,
        now_text: str,
        references: Mapping[str, Row],
        origin: str = "",
    ) -> None:
        self._engine = engine
        self.user = user
        self.parent = parent  # the ads account, for resources inside one
        self.now = now  # epoch seconds, from the sandbox's clock
        self.now_text = now_text  # the same instant as the API writes it
        self.references = references  # x-references parameter -> the entity it names
        self.origin = origin  # scheme and host the request addressed ("" outside a request)

    @property
    def spec(self) -> ApiSpec:
        """The spec of the version the sandbox serves this request with."""
        return self._engine.spec

    def _scope(self, resource: str) -> tuple[str, str]:
        model = self._engine.model(resource)
        if model.parent is None:
            return ("owner", self.user.user)
        if self.parent is None:
            raise ValueError(f"{resource} lives in an ads account and this request has none")
        return ("parent", self.parent.id)

    def has(self, resource: str) -> bool:
        """Whether this request's API version has the resource."""
        return resource in self._engine.models

    def get(self, resource: str, entity_id: str, *, with_deleted: bool = False) -> Row | None:
        """The entity of `resource` with this identifier, if the caller may see it."""
        engine = self._engine
        row = engine.store.get(resource, entity_id)
        model = engine.model(resource)
        if row is None or not engine.visible(model, row, self.user, self.parent):
            return None
        return row if with_deleted or not row.deleted else None

    def count(
        self, resource: str, where: Mapping[str, Any] | None = None, *, with_deleted: bool = False
    ) -> int:
        """How many entities of `resource` in the account match `where` (attribute -> a value
        or a list of accepted values)."""
        return self._engine.store.count(
            resource, self._scope(resource), _filters(where), with_deleted
        )

    def rows(
        self,
        resource: str,
        where: Mapping[str, Any] | None = None,
        *,
        with_deleted: bool = False,
        limit: int = 1000,
    ) -> list[Row]:
        """The entities of `resource` in the account matching `where`, oldest first."""
        from adsapi.sandbox.store import Sort

        rows, _ = self._engine.store.page(
            resource, self._scope(resource), _filters(where), Sort(None), with_deleted, limit
        )
        return rows

    def create(self, resource: str, attrs: dict[str, Any], parent: Row | None = None) -> Row:
        """A new entity of `resource`, through its own create hooks, in `parent` (default: this
        request's account)."""
        return self._engine.create_row(
            self._engine.model(resource), self.user, parent or self.parent, attrs, self
        )

    def history(
        self,
        resource: str,
        entity_id: str,
        since: float,
        until: float,
        *,
        user: str | None = None,
        after: int = 0,
        limit: int = 1000,
    ) -> list[Change]:
        """The changes the sandbox made to an entity of `resource` in this account (created,
        updated, deleted) between two instants (epoch seconds, `until` excluded), oldest first:
        those after the entry numbered `after`, and only the sandbox user `user`'s if given."""
        column, parent = self._scope(resource)
        if column != "parent":
            raise ValueError(f"{resource} is not kept in an ads account: no history to read")
        return self._engine.store.changes(
            resource, entity_id, parent, since, until, user, after, limit
        )

    def new_id(self) -> str:
        """A new ads identifier (base 36), for a part of an entity that has its own (an A/B
        test's user groups)."""
        return self._engine.new_id()

    def save(self, row: Row, changes: Mapping[str, Any]) -> Row:
        """Store `changes` to an entity's attributes (its `updated_at` moves)."""
        row.attrs.update(changes)
        row.attrs["updated_at"] = self.now_text
        self._engine.store.save(row)
        return row


class OperationContext(HookContext):
    """A hook's context plus the request: its operation, its values and the generic entity
    lifecycle, for handlers (adsapi.sandbox.registry)."""

    def __init__(self, engine: Engine, call: Call, hook_context: HookContext) -> None:
        super().__init__(
            engine,
            hook_context.user,
            hook_context.parent,
            hook_context.now,
            hook_context.now_text,
            hook_context.references,
            hook_context.origin,
        )
        self.call = call
        self.headers = call.headers  # headers to add to the answer
        self.extra_members = call.extra_members  # top-level members of a list answer
        self.op: Operation = call.op
        self.values: Mapping[str, Any] = call.decoded.effective  # path parameters included

    @property
    def model(self) -> ResourceModel:
        return self._engine.model(self.op.resource)

    # -- the generic entity lifecycle ---------------------------------------------------------

    def target(self, *, with_deleted: bool = False) -> Row:
        """The entity the path names (404 with the resource's not-found error otherwise)."""
        model = self.model
        return self._engine.find(self.call, model, self.values[model.id_parameter], with_deleted)

    def present(self, row: Row) -> dict[str, Any]:
        """The entity as this request's API version shows it."""
        return self._engine.present(self.model, row, self.call)

    def listing(self) -> Page:
        """The resource's entities as the request filters, sorts and pages them."""
        return self._engine.listing(self.call, self.model)

    def create_entity(self) -> Row:
        return self._engine.create(self.call, self.model)

    def update_entity(self) -> Row:
        return self._engine.update(self.call, self.model)

    def delete_entity(self) -> Row:
        return self._engine.delete(self.call, self.model)

    def apply_batch(self) -> list[dict[str, Any]]:
        return self._engine.batch(self.call, self.model)

    # -- computed collections -----------------------------------------------------------------

    def page(self, items: Sequence[Any], default_count: int = 200) -> Page:
        """One page of a computed list, by the request's `count` and `cursor` (when the
        operation pages): the list must come out in the same order on every call."""
        pagination = self.op.pagination
        if pagination is None:
            return Page(list(items))
        count = int(self.values.get(pagination.count_parameter) or default_count)
        cursor = self.values.get(pagination.cursor_parameter)
        start = _offset(cursor) if cursor else 0
        end = start + count
        total = len(items) if self.values.get(pagination.total_count_parameter) else None
        following = _encode_offset(end) if end < len(items) else None
        return Page(list(items[start:end]), following, total)


def _filters(where: Mapping[str, Any] | None) -> list[Any]:
    from adsapi.sandbox.store import Filter

    return [
        Filter(name, "any-of", list(value) if isinstance(value, list | tuple) else [value])
        for name, value in (where or {}).items()
    ]


_OFFSET_PREFIX = "offset:"


def _encode_offset(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_OFFSET_PREFIX}{offset}".encode()).decode().rstrip("=")


def _offset(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    number = text.removeprefix(_OFFSET_PREFIX)
    digits = number.isascii() and number.isdigit() and len(number) <= 18
    if not text.startswith(_OFFSET_PREFIX) or not digits:
        raise ApiError(invalid("cursor", "cursor is not one this server issued", "cursor", cursor))
    return int(number)
