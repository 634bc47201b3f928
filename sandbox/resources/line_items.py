"""Line items: they belong to a campaign of the account and take its funding instrument and
currency, share its other line items' objective and product type, bid by objective, keep to the
per-campaign and per-account limits, and hide their promoted Tweets when deleted. Also the
placement catalog (`GET line_items/placements`), kept as data in `sandbox/catalogs/`."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from adsapi.sandbox.context import HookContext, Hooks, OperationContext
from adsapi.sandbox.errors import ApiError, Problem, invalid
from adsapi.sandbox.registry import handles, hooks
from adsapi.sandbox.resources.campaigns import log_status
from adsapi.sandbox.resources.targeting_criteria import hide_with_line_item
from adsapi.sandbox.store import Row

CATALOGS = Path(__file__).resolve().parent.parent / "catalogs"

# What the API picks when a create leaves them out, by objective (its documentation says only
# "based on objective"; these follow its examples and the goal descriptions).
DEFAULT_GOAL = {
    "APP_ENGAGEMENTS": "APP_CLICKS",
    "APP_INSTALLS": "APP_INSTALLS",
    "REACH": "MAX_REACH",
    "FOLLOWERS": "FOLLOWERS",
    "ENGAGEMENTS": "ENGAGEMENT",
    "VIDEO_VIEWS": "VIDEO_VIEW",
    "PREROLL_VIEWS": "PREROLL",
    "WEBSITE_CLICKS": "LINK_CLICKS",
}
DEFAULT_PAY_BY = {
    "APP_ENGAGEMENTS": "APP_CLICK",
    "APP_INSTALLS": "IMPRESSION",
    "ENGAGEMENTS": "ENGAGEMENT",
    "WEBSITE_CLICKS": "LINK_CLICK",
}
LINE_ITEM_BUDGETS = ("daily_budget_amount_local_micro", "standard_delivery")


@hooks("line_items")
class LineItemHooks(Hooks):
    # The documentation gives two limits of active line items per account (256 in the create
    # endpoint's note, 8,000 in an overview); see the README's judgement calls. One place.
    MAX_ACTIVE_PER_ACCOUNT = 256
    MAX_PER_CAMPAIGN = 100

    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        campaign = ctx.references.get("campaign_id")
        if campaign is None:
            return
        attrs["funding_instrument_id"] = campaign.attrs.get("funding_instrument_id")
        attrs["currency"] = campaign.attrs.get("currency")
        self._check_campaign_budgets(campaign, attrs, attrs)
        siblings = ctx.rows("line_items", {"campaign_id": campaign.id})
        for name in ("objective", "product_type"):
            other = next((r.attrs.get(name) for r in siblings), attrs.get(name))
            if other != attrs.get(name):
                raise ApiError(
                    invalid(
                        name,
                        f"the line items of campaign {campaign.id} are {other}: {name} must be "
                        "the same for every line item of a campaign",
                        "campaign-line-items-agree",
                        attrs.get(name),
                    )
                )
        if len(siblings) >= self.MAX_PER_CAMPAIGN:
            raise _too_many(f"campaign {campaign.id} already has {len(siblings)} line items")
        objective = str(attrs.get("objective"))
        attrs.setdefault("goal", DEFAULT_GOAL.get(objective, "ENGAGEMENT"))
        attrs.setdefault("pay_by", DEFAULT_PAY_BY.get(objective, "IMPRESSION"))
        attrs.setdefault("bid_strategy", "MAX" if attrs.get("bid_amount_local_micro") else "AUTO")
        attrs.setdefault("creative_source", "MANUAL")
        attrs.setdefault("name", None)
        if attrs.get("bid_strategy") == "AUTO":
            attrs["bid_amount_local_micro"] = None
        if attrs.get("entity_status") == "ACTIVE":
            self._check_active_limit(ctx)
        log_status(ctx, None, attrs)

    def before_update(self, ctx: HookContext, row: Row, changes: dict[str, Any]) -> None:
        campaign = ctx.get("campaigns", row.attrs.get("campaign_id", ""), with_deleted=True)
        if campaign is not None:
            self._check_campaign_budgets(campaign, changes, changes)
        if changes.get("bid_strategy", row.attrs.get("bid_strategy")) == "AUTO":
            changes["bid_amount_local_micro"] = None
        if changes.get("entity_status") == "ACTIVE" and row.attrs.get("entity_status") != "ACTIVE":
            self._check_active_limit(ctx)
        log_status(ctx, row, changes)

    def before_delete(self, ctx: HookContext, row: Row) -> None:
        hide_with_line_item(ctx, row)
        # Deletes do not cascade: the promoted Tweets stay, hidden unless with_deleted=true,
        # and still say `deleted: false` (see PromotedTweetHooks.present).
        if not ctx.has("promoted_tweets"):
            return
        for child in ctx.rows("promoted_tweets", {"line_item_id": row.id}):
            child.deleted = True
            ctx.save(child, {"hidden_with_line_item": True})

    def _check_campaign_budgets(
        self, campaign: Row, sent: dict[str, Any], attrs: dict[str, Any]
    ) -> None:
        """Under a campaign that holds the budget (`budget_optimization=CAMPAIGN`) the campaign
        decides the pacing: the line item shows none. (A daily budget there is refused by an
        `x-rules` entry on `campaign_id.budget_optimization`.)"""
        if campaign.attrs.get("budget_optimization") == "LINE_ITEM":
            return
        if "standard_delivery" in attrs:
            attrs["standard_delivery"] = None

    def _check_active_limit(self, ctx: HookContext) -> None:
        active = ctx.count("line_items", {"entity_status": "ACTIVE"})
        if active >= self.MAX_ACTIVE_PER_ACCOUNT:
            raise _too_many(f"the account already has {active} active line items")


def _too_many(message: str) -> ApiError:
    return ApiError(
        Problem("TOO_MANY_LINE_ITEMS", f"{message}, the most it may have", None, "limit")
    )


@cache
def placement_catalog() -> tuple[dict[str, Any], ...]:
    data = json.loads((CATALOGS / "line_item_placements.json").read_text())
    return tuple(data["combinations"])


@handles("placementsLineItems")
def placements(ctx: OperationContext) -> list[dict[str, Any]]:
    wanted = ctx.values.get("product_type")
    return [
        {"product_type": c["product_type"], "placements": [list(p) for p in c["placements"]]}
        for c in placement_catalog()
        if wanted is None or c["product_type"] == wanted
    ]
