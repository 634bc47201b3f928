"""Metrics of ads entities: synchronous for windows up to a week, which entities
changed, and reach. Computed for each request.

Generated from the spec's `analytics` operations; do not edit.
"""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._base_client import CallOptions
from .._operations import Operation, Param, Result
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._rules import AllowedPer, Alone, Exclusive, LocalMidnight, TimeWindow, WholeHours
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.active_entity import ActiveEntity
    from ..types.entity_reach import EntityReach
    from ..types.stats_row import StatsRow
    from .analytics_jobs import (
        AnalyticsJobs,
        AnalyticsJobsWithRawResponse,
        AsyncAnalyticsJobs,
        AsyncAnalyticsJobsWithRawResponse,
    )

__all__ = [
    "Analytics",
    "AnalyticsWithRawResponse",
    "AsyncAnalytics",
    "AsyncAnalyticsWithRawResponse",
]

GET_STATS: Operation[list[StatsRow]] = Operation(
    "getStats",
    "GET",
    "/stats/accounts/{account_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "entity",
            "string",
            required=True,
            enum=(
                "ACCOUNT",
                "CAMPAIGN",
                "FUNDING_INSTRUMENT",
                "LINE_ITEM",
                "ORGANIC_TWEET",
                "PROMOTED_ACCOUNT",
                "PROMOTED_TWEET",
                "MEDIA_CREATIVE",
            ),
        ),
        Param(
            "entity_ids",
            "array",
            required=True,
            min_items=1,
            max_items=20,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,19}$"),
        ),
        Param("start_time", "datetime", required=True),
        Param("end_time", "datetime", required=True),
        Param("granularity", "string", required=True, enum=("HOUR", "DAY", "TOTAL")),
        Param(
            "metric_groups",
            "array",
            required=True,
            min_items=1,
            max_items=7,
            unique_items=True,
            comma_joined=True,
            items=Param(
                "",
                "string",
                enum=(
                    "ENGAGEMENT",
                    "BILLING",
                    "VIDEO",
                    "MEDIA",
                    "WEB_CONVERSION",
                    "MOBILE_CONVERSION",
                    "LIFE_TIME_VALUE_MOBILE_CONVERSION",
                ),
            ),
        ),
        Param(
            "placement",
            "string",
            required=True,
            enum=("ALL_ON_TWITTER", "PUBLISHER_NETWORK", "SPOTLIGHT", "TREND"),
        ),
    ),
    result=Result("list", "stats_row:StatsRow"),
    rules=(
        WholeHours(
            ("start_time", "end_time"),
            "INVALID_TIME_WINDOW",
            "Metrics are kept per hour, so windows start and end on whole hours.",
        ),
        TimeWindow(
            "start_time",
            "end_time",
            7,
            "INVALID_TIME_WINDOW",
            "A synchronous request covers at most seven days; use a job for more.",
            (),
        ),
        LocalMidnight(
            ("start_time",),
            "account_timezone",
            {"granularity": ("HOUR",)},
            "INVALID_TIME_WINDOW",
            (
                "Days are days of the ads account's time zone, so daily and total "
                "metrics start at midnight there (a bare date means that midnight)."
            ),
        ),
        AllowedPer(
            "metric_groups",
            "entity",
            {"ACCOUNT": ("ENGAGEMENT",), "FUNDING_INSTRUMENT": ("ENGAGEMENT", "BILLING")},
            "INVALID_PARAMETER",
            "Accounts only have engagement metrics; funding instruments add billing.",
        ),
        Alone(
            "metric_groups",
            "MOBILE_CONVERSION",
            "INVALID_PARAMETER",
            "App conversions are computed apart and must be asked for on their own.",
        ),
    ),
)
GET_ACTIVE_ENTITIES: Operation[list[ActiveEntity]] = Operation(
    "getActiveEntities",
    "GET",
    "/stats/accounts/{account_id}/active_entities",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "entity",
            "string",
            required=True,
            enum=(
                "CAMPAIGN",
                "FUNDING_INSTRUMENT",
                "LINE_ITEM",
                "MEDIA_CREATIVE",
                "PROMOTED_ACCOUNT",
                "PROMOTED_TWEET",
            ),
        ),
        Param("start_time", "datetime", required=True),
        Param("end_time", "datetime", required=True),
        Param(
            "campaign_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param(
            "funding_instrument_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param(
            "line_item_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
    ),
    result=Result("list", "active_entity:ActiveEntity"),
    rules=(
        WholeHours(("start_time", "end_time"), "INVALID_TIME_WINDOW", "Changes are kept per hour."),
        TimeWindow(
            "start_time",
            "end_time",
            90,
            "INVALID_TIME_WINDOW",
            "At most 90 days of changes per request.",
            (),
        ),
        Exclusive(
            ("campaign_ids", "funding_instrument_ids", "line_item_ids"),
            "EXCLUSIVE_PARAMETERS",
            "The entities are narrowed by one kind of parent at a time.",
        ),
    ),
)
GET_CAMPAIGN_REACH: Operation[list[EntityReach]] = Operation(
    "getCampaignReach",
    "GET",
    "/stats/accounts/{account_id}/reach/campaigns",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "campaign_ids",
            "array",
            required=True,
            min_items=1,
            max_items=20,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param("start_time", "datetime", required=True),
        Param("end_time", "datetime", required=True),
    ),
    result=Result("list", "entity_reach:EntityReach"),
    rules=(
        WholeHours(("start_time", "end_time"), "INVALID_TIME_WINDOW", "Reach is kept per hour."),
        TimeWindow(
            "start_time",
            "end_time",
            90,
            "INVALID_TIME_WINDOW",
            (
                "The window must end after it starts; the documentation gives no longest "
                "window, and 90 days is what the other analytics reads allow."
            ),
            (),
        ),
    ),
)
GET_FUNDING_INSTRUMENT_REACH: Operation[list[EntityReach]] = Operation(
    "getFundingInstrumentReach",
    "GET",
    "/stats/accounts/{account_id}/reach/funding_instruments",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "funding_instrument_ids",
            "array",
            required=True,
            min_items=1,
            max_items=20,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param("start_time", "datetime", required=True),
        Param("end_time", "datetime", required=True),
    ),
    result=Result("list", "entity_reach:EntityReach"),
    rules=(
        WholeHours(("start_time", "end_time"), "INVALID_TIME_WINDOW", "Reach is kept per hour."),
        TimeWindow(
            "start_time",
            "end_time",
            90,
            "INVALID_TIME_WINDOW",
            (
                "The window must end after it starts; the documentation gives no longest "
                "window, and 90 days is what the other analytics reads allow."
            ),
            (),
        ),
    ),
)


