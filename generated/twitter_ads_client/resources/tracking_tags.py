"""Third-party measurement tags (impression tags, click trackers) on line items.

Generated from the spec's `tracking_tags` operations; do not edit.
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
    from ..types.tracking_tag import TrackingTag

__all__ = [
    "AsyncTrackingTags",
    "AsyncTrackingTagsWithRawResponse",
    "TrackingTags",
    "TrackingTagsWithRawResponse",
]

LIST_TRACKING_TAGS: Operation[PageData[TrackingTag]] = Operation(
    "listTrackingTags",
    "GET",
    "/accounts/{account_id}/tracking_tags",
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
            "tracking_tag_ids",
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
                "tracking_tag_type-asc",
                "tracking_tag_type-desc",
            ),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("with_deleted", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "tracking_tag:TrackingTag"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_TRACKING_TAG: Operation[TrackingTag] = Operation(
    "createTrackingTag",
    "POST",
    "/accounts/{account_id}/tracking_tags",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("line_item_id", "string", location="form", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "tracking_tag_type",
            "string",
            location="form",
            required=True,
            enum=("IMPRESSION_TAG", "CLICK_TRACKER"),
        ),
        Param(
            "tracking_tag_url",
            "string",
            location="form",
            required=True,
            min_length=8,
            max_length=2048,
            pattern="^https?://(?:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$",
        ),
    ),
    result=Result("object", "tracking_tag:TrackingTag"),
)
GET_TRACKING_TAG: Operation[TrackingTag] = Operation(
    "getTrackingTag",
    "GET",
    "/accounts/{account_id}/tracking_tags/{tracking_tag_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "tracking_tag_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"
        ),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "tracking_tag:TrackingTag"),
)
UPDATE_TRACKING_TAG: Operation[TrackingTag] = Operation(
    "updateTrackingTag",
    "PUT",
    "/accounts/{account_id}/tracking_tags/{tracking_tag_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "tracking_tag_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"
        ),
        Param(
            "tracking_tag_url",
            "string",
            location="form",
            required=True,
            min_length=8,
            max_length=2048,
            pattern="^https?://(?:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$",
        ),
    ),
    result=Result("object", "tracking_tag:TrackingTag"),
    partial_update=True,
)
DELETE_TRACKING_TAG: Operation[TrackingTag] = Operation(
    "deleteTrackingTag",
    "DELETE",
    "/accounts/{account_id}/tracking_tags/{tracking_tag_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "tracking_tag_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"
        ),
    ),
    result=Result("object", "tracking_tag:TrackingTag"),
)


class TrackingTags(SyncAPIResource):
    """Third-party measurement tags (impression tags, click trackers) on line items."""

    def list(
        self,
        account_id: str,
        *,
        line_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        tracking_tag_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "tracking_tag_type-asc",
                "tracking_tag_type-desc",
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
    ) -> SyncPage[TrackingTag]:
        """List an account's tracking tags.

        Returns the tracking tags of the ads account, one page at a time; deleted ones only with
        `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_ids: Keep only the tracking tags of these line items (up to 200).
            tracking_tag_ids: Keep only the tracking tags with these identifiers (up to 200).
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
            The first page of TrackingTag objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_TRACKING_TAGS,
            {
                "account_id": account_id,
                "line_item_ids": line_item_ids,
                "tracking_tag_ids": tracking_tag_ids,
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
        tracking_tag_type: Literal["IMPRESSION_TAG", "CLICK_TRACKER"],
        tracking_tag_url: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TrackingTag:
        """Add a tracking tag to a line item.

        Attaches a third-party measurement tag (an impression tag or a click tracker) to a line
        item.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item that will promote it.
            tracking_tag_type: An impression tag (counts views) or a click tracker (counts
                clicks).
            tracking_tag_url: The tag's URL, from the measurement partner: http(s), written in
                the characters a URI allows (anything else percent-encoded).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TrackingTag.
        """
        return self._client._call(
            CREATE_TRACKING_TAG,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "tracking_tag_type": tracking_tag_type,
                "tracking_tag_url": tracking_tag_url,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        tracking_tag_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TrackingTag:
        """Get one tracking tag.

        Returns one tracking tag of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tracking_tag_id: The tracking tag.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TrackingTag.
        """
        return self._client._call(
            GET_TRACKING_TAG,
            {
                "account_id": account_id,
                "tracking_tag_id": tracking_tag_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        tracking_tag_id: str,
        *,
        tracking_tag_url: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TrackingTag:
        """Change a tracking tag's URL.

        Replaces the URL of a tracking tag; nothing else can change.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tracking_tag_id: The tracking tag.
            tracking_tag_url: The tag's new URL, written as for a create.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TrackingTag.
        """
        return self._client._call(
            UPDATE_TRACKING_TAG,
            {
                "account_id": account_id,
                "tracking_tag_id": tracking_tag_id,
                "tracking_tag_url": tracking_tag_url,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        tracking_tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TrackingTag:
        """Remove a tracking tag.

        Detaches the tracking tag from its line item for good.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tracking_tag_id: The tracking tag.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TrackingTag.
        """
        return self._client._call(
            DELETE_TRACKING_TAG,
            {"account_id": account_id, "tracking_tag_id": tracking_tag_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncTrackingTags(AsyncAPIResource):
    """Third-party measurement tags (impression tags, click trackers) on line items."""

    def list(
        self,
        account_id: str,
        *,
        line_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        tracking_tag_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "tracking_tag_type-asc",
                "tracking_tag_type-desc",
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
    ) -> AsyncPaginator[TrackingTag]:
        """List an account's tracking tags.

        Returns the tracking tags of the ads account, one page at a time; deleted ones only with
        `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_ids: Keep only the tracking tags of these line items (up to 200).
            tracking_tag_ids: Keep only the tracking tags with these identifiers (up to 200).
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
            The first page of TrackingTag objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_TRACKING_TAGS,
            {
                "account_id": account_id,
                "line_item_ids": line_item_ids,
                "tracking_tag_ids": tracking_tag_ids,
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
        tracking_tag_type: Literal["IMPRESSION_TAG", "CLICK_TRACKER"],
        tracking_tag_url: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TrackingTag:
        """Add a tracking tag to a line item.

        Attaches a third-party measurement tag (an impression tag or a click tracker) to a line
        item.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item that will promote it.
            tracking_tag_type: An impression tag (counts views) or a click tracker (counts
                clicks).
            tracking_tag_url: The tag's URL, from the measurement partner: http(s), written in
                the characters a URI allows (anything else percent-encoded).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TrackingTag.
        """
        return await self._client._call(
            CREATE_TRACKING_TAG,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "tracking_tag_type": tracking_tag_type,
                "tracking_tag_url": tracking_tag_url,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        tracking_tag_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TrackingTag:
        """Get one tracking tag.

        Returns one tracking tag of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tracking_tag_id: The tracking tag.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TrackingTag.
        """
        return await self._client._call(
            GET_TRACKING_TAG,
            {
                "account_id": account_id,
                "tracking_tag_id": tracking_tag_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        tracking_tag_id: str,
        *,
        tracking_tag_url: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TrackingTag:
        """Change a tracking tag's URL.

        Replaces the URL of a tracking tag; nothing else can change.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tracking_tag_id: The tracking tag.
            tracking_tag_url: The tag's new URL, written as for a create.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TrackingTag.
        """
        return await self._client._call(
            UPDATE_TRACKING_TAG,
            {
                "account_id": account_id,
                "tracking_tag_id": tracking_tag_id,
                "tracking_tag_url": tracking_tag_url,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        tracking_tag_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TrackingTag:
        """Remove a tracking tag.

        Detaches the tracking tag from its line item for good.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            tracking_tag_id: The tracking tag.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TrackingTag.
        """
        return await self._client._call(
            DELETE_TRACKING_TAG,
            {"account_id": account_id, "tracking_tag_id": tracking_tag_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class TrackingTagsWithRawResponse:
    """The same calls as `TrackingTags`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: TrackingTags) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncTrackingTagsWithRawResponse:
    """The same calls as `AsyncTrackingTags`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncTrackingTags) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
