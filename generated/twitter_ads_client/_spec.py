"""Facts of the spec the runtime needs: hosts, versions, currencies, error codes and where each
operation is.

Generated from the spec; do not edit.
"""

from __future__ import annotations

from typing import Final

PACKAGE_VERSION: Final = "0.1.0"
__version__: Final = PACKAGE_VERSION
API_VERSION: Final = "12"
LIVE_VERSIONS: Final = ("11", "12")
PRODUCTION_URL: Final = "https://ads-api.twitter.com/{version}"
SANDBOX_URL: Final = "https://ads-api-sandbox.twitter.com/{version}"

CURRENCY_PRECISION: Final[dict[str, int]] = {
    "AED": 2,
    "ARS": 2,
    "AUD": 2,
    "BHD": 3,
    "BRL": 2,
    "CAD": 2,
    "CLP": 0,
    "COP": 2,
    "DZD": 2,
    "EGP": 2,
    "EUR": 2,
    "GBP": 2,
    "HKD": 2,
    "IDR": 2,
    "INR": 2,
    "IQD": 3,
    "JPY": 0,
    "KRW": 0,
    "KWD": 3,
    "LBP": 2,
    "MAD": 2,
    "MXN": 2,
    "MYR": 2,
    "NZD": 2,
    "PHP": 2,
    "PKR": 2,
    "QAR": 2,
    "SAR": 2,
    "SGD": 2,
    "THB": 2,
    "TND": 3,
    "TRY": 2,
    "USD": 2,
    "VEF": 2,
    "VND": 0,
}
"""Decimal places of each supported currency: micros of a 2-place currency are multiples of
10,000, of a 0-place currency multiples of 1,000,000."""

