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
    from .campaigns import (
        AsyncCampaigns,
        AsyncCampaignsWithRawResponse,
        Campaigns,
        CampaignsWithRawResponse,
    )
    from .funding_instruments import (
        AsyncFundingInstruments,
        AsyncFundingInstrumentsWithRawResponse,
        FundingInstruments,
        FundingInstrumentsWithRawResponse,
    )
    from .keyword_insights import (
        AsyncKeywordInsightsResource,
        AsyncKeywordInsightsResourceWithRawResponse,
        KeywordInsightsResource,
        KeywordInsightsResourceWithRawResponse,
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

__all__ = [
    "Accounts",
    "AccountsWithRawResponse",
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
    "AsyncAudienceEstimateResource",
    "AsyncAudienceEstimateResourceWithRawResponse",
    "AsyncAuthenticatedUserAccessResource",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse",
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "AsyncFundingInstruments",
    "AsyncFundingInstrumentsWithRawResponse",
    "AsyncKeywordInsightsResource",
    "AsyncKeywordInsightsResourceWithRawResponse",
    "AsyncTargetingOptions",
    "AsyncTargetingOptionsWithRawResponse",
    "AsyncTargetingSuggestions",
    "AsyncTargetingSuggestionsWithRawResponse",
    "AudienceEstimateResource",
    "AudienceEstimateResourceWithRawResponse",
    "AuthenticatedUserAccessResource",
    "AuthenticatedUserAccessResourceWithRawResponse",
    "Campaigns",
    "CampaignsWithRawResponse",
    "FundingInstruments",
    "FundingInstrumentsWithRawResponse",
    "KeywordInsightsResource",
    "KeywordInsightsResourceWithRawResponse",
    "TargetingOptions",
    "TargetingOptionsWithRawResponse",
    "TargetingSuggestions",
    "TargetingSuggestionsWithRawResponse",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "Accounts": ".accounts",
    "AccountsWithRawResponse": ".accounts",
    "AsyncAccounts": ".accounts",
    "AsyncAccountsWithRawResponse": ".accounts",
    "AsyncAudienceEstimateResource": ".audience_estimate",
    "AsyncAudienceEstimateResourceWithRawResponse": ".audience_estimate",
    "AsyncAuthenticatedUserAccessResource": ".authenticated_user_access",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "AsyncCampaigns": ".campaigns",
    "AsyncCampaignsWithRawResponse": ".campaigns",
    "AsyncFundingInstruments": ".funding_instruments",
    "AsyncFundingInstrumentsWithRawResponse": ".funding_instruments",
    "AsyncKeywordInsightsResource": ".keyword_insights",
    "AsyncKeywordInsightsResourceWithRawResponse": ".keyword_insights",
    "AsyncTargetingOptions": ".targeting_options",
    "AsyncTargetingOptionsWithRawResponse": ".targeting_options",
    "AsyncTargetingSuggestions": ".targeting_suggestions",
    "AsyncTargetingSuggestionsWithRawResponse": ".targeting_suggestions",
    "AudienceEstimateResource": ".audience_estimate",
    "AudienceEstimateResourceWithRawResponse": ".audience_estimate",
    "AuthenticatedUserAccessResource": ".authenticated_user_access",
    "AuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "Campaigns": ".campaigns",
    "CampaignsWithRawResponse": ".campaigns",
    "FundingInstruments": ".funding_instruments",
    "FundingInstrumentsWithRawResponse": ".funding_instruments",
    "KeywordInsightsResource": ".keyword_insights",
    "KeywordInsightsResourceWithRawResponse": ".keyword_insights",
    "TargetingOptions": ".targeting_options",
    "TargetingOptionsWithRawResponse": ".targeting_options",
    "TargetingSuggestions": ".targeting_suggestions",
    "TargetingSuggestionsWithRawResponse": ".targeting_suggestions",
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
