"""The items of a `TargetingCriterionBatchOperation` list: plain dicts, typed.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "TargetingCriterionBatchCreate",
    "TargetingCriterionBatchCreateParams",
    "TargetingCriterionBatchDelete",
    "TargetingCriterionBatchDeleteParams",
    "TargetingCriterionBatchOperation",
]


class TargetingCriterionBatchCreateParams(TypedDict, total=False):
    """The `params` of a batch 'Create', as for createTargetingCriterion."""

    line_item_id: Required[str]
    operator_type: Literal["EQ", "NE", "GTE", "LT"]
    targeting_type: Required[
        Literal[
            "AGE",
            "APP_LIST",
            "APP_STORE_CATEGORY",
            "APP_STORE_CATEGORY_LOOKALIKE",
            "BROAD_KEYWORD",
            "CAMPAIGN_ENGAGEMENT",
            "CAMPAIGN_ENGAGEMENT_LOOKALIKE",
            "CONVERSATION",
            "CUSTOM_AUDIENCE",
            "CUSTOM_AUDIENCE_EXPANDED",
            "DEVICE",
            "ENGAGEMENT_TYPE",
            "EVENT",
            "EXACT_KEYWORD",
            "FOLLOWERS_OF_USER",
            "GENDER",
            "INTEREST",
            "LANGUAGE",
            "LIVE_TV_EVENT",
            "LOCATION",
            "NETWORK_ACTIVATION_DURATION",
            "NETWORK_OPERATOR",
            "PHRASE_KEYWORD",
            "PLATFORM",
            "PLATFORM_VERSION",
            "SIMILAR_TO_FOLLOWERS_OF_USER",
            "TV_SHOW",
            "UNORDERED_KEYWORD",
            "USER_ENGAGEMENT",
            "USER_ENGAGEMENT_LOOKALIKE",
            "WIFI_ONLY",
        ]
    ]
    targeting_value: Required[str]


class TargetingCriterionBatchCreate(TypedDict):
    """A batch item that does 'Create'."""

    operation_type: Literal["Create"]
    params: TargetingCriterionBatchCreateParams


class TargetingCriterionBatchDeleteParams(TypedDict, total=False):
    """The `params` of a batch 'Delete', as for deleteTargetingCriterion."""

    targeting_criterion_id: Required[str]


class TargetingCriterionBatchDelete(TypedDict):
    """A batch item that does 'Delete'."""

    operation_type: Literal["Delete"]
    params: TargetingCriterionBatchDeleteParams


TargetingCriterionBatchOperation: TypeAlias = (
    TargetingCriterionBatchCreate | TargetingCriterionBatchDelete
)
