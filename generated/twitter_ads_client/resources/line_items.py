"""Line items (ad groups) spend a campaign's budget: what is promoted, where, how it
bids and what it optimises for.

Generated from the spec's `line_items` operations; do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
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
from .._rules import Exclusive, NotAllowedWhen, NotGreaterThan, NotOnly, OnlyWhen, RequiredWhen
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from ..types.line_item_batch import LineItemBatchOperation

if TYPE_CHECKING:
    from ..types.line_item import LineItem
    from ..types.placement_combinations import PlacementCombinations

__all__ = [
    "AsyncLineItems",
    "AsyncLineItemsWithRawResponse",
    "LineItems",
    "LineItemsWithRawResponse",
]

LIST_LINE_ITEMS: Operation[PageData[LineItem]] = Operation(
    "listLineItems",
    "GET",
    "/accounts/{account_id}/line_items",
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
        Param(
            "line_item_ids",
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
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
                "bid_amount_local_micro-asc",
                "bid_amount_local_micro-desc",
                "total_budget_amount_local_micro-asc",
                "total_budget_amount_local_micro-desc",
                "daily_budget_amount_local_micro-asc",
                "daily_budget_amount_local_micro-desc",
                "entity_status-asc",
                "entity_status-desc",
            ),
        ),
        Param("with_deleted", "boolean", default=False),
        Param("with_draft", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "line_item:LineItem"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_LINE_ITEM: Operation[LineItem] = Operation(
    "createLineItem",
    "POST",
    "/accounts/{account_id}/line_items",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("campaign_id", "string", location="form", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "objective",
            "string",
            location="form",
            required=True,
            enum=(
                "APP_ENGAGEMENTS",
                "APP_INSTALLS",
                "REACH",
                "FOLLOWERS",
                "ENGAGEMENTS",
                "VIDEO_VIEWS",
                "PREROLL_VIEWS",
                "WEBSITE_CLICKS",
            ),
        ),
        Param(
            "product_type",
            "string",
            location="form",
            required=True,
            enum=("MEDIA", "PROMOTED_ACCOUNT", "PROMOTED_TWEETS"),
        ),
        Param(
            "placements",
            "array",
            location="form",
            required=True,
            min_items=1,
            max_items=11,
            unique_items=True,
            comma_joined=True,
            items=Param(
                "",
                "string",
                enum=(
                    "ALL_ON_TWITTER",
                    "PUBLISHER_NETWORK",
                    "TAP_BANNER",
                    "TAP_FULL",
                    "TAP_FULL_LANDSCAPE",
                    "TAP_NATIVE",
                    "TAP_MRECT",
                    "TWITTER_PROFILE",
                    "TWITTER_REPLIES",
                    "TWITTER_SEARCH",
                    "TWITTER_TIMELINE",
                ),
            ),
        ),
        Param("name", "string", location="form", min_length=1, max_length=255),
        Param(
            "advertiser_domain",
            "string",
            location="form",
            min_length=1,
            max_length=255,
            pattern="^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",
        ),
        Param("advertiser_user_id", "string", location="form", pattern="^[0-9]{1,20}$"),
        Param(
            "android_app_store_identifier", "string", location="form", min_length=1, max_length=255
        ),
        Param("ios_app_store_identifier", "string", location="form", pattern="^[0-9]{1,19}$"),
        Param(
            "audience_expansion", "string", location="form", enum=("BROAD", "DEFINED", "EXPANDED")
        ),
        Param(
            "bid_amount_local_micro",
            "integer",
            location="form",
            minimum=1,
            maximum=9223372036854775807,
        ),
        Param("bid_strategy", "string", location="form", enum=("AUTO", "MAX", "TARGET")),
        Param(
            "categories",
            "array",
            location="form",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^IAB[0-9]{1,2}(-[0-9]{1,2})?$"),
        ),
        Param("duration_in_days", "integer", location="form", enum=(1, 7, 30)),
        Param("frequency_cap", "integer", location="form", minimum=1, maximum=2147483647),
        Param(
            "goal",
            "string",
            location="form",
            enum=(
                "APP_CLICKS",
                "APP_INSTALLS",
                "APP_PURCHASES",
                "ENGAGEMENT",
                "FOLLOWERS",
                "LINK_CLICKS",
                "MAX_REACH",
                "PREROLL",
                "PREROLL_STARTS",
                "REACH_WITH_ENGAGEMENT",
                "SITE_VISITS",
                "VIDEO_VIEW",
                "VIEW_3S_100PCT",
                "VIEW_6S",
                "VIEW_15S",
                "WEBSITE_CONVERSIONS",
            ),
        ),
        Param("pay_by", "string", location="form", enum=("APP_CLICK", "IMPRESSION", "LINK_CLICK")),
        Param("primary_web_event_tag", "string", location="form", pattern="^[0-9a-z]{1,13}$"),
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
        Param("start_time", "datetime", location="form", required=True),
        Param("end_time", "datetime", location="form"),
        Param(
            "entity_status",
            "string",
            location="form",
            default="ACTIVE",
            enum=("ACTIVE", "DRAFT", "PAUSED"),
        ),
        Param("standard_delivery", "boolean", location="form", default=True),
    ),
    result=Result("object", "line_item:LineItem"),
    rules=(
        NotGreaterThan(
            "daily_budget_amount_local_micro",
            "total_budget_amount_local_micro",
            "INVALID_PARAMETER",
            "The daily budget cannot be larger than the total budget.",
        ),
        RequiredWhen(
            ("bid_amount_local_micro",),
            {"bid_strategy": ("MAX", "TARGET")},
            5500000,
            "MISSING_PARAMETER",
            "A maximum or target bid strategy bids the amount given.",
        ),
        RequiredWhen(
            ("primary_web_event_tag",),
            {"goal": ("WEBSITE_CONVERSIONS",)},
            "nvo4z",
            "MISSING_PARAMETER",
            "Optimising for conversions needs the web event tag that counts them.",
        ),
        NotAllowedWhen(
            "bid_strategy",
            ("MAX",),
            {"objective": ("REACH", "FOLLOWERS")},
            "INVALID_PARAMETER",
            (
                "Reach and follower objectives cannot cap the bid; they bid "
                "automatically or to a target."
            ),
        ),
        OnlyWhen(
            "frequency_cap",
            {"objective": ("REACH", "ENGAGEMENTS", "VIDEO_VIEWS", "PREROLL_VIEWS")},
            "INVALID_PARAMETER",
            "Only these objectives can limit how often one person sees the ads.",
        ),
        RequiredWhen(
            ("android_app_store_identifier", "ios_app_store_identifier"),
            {"objective": ("APP_INSTALLS", "APP_ENGAGEMENTS")},
            "com.twitter.android",
            "MISSING_PARAMETER",
            "An app objective names the app it promotes, in at least one store.",
        ),
        RequiredWhen(
            ("advertiser_domain",),
            {"placements": ("PUBLISHER_NETWORK",)},
            "x.com",
            "MISSING_PARAMETER",
            "Ads shown on partner publishers name the advertiser's web site.",
        ),
        RequiredWhen(
            ("categories",),
            {"placements": ("PUBLISHER_NETWORK",)},
            ("IAB3-1",),
            "MISSING_PARAMETER",
            ("Ads shown on partner publishers say what the advertiser does, as IAB " "categories."),
        ),
        NotOnly(
            "placements",
            ("TWITTER_PROFILE",),
            "ALL_ON_TWITTER",
            "INVALID_PLACEMENT_TYPE",
            "The profile placement only comes with another placement.",
        ),
        OnlyWhen(
            "daily_budget_amount_local_micro",
            {"campaign_id.budget_optimization": ("LINE_ITEM",)},
            "INVALID_PARAMETER",
            (
                "A line item has a daily budget of its own only under a campaign that "
                "leaves budgets to its line items."
            ),
        ),
        OnlyWhen(
            "standard_delivery",
            {"campaign_id.budget_optimization": ("LINE_ITEM",)},
            "INVALID_PARAMETER",
            (
                "A line item chooses its pacing only under a campaign that leaves "
                "budgets to its line items."
            ),
        ),
    ),
)
GET_LINE_ITEM: Operation[LineItem] = Operation(
    "getLineItem",
    "GET",
    "/accounts/{account_id}/line_items/{line_item_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("line_item_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "line_item:LineItem"),
)
UPDATE_LINE_ITEM: Operation[LineItem] = Operation(
    "updateLineItem",
    "PUT",
    "/accounts/{account_id}/line_items/{line_item_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("line_item_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "advertiser_domain",
            "string",
            location="form",
            nullable=True,
            min_length=1,
            max_length=255,
            pattern="^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$",
        ),
        Param("advertiser_user_id", "string", location="form", pattern="^[0-9]{1,20}$"),
        Param(
            "android_app_store_identifier", "string", location="form", min_length=1, max_length=255
        ),
        Param(
            "audience_expansion", "string", location="form", enum=("BROAD", "DEFINED", "EXPANDED")
        ),
        Param(
            "bid_amount_local_micro",
            "integer",
            location="form",
            nullable=True,
            minimum=1,
            maximum=9223372036854775807,
        ),
        Param("bid_strategy", "string", location="form", enum=("AUTO", "MAX", "TARGET")),
        Param(
            "categories",
            "array",
            location="form",
            nullable=True,
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^IAB[0-9]{1,2}(-[0-9]{1,2})?$"),
        ),
        Param("duration_in_days", "integer", location="form", nullable=True, enum=(1, 7, 30)),
        Param("entity_status", "string", location="form", enum=("ACTIVE", "PAUSED")),
        Param("end_time", "datetime", location="form", nullable=True),
        Param(
            "frequency_cap",
            "integer",
            location="form",
            nullable=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param(
            "goal",
            "string",
            location="form",
            enum=(
                "APP_CLICKS",
                "APP_INSTALLS",
                "APP_PURCHASES",
                "ENGAGEMENT",
                "FOLLOWERS",
                "LINK_CLICKS",
                "MAX_REACH",
                "PREROLL",
                "PREROLL_STARTS",
                "REACH_WITH_ENGAGEMENT",
                "SITE_VISITS",
                "VIDEO_VIEW",
                "VIEW_3S_100PCT",
                "VIEW_6S",
                "VIEW_15S",
                "WEBSITE_CONVERSIONS",
            ),
        ),
        Param("ios_app_store_identifier", "string", location="form", pattern="^[0-9]{1,19}$"),
        Param("name", "string", location="form", nullable=True, min_length=1, max_length=255),
        Param("pay_by", "string", location="form", enum=("APP_CLICK", "IMPRESSION", "LINK_CLICK")),
        Param("start_time", "datetime", location="form"),
        Param(
            "total_budget_amount_local_micro",
            "integer",
            location="form",
            nullable=True,
            minimum=0,
            maximum=9223372036854775807,
        ),
        Param(
            "daily_budget_amount_local_micro",
            "integer",
            location="form",
            nullable=True,
            minimum=0,
            maximum=9223372036854775807,
        ),
    ),
    result=Result("object", "line_item:LineItem"),
    rules=(
        NotGreaterThan(
            "daily_budget_amount_local_micro",
            "total_budget_amount_local_micro",
            "INVALID_PARAMETER",
            "The daily budget cannot be larger than the total budget.",
        ),
        RequiredWhen(
            ("bid_amount_local_micro",),
            {"bid_strategy": ("MAX", "TARGET")},
            5500000,
            "MISSING_PARAMETER",
            "A maximum or target bid strategy bids the amount given.",
        ),
        OnlyWhen(
            "daily_budget_amount_local_micro",
            {"campaign_id.budget_optimization": ("LINE_ITEM",)},
            "INVALID_PARAMETER",
            (
                "A line item has a daily budget of its own only under a campaign that "
                "leaves budgets to its line items."
            ),
        ),
    ),
    partial_update=True,
)
DELETE_LINE_ITEM: Operation[LineItem] = Operation(
    "deleteLineItem",
    "DELETE",
    "/accounts/{account_id}/line_items/{line_item_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("line_item_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("object", "line_item:LineItem"),
)
PLACEMENTS_LINE_ITEMS: Operation[list[PlacementCombinations]] = Operation(
    "placementsLineItems",
    "GET",
    "/line_items/placements",
    params=(
        Param("product_type", "string", enum=("MEDIA", "PROMOTED_ACCOUNT", "PROMOTED_TWEETS")),
    ),
    result=Result("list", "placement_combinations:PlacementCombinations"),
)
BATCH_LINE_ITEMS: Operation[list[LineItem]] = Operation(
    "batchLineItems",
    "POST",
    "/batch/accounts/{account_id}/line_items",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("batch", "line_item:LineItem"),
    batch=Batch(
        max_items=40,
        operations={
            "Create": CREATE_LINE_ITEM,
            "Update": UPDATE_LINE_ITEM,
            "Delete": DELETE_LINE_ITEM,
        },
        shared=("account_id",),
    ),
)


class LineItems(SyncAPIResource):
    """Line items (ad groups) spend a campaign's budget: what is promoted, where, how it
    bids and what it optimises for."""

    def list(
        self,
        account_id: str,
        *,
        campaign_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        funding_instrument_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        line_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
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
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
                "bid_amount_local_micro-asc",
                "bid_amount_local_micro-desc",
                "total_budget_amount_local_micro-asc",
                "total_budget_amount_local_micro-desc",
                "daily_budget_amount_local_micro-asc",
                "daily_budget_amount_local_micro-desc",
                "entity_status-asc",
                "entity_status-desc",
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
    ) -> SyncPage[LineItem]:
        """List an account's line items.

        Returns the line items of the ads account, one page at a time. Drafts and deleted line
        items are left out unless asked for.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_ids: Keep only the line items of these campaigns (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            funding_instrument_ids: Keep only the line items paid by these funding instruments
                (up to 200).
            line_item_ids: Keep only the line items with these identifiers (up to 200).
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
            The first page of LineItem objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_LINE_ITEMS,
            {
                "account_id": account_id,
                "campaign_ids": campaign_ids,
                "count": count,
                "cursor": cursor,
                "funding_instrument_ids": funding_instrument_ids,
                "line_item_ids": line_item_ids,
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
        campaign_id: str,
        objective: Literal[
            "APP_ENGAGEMENTS",
            "APP_INSTALLS",
            "REACH",
            "FOLLOWERS",
            "ENGAGEMENTS",
            "VIDEO_VIEWS",
            "PREROLL_VIEWS",
            "WEBSITE_CLICKS",
        ],
        product_type: Literal["MEDIA", "PROMOTED_ACCOUNT", "PROMOTED_TWEETS"],
        placements: builtins.list[
            Literal[
                "ALL_ON_TWITTER",
                "PUBLISHER_NETWORK",
                "TAP_BANNER",
                "TAP_FULL",
                "TAP_FULL_LANDSCAPE",
                "TAP_NATIVE",
                "TAP_MRECT",
                "TWITTER_PROFILE",
                "TWITTER_REPLIES",
                "TWITTER_SEARCH",
                "TWITTER_TIMELINE",
            ]
        ],
        name: str | NotGiven = NOT_GIVEN,
        advertiser_domain: str | NotGiven = NOT_GIVEN,
        advertiser_user_id: str | NotGiven = NOT_GIVEN,
        android_app_store_identifier: str | NotGiven = NOT_GIVEN,
        ios_app_store_identifier: str | NotGiven = NOT_GIVEN,
        audience_expansion: Literal["BROAD", "DEFINED", "EXPANDED"] | NotGiven = NOT_GIVEN,
        bid_amount_local_micro: int | NotGiven = NOT_GIVEN,
        bid_strategy: Literal["AUTO", "MAX", "TARGET"] | NotGiven = NOT_GIVEN,
        categories: builtins.list[str] | NotGiven = NOT_GIVEN,
        duration_in_days: Literal[1, 7, 30] | NotGiven = NOT_GIVEN,
        frequency_cap: int | NotGiven = NOT_GIVEN,
        goal: (
            Literal[
                "APP_CLICKS",
                "APP_INSTALLS",
                "APP_PURCHASES",
                "ENGAGEMENT",
                "FOLLOWERS",
                "LINK_CLICKS",
                "MAX_REACH",
                "PREROLL",
                "PREROLL_STARTS",
                "REACH_WITH_ENGAGEMENT",
                "SITE_VISITS",
                "VIDEO_VIEW",
                "VIEW_3S_100PCT",
                "VIEW_6S",
                "VIEW_15S",
                "WEBSITE_CONVERSIONS",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        pay_by: Literal["APP_CLICK", "IMPRESSION", "LINK_CLICK"] | NotGiven = NOT_GIVEN,
        primary_web_event_tag: str | NotGiven = NOT_GIVEN,
        daily_budget_amount_local_micro: int | NotGiven = NOT_GIVEN,
        total_budget_amount_local_micro: int | NotGiven = NOT_GIVEN,
        start_time: datetime,
        end_time: datetime | NotGiven = NOT_GIVEN,
        entity_status: Literal["ACTIVE", "DRAFT", "PAUSED"] | NotGiven = NOT_GIVEN,
        standard_delivery: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItem:
        """Create a line item.

        Creates a line item under a campaign of the account. It takes the campaign's funding
        instrument and currency, and must share the objective and product type of the campaign's
        other line items. A campaign holds at most 100 line items, and an account a limited
        number of active ones (see the README's judgement calls).
        `daily_budget_amount_local_micro` and `standard_delivery` are only for campaigns with
        `budget_optimization=LINE_ITEM`. Setting an app store identifier adds platform targeting
        for that app.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_id: The campaign the line item belongs to; it gives the line item its
                funding instrument and currency.
            objective: What the line item is bought for. Version 8 renamed `AWARENESS` to
                `REACH`, `TWEET_ENGAGEMENTS` to `ENGAGEMENTS` and `VIDEO_VIEWS_PREROLL` to
                `PREROLL_VIEWS`. Every line item of a campaign has the same one.
            product_type: What the line item promotes: Tweets, an account, or media (in-stream
                video). Every line item of a campaign has the same one.
            placements: Where the ads may be shown; valid combinations per product type come
                from `GET line_items/placements`.
            name: The line item's name.
            advertiser_domain: The advertiser's web site, a domain without scheme (`x.com`).
                Needed with the `PUBLISHER_NETWORK` placement.
            advertiser_user_id: The X user shown as promoting a `PREROLL_VIEWS` ad; only some
                client apps may set it.
            android_app_store_identifier: The promoted app's Google Play identifier
                (`com.twitter.android`). An app objective needs this one or the iOS one; setting
                it adds Android platform targeting.
            ios_app_store_identifier: The numeric part of the promoted app's App Store
                identifier (`333903271`). An app objective needs this one or the Android one.
            audience_expansion: Widen targeting to people like those targeted: a little
                (`DEFINED`), more (`EXPANDED`) or most (`BROAD`). None by default.
            bid_amount_local_micro: The bid, in micros of the campaign's currency; needed with
                `MAX` and `TARGET`, ignored with `AUTO`.
            bid_strategy: How the line item bids: `AUTO` lets the platform choose (the bid
                amount is ignored), `MAX` caps each bid at the amount, `TARGET` keeps the daily
                average near it. The default depends on the objective.
            categories: The advertiser's IAB categories (see the IAB categories catalog); needed
                with the `PUBLISHER_NETWORK` placement.
            duration_in_days: The window, in days, over which `frequency_cap` counts.
            frequency_cap: Most times one person may be shown the line item's ads; only for the
                `REACH`, `ENGAGEMENTS`, `VIDEO_VIEWS` and `PREROLL_VIEWS` objectives.
            goal: What delivery optimises for; the default depends on the objective.
            pay_by: The unit a request may choose to be charged by; the default follows from the
                objective and goal.
            primary_web_event_tag: The web event tag that counts this line item's conversions;
                needed with the `WEBSITE_CONVERSIONS` goal.
            daily_budget_amount_local_micro: Most the line item may spend per day, at most its
                total budget. Only under a campaign with `budget_optimization=LINE_ITEM`.
            total_budget_amount_local_micro: Most the line item may spend over its life.
            start_time: When the line item starts delivering.
            end_time: When the line item stops delivering.
            entity_status: Delivery status chosen by the advertiser. `DRAFT` entities are hidden
                from list calls unless `with_draft=true`; a draft can become `PAUSED` or
                `ACTIVE` but never go back to `DRAFT`. (server default: `ACTIVE`)
            standard_delivery: Even pacing (`true`) or as fast as possible (`false`). Only under
                a campaign with `budget_optimization=LINE_ITEM`. (server default: `true`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItem.
        """
        return self._client._call(
            CREATE_LINE_ITEM,
            {
                "account_id": account_id,
                "campaign_id": campaign_id,
                "objective": objective,
                "product_type": product_type,
                "placements": placements,
                "name": name,
                "advertiser_domain": advertiser_domain,
                "advertiser_user_id": advertiser_user_id,
                "android_app_store_identifier": android_app_store_identifier,
                "ios_app_store_identifier": ios_app_store_identifier,
                "audience_expansion": audience_expansion,
                "bid_amount_local_micro": bid_amount_local_micro,
                "bid_strategy": bid_strategy,
                "categories": categories,
                "duration_in_days": duration_in_days,
                "frequency_cap": frequency_cap,
                "goal": goal,
                "pay_by": pay_by,
                "primary_web_event_tag": primary_web_event_tag,
                "daily_budget_amount_local_micro": daily_budget_amount_local_micro,
                "total_budget_amount_local_micro": total_budget_amount_local_micro,
                "start_time": start_time,
                "end_time": end_time,
                "entity_status": entity_status,
                "standard_delivery": standard_delivery,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        line_item_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItem:
        """Get one line item.

        Returns one line item of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item to work on.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItem.
        """
        return self._client._call(
            GET_LINE_ITEM,
            {"account_id": account_id, "line_item_id": line_item_id, "with_deleted": with_deleted},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        account_id: str,
        line_item_id: str,
        *,
        advertiser_domain: str | NotGiven | None = NOT_GIVEN,
        advertiser_user_id: str | NotGiven = NOT_GIVEN,
        android_app_store_identifier: str | NotGiven = NOT_GIVEN,
        audience_expansion: Literal["BROAD", "DEFINED", "EXPANDED"] | NotGiven = NOT_GIVEN,
        bid_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        bid_strategy: Literal["AUTO", "MAX", "TARGET"] | NotGiven = NOT_GIVEN,
        categories: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        duration_in_days: Literal[1, 7, 30] | NotGiven | None = NOT_GIVEN,
        entity_status: Literal["ACTIVE", "PAUSED"] | NotGiven = NOT_GIVEN,
        end_time: datetime | NotGiven | None = NOT_GIVEN,
        frequency_cap: int | NotGiven | None = NOT_GIVEN,
        goal: (
            Literal[
                "APP_CLICKS",
                "APP_INSTALLS",
                "APP_PURCHASES",
                "ENGAGEMENT",
                "FOLLOWERS",
                "LINK_CLICKS",
                "MAX_REACH",
                "PREROLL",
                "PREROLL_STARTS",
                "REACH_WITH_ENGAGEMENT",
                "SITE_VISITS",
                "VIDEO_VIEW",
                "VIEW_3S_100PCT",
                "VIEW_6S",
                "VIEW_15S",
                "WEBSITE_CONVERSIONS",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        ios_app_store_identifier: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        pay_by: Literal["APP_CLICK", "IMPRESSION", "LINK_CLICK"] | NotGiven = NOT_GIVEN,
        start_time: datetime | NotGiven = NOT_GIVEN,
        total_budget_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        daily_budget_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItem:
        """Change a line item.

        Changes the given attributes of a line item and leaves the others alone; an empty value
        clears an optional attribute. The campaign, objective, product type and placements are
        fixed at creation.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item to work on.
            advertiser_domain: The advertiser's web site, a domain without scheme (`x.com`).
                Needed with the `PUBLISHER_NETWORK` placement. `null` clears it. (`None` clears
                it)
            advertiser_user_id: The X user shown as promoting a `PREROLL_VIEWS` ad; only some
                client apps may set it.
            android_app_store_identifier: The promoted app's Google Play identifier
                (`com.twitter.android`). An app objective needs this one or the iOS one; setting
                it adds Android platform targeting.
            audience_expansion: Widen targeting to people like those targeted: a little
                (`DEFINED`), more (`EXPANDED`) or most (`BROAD`). None by default.
            bid_amount_local_micro: The bid, in micros of the campaign's currency; needed with
                `MAX` and `TARGET`, ignored with `AUTO`. `null` clears it. (`None` clears it)
            bid_strategy: How the line item bids: `AUTO` lets the platform choose (the bid
                amount is ignored), `MAX` caps each bid at the amount, `TARGET` keeps the daily
                average near it. The default depends on the objective.
            categories: The advertiser's IAB categories (see the IAB categories catalog); needed
                with the `PUBLISHER_NETWORK` placement. `null` clears it. (`None` clears it)
            duration_in_days: The window, in days, over which `frequency_cap` counts. `null`
                clears it. (`None` clears it)
            entity_status: The statuses an update may set. A campaign cannot be made a draft
                again.
            end_time: When the line item stops delivering. `null` clears it. (`None` clears it)
            frequency_cap: Most times one person may be shown the line item's ads; only for the
                `REACH`, `ENGAGEMENTS`, `VIDEO_VIEWS` and `PREROLL_VIEWS` objectives. `null`
                clears it. (`None` clears it)
            goal: What delivery optimises for; the default depends on the objective.
            ios_app_store_identifier: The numeric part of the promoted app's App Store
                identifier (`333903271`). An app objective needs this one or the Android one.
            name: The line item's name. `null` clears it. (`None` clears it)
            pay_by: The unit a request may choose to be charged by; the default follows from the
                objective and goal.
            start_time: When the line item starts delivering.
            total_budget_amount_local_micro: Most the line item may spend over its life. `null`
                clears it. (`None` clears it)
            daily_budget_amount_local_micro: Most the line item may spend per day, at most its
                total budget. Only under a campaign with `budget_optimization=LINE_ITEM`. `null`
                clears it. (`None` clears it)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItem.
        """
        return self._client._call(
            UPDATE_LINE_ITEM,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "advertiser_domain": advertiser_domain,
                "advertiser_user_id": advertiser_user_id,
                "android_app_store_identifier": android_app_store_identifier,
                "audience_expansion": audience_expansion,
                "bid_amount_local_micro": bid_amount_local_micro,
                "bid_strategy": bid_strategy,
                "categories": categories,
                "duration_in_days": duration_in_days,
                "entity_status": entity_status,
                "end_time": end_time,
                "frequency_cap": frequency_cap,
                "goal": goal,
                "ios_app_store_identifier": ios_app_store_identifier,
                "name": name,
                "pay_by": pay_by,
                "start_time": start_time,
                "total_budget_amount_local_micro": total_budget_amount_local_micro,
                "daily_budget_amount_local_micro": daily_budget_amount_local_micro,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        line_item_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItem:
        """Delete a line item.

        Deletes a line item for good; deleting it again gives 404. Its promoted Tweets are not
        deleted, but are only listed or read with `with_deleted=true` from then on (still
        showing `deleted: false`).

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item to work on.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItem.
        """
        return self._client._call(
            DELETE_LINE_ITEM,
            {"account_id": account_id, "line_item_id": line_item_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def batch(
        self,
        account_id: str,
        operations: Sequence[LineItemBatchOperation],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[LineItem]:
        """Create, change and delete several line items at once.

        Applies up to 40 line item creates, updates and deletes in one request, in any mix. Each
        item's `params` are what the single-line-item operation takes; updates and deletes name
        their line item with `line_item_id` inside `params`. All or nothing: if an item fails
        none is applied, and the answer says which items failed and why. The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            operations: 1 to 40 items, each a mapping {"operation_type": "Create" | "Update" |
                "Delete", "params": {...}} (or a LineItemBatchOperation); applied all or
                nothing, in order
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: the body is a JSON list, with no room for other parameters.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The resulting LineItem objects, in the order of `operations`.
        """
        return self._client._call(
            BATCH_LINE_ITEMS,
            {"account_id": account_id, "operations": operations},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def placements(
        self,
        *,
        product_type: (
            Literal["MEDIA", "PROMOTED_ACCOUNT", "PROMOTED_TWEETS"] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PlacementCombinations]:
        """Valid placement combinations per product type.

        Returns, for each product type (or the one asked for), the combinations of placements a
        line item may use. The same for every account.

        Args:
            product_type: Keep only the combinations of this product type.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PlacementCombinations objects of the answer.
        """
        return self._client._call(
            PLACEMENTS_LINE_ITEMS,
            {"product_type": product_type},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncLineItems(AsyncAPIResource):
    """Line items (ad groups) spend a campaign's budget: what is promoted, where, how it
    bids and what it optimises for."""

    def list(
        self,
        account_id: str,
        *,
        campaign_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        funding_instrument_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        line_item_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
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
                "start_time-asc",
                "start_time-desc",
                "end_time-asc",
                "end_time-desc",
                "bid_amount_local_micro-asc",
                "bid_amount_local_micro-desc",
                "total_budget_amount_local_micro-asc",
                "total_budget_amount_local_micro-desc",
                "daily_budget_amount_local_micro-asc",
                "daily_budget_amount_local_micro-desc",
                "entity_status-asc",
                "entity_status-desc",
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
    ) -> AsyncPaginator[LineItem]:
        """List an account's line items.

        Returns the line items of the ads account, one page at a time. Drafts and deleted line
        items are left out unless asked for.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_ids: Keep only the line items of these campaigns (up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            funding_instrument_ids: Keep only the line items paid by these funding instruments
                (up to 200).
            line_item_ids: Keep only the line items with these identifiers (up to 200).
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
            The first page of LineItem objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_LINE_ITEMS,
            {
                "account_id": account_id,
                "campaign_ids": campaign_ids,
                "count": count,
                "cursor": cursor,
                "funding_instrument_ids": funding_instrument_ids,
                "line_item_ids": line_item_ids,
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
        campaign_id: str,
        objective: Literal[
            "APP_ENGAGEMENTS",
            "APP_INSTALLS",
            "REACH",
            "FOLLOWERS",
            "ENGAGEMENTS",
            "VIDEO_VIEWS",
            "PREROLL_VIEWS",
            "WEBSITE_CLICKS",
        ],
        product_type: Literal["MEDIA", "PROMOTED_ACCOUNT", "PROMOTED_TWEETS"],
        placements: builtins.list[
            Literal[
                "ALL_ON_TWITTER",
                "PUBLISHER_NETWORK",
                "TAP_BANNER",
                "TAP_FULL",
                "TAP_FULL_LANDSCAPE",
                "TAP_NATIVE",
                "TAP_MRECT",
                "TWITTER_PROFILE",
                "TWITTER_REPLIES",
                "TWITTER_SEARCH",
                "TWITTER_TIMELINE",
            ]
        ],
        name: str | NotGiven = NOT_GIVEN,
        advertiser_domain: str | NotGiven = NOT_GIVEN,
        advertiser_user_id: str | NotGiven = NOT_GIVEN,
        android_app_store_identifier: str | NotGiven = NOT_GIVEN,
        ios_app_store_identifier: str | NotGiven = NOT_GIVEN,
        audience_expansion: Literal["BROAD", "DEFINED", "EXPANDED"] | NotGiven = NOT_GIVEN,
        bid_amount_local_micro: int | NotGiven = NOT_GIVEN,
        bid_strategy: Literal["AUTO", "MAX", "TARGET"] | NotGiven = NOT_GIVEN,
        categories: builtins.list[str] | NotGiven = NOT_GIVEN,
        duration_in_days: Literal[1, 7, 30] | NotGiven = NOT_GIVEN,
        frequency_cap: int | NotGiven = NOT_GIVEN,
        goal: (
            Literal[
                "APP_CLICKS",
                "APP_INSTALLS",
                "APP_PURCHASES",
                "ENGAGEMENT",
                "FOLLOWERS",
                "LINK_CLICKS",
                "MAX_REACH",
                "PREROLL",
                "PREROLL_STARTS",
                "REACH_WITH_ENGAGEMENT",
                "SITE_VISITS",
                "VIDEO_VIEW",
                "VIEW_3S_100PCT",
                "VIEW_6S",
                "VIEW_15S",
                "WEBSITE_CONVERSIONS",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        pay_by: Literal["APP_CLICK", "IMPRESSION", "LINK_CLICK"] | NotGiven = NOT_GIVEN,
        primary_web_event_tag: str | NotGiven = NOT_GIVEN,
        daily_budget_amount_local_micro: int | NotGiven = NOT_GIVEN,
        total_budget_amount_local_micro: int | NotGiven = NOT_GIVEN,
        start_time: datetime,
        end_time: datetime | NotGiven = NOT_GIVEN,
        entity_status: Literal["ACTIVE", "DRAFT", "PAUSED"] | NotGiven = NOT_GIVEN,
        standard_delivery: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItem:
        """Create a line item.

        Creates a line item under a campaign of the account. It takes the campaign's funding
        instrument and currency, and must share the objective and product type of the campaign's
        other line items. A campaign holds at most 100 line items, and an account a limited
        number of active ones (see the README's judgement calls).
        `daily_budget_amount_local_micro` and `standard_delivery` are only for campaigns with
        `budget_optimization=LINE_ITEM`. Setting an app store identifier adds platform targeting
        for that app.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            campaign_id: The campaign the line item belongs to; it gives the line item its
                funding instrument and currency.
            objective: What the line item is bought for. Version 8 renamed `AWARENESS` to
                `REACH`, `TWEET_ENGAGEMENTS` to `ENGAGEMENTS` and `VIDEO_VIEWS_PREROLL` to
                `PREROLL_VIEWS`. Every line item of a campaign has the same one.
            product_type: What the line item promotes: Tweets, an account, or media (in-stream
                video). Every line item of a campaign has the same one.
            placements: Where the ads may be shown; valid combinations per product type come
                from `GET line_items/placements`.
            name: The line item's name.
            advertiser_domain: The advertiser's web site, a domain without scheme (`x.com`).
                Needed with the `PUBLISHER_NETWORK` placement.
            advertiser_user_id: The X user shown as promoting a `PREROLL_VIEWS` ad; only some
                client apps may set it.
            android_app_store_identifier: The promoted app's Google Play identifier
                (`com.twitter.android`). An app objective needs this one or the iOS one; setting
                it adds Android platform targeting.
            ios_app_store_identifier: The numeric part of the promoted app's App Store
                identifier (`333903271`). An app objective needs this one or the Android one.
            audience_expansion: Widen targeting to people like those targeted: a little
                (`DEFINED`), more (`EXPANDED`) or most (`BROAD`). None by default.
            bid_amount_local_micro: The bid, in micros of the campaign's currency; needed with
                `MAX` and `TARGET`, ignored with `AUTO`.
            bid_strategy: How the line item bids: `AUTO` lets the platform choose (the bid
                amount is ignored), `MAX` caps each bid at the amount, `TARGET` keeps the daily
                average near it. The default depends on the objective.
            categories: The advertiser's IAB categories (see the IAB categories catalog); needed
                with the `PUBLISHER_NETWORK` placement.
            duration_in_days: The window, in days, over which `frequency_cap` counts.
            frequency_cap: Most times one person may be shown the line item's ads; only for the
                `REACH`, `ENGAGEMENTS`, `VIDEO_VIEWS` and `PREROLL_VIEWS` objectives.
            goal: What delivery optimises for; the default depends on the objective.
            pay_by: The unit a request may choose to be charged by; the default follows from the
                objective and goal.
            primary_web_event_tag: The web event tag that counts this line item's conversions;
                needed with the `WEBSITE_CONVERSIONS` goal.
            daily_budget_amount_local_micro: Most the line item may spend per day, at most its
                total budget. Only under a campaign with `budget_optimization=LINE_ITEM`.
            total_budget_amount_local_micro: Most the line item may spend over its life.
            start_time: When the line item starts delivering.
            end_time: When the line item stops delivering.
            entity_status: Delivery status chosen by the advertiser. `DRAFT` entities are hidden
                from list calls unless `with_draft=true`; a draft can become `PAUSED` or
                `ACTIVE` but never go back to `DRAFT`. (server default: `ACTIVE`)
            standard_delivery: Even pacing (`true`) or as fast as possible (`false`). Only under
                a campaign with `budget_optimization=LINE_ITEM`. (server default: `true`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItem.
        """
        return await self._client._call(
            CREATE_LINE_ITEM,
            {
                "account_id": account_id,
                "campaign_id": campaign_id,
                "objective": objective,
                "product_type": product_type,
                "placements": placements,
                "name": name,
                "advertiser_domain": advertiser_domain,
                "advertiser_user_id": advertiser_user_id,
                "android_app_store_identifier": android_app_store_identifier,
                "ios_app_store_identifier": ios_app_store_identifier,
                "audience_expansion": audience_expansion,
                "bid_amount_local_micro": bid_amount_local_micro,
                "bid_strategy": bid_strategy,
                "categories": categories,
                "duration_in_days": duration_in_days,
                "frequency_cap": frequency_cap,
                "goal": goal,
                "pay_by": pay_by,
                "primary_web_event_tag": primary_web_event_tag,
                "daily_budget_amount_local_micro": daily_budget_amount_local_micro,
                "total_budget_amount_local_micro": total_budget_amount_local_micro,
                "start_time": start_time,
                "end_time": end_time,
                "entity_status": entity_status,
                "standard_delivery": standard_delivery,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        line_item_id: str,
        *,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItem:
        """Get one line item.

        Returns one line item of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item to work on.
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItem.
        """
        return await self._client._call(
            GET_LINE_ITEM,
            {"account_id": account_id, "line_item_id": line_item_id, "with_deleted": with_deleted},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        account_id: str,
        line_item_id: str,
        *,
        advertiser_domain: str | NotGiven | None = NOT_GIVEN,
        advertiser_user_id: str | NotGiven = NOT_GIVEN,
        android_app_store_identifier: str | NotGiven = NOT_GIVEN,
        audience_expansion: Literal["BROAD", "DEFINED", "EXPANDED"] | NotGiven = NOT_GIVEN,
        bid_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        bid_strategy: Literal["AUTO", "MAX", "TARGET"] | NotGiven = NOT_GIVEN,
        categories: builtins.list[str] | NotGiven | None = NOT_GIVEN,
        duration_in_days: Literal[1, 7, 30] | NotGiven | None = NOT_GIVEN,
        entity_status: Literal["ACTIVE", "PAUSED"] | NotGiven = NOT_GIVEN,
        end_time: datetime | NotGiven | None = NOT_GIVEN,
        frequency_cap: int | NotGiven | None = NOT_GIVEN,
        goal: (
            Literal[
                "APP_CLICKS",
                "APP_INSTALLS",
                "APP_PURCHASES",
                "ENGAGEMENT",
                "FOLLOWERS",
                "LINK_CLICKS",
                "MAX_REACH",
                "PREROLL",
                "PREROLL_STARTS",
                "REACH_WITH_ENGAGEMENT",
                "SITE_VISITS",
                "VIDEO_VIEW",
                "VIEW_3S_100PCT",
                "VIEW_6S",
                "VIEW_15S",
                "WEBSITE_CONVERSIONS",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        ios_app_store_identifier: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven | None = NOT_GIVEN,
        pay_by: Literal["APP_CLICK", "IMPRESSION", "LINK_CLICK"] | NotGiven = NOT_GIVEN,
        start_time: datetime | NotGiven = NOT_GIVEN,
        total_budget_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        daily_budget_amount_local_micro: int | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItem:
        """Change a line item.

        Changes the given attributes of a line item and leaves the others alone; an empty value
        clears an optional attribute. The campaign, objective, product type and placements are
        fixed at creation.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item to work on.
            advertiser_domain: The advertiser's web site, a domain without scheme (`x.com`).
                Needed with the `PUBLISHER_NETWORK` placement. `null` clears it. (`None` clears
                it)
            advertiser_user_id: The X user shown as promoting a `PREROLL_VIEWS` ad; only some
                client apps may set it.
            android_app_store_identifier: The promoted app's Google Play identifier
                (`com.twitter.android`). An app objective needs this one or the iOS one; setting
                it adds Android platform targeting.
            audience_expansion: Widen targeting to people like those targeted: a little
                (`DEFINED`), more (`EXPANDED`) or most (`BROAD`). None by default.
            bid_amount_local_micro: The bid, in micros of the campaign's currency; needed with
                `MAX` and `TARGET`, ignored with `AUTO`. `null` clears it. (`None` clears it)
            bid_strategy: How the line item bids: `AUTO` lets the platform choose (the bid
                amount is ignored), `MAX` caps each bid at the amount, `TARGET` keeps the daily
                average near it. The default depends on the objective.
            categories: The advertiser's IAB categories (see the IAB categories catalog); needed
                with the `PUBLISHER_NETWORK` placement. `null` clears it. (`None` clears it)
            duration_in_days: The window, in days, over which `frequency_cap` counts. `null`
                clears it. (`None` clears it)
            entity_status: The statuses an update may set. A campaign cannot be made a draft
                again.
            end_time: When the line item stops delivering. `null` clears it. (`None` clears it)
            frequency_cap: Most times one person may be shown the line item's ads; only for the
                `REACH`, `ENGAGEMENTS`, `VIDEO_VIEWS` and `PREROLL_VIEWS` objectives. `null`
                clears it. (`None` clears it)
            goal: What delivery optimises for; the default depends on the objective.
            ios_app_store_identifier: The numeric part of the promoted app's App Store
                identifier (`333903271`). An app objective needs this one or the Android one.
            name: The line item's name. `null` clears it. (`None` clears it)
            pay_by: The unit a request may choose to be charged by; the default follows from the
                objective and goal.
            start_time: When the line item starts delivering.
            total_budget_amount_local_micro: Most the line item may spend over its life. `null`
                clears it. (`None` clears it)
            daily_budget_amount_local_micro: Most the line item may spend per day, at most its
                total budget. Only under a campaign with `budget_optimization=LINE_ITEM`. `null`
                clears it. (`None` clears it)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItem.
        """
        return await self._client._call(
            UPDATE_LINE_ITEM,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "advertiser_domain": advertiser_domain,
                "advertiser_user_id": advertiser_user_id,
                "android_app_store_identifier": android_app_store_identifier,
                "audience_expansion": audience_expansion,
                "bid_amount_local_micro": bid_amount_local_micro,
                "bid_strategy": bid_strategy,
                "categories": categories,
                "duration_in_days": duration_in_days,
                "entity_status": entity_status,
                "end_time": end_time,
                "frequency_cap": frequency_cap,
                "goal": goal,
                "ios_app_store_identifier": ios_app_store_identifier,
                "name": name,
                "pay_by": pay_by,
                "start_time": start_time,
                "total_budget_amount_local_micro": total_budget_amount_local_micro,
                "daily_budget_amount_local_micro": daily_budget_amount_local_micro,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        line_item_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> LineItem:
        """Delete a line item.

        Deletes a line item for good; deleting it again gives 404. Its promoted Tweets are not
        deleted, but are only listed or read with `with_deleted=true` from then on (still
        showing `deleted: false`).

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item to work on.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The LineItem.
        """
        return await self._client._call(
            DELETE_LINE_ITEM,
            {"account_id": account_id, "line_item_id": line_item_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def batch(
        self,
        account_id: str,
        operations: Sequence[LineItemBatchOperation],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[LineItem]:
        """Create, change and delete several line items at once.

        Applies up to 40 line item creates, updates and deletes in one request, in any mix. Each
        item's `params` are what the single-line-item operation takes; updates and deletes name
        their line item with `line_item_id` inside `params`. All or nothing: if an item fails
        none is applied, and the answer says which items failed and why. The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            operations: 1 to 40 items, each a mapping {"operation_type": "Create" | "Update" |
                "Delete", "params": {...}} (or a LineItemBatchOperation); applied all or
                nothing, in order
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: the body is a JSON list, with no room for other parameters.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The resulting LineItem objects, in the order of `operations`.
        """
        return await self._client._call(
            BATCH_LINE_ITEMS,
            {"account_id": account_id, "operations": operations},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def placements(
        self,
        *,
        product_type: (
            Literal["MEDIA", "PROMOTED_ACCOUNT", "PROMOTED_TWEETS"] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[PlacementCombinations]:
        """Valid placement combinations per product type.

        Returns, for each product type (or the one asked for), the combinations of placements a
        line item may use. The same for every account.

        Args:
            product_type: Keep only the combinations of this product type.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PlacementCombinations objects of the answer.
        """
        return await self._client._call(
            PLACEMENTS_LINE_ITEMS,
            {"product_type": product_type},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class LineItemsWithRawResponse:
    """The same calls as `LineItems`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: LineItems) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.batch = to_raw_response_wrapper(resource.batch)
        self.placements = to_raw_response_wrapper(resource.placements)


class AsyncLineItemsWithRawResponse:
    """The same calls as `AsyncLineItems`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncLineItems) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.batch = async_to_raw_response_wrapper(resource.batch)
        self.placements = async_to_raw_response_wrapper(resource.placements)