ERROR_CODES: Final[dict[str, int]] = {
    # The ads account is locked.
    "ACCOUNT_LOCKED_OUT": 403,
    # No account media with this identifier.
    "ACCOUNT_MEDIA_NOT_FOUND": 404,
    # The ads account does not exist or the authenticated user has no access to it; the two
    # cases are deliberately answered alike.
    "ACCOUNT_NOT_FOUND": 403,
    # The user's role on the account does not allow this action.
    "ACTION_NOT_ALLOWED": 403,
    # No app event provider configuration with this identifier.
    "APP_EVENT_PROVIDER_CONFIGURATION_NOT_FOUND": 404,
    # No app event tag with this identifier.
    "APP_EVENT_TAG_NOT_FOUND": 404,
    # The behavior used for targeting does not exist.
    "BEHAVIOR_OR_BEHAVIOR_EXPANDED_NOT_FOUND": 404,
    # No campaign with this identifier in this account (or it is deleted).
    "CAMPAIGN_NOT_FOUND": 404,
    # The server gave up on the request before finishing it.
    "CANCELLED_REQUEST": 408,
    # No card with this identifier.
    "CARD_NOT_FOUND": 404,
    # The authenticated user is suspended.
    "CURRENT_USER_SUSPENDED": 403,
    # The Tweet text repeats one the same user posted recently.
    "DUPLICATE_TWEET": 400,
    # Two parameters that may not be combined were both sent.
    "EXCLUSIVE_PARAMETERS": 400,
    # The ads account does not have the feature this request relies on.
    "FEATURE_NOT_AVAILABLE": 400,
    # The account may not use this funding instrument.
    "FUNDING_INSTRUMENT_ACCESS_NOT_ALLOWED": 403,
    # The funding instrument has no credit left for this.
    "FUNDING_INSTRUMENT_EXCEEDS_AVAILABLE_CREDIT_LIMIT": 403,
    # No funding instrument with this identifier in this account (or it is deleted).
    "FUNDING_INSTRUMENT_NOT_FOUND": 404,
    # The Tweet could not be created or changed.
    "GENERIC_TWEET_ERROR": 403,
    # A text value contains characters the API refuses.
    "ILLEGAL_CHARACTERS": 400,
    # Parameters that only make sense together were not all sent.
    "INCLUSIVE_PARAMETERS": 400,
    # The server failed; the request may or may not have taken effect.
    "INTERNAL_ERROR": 500,
    # The app identifier does not name a known app.
    "INVALID_APP_ID": 404,
    # The app store is not one the API knows.
    "INVALID_APP_STORE": 404,
    # A money amount is not expressible in its currency.
    "INVALID_DENOMINATION": 400,
    # The funding instrument cannot pay for this entity.
    "INVALID_FUNDING_INSTRUMENT": 400,
    # The IAB category does not exist.
    "INVALID_IAB_CATEGORY": 404,
    # An identifier in the path has characters identifiers never have.
    "INVALID_ID_ILLEGAL_CHARACTERS": 404,
    # The image has an unsupported format, size or shape.
    "INVALID_IMAGE": 400,
    # The media cannot be used for this purpose.
    "INVALID_MEDIA": 400,
    # The media identifier is malformed or unknown.
    "INVALID_MEDIA_ID": 400,
    # A parameter has the wrong type, format, length or range, or breaks a rule.
    "INVALID_PARAMETER": 400,
    # The placements do not fit the objective or product.
    "INVALID_PLACEMENT_TYPE": 400,
    # The audience is of a type that cannot be used here.
    "INVALID_TAILORED_AUDIENCE_TYPE": 400,
    # The targeting type is unknown or not allowed for this line item.
    "INVALID_TARGETING_TYPE": 400,
    # The start and end times do not form an acceptable period.
    "INVALID_TIME_WINDOW": 400,
    # The TV show targeting does not match the targeted locations.
    "INVALID_TV_SHOW_LOCATIONS": 400,
    # The Tweet cannot be promoted or used this way.
    "INVALID_TWEET": 400,
    # The user cannot be used for this request.
    "INVALID_USER": 400,
    # The user identifier is malformed, unknown or not usable by this account.
    "INVALID_USER_ID": 400,
    # No app is attached to the line item.
    "LINE_ITEM_APP_NOT_FOUND": 404,
    # No line item with this identifier in this account (or it is deleted).
    "LINE_ITEM_NOT_FOUND": 404,
    # Another request was changing the same object; retry once it is done.
    "LOCK_ACQUISITION_TIMEOUT": 423,
    # The mobile app conversion tracking app does not exist.
    "MACT_APP_NOT_FOUND": 404,
    # A linked destination was flagged as malicious.
    "MALWARE_STATUS": 403,
    # No media creative with this identifier.
    "MEDIA_CREATIVE_NOT_FOUND": 404,
    # The media does not exist.
    "MEDIA_NOT_FOUND": 404,
    # The path exists but not with this HTTP method.
    "METHOD_NOT_ALLOWED": 405,
    # A required parameter was not sent.
    "MISSING_PARAMETER": 400,
    # The object asked for does not exist.
    "NOT_FOUND": 404,
    # The app is not set up as a data provider.
    "NO_PROVIDER_AVAILABLE_FOR_THIS_CLIENT_APPLICATION": 404,
    # The service is overloaded; retry later, after `retry-after` if sent.
    "OVER_CAPACITY": 503,
    # No promotable user with this identifier.
    "PROMOTABLE_USER_NOT_FOUND": 404,
    # No promoted account with this identifier.
    "PROMOTED_ACCOUNT_NOT_FOUND": 404,
    # No promoted Tweet with this identifier.
    "PROMOTED_TWEET_NOT_FOUND": 404,
    # The app only has read access.
    "READONLY_CLIENT_APPLICATION": 403,
    # The request asks for more than the server will compute at once.
    "REQUEST_TOO_COMPLEX": 400,
    # No endpoint answers to this path and version.
    "ROUTE_NOT_FOUND": 404,
    # The service is down for the moment; retry later, after `retry-after` if sent.
    "SERVICE_UNAVAILABLE": 503,
    # The change would put spend above the budget.
    "SPEND_EXCEEDS_BUDGET": 400,
    # The audience change file does not exist.
    "TAILORED_AUDIENCE_CHANGE_FILE_NOT_FOUND": 404,
    # No audience with this identifier.
    "TAILORED_AUDIENCE_NOT_FOUND": 404,
    # The audience used for targeting does not exist.
    "TAILORED_AUDIENCE_OR_TAILORED_AUDIENCE_EXPANDED_NOT_FOUND": 404,
    # No targeting criterion with this identifier.
    "TARGETING_CRITERION_NOT_FOUND": 404,
    # The account already has the most active campaigns it may have.
    "TOO_MANY_CAMPAIGNS": 400,
    # The campaign already has the most active line items it may have.
    "TOO_MANY_LINE_ITEMS": 400,
    # A rate limit is used up; retry after its reset time.
    "TOO_MANY_REQUESTS": 429,
    # The TV show is not aired in the targeted market.
    "TV_SHOW_OUTSIDE_MARKET": 400,
    # The Tweet text is empty.
    "TWEET_CANNOT_BE_BLANK": 400,
    # The Tweet was classified as spam.
    "TWEET_IS_SPAM": 403,
    # The Tweet does not exist or cannot be seen.
    "TWEET_NOT_FOUND": 404,
    # Tweets are being created faster than allowed.
    "TWEET_RATE_LIMIT_EXCEEDED": 429,
    # The OAuth 1.0a signature is missing or wrong, or the token is not valid.
    "UNAUTHORIZED_ACCESS": 401,
    # The app has not been granted access to the Ads API.
    "UNAUTHORIZED_CLIENT_APPLICATION": 403,
    # The card type is not one the API knows.
    "UNKNOWN_CARD_TYPE": 400,
    # The targeting criterion type is not one the API knows.
    "UNKNOWN_CRITERIA_TYPE": 400,
    # The user does not exist or cannot be used.
    "USER_NOT_FOUND": 403,
    # No web event tag with this identifier.
    "WEB_EVENT_TAG_NOT_FOUND": 404,
}
"""Every documented error code, with the HTTP status the API answers it with."""

