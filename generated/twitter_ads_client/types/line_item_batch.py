"""The items of a `LineItemBatchOperation` list: plain dicts, typed.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "LineItemBatchCreate",
    "LineItemBatchCreateParams",
    "LineItemBatchDelete",
    "LineItemBatchDeleteParams",
    "LineItemBatchOperation",
    "LineItemBatchUpdate",
    "LineItemBatchUpdateParams",
]


class LineItemBatchCreateParams(TypedDict, total=False):
    """The `params` of a batch 'Create', as for createLineItem."""

    campaign_id: Required[str]
    objective: Required[
        Literal[
            "APP_ENGAGEMENTS",
            "APP_INSTALLS",
            "REACH",
            "FOLLOWERS",
            "ENGAGEMENTS",
            "VIDEO_VIEWS",
            "PREROLL_VIEWS",
            "WEBSITE_CLICKS",
        ]
    ]
    product_type: Required[Literal["MEDIA", "PROMOTED_ACCOUNT", "PROMOTED_TWEETS"]]
    placements: Required[
        list[
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
        ]
    ]
    name: str
    advertiser_domain: str
    advertiser_user_id: str
    android_app_store_identifier: str
    ios_app_store_identifier: str
    audience_expansion: Literal["BROAD", "DEFINED", "EXPANDED"]
    bid_amount_local_micro: int
    bid_strategy: Literal["AUTO", "MAX", "TARGET"]
    categories: list[str]
    duration_in_days: Literal[1, 7, 30]
    frequency_cap: int
    goal: Literal[
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
    pay_by: Literal["APP_CLICK", "IMPRESSION", "LINK_CLICK"]
    primary_web_event_tag: str
    daily_budget_amount_local_micro: int
    total_budget_amount_local_micro: int
    start_time: Required[datetime]
    end_time: datetime
    entity_status: Literal["ACTIVE", "DRAFT", "PAUSED"]
    standard_delivery: bool


class LineItemBatchCreate(TypedDict):
    """A batch item that does 'Create'."""

    operation_type: Literal["Create"]
    params: LineItemBatchCreateParams


class LineItemBatchUpdateParams(TypedDict, total=False):
    """The `params` of a batch 'Update', as for updateLineItem."""

    line_item_id: Required[str]
    advertiser_domain: str | None
    advertiser_user_id: str
    android_app_store_identifier: str
    audience_expansion: Literal["BROAD", "DEFINED", "EXPANDED"]
    bid_amount_local_micro: int | None
    bid_strategy: Literal["AUTO", "MAX", "TARGET"]
    categories: list[str] | None
    duration_in_days: Literal[1, 7, 30] | None
    entity_status: Literal["ACTIVE", "PAUSED"]
    end_time: datetime | None
    frequency_cap: int | None
    goal: Literal[
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
    ios_app_store_identifier: str
    name: str | None
    pay_by: Literal["APP_CLICK", "IMPRESSION", "LINK_CLICK"]
    start_time: datetime
    total_budget_amount_local_micro: int | None
    daily_budget_amount_local_micro: int | None


class LineItemBatchUpdate(TypedDict):
    """A batch item that does 'Update'."""

    operation_type: Literal["Update"]
    params: LineItemBatchUpdateParams


class LineItemBatchDeleteParams(TypedDict, total=False):
    """The `params` of a batch 'Delete', as for deleteLineItem."""

    line_item_id: Required[str]


class LineItemBatchDelete(TypedDict):
    """A batch item that does 'Delete'."""

    operation_type: Literal["Delete"]
    params: LineItemBatchDeleteParams


LineItemBatchOperation: TypeAlias = LineItemBatchCreate | LineItemBatchUpdate | LineItemBatchDelete
