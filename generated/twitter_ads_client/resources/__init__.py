"""One module per resource, each with its sync, async and raw-response classes."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .publishers import (
        AsyncPublishers,
        AsyncPublishersWithRawResponse,
        Publishers,
        PublishersWithRawResponse,
    )
    from .tax_settings import (
        AsyncTaxSettingsResource,
        AsyncTaxSettingsResourceWithRawResponse,
        TaxSettingsResource,
        TaxSettingsResourceWithRawResponse,
    )
    from .user_settings import (
        AsyncUserSettingsResource,
        AsyncUserSettingsResourceWithRawResponse,
        UserSettingsResource,
        UserSettingsResourceWithRawResponse,
    )

__all__ = [
    "Accounts",
    "AccountsWithRawResponse",
    "AdvertiserBusinessCategories",
    "AdvertiserBusinessCategoriesWithRawResponse",
    "Analytics",
    "AnalyticsJobs",
    "AnalyticsJobsWithRawResponse",
    "AnalyticsWithRawResponse",
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
    "AsyncAdvertiserBusinessCategories",
    "AsyncAdvertiserBusinessCategoriesWithRawResponse",
    "AsyncAnalytics",
    "AsyncAnalyticsJobs",
    "AsyncAnalyticsJobsWithRawResponse",
    "AsyncAnalyticsWithRawResponse",
    "AsyncAuthenticatedUserAccessResource",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse",
    "AsyncBiddingRules",
    "AsyncBiddingRulesWithRawResponse",
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "AsyncContentCategories",
    "AsyncContentCategoriesWithRawResponse",
    "AsyncFundingInstruments",
    "AsyncFundingInstrumentsWithRawResponse",
    "AsyncIabCategories",
    "AsyncIabCategoriesWithRawResponse",
    "AsyncPublishers",
    "AsyncPublishersWithRawResponse",
    "AsyncTaxSettingsResource",
    "AsyncTaxSettingsResourceWithRawResponse",
    "AsyncUserSettingsResource",
    "AsyncUserSettingsResourceWithRawResponse",
    "AuthenticatedUserAccessResource",
    "AuthenticatedUserAccessResourceWithRawResponse",
    "BiddingRules",
    "BiddingRulesWithRawResponse",
    "Campaigns",
    "CampaignsWithRawResponse",
    "ContentCategories",
    "ContentCategoriesWithRawResponse",
    "FundingInstruments",
    "FundingInstrumentsWithRawResponse",
    "IabCategories",
    "IabCategoriesWithRawResponse",
    "Publishers",
    "PublishersWithRawResponse",
    "TaxSettingsResource",
    "TaxSettingsResourceWithRawResponse",
    "UserSettingsResource",
    "UserSettingsResourceWithRawResponse",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "Accounts": ".accounts",
    "AccountsWithRawResponse": ".accounts",
    "AdvertiserBusinessCategories": ".advertiser_business_categories",
    "AdvertiserBusinessCategoriesWithRawResponse": ".advertiser_business_categories",
    "Analytics": ".analytics",
    "AnalyticsJobs": ".analytics_jobs",
    "AnalyticsJobsWithRawResponse": ".analytics_jobs",
    "AnalyticsWithRawResponse": ".analytics",
    "AsyncAccounts": ".accounts",
    "AsyncAccountsWithRawResponse": ".accounts",
    "AsyncAdvertiserBusinessCategories": ".advertiser_business_categories",
    "AsyncAdvertiserBusinessCategoriesWithRawResponse": ".advertiser_business_categories",
    "AsyncAnalytics": ".analytics",
    "AsyncAnalyticsJobs": ".analytics_jobs",
    "AsyncAnalyticsJobsWithRawResponse": ".analytics_jobs",
    "AsyncAnalyticsWithRawResponse": ".analytics",
    "AsyncAuthenticatedUserAccessResource": ".authenticated_user_access",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "AsyncBiddingRules": ".bidding_rules",
    "AsyncBiddingRulesWithRawResponse": ".bidding_rules",
    "AsyncCampaigns": ".campaigns",
    "AsyncCampaignsWithRawResponse": ".campaigns",
    "AsyncContentCategories": ".content_categories",
    "AsyncContentCategoriesWithRawResponse": ".content_categories",
    "AsyncFundingInstruments": ".funding_instruments",
    "AsyncFundingInstrumentsWithRawResponse": ".funding_instruments",
    "AsyncIabCategories": ".iab_categories",
    "AsyncIabCategoriesWithRawResponse": ".iab_categories",
    "AsyncPublishers": ".publishers",
    "AsyncPublishersWithRawResponse": ".publishers",
    "AsyncTaxSettingsResource": ".tax_settings",
    "AsyncTaxSettingsResourceWithRawResponse": ".tax_settings",
    "AsyncUserSettingsResource": ".user_settings",
    "AsyncUserSettingsResourceWithRawResponse": ".user_settings",
    "AuthenticatedUserAccessResource": ".authenticated_user_access",
    "AuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "BiddingRules": ".bidding_rules",
    "BiddingRulesWithRawResponse": ".bidding_rules",
    "Campaigns": ".campaigns",
    "CampaignsWithRawResponse": ".campaigns",
    "ContentCategories": ".content_categories",
    "ContentCategoriesWithRawResponse": ".content_categories",
    "FundingInstruments": ".funding_instruments",
    "FundingInstrumentsWithRawResponse": ".funding_instruments",
    "IabCategories": ".iab_categories",
    "IabCategoriesWithRawResponse": ".iab_categories",
    "Publishers": ".publishers",
    "PublishersWithRawResponse": ".publishers",
    "TaxSettingsResource": ".tax_settings",
    "TaxSettingsResourceWithRawResponse": ".tax_settings",
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
