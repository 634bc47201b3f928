"""`AdsClient` and `AsyncAdsClient`: one attribute per top-level resource (or namespace) of
the API, and the low-level signed calls for what the spec does not describe yet.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx2

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._resource import async_to_raw_response_wrapper, to_raw_response_wrapper
from ._spec import API_VERSION
from ._types import Headers, TimeoutTypes

if TYPE_CHECKING:
    from .resources.ab_tests import (
        AbTests,
        AbTestsWithRawResponse,
        AsyncAbTests,
        AsyncAbTestsWithRawResponse,
    )
    from .resources.account_apps import (
        AccountApps,
        AccountAppsWithRawResponse,
        AsyncAccountApps,
        AsyncAccountAppsWithRawResponse,
    )
    from .resources.account_history import (
        AccountHistory,
        AccountHistoryWithRawResponse,
        AsyncAccountHistory,
        AsyncAccountHistoryWithRawResponse,
    )
    from .resources.accounts import (
        Accounts,
        AccountsWithRawResponse,
        AsyncAccounts,
        AsyncAccountsWithRawResponse,
    )
    from .resources.advertiser_business_categories import (
        AdvertiserBusinessCategories,
        AdvertiserBusinessCategoriesWithRawResponse,
        AsyncAdvertiserBusinessCategories,
        AsyncAdvertiserBusinessCategoriesWithRawResponse,
    )
    from .resources.analytics import (
        Analytics,
        AnalyticsWithRawResponse,
        AsyncAnalytics,
        AsyncAnalyticsWithRawResponse,
    )
    from .resources.audience_estimate import (
        AsyncAudienceEstimateResource,
        AsyncAudienceEstimateResourceWithRawResponse,
        AudienceEstimateResource,
        AudienceEstimateResourceWithRawResponse,
    )
    from .resources.authenticated_user_access import (
        AsyncAuthenticatedUserAccessResource,
        AsyncAuthenticatedUserAccessResourceWithRawResponse,
        AuthenticatedUserAccessResource,
        AuthenticatedUserAccessResourceWithRawResponse,
    )
    from .resources.bidding_rules import (
        AsyncBiddingRules,
        AsyncBiddingRulesWithRawResponse,
        BiddingRules,
        BiddingRulesWithRawResponse,
    )
    from .resources.campaigns import (
        AsyncCampaigns,
        AsyncCampaignsWithRawResponse,
        Campaigns,
        CampaignsWithRawResponse,
    )
    from .resources.content_categories import (
        AsyncContentCategories,
        AsyncContentCategoriesWithRawResponse,
        ContentCategories,
        ContentCategoriesWithRawResponse,
    )
    from .resources.curated_categories import (
        AsyncCuratedCategories,
        AsyncCuratedCategoriesWithRawResponse,
        CuratedCategories,
        CuratedCategoriesWithRawResponse,
    )
    from .resources.features import (
        AsyncFeatures,
        AsyncFeaturesWithRawResponse,
        Features,
        FeaturesWithRawResponse,
    )
    from .resources.funding_instruments import (
        AsyncFundingInstruments,
        AsyncFundingInstrumentsWithRawResponse,
        FundingInstruments,
        FundingInstrumentsWithRawResponse,
    )
    from .resources.iab_categories import (
        AsyncIabCategories,
        AsyncIabCategoriesWithRawResponse,
        IabCategories,
        IabCategoriesWithRawResponse,
    )
    from .resources.keyword_insights import (
        AsyncKeywordInsightsResource,
        AsyncKeywordInsightsResourceWithRawResponse,
        KeywordInsightsResource,
        KeywordInsightsResourceWithRawResponse,
    )
    from .resources.line_item_curated_categories import (
        AsyncLineItemCuratedCategories,
        AsyncLineItemCuratedCategoriesWithRawResponse,
        LineItemCuratedCategories,
        LineItemCuratedCategoriesWithRawResponse,
    )
    from .resources.line_items import (
        AsyncLineItems,
        AsyncLineItemsWithRawResponse,
        LineItems,
        LineItemsWithRawResponse,
    )
    from .resources.promotable_users import (
        AsyncPromotableUsers,
        AsyncPromotableUsersWithRawResponse,
        PromotableUsers,
        PromotableUsersWithRawResponse,
    )
    from .resources.promoted_accounts import (
        AsyncPromotedAccounts,
        AsyncPromotedAccountsWithRawResponse,
        PromotedAccounts,
        PromotedAccountsWithRawResponse,
    )
    from .resources.promoted_tweets import (
        AsyncPromotedTweets,
        AsyncPromotedTweetsWithRawResponse,
        PromotedTweets,
        PromotedTweetsWithRawResponse,
    )
    from .resources.publishers import (
        AsyncPublishers,
        AsyncPublishersWithRawResponse,
        Publishers,
        PublishersWithRawResponse,
    )
    from .resources.scheduled_promoted_tweets import (
        AsyncScheduledPromotedTweets,
        AsyncScheduledPromotedTweetsWithRawResponse,
        ScheduledPromotedTweets,
        ScheduledPromotedTweetsWithRawResponse,
    )
    from .resources.targeting_criteria import (
        AsyncTargetingCriteria,
        AsyncTargetingCriteriaWithRawResponse,
        TargetingCriteria,
        TargetingCriteriaWithRawResponse,
    )
    from .resources.targeting_options import (
        AsyncTargetingOptions,
        AsyncTargetingOptionsWithRawResponse,
        TargetingOptions,
        TargetingOptionsWithRawResponse,
    )
    from .resources.targeting_suggestions import (
        AsyncTargetingSuggestions,
        AsyncTargetingSuggestionsWithRawResponse,
        TargetingSuggestions,
        TargetingSuggestionsWithRawResponse,
    )
    from .resources.tax_settings import (
        AsyncTaxSettingsResource,
        AsyncTaxSettingsResourceWithRawResponse,
        TaxSettingsResource,
        TaxSettingsResourceWithRawResponse,
    )
    from .resources.tracking_tags import (
        AsyncTrackingTags,
        AsyncTrackingTagsWithRawResponse,
        TrackingTags,
        TrackingTagsWithRawResponse,
    )
    from .resources.tweets import (
        AsyncTweets,
        AsyncTweetsWithRawResponse,
        Tweets,
        TweetsWithRawResponse,
    )
    from .resources.user_settings import (
        AsyncUserSettingsResource,
        AsyncUserSettingsResourceWithRawResponse,
        UserSettingsResource,
        UserSettingsResourceWithRawResponse,
    )

__all__ = [
    "AdsClient",
    "AdsClientWithRawResponse",
    "AsyncAdsClient",
    "AsyncAdsClientWithRawResponse",
]


class AdsClient(SyncAPIClient):
    """A client of the X Ads API, version 12 by default.

    Args:
        consumer_key: The app's consumer key (default: $TWITTER_CONSUMER_KEY).
        consumer_secret: The app's consumer secret (default: $TWITTER_CONSUMER_SECRET).
        access_token: The user's access token (default: $TWITTER_ACCESS_TOKEN).
        access_token_secret: The user's token secret (default: $TWITTER_ACCESS_TOKEN_SECRET).
        base_url: The API root without the version (`http://127.0.0.1:8000` for a local
            sandbox); replaces the production and sandbox hosts. Plain http is refused except
            for loopback hosts.
        sandbox: Talk to the sandbox host instead of production.
        api_version: The version in every path, one of 11, 12.
        timeout: Seconds (or an `httpx2.Timeout`) before giving up on a request.
        max_retries: Retries of idempotent calls (GET, PUT, DELETE) after a connection error,
            a 408, a 429 or a 5xx answer. POSTs are never retried.
        max_retry_wait: The longest wait for a rate-limit reset or a `retry-after` that is
            worth blocking on; a longer one raises the error at once.
        http_client: An `httpx2.Client` to send requests with (proxies, transports, event
            hooks); it is not closed by the client.
        default_headers: Headers sent with every request.
        strict_response_validation: Raise `APIResponseValidationError` for an answer that does
            not fit the spec. By default such an answer still becomes its models: what fits is
            typed, the rest kept as received, and each difference logged once (warning of the
            `twitter_ads_client` logger) and listed on the raw response (`.mismatches`).
    """

    def __init__(
        self,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        access_token: str | None = None,
        access_token_secret: str | None = None,
        *,
        base_url: str | httpx2.URL | None = None,
        sandbox: bool = False,
        api_version: str = API_VERSION,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = 60.0,
        http_client: httpx2.Client | None = None,
        default_headers: Headers | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            http_client=http_client,
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            access_token=access_token,
            access_token_secret=access_token_secret,
            base_url=base_url,
            sandbox=sandbox,
            api_version=api_version,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    def __enter__(self) -> AdsClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @cached_property
    def accounts(self) -> Accounts:
        """Ads accounts. Each belongs to a business and is shared with the users it grants
        access to; every other object lives in one."""
        from .resources.accounts import Accounts

        return Accounts(self)

    @cached_property
    def funding_instruments(self) -> FundingInstruments:
        """The ways an account pays (cards, credit lines, insertion orders). Read-only in
        production; the sandbox can create and delete them."""
        from .resources.funding_instruments import FundingInstruments

        return FundingInstruments(self)

    @cached_property
    def campaigns(self) -> Campaigns:
        """Campaigns hold a budget and a funding instrument; their line items decide what is
        shown to whom."""
        from .resources.campaigns import Campaigns

        return Campaigns(self)

    @cached_property
    def line_items(self) -> LineItems:
        """Line items (ad groups) spend a campaign's budget: what is promoted, where, how it
        bids and what it optimises for."""
        from .resources.line_items import LineItems

        return LineItems(self)

    @cached_property
    def promotable_users(self) -> PromotableUsers:
        """The X users whose Tweets an ads account may promote: its own handle (`FULL`) and
        handles that allowed it to promote their Tweets (`RETWEETS_ONLY`). Read-only."""
        from .resources.promotable_users import PromotableUsers

        return PromotableUsers(self)

    @cached_property
    def tweets(self) -> Tweets:
        """Tweets of the account's promotable users, as promotion needs them: listed, posted
        (promoted-only by default), named and previewed. Tweet identifiers are decimal."""
        from .resources.tweets import Tweets

        return Tweets(self)

    @cached_property
    def promoted_tweets(self) -> PromotedTweets:
        """Tweets promoted by a line item."""
        from .resources.promoted_tweets import PromotedTweets

        return PromotedTweets(self)

    @cached_property
    def promoted_accounts(self) -> PromotedAccounts:
        """X accounts promoted by a line item."""
        from .resources.promoted_accounts import PromotedAccounts

        return PromotedAccounts(self)

    @cached_property
    def scheduled_promoted_tweets(self) -> ScheduledPromotedTweets:
        """Scheduled Tweets a line item promotes once they are published."""
        from .resources.scheduled_promoted_tweets import ScheduledPromotedTweets

        return ScheduledPromotedTweets(self)

    @cached_property
    def tracking_tags(self) -> TrackingTags:
        """Third-party measurement tags (impression tags, click trackers) on line items."""
        from .resources.tracking_tags import TrackingTags

        return TrackingTags(self)

    @cached_property
    def curated_categories(self) -> CuratedCategories:
        """The catalog of curated categories (publisher groups a pre-roll line item may run
        next to), by country. Read-only and the same for every account."""
        from .resources.curated_categories import CuratedCategories

        return CuratedCategories(self)

    @cached_property
    def line_item_curated_categories(self) -> LineItemCuratedCategories:
        """Which curated categories a line item runs next to."""
        from .resources.line_item_curated_categories import LineItemCuratedCategories

        return LineItemCuratedCategories(self)

    @cached_property
    def ab_tests(self) -> AbTests:
        """A/B tests: campaigns or line items of an ads account split into user groups that
        each see their own ads, to compare them."""
        from .resources.ab_tests import AbTests

        return AbTests(self)

    @cached_property
    def authenticated_user_access(self) -> AuthenticatedUserAccessResource:
        """What the authenticated user may do in an ads account: its roles there, computed for
        each request rather than stored."""
        from .resources.authenticated_user_access import AuthenticatedUserAccessResource

        return AuthenticatedUserAccessResource(self)

    @cached_property
    def targeting_criteria(self) -> TargetingCriteria:
        """What a line item targets: one criterion per value of a targeting type (a place, a
        language, a keyword, an age bucket, ...), each targeted or excluded."""
        from .resources.targeting_criteria import TargetingCriteria

        return TargetingCriteria(self)

    @cached_property
    def targeting_options(self) -> TargetingOptions:
        """The catalogs of targeting values (locations, languages, interests, devices, events,
        TV shows, ...): where the key of a targeting criterion comes from. Global: no ads
        account."""
        from .resources.targeting_options import TargetingOptions

        return TargetingOptions(self)

    @cached_property
    def targeting_suggestions(self) -> TargetingSuggestions:
        """Keywords and users to target next to those already chosen."""
        from .resources.targeting_suggestions import TargetingSuggestions

        return TargetingSuggestions(self)

    @cached_property
    def audience_estimate(self) -> AudienceEstimateResource:
        """How many people a set of targeting criteria could reach, estimated for each request."""
        from .resources.audience_estimate import AudienceEstimateResource

        return AudienceEstimateResource(self)

    @cached_property
    def keyword_insights(self) -> KeywordInsightsResource:
        """How much keywords are posted about, and which keywords go with them. Global: no ads
        account."""
        from .resources.keyword_insights import KeywordInsightsResource

        return KeywordInsightsResource(self)

    @cached_property
    def analytics(self) -> Analytics:
        """Metrics of ads entities: synchronous for windows up to a week, which entities
        changed, and reach. Computed for each request."""
        from .resources.analytics import Analytics

        return Analytics(self)

    @cached_property
    def iab_categories(self) -> IabCategories:
        """The IAB content taxonomy: the categories line items and the other catalogs name. The
        same for every user."""
        from .resources.iab_categories import IabCategories

        return IabCategories(self)

    @cached_property
    def content_categories(self) -> ContentCategories:
        """What pre-roll videos are about: the categories their ads can target, each a group of
        IAB categories. The same for every user."""
        from .resources.content_categories import ContentCategories

        return ContentCategories(self)

    @cached_property
    def advertiser_business_categories(self) -> AdvertiserBusinessCategories:
        """The kinds of business a pre-roll advertiser declares to publishers. The same for
        every user."""
        from .resources.advertiser_business_categories import AdvertiserBusinessCategories

        return AdvertiserBusinessCategories(self)

    @cached_property
    def publishers(self) -> Publishers:
        """The accounts whose videos carry pre-roll ads. The same for every user."""
        from .resources.publishers import Publishers

        return Publishers(self)

    @cached_property
    def bidding_rules(self) -> BiddingRules:
        """The lowest and highest bids, and the smallest step, in each currency. The same for
        every user."""
        from .resources.bidding_rules import BiddingRules

        return BiddingRules(self)

    @cached_property
    def tax_settings(self) -> TaxSettingsResource:
        """The VAT details of an ads account: one set per account, read and changed as a whole."""
        from .resources.tax_settings import TaxSettingsResource

        return TaxSettingsResource(self)

    @cached_property
    def user_settings(self) -> UserSettingsResource:
        """A user's contact details for one ads account: one set per user and account."""
        from .resources.user_settings import UserSettingsResource

        return UserSettingsResource(self)

    @cached_property
    def features(self) -> Features:
        """The beta and limited-release capabilities an ads account has been granted, by their
        keys."""
        from .resources.features import Features

        return Features(self)

    @cached_property
    def account_apps(self) -> AccountApps:
        """The mobile apps associated with an ads account. Read-only: apps are associated
        outside the API."""
        from .resources.account_apps import AccountApps

        return AccountApps(self)

    @cached_property
    def account_history(self) -> AccountHistory:
        """The log of changes made to an ads account's entities: what changed, when and by
        whom."""
        from .resources.account_history import AccountHistory

        return AccountHistory(self)

    @cached_property
    def with_raw_response(self) -> AdsClientWithRawResponse:
        """The same calls, each returning the raw `APIResponse` (headers, rate limits,
        `.parse()`)."""
        return AdsClientWithRawResponse(self)


