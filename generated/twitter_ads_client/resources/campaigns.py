"""Campaigns hold a budget and a funding instrument; their line items decide what is
shown to whom.

Generated from the spec's `campaigns` operations; do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import CallOptions
from .._operations import Batch, Operation, Param, Result
from .._pagination import AsyncPaginator, SyncPage
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._response import PageData
from .._rules import Exclusive, NotGreaterThan, OnlyWhen
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from ..types.campaign_batch import CampaignBatchOperation

if TYPE_CHECKING:
    from ..types.campaign import Campaign

__all__ = [
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "Campaigns",
    "CampaignsWithRawResponse",
]

LIST_CAMPAIGNS: Operation[PageData[Campaign]] = Operation(
    "listCampaigns",
    "GET",
    "/accounts/{account_id}/campaigns",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "campaign_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
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
        Param("q", "string", min_length=1, max_length=255),
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
                "name-asc",
                "name-desc",
                "daily_budget_amount_local_micro-asc",
                "daily_budget_amount_local_micro-desc",
                "total_budget_amount_local_micro-asc",
                "total_budget_amount_local_micro-desc",
                "standard_delivery-asc",
                "standard_delivery-desc",
            ),
        ),
        Param("with_deleted", "boolean", default=False),
        Param("with_draft", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "campaign:Campaign"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_CAMPAIGN: Operation[Campaign] = Operation(
    "createCampaign",
    "POST",
    "/accounts/{account_id}/campaigns",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "funding_instrument_id",
            "string",
            location="form",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
        Param("name", "string", location="form", required=True, min_length=1, max_length=255),
        Param(
            "budget_optimization",
            "string",
            location="form",
            default="CAMPAIGN",
            enum=("CAMPAIGN", "LINE_ITEM"),
        ),
        Param(
            "daily_budget_amount_local_micro",
            "integer",
            location="form",
            minimum=0,
            maximum=9223372036854775807,
        ),
        Param(
            "total_budget_amount_local_micro",
            "integer",
            location="form",
            minimum=0,
            maximum=9223372036854775807,
        ),
        Param(
            "entity_status",
            "string",
            location="form",
            default="ACTIVE",
            enum=("ACTIVE", "DRAFT", "PAUSED"),
        ),
        Param("purchase_order_number", "string", location="form", max_length=50),
        Param("standard_delivery", "boolean", location="form", default=True),
    ),
    result=Result("object", "campaign:Campaign"),
    rules=(
        NotGreaterThan(
            "daily_budget_amount_local_micro",
            "total_budget_amount_local_micro",
            "INVALID_PARAMETER",
            "The daily budget cannot be larger than the total budget.",
        ),
        OnlyWhen(
            "standard_delivery",
            {"budget_optimization": ("CAMPAIGN",)},
            "INVALID_PARAMETER",
            (
                "Pacing is chosen on the campaign only when the campaign holds the "
                "budget; with `LINE_ITEM` optimization each line item chooses its own."
            ),
        ),
    ),
)
GET_CAMPAIGN: Operation[Campaign] = Operation(
    "getCampaign",
    "GET",
    "/accounts/{account_id}/campaigns/{campaign_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("campaign_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "campaign:Campaign"),
)
UPDATE_CAMPAIGN: Operation[Campaign] = Operation(
    "updateCampaign",
    "PUT",
    "/accounts/{account_id}/campaigns/{campaign_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("campaign_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("name", "string", location="form", min_length=1, max_length=255),
        Param("budget_optimization", "string", location="form", enum=("CAMPAIGN", "LINE_ITEM")),
        Param(
            "daily_budget_amount_local_micro",
            "integer",
            location="form",
            nullable=True,
            minimum=0,
            maximum=9223372036854775807,
        ),
        Param(
            "total_budget_amount_local_micro",
            "integer",
            location="form",
            nullable=True,
            minimum=0,
            maximum=9223372036854775807,
        ),
        Param("entity_status", "string", location="form", enum=("ACTIVE", "PAUSED")),
        Param("purchase_order_number", "string", location="form", nullable=True, max_length=50),
        Param("standard_delivery", "boolean", location="form"),
    ),
    result=Result("object", "campaign:Campaign"),
    rules=(
        NotGreaterThan(
            "daily_budget_amount_local_micro",
            "total_budget_amount_local_micro",
            "INVALID_PARAMETER",
            "The daily budget cannot be larger than the total budget.",
        ),
        OnlyWhen(
            "standard_delivery",
            {"budget_optimization": ("CAMPAIGN",)},
            "INVALID_PARAMETER",
            (
                "Pacing is chosen on the campaign only when the campaign holds the "
                "budget; with `LINE_ITEM` optimization each line item chooses its own."
            ),
        ),
    ),
    partial_update=True,
)
DELETE_CAMPAIGN: Operation[Campaign] = Operation(
    "deleteCampaign",
    "DELETE",
    "/accounts/{account_id}/campaigns/{campaign_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("campaign_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("object", "campaign:Campaign"),
)
BATCH_CAMPAIGNS: Operation[list[Campaign]] = Operation(
    "batchCampaigns",
    "POST",
    "/batch/accounts/{account_id}/campaigns",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("batch", "campaign:Campaign"),
    batch=Batch(
        max_items=40,
        operations={
            "Create": CREATE_CAMPAIGN,
            "Update": UPDATE_CAMPAIGN,
            "Delete": DELETE_CAMPAIGN,
        },
        shared=("account_id",),
    ),
)


class Campaigns(SyncAPIResource):
    """Campaigns hold a budget and a funding instrument; their line items decide what is
    shown to whom."""

    def list(
        self,
        account_id: str,
        *,
        campaign_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        funding_instrument_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "name-asc",
                "name-desc",
                "daily_budget_amount_local_micro-asc",
                "daily_budget_amount_local_micro-desc",
                "total_budget_amount_local_micro-asc",
                "total_budget_amount_local_micro-desc",
                "standard_delivery-asc",
                "standard_delivery-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_draft: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Campaign]:
        """List an account's campaigns.

        Returns the campaigns of the ads account, one page at a time. Drafts and deleted
        campaigns are left out unless asked for.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_ids: Keep only the campaigns with these identifiers (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            funding_instrument_ids: Keep only the campaigns paid by these funding instruments
                (up to 200).
            q: Keep only objects whose `name` starts with this text, ignoring case.
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_draft: Also return objects whose `entity_status` is `DRAFT`; without it drafts
                are left out. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Campaign objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_CAMPAIGNS,
            {
                "account_id": account_id,
                "campaign_ids": campaign_ids,
                "count": count,
                "cursor": cursor,
                "funding_instrument_ids": funding_instrument_ids,
                "q": q,
                "sort_by": sort_by,
                "with_deleted": with_deleted,
                "with_draft": with_draft,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        account_id: str,
        *,
        funding_instrument_id: str,
        name: str,
        budget_optimization: Literal["CAMPAIGN", "LINE_ITEM"] | NotGiven = NOT_GIVEN,
        daily_budget_amount_local_micro: int | NotGiven = NOT_GIVEN,
        total_budget_amount_local_micro: int | NotGiven = NOT_GIVEN,
        entity_status: Literal["ACTIVE", "DRAFT", "PAUSED"] | NotGiven = NOT_GIVEN,
        purchase_order_number: str | NotGiven = NOT_GIVEN,
        standard_delivery: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Campaign:
        """Create a campaign.

        Creates a campaign in the ads account, paid by one of its funding instruments; the
        campaign takes the instrument's currency. An account may have 200 active campaigns by
        default (raisable on request); inactive ones are not limited. Since v11 the flight dates
        live on line items, not on campaigns. With the default `budget_optimization=CAMPAIGN`
        most funding instrument types need `daily_budget_amount_local_micro`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            funding_instrument_id: The funding instrument that will pay for the campaign.
            name: The campaign's name.
            budget_optimization: Where the budget lives: on the campaign (`CAMPAIGN`, the
                default), or on each of its line items (`LINE_ITEM`). (server default:
                `CAMPAIGN`)
            daily_budget_amount_local_micro: Most the campaign may spend per day. Needed by most
                funding instrument types when the campaign holds the budget; at most the total
                budget.
            total_budget_amount_local_micro: Most the campaign may spend over its life.
            entity_status: Delivery status chosen by the advertiser. `DRAFT` entities are hidden
                from list calls unless `with_draft=true`; a draft can become `PAUSED` or
                `ACTIVE` but never go back to `DRAFT`. (server default: `ACTIVE`)
            purchase_order_number: The advertiser's booking reference, for invoices.
            standard_delivery: Even pacing (`true`) or as fast as possible (`false`). Only with
                `budget_optimization=CAMPAIGN`. (server default: `true`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Campaign.
        """
        return self._client._call(
            CREATE_CAMPAIGN,
            {
                "account_id": account_id,
                "funding_instrument_id": funding_instrument_id,
                "name": name,
                "budget_optimization": budget_optimization,
                "daily_budget_amount_local_micro": daily_budget_amount_local_micro,
                "total_budget_amount_local_micro": total_budget_amount_local_micro,
                "entity_status": entity_status,
                "purchase_order_number": purchase_order_number,
                "standard_delivery": standard_delivery,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        campaign_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Campaign:
        """Get one campaign.

        Returns one campaign of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_id: The campaign to work on.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Campaign.
        """
        return self._client._call(
            GET_CAMPAIGN,
            {"account_id": account_id, "campaign_id": campaign_id, "with_deleted": with_deleted},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        campaign_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        budget_optimization: Literal["CAMPAIGN", "LINE_ITEM"] | NotGiven = NOT_GIVEN,
        daily_budget_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        total_budget_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        entity_status: Literal["ACTIVE", "PAUSED"] | NotGiven = NOT_GIVEN,
        purchase_order_number: str | NotGiven | None = NOT_GIVEN,
        standard_delivery: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Campaign:
        """Change a campaign.

        Changes the given attributes of a campaign and leaves the others alone. Sending an
        optional attribute with an empty value clears it (for example
        `total_budget_amount_local_micro=` removes the total budget). A draft campaign becomes
        live by setting `entity_status` to `ACTIVE` or `PAUSED`; nothing turns it back into a
        draft.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_id: The campaign to work on.
            name: New name.
            budget_optimization: Where the budget lives: on the campaign (`CAMPAIGN`, the
                default), or on each of its line items (`LINE_ITEM`).
            daily_budget_amount_local_micro: New daily budget; `null` removes it. (`None` clears
                it)
            total_budget_amount_local_micro: New total budget; `null` removes it. (`None` clears
                it)
            entity_status: The statuses an update may set. A campaign cannot be made a draft
                again.
            purchase_order_number: New booking reference; `null` removes it. (`None` clears it)
            standard_delivery: New pacing. Only with `budget_optimization=CAMPAIGN`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Campaign.
        """
        return self._client._call(
            UPDATE_CAMPAIGN,
            {
                "account_id": account_id,
                "campaign_id": campaign_id,
                "name": name,
                "budget_optimization": budget_optimization,
                "daily_budget_amount_local_micro": daily_budget_amount_local_micro,
                "total_budget_amount_local_micro": total_budget_amount_local_micro,
                "entity_status": entity_status,
                "purchase_order_number": purchase_order_number,
                "standard_delivery": standard_delivery,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        campaign_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Campaign:
        """Delete a campaign.

        Deletes a campaign for good. The answer is the campaign with `deleted: true`; afterwards
        it is only visible with `with_deleted=true`, and deleting it again gives 404.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_id: The campaign to work on.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Campaign.
        """
        return self._client._call(
            DELETE_CAMPAIGN,
            {"account_id": account_id, "campaign_id": campaign_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def batch(
        self,
        account_id: str,
        operations: Sequence[CampaignBatchOperation],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Campaign]:
        """Create, change and delete several campaigns at once.

        Applies a list of campaign operations in one request: up to 40 creates, updates and
        deletes, in any mix. Each item's `params` are what the single-campaign endpoint takes;
        updates and deletes name their campaign with `campaign_id` inside `params`. The batch is
        all or nothing: if any item fails, none is applied and the answer says which items
        failed and why. On success the answer lists the resulting campaigns in request order.
        The body must be JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            operations: 1 to 40 items, each a mapping {"operation_type": "Create" | "Update" |
                "Delete", "params": {...}} (or a CampaignBatchOperation); applied all or
                nothing, in order
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: the body is a JSON list, with no room for other parameters.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The resulting Campaign objects, in the order of `operations`.
        """
        return self._client._call(
            BATCH_CAMPAIGNS,
            {"account_id": account_id, "operations": operations},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncCampaigns(AsyncAPIResource):
    """Campaigns hold a budget and a funding instrument; their line items decide what is
    shown to whom."""

    def list(
        self,
        account_id: str,
        *,
        campaign_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        funding_instrument_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "name-asc",
                "name-desc",
                "daily_budget_amount_local_micro-asc",
                "daily_budget_amount_local_micro-desc",
                "total_budget_amount_local_micro-asc",
                "total_budget_amount_local_micro-desc",
                "standard_delivery-asc",
                "standard_delivery-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_draft: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Campaign]:
        """List an account's campaigns.

        Returns the campaigns of the ads account, one page at a time. Drafts and deleted
        campaigns are left out unless asked for.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_ids: Keep only the campaigns with these identifiers (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            funding_instrument_ids: Keep only the campaigns paid by these funding instruments
                (up to 200).
            q: Keep only objects whose `name` starts with this text, ignoring case.
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_draft: Also return objects whose `entity_status` is `DRAFT`; without it drafts
                are left out. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Campaign objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_CAMPAIGNS,
            {
                "account_id": account_id,
                "campaign_ids": campaign_ids,
                "count": count,
                "cursor": cursor,
                "funding_instrument_ids": funding_instrument_ids,
                "q": q,
                "sort_by": sort_by,
                "with_deleted": with_deleted,
                "with_draft": with_draft,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        account_id: str,
        *,
        funding_instrument_id: str,
        name: str,
        budget_optimization: Literal["CAMPAIGN", "LINE_ITEM"] | NotGiven = NOT_GIVEN,
        daily_budget_amount_local_micro: int | NotGiven = NOT_GIVEN,
        total_budget_amount_local_micro: int | NotGiven = NOT_GIVEN,
        entity_status: Literal["ACTIVE", "DRAFT", "PAUSED"] | NotGiven = NOT_GIVEN,
        purchase_order_number: str | NotGiven = NOT_GIVEN,
        standard_delivery: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Campaign:
        """Create a campaign.

        Creates a campaign in the ads account, paid by one of its funding instruments; the
        campaign takes the instrument's currency. An account may have 200 active campaigns by
        default (raisable on request); inactive ones are not limited. Since v11 the flight dates
        live on line items, not on campaigns. With the default `budget_optimization=CAMPAIGN`
        most funding instrument types need `daily_budget_amount_local_micro`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            funding_instrument_id: The funding instrument that will pay for the campaign.
            name: The campaign's name.
            budget_optimization: Where the budget lives: on the campaign (`CAMPAIGN`, the
                default), or on each of its line items (`LINE_ITEM`). (server default:
                `CAMPAIGN`)
            daily_budget_amount_local_micro: Most the campaign may spend per day. Needed by most
                funding instrument types when the campaign holds the budget; at most the total
                budget.
            total_budget_amount_local_micro: Most the campaign may spend over its life.
            entity_status: Delivery status chosen by the advertiser. `DRAFT` entities are hidden
                from list calls unless `with_draft=true`; a draft can become `PAUSED` or
                `ACTIVE` but never go back to `DRAFT`. (server default: `ACTIVE`)
            purchase_order_number: The advertiser's booking reference, for invoices.
            standard_delivery: Even pacing (`true`) or as fast as possible (`false`). Only with
                `budget_optimization=CAMPAIGN`. (server default: `true`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Campaign.
        """
        return await self._client._call(
            CREATE_CAMPAIGN,
            {
                "account_id": account_id,
                "funding_instrument_id": funding_instrument_id,
                "name": name,
                "budget_optimization": budget_optimization,
                "daily_budget_amount_local_micro": daily_budget_amount_local_micro,
                "total_budget_amount_local_micro": total_budget_amount_local_micro,
                "entity_status": entity_status,
                "purchase_order_number": purchase_order_number,
                "standard_delivery": standard_delivery,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        campaign_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Campaign:
        """Get one campaign.

        Returns one campaign of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_id: The campaign to work on.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Campaign.
        """
        return await self._client._call(
            GET_CAMPAIGN,
            {"account_id": account_id, "campaign_id": campaign_id, "with_deleted": with_deleted},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        campaign_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        budget_optimization: Literal["CAMPAIGN", "LINE_ITEM"] | NotGiven = NOT_GIVEN,
        daily_budget_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        total_budget_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        entity_status: Literal["ACTIVE", "PAUSED"] | NotGiven = NOT_GIVEN,
        purchase_order_number: str | NotGiven | None = NOT_GIVEN,
        standard_delivery: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Campaign:
        """Change a campaign.

        Changes the given attributes of a campaign and leaves the others alone. Sending an
        optional attribute with an empty value clears it (for example
        `total_budget_amount_local_micro=` removes the total budget). A draft campaign becomes
        live by setting `entity_status` to `ACTIVE` or `PAUSED`; nothing turns it back into a
        draft.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_id: The campaign to work on.
            name: New name.
            budget_optimization: Where the budget lives: on the campaign (`CAMPAIGN`, the
                default), or on each of its line items (`LINE_ITEM`).
            daily_budget_amount_local_micro: New daily budget; `null` removes it. (`None` clears
                it)
            total_budget_amount_local_micro: New total budget; `null` removes it. (`None` clears
                it)
            entity_status: The statuses an update may set. A campaign cannot be made a draft
                again.
            purchase_order_number: New booking reference; `null` removes it. (`None` clears it)
            standard_delivery: New pacing. Only with `budget_optimization=CAMPAIGN`.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Campaign.
        """
        return await self._client._call(
            UPDATE_CAMPAIGN,
            {
                "account_id": account_id,
                "campaign_id": campaign_id,
                "name": name,
                "budget_optimization": budget_optimization,
                "daily_budget_amount_local_micro": daily_budget_amount_local_micro,
                "total_budget_amount_local_micro": total_budget_amount_local_micro,
                "entity_status": entity_status,
                "purchase_order_number": purchase_order_number,
                "standard_delivery": standard_delivery,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        campaign_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Campaign:
        """Delete a campaign.

        Deletes a campaign for good. The answer is the campaign with `deleted: true`; afterwards
        it is only visible with `with_deleted=true`, and deleting it again gives 404.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_id: The campaign to work on.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Campaign.
        """
        return await self._client._call(
            DELETE_CAMPAIGN,
            {"account_id": account_id, "campaign_id": campaign_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def batch(
        self,
        account_id: str,
        operations: Sequence[CampaignBatchOperation],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Campaign]:
        """Create, change and delete several campaigns at once.

        Applies a list of campaign operations in one request: up to 40 creates, updates and
        deletes, in any mix. Each item's `params` are what the single-campaign endpoint takes;
        updates and deletes name their campaign with `campaign_id` inside `params`. The batch is
        all or nothing: if any item fails, none is applied and the answer says which items
        failed and why. On success the answer lists the resulting campaigns in request order.
        The body must be JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            operations: 1 to 40 items, each a mapping {"operation_type": "Create" | "Update" |
                "Delete", "params": {...}} (or a CampaignBatchOperation); applied all or
                nothing, in order
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: the body is a JSON list, with no room for other parameters.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The resulting Campaign objects, in the order of `operations`.
        """
        return await self._client._call(
            BATCH_CAMPAIGNS,
            {"account_id": account_id, "operations": operations},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class CampaignsWithRawResponse:
    """The same calls as `Campaigns`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: Campaigns) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.batch = to_raw_response_wrapper(resource.batch)


class AsyncCampaignsWithRawResponse:
    """The same calls as `AsyncCampaigns`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncCampaigns) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.batch = async_to_raw_response_wrapper(resource.batch)
