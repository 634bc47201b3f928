"""Scheduled Tweets a line item promotes once they are published.

Generated from the spec's `scheduled_promoted_tweets` operations; do not edit.
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
    from ..types.scheduled_promoted_tweet import ScheduledPromotedTweet

__all__ = [
    "AsyncScheduledPromotedTweets",
    "AsyncScheduledPromotedTweetsWithRawResponse",
    "ScheduledPromotedTweets",
    "ScheduledPromotedTweetsWithRawResponse",
]

LIST_SCHEDULED_PROMOTED_TWEETS: Operation[PageData[ScheduledPromotedTweet]] = Operation(
    "listScheduledPromotedTweets",
    "GET",
    "/accounts/{account_id}/scheduled_promoted_tweets",
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
            "scheduled_promoted_tweet_ids",
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
            ),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("with_deleted", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "scheduled_promoted_tweet:ScheduledPromotedTweet"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_SCHEDULED_PROMOTED_TWEET: Operation[ScheduledPromotedTweet] = Operation(
    "createScheduledPromotedTweet",
    "POST",
    "/accounts/{account_id}/scheduled_promoted_tweets",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("line_item_id", "string", location="form", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "scheduled_tweet_id",
            "string",
            location="form",
            required=True,
            pattern="^[1-9][0-9]{0,18}$",
        ),
    ),
    result=Result("object", "scheduled_promoted_tweet:ScheduledPromotedTweet"),
)
GET_SCHEDULED_PROMOTED_TWEET: Operation[ScheduledPromotedTweet] = Operation(
    "getScheduledPromotedTweet",
    "GET",
    ("/accounts/{account_id}/scheduled_promoted_tweets/{scheduled_promoted_tweet_id}"),
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "scheduled_promoted_tweet_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "scheduled_promoted_tweet:ScheduledPromotedTweet"),
)
DELETE_SCHEDULED_PROMOTED_TWEET: Operation[ScheduledPromotedTweet] = Operation(
    "deleteScheduledPromotedTweet",
    "DELETE",
    ("/accounts/{account_id}/scheduled_promoted_tweets/{scheduled_promoted_tweet_id}"),
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "scheduled_promoted_tweet_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
    ),
    result=Result("object", "scheduled_promoted_tweet:ScheduledPromotedTweet"),
)


class ScheduledPromotedTweets(SyncAPIResource):
    """Scheduled Tweets a line item promotes once they are published."""

    def list(
        self,
        account_id: str,
        *,
        line_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        scheduled_promoted_tweet_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
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
    ) -> SyncPage[ScheduledPromotedTweet]:
        """List an account's scheduled promoted Tweets.

        Returns the scheduled promoted Tweets of the ads account, one page at a time; deleted
        ones only with `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_ids: Keep only the scheduled promoted Tweets of these line items (up to
                200).
            scheduled_promoted_tweet_ids: Keep only the scheduled promoted Tweets with these
                identifiers (up to 200).
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
            The first page of ScheduledPromotedTweet objects; iterating it yields every item of
                every page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_SCHEDULED_PROMOTED_TWEETS,
            {
                "account_id": account_id,
                "line_item_ids": line_item_ids,
                "scheduled_promoted_tweet_ids": scheduled_promoted_tweet_ids,
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
        scheduled_tweet_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ScheduledPromotedTweet:
        """Promote a scheduled Tweet with a line item.

        Associates a scheduled Tweet with a line item: once the Tweet is published it is
        promoted, and `tweet_id` names it.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item that will promote it.
            scheduled_tweet_id: The scheduled Tweet to promote.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ScheduledPromotedTweet.
        """
        return self._client._call(
            CREATE_SCHEDULED_PROMOTED_TWEET,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "scheduled_tweet_id": scheduled_tweet_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        scheduled_promoted_tweet_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ScheduledPromotedTweet:
        """Get one scheduled promoted Tweet.

        Returns one scheduled promoted Tweet of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            scheduled_promoted_tweet_id: The scheduled promoted Tweet.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ScheduledPromotedTweet.
        """
        return self._client._call(
            GET_SCHEDULED_PROMOTED_TWEET,
            {
                "account_id": account_id,
                "scheduled_promoted_tweet_id": scheduled_promoted_tweet_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        scheduled_promoted_tweet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ScheduledPromotedTweet:
        """Stop promoting a scheduled Tweet.

        Removes the association before the Tweet is published; afterwards the promoted Tweet is
        what to delete.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            scheduled_promoted_tweet_id: The scheduled promoted Tweet.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ScheduledPromotedTweet.
        """
        return self._client._call(
            DELETE_SCHEDULED_PROMOTED_TWEET,
            {"account_id": account_id, "scheduled_promoted_tweet_id": scheduled_promoted_tweet_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncScheduledPromotedTweets(AsyncAPIResource):
    """Scheduled Tweets a line item promotes once they are published."""

    def list(
        self,
        account_id: str,
        *,
        line_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        scheduled_promoted_tweet_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
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
    ) -> AsyncPaginator[ScheduledPromotedTweet]:
        """List an account's scheduled promoted Tweets.

        Returns the scheduled promoted Tweets of the ads account, one page at a time; deleted
        ones only with `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_ids: Keep only the scheduled promoted Tweets of these line items (up to
                200).
            scheduled_promoted_tweet_ids: Keep only the scheduled promoted Tweets with these
                identifiers (up to 200).
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
            The first page of ScheduledPromotedTweet objects; iterating it yields every item of
                every page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_SCHEDULED_PROMOTED_TWEETS,
            {
                "account_id": account_id,
                "line_item_ids": line_item_ids,
                "scheduled_promoted_tweet_ids": scheduled_promoted_tweet_ids,
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
        scheduled_tweet_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ScheduledPromotedTweet:
        """Promote a scheduled Tweet with a line item.

        Associates a scheduled Tweet with a line item: once the Tweet is published it is
        promoted, and `tweet_id` names it.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item that will promote it.
            scheduled_tweet_id: The scheduled Tweet to promote.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ScheduledPromotedTweet.
        """
        return await self._client._call(
            CREATE_SCHEDULED_PROMOTED_TWEET,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "scheduled_tweet_id": scheduled_tweet_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        scheduled_promoted_tweet_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ScheduledPromotedTweet:
        """Get one scheduled promoted Tweet.

        Returns one scheduled promoted Tweet of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            scheduled_promoted_tweet_id: The scheduled promoted Tweet.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ScheduledPromotedTweet.
        """
        return await self._client._call(
            GET_SCHEDULED_PROMOTED_TWEET,
            {
                "account_id": account_id,
                "scheduled_promoted_tweet_id": scheduled_promoted_tweet_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        scheduled_promoted_tweet_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ScheduledPromotedTweet:
        """Stop promoting a scheduled Tweet.

        Removes the association before the Tweet is published; afterwards the promoted Tweet is
        what to delete.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            scheduled_promoted_tweet_id: The scheduled promoted Tweet.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ScheduledPromotedTweet.
        """
        return await self._client._call(
            DELETE_SCHEDULED_PROMOTED_TWEET,
            {"account_id": account_id, "scheduled_promoted_tweet_id": scheduled_promoted_tweet_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class ScheduledPromotedTweetsWithRawResponse:
    """The same calls as `ScheduledPromotedTweets`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: ScheduledPromotedTweets) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncScheduledPromotedTweetsWithRawResponse:
    """The same calls as `AsyncScheduledPromotedTweets`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncScheduledPromotedTweets) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