OPERATIONS: Final[dict[str, tuple[str, str, str, str]]] = {
    "listAccounts": ("accounts", "list", "accounts", "LIST_ACCOUNTS"),
    "createAccount": ("accounts", "create", "accounts", "CREATE_ACCOUNT"),
    "getAccount": ("accounts", "get", "accounts", "GET_ACCOUNT"),
    "updateAccount": ("accounts", "update", "accounts", "UPDATE_ACCOUNT"),
    "deleteAccount": ("accounts", "delete", "accounts", "DELETE_ACCOUNT"),
    "listFundingInstruments": (
        "funding_instruments",
        "list",
        "funding_instruments",
        "LIST_FUNDING_INSTRUMENTS",
    ),
    "createFundingInstrument": (
        "funding_instruments",
        "create",
        "funding_instruments",
        "CREATE_FUNDING_INSTRUMENT",
    ),
    "getFundingInstrument": (
        "funding_instruments",
        "get",
        "funding_instruments",
        "GET_FUNDING_INSTRUMENT",
    ),
    "deleteFundingInstrument": (
        "funding_instruments",
        "delete",
        "funding_instruments",
        "DELETE_FUNDING_INSTRUMENT",
    ),
    "listCampaigns": ("campaigns", "list", "campaigns", "LIST_CAMPAIGNS"),
    "createCampaign": ("campaigns", "create", "campaigns", "CREATE_CAMPAIGN"),
    "getCampaign": ("campaigns", "get", "campaigns", "GET_CAMPAIGN"),
    "updateCampaign": ("campaigns", "update", "campaigns", "UPDATE_CAMPAIGN"),
    "deleteCampaign": ("campaigns", "delete", "campaigns", "DELETE_CAMPAIGN"),
    "batchCampaigns": ("campaigns", "batch", "campaigns", "BATCH_CAMPAIGNS"),
    "listLineItems": ("line_items", "list", "line_items", "LIST_LINE_ITEMS"),
    "createLineItem": ("line_items", "create", "line_items", "CREATE_LINE_ITEM"),
    "getLineItem": ("line_items", "get", "line_items", "GET_LINE_ITEM"),
    "updateLineItem": ("line_items", "update", "line_items", "UPDATE_LINE_ITEM"),
    "deleteLineItem": ("line_items", "delete", "line_items", "DELETE_LINE_ITEM"),
    "batchLineItems": ("line_items", "batch", "line_items", "BATCH_LINE_ITEMS"),
    "placementsLineItems": ("line_items", "placements", "line_items", "PLACEMENTS_LINE_ITEMS"),
    "listPromotableUsers": (
        "promotable_users",
        "list",
        "promotable_users",
        "LIST_PROMOTABLE_USERS",
    ),
    "getPromotableUser": ("promotable_users", "get", "promotable_users", "GET_PROMOTABLE_USER"),
    "listTweets": ("tweets", "list", "tweets", "LIST_TWEETS"),
    "createTweet": ("tweets", "create", "tweets", "CREATE_TWEET"),
    "updateTweet": ("tweets", "update", "tweets", "UPDATE_TWEET"),
    "previewTweets": ("tweets", "preview", "tweets", "PREVIEW_TWEETS"),
    "listPromotedTweets": ("promoted_tweets", "list", "promoted_tweets", "LIST_PROMOTED_TWEETS"),
    "createPromotedTweet": (
        "promoted_tweets",
        "create",
        "promoted_tweets",
        "CREATE_PROMOTED_TWEET",
    ),
    "getPromotedTweet": ("promoted_tweets", "get", "promoted_tweets", "GET_PROMOTED_TWEET"),
    "deletePromotedTweet": (
        "promoted_tweets",
        "delete",
        "promoted_tweets",
        "DELETE_PROMOTED_TWEET",
    ),
    "listPromotedAccounts": (
        "promoted_accounts",
        "list",
        "promoted_accounts",
        "LIST_PROMOTED_ACCOUNTS",
    ),
    "createPromotedAccount": (
        "promoted_accounts",
        "create",
        "promoted_accounts",
        "CREATE_PROMOTED_ACCOUNT",
    ),
    "getPromotedAccount": ("promoted_accounts", "get", "promoted_accounts", "GET_PROMOTED_ACCOUNT"),
    "deletePromotedAccount": (
        "promoted_accounts",
        "delete",
        "promoted_accounts",
        "DELETE_PROMOTED_ACCOUNT",
    ),
    "listScheduledPromotedTweets": (
        "scheduled_promoted_tweets",
        "list",
        "scheduled_promoted_tweets",
        "LIST_SCHEDULED_PROMOTED_TWEETS",
    ),
    "createScheduledPromotedTweet": (
        "scheduled_promoted_tweets",
        "create",
        "scheduled_promoted_tweets",
        "CREATE_SCHEDULED_PROMOTED_TWEET",
    ),
    "getScheduledPromotedTweet": (
        "scheduled_promoted_tweets",
        "get",
        "scheduled_promoted_tweets",
        "GET_SCHEDULED_PROMOTED_TWEET",
    ),
    "deleteScheduledPromotedTweet": (
        "scheduled_promoted_tweets",
        "delete",
        "scheduled_promoted_tweets",
        "DELETE_SCHEDULED_PROMOTED_TWEET",
    ),
    "listTrackingTags": ("tracking_tags", "list", "tracking_tags", "LIST_TRACKING_TAGS"),
    "createTrackingTag": ("tracking_tags", "create", "tracking_tags", "CREATE_TRACKING_TAG"),
    "getTrackingTag": ("tracking_tags", "get", "tracking_tags", "GET_TRACKING_TAG"),
    "updateTrackingTag": ("tracking_tags", "update", "tracking_tags", "UPDATE_TRACKING_TAG"),
    "deleteTrackingTag": ("tracking_tags", "delete", "tracking_tags", "DELETE_TRACKING_TAG"),
    "listCuratedCategories": (
        "curated_categories",
        "list",
        "curated_categories",
        "LIST_CURATED_CATEGORIES",
    ),
    "getCuratedCategory": (
        "curated_categories",
        "get",
        "curated_categories",
        "GET_CURATED_CATEGORY",
    ),
    "listLineItemCuratedCategories": (
        "line_item_curated_categories",
        "list",
        "line_item_curated_categories",
        "LIST_LINE_ITEM_CURATED_CATEGORIES",
    ),
    "createLineItemCuratedCategory": (
        "line_item_curated_categories",
        "create",
        "line_item_curated_categories",
        "CREATE_LINE_ITEM_CURATED_CATEGORY",
    ),
    "getLineItemCuratedCategory": (
        "line_item_curated_categories",
        "get",
        "line_item_curated_categories",
        "GET_LINE_ITEM_CURATED_CATEGORY",
    ),
    "updateLineItemCuratedCategory": (
        "line_item_curated_categories",
        "update",
        "line_item_curated_categories",
        "UPDATE_LINE_ITEM_CURATED_CATEGORY",
    ),
    "deleteLineItemCuratedCategory": (
        "line_item_curated_categories",
        "delete",
        "line_item_curated_categories",
        "DELETE_LINE_ITEM_CURATED_CATEGORY",
    ),
    "listAbTests": ("ab_tests", "list", "ab_tests", "LIST_AB_TESTS"),
    "createAbTest": ("ab_tests", "create", "ab_tests", "CREATE_AB_TEST"),
    "updateAbTest": ("ab_tests", "update", "ab_tests", "UPDATE_AB_TEST"),
    "deleteAbTest": ("ab_tests", "delete", "ab_tests", "DELETE_AB_TEST"),
    "getAuthenticatedUserAccess": (
        "authenticated_user_access",
        "get",
        "authenticated_user_access",
        "GET_AUTHENTICATED_USER_ACCESS",
    ),
    "listTargetingCriteria": (
        "targeting_criteria",
        "list",
        "targeting_criteria",
        "LIST_TARGETING_CRITERIA",
    ),
    "createTargetingCriterion": (
        "targeting_criteria",
        "create",
        "targeting_criteria",
        "CREATE_TARGETING_CRITERION",
    ),
    "getTargetingCriterion": (
        "targeting_criteria",
        "get",
        "targeting_criteria",
        "GET_TARGETING_CRITERION",
    ),
    "deleteTargetingCriterion": (
        "targeting_criteria",
        "delete",
        "targeting_criteria",
        "DELETE_TARGETING_CRITERION",
    ),
    "batchTargetingCriteria": (
        "targeting_criteria",
        "batch",
        "targeting_criteria",
        "BATCH_TARGETING_CRITERIA",
    ),
    "findAppStoreCategories": (
        "targeting_options",
        "find_app_store_categories",
        "targeting_options",
        "FIND_APP_STORE_CATEGORIES",
    ),
    "findConversations": (
        "targeting_options",
        "find_conversations",
        "targeting_options",
        "FIND_CONVERSATIONS",
    ),
    "findDevices": ("targeting_options", "find_devices", "targeting_options", "FIND_DEVICES"),
    "findEvents": ("targeting_options", "find_events", "targeting_options", "FIND_EVENTS"),
    "findInterests": ("targeting_options", "find_interests", "targeting_options", "FIND_INTERESTS"),
    "findLanguages": ("targeting_options", "find_languages", "targeting_options", "FIND_LANGUAGES"),
    "findLocations": ("targeting_options", "find_locations", "targeting_options", "FIND_LOCATIONS"),
    "findNetworkOperators": (
        "targeting_options",
        "find_network_operators",
        "targeting_options",
        "FIND_NETWORK_OPERATORS",
    ),
    "findPlatformVersions": (
        "targeting_options",
        "find_platform_versions",
        "targeting_options",
        "FIND_PLATFORM_VERSIONS",
    ),
    "findPlatforms": ("targeting_options", "find_platforms", "targeting_options", "FIND_PLATFORMS"),
    "findTvMarkets": (
        "targeting_options",
        "find_tv_markets",
        "targeting_options",
        "FIND_TV_MARKETS",
    ),
    "findTvShows": ("targeting_options", "find_tv_shows", "targeting_options", "FIND_TV_SHOWS"),
    "getTargetingSuggestions": (
        "targeting_suggestions",
        "get",
        "targeting_suggestions",
        "GET_TARGETING_SUGGESTIONS",
    ),
    "estimateAudience": ("audience_estimate", "estimate", "audience_estimate", "ESTIMATE_AUDIENCE"),
    "searchKeywordInsights": (
        "keyword_insights",
        "search",
        "keyword_insights",
        "SEARCH_KEYWORD_INSIGHTS",
    ),
    "getStats": ("analytics", "get_stats", "analytics", "GET_STATS"),
    "getActiveEntities": ("analytics", "get_active_entities", "analytics", "GET_ACTIVE_ENTITIES"),
    "getCampaignReach": ("analytics", "get_campaign_reach", "analytics", "GET_CAMPAIGN_REACH"),
    "getFundingInstrumentReach": (
        "analytics",
        "get_funding_instrument_reach",
        "analytics",
        "GET_FUNDING_INSTRUMENT_REACH",
    ),
    "listAnalyticsJobs": ("analytics.jobs", "list", "analytics_jobs", "LIST_ANALYTICS_JOBS"),
    "createAnalyticsJob": ("analytics.jobs", "create", "analytics_jobs", "CREATE_ANALYTICS_JOB"),
    "deleteAnalyticsJob": ("analytics.jobs", "delete", "analytics_jobs", "DELETE_ANALYTICS_JOB"),
    "listIabCategories": ("iab_categories", "list", "iab_categories", "LIST_IAB_CATEGORIES"),
    "listContentCategories": (
        "content_categories",
        "list",
        "content_categories",
        "LIST_CONTENT_CATEGORIES",
    ),
    "listAdvertiserBusinessCategories": (
        "advertiser_business_categories",
        "list",
        "advertiser_business_categories",
        "LIST_ADVERTISER_BUSINESS_CATEGORIES",
    ),
    "listPublishers": ("publishers", "list", "publishers", "LIST_PUBLISHERS"),
    "listBiddingRules": ("bidding_rules", "list", "bidding_rules", "LIST_BIDDING_RULES"),
    "getTaxSettings": ("tax_settings", "get", "tax_settings", "GET_TAX_SETTINGS"),
    "updateTaxSettings": ("tax_settings", "update", "tax_settings", "UPDATE_TAX_SETTINGS"),
    "getUserSettings": ("user_settings", "get", "user_settings", "GET_USER_SETTINGS"),
    "updateUserSettings": ("user_settings", "update", "user_settings", "UPDATE_USER_SETTINGS"),
    "listFeatures": ("features", "list", "features", "LIST_FEATURES"),
    "addFeatures": ("features", "add", "features", "ADD_FEATURES"),
    "removeFeatures": ("features", "remove", "features", "REMOVE_FEATURES"),
    "listAccountApps": ("account_apps", "list", "account_apps", "LIST_ACCOUNT_APPS"),
    "listAccountHistory": ("account_history", "list", "account_history", "LIST_ACCOUNT_HISTORY"),
}
"""Every operation of the spec by operationId: the client attribute (dotted for a nested
resource: `accounts.campaigns`) and the method that call it, and the module under `resources`
and the name of its `Operation` table, for tools that work from the spec (the method is
`getattr(resource, method)` where `resource` is reached from the client attribute by
attribute)."""
