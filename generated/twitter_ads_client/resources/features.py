"""The beta and limited-release capabilities an ads account has been granted, by their
keys.

Generated from the spec's `features` operations; do not edit.
"""

from __future__ import annotations

import builtins
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
    from ..types.feature import Feature

__all__ = [
    "AsyncFeatures",
    "AsyncFeaturesWithRawResponse",
    "Features",
    "FeaturesWithRawResponse",
]

LIST_FEATURES: Operation[list[Feature]] = Operation(
    "listFeatures",
    "GET",
    "/accounts/{account_id}/features",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "feature_keys",
            "array",
            min_items=1,
            comma_joined=True,
            items=Param(
                "",
                "string",
                enum=(
                    "REACH_AND_FREQUENCY_ANALYTICS",
                    "REACH_FREQUENCY_CAP",
                    "WEBSITE_CLICKS_CPM_BILLING",
                ),
            ),
        ),
    ),
    result=Result("list", "feature:Feature"),
)
ADD_FEATURES: Operation[list[Feature]] = Operation(
    "addFeatures",
    "POST",
    "/accounts/{account_id}/features",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "feature_keys",
            "array",
            location="form",
            required=True,
            min_items=1,
            comma_joined=True,
            items=Param(
                "",
                "string",
                enum=(
                    "AGE_TARGETING",
                    "ALLOW_SKIPPABLE_VIDEOS_FOR_PREROLL_VIEWS_OBJECTIVE",
                    "AWARENESS_OBJECTIVE",
                    "BRAND_TPN",
                    "CHARGE_FOR_GOOD_CLICK",
                    "CONVERSATION_CARD",
                    "CONVERSATION_CARD_FOUR_OPTIONS",
                    "CONVERSATION_CARD_UNLOCK",
                    "CPI_CHARGING",
                    "DIRECT_MESSAGE_CARD",
                    "DR_TAP",
                    "ENGAGER_RETARGETING",
                    "EVENT_TARGETING",
                    "INSTALLED_APP_CATEGORY_TARGETING",
                    "MOBILE_CONVERSION_TRANSACTION_VALUE",
                    "OPTIMIZED_ACTION_BIDDING",
                    "REACH_AND_FREQUENCY_ANALYTICS",
                    "REACH_FREQUENCY_CAP",
                    "VALIDATED_AGE_TARGETING",
                    "VIDEO_VIEWS_MIDROLL_OBJECTIVE",
                    "PREROLL_VIEWS_OBJECTIVE",
                    "VIDEO_APP_DOWNLOAD_CARD",
                ),
            ),
        ),
    ),
    result=Result("list", "feature:Feature"),
    sandbox_only=True,
)
REMOVE_FEATURES: Operation[list[Feature]] = Operation(
    "removeFeatures",
    "DELETE",
    "/accounts/{account_id}/features",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "feature_keys",
            "array",
            required=True,
            min_items=1,
            comma_joined=True,
            items=Param(
                "",
                "string",
                enum=(
                    "AGE_TARGETING",
                    "ALLOW_SKIPPABLE_VIDEOS_FOR_PREROLL_VIEWS_OBJECTIVE",
                    "AWARENESS_OBJECTIVE",
                    "BRAND_TPN",
                    "CHARGE_FOR_GOOD_CLICK",
                    "CONVERSATION_CARD",
                    "CONVERSATION_CARD_FOUR_OPTIONS",
                    "CONVERSATION_CARD_UNLOCK",
                    "CPI_CHARGING",
                    "DIRECT_MESSAGE_CARD",
                    "DR_TAP",
                    "ENGAGER_RETARGETING",
                    "EVENT_TARGETING",
                    "INSTALLED_APP_CATEGORY_TARGETING",
                    "MOBILE_CONVERSION_TRANSACTION_VALUE",
                    "OPTIMIZED_ACTION_BIDDING",
                    "REACH_AND_FREQUENCY_ANALYTICS",
                    "REACH_FREQUENCY_CAP",
                    "VALIDATED_AGE_TARGETING",
                    "VIDEO_VIEWS_MIDROLL_OBJECTIVE",
                    "PREROLL_VIEWS_OBJECTIVE",
                    "VIDEO_APP_DOWNLOAD_CARD",
                ),
            ),
        ),
    ),
    result=Result("list", "feature:Feature"),
    sandbox_only=True,
)


