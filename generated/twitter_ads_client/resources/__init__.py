"""One module per resource, each with its sync, async and raw-response classes."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ab_tests import AbTests, AbTestsWithRawResponse, AsyncAbTests, AsyncAbTestsWithRawResponse
    from .account_apps import (
        AccountApps,
        AccountAppsWithRawResponse,
        AsyncAccountApps,
        AsyncAccountAppsWithRawResponse,
    )
    from .account_history import (
        AccountHistory,
        AccountHistoryWithRawResponse,
        AsyncAccountHistory,
        AsyncAccountHistoryWithRawResponse,
    )
    from .accounts import (
        Accounts,
        AccountsWithRawResponse,
        AsyncAccounts,
        AsyncAccountsWithRawResponse,
    )
    from .advertiser_business_categories import (
        AdvertiserBusinessCategories,
        AdvertiserBusinessCategoriesWithRawResponse,
        AsyncAdvertiserBusinessCategories,
        AsyncAdvertiserBusinessCategoriesWithRawResponse,
    )
    from .analytics import (
        Analytics,
        AnalyticsWithRawResponse,
        AsyncAnalytics,
        AsyncAnalyticsWithRawResponse,
    )
    from .analytics_jobs import (
        AnalyticsJobs,
        AnalyticsJobsWithRawResponse,
        AsyncAnalyticsJobs,
        AsyncAnalyticsJobsWithRawResponse,
    )
    from .audience_estimate import (
        AsyncAudienceEstimateResource,
        AsyncAudienceEstimateResourceWithRawResponse,
        AudienceEstimateResource,
        AudienceEstimateResourceWithRawResponse,
    )
    from .authenticated_user_access import (
        AsyncAuthenticatedUserAccessResource,
        AsyncAuthenticatedUserAccessResourceWithRawResponse,
        AuthenticatedUserAccessResource,
        AuthenticatedUserAccessResourceWithRawResponse,
    )
    from .bidding_rules import (
        AsyncBiddingRules,
        AsyncBiddingRulesWithRawResponse,
        BiddingRules,
        BiddingRulesWithRawResponse,
    )
    from .campaigns import (
        AsyncCampaigns,
        AsyncCampaignsWithRawResponse,
        Campaigns,
        CampaignsWithRawResponse,
    )
    from .content_categories import (
        AsyncContentCategories,
        AsyncContentCategoriesWithRawResponse,
        ContentCategories,
        ContentCategoriesWithRawResponse,
    )
    from .curated_categories import (
        AsyncCuratedCategories,
        AsyncCuratedCategoriesWithRawResponse,
        CuratedCategories,
        CuratedCategoriesWithRawResponse,
    )
    from .features import (
        AsyncFeatures,
        AsyncFeaturesWithRawResponse,
        Features,
        FeaturesWithRawResponse,
    )
    from .funding_instruments import (
        AsyncFundingInstruments,
        AsyncFundingInstrumentsWithRawResponse,
        FundingInstruments,
        FundingInstrumentsWithRawResponse,
    )
    from .iab_categories import (
        AsyncIabCategories,
        AsyncIabCategoriesWithRawResponse,
        IabCategories,
        IabCategoriesWithRawResponse,
    )
    from .keyword_insights import (
        AsyncKeywordInsightsResource,
        AsyncKeywordInsightsResourceWithRawResponse,
        KeywordInsightsResource,
        KeywordInsightsResourceWithRawResponse,
    )
    from .line_item_curated_categories import (
        AsyncLineItemCuratedCategories,
        AsyncLineItemCuratedCategoriesWithRawResponse,
        LineItemCuratedCategories,
        LineItemCuratedCategoriesWithRawResponse,
    )
    from .line_items import (
        AsyncLineItems,
        AsyncLineItemsWithRawResponse,
        LineItems,
        LineItemsWithRawResponse,
    )
    from .promotable_users import (
        AsyncPromotableUsers,
        AsyncPromotableUsersWithRawResponse,
        PromotableUsers,
        PromotableUsersWithRawResponse,
    )
    from .promoted_accounts import (
        AsyncPromotedAccounts,
        AsyncPromotedAccountsWithRawResponse,
        PromotedAccounts,
        PromotedAccountsWithRawResponse,
    )
    from .promoted_tweets import (
        AsyncPromotedTweets,
        AsyncPromotedTweetsWithRawResponse,
        PromotedTweets,
        PromotedTweetsWithRawResponse,
    )
    from .publishers import (
        AsyncPublishers,
        AsyncPublishersWithRawResponse,
        Publishers,
        PublishersWithRawResponse,
    )
    from .scheduled_promoted_tweets import (
        AsyncScheduledPromotedTweets,
        AsyncScheduledPromotedTweetsWithRawResponse,
        ScheduledPromotedTweets,
        ScheduledPromotedTweetsWithRawResponse,
    )
    from .targeting_options import (
        AsyncTargetingOptions,
        AsyncTargetingOptionsWithRawResponse,
        TargetingOptions,
        TargetingOptionsWithRawResponse,
    )
    from .targeting_suggestions import (
        AsyncTargetingSuggestions,
        AsyncTargetingSuggestionsWithRawResponse,
        TargetingSuggestions,
        TargetingSuggestionsWithRawResponse,
    )
    from .tax_settings import (
        AsyncTaxSettingsResource,
        AsyncTaxSettingsResourceWithRawResponse,
        TaxSettingsResource,
        TaxSettingsResourceWithRawResponse,
    )
    from .tracking_tags import (
        AsyncTrackingTags,
        AsyncTrackingTagsWithRawResponse,
        TrackingTags,
        TrackingTagsWithRawResponse,
    )
    from .tweets import AsyncTweets, AsyncTweetsWithRawResponse, Tweets, TweetsWithRawResponse
    from .user_settings import (
        AsyncUserSettingsResource,
        AsyncUserSettingsResourceWithRawResponse,
        UserSettingsResource,
        UserSettingsResourceWithRawResponse,
    )

__all__ = [
    "AbTests",
    "AbTestsWithRawResponse",
    "AccountApps",
    "AccountAppsWithRawResponse",
    "AccountHistory",
    "AccountHistoryWithRawResponse",
    "Accounts",
    "AccountsWithRawResponse",
    "AdvertiserBusinessCategories",
    "AdvertiserBusinessCategoriesWithRawResponse",
    "Analytics",
    "AnalyticsJobs",
    "AnalyticsJobsWithRawResponse",
    "AnalyticsWithRawResponse",
    "AsyncAbTests",
    "AsyncAbTestsWithRawResponse",
    "AsyncAccountApps",
    "AsyncAccountAppsWithRawResponse",
    "AsyncAccountHistory",
    "AsyncAccountHistoryWithRawResponse",
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
    "AsyncAdvertiserBusinessCategories",
    "AsyncAdvertiserBusinessCategoriesWithRawResponse",
    "AsyncAnalytics",
    "AsyncAnalyticsJobs",
    "AsyncAnalyticsJobsWithRawResponse",
    "AsyncAnalyticsWithRawResponse",
    "AsyncAudienceEstimateResource",
    "AsyncAudienceEstimateResourceWithRawResponse",
    "AsyncAuthenticatedUserAccessResource",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse",
    "AsyncBiddingRules",
    "AsyncBiddingRulesWithRawResponse",
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "AsyncContentCategories",
    "AsyncContentCategoriesWithRawResponse",
    "AsyncCuratedCategories",
    "AsyncCuratedCategoriesWithRawResponse",
    "AsyncFeatures",
    "AsyncFeaturesWithRawResponse",
    "AsyncFundingInstruments",
    "AsyncFundingInstrumentsWithRawResponse",
    "AsyncIabCategories",
    "AsyncIabCategoriesWithRawResponse",
    "AsyncKeywordInsightsResource",
    "AsyncKeywordInsightsResourceWithRawResponse",
    "AsyncLineItemCuratedCategories",
    "AsyncLineItemCuratedCategoriesWithRawResponse",
    "AsyncLineItems",
    "AsyncLineItemsWithRawResponse",
    "AsyncPromotableUsers",
    "AsyncPromotableUsersWithRawResponse",
    "AsyncPromotedAccounts",
    "AsyncPromotedAccountsWithRawResponse",
    "AsyncPromotedTweets",
    "AsyncPromotedTweetsWithRawResponse",
    "AsyncPublishers",
    "AsyncPublishersWithRawResponse",
    "AsyncScheduledPromotedTweets",
    "AsyncScheduledPromotedTweetsWithRawResponse",
    "AsyncTargetingOptions",
    "AsyncTargetingOptionsWithRawResponse",
    "AsyncTargetingSuggestions",
    "AsyncTargetingSuggestionsWithRawResponse",
    "AsyncTaxSettingsResource",
    "AsyncTaxSettingsResourceWithRawResponse",
    "AsyncTrackingTags",
    "AsyncTrackingTagsWithRawResponse",
    "AsyncTweets",
    "AsyncTweetsWithRawResponse",
    "AsyncUserSettingsResource",
    "AsyncUserSettingsResourceWithRawResponse",
    "AudienceEstimateResource",
    "AudienceEstimateResourceWithRawResponse",
    "AuthenticatedUserAccessResource",
    "AuthenticatedUserAccessResourceWithRawResponse",
    "BiddingRules",
    "BiddingRulesWithRawResponse",
    "Campaigns",
    "CampaignsWithRawResponse",
    "ContentCategories",
    "ContentCategoriesWithRawResponse",
    "CuratedCategories",
    "CuratedCategoriesWithRawResponse",
    "Features",
    "FeaturesWithRawResponse",
    "FundingInstruments",
    "FundingInstrumentsWithRawResponse",
    "IabCategories",
    "IabCategoriesWithRawResponse",
    "KeywordInsightsResource",
    "KeywordInsightsResourceWithRawResponse",
    "LineItemCuratedCategories",
    "LineItemCuratedCategoriesWithRawResponse",
    "LineItems",
    "LineItemsWithRawResponse",
    "PromotableUsers",
    "PromotableUsersWithRawResponse",
    "PromotedAccounts",
    "PromotedAccountsWithRawResponse",
    "PromotedTweets",
    "PromotedTweetsWithRawResponse",
    "Publishers",
    "PublishersWithRawResponse",
    "ScheduledPromotedTweets",
    "ScheduledPromotedTweetsWithRawResponse",
    "TargetingOptions",
    "TargetingOptionsWithRawResponse",
    "TargetingSuggestions",
    "TargetingSuggestionsWithRawResponse",
    "TaxSettingsResource",
    "TaxSettingsResourceWithRawResponse",
    "TrackingTags",
    "TrackingTagsWithRawResponse",
    "Tweets",
    "TweetsWithRawResponse",
    "UserSettingsResource",
    "UserSettingsResourceWithRawResponse",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "AbTests": ".ab_tests",
    "AbTestsWithRawResponse": ".ab_tests",
    "AccountApps": ".account_apps",
    "AccountAppsWithRawResponse": ".account_apps",
    "AccountHistory": ".account_history",
    "AccountHistoryWithRawResponse": ".account_history",
    "Accounts": ".accounts",
    "AccountsWithRawResponse": ".accounts",
    "AdvertiserBusinessCategories": ".advertiser_business_categories",
    "AdvertiserBusinessCategoriesWithRawResponse": ".advertiser_business_categories",
    "Analytics": ".analytics",
    "AnalyticsJobs": ".analytics_jobs",
    "AnalyticsJobsWithRawResponse": ".analytics_jobs",
    "AnalyticsWithRawResponse": ".analytics",
    "AsyncAbTests": ".ab_tests",
    "AsyncAbTestsWithRawResponse": ".ab_tests",
    "AsyncAccountApps": ".account_apps",
    "AsyncAccountAppsWithRawResponse": ".account_apps",
    "AsyncAccountHistory": ".account_history",
    "AsyncAccountHistoryWithRawResponse": ".account_history",
    "AsyncAccounts": ".accounts",
    "AsyncAccountsWithRawResponse": ".accounts",
    "AsyncAdvertiserBusinessCategories": ".advertiser_business_categories",
    "AsyncAdvertiserBusinessCategoriesWithRawResponse": ".advertiser_business_categories",
    "AsyncAnalytics": ".analytics",
    "AsyncAnalyticsJobs": ".analytics_jobs",
    "AsyncAnalyticsJobsWithRawResponse": ".analytics_jobs",
    "AsyncAnalyticsWithRawResponse": ".analytics",
    "AsyncAudienceEstimateResource": ".audience_estimate",
    "AsyncAudienceEstimateResourceWithRawResponse": ".audience_estimate",
    "AsyncAuthenticatedUserAccessResource": ".authenticated_user_access",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "AsyncBiddingRules": ".bidding_rules",
    "AsyncBiddingRulesWithRawResponse": ".bidding_rules",
    "AsyncCampaigns": ".campaigns",
    "AsyncCampaignsWithRawResponse": ".campaigns",
    "AsyncContentCategories": ".content_categories",
    "AsyncContentCategoriesWithRawResponse": ".content_categories",
    "AsyncCuratedCategories": ".curated_categories",
    "AsyncCuratedCategoriesWithRawResponse": ".curated_categories",
    "AsyncFeatures": ".features",
    "AsyncFeaturesWithRawResponse": ".features",
    "AsyncFundingInstruments": ".funding_instruments",
    "AsyncFundingInstrumentsWithRawResponse": ".funding_instruments",
    "AsyncIabCategories": ".iab_categories",
    "AsyncIabCategoriesWithRawResponse": ".iab_categories",
    "AsyncKeywordInsightsResource": ".keyword_insights",
    "AsyncKeywordInsightsResourceWithRawResponse": ".keyword_insights",
    "AsyncLineItemCuratedCategories": ".line_item_curated_categories",
    "AsyncLineItemCuratedCategoriesWithRawResponse": ".line_item_curated_categories",
    "AsyncLineItems": ".line_items",
    "AsyncLineItemsWithRawResponse": ".line_items",
    "AsyncPromotableUsers": ".promotable_users",
    "AsyncPromotableUsersWithRawResponse": ".promotable_users",
    "AsyncPromotedAccounts": ".promoted_accounts",
    "AsyncPromotedAccountsWithRawResponse": ".promoted_accounts",
    "AsyncPromotedTweets": ".promoted_tweets",
    "AsyncPromotedTweetsWithRawResponse": ".promoted_tweets",
    "AsyncPublishers": ".publishers",
    "AsyncPublishersWithRawResponse": ".publishers",
    "AsyncScheduledPromotedTweets": ".scheduled_promoted_tweets",
    "AsyncScheduledPromotedTweetsWithRawResponse": ".scheduled_promoted_tweets",
    "AsyncTargetingOptions": ".targeting_options",
    "AsyncTargetingOptionsWithRawResponse": ".targeting_options",
    "AsyncTargetingSuggestions": ".targeting_suggestions",
    "AsyncTargetingSuggestionsWithRawResponse": ".targeting_suggestions",
    "AsyncTaxSettingsResource": ".tax_settings",
    "AsyncTaxSettingsResourceWithRawResponse": ".tax_settings",
    "AsyncTrackingTags": ".tracking_tags",
    "AsyncTrackingTagsWithRawResponse": ".tracking_tags",
    "AsyncTweets": ".tweets",
    "AsyncTweetsWithRawResponse": ".tweets",
    "AsyncUserSettingsResource": ".user_settings",
    "AsyncUserSettingsResourceWithRawResponse": ".user_settings",
    "AudienceEstimateResource": ".audience_estimate",
    "AudienceEstimateResourceWithRawResponse": ".audience_estimate",
    "AuthenticatedUserAccessResource": ".authenticated_user_access",
    "AuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "BiddingRules": ".bidding_rules",
    "BiddingRulesWithRawResponse": ".bidding_rules",
    "Campaigns": ".campaigns",
    "CampaignsWithRawResponse": ".campaigns",
    "ContentCategories": ".content_categories",
    "ContentCategoriesWithRawResponse": ".content_categories",
    "CuratedCategories": ".curated_categories",
    "CuratedCategoriesWithRawResponse": ".curated_categories",
    "Features": ".features",
    "FeaturesWithRawResponse": ".features",
    "FundingInstruments": ".funding_instruments",
    "FundingInstrumentsWithRawResponse": ".funding_instruments",
    "IabCategories": ".iab_categories",
    "IabCategoriesWithRawResponse": ".iab_categories",
    "KeywordInsightsResource": ".keyword_insights",
    "KeywordInsightsResourceWithRawResponse": ".keyword_insights",
    "LineItemCuratedCategories": ".line_item_curated_categories",
    "LineItemCuratedCategoriesWithRawResponse": ".line_item_curated_categories",
    "LineItems": ".line_items",
    "LineItemsWithRawResponse": ".line_items",
    "PromotableUsers": ".promotable_users",
    "PromotableUsersWithRawResponse": ".promotable_users",
    "PromotedAccounts": ".promoted_accounts",
    "PromotedAccountsWithRawResponse": ".promoted_accounts",
    "PromotedTweets": ".promoted_tweets",
    "PromotedTweetsWithRawResponse": ".promoted_tweets",
    "Publishers": ".publishers",
    "PublishersWithRawResponse": ".publishers",
    "ScheduledPromotedTweets": ".scheduled_promoted_tweets",
    "ScheduledPromotedTweetsWithRawResponse": ".scheduled_promoted_tweets",
    "TargetingOptions": ".targeting_options",
    "TargetingOptionsWithRawResponse": ".targeting_options",
    "TargetingSuggestions": ".targeting_suggestions",
    "TargetingSuggestionsWithRawResponse": ".targeting_suggestions",
    "TaxSettingsResource": ".tax_settings",
    "TaxSettingsResourceWithRawResponse": ".tax_settings",
    "TrackingTags": ".tracking_tags",
    "TrackingTagsWithRawResponse": ".tracking_tags",
    "Tweets": ".tweets",
    "TweetsWithRawResponse": ".tweets",
    "UserSettingsResource": ".user_settings",
    "UserSettingsResourceWithRawResponse": ".user_settings",
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
