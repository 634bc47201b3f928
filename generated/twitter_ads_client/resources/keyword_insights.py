"""How much keywords are posted about, and which keywords go with them. Global: no ads
account.

Generated from the spec's `keyword_insights` operations; do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from .._base_client import CallOptions
from .._operations import Operation, Param, Result
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._rules import MaxItemsTogether
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.keyword_insights import KeywordInsights

__all__ = [
    "AsyncKeywordInsightsResource",
    "AsyncKeywordInsightsResourceWithRawResponse",
    "KeywordInsightsResource",
    "KeywordInsightsResourceWithRawResponse",
]

SEARCH_KEYWORD_INSIGHTS: Operation[KeywordInsights] = Operation(
    "searchKeywordInsights",
    "GET",
    "/insights/keywords/search",
    params=(
        Param("granularity", "string", required=True, enum=("DAY", "HOUR")),
        Param(
            "keywords",
            "array",
            required=True,
            min_items=1,
            max_items=10,
            comma_joined=True,
            items=Param("", "string", min_length=1, max_length=255, pattern="^[^,]+$"),
        ),
        Param("start_time", "datetime", required=True),
        Param("end_time", "datetime"),
        Param("location", "string", min_length=1, max_length=255),
        Param(
            "negative_keywords",
            "array",
            min_items=1,
            max_items=10,
            comma_joined=True,
            items=Param("", "string", min_length=1, max_length=255, pattern="^[^,]+$"),
        ),
    ),
    result=Result("object", "keyword_insights:KeywordInsights"),
    rules=(
        MaxItemsTogether(
            ("keywords", "negative_keywords"),
            10,
            "INVALID_PARAMETER",
            "A search takes at most 10 keywords, the excluded ones included.",
        ),
    ),
)


class KeywordInsightsResource(SyncAPIResource):
    """How much keywords are posted about, and which keywords go with them. Global: no ads
    account."""

    def search(
        self,
        *,
        granularity: Literal["DAY", "HOUR"],
        keywords: list[str],
        start_time: datetime,
        end_time: datetime | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        negative_keywords: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> KeywordInsights:
        """Get the post volume of keywords and related keywords.

        For a set of keywords (any of them counting), the number of posts that used them in each
        hour or day of a window of at most seven days, and 30 other keywords often used
        alongside. The volume counts the given keywords only, not the related ones. Results are
        for one country at most: the whole world, or the country `location` names.

        Args:
            granularity: One volume per hour (`HOUR`) or per day (`DAY`) of the window.
            keywords: The keywords to measure, comma-separated; a post using any of them counts.
                At most 10, together with `negative_keywords`.
            start_time: Where the window starts.
            end_time: Where the window ends (default: now); at most seven days after
                `start_time`.
            location: A country to measure in: the `targeting_value` of a `COUNTRIES` location
                from the location look-up. Smaller locations are not supported.
            negative_keywords: Posts using any of these keywords are not counted,
                comma-separated. At most 10, together with `keywords`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The KeywordInsights.
        """
        return self._client._call(
            SEARCH_KEYWORD_INSIGHTS,
            {
                "granularity": granularity,
                "keywords": keywords,
                "start_time": start_time,
                "end_time": end_time,
                "location": location,
                "negative_keywords": negative_keywords,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncKeywordInsightsResource(AsyncAPIResource):
    """How much keywords are posted about, and which keywords go with them. Global: no ads
    account."""

    async def search(
        self,
        *,
        granularity: Literal["DAY", "HOUR"],
        keywords: list[str],
        start_time: datetime,
        end_time: datetime | NotGiven = NOT_GIVEN,
        location: str | NotGiven = NOT_GIVEN,
        negative_keywords: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> KeywordInsights:
        """Get the post volume of keywords and related keywords.

        For a set of keywords (any of them counting), the number of posts that used them in each
        hour or day of a window of at most seven days, and 30 other keywords often used
        alongside. The volume counts the given keywords only, not the related ones. Results are
        for one country at most: the whole world, or the country `location` names.

        Args:
            granularity: One volume per hour (`HOUR`) or per day (`DAY`) of the window.
            keywords: The keywords to measure, comma-separated; a post using any of them counts.
                At most 10, together with `negative_keywords`.
            start_time: Where the window starts.
            end_time: Where the window ends (default: now); at most seven days after
                `start_time`.
            location: A country to measure in: the `targeting_value` of a `COUNTRIES` location
                from the location look-up. Smaller locations are not supported.
            negative_keywords: Posts using any of these keywords are not counted,
                comma-separated. At most 10, together with `keywords`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The KeywordInsights.
        """
        return await self._client._call(
            SEARCH_KEYWORD_INSIGHTS,
            {
                "granularity": granularity,
                "keywords": keywords,
                "start_time": start_time,
                "end_time": end_time,
                "location": location,
                "negative_keywords": negative_keywords,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class KeywordInsightsResourceWithRawResponse:
    """The same calls as `KeywordInsightsResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: KeywordInsightsResource) -> None:
        self.search = to_raw_response_wrapper(resource.search)


class AsyncKeywordInsightsResourceWithRawResponse:
    """The same calls as `AsyncKeywordInsightsResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncKeywordInsightsResource) -> None:
        self.search = async_to_raw_response_wrapper(resource.search)
