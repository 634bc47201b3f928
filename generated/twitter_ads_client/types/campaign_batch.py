"""The items of a `CampaignBatchOperation` list: plain dicts, typed.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "CampaignBatchCreate",
    "CampaignBatchCreateParams",
    "CampaignBatchDelete",
    "CampaignBatchDeleteParams",
    "CampaignBatchOperation",
    "CampaignBatchUpdate",
    "CampaignBatchUpdateParams",
]


class CampaignBatchCreateParams(TypedDict, total=False):
    """The `params` of a batch 'Create', as for createCampaign."""

    funding_instrument_id: Required[str]
    name: Required[str]
    budget_optimization: Literal["CAMPAIGN", "LINE_ITEM"]
    daily_budget_amount_local_micro: int
    total_budget_amount_local_micro: int
    entity_status: Literal["ACTIVE", "DRAFT", "PAUSED"]
    purchase_order_number: str
    standard_delivery: bool


class CampaignBatchCreate(TypedDict):
    """A batch item that does 'Create'."""

    operation_type: Literal["Create"]
    params: CampaignBatchCreateParams


class CampaignBatchUpdateParams(TypedDict, total=False):
    """The `params` of a batch 'Update', as for updateCampaign."""

    name: str
    budget_optimization: Literal["CAMPAIGN", "LINE_ITEM"]
    daily_budget_amount_local_micro: int | None
    total_budget_amount_local_micro: int | None
    entity_status: Literal["ACTIVE", "PAUSED"]
    purchase_order_number: str | None
    standard_delivery: bool
    campaign_id: Required[str]


class CampaignBatchUpdate(TypedDict):
    """A batch item that does 'Update'."""

    operation_type: Literal["Update"]
    params: CampaignBatchUpdateParams


class CampaignBatchDeleteParams(TypedDict, total=False):
    """The `params` of a batch 'Delete', as for deleteCampaign."""

    campaign_id: Required[str]


class CampaignBatchDelete(TypedDict):
    """A batch item that does 'Delete'."""

    operation_type: Literal["Delete"]
    params: CampaignBatchDeleteParams


CampaignBatchOperation: TypeAlias = CampaignBatchCreate | CampaignBatchUpdate | CampaignBatchDelete
