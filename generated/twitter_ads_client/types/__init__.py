"""The models of the API's answers and the typed dicts of batch items."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .active_entity import ActiveEntity
    from .advertiser_business_category import AdvertiserBusinessCategory
    from .analytics_job import AnalyticsJob
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
    from .funding_instrument import FundingInstrument
    from .iab_category import IabCategory
    from .publisher import Publisher
    from .reach import Reach
    from .stats_row import StatsRow
    from .tax_settings import TaxSettings
    from .user_settings import UserSettings

__all__ = [
    "Account",
    "ActiveEntity",
    "AdvertiserBusinessCategory",
    "AnalyticsJob",
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
    "FundingInstrument",
    "IabCategory",
    "Publisher",
    "Reach",
    "StatsRow",
    "TaxSettings",
    "UserSettings",
]

# Each name is imported from its module on first use, so that importing the package stays
# cheap however large the API grows.
_EXPORTS = {
    "Account": ".account",
    "ActiveEntity": ".active_entity",
    "AdvertiserBusinessCategory": ".advertiser_business_category",
    "AnalyticsJob": ".analytics_job",
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
    "FundingInstrument": ".funding_instrument",
    "IabCategory": ".iab_category",
    "Publisher": ".publisher",
    "Reach": ".reach",
    "StatsRow": ".stats_row",
    "TaxSettings": ".tax_settings",
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
