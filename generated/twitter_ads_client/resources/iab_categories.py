"""The IAB content taxonomy: the categories line items and the other catalogs name. The
same for every user.

Generated from the spec's `iab_categories` operations; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from ..types.iab_category import IabCategory

__all__ = [
    "AsyncIabCategories",
    "AsyncIabCategoriesWithRawResponse",
    "IabCategories",
    "IabCategoriesWithRawResponse",
]

LIST_IAB_CATEGORIES: Operation[PageData[IabCategory]] = Operation(
    "listIabCategories",
    "GET",
    "/iab_categories",
    params=(
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "iab_category:IabCategory"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)


class IabCategories(SyncAPIResource):
    """The IAB content taxonomy: the categories line items and the other catalogs name. The
    same for every user."""

    def list(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[IabCategory]:
        """List the IAB content categories.

        Pages through the IAB content taxonomy (version 1.0): the top-level categories (`IAB1`,
        ...) and, under each, its subcategories (`IAB1-1`, ...), which name their parent in
        `parent_id`. Line items and the content and business category catalogs refer to these
        identifiers. The list is the same for every user and changes rarely.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of IabCategory objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_IAB_CATEGORIES,
            {"count": count, "cursor": cursor, "with_total_count": with_total_count},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncIabCategories(AsyncAPIResource):
    """The IAB content taxonomy: the categories line items and the other catalogs name. The
    same for every user."""

    def list(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[IabCategory]:
        """List the IAB content categories.

        Pages through the IAB content taxonomy (version 1.0): the top-level categories (`IAB1`,
        ...) and, under each, its subcategories (`IAB1-1`, ...), which name their parent in
        `parent_id`. Line items and the content and business category catalogs refer to these
        identifiers. The list is the same for every user and changes rarely.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of IabCategory objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_IAB_CATEGORIES,
            {"count": count, "cursor": cursor, "with_total_count": with_total_count},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class IabCategoriesWithRawResponse:
    """The same calls as `IabCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: IabCategories) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncIabCategoriesWithRawResponse:
    """The same calls as `AsyncIabCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncIabCategories) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
