"""Typed client of the X (Twitter) Ads API.

    from twitter_ads_client import AdsClient

    client = AdsClient()  # OAuth 1.0a credentials from $TWITTER_CONSUMER_KEY, ...
    campaign = client.campaigns.get(account_id, campaign_id)

Generated from the spec by `adsapi generate`; do not edit."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._base_client import DEFAULT_TIMEOUT
    from ._client import (
        AdsClient,
        AdsClientWithRawResponse,
        AsyncAdsClient,
        AsyncAdsClientWithRawResponse,
    )
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        ErrorDetail,
        InternalServerError,
        LockedError,
        MethodNotAllowedError,
        NotFoundError,
        PermissionDeniedError,
        Problem,
        RateLimitError,
        RequestTimeoutError,
        RequestValidationError,
        SandboxOnlyError,
        ServerError,
        ServiceUnavailableError,
        TwitterAdsError,
        UnprocessableEntityError,
    )
    from ._headers import RateLimit
    from ._money import CURRENCY_PRECISION, currency_precision, from_micros, to_micros
    from ._pagination import AsyncPage, AsyncPaginator, SyncPage
    from ._response import APIResponse
    from ._spec import API_VERSION, ERROR_CODES, LIVE_VERSIONS, __version__
    from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
    from .types.ab_test import AbTest
    from .types.account import Account
    from .types.account_app import AccountApp
    from .types.account_history_entry import AccountHistoryEntry
    from .types.active_entity import ActiveEntity
    from .types.advertiser_business_category import AdvertiserBusinessCategory
    from .types.analytics_job import AnalyticsJob
    from .types.app_store_category import AppStoreCategory
    from .types.audience_estimate import AudienceEstimate
    from .types.authenticated_user_access import AuthenticatedUserAccess
    from .types.bidding_rule import BiddingRule
    from .types.campaign import Campaign
    from .types.campaign_batch import (
        CampaignBatchCreate,
        CampaignBatchCreateParams,
        CampaignBatchDelete,
        CampaignBatchDeleteParams,
        CampaignBatchOperation,
        CampaignBatchUpdate,
        CampaignBatchUpdateParams,
    )
    from .types.content_category import ContentCategory
    from .types.conversation import Conversation
    from .types.curated_category import CuratedCategory
    from .types.device import Device
    from .types.entity_reach import EntityReach
    from .types.event import Event
    from .types.feature import Feature
    from .types.funding_instrument import FundingInstrument
    from .types.iab_category import IabCategory
    from .types.keyword_insights import KeywordInsights
    from .types.line_item import LineItem
    from .types.line_item_batch import (
        LineItemBatchCreate,
        LineItemBatchCreateParams,
        LineItemBatchDelete,
        LineItemBatchDeleteParams,
        LineItemBatchOperation,
        LineItemBatchUpdate,
        LineItemBatchUpdateParams,
    )
    from .types.line_item_curated_category import LineItemCuratedCategory
    from .types.location import Location
    from .types.network_operator import NetworkOperator
    from .types.placement_combinations import PlacementCombinations
    from .types.platform_version import PlatformVersion
    from .types.promotable_user import PromotableUser
    from .types.promoted_account import PromotedAccount
    from .types.promoted_tweet import PromotedTweet
    from .types.publisher import Publisher
    from .types.scheduled_promoted_tweet import ScheduledPromotedTweet
    from .types.stats_row import StatsRow
    from .types.targeting_criterion import TargetingCriterion
    from .types.targeting_criterion_batch import (
        TargetingCriterionBatchCreate,
        TargetingCriterionBatchCreateParams,
        TargetingCriterionBatchDelete,
        TargetingCriterionBatchDeleteParams,
        TargetingCriterionBatchOperation,
    )
    from .types.targeting_option import TargetingOption
    from .types.targeting_suggestion import TargetingSuggestion
    from .types.tax_settings import TaxSettings
    from .types.tracking_tag import TrackingTag
    from .types.tv_market import TvMarket
    from .types.tv_show import TvShow
    from .types.tweet import Tweet
    from .types.tweet_preview import TweetPreview
    from .types.user_settings import UserSettings

__all__ = [
    "API_VERSION",
    "CURRENCY_PRECISION",
    "DEFAULT_TIMEOUT",
    "ERROR_CODES",
    "LIVE_VERSIONS",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AbTest",
    "Account",
    "AccountApp",
    "AccountHistoryEntry",
    "ActiveEntity",
    "AdsClient",
    "AdsClientWithRawResponse",
    "AdvertiserBusinessCategory",
    "AnalyticsJob",
    "AppStoreCategory",
    "AsyncAdsClient",
    "AsyncAdsClientWithRawResponse",
    "AsyncPage",
    "AsyncPaginator",
    "AudienceEstimate",
    "AuthenticatedUserAccess",
    "AuthenticationError",
    "BadRequestError",
    "BiddingRule",
    "Body",
    "Campaign",
    "CampaignBatchCreate",
    "CampaignBatchCreateParams",
    "CampaignBatchDelete",
    "CampaignBatchDeleteParams",
    "CampaignBatchOperation",
    "CampaignBatchUpdate",
    "CampaignBatchUpdateParams",
    "ConfigurationError",
    "ConflictError",
    "ContentCategory",
    "Conversation",
    "CuratedCategory",
    "Device",
    "EntityReach",
    "ErrorDetail",
    "Event",
    "Feature",
    "FundingInstrument",
    "Headers",
    "IabCategory",
    "InternalServerError",
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
    "LockedError",
    "MethodNotAllowedError",
    "NetworkOperator",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "PlacementCombinations",
    "PlatformVersion",
    "Problem",
    "PromotableUser",
    "PromotedAccount",
    "PromotedTweet",
    "Publisher",
    "Query",
    "RateLimit",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "SandboxOnlyError",
    "ScheduledPromotedTweet",
    "ServerError",
    "ServiceUnavailableError",
    "StatsRow",
    "SyncPage",
    "TargetingCriterion",
    "TargetingCriterionBatchCreate",
    "TargetingCriterionBatchCreateParams",
    "TargetingCriterionBatchDelete",
    "TargetingCriterionBatchDeleteParams",
    "TargetingCriterionBatchOperation",
    "TargetingOption",
    "TargetingSuggestion",
    "TaxSettings",
    "TimeoutTypes",
    "TrackingTag",
    "TvMarket",
    "TvShow",
    "Tweet",
    "TweetPreview",
    "TwitterAdsError",
    "UnprocessableEntityError",
    "UserSettings",
    "__version__",
    "currency_precision",
    "from_micros",
    "to_micros",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "API_VERSION": "._spec",
    "CURRENCY_PRECISION": "._money",
    "DEFAULT_TIMEOUT": "._base_client",
    "ERROR_CODES": "._spec",
    "LIVE_VERSIONS": "._spec",
    "NOT_GIVEN": "._types",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIResponse": "._response",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AbTest": ".types.ab_test",
    "Account": ".types.account",
    "AccountApp": ".types.account_app",
    "AccountHistoryEntry": ".types.account_history_entry",
    "ActiveEntity": ".types.active_entity",
    "AdsClient": "._client",
    "AdsClientWithRawResponse": "._client",
    "AdvertiserBusinessCategory": ".types.advertiser_business_category",
    "AnalyticsJob": ".types.analytics_job",
    "AppStoreCategory": ".types.app_store_category",
    "AsyncAdsClient": "._client",
    "AsyncAdsClientWithRawResponse": "._client",
    "AsyncPage": "._pagination",
    "AsyncPaginator": "._pagination",
    "AudienceEstimate": ".types.audience_estimate",
    "AuthenticatedUserAccess": ".types.authenticated_user_access",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BiddingRule": ".types.bidding_rule",
    "Body": "._types",
    "Campaign": ".types.campaign",
    "CampaignBatchCreate": ".types.campaign_batch",
    "CampaignBatchCreateParams": ".types.campaign_batch",
    "CampaignBatchDelete": ".types.campaign_batch",
    "CampaignBatchDeleteParams": ".types.campaign_batch",
    "CampaignBatchOperation": ".types.campaign_batch",
    "CampaignBatchUpdate": ".types.campaign_batch",
    "CampaignBatchUpdateParams": ".types.campaign_batch",
    "ConfigurationError": "._exceptions",
    "ConflictError": "._exceptions",
    "ContentCategory": ".types.content_category",
    "Conversation": ".types.conversation",
    "CuratedCategory": ".types.curated_category",
    "Device": ".types.device",
    "EntityReach": ".types.entity_reach",
    "ErrorDetail": "._exceptions",
    "Event": ".types.event",
    "Feature": ".types.feature",
    "FundingInstrument": ".types.funding_instrument",
    "Headers": "._types",
    "IabCategory": ".types.iab_category",
    "InternalServerError": "._exceptions",
    "KeywordInsights": ".types.keyword_insights",
    "LineItem": ".types.line_item",
    "LineItemBatchCreate": ".types.line_item_batch",
    "LineItemBatchCreateParams": ".types.line_item_batch",
    "LineItemBatchDelete": ".types.line_item_batch",
    "LineItemBatchDeleteParams": ".types.line_item_batch",
    "LineItemBatchOperation": ".types.line_item_batch",
    "LineItemBatchUpdate": ".types.line_item_batch",
    "LineItemBatchUpdateParams": ".types.line_item_batch",
    "LineItemCuratedCategory": ".types.line_item_curated_category",
    "Location": ".types.location",
    "LockedError": "._exceptions",
    "MethodNotAllowedError": "._exceptions",
    "NetworkOperator": ".types.network_operator",
    "NotFoundError": "._exceptions",
    "NotGiven": "._types",
    "PermissionDeniedError": "._exceptions",
    "PlacementCombinations": ".types.placement_combinations",
    "PlatformVersion": ".types.platform_version",
    "Problem": "._exceptions",
    "PromotableUser": ".types.promotable_user",
    "PromotedAccount": ".types.promoted_account",
    "PromotedTweet": ".types.promoted_tweet",
    "Publisher": ".types.publisher",
    "Query": "._types",
    "RateLimit": "._headers",
    "RateLimitError": "._exceptions",
    "RequestTimeoutError": "._exceptions",
    "RequestValidationError": "._exceptions",
    "SandboxOnlyError": "._exceptions",
    "ScheduledPromotedTweet": ".types.scheduled_promoted_tweet",
    "ServerError": "._exceptions",
    "ServiceUnavailableError": "._exceptions",
    "StatsRow": ".types.stats_row",
    "SyncPage": "._pagination",
    "TargetingCriterion": ".types.targeting_criterion",
    "TargetingCriterionBatchCreate": ".types.targeting_criterion_batch",
    "TargetingCriterionBatchCreateParams": ".types.targeting_criterion_batch",
    "TargetingCriterionBatchDelete": ".types.targeting_criterion_batch",
    "TargetingCriterionBatchDeleteParams": ".types.targeting_criterion_batch",
    "TargetingCriterionBatchOperation": ".types.targeting_criterion_batch",
    "TargetingOption": ".types.targeting_option",
    "TargetingSuggestion": ".types.targeting_suggestion",
    "TaxSettings": ".types.tax_settings",
    "TimeoutTypes": "._types",
    "TrackingTag": ".types.tracking_tag",
    "TvMarket": ".types.tv_market",
    "TvShow": ".types.tv_show",
    "Tweet": ".types.tweet",
    "TweetPreview": ".types.tweet_preview",
    "TwitterAdsError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "UserSettings": ".types.user_settings",
    "__version__": "._spec",
    "currency_precision": "._money",
    "from_micros": "._money",
    "to_micros": "._money",
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
