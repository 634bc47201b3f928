"""Settings kept with an ads account: its tax settings (one set per account) and each user's
contact settings (one set per user of the account).

Neither is an entity of its own: both live in the account's stored attributes, which no answer
shows (an answer holds only its schema's attributes), and change with partial updates.
"""

from __future__ import annotations

import re
from typing import Any

from adsapi.sandbox.context import OperationContext
from adsapi.sandbox.errors import ApiError, Problem
from adsapi.sandbox.registry import handles
from adsapi.sandbox.resources.accounts import user_id

TAX_KEY = "tax_settings"
USERS_KEY = "user_settings"
# The form parameter that writes another attribute than its own name.
TAX_RENAMED = {"address_name": "address_company"}
# What a new account's tax settings say before anyone sets them.
TAX_UNSET = {
    "bill_to": "NOT_SET",
    "invoice_jurisdiction": "NOT_SET",
    "business_relationship": "SELF",
}


def _tax(ctx: OperationContext) -> dict[str, Any]:
    assert ctx.parent is not None  # the path names the account
    properties = _data_properties(ctx.op.success.schema or {})
    stored = ctx.parent.attrs.get(TAX_KEY) or {}
    return {name: stored.get(name, TAX_UNSET.get(name)) for name in properties}


def _data_properties(schema: dict[str, Any] | Any) -> list[str]:
    """The attributes this version's answer declares for `data` (its envelope's allOf part)."""
    for part in schema.get("allOf", ()):
        data = (part.get("properties") or {}).get("data") or {}
        if "properties" in data:
            return list(data["properties"])
    return []


@handles("getTaxSettings")
def get_tax_settings(ctx: OperationContext) -> dict[str, Any]:
    return _tax(ctx)


@handles("updateTaxSettings")
def update_tax_settings(ctx: OperationContext) -> dict[str, Any]:
    assert ctx.parent is not None
    changes = {
        TAX_RENAMED.get(name, name): value
        for name, value in ctx.values.items()
        if name != "account_id"
    }
    ctx.save(ctx.parent, {TAX_KEY: {**(ctx.parent.attrs.get(TAX_KEY) or {}), **changes}})
    return _tax(ctx)


def _user(ctx: OperationContext) -> str:
    """The user the path names, who must be the caller: the only user of a sandbox account."""
    wanted = str(ctx.values["user_id"])
    if wanted != user_id(ctx.user.user):
        raise ApiError(
            Problem(
                "USER_NOT_FOUND",
                f"user {wanted} has no access to this account",
                "user_id",
                "not-found",
            )
        )
    return wanted


def _user_settings(ctx: OperationContext, user: str) -> dict[str, Any]:
    assert ctx.parent is not None
    stored = (ctx.parent.attrs.get(USERS_KEY) or {}).get(user) or {}
    handle = re.sub(r"[^a-z0-9]+", ".", ctx.user.user.lower()).strip(".") or "user"
    return {
        "notification_email": stored.get("notification_email", f"{handle}@example.com"),
        "contact_phone": stored.get("contact_phone", ""),
        "contact_phone_extension": stored.get("contact_phone_extension", ""),
    }


@handles("getUserSettings")
def get_user_settings(ctx: OperationContext) -> dict[str, Any]:
    return _user_settings(ctx, _user(ctx))


@handles("updateUserSettings")
def update_user_settings(ctx: OperationContext) -> dict[str, Any]:
    assert ctx.parent is not None
    user = _user(ctx)
    every = dict(ctx.parent.attrs.get(USERS_KEY) or {})
    sent = {k: v for k, v in ctx.values.items() if k not in ("account_id", "user_id")}
    every[user] = {**(every.get(user) or {}), **sent}
    ctx.save(ctx.parent, {USERS_KEY: every})
    return _user_settings(ctx, user)
