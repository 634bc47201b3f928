"""The lowest and highest bids, and the smallest step, in each currency. The same for
every user.

Generated from the spec's `bidding_rules` operations; do not edit.
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
    from ..types.bidding_rule import BiddingRule

__all__ = [
    "AsyncBiddingRules",
    "AsyncBiddingRulesWithRawResponse",
    "BiddingRules",
    "BiddingRulesWithRawResponse",
]

LIST_BIDDING_RULES: Operation[list[BiddingRule]] = Operation(
    "listBiddingRules",
    "GET",
    "/bidding_rules",
    params=(
        Param(
            "currency",
            "string",
            enum=(
                "AED",
                "ARS",
                "AUD",
                "BHD",
                "BRL",
                "CAD",
                "CLP",
                "COP",
                "DZD",
                "EGP",
                "EUR",
                "GBP",
                "HKD",
                "IDR",
                "INR",
                "IQD",
                "JPY",
                "KRW",
                "KWD",
                "LBP",
                "MAD",
                "MXN",
                "MYR",
                "NZD",
                "PHP",
                "PKR",
                "QAR",
                "SAR",
                "SGD",
                "THB",
                "TND",
                "TRY",
                "USD",
                "VEF",
                "VND",
            ),
        ),
    ),
    result=Result("list", "bidding_rule:BiddingRule"),
)


class BiddingRules(SyncAPIResource):
    """The lowest and highest bids, and the smallest step, in each currency. The same for
    every user."""

    def list(
        self,
        *,
        currency: (
            Literal[
                "AED",
                "ARS",
                "AUD",
                "BHD",
                "BRL",
                "CAD",
                "CLP",
                "COP",
                "DZD",
                "EGP",
                "EUR",
                "GBP",
                "HKD",
                "IDR",
                "INR",
                "IQD",
                "JPY",
                "KRW",
                "KWD",
                "LBP",
                "MAD",
                "MXN",
                "MYR",
                "NZD",
                "PHP",
                "PKR",
                "QAR",
                "SAR",
                "SGD",
                "THB",
                "TND",
                "TRY",
                "USD",
                "VEF",
                "VND",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BiddingRule]:
        """List the bidding rules of each currency.

        Returns, for every currency a funding instrument may hold (or the one asked for), the
        lowest and highest bid per engagement and the smallest amount a bid may be a multiple
        of, in micros of that currency. The rules change rarely; reading them once a month is
        enough. The answer is not paged and counts its rules in `total_count`.

        Args:
            currency: Only the rules of this currency (ISO 4217). Without it, every currency's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The BiddingRule objects of the answer.
        """
        return self._client._call(
            LIST_BIDDING_RULES,
            {"currency": currency},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncBiddingRules(AsyncAPIResource):
    """The lowest and highest bids, and the smallest step, in each currency. The same for
    every user."""

    async def list(
        self,
        *,
        currency: (
            Literal[
                "AED",
                "ARS",
                "AUD",
                "BHD",
                "BRL",
                "CAD",
                "CLP",
                "COP",
                "DZD",
                "EGP",
                "EUR",
                "GBP",
                "HKD",
                "IDR",
                "INR",
                "IQD",
                "JPY",
                "KRW",
                "KWD",
                "LBP",
                "MAD",
                "MXN",
                "MYR",
                "NZD",
                "PHP",
                "PKR",
                "QAR",
                "SAR",
                "SGD",
                "THB",
                "TND",
                "TRY",
                "USD",
                "VEF",
                "VND",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[BiddingRule]:
        """List the bidding rules of each currency.

        Returns, for every currency a funding instrument may hold (or the one asked for), the
        lowest and highest bid per engagement and the smallest amount a bid may be a multiple
        of, in micros of that currency. The rules change rarely; reading them once a month is
        enough. The answer is not paged and counts its rules in `total_count`.

        Args:
            currency: Only the rules of this currency (ISO 4217). Without it, every currency's.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The BiddingRule objects of the answer.
        """
        return await self._client._call(
            LIST_BIDDING_RULES,
            {"currency": currency},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class BiddingRulesWithRawResponse:
    """The same calls as `BiddingRules`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: BiddingRules) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncBiddingRulesWithRawResponse:
    """The same calls as `AsyncBiddingRules`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncBiddingRules) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
