"""The X users whose Tweets an ads account may promote: its own handle (`FULL`) and
handles that allowed it to promote their Tweets (`RETWEETS_ONLY`). Read-only.

Generated from the spec's `promotable_users` operations; do not edit.
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
    from ..types.promotable_user import PromotableUser

__all__ = [
    "AsyncPromotableUsers",
    "AsyncPromotableUsersWithRawResponse",
    "PromotableUsers",
    "PromotableUsersWithRawResponse",
]

LIST_PROMOTABLE_USERS: Operation[PageData[PromotableUser]] = Operation(
    "listPromotableUsers",
    "GET",
    "/accounts/{account_id}/promotable_users",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "promotable_user_ids",
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
                "promotable_user_type-asc",
                "promotable_user_type-desc",
            ),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("with_deleted", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "promotable_user:PromotableUser"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
GET_PROMOTABLE_USER: Operation[PromotableUser] = Operation(
    "getPromotableUser",
    "GET",
    "/accounts/{account_id}/promotable_users/{promotable_user_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "promotable_user_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "promotable_user:PromotableUser"),
)


class PromotableUsers(SyncAPIResource):
    """The X users whose Tweets an ads account may promote: its own handle (`FULL`) and
    handles that allowed it to promote their Tweets (`RETWEETS_ONLY`). Read-only."""

    def list(
        self,
        account_id: str,
        *,
        promotable_user_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "promotable_user_type-asc",
                "promotable_user_type-desc",
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
    ) -> SyncPage[PromotableUser]:
        """List an account's promotable users.

        Returns the promotable users of the ads account, one page at a time; deleted ones only
        with `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            promotable_user_ids: Keep only the promotable users with these identifiers (up to
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
            The first page of PromotableUser objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_PROMOTABLE_USERS,
            {
                "account_id": account_id,
                "promotable_user_ids": promotable_user_ids,
                "sort_by": sort_by,
                "count": count,
                "cursor": cursor,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        promotable_user_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PromotableUser:
        """Get one promotable user.

        Returns one promotable user of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            promotable_user_id: The promotable user to read.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PromotableUser.
        """
        return self._client._call(
            GET_PROMOTABLE_USER,
            {
                "account_id": account_id,
                "promotable_user_id": promotable_user_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncPromotableUsers(AsyncAPIResource):
    """The X users whose Tweets an ads account may promote: its own handle (`FULL`) and
    handles that allowed it to promote their Tweets (`RETWEETS_ONLY`). Read-only."""

    def list(
        self,
        account_id: str,
        *,
        promotable_user_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "promotable_user_type-asc",
                "promotable_user_type-desc",
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
    ) -> AsyncPaginator[PromotableUser]:
        """List an account's promotable users.

        Returns the promotable users of the ads account, one page at a time; deleted ones only
        with `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            promotable_user_ids: Keep only the promotable users with these identifiers (up to
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
            The first page of PromotableUser objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_PROMOTABLE_USERS,
            {
                "account_id": account_id,
                "promotable_user_ids": promotable_user_ids,
                "sort_by": sort_by,
                "count": count,
                "cursor": cursor,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        promotable_user_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> PromotableUser:
        """Get one promotable user.

        Returns one promotable user of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            promotable_user_id: The promotable user to read.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PromotableUser.
        """
        return await self._client._call(
            GET_PROMOTABLE_USER,
            {
                "account_id": account_id,
                "promotable_user_id": promotable_user_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class PromotableUsersWithRawResponse:
    """The same calls as `PromotableUsers`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: PromotableUsers) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncPromotableUsersWithRawResponse:
    """The same calls as `AsyncPromotableUsers`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncPromotableUsers) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
