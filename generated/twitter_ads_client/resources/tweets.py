"""Tweets of the account's promotable users, as promotion needs them: listed, posted
(promoted-only by default), named and previewed. Tweet identifiers are decimal.

Generated from the spec's `tweets` operations; do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal

from .._base_client import CallOptions
from .._operations import Operation, Param, Result
from .._pagination import AsyncPaginator, SyncPage
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._response import PageData
from .._rules import OnlyWhen, RequiredWhen
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.tweet import Tweet
    from ..types.tweet_preview import TweetPreview

__all__ = [
    "AsyncTweets",
    "AsyncTweetsWithRawResponse",
    "Tweets",
    "TweetsWithRawResponse",
]

LIST_TWEETS: Operation[PageData[Tweet]] = Operation(
    "listTweets",
    "GET",
    "/accounts/{account_id}/tweets",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("tweet_type", "string", required=True, enum=("DRAFT", "PUBLISHED", "SCHEDULED")),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("include_mentions_and_replies", "boolean", default=False),
        Param("name", "string", min_length=1, max_length=80),
        Param("timeline_type", "string", default="NULLCAST", enum=("ALL", "NULLCAST", "ORGANIC")),
        Param("trim_user", "boolean", default=False),
        Param(
            "tweet_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[1-9][0-9]{0,18}$"),
        ),
        Param("user_id", "string", pattern="^[0-9]{1,20}$"),
    ),
    result=Result("page", "tweet:Tweet"),
)
CREATE_TWEET: Operation[Tweet] = Operation(
    "createTweet",
    "POST",
    "/accounts/{account_id}/tweet",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("as_user_id", "string", location="form", required=True, pattern="^[0-9]{1,20}$"),
        Param("text", "string", location="form", min_length=1, max_length=280),
        Param("card_uri", "string", location="form", pattern="^card://[0-9]{1,19}$"),
        Param(
            "conversation_settings",
            "string",
            location="form",
            default="EVERYONE",
            enum=("EVERYONE", "FOLLOWING", "MENTIONED_USERS"),
        ),
        Param(
            "media_keys",
            "array",
            location="form",
            min_items=1,
            max_items=4,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9]{1,3}_[1-9][0-9]{0,18}$"),
        ),
        Param("name", "string", location="form", min_length=1, max_length=80),
        Param("nullcast", "boolean", location="form", default=True),
        Param("trim_user", "boolean", location="form", default=False),
        Param("tweet_mode", "string", location="form", enum=("compat", "extended")),
        Param("video_cta", "string", location="form", enum=("VISIT_SITE", "WATCH_NOW")),
        Param("video_cta_value", "string", location="form", min_length=1, max_length=2048),
        Param("video_description", "string", location="form", max_length=200),
        Param("video_title", "string", location="form", max_length=70),
    ),
    result=Result("object", "tweet:Tweet"),
    rules=(
        RequiredWhen(
            ("text", "media_keys"),
            {},
            "hello, world",
            "MISSING_PARAMETER",
            "A Tweet says something or shows something.",
        ),
        OnlyWhen(
            "video_cta_value",
            {"video_cta": ("VISIT_SITE", "WATCH_NOW")},
            "INVALID_PARAMETER",
            "The call-to-action's value goes with a call to action.",
        ),
    ),
)
UPDATE_TWEET: Operation[Tweet] = Operation(
    "updateTweet",
    "PUT",
    "/accounts/{account_id}/tweets/{tweet_id}/name",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("tweet_id", "string", location="path", required=True, pattern="^[1-9][0-9]{0,18}$"),
        Param("name", "string", location="form", nullable=True, min_length=1, max_length=80),
    ),
    result=Result("object", "tweet:Tweet"),
    partial_update=True,
)
PREVIEW_TWEETS: Operation[list[TweetPreview]] = Operation(
    "previewTweets",
    "GET",
    "/accounts/{account_id}/tweet_previews",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "tweet_ids",
            "array",
            required=True,
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[1-9][0-9]{0,18}$"),
        ),
        Param("tweet_type", "string", required=True, enum=("DRAFT", "PUBLISHED", "SCHEDULED")),
    ),
    result=Result("list", "tweet_preview:TweetPreview"),
)


class Tweets(SyncAPIResource):
    """Tweets of the account's promotable users, as promotion needs them: listed, posted
    (promoted-only by default), named and previewed. Tweet identifiers are decimal."""

    def list(
        self,
        account_id: str,
        *,
        tweet_type: Literal["DRAFT", "PUBLISHED", "SCHEDULED"],
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        include_mentions_and_replies: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeline_type: Literal["ALL", "NULLCAST", "ORGANIC"] | NotGiven = NOT_GIVEN,
        trim_user: bool | NotGiven = NOT_GIVEN,
        tweet_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Tweet]:
        """List Tweets of the account's users.

        Returns Tweets of one user the account may promote (by default its `FULL` promotable
        user), one page at a time: by default only its promoted-only Tweets
        (`timeline_type=NULLCAST`), newest first. `tweet_type` is required.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tweet_type: Which Tweets: published ones, scheduled ones or drafts. Identifiers must
                be of that kind.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            include_mentions_and_replies: Include mentions and replies too. (server default:
                `false`)
            name: Keep only Tweets whose ads name starts with this text, ignoring case.
            timeline_type: Promoted-only Tweets (`NULLCAST`, the default), organic ones
                (`ORGANIC`) or both (`ALL`). (server default: `NULLCAST`)
            trim_user: Shorten each Tweet's `user` to its identifiers. (server default: `false`)
            tweet_ids: Keep only these Tweets (up to 200).
            user_id: Whose Tweets: a promotable user of the account (default: its `FULL` one).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Tweet objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_TWEETS,
            {
                "account_id": account_id,
                "tweet_type": tweet_type,
                "count": count,
                "cursor": cursor,
                "include_mentions_and_replies": include_mentions_and_replies,
                "name": name,
                "timeline_type": timeline_type,
                "trim_user": trim_user,
                "tweet_ids": tweet_ids,
                "user_id": user_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        account_id: str,
        *,
        as_user_id: str,
        text: str | NotGiven = NOT_GIVEN,
        card_uri: str | NotGiven = NOT_GIVEN,
        conversation_settings: (
            Literal["EVERYONE", "FOLLOWING", "MENTIONED_USERS"] | NotGiven
        ) = NOT_GIVEN,
        media_keys: builtins.list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        nullcast: bool | NotGiven = NOT_GIVEN,
        trim_user: bool | NotGiven = NOT_GIVEN,
        tweet_mode: Literal["compat", "extended"] | NotGiven = NOT_GIVEN,
        video_cta: Literal["VISIT_SITE", "WATCH_NOW"] | NotGiven = NOT_GIVEN,
        video_cta_value: str | NotGiven = NOT_GIVEN,
        video_description: str | NotGiven = NOT_GIVEN,
        video_title: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Tweet:
        """Post a Tweet as a promotable user.

        Posts a Tweet for one of the account's promotable users. By default it is promoted-only
        (`nullcast=true`): it reaches people only when promoted. An organic Tweet
        (`nullcast=false`) may only be posted for the authenticated user. `text` is needed
        unless the Tweet carries media (`media_keys`: up to 4 images, or one GIF or video, from
        the account's media library). Note the singular `tweet` in the path.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            as_user_id: The promotable user to post as.
            text: The text; needed unless `media_keys` is given.
            card_uri: A card to attach (`card://...`).
            conversation_settings: Who may reply: everyone, people the author follows, or people
                mentioned. (server default: `EVERYONE`)
            media_keys: Media from the account's media library: up to 4 images, or one GIF or
                video.
            name: The advertiser's name for the Tweet.
            nullcast: Promoted-only (`true`, the default) or organic (`false`, only for the
                authenticated user). (server default: `true`)
            trim_user: Shorten the answer's `user` to its identifiers. (server default: `false`)
            tweet_mode: `extended` for the whole text in `full_text`, `compat` for the short
                form.
            video_cta: A call to action under a video.
            video_cta_value: Where the call to action leads.
            video_description: A description under the video.
            video_title: A title above the video.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Tweet.
        """
        return self._client._call(
            CREATE_TWEET,
            {
                "account_id": account_id,
                "as_user_id": as_user_id,
                "text": text,
                "card_uri": card_uri,
                "conversation_settings": conversation_settings,
                "media_keys": media_keys,
                "name": name,
                "nullcast": nullcast,
                "trim_user": trim_user,
                "tweet_mode": tweet_mode,
                "video_cta": video_cta,
                "video_cta_value": video_cta_value,
                "video_description": video_description,
                "video_title": video_title,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        tweet_id: str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Tweet:
        """Name a Tweet.

        Sets or clears the name of a Tweet, the advertiser's own label for it (not shown to
        anyone). The path ends in `/name`; only the name changes.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tweet_id: The Tweet to rename.
            name: The advertiser's name for the Tweet. (`None` clears it)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Tweet.
        """
        return self._client._call(
            UPDATE_TWEET,
            {"account_id": account_id, "tweet_id": tweet_id, "name": name},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def preview(
        self,
        account_id: str,
        *,
        tweet_ids: builtins.list[str],
        tweet_type: Literal["DRAFT", "PUBLISHED", "SCHEDULED"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[TweetPreview]:
        """Preview Tweets.

        Returns, for each Tweet asked for, an HTML `iframe` that renders it as it will look.
        Replaces the `tweet/preview` endpoints of earlier versions.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tweet_ids: The Tweets to preview (up to 200), of the kind `tweet_type` says.
            tweet_type: Which Tweets: published ones, scheduled ones or drafts. Identifiers must
                be of that kind.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TweetPreview objects of the answer.
        """
        return self._client._call(
            PREVIEW_TWEETS,
            {"account_id": account_id, "tweet_ids": tweet_ids, "tweet_type": tweet_type},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncTweets(AsyncAPIResource):
    """Tweets of the account's promotable users, as promotion needs them: listed, posted
    (promoted-only by default), named and previewed. Tweet identifiers are decimal."""

    def list(
        self,
        account_id: str,
        *,
        tweet_type: Literal["DRAFT", "PUBLISHED", "SCHEDULED"],
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        include_mentions_and_replies: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        timeline_type: Literal["ALL", "NULLCAST", "ORGANIC"] | NotGiven = NOT_GIVEN,
        trim_user: bool | NotGiven = NOT_GIVEN,
        tweet_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Tweet]:
        """List Tweets of the account's users.

        Returns Tweets of one user the account may promote (by default its `FULL` promotable
        user), one page at a time: by default only its promoted-only Tweets
        (`timeline_type=NULLCAST`), newest first. `tweet_type` is required.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tweet_type: Which Tweets: published ones, scheduled ones or drafts. Identifiers must
                be of that kind.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            include_mentions_and_replies: Include mentions and replies too. (server default:
                `false`)
            name: Keep only Tweets whose ads name starts with this text, ignoring case.
            timeline_type: Promoted-only Tweets (`NULLCAST`, the default), organic ones
                (`ORGANIC`) or both (`ALL`). (server default: `NULLCAST`)
            trim_user: Shorten each Tweet's `user` to its identifiers. (server default: `false`)
            tweet_ids: Keep only these Tweets (up to 200).
            user_id: Whose Tweets: a promotable user of the account (default: its `FULL` one).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Tweet objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_TWEETS,
            {
                "account_id": account_id,
                "tweet_type": tweet_type,
                "count": count,
                "cursor": cursor,
                "include_mentions_and_replies": include_mentions_and_replies,
                "name": name,
                "timeline_type": timeline_type,
                "trim_user": trim_user,
                "tweet_ids": tweet_ids,
                "user_id": user_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        account_id: str,
        *,
        as_user_id: str,
        text: str | NotGiven = NOT_GIVEN,
        card_uri: str | NotGiven = NOT_GIVEN,
        conversation_settings: (
            Literal["EVERYONE", "FOLLOWING", "MENTIONED_USERS"] | NotGiven
        ) = NOT_GIVEN,
        media_keys: builtins.list[str] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        nullcast: bool | NotGiven = NOT_GIVEN,
        trim_user: bool | NotGiven = NOT_GIVEN,
        tweet_mode: Literal["compat", "extended"] | NotGiven = NOT_GIVEN,
        video_cta: Literal["VISIT_SITE", "WATCH_NOW"] | NotGiven = NOT_GIVEN,
        video_cta_value: str | NotGiven = NOT_GIVEN,
        video_description: str | NotGiven = NOT_GIVEN,
        video_title: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Tweet:
        """Post a Tweet as a promotable user.

        Posts a Tweet for one of the account's promotable users. By default it is promoted-only
        (`nullcast=true`): it reaches people only when promoted. An organic Tweet
        (`nullcast=false`) may only be posted for the authenticated user. `text` is needed
        unless the Tweet carries media (`media_keys`: up to 4 images, or one GIF or video, from
        the account's media library). Note the singular `tweet` in the path.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            as_user_id: The promotable user to post as.
            text: The text; needed unless `media_keys` is given.
            card_uri: A card to attach (`card://...`).
            conversation_settings: Who may reply: everyone, people the author follows, or people
                mentioned. (server default: `EVERYONE`)
            media_keys: Media from the account's media library: up to 4 images, or one GIF or
                video.
            name: The advertiser's name for the Tweet.
            nullcast: Promoted-only (`true`, the default) or organic (`false`, only for the
                authenticated user). (server default: `true`)
            trim_user: Shorten the answer's `user` to its identifiers. (server default: `false`)
            tweet_mode: `extended` for the whole text in `full_text`, `compat` for the short
                form.
            video_cta: A call to action under a video.
            video_cta_value: Where the call to action leads.
            video_description: A description under the video.
            video_title: A title above the video.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Tweet.
        """
        return await self._client._call(
            CREATE_TWEET,
            {
                "account_id": account_id,
                "as_user_id": as_user_id,
                "text": text,
                "card_uri": card_uri,
                "conversation_settings": conversation_settings,
                "media_keys": media_keys,
                "name": name,
                "nullcast": nullcast,
                "trim_user": trim_user,
                "tweet_mode": tweet_mode,
                "video_cta": video_cta,
                "video_cta_value": video_cta_value,
                "video_description": video_description,
                "video_title": video_title,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        tweet_id: str,
        *,
        name: str | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Tweet:
        """Name a Tweet.

        Sets or clears the name of a Tweet, the advertiser's own label for it (not shown to
        anyone). The path ends in `/name`; only the name changes.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tweet_id: The Tweet to rename.
            name: The advertiser's name for the Tweet. (`None` clears it)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Tweet.
        """
        return await self._client._call(
            UPDATE_TWEET,
            {"account_id": account_id, "tweet_id": tweet_id, "name": name},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def preview(
        self,
        account_id: str,
        *,
        tweet_ids: builtins.list[str],
        tweet_type: Literal["DRAFT", "PUBLISHED", "SCHEDULED"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[TweetPreview]:
        """Preview Tweets.

        Returns, for each Tweet asked for, an HTML `iframe` that renders it as it will look.
        Replaces the `tweet/preview` endpoints of earlier versions.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tweet_ids: The Tweets to preview (up to 200), of the kind `tweet_type` says.
            tweet_type: Which Tweets: published ones, scheduled ones or drafts. Identifiers must
                be of that kind.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TweetPreview objects of the answer.
        """
        return await self._client._call(
            PREVIEW_TWEETS,
            {"account_id": account_id, "tweet_ids": tweet_ids, "tweet_type": tweet_type},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class TweetsWithRawResponse:
    """The same calls as `Tweets`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: Tweets) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.preview = to_raw_response_wrapper(resource.preview)


class AsyncTweetsWithRawResponse:
    """The same calls as `AsyncTweets`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncTweets) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.preview = async_to_raw_response_wrapper(resource.preview)
