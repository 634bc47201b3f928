"""Ads accounts: a new sandbox account is ready for campaigns at once, and its owner holds
every right in it."""

from __future__ import annotations

import hashlib
from typing import Any, ClassVar

from adsapi.sandbox.context import HookContext, Hooks, OperationContext
from adsapi.sandbox.registry import handles, hooks
from adsapi.sandbox.store import Row


@hooks("accounts")
class AccountHooks(Hooks):
    """A new account gets a name, a time zone and a funding instrument."""

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

    # What a new account may promote at once: its owner's handle and a few published Tweets.
    TWEETS: ClassVar[tuple[tuple[str, bool], ...]] = (
        ("Spring is here: everything 20% off this week.", True),
        ("Free shipping on every order until Sunday.", True),
        ("Thanks for following us!", False),
    )

    def after_create(self, ctx: HookContext, row: Row) -> None:
        ctx.create("funding_instruments", {**self.FUNDING, "start_time": ctx.now_text}, parent=row)
        owner = user_id(ctx.user.user)
        if ctx.has("promotable_users"):
            ctx.create(
                "promotable_users", {"user_id": owner, "promotable_user_type": "FULL"}, parent=row
            )
        if ctx.has("tweets"):
            for text, nullcast in self.TWEETS:
                tweet = {"as_user_id": owner, "text": text, "nullcast": nullcast}
                ctx.create("tweets", tweet, parent=row)

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        data["salt"] = account_salt(row.id)


def account_salt(account_id: str) -> str:
    """The `salt` of account objects before version 12: 32 hexadecimal digits, undocumented
    by the API; here derived from the identifier, so each account keeps its own."""
    return hashlib.blake2b(account_id.encode(), digest_size=16, person=b"ads-salt").hexdigest()


@handles("getAuthenticatedUserAccess")
def authenticated_user_access(ctx: OperationContext) -> dict[str, Any]:
    """Accounts belong to the user who created them (another user's account is not found
    before this runs), and a sandbox account's owner is its administrator."""
    return {"user_id": user_id(ctx.user.user), "permissions": ["ACCOUNT_ADMIN", "TWEET_COMPOSER"]}


def user_id(name: str) -> str:
    """A stable X user identifier (decimal digits) for a sandbox user's name."""
    digest = hashlib.blake2b(name.encode(), digest_size=8, person=b"ads-user").digest()
    return str(int.from_bytes(digest, "big") % 10**18 + 10**9)
