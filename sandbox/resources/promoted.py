"""Promoted Tweets and promoted accounts: what a line item promotes. One request promotes up to
50 Tweets, one entity each; a deleted line item hides its promoted Tweets (they still say
`deleted: false` when asked for with `with_deleted=true`)."""

from __future__ import annotations

from typing import Any

from adsapi.sandbox.context import HookContext, Hooks, OperationContext
from adsapi.sandbox.registry import handles, hooks
from adsapi.sandbox.store import Row

HIDDEN_WITH_LINE_ITEM = "hidden_with_line_item"  # set by LineItemHooks.before_delete


class _Promoted(Hooks):
    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        attrs.setdefault("entity_status", "ACTIVE")
        attrs.setdefault("approval_status", "ACCEPTED")


@hooks("promoted_tweets")
class PromotedTweetHooks(_Promoted):
    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        super().before_create(ctx, attrs)
        tweets = attrs.pop("tweet_ids", None)
        if tweets:
            attrs["tweet_id"] = tweets[0]  # the others: create_promoted_tweets

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        if row.attrs.get(HIDDEN_WITH_LINE_ITEM):
            data["deleted"] = False


@hooks("promoted_accounts")
class PromotedAccountHooks(_Promoted):
    pass


@handles("createPromotedTweet")
def create_promoted_tweets(ctx: OperationContext) -> list[dict[str, Any]]:
    """One promoted Tweet per Tweet, in request order; the generic create checks the request
    (every Tweet and the line item exist in the account) and makes the first."""
    tweets = list(ctx.values.get("tweet_ids") or ())
    rows = [ctx.create_entity()]
    line_item = ctx.values.get("line_item_id")
    for tweet_id in tweets[1:]:
        rows.append(
            ctx.create("promoted_tweets", {"line_item_id": line_item, "tweet_id": tweet_id})
        )
    return [ctx.present(row) for row in rows]


@hooks("scheduled_promoted_tweets")
class ScheduledPromotedTweetHooks(Hooks):
    """The sandbox serves no scheduled Tweets (they publish at once here), so the scheduled
    Tweet is taken at its word and never published: `tweet_id` stays null."""

    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        attrs["tweet_id"] = None
