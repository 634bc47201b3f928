"""The models of the API's answers and the typed dicts of batch items."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ab_test import AbTest
    from .account import Account
    from .account_app import AccountApp
    from .account_history_entry import AccountHistoryEntry
    from .active_entity import ActiveEntity
    from .advertiser_business_category import AdvertiserBusinessCategory
    from .analytics_job import AnalyticsJob
    from .app_store_category import AppStoreCategory
    from .audience_estimate import AudienceEstimate
    from .authenticated_user_access import AuthenticatedUserAccess
    from .bidding_rule import BiddingRule
    from .campaign import Campaign
    from .campaign_batch import (
        CampaignBatchCreate,
        CampaignBatchCreateParams,
        CampaignBatchDelete,
        CampaignBatchDeleteParams,
        CampaignBatchOperation,
        CampaignBatchUpdate,
        CampaignBatchUpdateParams,
    )
    from .content_category import ContentCategory
    from .conversation import Conversation
    from .curated_category import CuratedCategory
    from .device import Device
    from .entity_reach import EntityReach
    from .event import Event
    from .feature import Feature
    from .funding_instrument import FundingInstrument
    from .iab_category import IabCategory
    from .keyword_insights import KeywordInsights
    from .line_item import LineItem
    from .line_item_batch import (
        LineItemBatchCreate,
        LineItemBatchCreateParams,
        LineItemBatchDelete,
        LineItemBatchDeleteParams,
        LineItemBatchOperation,
        LineItemBatchUpdate,
        LineItemBatchUpdateParams,
    )
    from .line_item_curated_category import LineItemCuratedCategory
    from .location import Location
    from .network_operator import NetworkOperator
    from .placement_combinations import PlacementCombinations
    from .platform_version import PlatformVersion
    from .promotable_user import PromotableUser
    from .promoted_account import PromotedAccount
    from .promoted_tweet import PromotedTweet
    from .publisher import Publisher
    from .scheduled_promoted_tweet import ScheduledPromotedTweet
    from .stats_row import StatsRow
    from .targeting_criterion import TargetingCriterion
    from .targeting_criterion_batch import (
        TargetingCriterionBatchCreate,
        TargetingCriterionBatchCreateParams,
        TargetingCriterionBatchDelete,
        TargetingCriterionBatchDeleteParams,
        TargetingCriterionBatchOperation,
    )
    from .targeting_option import TargetingOption
    from .targeting_suggestion import TargetingSuggestion
    from .tax_settings import TaxSettings
    from .tracking_tag import TrackingTag
    from .tv_market import TvMarket
    from .tv_show import TvShow
    from .tweet import Tweet
    from .tweet_preview import TweetPreview
    from .user_settings import UserSettings

__all__ = [
    "AbTest",
    "Account",
    "AccountApp",
    "AccountHistoryEntry",
    "ActiveEntity",
    "AdvertiserBusinessCategory",
    "AnalyticsJob",
    "AppStoreCategory",
    "AudienceEstimate",
    "AuthenticatedUserAccess",
    "BiddingRule",
    "Campaign",
    "CampaignBatchCreate",
    "CampaignBatchCreateParams",
    "CampaignBatchDelete",
    "CampaignBatchDeleteParams",
    "CampaignBatchOperation",
    "CampaignBatchUpdate",
    "CampaignBatchUpdateParams",
    "ContentCategory",
    "Conversation",
    "CuratedCategory",
    "Device",
    "EntityReach",
    "Event",
    "Feature",
    "FundingInstrument",
    "IabCategory",
    "KeywordInsights",
    "LineItem",
    "LineItemBatchCreate",
    "LineItemBatchCreateParams",
    "LineItemBatchDelete",
    "LineItemBatchDeleteParams",
    "LineItemBatchOperation",
    "LineItemBatchUpdate",
    "LineItemBatchUpdateParams",
    "LineItemCuratedCategory",
    "Location",
    "NetworkOperator",
    "PlacementCombinations",
    "PlatformVersion",
    "PromotableUser",
    "PromotedAccount",
    "PromotedTweet",
    "Publisher",
    "ScheduledPromotedTweet",
    "StatsRow",
    "TargetingCriterion",
    "TargetingCriterionBatchCreate",
    "TargetingCriterionBatchCreateParams",
    "TargetingCriterionBatchDelete",
    "TargetingCriterionBatchDeleteParams",
    "TargetingCriterionBatchOperation",
    "TargetingOption",
    "TargetingSuggestion",
    "TaxSettings",
    "TrackingTag",
    "TvMarket",
    "TvShow",
    "Tweet",
    "TweetPreview",
    "UserSettings",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "AbTest": ".ab_test",
    "Account": ".account",
    "AccountApp": ".account_app",
    "AccountHistoryEntry": ".account_history_entry",
    "ActiveEntity": ".active_entity",
    "AdvertiserBusinessCategory": ".advertiser_business_category",
    "AnalyticsJob": ".analytics_job",
    "AppStoreCategory": ".app_store_category",
    "AudienceEstimate": ".audience_estimate",
    "AuthenticatedUserAccess": ".authenticated_user_access",
    "BiddingRule": ".bidding_rule",
    "Campaign": ".campaign",
    "CampaignBatchCreate": ".campaign_batch",
    "CampaignBatchCreateParams": ".campaign_batch",
    "CampaignBatchDelete": ".campaign_batch",
    "CampaignBatchDeleteParams": ".campaign_batch",
    "CampaignBatchOperation": ".campaign_batch",
    "CampaignBatchUpdate": ".campaign_batch",
    "CampaignBatchUpdateParams": ".campaign_batch",
    "ContentCategory": ".content_category",
    "Conversation": ".conversation",
    "CuratedCategory": ".curated_category",
    "Device": ".device",
    "EntityReach": ".entity_reach",
    "Event": ".event",
    "Feature": ".feature",
    "FundingInstrument": ".funding_instrument",
    "IabCategory": ".iab_category",
    "KeywordInsights": ".keyword_insights",
    "LineItem": ".line_item",
    "LineItemBatchCreate": ".line_item_batch",
    "LineItemBatchCreateParams": ".line_item_batch",
    "LineItemBatchDelete": ".line_item_batch",
    "LineItemBatchDeleteParams": ".line_item_batch",
    "LineItemBatchOperation": ".line_item_batch",
    "LineItemBatchUpdate": ".line_item_batch",
    "LineItemBatchUpdateParams": ".line_item_batch",
    "LineItemCuratedCategory": ".line_item_curated_category",
    "Location": ".location",
    "NetworkOperator": ".network_operator",
    "PlacementCombinations": ".placement_combinations",
    "PlatformVersion": ".platform_version",
    "PromotableUser": ".promotable_user",
    "PromotedAccount": ".promoted_account",
    "PromotedTweet": ".promoted_tweet",
    "Publisher": ".publisher",
    "ScheduledPromotedTweet": ".scheduled_promoted_tweet",
    "StatsRow": ".stats_row",
    "TargetingCriterion": ".targeting_criterion",
    "TargetingCriterionBatchCreate": ".targeting_criterion_batch",
    "TargetingCriterionBatchCreateParams": ".targeting_criterion_batch",
    "TargetingCriterionBatchDelete": ".targeting_criterion_batch",
    "TargetingCriterionBatchDeleteParams": ".targeting_criterion_batch",
    "TargetingCriterionBatchOperation": ".targeting_criterion_batch",
    "TargetingOption": ".targeting_option",
    "TargetingSuggestion": ".targeting_suggestion",
    "TaxSettings": ".tax_settings",
    "TrackingTag": ".tracking_tag",
    "TvMarket": ".tv_market",
    "TvShow": ".tv_show",
    "Tweet": ".tweet",
    "TweetPreview": ".tweet_preview",
    "UserSettings": ".user_settings",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