class AsyncAdsClient(AsyncAPIClient):
    """An asyncio client of the X Ads API, version 12 by default.

    It takes the same arguments as `AdsClient`, with an `httpx2.AsyncClient` as `http_client`.
    """

    def __init__(
        self,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        access_token: str | None = None,
        access_token_secret: str | None = None,
        *,
        base_url: str | httpx2.URL | None = None,
        sandbox: bool = False,
        api_version: str = API_VERSION,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = 60.0,
        http_client: httpx2.AsyncClient | None = None,
        default_headers: Headers | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            http_client=http_client,
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            access_token=access_token,
            access_token_secret=access_token_secret,
            base_url=base_url,
            sandbox=sandbox,
            api_version=api_version,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            default_headers=default_headers,
            strict_response_validation=strict_response_validation,
        )

    async def __aenter__(self) -> AsyncAdsClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """Ads accounts. Each belongs to a business and is shared with the users it grants
        access to; every other object lives in one."""
        from .resources.accounts import AsyncAccounts

        return AsyncAccounts(self)

    @cached_property
    def funding_instruments(self) -> AsyncFundingInstruments:
        """The ways an account pays (cards, credit lines, insertion orders). Read-only in
        production; the sandbox can create and delete them."""
        from .resources.funding_instruments import AsyncFundingInstruments

        return AsyncFundingInstruments(self)

    @cached_property
    def campaigns(self) -> AsyncCampaigns:
        """Campaigns hold a budget and a funding instrument; their line items decide what is
        shown to whom."""
        from .resources.campaigns import AsyncCampaigns

        return AsyncCampaigns(self)

    @cached_property
    def line_items(self) -> AsyncLineItems:
        """Line items (ad groups) spend a campaign's budget: what is promoted, where, how it
        bids and what it optimises for."""
        from .resources.line_items import AsyncLineItems

        return AsyncLineItems(self)

    @cached_property
    def promotable_users(self) -> AsyncPromotableUsers:
        """The X users whose Tweets an ads account may promote: its own handle (`FULL`) and
        handles that allowed it to promote their Tweets (`RETWEETS_ONLY`). Read-only."""
        from .resources.promotable_users import AsyncPromotableUsers

        return AsyncPromotableUsers(self)

    @cached_property
    def tweets(self) -> AsyncTweets:
        """Tweets of the account's promotable users, as promotion needs them: listed, posted
        (promoted-only by default), named and previewed. Tweet identifiers are decimal."""
        from .resources.tweets import AsyncTweets

        return AsyncTweets(self)

    @cached_property
    def promoted_tweets(self) -> AsyncPromotedTweets:
        """Tweets promoted by a line item."""
        from .resources.promoted_tweets import AsyncPromotedTweets

        return AsyncPromotedTweets(self)

    @cached_property
    def promoted_accounts(self) -> AsyncPromotedAccounts:
        """X accounts promoted by a line item."""
        from .resources.promoted_accounts import AsyncPromotedAccounts

        return AsyncPromotedAccounts(self)

    @cached_property
    def scheduled_promoted_tweets(self) -> AsyncScheduledPromotedTweets:
        """Scheduled Tweets a line item promotes once they are published."""
        from .resources.scheduled_promoted_tweets import AsyncScheduledPromotedTweets

        return AsyncScheduledPromotedTweets(self)

    @cached_property
    def tracking_tags(self) -> AsyncTrackingTags:
        """Third-party measurement tags (impression tags, click trackers) on line items."""
        from .resources.tracking_tags import AsyncTrackingTags

        return AsyncTrackingTags(self)

    @cached_property
    def curated_categories(self) -> AsyncCuratedCategories:
        """The catalog of curated categories (publisher groups a pre-roll line item may run
        next to), by country. Read-only and the same for every account."""
        from .resources.curated_categories import AsyncCuratedCategories

        return AsyncCuratedCategories(self)

    @cached_property
    def line_item_curated_categories(self) -> AsyncLineItemCuratedCategories:
        """Which curated categories a line item runs next to."""
        from .resources.line_item_curated_categories import AsyncLineItemCuratedCategories

        return AsyncLineItemCuratedCategories(self)

    @cached_property
    def ab_tests(self) -> AsyncAbTests:
        """A/B tests: campaigns or line items of an ads account split into user groups that
        each see their own ads, to compare them."""
        from .resources.ab_tests import AsyncAbTests

        return AsyncAbTests(self)

    @cached_property
    def authenticated_user_access(self) -> AsyncAuthenticatedUserAccessResource:
        """What the authenticated user may do in an ads account: its roles there, computed for
        each request rather than stored."""
        from .resources.authenticated_user_access import AsyncAuthenticatedUserAccessResource

        return AsyncAuthenticatedUserAccessResource(self)

    @cached_property
    def targeting_criteria(self) -> AsyncTargetingCriteria:
        """What a line item targets: one criterion per value of a targeting type (a place, a
        language, a keyword, an age bucket, ...), each targeted or excluded."""
        from .resources.targeting_criteria import AsyncTargetingCriteria

        return AsyncTargetingCriteria(self)

    @cached_property
    def targeting_options(self) -> AsyncTargetingOptions:
        """The catalogs of targeting values (locations, languages, interests, devices, events,
        TV shows, ...): where the key of a targeting criterion comes from. Global: no ads
        account."""
        from .resources.targeting_options import AsyncTargetingOptions

        return AsyncTargetingOptions(self)

    @cached_property
    def targeting_suggestions(self) -> AsyncTargetingSuggestions:
        """Keywords and users to target next to those already chosen."""
        from .resources.targeting_suggestions import AsyncTargetingSuggestions

        return AsyncTargetingSuggestions(self)

    @cached_property
    def audience_estimate(self) -> AsyncAudienceEstimateResource:
        """How many people a set of targeting criteria could reach, estimated for each request."""
        from .resources.audience_estimate import AsyncAudienceEstimateResource

        return AsyncAudienceEstimateResource(self)

    @cached_property
    def keyword_insights(self) -> AsyncKeywordInsightsResource:
        """How much keywords are posted about, and which keywords go with them. Global: no ads
        account."""
        from .resources.keyword_insights import AsyncKeywordInsightsResource

        return AsyncKeywordInsightsResource(self)

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        """Metrics of ads entities: synchronous for windows up to a week, which entities
        changed, and reach. Computed for each request."""
        from .resources.analytics import AsyncAnalytics

        return AsyncAnalytics(self)

    @cached_property
    def iab_categories(self) -> AsyncIabCategories:
        """The IAB content taxonomy: the categories line items and the other catalogs name. The
        same for every user."""
        from .resources.iab_categories import AsyncIabCategories

        return AsyncIabCategories(self)

    @cached_property
    def content_categories(self) -> AsyncContentCategories:
        """What pre-roll videos are about: the categories their ads can target, each a group of
        IAB categories. The same for every user."""
        from .resources.content_categories import AsyncContentCategories

        return AsyncContentCategories(self)

    @cached_property
    def advertiser_business_categories(self) -> AsyncAdvertiserBusinessCategories:
        """The kinds of business a pre-roll advertiser declares to publishers. The same for
        every user."""
        from .resources.advertiser_business_categories import AsyncAdvertiserBusinessCategories

        return AsyncAdvertiserBusinessCategories(self)

    @cached_property
    def publishers(self) -> AsyncPublishers:
        """The accounts whose videos carry pre-roll ads. The same for every user."""
        from .resources.publishers import AsyncPublishers

        return AsyncPublishers(self)

    @cached_property
    def bidding_rules(self) -> AsyncBiddingRules:
        """The lowest and highest bids, and the smallest step, in each currency. The same for
        every user."""
        from .resources.bidding_rules import AsyncBiddingRules

        return AsyncBiddingRules(self)

    @cached_property
    def tax_settings(self) -> AsyncTaxSettingsResource:
        """The VAT details of an ads account: one set per account, read and changed as a whole."""
        from .resources.tax_settings import AsyncTaxSettingsResource

        return AsyncTaxSettingsResource(self)

    @cached_property
    def user_settings(self) -> AsyncUserSettingsResource:
        """A user's contact details for one ads account: one set per user and account."""
        from .resources.user_settings import AsyncUserSettingsResource

        return AsyncUserSettingsResource(self)

    @cached_property
    def features(self) -> AsyncFeatures:
        """The beta and limited-release capabilities an ads account has been granted, by their
        keys."""
        from .resources.features import AsyncFeatures

        return AsyncFeatures(self)

    @cached_property
    def account_apps(self) -> AsyncAccountApps:
        """The mobile apps associated with an ads account. Read-only: apps are associated
        outside the API."""
        from .resources.account_apps import AsyncAccountApps

        return AsyncAccountApps(self)

    @cached_property
    def account_history(self) -> AsyncAccountHistory:
        """The log of changes made to an ads account's entities: what changed, when and by
        whom."""
        from .resources.account_history import AsyncAccountHistory

        return AsyncAccountHistory(self)

    @cached_property
    def with_raw_response(self) -> AsyncAdsClientWithRawResponse:
        """The same calls, each returning the raw `APIResponse` (headers, rate limits,
        `.parse()`)."""
        return AsyncAdsClientWithRawResponse(self)


