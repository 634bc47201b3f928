"""The log of changes made to an ads account's entities: what changed, when and by
whom.

Generated from the spec's `account_history` operations; do not edit.
"""

from __future__ import annotations

from datetime import datetime
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
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.account_history_entry import AccountHistoryEntry

__all__ = [
    "AccountHistory",
    "AccountHistoryWithRawResponse",
    "AsyncAccountHistory",
    "AsyncAccountHistoryWithRawResponse",
]

LIST_ACCOUNT_HISTORY: Operation[PageData[AccountHistoryEntry]] = Operation(
    "listAccountHistory",
    "GET",
    "/accounts/{account_id}/account_history",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param(
            "entity_type",
            "string",
            required=True,
            enum=(
                "CAMPAIGN",
                "LINE_ITEM",
                "PROMOTED_TWEET",
                "TARGETING_CRITERIA",
                "PROMOTED_ACCOUNT",
            ),
        ),
        Param("entity_id", "string", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("start_time", "datetime", required=True),
        Param("end_time", "datetime", required=True),
        Param("user_id", "string", pattern="^[0-9]{1,20}$"),
    ),
    result=Result("page", "account_history_entry:AccountHistoryEntry"),
)


class AccountHistory(SyncAPIResource):
    """The log of changes made to an ads account's entities: what changed, when and by
    whom."""

    def list(
        self,
        account_id: str,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        entity_type: Literal[
            "CAMPAIGN", "LINE_ITEM", "PROMOTED_TWEET", "TARGETING_CRITERIA", "PROMOTED_ACCOUNT"
        ],
        entity_id: str,
        start_time: datetime,
        end_time: datetime,
        user_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AccountHistoryEntry]:
        """List the changes made to one entity of an account.

        Returns what happened to one entity of the ads account in a time window, oldest change
        first: its creation, each update (which attributes changed, from what to what) and its
        deletion, each with who made it, through which platform, and the entity as it was right
        after. An entity with no change in the window, or unknown to the account, has an empty
        history. In production this endpoint is in beta and needs the account to be allowed.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            entity_type: The kind of entity `entity_id` names.
            entity_id: The entity whose changes to return.
            start_time: The start of the window (included). The API asks for a whole hour (no
                minutes, no seconds).
            end_time: The end of the window (excluded). The API asks for a whole hour (no
                minutes, no seconds).
            user_id: Only the changes this user made.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of AccountHistoryEntry objects; iterating it yields every item of
                every page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_ACCOUNT_HISTORY,
            {
                "account_id": account_id,
                "count": count,
                "cursor": cursor,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "start_time": start_time,
                "end_time": end_time,
                "user_id": user_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAccountHistory(AsyncAPIResource):
    """The log of changes made to an ads account's entities: what changed, when and by
    whom."""

    def list(
        self,
        account_id: str,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        entity_type: Literal[
            "CAMPAIGN", "LINE_ITEM", "PROMOTED_TWEET", "TARGETING_CRITERIA", "PROMOTED_ACCOUNT"
        ],
        entity_id: str,
        start_time: datetime,
        end_time: datetime,
        user_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AccountHistoryEntry]:
        """List the changes made to one entity of an account.

        Returns what happened to one entity of the ads account in a time window, oldest change
        first: its creation, each update (which attributes changed, from what to what) and its
        deletion, each with who made it, through which platform, and the entity as it was right
        after. An entity with no change in the window, or unknown to the account, has an empty
        history. In production this endpoint is in beta and needs the account to be allowed.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            entity_type: The kind of entity `entity_id` names.
            entity_id: The entity whose changes to return.
            start_time: The start of the window (included). The API asks for a whole hour (no
                minutes, no seconds).
            end_time: The end of the window (excluded). The API asks for a whole hour (no
                minutes, no seconds).
            user_id: Only the changes this user made.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of AccountHistoryEntry objects; iterating it yields every item of
                every page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_ACCOUNT_HISTORY,
            {
                "account_id": account_id,
                "count": count,
                "cursor": cursor,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "start_time": start_time,
                "end_time": end_time,
                "user_id": user_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AccountHistoryWithRawResponse:
    """The same calls as `AccountHistory`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AccountHistory) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncAccountHistoryWithRawResponse:
    """The same calls as `AsyncAccountHistory`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAccountHistory) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
