"""The ways an account pays (cards, credit lines, insertion orders). Read-only in
production; the sandbox can create and delete them.

Generated from the spec's `funding_instruments` operations; do not edit.
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
from .._rules import Exclusive
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.funding_instrument import FundingInstrument

__all__ = [
    "AsyncFundingInstruments",
    "AsyncFundingInstrumentsWithRawResponse",
    "FundingInstruments",
    "FundingInstrumentsWithRawResponse",
]

LIST_FUNDING_INSTRUMENTS: Operation[PageData[FundingInstrument]] = Operation(
    "listFundingInstruments",
    "GET",
    "/accounts/{account_id}/funding_instruments",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param(
            "funding_instrument_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param(
            "sort_by",
            "string",
            enum=(
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "funded_amount_local_micro-asc",
                "funded_amount_local_micro-desc",
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
            ),
        ),
        Param("with_deleted", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "funding_instrument:FundingInstrument"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_FUNDING_INSTRUMENT: Operation[FundingInstrument] = Operation(
    "createFundingInstrument",
    "POST",
    "/accounts/{account_id}/funding_instruments",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "currency",
            "string",
            location="form",
            required=True,
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
        Param("start_time", "datetime", location="form", required=True),
        Param(
            "type",
            "string",
            location="form",
            required=True,
            enum=(
                "AGENCY_CREDIT_LINE",
                "CREDIT_CARD",
                "CREDIT_LINE",
                "INSERTION_ORDER",
                "PARTNER_MANAGED",
            ),
        ),
        Param("end_time", "datetime", location="form"),
        Param(
            "credit_limit_local_micro",
            "integer",
            location="form",
            minimum=0,
            maximum=9223372036854775807,
        ),
        Param(
            "funded_amount_local_micro",
            "integer",
            location="form",
            minimum=0,
            maximum=9223372036854775807,
        ),
    ),
    result=Result("object", "funding_instrument:FundingInstrument"),
    sandbox_only=True,
)
GET_FUNDING_INSTRUMENT: Operation[FundingInstrument] = Operation(
    "getFundingInstrument",
    "GET",
    "/accounts/{account_id}/funding_instruments/{funding_instrument_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "funding_instrument_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "funding_instrument:FundingInstrument"),
)
DELETE_FUNDING_INSTRUMENT: Operation[FundingInstrument] = Operation(
    "deleteFundingInstrument",
    "DELETE",
    "/accounts/{account_id}/funding_instruments/{funding_instrument_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "funding_instrument_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
    ),
    result=Result("object", "funding_instrument:FundingInstrument"),
    sandbox_only=True,
)


class FundingInstruments(SyncAPIResource):
    """The ways an account pays (cards, credit lines, insertion orders). Read-only in
    production; the sandbox can create and delete them."""

    def list(
        self,
        account_id: str,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        funding_instrument_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "funded_amount_local_micro-asc",
                "funded_amount_local_micro-desc",
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FundingInstrument]:
        """List an account's funding instruments.

        Returns the funding instruments of the ads account, one page at a time.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            funding_instrument_ids: Keep only the funding instruments with these identifiers (up
                to 200).
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of FundingInstrument objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_FUNDING_INSTRUMENTS,
            {
                "account_id": account_id,
                "count": count,
                "cursor": cursor,
                "funding_instrument_ids": funding_instrument_ids,
                "sort_by": sort_by,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        account_id: str,
        *,
        currency: Literal[
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
        ],
        start_time: datetime,
        type: Literal[
            "AGENCY_CREDIT_LINE", "CREDIT_CARD", "CREDIT_LINE", "INSERTION_ORDER", "PARTNER_MANAGED"
        ],
        end_time: datetime | NotGiven = NOT_GIVEN,
        credit_limit_local_micro: int | NotGiven = NOT_GIVEN,
        funded_amount_local_micro: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FundingInstrument:
        """Create a test funding instrument (sandbox only).

        Adds a funding instrument of any type to a sandbox account, so that every payment set-up
        can be tried without spending money. Production instruments are set up outside the API.
        Which of `end_time`, `credit_limit_local_micro` and `funded_amount_local_micro` apply
        depends on the type: a credit limit fits card and credit-line types, a funded amount
        fits insertion orders.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            currency: A currency in which a funding instrument can be held.
                `x-currency-precision` gives, for each, how many decimal places its amounts may
                have: micros of a 2-decimal currency are multiples of 10000, of a 0-decimal
                currency multiples of 1000000.
            start_time: An instant sent to the API. The canonical form is RFC 3339 in UTC
                (`2017-07-05T00:00:00Z`); any other offset is converted to UTC by the server
                (`2017-07-10T08:00:00-08:00` is stored as `2017-07-10T16:00:00Z`). The API is
                lenient and also takes the forms listed in `x-also-accepted`: an offset without
                colon (`-0800`), an hour-only offset (`-08`), and a bare date, read as midnight
                in the ads account's time zone. Those are accepted but not canonical.
            type: How a funding instrument pays.
            end_time: When the instrument stops paying. Some types need it.
            credit_limit_local_micro: Credit available, for the types that have a credit limit.
            funded_amount_local_micro: Amount funded, for the types that are funded up front.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The FundingInstrument.
        """
        return self._client._call(
            CREATE_FUNDING_INSTRUMENT,
            {
                "account_id": account_id,
                "currency": currency,
                "start_time": start_time,
                "type": type,
                "end_time": end_time,
                "credit_limit_local_micro": credit_limit_local_micro,
                "funded_amount_local_micro": funded_amount_local_micro,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        funding_instrument_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FundingInstrument:
        """Get one funding instrument.

        Returns one funding instrument of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            funding_instrument_id: The funding instrument to work on.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The FundingInstrument.
        """
        return self._client._call(
            GET_FUNDING_INSTRUMENT,
            {
                "account_id": account_id,
                "funding_instrument_id": funding_instrument_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        funding_instrument_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FundingInstrument:
        """Delete a test funding instrument (sandbox only).

        Deletes a funding instrument of a sandbox account. The answer is the instrument as it
        now is: `deleted: true` and unable to fund.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            funding_instrument_id: The funding instrument to work on.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The FundingInstrument.
        """
        return self._client._call(
            DELETE_FUNDING_INSTRUMENT,
            {"account_id": account_id, "funding_instrument_id": funding_instrument_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncFundingInstruments(AsyncAPIResource):
    """The ways an account pays (cards, credit lines, insertion orders). Read-only in
    production; the sandbox can create and delete them."""

    def list(
        self,
        account_id: str,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        funding_instrument_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "funded_amount_local_micro-asc",
                "funded_amount_local_micro-desc",
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FundingInstrument]:
        """List an account's funding instruments.

        Returns the funding instruments of the ads account, one page at a time.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            funding_instrument_ids: Keep only the funding instruments with these identifiers (up
                to 200).
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of FundingInstrument objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_FUNDING_INSTRUMENTS,
            {
                "account_id": account_id,
                "count": count,
                "cursor": cursor,
                "funding_instrument_ids": funding_instrument_ids,
                "sort_by": sort_by,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        account_id: str,
        *,
        currency: Literal[
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
        ],
        start_time: datetime,
        type: Literal[
            "AGENCY_CREDIT_LINE", "CREDIT_CARD", "CREDIT_LINE", "INSERTION_ORDER", "PARTNER_MANAGED"
        ],
        end_time: datetime | NotGiven = NOT_GIVEN,
        credit_limit_local_micro: int | NotGiven = NOT_GIVEN,
        funded_amount_local_micro: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FundingInstrument:
        """Create a test funding instrument (sandbox only).

        Adds a funding instrument of any type to a sandbox account, so that every payment set-up
        can be tried without spending money. Production instruments are set up outside the API.
        Which of `end_time`, `credit_limit_local_micro` and `funded_amount_local_micro` apply
        depends on the type: a credit limit fits card and credit-line types, a funded amount
        fits insertion orders.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            currency: A currency in which a funding instrument can be held.
                `x-currency-precision` gives, for each, how many decimal places its amounts may
                have: micros of a 2-decimal currency are multiples of 10000, of a 0-decimal
                currency multiples of 1000000.
            start_time: An instant sent to the API. The canonical form is RFC 3339 in UTC
                (`2017-07-05T00:00:00Z`); any other offset is converted to UTC by the server
                (`2017-07-10T08:00:00-08:00` is stored as `2017-07-10T16:00:00Z`). The API is
                lenient and also takes the forms listed in `x-also-accepted`: an offset without
                colon (`-0800`), an hour-only offset (`-08`), and a bare date, read as midnight
                in the ads account's time zone. Those are accepted but not canonical.
            type: How a funding instrument pays.
            end_time: When the instrument stops paying. Some types need it.
            credit_limit_local_micro: Credit available, for the types that have a credit limit.
            funded_amount_local_micro: Amount funded, for the types that are funded up front.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The FundingInstrument.
        """
        return await self._client._call(
            CREATE_FUNDING_INSTRUMENT,
            {
                "account_id": account_id,
                "currency": currency,
                "start_time": start_time,
                "type": type,
                "end_time": end_time,
                "credit_limit_local_micro": credit_limit_local_micro,
                "funded_amount_local_micro": funded_amount_local_micro,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        funding_instrument_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FundingInstrument:
        """Get one funding instrument.

        Returns one funding instrument of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            funding_instrument_id: The funding instrument to work on.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The FundingInstrument.
        """
        return await self._client._call(
            GET_FUNDING_INSTRUMENT,
            {
                "account_id": account_id,
                "funding_instrument_id": funding_instrument_id,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        funding_instrument_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> FundingInstrument:
        """Delete a test funding instrument (sandbox only).

        Deletes a funding instrument of a sandbox account. The answer is the instrument as it
        now is: `deleted: true` and unable to fund.

        Sandbox only: refused before sending when the client targets the production host.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            funding_instrument_id: The funding instrument to work on.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The FundingInstrument.
        """
        return await self._client._call(
            DELETE_FUNDING_INSTRUMENT,
            {"account_id": account_id, "funding_instrument_id": funding_instrument_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class FundingInstrumentsWithRawResponse:
    """The same calls as `FundingInstruments`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: FundingInstruments) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncFundingInstrumentsWithRawResponse:
    """The same calls as `AsyncFundingInstruments`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncFundingInstruments) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
