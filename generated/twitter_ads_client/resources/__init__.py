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
    from .curated_categories import (
        AsyncCuratedCategories,
        AsyncCuratedCategoriesWithRawResponse,
        CuratedCategories,
        CuratedCategoriesWithRawResponse,
    )
    from .funding_instruments import (
        AsyncFundingInstruments,
        AsyncFundingInstrumentsWithRawResponse,
        FundingInstruments,
        FundingInstrumentsWithRawResponse,
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
    from .scheduled_promoted_tweets import (
        AsyncScheduledPromotedTweets,
        AsyncScheduledPromotedTweetsWithRawResponse,
        ScheduledPromotedTweets,
        ScheduledPromotedTweetsWithRawResponse,
    )
    from .tracking_tags import (
        AsyncTrackingTags,
        AsyncTrackingTagsWithRawResponse,
        TrackingTags,
        TrackingTagsWithRawResponse,
    )
    from .tweets import AsyncTweets, AsyncTweetsWithRawResponse, Tweets, TweetsWithRawResponse

__all__ = [
    "Accounts",
    "AccountsWithRawResponse",
    "AsyncAccounts",
    "AsyncAccountsWithRawResponse",
    "AsyncAuthenticatedUserAccessResource",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse",
    "AsyncCampaigns",
    "AsyncCampaignsWithRawResponse",
    "AsyncCuratedCategories",
    "AsyncCuratedCategoriesWithRawResponse",
    "AsyncFundingInstruments",
    "AsyncFundingInstrumentsWithRawResponse",
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
    "AsyncScheduledPromotedTweets",
    "AsyncScheduledPromotedTweetsWithRawResponse",
    "AsyncTrackingTags",
    "AsyncTrackingTagsWithRawResponse",
    "AsyncTweets",
    "AsyncTweetsWithRawResponse",
    "AuthenticatedUserAccessResource",
    "AuthenticatedUserAccessResourceWithRawResponse",
    "Campaigns",
    "CampaignsWithRawResponse",
    "CuratedCategories",
    "CuratedCategoriesWithRawResponse",
    "FundingInstruments",
    "FundingInstrumentsWithRawResponse",
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
    "ScheduledPromotedTweets",
    "ScheduledPromotedTweetsWithRawResponse",
    "TrackingTags",
    "TrackingTagsWithRawResponse",
    "Tweets",
    "TweetsWithRawResponse",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "Accounts": ".accounts",
    "AccountsWithRawResponse": ".accounts",
    "AsyncAccounts": ".accounts",
    "AsyncAccountsWithRawResponse": ".accounts",
    "AsyncAuthenticatedUserAccessResource": ".authenticated_user_access",
    "AsyncAuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "AsyncCampaigns": ".campaigns",
    "AsyncCampaignsWithRawResponse": ".campaigns",
    "AsyncCuratedCategories": ".curated_categories",
    "AsyncCuratedCategoriesWithRawResponse": ".curated_categories",
    "AsyncFundingInstruments": ".funding_instruments",
    "AsyncFundingInstrumentsWithRawResponse": ".funding_instruments",
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
    "AsyncScheduledPromotedTweets": ".scheduled_promoted_tweets",
    "AsyncScheduledPromotedTweetsWithRawResponse": ".scheduled_promoted_tweets",
    "AsyncTrackingTags": ".tracking_tags",
    "AsyncTrackingTagsWithRawResponse": ".tracking_tags",
    "AsyncTweets": ".tweets",
    "AsyncTweetsWithRawResponse": ".tweets",
    "AuthenticatedUserAccessResource": ".authenticated_user_access",
    "AuthenticatedUserAccessResourceWithRawResponse": ".authenticated_user_access",
    "Campaigns": ".campaigns",
    "CampaignsWithRawResponse": ".campaigns",
    "CuratedCategories": ".curated_categories",
    "CuratedCategoriesWithRawResponse": ".curated_categories",
    "FundingInstruments": ".funding_instruments",
    "FundingInstrumentsWithRawResponse": ".funding_instruments",
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
    "ScheduledPromotedTweets": ".scheduled_promoted_tweets",
    "ScheduledPromotedTweetsWithRawResponse": ".scheduled_promoted_tweets",
    "TrackingTags": ".tracking_tags",
    "TrackingTagsWithRawResponse": ".tracking_tags",
    "Tweets": ".tweets",
    "TweetsWithRawResponse": ".tweets",
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
