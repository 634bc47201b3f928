"""What a line item targets: one criterion per value of a targeting type (a place, a
language, a keyword, an age bucket, ...), each targeted or excluded.

Generated from the spec's `targeting_criteria` operations; do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import CallOptions
from .._operations import Batch, Operation, Param, Result
from .._pagination import AsyncPaginator, SyncPage
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._response import PageData
from .._rules import AllowedPer, Exclusive, LookedUp, MostPerBatch
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes
from ..types.targeting_criterion_batch import TargetingCriterionBatchOperation

if TYPE_CHECKING:
    from ..types.targeting_criterion import TargetingCriterion

__all__ = [
    "AsyncTargetingCriteria",
    "AsyncTargetingCriteriaWithRawResponse",
    "TargetingCriteria",
    "TargetingCriteriaWithRawResponse",
]

LIST_TARGETING_CRITERIA: Operation[PageData[TargetingCriterion]] = Operation(
    "listTargetingCriteria",
    "GET",
    "/accounts/{account_id}/targeting_criteria",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "line_item_ids",
            "array",
            required=True,
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("lang", "string", pattern="^[a-z]{2}$"),
        Param(
            "sort_by",
            "string",
            enum=(
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "name-asc",
                "name-desc",
                "targeting_type-asc",
                "targeting_type-desc",
            ),
        ),
        Param(
            "targeting_criterion_ids",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[0-9a-z]{1,13}$"),
        ),
        Param("with_deleted", "boolean", default=False),
        Param("with_total_count", "boolean", default=False),
    ),
    result=Result("page", "targeting_criterion:TargetingCriterion"),
    rules=(
        Exclusive(
            ("cursor", "with_total_count"),
            "EXCLUSIVE_PARAMETERS",
            "A total count is only computed for a first page.",
        ),
    ),
)
CREATE_TARGETING_CRITERION: Operation[TargetingCriterion] = Operation(
    "createTargetingCriterion",
    "POST",
    "/accounts/{account_id}/targeting_criteria",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param("line_item_id", "string", location="form", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "operator_type", "string", location="form", default="EQ", enum=("EQ", "NE", "GTE", "LT")
        ),
        Param(
            "targeting_type",
            "string",
            location="form",
            required=True,
            enum=(
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
            ),
        ),
        Param(
            "targeting_value",
            "string",
            location="form",
            required=True,
            min_length=1,
            max_length=255,
        ),
    ),
    result=Result("object", "targeting_criterion:TargetingCriterion"),
    rules=(
        LookedUp(
            "targeting_value",
            "targeting_type",
            {
                "APP_STORE_CATEGORY": "findAppStoreCategories",
                "APP_STORE_CATEGORY_LOOKALIKE": "findAppStoreCategories",
                "CONVERSATION": "findConversations",
                "DEVICE": "findDevices",
                "EVENT": "findEvents",
                "INTEREST": "findInterests",
                "LANGUAGE": "findLanguages",
                "LOCATION": "findLocations",
                "NETWORK_OPERATOR": "findNetworkOperators",
                "PLATFORM": "findPlatforms",
                "PLATFORM_VERSION": "findPlatformVersions",
                "TV_SHOW": "findTvShows",
            },
            (
                "AGE",
                "CUSTOM_AUDIENCE",
                "CUSTOM_AUDIENCE_EXPANDED",
                "ENGAGEMENT_TYPE",
                "SIMILAR_TO_FOLLOWERS_OF_USER",
            ),
            {"targeting_type": "BROAD_KEYWORD", "targeting_value": "technology"},
            "INVALID_PARAMETER",
            (
                "The value must be a key one of the targeting look-ups returns for the "
                "type, and fit what the line item already holds (one age bucket and one "
                "event, the limits per type, a location before a TV show, an existing "
                "targetable custom audience)."
            ),
        ),
        AllowedPer(
            "operator_type",
            "targeting_type",
            {
                "AGE": ("EQ",),
                "APP_LIST": ("NE",),
                "APP_STORE_CATEGORY": ("EQ",),
                "APP_STORE_CATEGORY_LOOKALIKE": ("EQ",),
                "BROAD_KEYWORD": ("EQ", "NE"),
                "CAMPAIGN_ENGAGEMENT": ("EQ",),
                "CAMPAIGN_ENGAGEMENT_LOOKALIKE": ("EQ",),
                "CONVERSATION": ("EQ",),
                "CUSTOM_AUDIENCE": ("EQ", "NE"),
                "CUSTOM_AUDIENCE_EXPANDED": ("EQ",),
                "DEVICE": ("EQ",),
                "ENGAGEMENT_TYPE": ("EQ",),
                "EVENT": ("EQ",),
                "EXACT_KEYWORD": ("EQ", "NE"),
                "FOLLOWERS_OF_USER": ("EQ",),
                "GENDER": ("EQ",),
                "INTEREST": ("EQ",),
                "LANGUAGE": ("EQ",),
                "LIVE_TV_EVENT": ("EQ",),
                "LOCATION": ("EQ",),
                "NETWORK_ACTIVATION_DURATION": ("LT", "GTE"),
                "NETWORK_OPERATOR": ("EQ",),
                "PHRASE_KEYWORD": ("EQ", "NE"),
                "PLATFORM": ("EQ",),
                "PLATFORM_VERSION": ("EQ",),
                "SIMILAR_TO_FOLLOWERS_OF_USER": ("EQ",),
                "TV_SHOW": ("EQ",),
                "UNORDERED_KEYWORD": ("EQ", "NE"),
                "USER_ENGAGEMENT": ("EQ",),
                "USER_ENGAGEMENT_LOOKALIKE": ("EQ",),
                "WIFI_ONLY": ("EQ",),
            },
            "INVALID_PARAMETER",
            (
                "Keywords and custom audiences can be excluded (`NE`), an app list only "
                "excluded; the network activation duration is compared (`LT`, `GTE`); "
                "every other type is targeted with `EQ`."
            ),
        ),
        AllowedPer(
            "targeting_value",
            "targeting_type",
            {
                "GENDER": ("1", "2"),
                "AGE": (
                    "AGE_13_TO_24",
                    "AGE_13_TO_34",
                    "AGE_13_TO_49",
                    "AGE_13_TO_54",
                    "AGE_OVER_13",
                    "AGE_18_TO_34",
                    "AGE_18_TO_49",
                    "AGE_18_TO_54",
                    "AGE_OVER_18",
                    "AGE_21_TO_34",
                    "AGE_21_TO_49",
                    "AGE_21_TO_54",
                    "AGE_OVER_21",
                    "AGE_25_TO_49",
                    "AGE_25_TO_54",
                    "AGE_OVER_25",
                    "AGE_35_TO_49",
                    "AGE_35_TO_54",
                    "AGE_OVER_35",
                    "AGE_OVER_50",
                ),
                "ENGAGEMENT_TYPE": ("IMPRESSION", "ENGAGEMENT"),
            },
            "INVALID_PARAMETER",
            (
                "Genders are `1` (male) and `2` (female), ages one of the documented "
                "buckets, engagement types `IMPRESSION` or `ENGAGEMENT`."
            ),
        ),
    ),
)
GET_TARGETING_CRITERION: Operation[TargetingCriterion] = Operation(
    "getTargetingCriterion",
    "GET",
    "/accounts/{account_id}/targeting_criteria/{targeting_criterion_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "targeting_criterion_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
        Param("lang", "string", pattern="^[a-z]{2}$"),
        Param("with_deleted", "boolean", default=False),
    ),
    result=Result("object", "targeting_criterion:TargetingCriterion"),
)
DELETE_TARGETING_CRITERION: Operation[TargetingCriterion] = Operation(
    "deleteTargetingCriterion",
    "DELETE",
    "/accounts/{account_id}/targeting_criteria/{targeting_criterion_id}",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
        Param(
            "targeting_criterion_id",
            "string",
            location="path",
            required=True,
            pattern="^[0-9a-z]{1,13}$",
        ),
    ),
    result=Result("object", "targeting_criterion:TargetingCriterion"),
)
BATCH_TARGETING_CRITERIA: Operation[list[TargetingCriterion]] = Operation(
    "batchTargetingCriteria",
    "POST",
    "/batch/accounts/{account_id}/targeting_criteria",
    params=(
        Param("account_id", "string", location="path", required=True, pattern="^[0-9a-z]{1,13}$"),
    ),
    result=Result("batch", "targeting_criterion:TargetingCriterion"),
    rules=(
        MostPerBatch(
            "targeting_type",
            "Create",
            (
                (("INTEREST",), 100),
                (("SIMILAR_TO_FOLLOWERS_OF_USER",), 100),
                (("LOCATION",), 2000),
                (("BROAD_KEYWORD", "EXACT_KEYWORD", "PHRASE_KEYWORD", "UNORDERED_KEYWORD"), 1000),
            ),
            "INVALID_PARAMETER",
            (
                "One batch adds at most 100 interests, 100 similar-to-followers users, "
                "2,000 locations and 1,000 keywords (the four keyword types together)."
            ),
        ),
    ),
    batch=Batch(
        max_items=500,
        operations={"Create": CREATE_TARGETING_CRITERION, "Delete": DELETE_TARGETING_CRITERION},
        shared=("account_id",),
    ),
)


class TargetingCriteria(SyncAPIResource):
    """What a line item targets: one criterion per value of a targeting type (a place, a
    language, a keyword, an age bucket, ...), each targeted or excluded."""

    def list(
        self,
        account_id: str,
        *,
        line_item_ids: builtins.list[str],
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "name-asc",
                "name-desc",
                "targeting_type-asc",
                "targeting_type-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        targeting_criterion_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[TargetingCriterion]:
        """List the targeting criteria of line items.

        Returns the targeting criteria of the given line items (at least one, up to 200), one
        page at a time. The criteria of a deleted line item, and deleted criteria, are left out
        unless `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_ids: The line items whose criteria to return (at least one, up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            lang: An ISO 639-1 language code: each option then also carries `localized_name`,
                its name in that language where one is known (its plain name otherwise).
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            targeting_criterion_ids: Keep only the targeting criteria with these identifiers (up
                to 200).
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of TargetingCriterion objects; iterating it yields every item of
                every page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            LIST_TARGETING_CRITERIA,
            {
                "account_id": account_id,
                "line_item_ids": line_item_ids,
                "count": count,
                "cursor": cursor,
                "lang": lang,
                "sort_by": sort_by,
                "targeting_criterion_ids": targeting_criterion_ids,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        account_id: str,
        *,
        line_item_id: str,
        operator_type: Literal["EQ", "NE", "GTE", "LT"] | NotGiven = NOT_GIVEN,
        targeting_type: Literal[
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
        ],
        targeting_value: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TargetingCriterion:
        """Add a targeting criterion to a line item.

        Targets (or, with `operator_type=NE`, excludes) one value of one targeting type for a
        line item. Values of the look-up types are the keys the targeting look-ups return;
        keywords are the words themselves; genders are `1` and `2`; ages one of the age buckets.
        A line item has at most one age bucket and one event, 100 interests, 100
        similar-to-followers users, 2,000 locations and 1,000 keywords; a TV show needs a
        location in one of its markets first; an engagement type needs a campaign or user
        engagement criterion first; a custom audience must exist and be targetable.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item to target with it.
            operator_type: `EQ` to target the value, `NE` to exclude it (keywords, custom
                audiences; an app list only so), `LT` or `GTE` for the network activation
                duration. (server default: `EQ`)
            targeting_type: What a targeting criterion targets. The look-ups answer with the
                types they supply values for; the others take values from elsewhere (user
                identifiers, keywords, custom audiences, the documented age buckets and
                genders).
            targeting_value: The value: for the look-up types the `targeting_value` a look-up
                returned; a keyword or phrase for the keyword types; `1` or `2` for a gender; an
                age bucket; a user, campaign or custom audience identifier for the types that
                name one.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingCriterion.
        """
        return self._client._call(
            CREATE_TARGETING_CRITERION,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "operator_type": operator_type,
                "targeting_type": targeting_type,
                "targeting_value": targeting_value,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        account_id: str,
        targeting_criterion_id: str,
        *,
        lang: str | NotGiven = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TargetingCriterion:
        """Get one targeting criterion.

        Returns one targeting criterion of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            targeting_criterion_id: The targeting criterion to work on.
            lang: An ISO 639-1 language code: each option then also carries `localized_name`,
                its name in that language where one is known (its plain name otherwise).
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingCriterion.
        """
        return self._client._call(
            GET_TARGETING_CRITERION,
            {
                "account_id": account_id,
                "targeting_criterion_id": targeting_criterion_id,
                "lang": lang,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        account_id: str,
        targeting_criterion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TargetingCriterion:
        """Remove a targeting criterion.

        Removes a targeting criterion from its line item for good; deleting it again gives 404.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            targeting_criterion_id: The targeting criterion to work on.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingCriterion.
        """
        return self._client._call(
            DELETE_TARGETING_CRITERION,
            {"account_id": account_id, "targeting_criterion_id": targeting_criterion_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def batch(
        self,
        account_id: str,
        operations: Sequence[TargetingCriterionBatchOperation],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[TargetingCriterion]:
        """Add and remove several targeting criteria at once.

        Applies up to 500 targeting criterion creates and deletes in one request, in any mix, in
        order. Each item's `params` are what adding one criterion takes (`operator_type`
        included); a delete names its criterion with `targeting_criterion_id` inside `params`.
        All or nothing: if an item fails none is applied, and the answer says which items failed
        and why. The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            operations: 1 to 500 items, each a mapping {"operation_type": "Create" | "Delete",
                "params": {...}} (or a TargetingCriterionBatchOperation); applied all or
                nothing, in order
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: the body is a JSON list, with no room for other parameters.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The resulting TargetingCriterion objects, in the order of `operations`.
        """
        return self._client._call(
            BATCH_TARGETING_CRITERIA,
            {"account_id": account_id, "operations": operations},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncTargetingCriteria(AsyncAPIResource):
    """What a line item targets: one criterion per value of a targeting type (a place, a
    language, a keyword, an age bucket, ...), each targeted or excluded."""

    def list(
        self,
        account_id: str,
        *,
        line_item_ids: builtins.list[str],
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        sort_by: (
            Literal[
                "created_at-asc",
                "created_at-desc",
                "updated_at-asc",
                "updated_at-desc",
                "deleted-asc",
                "deleted-desc",
                "name-asc",
                "name-desc",
                "targeting_type-asc",
                "targeting_type-desc",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        targeting_criterion_ids: builtins.list[str] | NotGiven = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        with_total_count: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[TargetingCriterion]:
        """List the targeting criteria of line items.

        Returns the targeting criteria of the given line items (at least one, up to 200), one
        page at a time. The criteria of a deleted line item, and deleted criteria, are left out
        unless `with_deleted=true`.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_ids: The line items whose criteria to return (at least one, up to 200).
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged. Cursors are opaque; do not build or edit them. Cannot be combined
                with `with_total_count`.
            lang: An ISO 639-1 language code: each option then also carries `localized_name`,
                its name in that language where one is known (its plain name otherwise).
            sort_by: Order of the results, as `<attribute>-asc` or `<attribute>-desc`.
            targeting_criterion_ids: Keep only the targeting criteria with these identifiers (up
                to 200).
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            with_total_count: Add `total_count`, the number of matching objects across all
                pages, to the answer. Only allowed on a first page: sending it with `cursor` is
                rejected with `EXCLUSIVE_PARAMETERS`. A request that sets it is counted against
                the smaller `total-count-reads` rate limit. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of TargetingCriterion objects; iterating it yields every item of
                every page, fetching the next ones as needed.
        """
        return self._client._paginate(
            LIST_TARGETING_CRITERIA,
            {
                "account_id": account_id,
                "line_item_ids": line_item_ids,
                "count": count,
                "cursor": cursor,
                "lang": lang,
                "sort_by": sort_by,
                "targeting_criterion_ids": targeting_criterion_ids,
                "with_deleted": with_deleted,
                "with_total_count": with_total_count,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        account_id: str,
        *,
        line_item_id: str,
        operator_type: Literal["EQ", "NE", "GTE", "LT"] | NotGiven = NOT_GIVEN,
        targeting_type: Literal[
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
        ],
        targeting_value: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TargetingCriterion:
        """Add a targeting criterion to a line item.

        Targets (or, with `operator_type=NE`, excludes) one value of one targeting type for a
        line item. Values of the look-up types are the keys the targeting look-ups return;
        keywords are the words themselves; genders are `1` and `2`; ages one of the age buckets.
        A line item has at most one age bucket and one event, 100 interests, 100
        similar-to-followers users, 2,000 locations and 1,000 keywords; a TV show needs a
        location in one of its markets first; an engagement type needs a campaign or user
        engagement criterion first; a custom audience must exist and be targetable.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            line_item_id: The line item to target with it.
            operator_type: `EQ` to target the value, `NE` to exclude it (keywords, custom
                audiences; an app list only so), `LT` or `GTE` for the network activation
                duration. (server default: `EQ`)
            targeting_type: What a targeting criterion targets. The look-ups answer with the
                types they supply values for; the others take values from elsewhere (user
                identifiers, keywords, custom audiences, the documented age buckets and
                genders).
            targeting_value: The value: for the look-up types the `targeting_value` a look-up
                returned; a keyword or phrase for the keyword types; `1` or `2` for a gender; an
                age bucket; a user, campaign or custom audience identifier for the types that
                name one.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Form body parameters to add, sent as given (not checked).
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingCriterion.
        """
        return await self._client._call(
            CREATE_TARGETING_CRITERION,
            {
                "account_id": account_id,
                "line_item_id": line_item_id,
                "operator_type": operator_type,
                "targeting_type": targeting_type,
                "targeting_value": targeting_value,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        account_id: str,
        targeting_criterion_id: str,
        *,
        lang: str | NotGiven = NOT_GIVEN,
        with_deleted: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TargetingCriterion:
        """Get one targeting criterion.

        Returns one targeting criterion of the ads account.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            targeting_criterion_id: The targeting criterion to work on.
            lang: An ISO 639-1 language code: each option then also carries `localized_name`,
                its name in that language where one is known (its plain name otherwise).
            with_deleted: Also return deleted objects. Without it a deleted object is not listed
                and fetching it by identifier gives 404. (server default: `false`)
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingCriterion.
        """
        return await self._client._call(
            GET_TARGETING_CRITERION,
            {
                "account_id": account_id,
                "targeting_criterion_id": targeting_criterion_id,
                "lang": lang,
                "with_deleted": with_deleted,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        account_id: str,
        targeting_criterion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> TargetingCriterion:
        """Remove a targeting criterion.

        Removes a targeting criterion from its line item for good; deleting it again gives 404.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            targeting_criterion_id: The targeting criterion to work on.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a DELETE has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingCriterion.
        """
        return await self._client._call(
            DELETE_TARGETING_CRITERION,
            {"account_id": account_id, "targeting_criterion_id": targeting_criterion_id},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def batch(
        self,
        account_id: str,
        operations: Sequence[TargetingCriterionBatchOperation],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[TargetingCriterion]:
        """Add and remove several targeting criteria at once.

        Applies up to 500 targeting criterion creates and deletes in one request, in any mix, in
        order. Each item's `params` are what adding one criterion takes (`operator_type`
        included); a delete names its criterion with `targeting_criterion_id` inside `params`.
        All or nothing: if an item fails none is applied, and the answer says which items failed
        and why. The body is JSON.

        Args:
            account_id: The ads account the request works on. The authenticated user must have
                access to it; an account the user cannot see is answered with 403
                `ACCOUNT_NOT_FOUND`.
            operations: 1 to 500 items, each a mapping {"operation_type": "Create" | "Delete",
                "params": {...}} (or a TargetingCriterionBatchOperation); applied all or
                nothing, in order
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: the body is a JSON list, with no room for other parameters.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The resulting TargetingCriterion objects, in the order of `operations`.
        """
        return await self._client._call(
            BATCH_TARGETING_CRITERIA,
            {"account_id": account_id, "operations": operations},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class TargetingCriteriaWithRawResponse:
    """The same calls as `TargetingCriteria`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: TargetingCriteria) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.batch = to_raw_response_wrapper(resource.batch)


class AsyncTargetingCriteriaWithRawResponse:
    """The same calls as `AsyncTargetingCriteria`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncTargetingCriteria) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.batch = async_to_raw_response_wrapper(resource.batch)
