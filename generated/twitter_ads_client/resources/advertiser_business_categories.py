"""The kinds of business a pre-roll advertiser declares to publishers. The same for
every user.

Generated from the spec's `advertiser_business_categories` operations; do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from .._base_client import CallOptions
from .._operations import Operation, Result
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.advertiser_business_category import AdvertiserBusinessCategory

__all__ = [
    "AdvertiserBusinessCategories",
    "AdvertiserBusinessCategoriesWithRawResponse",
    "AsyncAdvertiserBusinessCategories",
    "AsyncAdvertiserBusinessCategoriesWithRawResponse",
]

LIST_ADVERTISER_BUSINESS_CATEGORIES: Operation[list[AdvertiserBusinessCategory]] = Operation(
    "listAdvertiserBusinessCategories",
    "GET",
    "/advertiser_business_categories",
    params=(),
    result=Result("list", "advertiser_business_category:AdvertiserBusinessCategory"),
)


class AdvertiserBusinessCategories(SyncAPIResource):
    """The kinds of business a pre-roll advertiser declares to publishers. The same for
    every user."""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[AdvertiserBusinessCategory]:
        """List the advertiser business categories.

        Returns the kinds of business an advertiser can declare for a pre-roll line item
        (PREROLL_VIEWS objective), so that publishers know whose ads run on their videos. Each
        is a group of IAB categories; a line item with that objective sends the IAB categories
        of one or two of them in its `categories`. These describe the advertiser, not the
        videos: targeting uses `GET content_categories`. The list is the same for every user.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AdvertiserBusinessCategory objects of the answer.
        """
        return self._client._call(
            LIST_ADVERTISER_BUSINESS_CATEGORIES,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAdvertiserBusinessCategories(AsyncAPIResource):
    """The kinds of business a pre-roll advertiser declares to publishers. The same for
    every user."""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[AdvertiserBusinessCategory]:
        """List the advertiser business categories.

        Returns the kinds of business an advertiser can declare for a pre-roll line item
        (PREROLL_VIEWS objective), so that publishers know whose ads run on their videos. Each
        is a group of IAB categories; a line item with that objective sends the IAB categories
        of one or two of them in its `categories`. These describe the advertiser, not the
        videos: targeting uses `GET content_categories`. The list is the same for every user.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AdvertiserBusinessCategory objects of the answer.
        """
        return await self._client._call(
            LIST_ADVERTISER_BUSINESS_CATEGORIES,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AdvertiserBusinessCategoriesWithRawResponse:
    """The same calls as `AdvertiserBusinessCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AdvertiserBusinessCategories) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncAdvertiserBusinessCategoriesWithRawResponse:
    """The same calls as `AsyncAdvertiserBusinessCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAdvertiserBusinessCategories) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