class AdsClientWithRawResponse:
    """`client.with_raw_response`: every resource, its calls returning `APIResponse`, and the
    low-level calls (`request`, `get`, `post`, `put`, `delete`) doing the same."""

    def __init__(self, client: AdsClient) -> None:
        self._client = client
        self.request = to_raw_response_wrapper(client.request)
        self.get = to_raw_response_wrapper(client.get)
        self.post = to_raw_response_wrapper(client.post)
        self.put = to_raw_response_wrapper(client.put)
        self.delete = to_raw_response_wrapper(client.delete)

    @cached_property
    def accounts(self) -> AccountsWithRawResponse:
        from .resources.accounts import AccountsWithRawResponse

        return AccountsWithRawResponse(self._client.accounts)

    @cached_property
    def funding_instruments(self) -> FundingInstrumentsWithRawResponse:
        from .resources.funding_instruments import FundingInstrumentsWithRawResponse

        return FundingInstrumentsWithRawResponse(self._client.funding_instruments)

    @cached_property
    def campaigns(self) -> CampaignsWithRawResponse:
        from .resources.campaigns import CampaignsWithRawResponse

        return CampaignsWithRawResponse(self._client.campaigns)

    @cached_property
    def line_items(self) -> LineItemsWithRawResponse:
        from .resources.line_items import LineItemsWithRawResponse

        return LineItemsWithRawResponse(self._client.line_items)

    @cached_property
    def promotable_users(self) -> PromotableUsersWithRawResponse:
        from .resources.promotable_users import PromotableUsersWithRawResponse

        return PromotableUsersWithRawResponse(self._client.promotable_users)

    @cached_property
    def tweets(self) -> TweetsWithRawResponse:
        from .resources.tweets import TweetsWithRawResponse

        return TweetsWithRawResponse(self._client.tweets)

    @cached_property
    def promoted_tweets(self) -> PromotedTweetsWithRawResponse:
        from .resources.promoted_tweets import PromotedTweetsWithRawResponse

        return PromotedTweetsWithRawResponse(self._client.promoted_tweets)

    @cached_property
    def promoted_accounts(self) -> PromotedAccountsWithRawResponse:
        from .resources.promoted_accounts import PromotedAccountsWithRawResponse

        return PromotedAccountsWithRawResponse(self._client.promoted_accounts)

    @cached_property
    def scheduled_promoted_tweets(self) -> ScheduledPromotedTweetsWithRawResponse:
        from .resources.scheduled_promoted_tweets import ScheduledPromotedTweetsWithRawResponse

        return ScheduledPromotedTweetsWithRawResponse(self._client.scheduled_promoted_tweets)

    @cached_property
    def tracking_tags(self) -> TrackingTagsWithRawResponse:
        from .resources.tracking_tags import TrackingTagsWithRawResponse

        return TrackingTagsWithRawResponse(self._client.tracking_tags)

    @cached_property
    def curated_categories(self) -> CuratedCategoriesWithRawResponse:
        from .resources.curated_categories import CuratedCategoriesWithRawResponse

        return CuratedCategoriesWithRawResponse(self._client.curated_categories)

    @cached_property
    def line_item_curated_categories(self) -> LineItemCuratedCategoriesWithRawResponse:
        from .resources.line_item_curated_categories import LineItemCuratedCategoriesWithRawResponse

        return LineItemCuratedCategoriesWithRawResponse(self._client.line_item_curated_categories)

    @cached_property
    def ab_tests(self) -> AbTestsWithRawResponse:
        from .resources.ab_tests import AbTestsWithRawResponse

        return AbTestsWithRawResponse(self._client.ab_tests)

    @cached_property
    def authenticated_user_access(self) -> AuthenticatedUserAccessResourceWithRawResponse:
        from .resources.authenticated_user_access import (
            AuthenticatedUserAccessResourceWithRawResponse,
        )

        return AuthenticatedUserAccessResourceWithRawResponse(
            self._client.authenticated_user_access
        )

    @cached_property
    def targeting_criteria(self) -> TargetingCriteriaWithRawResponse:
        from .resources.targeting_criteria import TargetingCriteriaWithRawResponse

        return TargetingCriteriaWithRawResponse(self._client.targeting_criteria)

    @cached_property
    def targeting_options(self) -> TargetingOptionsWithRawResponse:
        from .resources.targeting_options import TargetingOptionsWithRawResponse

        return TargetingOptionsWithRawResponse(self._client.targeting_options)

    @cached_property
    def targeting_suggestions(self) -> TargetingSuggestionsWithRawResponse:
        from .resources.targeting_suggestions import TargetingSuggestionsWithRawResponse

        return TargetingSuggestionsWithRawResponse(self._client.targeting_suggestions)

    @cached_property
    def audience_estimate(self) -> AudienceEstimateResourceWithRawResponse:
        from .resources.audience_estimate import AudienceEstimateResourceWithRawResponse

        return AudienceEstimateResourceWithRawResponse(self._client.audience_estimate)

    @cached_property
    def keyword_insights(self) -> KeywordInsightsResourceWithRawResponse:
        from .resources.keyword_insights import KeywordInsightsResourceWithRawResponse

        return KeywordInsightsResourceWithRawResponse(self._client.keyword_insights)

    @cached_property
    def analytics(self) -> AnalyticsWithRawResponse:
        from .resources.analytics import AnalyticsWithRawResponse

        return AnalyticsWithRawResponse(self._client.analytics)

    @cached_property
    def iab_categories(self) -> IabCategoriesWithRawResponse:
        from .resources.iab_categories import IabCategoriesWithRawResponse

        return IabCategoriesWithRawResponse(self._client.iab_categories)

    @cached_property
    def content_categories(self) -> ContentCategoriesWithRawResponse:
        from .resources.content_categories import ContentCategoriesWithRawResponse

        return ContentCategoriesWithRawResponse(self._client.content_categories)

    @cached_property
    def advertiser_business_categories(self) -> AdvertiserBusinessCategoriesWithRawResponse:
        from .resources.advertiser_business_categories import (
            AdvertiserBusinessCategoriesWithRawResponse,
        )

        return AdvertiserBusinessCategoriesWithRawResponse(
            self._client.advertiser_business_categories
        )

    @cached_property
    def publishers(self) -> PublishersWithRawResponse:
        from .resources.publishers import PublishersWithRawResponse

        return PublishersWithRawResponse(self._client.publishers)

    @cached_property
    def bidding_rules(self) -> BiddingRulesWithRawResponse:
        from .resources.bidding_rules import BiddingRulesWithRawResponse

        return BiddingRulesWithRawResponse(self._client.bidding_rules)

    @cached_property
    def tax_settings(self) -> TaxSettingsResourceWithRawResponse:
        from .resources.tax_settings import TaxSettingsResourceWithRawResponse

        return TaxSettingsResourceWithRawResponse(self._client.tax_settings)

    @cached_property
    def user_settings(self) -> UserSettingsResourceWithRawResponse:
        from .resources.user_settings import UserSettingsResourceWithRawResponse

        return UserSettingsResourceWithRawResponse(self._client.user_settings)

    @cached_property
    def features(self) -> FeaturesWithRawResponse:
        from .resources.features import FeaturesWithRawResponse

        return FeaturesWithRawResponse(self._client.features)

    @cached_property
    def account_apps(self) -> AccountAppsWithRawResponse:
        from .resources.account_apps import AccountAppsWithRawResponse

        return AccountAppsWithRawResponse(self._client.account_apps)

    @cached_property
    def account_history(self) -> AccountHistoryWithRawResponse:
        from .resources.account_history import AccountHistoryWithRawResponse

        return AccountHistoryWithRawResponse(self._client.account_history)


