"""Which curated categories a line item runs next to.

Generated from the spec's `line_item_curated_categories` operations; do not edit.
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
    from ..types.line_item_curated_category import LineItemCuratedCategory

__all__ = [
    "AsyncLineItemCuratedCategories",
    "AsyncLineItemCuratedCategoriesWithRawResponse",
    "LineItemCuratedCategories",
    "LineItemCuratedCategoriesWithRawResponse",
]

LIST_LINE_ITEM_CURATED_CATEGORIES: Operation[PageData[LineItemCuratedCategory]] = Operation(
    "listLineItemCuratedCategories",
    "GET",
    "/accounts/{account_id}/line_item_curated_categories",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
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
    result=Result("page", "line_item_curated_category:LineItemCuratedCategory"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_LINE_ITEM_CURATED_CATEGORY: Operation[LineItemCuratedCategory] = Operation(
    "createLineItemCuratedCategory",
    "POST",
    "/accounts/{account_id}/line_item_curated_categories",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("line_item_id", "string", location="form", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "curated_category_id",
            "string",
            location="form",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
    ),
    result=Result("object", "line_item_curated_category:LineItemCuratedCategory"),
)
GET_LINE_ITEM_CURATED_CATEGORY: Operation[LineItemCuratedCategory] = Operation(
    "getLineItemCuratedCategory",
    "GET",
    ("/accounts/{account_id}/line_item_curated_categories/{line_item_curated_category_id}"),
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "line_item_curated_category_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "line_item_curated_category:LineItemCuratedCategory"),
)
UPDATE_LINE_ITEM_CURATED_CATEGORY: Operation[LineItemCuratedCategory] = Operation(
    "updateLineItemCuratedCategory",
    "PUT",
    ("/accounts/{account_id}/line_item_curated_categories/{line_item_curated_category_id}"),
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "line_item_curated_category_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
        Param("line_item_id", "string", location="form", pattern="^[0-9a-z]{1,13}$"),
        Param("curated_category_id", "string", location="form", pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("object", "line_item_curated_category:LineItemCuratedCategory"),
    partial_update=True,
)
DELETE_LINE_ITEM_CURATED_CATEGORY: Operation[LineItemCuratedCategory] = Operation(
    "deleteLineItemCuratedCategory",
    "DELETE",
    ("/accounts/{account_id}/line_item_curated_categories/{line_item_curated_category_id}"),
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "line_item_curated_category_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
    ),
    result=Result("object", "line_item_curated_category:LineItemCuratedCategory"),
)


class LineItemCuratedCategories(SyncAPIResource):
    """Which curated categories a line item runs next to."""

    def list(
        self,
        account_id: str,
        *,
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
    ) -> SyncPage[LineItemCuratedCategory]:
        """List an account's line item curated categories.

        Returns the line item curated categories of the ads account, one page at a time; deleted
        ones only with `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
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
            The first page of LineItemCuratedCategory objects; iterating it yields every item of
                every page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_LINE_ITEM_CURATED_CATEGORIES,
            {
                "account_id": account_id,
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
        curated_category_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItemCuratedCategory:
        """Run a line item next to a curated category.

        Associates a curated category with a line item (pre-roll video views).

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item that will promote it.
            curated_category_id: The curated category (from the curated categories catalog).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItemCuratedCategory.
        """
        return self._client._call(
            CREATE_LINE_ITEM_CURATED_CATEGORY,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "curated_category_id": curated_category_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        line_item_curated_category_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItemCuratedCategory:
        """Get one line item curated category.

        Returns one line item curated category of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_curated_category_id: The association.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItemCuratedCategory.
        """
        return self._client._call(
            GET_LINE_ITEM_CURATED_CATEGORY,
            {
                "account_id": account_id,
                "line_item_curated_category_id": line_item_curated_category_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        line_item_curated_category_id: str,
        *,
        line_item_id: str | NotGiven = NOT_GIVEN,
        curated_category_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItemCuratedCategory:
        """Change a line item curated category.

        Moves the association to another curated category or line item.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_curated_category_id: The association.
            line_item_id: Another line item.
            curated_category_id: The curated category (from the curated categories catalog).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItemCuratedCategory.
        """
        return self._client._call(
            UPDATE_LINE_ITEM_CURATED_CATEGORY,
            {
                "account_id": account_id,
                "line_item_curated_category_id": line_item_curated_category_id,
                "line_item_id": line_item_id,
                "curated_category_id": curated_category_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        line_item_curated_category_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItemCuratedCategory:
        """Delete a line item curated category.

        Removes the association for good.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_curated_category_id: The association.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItemCuratedCategory.
        """
        return self._client._call(
            DELETE_LINE_ITEM_CURATED_CATEGORY,
            {
                "account_id": account_id,
                "line_item_curated_category_id": line_item_curated_category_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncLineItemCuratedCategories(AsyncAPIResource):
    """Which curated categories a line item runs next to."""

    def list(
        self,
        account_id: str,
        *,
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
    ) -> AsyncPaginator[LineItemCuratedCategory]:
        """List an account's line item curated categories.

        Returns the line item curated categories of the ads account, one page at a time; deleted
        ones only with `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
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
            The first page of LineItemCuratedCategory objects; iterating it yields every item of
                every page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_LINE_ITEM_CURATED_CATEGORIES,
            {
                "account_id": account_id,
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
        curated_category_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItemCuratedCategory:
        """Run a line item next to a curated category.

        Associates a curated category with a line item (pre-roll video views).

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item that will promote it.
            curated_category_id: The curated category (from the curated categories catalog).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItemCuratedCategory.
        """
        return await self._client._call(
            CREATE_LINE_ITEM_CURATED_CATEGORY,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "curated_category_id": curated_category_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        line_item_curated_category_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItemCuratedCategory:
        """Get one line item curated category.

        Returns one line item curated category of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_curated_category_id: The association.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItemCuratedCategory.
        """
        return await self._client._call(
            GET_LINE_ITEM_CURATED_CATEGORY,
            {
                "account_id": account_id,
                "line_item_curated_category_id": line_item_curated_category_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        line_item_curated_category_id: str,
        *,
        line_item_id: str | NotGiven = NOT_GIVEN,
        curated_category_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItemCuratedCategory:
        """Change a line item curated category.

        Moves the association to another curated category or line item.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_curated_category_id: The association.
            line_item_id: Another line item.
            curated_category_id: The curated category (from the curated categories catalog).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItemCuratedCategory.
        """
        return await self._client._call(
            UPDATE_LINE_ITEM_CURATED_CATEGORY,
            {
                "account_id": account_id,
                "line_item_curated_category_id": line_item_curated_category_id,
                "line_item_id": line_item_id,
                "curated_category_id": curated_category_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        line_item_curated_category_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItemCuratedCategory:
        """Delete a line item curated category.

        Removes the association for good.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_curated_category_id: The association.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItemCuratedCategory.
        """
        return await self._client._call(
            DELETE_LINE_ITEM_CURATED_CATEGORY,
            {
                "account_id": account_id,
                "line_item_curated_category_id": line_item_curated_category_id,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class LineItemCuratedCategoriesWithRawResponse:
    """The same calls as `LineItemCuratedCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: LineItemCuratedCategories) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncLineItemCuratedCategoriesWithRawResponse:
    """The same calls as `AsyncLineItemCuratedCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncLineItemCuratedCategories) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
