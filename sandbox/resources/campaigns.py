"""Campaigns: currency from the funding instrument, pacing only with campaign budgets,
servability, and the per-account limit of active campaigns."""

from __future__ import annotations

from typing import Any

from adsapi.sandbox.context import HookContext, Hooks
from adsapi.sandbox.errors import ApiError, Problem
from adsapi.sandbox.registry import hooks
from adsapi.sandbox.store import Row

STATUS_LOG = "status_log"  # [[epoch seconds, entity_status], ...]: read by analytics


def log_status(
    ctx: HookContext, row: Row | None, attrs: dict[str, Any], default: str = "ACTIVE"
) -> None:
    """Keep, for analytics (stored, never shown), when an entity's status changed: at its
    creation (`row` None) and at every update that changes it."""
    if row is None:
        attrs[STATUS_LOG] = [[ctx.now, attrs.get("entity_status", default)]]
        return
    status = attrs.get("entity_status")
    if status is not None and status != row.attrs.get("entity_status"):
        attrs[STATUS_LOG] = [*row.attrs.get(STATUS_LOG, []), [ctx.now, status]]


@hooks("campaigns")
class CampaignHooks(Hooks):
    # "An account may have 200 active campaigns by default" (createCampaign's description).
    MAX_ACTIVE = 200

    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        instrument = ctx.references.get("funding_instrument_id")
        if instrument is not None:
            attrs["currency"] = instrument.attrs.get("currency")
        if attrs.get("budget_optimization") == "LINE_ITEM":
            attrs["standard_delivery"] = None
        if attrs.get("entity_status") == "ACTIVE":
            self._check_active_limit(ctx)
        log_status(ctx, None, attrs)

    def before_update(self, ctx: HookContext, row: Row, changes: dict[str, Any]) -> None:
        instrument = ctx.references.get("funding_instrument_id")
        if instrument is not None:
            changes["currency"] = instrument.attrs.get("currency")
        optimization = changes.get("budget_optimization")
        if optimization == "LINE_ITEM":
            changes["standard_delivery"] = None
        elif optimization == "CAMPAIGN" and row.attrs.get("standard_delivery") is None:
            changes.setdefault("standard_delivery", True)
        if changes.get("entity_status") == "ACTIVE" and row.attrs.get("entity_status") != "ACTIVE":
            self._check_active_limit(ctx)
        log_status(ctx, row, changes)

    def _check_active_limit(self, ctx: HookContext) -> None:
        active = ctx.count("campaigns", {"entity_status": "ACTIVE"})
        if active >= self.MAX_ACTIVE:
            raise ApiError(
                Problem(
                    "TOO_MANY_CAMPAIGNS",
                    f"the account already has {active} active campaigns, the most it may have",
                    "entity_status",
                    "active-campaign-limit",
                )
            )

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        status = data.get("entity_status")
        reasons = []
        if row.deleted:
            reasons.append("DELETED")
        if status == "PAUSED":
            reasons.append("PAUSED_BY_ADVERTISER")
        elif status == "DRAFT":
            reasons.append("DRAFT")
        # A campaign delivers through its line items, and the sandbox serves none.
        reasons.append("INCOMPLETE")
        data["reasons_not_servable"] = reasons
        data["servable"] = False
        data["effective_status"] = status if status in ("PAUSED", "DRAFT") else "ACTIVE"
        # Flight dates (versions up to 10): a campaign created through a version without them
        # has been running since it was created.
        if "start_time" not in row.attrs:
            data["start_time"] = row.attrs.get("created_at")
