"""The catalog of curated categories (publisher groups a pre-roll line item may run
next to), by country. Read-only and the same for every account.

Generated from the spec's `curated_categories` operations; do not edit.
"""

from __future__ import annotations

import builtins
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
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.curated_category import CuratedCategory

__all__ = [
    "AsyncCuratedCategories",
    "AsyncCuratedCategoriesWithRawResponse",
    "CuratedCategories",
    "CuratedCategoriesWithRawResponse",
]

LIST_CURATED_CATEGORIES: Operation[PageData[CuratedCategory]] = Operation(
    "listCuratedCategories",
    "GET",
    "/accounts/{account_id}/curated_categories",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "country_codes",
            "array",
            required=True,
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[A-Z]{2}$"),
        ),
        Param("cursor", "string", min_length=1),
    ),
    result=Result("page", "curated_category:CuratedCategory"),
)
GET_CURATED_CATEGORY: Operation[CuratedCategory] = Operation(
    "getCuratedCategory",
    "GET",
    "/accounts/{account_id}/curated_categories/{curated_category_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "curated_category_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
    ),
    result=Result("object", "curated_category:CuratedCategory"),
)


class CuratedCategories(SyncAPIResource):
    """The catalog of curated categories (publisher groups a pre-roll line item may run
    next to), by country. Read-only and the same for every account."""

    def list(
        self,
        account_id: str,
        *,
        country_codes: builtins.list[str],
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[CuratedCategory]:
        """List the curated categories of some countries.

        Returns the curated categories (groups of publishers a pre-roll line item may run next
        to) available in the given countries. A catalog: the same for every account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            country_codes: Two-letter ISO country codes (up to 200).
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of CuratedCategory objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_CURATED_CATEGORIES,
            {"account_id": account_id, "country_codes": country_codes, "cursor": cursor},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        curated_category_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> CuratedCategory:
        """Get one curated category.

        Returns one curated category of the catalog.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            curated_category_id: The curated category.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The CuratedCategory.
        """
        return self._client._call(
            GET_CURATED_CATEGORY,
            {"account_id": account_id, "curated_category_id": curated_category_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncCuratedCategories(AsyncAPIResource):
    """The catalog of curated categories (publisher groups a pre-roll line item may run
    next to), by country. Read-only and the same for every account."""

    def list(
        self,
        account_id: str,
        *,
        country_codes: builtins.list[str],
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[CuratedCategory]:
        """List the curated categories of some countries.

        Returns the curated categories (groups of publishers a pre-roll line item may run next
        to) available in the given countries. A catalog: the same for every account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            country_codes: Two-letter ISO country codes (up to 200).
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of CuratedCategory objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_CURATED_CATEGORIES,
            {"account_id": account_id, "country_codes": country_codes, "cursor": cursor},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        curated_category_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> CuratedCategory:
        """Get one curated category.

        Returns one curated category of the catalog.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            curated_category_id: The curated category.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The CuratedCategory.
        """
        return await self._client._call(
            GET_CURATED_CATEGORY,
            {"account_id": account_id, "curated_category_id": curated_category_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class CuratedCategoriesWithRawResponse:
    """The same calls as `CuratedCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: CuratedCategories) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncCuratedCategoriesWithRawResponse:
    """The same calls as `AsyncCuratedCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncCuratedCategories) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
