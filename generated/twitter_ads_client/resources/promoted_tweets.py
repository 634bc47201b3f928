"""Tweets promoted by a line item.

Generated from the spec's `promoted_tweets` operations; do not edit.
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
from .._rules import Exclusive
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.promoted_tweet import PromotedTweet

__all__ = [
    "AsyncPromotedTweets",
    "AsyncPromotedTweetsWithRawResponse",
    "PromotedTweets",
    "PromotedTweetsWithRawResponse",
]

LIST_PROMOTED_TWEETS: Operation[PageData[PromotedTweet]] = Operation(
    "listPromotedTweets",
    "GET",
    "/accounts/{account_id}/promoted_tweets",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "line_item_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param(
            "promoted_tweet_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param(
            "sort_by",
            "string",
            enum=(
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "entity_status-asc",
                "entity_status-desc",
            ),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("with_deleted", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "promoted_tweet:PromotedTweet"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_PROMOTED_TWEET: Operation[list[PromotedTweet]] = Operation(
    "createPromotedTweet",
    "POST",
    "/accounts/{account_id}/promoted_tweets",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("line_item_id", "string", location="form", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "tweet_ids",
            "array",
            location="form",
            required=True,
            min_items=1,
            max_items=50,
            comma_joined=True,
            items=Param("", "string", pattern="^[1-9][0-9]{0,18}$"),
        ),
    ),
    result=Result("list", "promoted_tweet:PromotedTweet"),
)
GET_PROMOTED_TWEET: Operation[PromotedTweet] = Operation(
    "getPromotedTweet",
    "GET",
    "/accounts/{account_id}/promoted_tweets/{promoted_tweet_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "promoted_tweet_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "promoted_tweet:PromotedTweet"),
)
DELETE_PROMOTED_TWEET: Operation[PromotedTweet] = Operation(
    "deletePromotedTweet",
    "DELETE",
    "/accounts/{account_id}/promoted_tweets/{promoted_tweet_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "promoted_tweet_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
    ),
    result=Result("object", "promoted_tweet:PromotedTweet"),
)


class PromotedTweets(SyncAPIResource):
    """Tweets promoted by a line item."""

    def list(
        self,
        account_id: str,
        *,
        line_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        promoted_tweet_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "entity_status-asc",
                "entity_status-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[PromotedTweet]:
        """List an account's promoted Tweets.

        Returns the promoted Tweets of the ads account, one page at a time; deleted ones only
        with `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_ids: Keep only the promoted Tweets of these line items (up to 200).
            promoted_tweet_ids: Keep only the promoted Tweets with these identifiers (up to
                200).
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of PromotedTweet objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_PROMOTED_TWEETS,
            {
                "account_id": account_id,
                "line_item_ids": line_item_ids,
                "promoted_tweet_ids": promoted_tweet_ids,
                "sort_by": sort_by,
                "count": count,
                "cursor": cursor,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        account_id: str,
        *,
        line_item_id: str,
        tweet_ids: builtins.list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PromotedTweet]:
        """Promote Tweets with a line item.

        Associates up to 50 Tweets with a line item in one request; the answer holds one
        promoted Tweet per Tweet, in request order. Each Tweet must be one of the account's
        promotable users' Tweets.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item that will promote it.
            tweet_ids: The Tweets to promote, up to 50, each a Tweet of one of the account's
                promotable users.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PromotedTweet objects of the answer.
        """
        return self._client._call(
            CREATE_PROMOTED_TWEET,
            {"account_id": account_id, "line_item_id": line_item_id, "tweet_ids": tweet_ids},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        promoted_tweet_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PromotedTweet:
        """Get one promoted Tweet.

        Returns one promoted Tweet of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            promoted_tweet_id: The promoted Tweet (its own identifier, not the Tweet's).
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PromotedTweet.
        """
        return self._client._call(
            GET_PROMOTED_TWEET,
            {
                "account_id": account_id,
                "promoted_tweet_id": promoted_tweet_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        promoted_tweet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PromotedTweet:
        """Stop promoting a Tweet.

        Takes the Tweet out of the line item (the Tweet itself stays). The identifier is the
        promoted Tweet's, not the Tweet's.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            promoted_tweet_id: The promoted Tweet (its own identifier, not the Tweet's).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PromotedTweet.
        """
        return self._client._call(
            DELETE_PROMOTED_TWEET,
            {"account_id": account_id, "promoted_tweet_id": promoted_tweet_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncPromotedTweets(AsyncAPIResource):
    """Tweets promoted by a line item."""

    def list(
        self,
        account_id: str,
        *,
        line_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        promoted_tweet_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "entity_status-asc",
                "entity_status-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[PromotedTweet]:
        """List an account's promoted Tweets.

        Returns the promoted Tweets of the ads account, one page at a time; deleted ones only
        with `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_ids: Keep only the promoted Tweets of these line items (up to 200).
            promoted_tweet_ids: Keep only the promoted Tweets with these identifiers (up to
                200).
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of PromotedTweet objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_PROMOTED_TWEETS,
            {
                "account_id": account_id,
                "line_item_ids": line_item_ids,
                "promoted_tweet_ids": promoted_tweet_ids,
                "sort_by": sort_by,
                "count": count,
                "cursor": cursor,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        account_id: str,
        *,
        line_item_id: str,
        tweet_ids: builtins.list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PromotedTweet]:
        """Promote Tweets with a line item.

        Associates up to 50 Tweets with a line item in one request; the answer holds one
        promoted Tweet per Tweet, in request order. Each Tweet must be one of the account's
        promotable users' Tweets.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item that will promote it.
            tweet_ids: The Tweets to promote, up to 50, each a Tweet of one of the account's
                promotable users.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PromotedTweet objects of the answer.
        """
        return await self._client._call(
            CREATE_PROMOTED_TWEET,
            {"account_id": account_id, "line_item_id": line_item_id, "tweet_ids": tweet_ids},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        promoted_tweet_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PromotedTweet:
        """Get one promoted Tweet.

        Returns one promoted Tweet of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            promoted_tweet_id: The promoted Tweet (its own identifier, not the Tweet's).
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PromotedTweet.
        """
        return await self._client._call(
            GET_PROMOTED_TWEET,
            {
                "account_id": account_id,
                "promoted_tweet_id": promoted_tweet_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        promoted_tweet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PromotedTweet:
        """Stop promoting a Tweet.

        Takes the Tweet out of the line item (the Tweet itself stays). The identifier is the
        promoted Tweet's, not the Tweet's.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            promoted_tweet_id: The promoted Tweet (its own identifier, not the Tweet's).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PromotedTweet.
        """
        return await self._client._call(
            DELETE_PROMOTED_TWEET,
            {"account_id": account_id, "promoted_tweet_id": promoted_tweet_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class PromotedTweetsWithRawResponse:
    """The same calls as `PromotedTweets`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: PromotedTweets) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncPromotedTweetsWithRawResponse:
    """The same calls as `AsyncPromotedTweets`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncPromotedTweets) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
