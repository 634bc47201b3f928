"""What is peculiar to one resource, as small named hooks on top of the generic engine.

A resource without hooks gets the plain behaviour: stored attributes, neutral values for the
rest (see `engine._neutral`). Hooks fill in what the API computes (a campaign's currency comes
from its funding instrument, servability, a new sandbox account's funding instrument) and the
few checks JSON Schema and `x-rules` cannot say. `present` may fill attributes of any version
(`salt` before 12, a campaign's `start_time` before 11): each answer then keeps exactly what its
version's entity schema declares.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from adsapi.sandbox.errors import ApiError, Problem
from adsapi.sandbox.store import Filter, Row

if TYPE_CHECKING:
    from adsapi.sandbox.engine import Engine
    from adsapi.sandbox.users import User


@dataclass
class HookContext:
    engine: Engine
    user: User
    parent: Row | None  # the ads account, for resources inside one
    now: float  # epoch seconds, from the sandbox's clock
    now_text: str  # the same instant as the API writes it
    references: dict[str, Row]  # x-references parameter -> the entity it names


class Hooks:
    """The default: nothing peculiar."""

    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        """Complete or check the attributes of a new entity (raise ApiError to refuse)."""

    def after_create(self, ctx: HookContext, row: Row) -> None:
        """Side effects of a creation, in the same transaction."""

    def before_update(self, ctx: HookContext, row: Row, changes: dict[str, Any]) -> None:
        """Complete or check `changes` before they are merged into `row.attrs`."""

    def before_delete(self, ctx: HookContext, row: Row) -> None:
        """Check or prepare a deletion."""

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        """Fill in computed attributes of an answer."""


class AccountHooks(Hooks):
    """A new sandbox account is ready for campaigns: it comes with a funding instrument."""

    NAME = "Sandbox account"
    # Sandbox accounts live where the API's examples do; bare dates are read in this zone.
    TIMEZONE = "America/Los_Angeles"
    FUNDING: ClassVar[dict[str, Any]] = {
        "type": "CREDIT_CARD",
        "currency": "USD",
        "credit_limit_local_micro": 1_000_000_000_000,
        "funded_amount_local_micro": None,
        "end_time": None,
    }

    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        attrs.setdefault("name", self.NAME)
        attrs.setdefault("timezone", self.TIMEZONE)

    def after_create(self, ctx: HookContext, row: Row) -> None:
        engine = ctx.engine
        model = engine.models["funding_instruments"]
        attrs = {**self.FUNDING, "start_time": ctx.now_text}
        model.hooks.before_create(ctx, attrs)
        engine.insert(model, ctx.user, row, attrs, ctx.now_text)

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        data["salt"] = account_salt(row.id)


def account_salt(account_id: str) -> str:
    """The `salt` of account objects before version 12: 32 hexadecimal digits, undocumented
    by the API; here derived from the identifier, so each account keeps its own."""
    return hashlib.blake2b(account_id.encode(), digest_size=16, person=b"ads-salt").hexdigest()


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


class CampaignHooks(Hooks):
    """Currency from the funding instrument; pacing only with campaign budgets; servability."""

    # "An account may have 200 active campaigns by default" (createCampaign's description).
    MAX_ACTIVE = 200

    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        instrument = ctx.references.get("funding_instrument_id")
        if instrument is not None:
            attrs["currency"] = instrument.attrs.get("currency")
        if attrs.get("budget_optimization") == "LINE_ITEM":
            attrs["standard_delivery"] = None
        if attrs.get("entity_status") == "ACTIVE":
            self._check_active_limit(ctx, None)

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
            self._check_active_limit(ctx, row)

    def _check_active_limit(self, ctx: HookContext, row: Row | None) -> None:
        assert ctx.parent is not None
        active = ctx.engine.store.count(
            "campaigns",
            ("parent", ctx.parent.id),
            [Filter("entity_status", "any-of", ["ACTIVE"])],
            with_deleted=False,
        )
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


_HOOKS: dict[str, Callable[[], Hooks]] = {
    "accounts": AccountHooks,
    "funding_instruments": FundingInstrumentHooks,
    "campaigns": CampaignHooks,
}


def hooks_for(resource: str) -> Hooks:
    return _HOOKS.get(resource, Hooks)()
