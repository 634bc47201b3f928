"""What pre-roll videos are about: the categories their ads can target, each a group of
IAB categories. The same for every user.

Generated from the spec's `content_categories` operations; do not edit.
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
    from ..types.content_category import ContentCategory

__all__ = [
    "AsyncContentCategories",
    "AsyncContentCategoriesWithRawResponse",
    "ContentCategories",
    "ContentCategoriesWithRawResponse",
]

LIST_CONTENT_CATEGORIES: Operation[list[ContentCategory]] = Operation(
    "listContentCategories",
    "GET",
    "/content_categories",
    params=(),
    result=Result("list", "content_category:ContentCategory"),
)


class ContentCategories(SyncAPIResource):
    """What pre-roll videos are about: the categories their ads can target, each a group of
    IAB categories. The same for every user."""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[ContentCategory]:
        """List the content categories of pre-roll videos.

        Returns the categories of video content a pre-roll line item can target, each a group of
        IAB categories (`GET iab_categories`), with how many publishers and videos earned from
        ads in it over the last thirty days. Target one by sending its IAB categories as
        targeting criteria; `GET publishers` names the publishers of each. The list is the same
        for every user.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ContentCategory objects of the answer.
        """
        return self._client._call(
            LIST_CONTENT_CATEGORIES,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncContentCategories(AsyncAPIResource):
    """What pre-roll videos are about: the categories their ads can target, each a group of
    IAB categories. The same for every user."""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[ContentCategory]:
        """List the content categories of pre-roll videos.

        Returns the categories of video content a pre-roll line item can target, each a group of
        IAB categories (`GET iab_categories`), with how many publishers and videos earned from
        ads in it over the last thirty days. Target one by sending its IAB categories as
        targeting criteria; `GET publishers` names the publishers of each. The list is the same
        for every user.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ContentCategory objects of the answer.
        """
        return await self._client._call(
            LIST_CONTENT_CATEGORIES,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class ContentCategoriesWithRawResponse:
    """The same calls as `ContentCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: ContentCategories) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncContentCategoriesWithRawResponse:
    """The same calls as `AsyncContentCategories`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncContentCategories) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
