"""Global catalogs: IAB categories, content categories, advertiser business categories,
publishers and bidding rules, the same for every user.

Their content is data, kept as JSON in `adsapi/sandbox/data/` (`build_catalogs.py` there
rebuilds the generated ones); the handlers only read, filter and page it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from adsapi.sandbox.context import OperationContext, Page
from adsapi.sandbox.registry import handles

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def catalog(name: str) -> tuple[dict[str, Any], ...]:
    """The entries of `data/<name>.json`, read once."""
    return tuple(json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))


def _copies(name: str) -> list[dict[str, Any]]:
    return json.loads(json.dumps(catalog(name)))  # answers never share the cached objects


@handles("listIabCategories")
def iab_categories(ctx: OperationContext) -> Page:
    return ctx.page(_copies("iab_categories"))


@handles("listContentCategories")
def content_categories(ctx: OperationContext) -> list[dict[str, Any]]:
    return _copies("content_categories")


@handles("listAdvertiserBusinessCategories")
def advertiser_business_categories(ctx: OperationContext) -> list[dict[str, Any]]:
    return _copies("advertiser_business_categories")


@handles("listPublishers")
def publishers(ctx: OperationContext) -> list[dict[str, Any]]:
    return _copies("publishers")


@handles("listBiddingRules")
def bidding_rules(ctx: OperationContext) -> Page:
    """Every currency's rules, or the one currency asked for; with their count."""
    currency = ctx.values.get("currency")
    rules = [r for r in _copies("bidding_rules") if currency in (None, r["currency"])]
    return Page(rules, None, len(rules))
