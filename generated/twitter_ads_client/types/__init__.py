"""The models of the API's answers and the typed dicts of batch items."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_app import AccountApp
    from .account_history_entry import AccountHistoryEntry
    from .advertiser_business_category import AdvertiserBusinessCategory
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
    from .device import Device
    from .event import Event
    from .feature import Feature
    from .funding_instrument import FundingInstrument
    from .iab_category import IabCategory
    from .keyword_insights import KeywordInsights
    from .location import Location
    from .network_operator import NetworkOperator
    from .platform_version import PlatformVersion
    from .publisher import Publisher
    from .targeting_option import TargetingOption
    from .targeting_suggestion import TargetingSuggestion
    from .tax_settings import TaxSettings
    from .tv_market import TvMarket
    from .tv_show import TvShow
    from .user_settings import UserSettings

__all__ = [
    "Account",
    "AccountApp",
    "AccountHistoryEntry",
    "AdvertiserBusinessCategory",
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
    "Device",
    "Event",
    "Feature",
    "FundingInstrument",
    "IabCategory",
    "KeywordInsights",
    "Location",
    "NetworkOperator",
    "PlatformVersion",
    "Publisher",
    "TargetingOption",
    "TargetingSuggestion",
    "TaxSettings",
    "TvMarket",
    "TvShow",
    "UserSettings",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "Account": ".account",
    "AccountApp": ".account_app",
    "AccountHistoryEntry": ".account_history_entry",
    "AdvertiserBusinessCategory": ".advertiser_business_category",
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
    "Device": ".device",
    "Event": ".event",
    "Feature": ".feature",
    "FundingInstrument": ".funding_instrument",
    "IabCategory": ".iab_category",
    "KeywordInsights": ".keyword_insights",
    "Location": ".location",
    "NetworkOperator": ".network_operator",
    "PlatformVersion": ".platform_version",
    "Publisher": ".publisher",
    "TargetingOption": ".targeting_option",
    "TargetingSuggestion": ".targeting_suggestion",
    "TaxSettings": ".tax_settings",
    "TvMarket": ".tv_market",
    "TvShow": ".tv_show",
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
