"""The accounts whose videos carry pre-roll ads. The same for every user.

Generated from the spec's `publishers` operations; do not edit.
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
    from ..types.publisher import Publisher

__all__ = [
    "AsyncPublishers",
    "AsyncPublishersWithRawResponse",
    "Publishers",
    "PublishersWithRawResponse",
]

LIST_PUBLISHERS: Operation[list[Publisher]] = Operation(
    "listPublishers",
    "GET",
    "/publishers",
    params=(),
    result=Result("list", "publisher:Publisher"),
)


class Publishers(SyncAPIResource):
    """The accounts whose videos carry pre-roll ads. The same for every user."""

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Publisher]:
        """List the publishers of pre-roll video ads.

        Returns the X accounts that publish the videos pre-roll ads (the PREROLL_VIEWS
        objective) run in front of: who they are, in which countries they earn from ads and may
        be promoted, and which content categories their videos belong to. The list is the same
        for every user.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Publisher objects of the answer.
        """
        return self._client._call(
            LIST_PUBLISHERS,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncPublishers(AsyncAPIResource):
    """The accounts whose videos carry pre-roll ads. The same for every user."""

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Publisher]:
        """List the publishers of pre-roll video ads.

        Returns the X accounts that publish the videos pre-roll ads (the PREROLL_VIEWS
        objective) run in front of: who they are, in which countries they earn from ads and may
        be promoted, and which content categories their videos belong to. The list is the same
        for every user.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Publisher objects of the answer.
        """
        return await self._client._call(
            LIST_PUBLISHERS,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class PublishersWithRawResponse:
    """The same calls as `Publishers`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: Publishers) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncPublishersWithRawResponse:
    """The same calls as `AsyncPublishers`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncPublishers) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
