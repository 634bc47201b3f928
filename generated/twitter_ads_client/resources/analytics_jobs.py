"""Metrics computed in the background over longer windows, optionally segmented; each
job ends with a compressed file shaped like the synchronous answer.

Generated from the spec's `analytics_jobs` operations; do not edit.
"""

from __future__ import annotations

import builtins
from datetime import datetime
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
from .._rules import (
    AllowedPer,
    Alone,
    LocalMidnight,
    NotAllowedWhen,
    OnlyWhen,
    RequiredWhen,
    TimeWindow,
    WholeHours,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.analytics_job import AnalyticsJob

__all__ = [
    "AnalyticsJobs",
    "AnalyticsJobsWithRawResponse",
    "AsyncAnalyticsJobs",
    "AsyncAnalyticsJobsWithRawResponse",
]

LIST_ANALYTICS_JOBS: Operation[PageData[AnalyticsJob]] = Operation(
    "listAnalyticsJobs",
    "GET",
    "/stats/jobs/accounts/{account_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "job_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9]{1,19}$"),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
    ),
    result=Result("page", "analytics_job:AnalyticsJob"),
)
CREATE_ANALYTICS_JOB: Operation[AnalyticsJob] = Operation(
    "createAnalyticsJob",
    "POST",
    "/stats/jobs/accounts/{account_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "entity",
            "string",
            location="form",
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
            location="form",
            required=True,
            min_items=1,
            max_items=20,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,19}$"),
        ),
        Param("start_time", "datetime", location="form", required=True),
        Param("end_time", "datetime", location="form", required=True),
        Param(
            "granularity", "string", location="form", required=True, enum=("HOUR", "DAY", "TOTAL")
        ),
        Param(
            "placement",
            "string",
            location="form",
            required=True,
            enum=("ALL_ON_TWITTER", "PUBLISHER_NETWORK", "SPOTLIGHT", "TREND"),
        ),
        Param(
            "metric_groups",
            "array",
            location="form",
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
            "segmentation_type",
            "string",
            location="form",
            enum=(
                "AGE",
                "APP_STORE_CATEGORY",
                "AUDIENCES",
                "CITIES",
                "CONVERSATIONS",
                "CONVERSION_TAGS",
                "DEVICES",
                "EVENTS",
                "GENDER",
                "INTERESTS",
                "KEYWORDS",
                "LANGUAGES",
                "LOCATIONS",
                "METROS",
                "PLATFORMS",
                "PLATFORM_VERSIONS",
                "POSTAL_CODES",
                "REGIONS",
                "SLIDES",
                "SIMILAR_TO_FOLLOWERS_OF_USER",
                "TV_SHOWS",
            ),
        ),
        Param("country", "string", location="form", pattern="^[0-9a-z]{1,32}$"),
        Param("platform", "string", location="form", pattern="^[0-9a-z]{1,32}$"),
    ),
    result=Result("object", "analytics_job:AnalyticsJob"),
    rules=(
        OnlyWhen(
            "segmentation_type",
            {
                "entity": (
                    "ACCOUNT",
                    "CAMPAIGN",
                    "FUNDING_INSTRUMENT",
                    "LINE_ITEM",
                    "PROMOTED_ACCOUNT",
                    "PROMOTED_TWEET",
                )
            },
            "INVALID_PARAMETER",
            "Media creatives and organic Tweets have no segmented metrics.",
        ),
        NotAllowedWhen(
            "segmentation_type",
            ("CONVERSION_TAGS",),
            {"entity": ("ACCOUNT", "FUNDING_INSTRUMENT")},
            "INVALID_PARAMETER",
            (
                "Conversion tags break down website conversions, which accounts and "
                "funding instruments do not have."
            ),
        ),
        WholeHours(
            ("start_time", "end_time"),
            "INVALID_TIME_WINDOW",
            "Metrics are kept per hour, so windows start and end on whole hours.",
        ),
        TimeWindow(
            "start_time", "end_time", 90, "INVALID_TIME_WINDOW", "A job covers at most 90 days.", ()
        ),
        TimeWindow(
            "start_time",
            "end_time",
            45,
            "INVALID_TIME_WINDOW",
            "A segmented job covers at most 45 days.",
            ("segmentation_type",),
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
        AllowedPer(
            "metric_groups",
            "segmentation_type",
            {"CONVERSION_TAGS": ("WEB_CONVERSION",)},
            "INVALID_PARAMETER",
            "Conversion tags only break down website conversions.",
        ),
        RequiredWhen(
            ("country",),
            {"segmentation_type": ("CITIES", "METROS", "POSTAL_CODES", "REGIONS")},
            "96683cc9126741d1",
            "MISSING_PARAMETER",
            "Places inside a country are segmented one country at a time.",
        ),
        OnlyWhen(
            "country",
            {"segmentation_type": ("CITIES", "METROS", "POSTAL_CODES", "REGIONS")},
            "INVALID_PARAMETER",
            "A country only narrows segmentations by places inside it.",
        ),
        RequiredWhen(
            ("platform",),
            {"segmentation_type": ("DEVICES", "PLATFORM_VERSIONS")},
            "0",
            "MISSING_PARAMETER",
            "Devices and versions are segmented one platform at a time.",
        ),
        OnlyWhen(
            "platform",
            {"segmentation_type": ("DEVICES", "PLATFORM_VERSIONS")},
            "INVALID_PARAMETER",
            "A platform only narrows segmentations by device or platform version.",
        ),
    ),
)
DELETE_ANALYTICS_JOB: Operation[AnalyticsJob] = Operation(
    "deleteAnalyticsJob",
    "DELETE",
    "/stats/jobs/accounts/{account_id}/{job_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("job_id", "string", location="path", required=True, pattern="^[0-9]{1,19}$"),
    ),
    result=Result("object", "analytics_job:AnalyticsJob"),
)