class Features(SyncAPIResource):
    """The beta and limited-release capabilities an ads account has been granted, by their
    keys."""

    def list(
        self,
        account_id: str,
        *,
        feature_keys: (
            builtins.list[
                Literal[
                    "REACH_AND_FREQUENCY_ANALYTICS",
                    "REACH_FREQUENCY_CAP",
                    "WEBSITE_CLICKS_CPM_BILLING",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Feature]:
        """List the features granted to an account.

        Returns the keys of the beta and limited-release capabilities the ads account may use.
        Generally available capabilities never appear here. Access is granted by X to the
        advertiser, never requested through the API; in the sandbox, `POST` and `DELETE` on this
        path grant and withdraw them. The keys come in alphabetical order.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            feature_keys: Only answer whether these keys are granted: the answer lists those of
                them the account has, and leaves the others out.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Feature objects of the answer.
        """
        return self._client._call(
            LIST_FEATURES,
            {"account_id": account_id, "feature_keys": feature_keys},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def add(
        self,
        account_id: str,
        *,
        feature_keys: builtins.list[
            Literal[
                "AGE_TARGETING",
                "ALLOW_SKIPPABLE_VIDEOS_FOR_PREROLL_VIEWS_OBJECTIVE",
                "AWARENESS_OBJECTIVE",
                "BRAND_TPN",
                "CHARGE_FOR_GOOD_CLICK",
                "CONVERSATION_CARD",
                "CONVERSATION_CARD_FOUR_OPTIONS",
                "CONVERSATION_CARD_UNLOCK",
                "CPI_CHARGING",
                "DIRECT_MESSAGE_CARD",
                "DR_TAP",
                "ENGAGER_RETARGETING",
                "EVENT_TARGETING",
                "INSTALLED_APP_CATEGORY_TARGETING",
                "MOBILE_CONVERSION_TRANSACTION_VALUE",
                "OPTIMIZED_ACTION_BIDDING",
                "REACH_AND_FREQUENCY_ANALYTICS",
                "REACH_FREQUENCY_CAP",
                "VALIDATED_AGE_TARGETING",
                "VIDEO_VIEWS_MIDROLL_OBJECTIVE",
                "PREROLL_VIEWS_OBJECTIVE",
                "VIDEO_APP_DOWNLOAD_CARD",
            ]
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Feature]:
        """Grant features to a test account (sandbox only).

        Grants a sandbox account the features named, so that integrations can try a beta
        capability before any advertiser has it. A key the account already has stays granted.
        The answer lists every feature the account has now.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            feature_keys: Features to grant or withdraw, one comma-separated value on the wire.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Feature objects of the answer.
        """
        return self._client._call(
            ADD_FEATURES,
            {"account_id": account_id, "feature_keys": feature_keys},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def remove(
        self,
        account_id: str,
        *,
        feature_keys: builtins.list[
            Literal[
                "AGE_TARGETING",
                "ALLOW_SKIPPABLE_VIDEOS_FOR_PREROLL_VIEWS_OBJECTIVE",
                "AWARENESS_OBJECTIVE",
                "BRAND_TPN",
                "CHARGE_FOR_GOOD_CLICK",
                "CONVERSATION_CARD",
                "CONVERSATION_CARD_FOUR_OPTIONS",
                "CONVERSATION_CARD_UNLOCK",
                "CPI_CHARGING",
                "DIRECT_MESSAGE_CARD",
                "DR_TAP",
                "ENGAGER_RETARGETING",
                "EVENT_TARGETING",
                "INSTALLED_APP_CATEGORY_TARGETING",
                "MOBILE_CONVERSION_TRANSACTION_VALUE",
                "OPTIMIZED_ACTION_BIDDING",
                "REACH_AND_FREQUENCY_ANALYTICS",
                "REACH_FREQUENCY_CAP",
                "VALIDATED_AGE_TARGETING",
                "VIDEO_VIEWS_MIDROLL_OBJECTIVE",
                "PREROLL_VIEWS_OBJECTIVE",
                "VIDEO_APP_DOWNLOAD_CARD",
            ]
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Feature]:
        """Withdraw features from a test account (sandbox only).

        Withdraws the features named from a sandbox account. A key the account does not have is
        ignored. The answer lists every feature the account still has.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            feature_keys: The features to withdraw.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Feature objects of the answer.
        """
        return self._client._call(
            REMOVE_FEATURES,
            {"account_id": account_id, "feature_keys": feature_keys},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncFeatures(AsyncAPIResource):
    """The beta and limited-release capabilities an ads account has been granted, by their
    keys."""

    async def list(
        self,
        account_id: str,
        *,
        feature_keys: (
            builtins.list[
                Literal[
                    "REACH_AND_FREQUENCY_ANALYTICS",
                    "REACH_FREQUENCY_CAP",
                    "WEBSITE_CLICKS_CPM_BILLING",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Feature]:
        """List the features granted to an account.

        Returns the keys of the beta and limited-release capabilities the ads account may use.
        Generally available capabilities never appear here. Access is granted by X to the
        advertiser, never requested through the API; in the sandbox, `POST` and `DELETE` on this
        path grant and withdraw them. The keys come in alphabetical order.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            feature_keys: Only answer whether these keys are granted: the answer lists those of
                them the account has, and leaves the others out.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Feature objects of the answer.
        """
        return await self._client._call(
            LIST_FEATURES,
            {"account_id": account_id, "feature_keys": feature_keys},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def add(
        self,
        account_id: str,
        *,
        feature_keys: builtins.list[
            Literal[
                "AGE_TARGETING",
                "ALLOW_SKIPPABLE_VIDEOS_FOR_PREROLL_VIEWS_OBJECTIVE",
                "AWARENESS_OBJECTIVE",
                "BRAND_TPN",
                "CHARGE_FOR_GOOD_CLICK",
                "CONVERSATION_CARD",
                "CONVERSATION_CARD_FOUR_OPTIONS",
                "CONVERSATION_CARD_UNLOCK",
                "CPI_CHARGING",
                "DIRECT_MESSAGE_CARD",
                "DR_TAP",
                "ENGAGER_RETARGETING",
                "EVENT_TARGETING",
                "INSTALLED_APP_CATEGORY_TARGETING",
                "MOBILE_CONVERSION_TRANSACTION_VALUE",
                "OPTIMIZED_ACTION_BIDDING",
                "REACH_AND_FREQUENCY_ANALYTICS",
                "REACH_FREQUENCY_CAP",
                "VALIDATED_AGE_TARGETING",
                "VIDEO_VIEWS_MIDROLL_OBJECTIVE",
                "PREROLL_VIEWS_OBJECTIVE",
                "VIDEO_APP_DOWNLOAD_CARD",
            ]
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Feature]:
        """Grant features to a test account (sandbox only).

        Grants a sandbox account the features named, so that integrations can try a beta
        capability before any advertiser has it. A key the account already has stays granted.
        The answer lists every feature the account has now.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            feature_keys: Features to grant or withdraw, one comma-separated value on the wire.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Feature objects of the answer.
        """
        return await self._client._call(
            ADD_FEATURES,
            {"account_id": account_id, "feature_keys": feature_keys},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def remove(
        self,
        account_id: str,
        *,
        feature_keys: builtins.list[
            Literal[
                "AGE_TARGETING",
                "ALLOW_SKIPPABLE_VIDEOS_FOR_PREROLL_VIEWS_OBJECTIVE",
                "AWARENESS_OBJECTIVE",
                "BRAND_TPN",
                "CHARGE_FOR_GOOD_CLICK",
                "CONVERSATION_CARD",
                "CONVERSATION_CARD_FOUR_OPTIONS",
                "CONVERSATION_CARD_UNLOCK",
                "CPI_CHARGING",
                "DIRECT_MESSAGE_CARD",
                "DR_TAP",
                "ENGAGER_RETARGETING",
                "EVENT_TARGETING",
                "INSTALLED_APP_CATEGORY_TARGETING",
                "MOBILE_CONVERSION_TRANSACTION_VALUE",
                "OPTIMIZED_ACTION_BIDDING",
                "REACH_AND_FREQUENCY_ANALYTICS",
                "REACH_FREQUENCY_CAP",
                "VALIDATED_AGE_TARGETING",
                "VIDEO_VIEWS_MIDROLL_OBJECTIVE",
                "PREROLL_VIEWS_OBJECTIVE",
                "VIDEO_APP_DOWNLOAD_CARD",
            ]
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Feature]:
        """Withdraw features from a test account (sandbox only).

        Withdraws the features named from a sandbox account. A key the account does not have is
        ignored. The answer lists every feature the account still has.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            feature_keys: The features to withdraw.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Feature objects of the answer.
        """
        return await self._client._call(
            REMOVE_FEATURES,
            {"account_id": account_id, "feature_keys": feature_keys},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class FeaturesWithRawResponse:
    """The same calls as `Features`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: Features) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)


class AsyncFeaturesWithRawResponse:
    """The same calls as `AsyncFeatures`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncFeatures) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)
