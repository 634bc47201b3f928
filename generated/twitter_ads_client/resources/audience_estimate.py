"""How many people a set of targeting criteria could reach, estimated for each request.

Generated from the spec's `audience_estimate` operations; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._base_client import CallOptions
from .._operations import Operation, Param, Result
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.audience_estimate import AudienceEstimate

__all__ = [
    "AsyncAudienceEstimateResource",
    "AsyncAudienceEstimateResourceWithRawResponse",
    "AudienceEstimateResource",
    "AudienceEstimateResourceWithRawResponse",
]

ESTIMATE_AUDIENCE: Operation[AudienceEstimate] = Operation(
    "estimateAudience",
    "POST",
    "/accounts/{account_id}/audience_estimate",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "targeting_criteria",
            "array",
            location="body",
            required=True,
            min_items=1,
            max_items=2000,
            items=Param("", "object"),
        ),
    ),
    result=Result("object", "audience_estimate:AudienceEstimate"),
)


class AudienceEstimateResource(SyncAPIResource):
    """How many people a set of targeting criteria could reach, estimated for each request."""

    def estimate(
        self,
        account_id: str,
        *,
        targeting_criteria: list[Mapping[str, Any]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AudienceEstimate:
        """Estimate the audience of targeting criteria.

        Answers a range for the number of people that a line item with these targeting criteria
        could reach, before creating anything. The criteria take the same values as targeting
        criteria do (keys from the targeting look-ups); at least one should be a primary one
        (followers, custom audiences, interests, keywords, TV). The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            targeting_criteria: The targeting criteria, each as a targeting criterion would be
                created: its type, its value and, to exclude rather than include,
                `operator_type` `NE`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Members to add to the JSON body, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AudienceEstimate.
        """
        return self._client._call(
            ESTIMATE_AUDIENCE,
            {"account_id": account_id, "targeting_criteria": targeting_criteria},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAudienceEstimateResource(AsyncAPIResource):
    """How many people a set of targeting criteria could reach, estimated for each request."""

    async def estimate(
        self,
        account_id: str,
        *,
        targeting_criteria: list[Mapping[str, Any]],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AudienceEstimate:
        """Estimate the audience of targeting criteria.

        Answers a range for the number of people that a line item with these targeting criteria
        could reach, before creating anything. The criteria take the same values as targeting
        criteria do (keys from the targeting look-ups); at least one should be a primary one
        (followers, custom audiences, interests, keywords, TV). The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            targeting_criteria: The targeting criteria, each as a targeting criterion would be
                created: its type, its value and, to exclude rather than include,
                `operator_type` `NE`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Members to add to the JSON body, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AudienceEstimate.
        """
        return await self._client._call(
            ESTIMATE_AUDIENCE,
            {"account_id": account_id, "targeting_criteria": targeting_criteria},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AudienceEstimateResourceWithRawResponse:
    """The same calls as `AudienceEstimateResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AudienceEstimateResource) -> None:
        self.estimate = to_raw_response_wrapper(resource.estimate)


class AsyncAudienceEstimateResourceWithRawResponse:
    """The same calls as `AsyncAudienceEstimateResource`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncAudienceEstimateResource) -> None:
        self.estimate = async_to_raw_response_wrapper(resource.estimate)
