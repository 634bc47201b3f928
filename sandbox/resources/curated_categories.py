"""Curated categories (a catalog kept as data in `sandbox/catalogs/`, the same for every
account) and the line items that run next to them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from adsapi.sandbox.context import HookContext, Hooks, OperationContext, Page
from adsapi.sandbox.errors import ApiError, Problem, invalid
from adsapi.sandbox.registry import handles, hooks
from adsapi.sandbox.store import Row

CATALOGS = Path(__file__).resolve().parent.parent / "catalogs"


@cache
def catalog() -> tuple[dict[str, Any], ...]:
    data = json.loads((CATALOGS / "curated_categories.json").read_text())
    return tuple(data["categories"])


def _category(category_id: Any) -> dict[str, Any] | None:
    return next((c for c in catalog() if c["id"] == category_id), None)


@handles("listCuratedCategories")
def list_curated_categories(ctx: OperationContext) -> Page:
    countries = set(ctx.values.get("country_codes") or ())
    found = [dict(c) for c in catalog() if countries & set(c["country_codes"])]
    return ctx.page(found)


@handles("getCuratedCategory")
def get_curated_category(ctx: OperationContext) -> dict[str, Any]:
    wanted = ctx.values["curated_category_id"]
    found = _category(wanted)
    if found is None:
        raise ApiError(
            Problem(
                "NOT_FOUND", f"no curated category {wanted}", "curated_category_id", "not-found"
            )
        )
    return dict(found)


@hooks("line_item_curated_categories")
class LineItemCuratedCategoryHooks(Hooks):
    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        _check_category(attrs.get("curated_category_id"))

    def before_update(self, ctx: HookContext, row: Row, changes: dict[str, Any]) -> None:
        if "curated_category_id" in changes:
            _check_category(changes["curated_category_id"])


def _check_category(category_id: Any) -> None:
    if _category(category_id) is None:
        raise ApiError(
            invalid(
                "curated_category_id",
                f"curated_category_id names no curated category {category_id}",
                "reference",
                category_id,
            )
        )
