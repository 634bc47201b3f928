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

__all__ = [
    "Accounts",
    "AccountsWithRawResponse",
    "Analytics",
    "AnalyticsJobs",
    "AnalyticsJobsWithRawResponse",
    "AnalyticsWithRawResponse",
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
    "AsyncAnalytics",
    "AsyncAnalyticsJobs",
    "AsyncAnalyticsJobsWithRawResponse",
    "AsyncAnalyticsWithRawResponse",
    "AsyncAuthenticatedUserAccessResource",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse",
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "AsyncFundingInstruments",
    "AsyncFundingInstrumentsWithRawResponse",
    "AuthenticatedUserAccessResource",
    "AuthenticatedUserAccessResourceWithRawResponse",
    "Campaigns",
    "CampaignsWithRawResponse",
    "FundingInstruments",
    "FundingInstrumentsWithRawResponse",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "Accounts": ".accounts",
    "AccountsWithRawResponse": ".accounts",
    "Analytics": ".analytics",
    "AnalyticsJobs": ".analytics_jobs",
    "AnalyticsJobsWithRawResponse": ".analytics_jobs",
    "AnalyticsWithRawResponse": ".analytics",
    "AsyncAccounts": ".accounts",
    "AsyncAccountsWithRawResponse": ".accounts",
    "AsyncAnalytics": ".analytics",
    "AsyncAnalyticsJobs": ".analytics_jobs",
    "AsyncAnalyticsJobsWithRawResponse": ".analytics_jobs",
    "AsyncAnalyticsWithRawResponse": ".analytics",
    "AsyncAuthenticatedUserAccessResource": ".authenticated_user_access",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "AsyncCampaigns": ".campaigns",
    "AsyncCampaignsWithRawResponse": ".campaigns",
    "AsyncFundingInstruments": ".funding_instruments",
    "AsyncFundingInstrumentsWithRawResponse": ".funding_instruments",
    "AuthenticatedUserAccessResource": ".authenticated_user_access",
    "AuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "Campaigns": ".campaigns",
    "CampaignsWithRawResponse": ".campaigns",
    "FundingInstruments": ".funding_instruments",
    "FundingInstrumentsWithRawResponse": ".funding_instruments",
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
