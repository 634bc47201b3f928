"""The generic handlers of the entity kinds: what every resource declared with `x-resource`
gets without any code of its own (adsapi.spec.kinds). An operation with a handler registered
under its own operationId replaces these for that operation only."""

from __future__ import annotations

from typing import Any

from adsapi.sandbox.context import OperationContext, Page
from adsapi.sandbox.registry import handles

WITH_DELETED = "with_deleted"


@handles("list")
def list_entities(ctx: OperationContext) -> Page:
    return ctx.listing()


@handles("get")
def get_entity(ctx: OperationContext) -> dict[str, Any]:
    return ctx.present(ctx.target(with_deleted=bool(ctx.values.get(WITH_DELETED, False))))


@handles("create")
def create_entity(ctx: OperationContext) -> dict[str, Any]:
    return ctx.present(ctx.create_entity())


@handles("update")
def update_entity(ctx: OperationContext) -> dict[str, Any]:
    return ctx.present(ctx.update_entity())


@handles("delete")
def delete_entity(ctx: OperationContext) -> dict[str, Any]:
    return ctx.present(ctx.delete_entity())


@handles("batch")
def apply_batch(ctx: OperationContext) -> list[dict[str, Any]]:
    return ctx.apply_batch()
