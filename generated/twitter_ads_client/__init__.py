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
    from .types.account import Account
    from .types.active_entity import ActiveEntity
    from .types.advertiser_business_category import AdvertiserBusinessCategory
    from .types.analytics_job import AnalyticsJob
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
    from .types.funding_instrument import FundingInstrument
    from .types.iab_category import IabCategory
    from .types.publisher import Publisher
    from .types.reach import Reach
    from .types.stats_row import StatsRow
    from .types.tax_settings import TaxSettings
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
    "Account",
    "ActiveEntity",
    "AdsClient",
    "AdsClientWithRawResponse",
    "AdvertiserBusinessCategory",
    "AnalyticsJob",
    "AsyncAdsClient",
    "AsyncAdsClientWithRawResponse",
    "AsyncPage",
    "AsyncPaginator",
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
    "ErrorDetail",
    "FundingInstrument",
    "Headers",
    "IabCategory",
    "InternalServerError",
    "LockedError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "Problem",
    "Publisher",
    "Query",
    "RateLimit",
    "RateLimitError",
    "Reach",
    "RequestTimeoutError",
    "RequestValidationError",
    "SandboxOnlyError",
    "ServerError",
    "ServiceUnavailableError",
    "StatsRow",
    "SyncPage",
    "TaxSettings",
    "TimeoutTypes",
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
    "Account": ".types.account",
    "ActiveEntity": ".types.active_entity",
    "AdsClient": "._client",
    "AdsClientWithRawResponse": "._client",
    "AdvertiserBusinessCategory": ".types.advertiser_business_category",
    "AnalyticsJob": ".types.analytics_job",
    "AsyncAdsClient": "._client",
    "AsyncAdsClientWithRawResponse": "._client",
    "AsyncPage": "._pagination",
    "AsyncPaginator": "._pagination",
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
    "ErrorDetail": "._exceptions",
    "FundingInstrument": ".types.funding_instrument",
    "Headers": "._types",
    "IabCategory": ".types.iab_category",
    "InternalServerError": "._exceptions",
    "LockedError": "._exceptions",
    "MethodNotAllowedError": "._exceptions",
    "NotFoundError": "._exceptions",
    "NotGiven": "._types",
    "PermissionDeniedError": "._exceptions",
    "Problem": "._exceptions",
    "Publisher": ".types.publisher",
    "Query": "._types",
    "RateLimit": "._headers",
    "RateLimitError": "._exceptions",
    "Reach": ".types.reach",
    "RequestTimeoutError": "._exceptions",
    "RequestValidationError": "._exceptions",
    "SandboxOnlyError": "._exceptions",
    "ServerError": "._exceptions",
    "ServiceUnavailableError": "._exceptions",
    "StatsRow": ".types.stats_row",
    "SyncPage": "._pagination",
    "TaxSettings": ".types.tax_settings",
    "TimeoutTypes": "._types",
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
