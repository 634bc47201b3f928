"""The mobile apps associated with an ads account. Read-only: apps are associated
outside the API.

Generated from the spec's `account_apps` operations; do not edit.
"""

from __future__ import annotations

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
    from ..types.account_app import AccountApp

__all__ = [
    "AccountApps",
    "AccountAppsWithRawResponse",
    "AsyncAccountApps",
    "AsyncAccountAppsWithRawResponse",
]

LIST_ACCOUNT_APPS: Operation[PageData[AccountApp]] = Operation(
    "listAccountApps",
    "GET",
    "/accounts/{account_id}/account_apps",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
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
                "app_store_identifier-asc",
                "app_store_identifier-desc",
                "os_type-asc",
                "os_type-desc",
            ),
        ),
        Param("with_deleted", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "account_app:AccountApp"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)


class AccountApps(SyncAPIResource):
    """The mobile apps associated with an ads account. Read-only: apps are associated
    outside the API."""

    def list(
        self,
        account_id: str,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "app_store_identifier-asc",
                "app_store_identifier-desc",
                "os_type-asc",
                "os_type-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AccountApp]:
        """List the mobile apps of an account.

        Returns the mobile apps associated with the ads account (the apps its app-install and
        re-engagement campaigns promote), one page at a time. Apps are associated outside the
        Ads API; this endpoint only reads them.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
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
            The first page of AccountApp objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_ACCOUNT_APPS,
            {
                "account_id": account_id,
                "count": count,
                "cursor": cursor,
                "sort_by": sort_by,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAccountApps(AsyncAPIResource):
    """The mobile apps associated with an ads account. Read-only: apps are associated
    outside the API."""

    def list(
        self,
        account_id: str,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "app_store_identifier-asc",
                "app_store_identifier-desc",
                "os_type-asc",
                "os_type-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AccountApp]:
        """List the mobile apps of an account.

        Returns the mobile apps associated with the ads account (the apps its app-install and
        re-engagement campaigns promote), one page at a time. Apps are associated outside the
        Ads API; this endpoint only reads them.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
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
            The first page of AccountApp objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_ACCOUNT_APPS,
            {
                "account_id": account_id,
                "count": count,
                "cursor": cursor,
                "sort_by": sort_by,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AccountAppsWithRawResponse:
    """The same calls as `AccountApps`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AccountApps) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncAccountAppsWithRawResponse:
    """The same calls as `AsyncAccountApps`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAccountApps) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