class Analytics(SyncAPIResource):
    """Metrics of ads entities: synchronous for windows up to a week, which entities
    changed, and reach. Computed for each request."""

    @cached_property
    def jobs(self) -> AnalyticsJobs:
        """Metrics computed in the background over longer windows, optionally segmented; each
        job ends with a compressed file shaped like the synchronous answer."""
        from .analytics_jobs import AnalyticsJobs

        return AnalyticsJobs(self._client)

    def get_stats(
        self,
        account_id: str,
        *,
        entity: Literal[
            "ACCOUNT",
            "CAMPAIGN",
            "FUNDING_INSTRUMENT",
            "LINE_ITEM",
            "ORGANIC_TWEET",
            "PROMOTED_ACCOUNT",
            "PROMOTED_TWEET",
            "MEDIA_CREATIVE",
        ],
        entity_ids: list[str],
        start_time: datetime,
        end_time: datetime,
        granularity: Literal["HOUR", "DAY", "TOTAL"],
        metric_groups: list[
            Literal[
                "ENGAGEMENT",
                "BILLING",
                "VIDEO",
                "MEDIA",
                "WEB_CONVERSION",
                "MOBILE_CONVERSION",
                "LIFE_TIME_VALUE_MOBILE_CONVERSION",
            ]
        ],
        placement: Literal["ALL_ON_TWITTER", "PUBLISHER_NETWORK", "SPOTLIGHT", "TREND"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[StatsRow]:
        """Get metrics of up to twenty entities over at most a week.

        Computes the metrics of the named entities (all of one type) in the window from
        `start_time` (included) to `end_time` (excluded), as one series per metric with one
        value per hour, per day or for the whole window. Metrics that do not apply to an entity
        type come back `null`. Longer windows and segmentation are for jobs
        (`createAnalyticsJob`).

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            entity: The type of the entities named in `entity_ids`.
            entity_ids: The entities to compute metrics of, all of the type `entity` (up to 20).
            start_time: Where the window starts (included), on a whole hour. A bare date is
                midnight in the ads account's time zone.
            end_time: Where the window ends (excluded), on a whole hour after `start_time`.
            granularity: How long each value of a series covers.
            metric_groups: The groups of metrics to compute; the others come back `null`.
            placement: Where the content was shown; one placement per request.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The StatsRow objects of the answer.
        """
        return self._client._call(
            GET_STATS,
            {
                "account_id": account_id,
                "entity": entity,
                "entity_ids": entity_ids,
                "start_time": start_time,
                "end_time": end_time,
                "granularity": granularity,
                "metric_groups": metric_groups,
                "placement": placement,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get_active_entities(
        self,
        account_id: str,
        *,
        entity: Literal[
            "CAMPAIGN",
            "FUNDING_INSTRUMENT",
            "LINE_ITEM",
            "MEDIA_CREATIVE",
            "PROMOTED_ACCOUNT",
            "PROMOTED_TWEET",
        ],
        start_time: datetime,
        end_time: datetime,
        campaign_ids: list[str] | NotGiven = NOT_GIVEN,
        funding_instrument_ids: list[str] | NotGiven = NOT_GIVEN,
        line_item_ids: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[ActiveEntity]:
        """Get the entities whose metrics changed in a window.

        Lists the entities of one type whose metrics changed during the hours from `start_time`
        to `end_time` (at most 90 days), each with the span of time its changes apply to and the
        placements it had metrics in. Ask for metrics of these entities only, over these spans.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            entity: The type of the entities to look for.
            start_time: Where the window starts (included), on a whole hour. A bare date is
                midnight in the ads account's time zone.
            end_time: Where the window ends (excluded), on a whole hour after `start_time`.
            campaign_ids: Keep only entities of these campaigns (up to 200).
            funding_instrument_ids: Keep only entities paid by these funding instruments (up to
                200).
            line_item_ids: Keep only entities of these line items (up to 200).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ActiveEntity objects of the answer.
        """
        return self._client._call(
            GET_ACTIVE_ENTITIES,
            {
                "account_id": account_id,
                "entity": entity,
                "start_time": start_time,
                "end_time": end_time,
                "campaign_ids": campaign_ids,
                "funding_instrument_ids": funding_instrument_ids,
                "line_item_ids": line_item_ids,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get_campaign_reach(
        self,
        account_id: str,
        *,
        campaign_ids: list[str],
        start_time: datetime,
        end_time: datetime,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[EntityReach]:
        """Get the reach and average frequency of campaigns.

        How many distinct people saw each campaign's content in the window, and how many times
        each of them saw it on average.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_ids: The campaigns to measure (up to 20).
            start_time: Where the window starts (included), on a whole hour. A bare date is
                midnight in the ads account's time zone.
            end_time: Where the window ends (excluded), on a whole hour after `start_time`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The EntityReach objects of the answer.
        """
        return self._client._call(
            GET_CAMPAIGN_REACH,
            {
                "account_id": account_id,
                "campaign_ids": campaign_ids,
                "start_time": start_time,
                "end_time": end_time,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get_funding_instrument_reach(
        self,
        account_id: str,
        *,
        funding_instrument_ids: list[str],
        start_time: datetime,
        end_time: datetime,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[EntityReach]:
        """Get the reach and average frequency of funding instruments.

        How many distinct people saw content paid by each funding instrument in the window, and
        how many times each of them saw it on average.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            funding_instrument_ids: The funding instruments to measure (up to 20).
            start_time: Where the window starts (included), on a whole hour. A bare date is
                midnight in the ads account's time zone.
            end_time: Where the window ends (excluded), on a whole hour after `start_time`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The EntityReach objects of the answer.
        """
        return self._client._call(
            GET_FUNDING_INSTRUMENT_REACH,
            {
                "account_id": account_id,
                "funding_instrument_ids": funding_instrument_ids,
                "start_time": start_time,
                "end_time": end_time,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAnalytics(AsyncAPIResource):
    """Metrics of ads entities: synchronous for windows up to a week, which entities
    changed, and reach. Computed for each request."""

    @cached_property
    def jobs(self) -> AsyncAnalyticsJobs:
        """Metrics computed in the background over longer windows, optionally segmented; each
        job ends with a compressed file shaped like the synchronous answer."""
        from .analytics_jobs import AsyncAnalyticsJobs

        return AsyncAnalyticsJobs(self._client)

    async def get_stats(
        self,
        account_id: str,
        *,
        entity: Literal[
            "ACCOUNT",
            "CAMPAIGN",
            "FUNDING_INSTRUMENT",
            "LINE_ITEM",
            "ORGANIC_TWEET",
            "PROMOTED_ACCOUNT",
            "PROMOTED_TWEET",
            "MEDIA_CREATIVE",
        ],
        entity_ids: list[str],
        start_time: datetime,
        end_time: datetime,
        granularity: Literal["HOUR", "DAY", "TOTAL"],
        metric_groups: list[
            Literal[
                "ENGAGEMENT",
                "BILLING",
                "VIDEO",
                "MEDIA",
                "WEB_CONVERSION",
                "MOBILE_CONVERSION",
                "LIFE_TIME_VALUE_MOBILE_CONVERSION",
            ]
        ],
        placement: Literal["ALL_ON_TWITTER", "PUBLISHER_NETWORK", "SPOTLIGHT", "TREND"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[StatsRow]:
        """Get metrics of up to twenty entities over at most a week.

        Computes the metrics of the named entities (all of one type) in the window from
        `start_time` (included) to `end_time` (excluded), as one series per metric with one
        value per hour, per day or for the whole window. Metrics that do not apply to an entity
        type come back `null`. Longer windows and segmentation are for jobs
        (`createAnalyticsJob`).

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            entity: The type of the entities named in `entity_ids`.
            entity_ids: The entities to compute metrics of, all of the type `entity` (up to 20).
            start_time: Where the window starts (included), on a whole hour. A bare date is
                midnight in the ads account's time zone.
            end_time: Where the window ends (excluded), on a whole hour after `start_time`.
            granularity: How long each value of a series covers.
            metric_groups: The groups of metrics to compute; the others come back `null`.
            placement: Where the content was shown; one placement per request.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The StatsRow objects of the answer.
        """
        return await self._client._call(
            GET_STATS,
            {
                "account_id": account_id,
                "entity": entity,
                "entity_ids": entity_ids,
                "start_time": start_time,
                "end_time": end_time,
                "granularity": granularity,
                "metric_groups": metric_groups,
                "placement": placement,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_active_entities(
        self,
        account_id: str,
        *,
        entity: Literal[
            "CAMPAIGN",
            "FUNDING_INSTRUMENT",
            "LINE_ITEM",
            "MEDIA_CREATIVE",
            "PROMOTED_ACCOUNT",
            "PROMOTED_TWEET",
        ],
        start_time: datetime,
        end_time: datetime,
        campaign_ids: list[str] | NotGiven = NOT_GIVEN,
        funding_instrument_ids: list[str] | NotGiven = NOT_GIVEN,
        line_item_ids: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[ActiveEntity]:
        """Get the entities whose metrics changed in a window.

        Lists the entities of one type whose metrics changed during the hours from `start_time`
        to `end_time` (at most 90 days), each with the span of time its changes apply to and the
        placements it had metrics in. Ask for metrics of these entities only, over these spans.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            entity: The type of the entities to look for.
            start_time: Where the window starts (included), on a whole hour. A bare date is
                midnight in the ads account's time zone.
            end_time: Where the window ends (excluded), on a whole hour after `start_time`.
            campaign_ids: Keep only entities of these campaigns (up to 200).
            funding_instrument_ids: Keep only entities paid by these funding instruments (up to
                200).
            line_item_ids: Keep only entities of these line items (up to 200).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The ActiveEntity objects of the answer.
        """
        return await self._client._call(
            GET_ACTIVE_ENTITIES,
            {
                "account_id": account_id,
                "entity": entity,
                "start_time": start_time,
                "end_time": end_time,
                "campaign_ids": campaign_ids,
                "funding_instrument_ids": funding_instrument_ids,
                "line_item_ids": line_item_ids,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_campaign_reach(
        self,
        account_id: str,
        *,
        campaign_ids: list[str],
        start_time: datetime,
        end_time: datetime,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[EntityReach]:
        """Get the reach and average frequency of campaigns.

        How many distinct people saw each campaign's content in the window, and how many times
        each of them saw it on average.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_ids: The campaigns to measure (up to 20).
            start_time: Where the window starts (included), on a whole hour. A bare date is
                midnight in the ads account's time zone.
            end_time: Where the window ends (excluded), on a whole hour after `start_time`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The EntityReach objects of the answer.
        """
        return await self._client._call(
            GET_CAMPAIGN_REACH,
            {
                "account_id": account_id,
                "campaign_ids": campaign_ids,
                "start_time": start_time,
                "end_time": end_time,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get_funding_instrument_reach(
        self,
        account_id: str,
        *,
        funding_instrument_ids: list[str],
        start_time: datetime,
        end_time: datetime,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[EntityReach]:
        """Get the reach and average frequency of funding instruments.

        How many distinct people saw content paid by each funding instrument in the window, and
        how many times each of them saw it on average.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            funding_instrument_ids: The funding instruments to measure (up to 20).
            start_time: Where the window starts (included), on a whole hour. A bare date is
                midnight in the ads account's time zone.
            end_time: Where the window ends (excluded), on a whole hour after `start_time`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The EntityReach objects of the answer.
        """
        return await self._client._call(
            GET_FUNDING_INSTRUMENT_REACH,
            {
                "account_id": account_id,
                "funding_instrument_ids": funding_instrument_ids,
                "start_time": start_time,
                "end_time": end_time,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AnalyticsWithRawResponse:
    """The same calls as `Analytics`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: Analytics) -> None:
        self._resource = resource
        self.get_stats = to_raw_response_wrapper(resource.get_stats)
        self.get_active_entities = to_raw_response_wrapper(resource.get_active_entities)
        self.get_campaign_reach = to_raw_response_wrapper(resource.get_campaign_reach)
        self.get_funding_instrument_reach = to_raw_response_wrapper(
            resource.get_funding_instrument_reach
        )

    @cached_property
    def jobs(self) -> AnalyticsJobsWithRawResponse:
        from .analytics_jobs import AnalyticsJobsWithRawResponse

        return AnalyticsJobsWithRawResponse(self._resource.jobs)


class AsyncAnalyticsWithRawResponse:
    """The same calls as `AsyncAnalytics`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAnalytics) -> None:
        self._resource = resource
        self.get_stats = async_to_raw_response_wrapper(resource.get_stats)
        self.get_active_entities = async_to_raw_response_wrapper(resource.get_active_entities)
        self.get_campaign_reach = async_to_raw_response_wrapper(resource.get_campaign_reach)
        self.get_funding_instrument_reach = async_to_raw_response_wrapper(
            resource.get_funding_instrument_reach
        )

    @cached_property
    def jobs(self) -> AsyncAnalyticsJobsWithRawResponse:
        from .analytics_jobs import AsyncAnalyticsJobsWithRawResponse

        return AsyncAnalyticsJobsWithRawResponse(self._resource.jobs)