class AnalyticsJobs(SyncAPIResource):
    """Metrics computed in the background over longer windows, optionally segmented; each
    job ends with a compressed file shaped like the synchronous answer."""

    def list(
        self,
        account_id: str,
        *,
        job_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AnalyticsJob]:
        """List an account's analytics jobs.

        The account's jobs that are waiting, running or done, newest last. Poll with `job_ids`
        until a job's `status` is `SUCCESS`, then download its `url`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            job_ids: Keep only the jobs with these identifiers (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of AnalyticsJob objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_ANALYTICS_JOBS,
            {"account_id": account_id, "job_ids": job_ids, "count": count, "cursor": cursor},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
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
        entity_ids: builtins.list[str],
        start_time: datetime,
        end_time: datetime,
        granularity: Literal["HOUR", "DAY", "TOTAL"],
        placement: Literal["ALL_ON_TWITTER", "PUBLISHER_NETWORK", "SPOTLIGHT", "TREND"],
        metric_groups: builtins.list[
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
        segmentation_type: (
            Literal[
                "AGE",
                "APP_STORE_CATEGORY",
                "AUDIENCES",
                "CITIES",
                "CONVERSATIONS",
                "CONVERSION_TAGS",
                "DEVICES",
                "EVENTS",
                "GENDER",
                "INTERESTS",
                "KEYWORDS",
                "LANGUAGES",
                "LOCATIONS",
                "METROS",
                "PLATFORMS",
                "PLATFORM_VERSIONS",
                "POSTAL_CODES",
                "REGIONS",
                "SLIDES",
                "SIMILAR_TO_FOLLOWERS_OF_USER",
                "TV_SHOWS",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AnalyticsJob:
        """Start a job computing metrics over up to 90 days.

        Queues the computation of the same metrics as `getStats`, over up to 90 days (45 when
        segmented), optionally broken down by a segmentation. The job is `QUEUED`, then
        `PROCESSING`, then `SUCCESS` with a `url` to a gzip-compressed JSON file shaped like the
        synchronous answer. Each account may have a limited number of jobs waiting or running
        (`x-concurrent-job-limit`).

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            entity: The type of the entities named in `entity_ids`.
            entity_ids: The entities to compute metrics of (up to 20).
            start_time: Where the window starts (included), on a whole hour.
            end_time: Where the window ends (excluded), on a whole hour.
            granularity: How long each value of a series covers.
            placement: Where content was shown.
            metric_groups: Metric groups, one comma-separated value on the wire.
            segmentation_type: Break the metrics down by this; at most 45 days then.
            country: The targeting value of the country to segment places in; required with
                `CITIES`, `METROS`, `POSTAL_CODES` and `REGIONS`, refused otherwise.
            platform: The targeting value of the platform to segment devices of; required with
                `DEVICES` and `PLATFORM_VERSIONS`, refused otherwise.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AnalyticsJob.
        """
        return self._client._call(
            CREATE_ANALYTICS_JOB,
            {
                "account_id": account_id,
                "entity": entity,
                "entity_ids": entity_ids,
                "start_time": start_time,
                "end_time": end_time,
                "granularity": granularity,
                "placement": placement,
                "metric_groups": metric_groups,
                "segmentation_type": segmentation_type,
                "country": country,
                "platform": platform,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AnalyticsJob:
        """Delete an analytics job.

        Cancels a job that is waiting or running, or forgets a finished one: it leaves the
        account's list, no longer counts against the concurrency limit, and its file is no
        longer served. The answer is the job as it was.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            job_id: The job, by its identifier (`id_str`).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AnalyticsJob.
        """
        return self._client._call(
            DELETE_ANALYTICS_JOB,
            {"account_id": account_id, "job_id": job_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAnalyticsJobs(AsyncAPIResource):
    """Metrics computed in the background over longer windows, optionally segmented; each
    job ends with a compressed file shaped like the synchronous answer."""

    def list(
        self,
        account_id: str,
        *,
        job_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AnalyticsJob]:
        """List an account's analytics jobs.

        The account's jobs that are waiting, running or done, newest last. Poll with `job_ids`
        until a job's `status` is `SUCCESS`, then download its `url`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            job_ids: Keep only the jobs with these identifiers (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of AnalyticsJob objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_ANALYTICS_JOBS,
            {"account_id": account_id, "job_ids": job_ids, "count": count, "cursor": cursor},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
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
        entity_ids: builtins.list[str],
        start_time: datetime,
        end_time: datetime,
        granularity: Literal["HOUR", "DAY", "TOTAL"],
        placement: Literal["ALL_ON_TWITTER", "PUBLISHER_NETWORK", "SPOTLIGHT", "TREND"],
        metric_groups: builtins.list[
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
        segmentation_type: (
            Literal[
                "AGE",
                "APP_STORE_CATEGORY",
                "AUDIENCES",
                "CITIES",
                "CONVERSATIONS",
                "CONVERSION_TAGS",
                "DEVICES",
                "EVENTS",
                "GENDER",
                "INTERESTS",
                "KEYWORDS",
                "LANGUAGES",
                "LOCATIONS",
                "METROS",
                "PLATFORMS",
                "PLATFORM_VERSIONS",
                "POSTAL_CODES",
                "REGIONS",
                "SLIDES",
                "SIMILAR_TO_FOLLOWERS_OF_USER",
                "TV_SHOWS",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        country: str | NotGiven = NOT_GIVEN,
        platform: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AnalyticsJob:
        """Start a job computing metrics over up to 90 days.

        Queues the computation of the same metrics as `getStats`, over up to 90 days (45 when
        segmented), optionally broken down by a segmentation. The job is `QUEUED`, then
        `PROCESSING`, then `SUCCESS` with a `url` to a gzip-compressed JSON file shaped like the
        synchronous answer. Each account may have a limited number of jobs waiting or running
        (`x-concurrent-job-limit`).

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            entity: The type of the entities named in `entity_ids`.
            entity_ids: The entities to compute metrics of (up to 20).
            start_time: Where the window starts (included), on a whole hour.
            end_time: Where the window ends (excluded), on a whole hour.
            granularity: How long each value of a series covers.
            placement: Where content was shown.
            metric_groups: Metric groups, one comma-separated value on the wire.
            segmentation_type: Break the metrics down by this; at most 45 days then.
            country: The targeting value of the country to segment places in; required with
                `CITIES`, `METROS`, `POSTAL_CODES` and `REGIONS`, refused otherwise.
            platform: The targeting value of the platform to segment devices of; required with
                `DEVICES` and `PLATFORM_VERSIONS`, refused otherwise.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AnalyticsJob.
        """
        return await self._client._call(
            CREATE_ANALYTICS_JOB,
            {
                "account_id": account_id,
                "entity": entity,
                "entity_ids": entity_ids,
                "start_time": start_time,
                "end_time": end_time,
                "granularity": granularity,
                "placement": placement,
                "metric_groups": metric_groups,
                "segmentation_type": segmentation_type,
                "country": country,
                "platform": platform,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AnalyticsJob:
        """Delete an analytics job.

        Cancels a job that is waiting or running, or forgets a finished one: it leaves the
        account's list, no longer counts against the concurrency limit, and its file is no
        longer served. The answer is the job as it was.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            job_id: The job, by its identifier (`id_str`).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AnalyticsJob.
        """
        return await self._client._call(
            DELETE_ANALYTICS_JOB,
            {"account_id": account_id, "job_id": job_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AnalyticsJobsWithRawResponse:
    """The same calls as `AnalyticsJobs`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AnalyticsJobs) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncAnalyticsJobsWithRawResponse:
    """The same calls as `AsyncAnalyticsJobs`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAnalyticsJobs) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
