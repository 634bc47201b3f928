"""Funding instruments: what a sandbox instrument says of itself, and whether it can fund."""

from __future__ import annotations

from typing import Any

from adsapi.sandbox.context import HookContext, Hooks
from adsapi.sandbox.registry import hooks
from adsapi.sandbox.store import Row


@hooks("funding_instruments")
class FundingInstrumentHooks(Hooks):
    CREDIT_TYPES = frozenset({"CREDIT_CARD", "CREDIT_LINE", "AGENCY_CREDIT_LINE"})

    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        kind = attrs.get("type", "CREDIT_CARD")
        attrs.setdefault("description", f"Sandbox {kind.lower().replace('_', ' ')}")
        attrs.setdefault("entity_status", "ACTIVE")
        attrs.setdefault("io_header", None)
        limit = attrs.get("credit_limit_local_micro")
        attrs["credit_remaining_local_micro"] = limit if kind in self.CREDIT_TYPES else None

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        reasons = []
        if row.deleted:
            reasons.append("DELETED")
        end = data.get("end_time")
        if end is not None and end <= ctx.now_text:
            reasons.append("EXPIRED")
        data["able_to_fund"] = not reasons
        data["reasons_not_able_to_fund"] = reasons
        # Before version 3 an instrument showed two flags instead of its entity_status.
        status = row.attrs.get("entity_status")
        data["paused"] = status == "PAUSED"
        data["cancelled"] = status == "CANCELLED"