class AsyncAdsClientWithRawResponse:
    """`client.with_raw_response` of the async client."""

    def __init__(self, client: AsyncAdsClient) -> None:
        self._client = client
        self.request = async_to_raw_response_wrapper(client.request)
        self.get = async_to_raw_response_wrapper(client.get)
        self.post = async_to_raw_response_wrapper(client.post)
        self.put = async_to_raw_response_wrapper(client.put)
        self.delete = async_to_raw_response_wrapper(client.delete)

    @cached_property
    def accounts(self) -> AsyncAccountsWithRawResponse:
        from .resources.accounts import AsyncAccountsWithRawResponse

        return AsyncAccountsWithRawResponse(self._client.accounts)

    @cached_property
    def funding_instruments(self) -> AsyncFundingInstrumentsWithRawResponse:
        from .resources.funding_instruments import AsyncFundingInstrumentsWithRawResponse

        return AsyncFundingInstrumentsWithRawResponse(self._client.funding_instruments)

    @cached_property
    def campaigns(self) -> AsyncCampaignsWithRawResponse:
        from .resources.campaigns import AsyncCampaignsWithRawResponse

        return AsyncCampaignsWithRawResponse(self._client.campaigns)

    @cached_property
    def line_items(self) -> AsyncLineItemsWithRawResponse:
        from .resources.line_items import AsyncLineItemsWithRawResponse

        return AsyncLineItemsWithRawResponse(self._client.line_items)

    @cached_property
    def promotable_users(self) -> AsyncPromotableUsersWithRawResponse:
        from .resources.promotable_users import AsyncPromotableUsersWithRawResponse

        return AsyncPromotableUsersWithRawResponse(self._client.promotable_users)

    @cached_property
    def tweets(self) -> AsyncTweetsWithRawResponse:
        from .resources.tweets import AsyncTweetsWithRawResponse

        return AsyncTweetsWithRawResponse(self._client.tweets)

    @cached_property
    def promoted_tweets(self) -> AsyncPromotedTweetsWithRawResponse:
        from .resources.promoted_tweets import AsyncPromotedTweetsWithRawResponse

        return AsyncPromotedTweetsWithRawResponse(self._client.promoted_tweets)

    @cached_property
    def promoted_accounts(self) -> AsyncPromotedAccountsWithRawResponse:
        from .resources.promoted_accounts import AsyncPromotedAccountsWithRawResponse

        return AsyncPromotedAccountsWithRawResponse(self._client.promoted_accounts)

    @cached_property
    def scheduled_promoted_tweets(self) -> AsyncScheduledPromotedTweetsWithRawResponse:
        from .resources.scheduled_promoted_tweets import AsyncScheduledPromotedTweetsWithRawResponse

        return AsyncScheduledPromotedTweetsWithRawResponse(self._client.scheduled_promoted_tweets)

    @cached_property
    def tracking_tags(self) -> AsyncTrackingTagsWithRawResponse:
        from .resources.tracking_tags import AsyncTrackingTagsWithRawResponse

        return AsyncTrackingTagsWithRawResponse(self._client.tracking_tags)

    @cached_property
    def curated_categories(self) -> AsyncCuratedCategoriesWithRawResponse:
        from .resources.curated_categories import AsyncCuratedCategoriesWithRawResponse

        return AsyncCuratedCategoriesWithRawResponse(self._client.curated_categories)

    @cached_property
    def line_item_curated_categories(self) -> AsyncLineItemCuratedCategoriesWithRawResponse:
        from .resources.line_item_curated_categories import (
            AsyncLineItemCuratedCategoriesWithRawResponse,
        )

        return AsyncLineItemCuratedCategoriesWithRawResponse(
            self._client.line_item_curated_categories
        )

    @cached_property
    def ab_tests(self) -> AsyncAbTestsWithRawResponse:
        from .resources.ab_tests import AsyncAbTestsWithRawResponse

        return AsyncAbTestsWithRawResponse(self._client.ab_tests)

    @cached_property
    def authenticated_user_access(self) -> AsyncAuthenticatedUserAccessResourceWithRawResponse:
        from .resources.authenticated_user_access import (
            AsyncAuthenticatedUserAccessResourceWithRawResponse,
        )

        return AsyncAuthenticatedUserAccessResourceWithRawResponse(
            self._client.authenticated_user_access
        )

    @cached_property
    def targeting_criteria(self) -> AsyncTargetingCriteriaWithRawResponse:
        from .resources.targeting_criteria import AsyncTargetingCriteriaWithRawResponse

        return AsyncTargetingCriteriaWithRawResponse(self._client.targeting_criteria)

    @cached_property
    def targeting_options(self) -> AsyncTargetingOptionsWithRawResponse:
        from .resources.targeting_options import AsyncTargetingOptionsWithRawResponse

        return AsyncTargetingOptionsWithRawResponse(self._client.targeting_options)

    @cached_property
    def targeting_suggestions(self) -> AsyncTargetingSuggestionsWithRawResponse:
        from .resources.targeting_suggestions import AsyncTargetingSuggestionsWithRawResponse

        return AsyncTargetingSuggestionsWithRawResponse(self._client.targeting_suggestions)

    @cached_property
    def audience_estimate(self) -> AsyncAudienceEstimateResourceWithRawResponse:
        from .resources.audience_estimate import AsyncAudienceEstimateResourceWithRawResponse

        return AsyncAudienceEstimateResourceWithRawResponse(self._client.audience_estimate)

    @cached_property
    def keyword_insights(self) -> AsyncKeywordInsightsResourceWithRawResponse:
        from .resources.keyword_insights import AsyncKeywordInsightsResourceWithRawResponse

        return AsyncKeywordInsightsResourceWithRawResponse(self._client.keyword_insights)

    @cached_property
    def analytics(self) -> AsyncAnalyticsWithRawResponse:
        from .resources.analytics import AsyncAnalyticsWithRawResponse

        return AsyncAnalyticsWithRawResponse(self._client.analytics)

    @cached_property
    def iab_categories(self) -> AsyncIabCategoriesWithRawResponse:
        from .resources.iab_categories import AsyncIabCategoriesWithRawResponse

        return AsyncIabCategoriesWithRawResponse(self._client.iab_categories)

    @cached_property
    def content_categories(self) -> AsyncContentCategoriesWithRawResponse:
        from .resources.content_categories import AsyncContentCategoriesWithRawResponse

        return AsyncContentCategoriesWithRawResponse(self._client.content_categories)

    @cached_property
    def advertiser_business_categories(self) -> AsyncAdvertiserBusinessCategoriesWithRawResponse:
        from .resources.advertiser_business_categories import (
            AsyncAdvertiserBusinessCategoriesWithRawResponse,
        )

        return AsyncAdvertiserBusinessCategoriesWithRawResponse(
            self._client.advertiser_business_categories
        )

    @cached_property
    def publishers(self) -> AsyncPublishersWithRawResponse:
        from .resources.publishers import AsyncPublishersWithRawResponse

        return AsyncPublishersWithRawResponse(self._client.publishers)

    @cached_property
    def bidding_rules(self) -> AsyncBiddingRulesWithRawResponse:
        from .resources.bidding_rules import AsyncBiddingRulesWithRawResponse

        return AsyncBiddingRulesWithRawResponse(self._client.bidding_rules)

    @cached_property
    def tax_settings(self) -> AsyncTaxSettingsResourceWithRawResponse:
        from .resources.tax_settings import AsyncTaxSettingsResourceWithRawResponse

        return AsyncTaxSettingsResourceWithRawResponse(self._client.tax_settings)

    @cached_property
    def user_settings(self) -> AsyncUserSettingsResourceWithRawResponse:
        from .resources.user_settings import AsyncUserSettingsResourceWithRawResponse

        return AsyncUserSettingsResourceWithRawResponse(self._client.user_settings)

    @cached_property
    def features(self) -> AsyncFeaturesWithRawResponse:
        from .resources.features import AsyncFeaturesWithRawResponse

        return AsyncFeaturesWithRawResponse(self._client.features)

    @cached_property
    def account_apps(self) -> AsyncAccountAppsWithRawResponse:
        from .resources.account_apps import AsyncAccountAppsWithRawResponse

        return AsyncAccountAppsWithRawResponse(self._client.account_apps)

    @cached_property
    def account_history(self) -> AsyncAccountHistoryWithRawResponse:
        from .resources.account_history import AsyncAccountHistoryWithRawResponse

        return AsyncAccountHistoryWithRawResponse(self._client.account_history)
