"""Keywords and users to target next to those already chosen.

Generated from the spec's `targeting_suggestions` operations; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

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
    from ..types.targeting_suggestion import TargetingSuggestion

__all__ = [
    "AsyncTargetingSuggestions",
    "AsyncTargetingSuggestionsWithRawResponse",
    "TargetingSuggestions",
    "TargetingSuggestionsWithRawResponse",
]

GET_TARGETING_SUGGESTIONS: Operation[list[TargetingSuggestion]] = Operation(
    "getTargetingSuggestions",
    "GET",
    "/accounts/{account_id}/targeting_suggestions",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("suggestion_type", "string", required=True, enum=("KEYWORD", "USER_ID")),
        Param(
            "targeting_values",
            "array",
            required=True,
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", min_length=1, max_length=255, pattern="^[^,]+$"),
        ),
        Param("count", "integer", default=30, minimum=1, maximum=50),
    ),
    result=Result("list", "targeting_suggestion:TargetingSuggestion"),
)


class TargetingSuggestions(SyncAPIResource):
    """Keywords and users to target next to those already chosen."""

    def get(
        self,
        account_id: str,
        *,
        suggestion_type: Literal["KEYWORD", "USER_ID"],
        targeting_values: list[str],
        count: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[TargetingSuggestion]:
        """Suggest keywords or users to target.

        Given keywords, or given user identifiers, answers up to 50 more of the same kind that
        tend to reach a similar audience. The two kinds cannot be mixed in one request. Not
        paged: `count` caps the answer.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            suggestion_type: What to suggest, and what `targeting_values` holds: `KEYWORD`
                (keywords) or `USER_ID` (X user identifiers).
            targeting_values: The keywords or user identifiers to start from, comma-separated;
                all of the kind `suggestion_type` names.
            count: How many suggestions to return at most. (server default: `30`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingSuggestion objects of the answer.
        """
        return self._client._call(
            GET_TARGETING_SUGGESTIONS,
            {
                "account_id": account_id,
                "suggestion_type": suggestion_type,
                "targeting_values": targeting_values,
                "count": count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncTargetingSuggestions(AsyncAPIResource):
    """Keywords and users to target next to those already chosen."""

    async def get(
        self,
        account_id: str,
        *,
        suggestion_type: Literal["KEYWORD", "USER_ID"],
        targeting_values: list[str],
        count: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[TargetingSuggestion]:
        """Suggest keywords or users to target.

        Given keywords, or given user identifiers, answers up to 50 more of the same kind that
        tend to reach a similar audience. The two kinds cannot be mixed in one request. Not
        paged: `count` caps the answer.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            suggestion_type: What to suggest, and what `targeting_values` holds: `KEYWORD`
                (keywords) or `USER_ID` (X user identifiers).
            targeting_values: The keywords or user identifiers to start from, comma-separated;
                all of the kind `suggestion_type` names.
            count: How many suggestions to return at most. (server default: `30`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingSuggestion objects of the answer.
        """
        return await self._client._call(
            GET_TARGETING_SUGGESTIONS,
            {
                "account_id": account_id,
                "suggestion_type": suggestion_type,
                "targeting_values": targeting_values,
                "count": count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class TargetingSuggestionsWithRawResponse:
    """The same calls as `TargetingSuggestions`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: TargetingSuggestions) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncTargetingSuggestionsWithRawResponse:
    """The same calls as `AsyncTargetingSuggestions`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncTargetingSuggestions) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
