"""Promotable users and their Tweets: Tweets are posted as one of the account's promotable users
(promoted-only by default, organic only for the authenticated user), carry decimal identifiers
and the platform's own time format, and are listed by kind, author and timeline."""

from __future__ import annotations

import hashlib
import html
from datetime import UTC, datetime
from typing import Any

from adsapi.sandbox.context import HookContext, Hooks, OperationContext, Page
from adsapi.sandbox.errors import ApiError, Problem, invalid
from adsapi.sandbox.registry import handles, hooks
from adsapi.sandbox.resources.accounts import user_id
from adsapi.sandbox.store import Row

SOURCE = '<a href="https://ads-api.x.com" rel="nofollow">Ads API Sandbox</a>'
EMPTY_ENTITIES: dict[str, list[Any]] = {
    "hashtags": [],
    "symbols": [],
    "user_mentions": [],
    "urls": [],
}


@hooks("promotable_users")
class PromotableUserHooks(Hooks):
    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        attrs.setdefault("promotable_user_type", "FULL")


@hooks("tweets")
class TweetHooks(Hooks):
    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        author = str(attrs.get("as_user_id"))
        if attrs.get("nullcast") is False and author != user_id(ctx.user.user):
            raise ApiError(
                invalid(
                    "nullcast",
                    "an organic Tweet (nullcast=false) may only be posted for the authenticated "
                    "user",
                    "organic-tweet-author",
                    False,
                )
            )
        attrs.setdefault("nullcast", True)
        attrs.setdefault("name", None)
        attrs.setdefault("conversation_settings", "EVERYONE")
        attrs.setdefault("text", "")
        attrs.update(tweet_type="PUBLISHED", scheduled_at=None, lang="en", source=SOURCE)

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        author = str(row.attrs.get("as_user_id"))
        data.update(
            id=int(row.id),
            id_str=row.id,
            tweet_id=row.id,
            created_at=platform_time(str(row.attrs.get("created_at"))),
            full_text=row.attrs.get("text", ""),
            user={"id": int(author), "id_str": author},
            entities=EMPTY_ENTITIES,
        )


def platform_time(rfc3339: str) -> str:
    """`2019-08-27T22:22:12Z` as the platform writes Tweet times: `Tue Aug 27 22:22:12 +0000
    2019`."""
    moment = datetime.strptime(rfc3339[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
    return moment.strftime("%a %b %d %H:%M:%S +0000 %Y")


def full_promotable_user(ctx: HookContext) -> Row | None:
    return next(iter(ctx.rows("promotable_users", {"promotable_user_type": "FULL"})), None)


@handles("listTweets")
def list_tweets(ctx: OperationContext) -> Page:
    """Tweets of one promotable user, newest first, by kind and timeline. The sandbox publishes
    every Tweet at once, so scheduled and draft Tweets are none here."""
    values = ctx.values
    author = values.get("user_id")
    if author is None:
        full = full_promotable_user(ctx)
        author = full.attrs.get("user_id") if full is not None else None
    timeline = values.get("timeline_type") or "NULLCAST"
    wanted_ids = set(values.get("tweet_ids") or ())
    prefix = (values.get("name") or "").casefold()
    rows = [
        row
        for row in ctx.rows("tweets", {"tweet_type": values.get("tweet_type")})
        if str(row.attrs.get("as_user_id")) == str(author)
        and (timeline == "ALL" or bool(row.attrs.get("nullcast")) == (timeline == "NULLCAST"))
        and (not wanted_ids or row.id in wanted_ids)
        and (not prefix or str(row.attrs.get("name") or "").casefold().startswith(prefix))
    ]
    rows.sort(key=lambda row: (str(row.attrs.get("created_at")), row.id), reverse=True)
    page = ctx.page(rows)
    return Page([ctx.present(row) for row in page.data], page.next_cursor, page.total_count)


def _iframe(key: str, text: str) -> str:
    title = html.escape(text, quote=True)
    return (
        f"<iframe class='tweet-preview' data-tweet-id='{key}' title='{title}' "
        f"src='https://ads-api-sandbox.invalid/preview/{key}'></iframe>"
    )


@handles("previewNewTweet")
def preview_new_tweet(ctx: OperationContext) -> dict[str, Any]:
    """Version 4 and older: a text rendered before it is posted (keyed by a digest of it)."""
    text = str(ctx.values.get("text", ""))
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return {"preview": _iframe(f"draft-{key}", text)}


@handles("previewTweet")
def preview_tweet(ctx: OperationContext) -> dict[str, Any]:
    """Version 4 and older: one posted Tweet of the account rendered, as its author."""
    tweet_id = str(ctx.values.get("tweet_id"))
    row = ctx.get("tweets", tweet_id)
    if row is None or row.attrs.get("tweet_type") != "PUBLISHED":
        raise ApiError(
            Problem("TWEET_NOT_FOUND", f"no posted Tweet {tweet_id}", "tweet_id", "not-found")
        )
    return {"tweet_id": tweet_id, "preview": _iframe(tweet_id, str(row.attrs.get("text", "")))}


@handles("previewTweets")
def preview_tweets(ctx: OperationContext) -> list[dict[str, Any]]:
    """One rendering per Tweet of the kind asked for; other identifiers get none."""
    kind = ctx.values.get("tweet_type")
    previews = []
    for tweet_id in ctx.values.get("tweet_ids") or ():
        row = ctx.get("tweets", tweet_id)
        if row is None or row.attrs.get("tweet_type") != kind:
            continue
        text = str(row.attrs.get("text", ""))
        previews.append({"tweet_id": tweet_id, "preview": _iframe(tweet_id, text)})
    return previews
