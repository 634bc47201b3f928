"""The catalogs of targeting values (locations, languages, interests, devices, events,
TV shows, ...): where the key of a targeting criterion comes from. Global: no ads
account.

Generated from the spec's `targeting_options` operations; do not edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from .._base_client import CallOptions
from .._operations import Operation, Param, Result
from .._pagination import AsyncPaginator, SyncPage
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from .._response import PageData
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, TimeoutTypes

if TYPE_CHECKING:
    from ..types.app_store_category import AppStoreCategory
    from ..types.conversation import Conversation
    from ..types.device import Device
    from ..types.event import Event
    from ..types.location import Location
    from ..types.network_operator import NetworkOperator
    from ..types.platform_version import PlatformVersion
    from ..types.targeting_option import TargetingOption
    from ..types.tv_market import TvMarket
    from ..types.tv_show import TvShow

__all__ = [
    "AsyncTargetingOptions",
    "AsyncTargetingOptionsWithRawResponse",
    "TargetingOptions",
    "TargetingOptionsWithRawResponse",
]

FIND_APP_STORE_CATEGORIES: Operation[list[AppStoreCategory]] = Operation(
    "findAppStoreCategories",
    "GET",
    "/targeting_criteria/app_store_categories",
    params=(
        Param("q", "string", min_length=1, max_length=255),
        Param("os_type", "string", enum=("ANDROID", "IOS")),
    ),
    result=Result("list", "app_store_category:AppStoreCategory"),
)
FIND_CONVERSATIONS: Operation[PageData[Conversation]] = Operation(
    "findConversations",
    "GET",
    "/targeting_criteria/conversations",
    params=(
        Param(
            "conversation_type",
            "string",
            enum=(
                "ACTORS",
                "ATHLETES",
                "BOOK_GENRES",
                "BOOKS",
                "BRAND_CATEGORIES",
                "BRANDS",
                "CELEBRITIES",
                "COACHES",
                "DIGITAL_CREATORS",
                "ENTERTAINMENT_BRANDS",
                "ENTERTAINMENT_PERSONALITIES",
                "FICTIONAL_CHARACTERS",
                "JOURNALISTS",
                "LIFESTYLES",
                "MOVIE_GENRES",
                "MOVIES",
                "MUSIC_GENRES",
                "MUSICIANS",
                "NEWS_STORIES",
                "NEWS",
                "PERSONS",
                "PLACES",
                "PODCASTS",
                "POLITICAL_AFFILIATIONS",
                "POLITICIANS",
                "PRODUCTS",
                "RADIO_STATIONS",
                "SPORTS_LEAGUES",
                "SPORTS_PERSONALITIES",
                "SPORTS_TEAMS",
                "SPORTS",
                "TRENDS",
                "TV_SHOWS",
                "VIDEO_GAME_PLATFORMS",
                "VIDEO_GAME_PUBLISHERS",
                "VIDEO_GAMES",
            ),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
    ),
    result=Result("page", "conversation:Conversation"),
)
FIND_DEVICES: Operation[list[Device]] = Operation(
    "findDevices",
    "GET",
    "/targeting_criteria/devices",
    params=(
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("q", "string", min_length=1, max_length=255),
    ),
    result=Result("list", "device:Device"),
)
FIND_EVENTS: Operation[PageData[Event]] = Operation(
    "findEvents",
    "GET",
    "/targeting_criteria/events",
    params=(
        Param(
            "event_types",
            "array",
            required=True,
            min_items=1,
            unique_items=True,
            comma_joined=True,
            items=Param(
                "",
                "string",
                enum=(
                    "CONFERENCE",
                    "HOLIDAY",
                    "MUSIC_AND_ENTERTAINMENT",
                    "OTHER",
                    "POLITICS",
                    "RECURRING",
                    "SPORTS",
                ),
            ),
        ),
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param(
            "country_codes",
            "array",
            min_items=1,
            max_items=200,
            comma_joined=True,
            items=Param("", "string", pattern="^[A-Z]{2}$"),
        ),
        Param("cursor", "string", min_length=1),
        Param("end_time", "datetime"),
        Param("start_time", "datetime"),
    ),
    result=Result("page", "event:Event"),
)
FIND_INTERESTS: Operation[PageData[TargetingOption]] = Operation(
    "findInterests",
    "GET",
    "/targeting_criteria/interests",
    params=(
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("q", "string", min_length=1, max_length=255),
    ),
    result=Result("page", "targeting_option:TargetingOption"),
)
FIND_LANGUAGES: Operation[PageData[TargetingOption]] = Operation(
    "findLanguages",
    "GET",
    "/targeting_criteria/languages",
    params=(
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("cursor", "string", min_length=1),
        Param("q", "string", min_length=1, max_length=255),
    ),
    result=Result("page", "targeting_option:TargetingOption"),
)
FIND_LOCATIONS: Operation[PageData[Location]] = Operation(
    "findLocations",
    "GET",
    "/targeting_criteria/locations",
    params=(
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("country_code", "string", pattern="^[A-Z]{2}$"),
        Param("cursor", "string", min_length=1),
        Param(
            "location_type",
            "string",
            enum=("COUNTRIES", "REGIONS", "METROS", "CITIES", "POSTAL_CODES"),
        ),
        Param("q", "string", min_length=1, max_length=255),
    ),
    result=Result("page", "location:Location"),
)
FIND_NETWORK_OPERATORS: Operation[PageData[NetworkOperator]] = Operation(
    "findNetworkOperators",
    "GET",
    "/targeting_criteria/network_operators",
    params=(
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("country_code", "string", default="US", pattern="^[A-Z]{2}$"),
        Param("cursor", "string", min_length=1),
        Param("q", "string", min_length=1, max_length=255),
    ),
    result=Result("page", "network_operator:NetworkOperator"),
)
FIND_PLATFORM_VERSIONS: Operation[list[PlatformVersion]] = Operation(
    "findPlatformVersions",
    "GET",
    "/targeting_criteria/platform_versions",
    params=(Param("q", "string", min_length=1, max_length=255),),
    result=Result("list", "platform_version:PlatformVersion"),
)
FIND_PLATFORMS: Operation[list[TargetingOption]] = Operation(
    "findPlatforms",
    "GET",
    "/targeting_criteria/platforms",
    params=(
        Param("count", "integer", default=200, minimum=1, maximum=1000),
        Param("q", "string", min_length=1, max_length=255),
        Param("lang", "string", pattern="^[a-z]{2}$"),
    ),
    result=Result("list", "targeting_option:TargetingOption"),
)
FIND_TV_MARKETS: Operation[list[TvMarket]] = Operation(
    "findTvMarkets",
    "GET",
    "/targeting_criteria/tv_markets",
    params=(),
    result=Result("list", "tv_market:TvMarket"),
)
FIND_TV_SHOWS: Operation[PageData[TvShow]] = Operation(
    "findTvShows",
    "GET",
    "/targeting_criteria/tv_shows",
    params=(
        Param("locale", "string", required=True, pattern="^[a-z]{2}-[A-Z]{2}$"),
        Param("count", "integer", default=50, minimum=1, maximum=50),
        Param("cursor", "string", min_length=1),
        Param("q", "string", min_length=1, max_length=255),
    ),
    result=Result("page", "tv_show:TvShow"),
)


class TargetingOptions(SyncAPIResource):
    """The catalogs of targeting values (locations, languages, interests, devices, events,
    TV shows, ...): where the key of a targeting criterion comes from. Global: no ads
    account."""

    def find_app_store_categories(
        self,
        *,
        q: str | NotGiven = NOT_GIVEN,
        os_type: Literal["ANDROID", "IOS"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[AppStoreCategory]:
        """Find app store categories to target.

        The categories of the iOS App Store and of Google Play that installed-app targeting
        (`APP_STORE_CATEGORY`, `APP_STORE_CATEGORY_LOOKALIKE`) can use: people who installed, or
        showed interest in, apps of the category. The whole catalog comes in one answer.

        Args:
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            os_type: Keep only the categories of one store's operating system.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AppStoreCategory objects of the answer.
        """
        return self._client._call(
            FIND_APP_STORE_CATEGORIES,
            {"q": q, "os_type": os_type},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_conversations(
        self,
        *,
        conversation_type: (
            Literal[
                "ACTORS",
                "ATHLETES",
                "BOOK_GENRES",
                "BOOKS",
                "BRAND_CATEGORIES",
                "BRANDS",
                "CELEBRITIES",
                "COACHES",
                "DIGITAL_CREATORS",
                "ENTERTAINMENT_BRANDS",
                "ENTERTAINMENT_PERSONALITIES",
                "FICTIONAL_CHARACTERS",
                "JOURNALISTS",
                "LIFESTYLES",
                "MOVIE_GENRES",
                "MOVIES",
                "MUSIC_GENRES",
                "MUSICIANS",
                "NEWS_STORIES",
                "NEWS",
                "PERSONS",
                "PLACES",
                "PODCASTS",
                "POLITICAL_AFFILIATIONS",
                "POLITICIANS",
                "PRODUCTS",
                "RADIO_STATIONS",
                "SPORTS_LEAGUES",
                "SPORTS_PERSONALITIES",
                "SPORTS_TEAMS",
                "SPORTS",
                "TRENDS",
                "TV_SHOWS",
                "VIDEO_GAME_PLATFORMS",
                "VIDEO_GAME_PUBLISHERS",
                "VIDEO_GAMES",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Conversation]:
        """Find conversation topics to target.

        Topics people talk about (teams, shows, brands, genres, ...), for `CONVERSATION`
        criteria, optionally of one kind only. Paged.

        Args:
            conversation_type: Keep only topics of this kind.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Conversation objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            FIND_CONVERSATIONS,
            {"conversation_type": conversation_type, "count": count, "cursor": cursor},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_devices(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[Device]:
        """Find devices to target.

        Phone and tablet models for `DEVICE` criteria, with their maker and operating system.
        Not paged: `count` caps the answer.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Device objects of the answer.
        """
        return self._client._call(
            FIND_DEVICES,
            {"count": count, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_events(
        self,
        *,
        event_types: list[
            Literal[
                "CONFERENCE",
                "HOLIDAY",
                "MUSIC_AND_ENTERTAINMENT",
                "OTHER",
                "POLITICS",
                "RECURRING",
                "SPORTS",
            ]
        ],
        count: int | NotGiven = NOT_GIVEN,
        country_codes: list[str] | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        end_time: datetime | NotGiven = NOT_GIVEN,
        start_time: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Event]:
        """Find events to target.

        Holidays, conferences, games, concerts and other dated events for `EVENT` criteria (one
        per line item), of the kinds asked for. Only events still running at or after
        `start_time` (default: now) and starting before `end_time`, when given, are returned.
        Event times are in UTC whatever the event's place: a national holiday runs from midnight
        to midnight UTC. Paged.

        Args:
            event_types: The kinds of event to return (at least one), comma-separated.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            country_codes: Keep only events of these countries (ISO 3166-1 alpha-2 codes,
                comma-separated); global events are kept too. Without it events of every country
                come back.
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            end_time: Leave out events that start after this instant.
            start_time: Leave out events that are over by this instant (default: the time of the
                request).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Event objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            FIND_EVENTS,
            {
                "event_types": event_types,
                "count": count,
                "country_codes": country_codes,
                "cursor": cursor,
                "end_time": end_time,
                "start_time": start_time,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_interests(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[TargetingOption]:
        """Find interests to target.

        Interest categories for `INTEREST` criteria, named `Category/Subcategory`. They change
        rarely; refreshing a copy weekly is enough. Paged.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of TargetingOption objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            FIND_INTERESTS,
            {"count": count, "cursor": cursor, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_languages(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[TargetingOption]:
        """Find languages to target.

        Languages for `LANGUAGE` criteria: people who use X in that language. Paged.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of TargetingOption objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            FIND_LANGUAGES,
            {"count": count, "cursor": cursor, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_locations(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        country_code: str | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        location_type: (
            Literal["COUNTRIES", "REGIONS", "METROS", "CITIES", "POSTAL_CODES"] | NotGiven
        ) = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Location]:
        """Find locations to target.

        Countries, regions (states, provinces), metro areas (Designated Market Areas in the US),
        cities and postal codes for `LOCATION` criteria, optionally of one kind and in one
        country. Not every kind exists in every country. Paged.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            country_code: Keep only locations in this country (ISO 3166-1 alpha-2). Without it,
                every country's.
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            location_type: Keep only locations of this kind.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Location objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            FIND_LOCATIONS,
            {
                "count": count,
                "country_code": country_code,
                "cursor": cursor,
                "location_type": location_type,
                "q": q,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_network_operators(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        country_code: str | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[NetworkOperator]:
        """Find mobile network operators to target.

        Mobile carriers for `NETWORK_OPERATOR` criteria, in one country (the United States
        unless `country_code` says otherwise). Paged.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            country_code: The country whose carriers to return (ISO 3166-1 alpha-2). (server
                default: `US`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of NetworkOperator objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._fetch_page(
            FIND_NETWORK_OPERATORS,
            {"count": count, "country_code": country_code, "cursor": cursor, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_platform_versions(
        self,
        *,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[PlatformVersion]:
        """Find mobile operating system versions to target.

        Releases of mobile operating systems for `PLATFORM_VERSION` criteria (down to point
        releases such as Android 8.0). The whole catalog comes in one answer.

        Args:
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PlatformVersion objects of the answer.
        """
        return self._client._call(
            FIND_PLATFORM_VERSIONS,
            {"q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_platforms(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[TargetingOption]:
        """Find platforms to target.

        Broad device families (iOS, Android, desktop, ...) for `PLATFORM` criteria. Not paged:
        `count` caps the answer. With `lang`, each platform also carries its name in that
        language as `localized_name`.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            lang: An ISO 639-1 language code: each option then also carries `localized_name`,
                its name in that language where one is known (its plain name otherwise).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingOption objects of the answer.
        """
        return self._client._call(
            FIND_PLATFORMS,
            {"count": count, "q": q, "lang": lang},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_tv_markets(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[TvMarket]:
        """List the TV markets.

        The markets in which TV shows can be targeted, each with the `locale` to pass to the TV
        show look-up. Markets have no `targeting_value`: they are not targeted themselves.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TvMarket objects of the answer.
        """
        return self._client._call(
            FIND_TV_MARKETS,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_tv_shows(
        self,
        *,
        locale: str,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> SyncPage[TvShow]:
        """Find TV shows to target.

        TV shows of one market (its `locale`, from the TV market look-up) for `TV_SHOW`
        criteria. A show is only targetable next to a location criterion in the same market.
        Paged, at most 50 a page.

        Args:
            locale: The market whose shows to return: a `locale` from the TV market look-up
                (`en-US`). A locale of no market finds no show.
            count: How many shows to return per page. (server default: `50`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of TvShow objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._fetch_page(
            FIND_TV_SHOWS,
            {"locale": locale, "count": count, "cursor": cursor, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncTargetingOptions(AsyncAPIResource):
    """The catalogs of targeting values (locations, languages, interests, devices, events,
    TV shows, ...): where the key of a targeting criterion comes from. Global: no ads
    account."""

    async def find_app_store_categories(
        self,
        *,
        q: str | NotGiven = NOT_GIVEN,
        os_type: Literal["ANDROID", "IOS"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[AppStoreCategory]:
        """Find app store categories to target.

        The categories of the iOS App Store and of Google Play that installed-app targeting
        (`APP_STORE_CATEGORY`, `APP_STORE_CATEGORY_LOOKALIKE`) can use: people who installed, or
        showed interest in, apps of the category. The whole catalog comes in one answer.

        Args:
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            os_type: Keep only the categories of one store's operating system.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The AppStoreCategory objects of the answer.
        """
        return await self._client._call(
            FIND_APP_STORE_CATEGORIES,
            {"q": q, "os_type": os_type},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_conversations(
        self,
        *,
        conversation_type: (
            Literal[
                "ACTORS",
                "ATHLETES",
                "BOOK_GENRES",
                "BOOKS",
                "BRAND_CATEGORIES",
                "BRANDS",
                "CELEBRITIES",
                "COACHES",
                "DIGITAL_CREATORS",
                "ENTERTAINMENT_BRANDS",
                "ENTERTAINMENT_PERSONALITIES",
                "FICTIONAL_CHARACTERS",
                "JOURNALISTS",
                "LIFESTYLES",
                "MOVIE_GENRES",
                "MOVIES",
                "MUSIC_GENRES",
                "MUSICIANS",
                "NEWS_STORIES",
                "NEWS",
                "PERSONS",
                "PLACES",
                "PODCASTS",
                "POLITICAL_AFFILIATIONS",
                "POLITICIANS",
                "PRODUCTS",
                "RADIO_STATIONS",
                "SPORTS_LEAGUES",
                "SPORTS_PERSONALITIES",
                "SPORTS_TEAMS",
                "SPORTS",
                "TRENDS",
                "TV_SHOWS",
                "VIDEO_GAME_PLATFORMS",
                "VIDEO_GAME_PUBLISHERS",
                "VIDEO_GAMES",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Conversation]:
        """Find conversation topics to target.

        Topics people talk about (teams, shows, brands, genres, ...), for `CONVERSATION`
        criteria, optionally of one kind only. Paged.

        Args:
            conversation_type: Keep only topics of this kind.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Conversation objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            FIND_CONVERSATIONS,
            {"conversation_type": conversation_type, "count": count, "cursor": cursor},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def find_devices(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[Device]:
        """Find devices to target.

        Phone and tablet models for `DEVICE` criteria, with their maker and operating system.
        Not paged: `count` caps the answer.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The Device objects of the answer.
        """
        return await self._client._call(
            FIND_DEVICES,
            {"count": count, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_events(
        self,
        *,
        event_types: list[
            Literal[
                "CONFERENCE",
                "HOLIDAY",
                "MUSIC_AND_ENTERTAINMENT",
                "OTHER",
                "POLITICS",
                "RECURRING",
                "SPORTS",
            ]
        ],
        count: int | NotGiven = NOT_GIVEN,
        country_codes: list[str] | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        end_time: datetime | NotGiven = NOT_GIVEN,
        start_time: datetime | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Event]:
        """Find events to target.

        Holidays, conferences, games, concerts and other dated events for `EVENT` criteria (one
        per line item), of the kinds asked for. Only events still running at or after
        `start_time` (default: now) and starting before `end_time`, when given, are returned.
        Event times are in UTC whatever the event's place: a national holiday runs from midnight
        to midnight UTC. Paged.

        Args:
            event_types: The kinds of event to return (at least one), comma-separated.
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            country_codes: Keep only events of these countries (ISO 3166-1 alpha-2 codes,
                comma-separated); global events are kept too. Without it events of every country
                come back.
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            end_time: Leave out events that start after this instant.
            start_time: Leave out events that are over by this instant (default: the time of the
                request).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Event objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            FIND_EVENTS,
            {
                "event_types": event_types,
                "count": count,
                "country_codes": country_codes,
                "cursor": cursor,
                "end_time": end_time,
                "start_time": start_time,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_interests(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[TargetingOption]:
        """Find interests to target.

        Interest categories for `INTEREST` criteria, named `Category/Subcategory`. They change
        rarely; refreshing a copy weekly is enough. Paged.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of TargetingOption objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            FIND_INTERESTS,
            {"count": count, "cursor": cursor, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_languages(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[TargetingOption]:
        """Find languages to target.

        Languages for `LANGUAGE` criteria: people who use X in that language. Paged.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of TargetingOption objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            FIND_LANGUAGES,
            {"count": count, "cursor": cursor, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_locations(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        country_code: str | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        location_type: (
            Literal["COUNTRIES", "REGIONS", "METROS", "CITIES", "POSTAL_CODES"] | NotGiven
        ) = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Location]:
        """Find locations to target.

        Countries, regions (states, provinces), metro areas (Designated Market Areas in the US),
        cities and postal codes for `LOCATION` criteria, optionally of one kind and in one
        country. Not every kind exists in every country. Paged.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            country_code: Keep only locations in this country (ISO 3166-1 alpha-2). Without it,
                every country's.
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            location_type: Keep only locations of this kind.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of Location objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            FIND_LOCATIONS,
            {
                "count": count,
                "country_code": country_code,
                "cursor": cursor,
                "location_type": location_type,
                "q": q,
            },
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_network_operators(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        country_code: str | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[NetworkOperator]:
        """Find mobile network operators to target.

        Mobile carriers for `NETWORK_OPERATOR` criteria, in one country (the United States
        unless `country_code` says otherwise). Paged.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            country_code: The country whose carriers to return (ISO 3166-1 alpha-2). (server
                default: `US`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of NetworkOperator objects; iterating it yields every item of every
                page, fetching the next ones as needed.
        """
        return self._client._paginate(
            FIND_NETWORK_OPERATORS,
            {"count": count, "country_code": country_code, "cursor": cursor, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def find_platform_versions(
        self,
        *,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[PlatformVersion]:
        """Find mobile operating system versions to target.

        Releases of mobile operating systems for `PLATFORM_VERSION` criteria (down to point
        releases such as Android 8.0). The whole catalog comes in one answer.

        Args:
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The PlatformVersion objects of the answer.
        """
        return await self._client._call(
            FIND_PLATFORM_VERSIONS,
            {"q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def find_platforms(
        self,
        *,
        count: int | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[TargetingOption]:
        """Find platforms to target.

        Broad device families (iOS, Android, desktop, ...) for `PLATFORM` criteria. Not paged:
        `count` caps the answer. With `lang`, each platform also carries its name in that
        language as `localized_name`.

        Args:
            count: How many objects to return per page. A page may hold fewer; only a `null`
                `next_cursor` means there are no more. (server default: `200`)
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            lang: An ISO 639-1 language code: each option then also carries `localized_name`,
                its name in that language where one is known (its plain name otherwise).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TargetingOption objects of the answer.
        """
        return await self._client._call(
            FIND_PLATFORMS,
            {"count": count, "q": q, "lang": lang},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def find_tv_markets(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> list[TvMarket]:
        """List the TV markets.

        The markets in which TV shows can be targeted, each with the `locale` to pass to the TV
        show look-up. Markets have no `targeting_value`: they are not targeted themselves.

        Args:
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The TvMarket objects of the answer.
        """
        return await self._client._call(
            FIND_TV_MARKETS,
            {},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def find_tv_shows(
        self,
        *,
        locale: str,
        count: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[TvShow]:
        """Find TV shows to target.

        TV shows of one market (its `locale`, from the TV market look-up) for `TV_SHOW`
        criteria. A show is only targetable next to a location criterion in the same market.
        Paged, at most 50 a page.

        Args:
            locale: The market whose shows to return: a `locale` from the TV market look-up
                (`en-US`). A locale of no market finds no show.
            count: How many shows to return per page. (server default: `50`)
            cursor: Where to resume: the `next_cursor` of the previous page, passed back
                unchanged with the same filters. Cursors are opaque.
            q: Keep only options whose `name` starts with this text, ignoring case (for
                locations, any part of a name after a comma or a space counts too: `angeles`
                finds Los Angeles).
            extra_headers: Headers to add to this request.
            extra_query: Query parameters to add, sent as given (not checked).
            extra_body: Refused: a GET has no body; use extra_query.
            timeout: Timeout for this request, replacing the client's.

        Returns:
            The first page of TvShow objects; iterating it yields every item of every page,
                fetching the next ones as needed.
        """
        return self._client._paginate(
            FIND_TV_SHOWS,
            {"locale": locale, "count": count, "cursor": cursor, "q": q},
            CallOptions(extra_headers, extra_query, extra_body, timeout),
        )


class TargetingOptionsWithRawResponse:
    """The same calls as `TargetingOptions`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: TargetingOptions) -> None:
        self.find_app_store_categories = to_raw_response_wrapper(resource.find_app_store_categories)
        self.find_conversations = to_raw_response_wrapper(resource.find_conversations)
        self.find_devices = to_raw_response_wrapper(resource.find_devices)
        self.find_events = to_raw_response_wrapper(resource.find_events)
        self.find_interests = to_raw_response_wrapper(resource.find_interests)
        self.find_languages = to_raw_response_wrapper(resource.find_languages)
        self.find_locations = to_raw_response_wrapper(resource.find_locations)
        self.find_network_operators = to_raw_response_wrapper(resource.find_network_operators)
        self.find_platform_versions = to_raw_response_wrapper(resource.find_platform_versions)
        self.find_platforms = to_raw_response_wrapper(resource.find_platforms)
        self.find_tv_markets = to_raw_response_wrapper(resource.find_tv_markets)
        self.find_tv_shows = to_raw_response_wrapper(resource.find_tv_shows)


class AsyncTargetingOptionsWithRawResponse:
    """The same calls as `AsyncTargetingOptions`, each returning the raw
    `APIResponse`."""

    def __init__(self, resource: AsyncTargetingOptions) -> None:
        self.find_app_store_categories = async_to_raw_response_wrapper(
            resource.find_app_store_categories
        )
        self.find_conversations = async_to_raw_response_wrapper(resource.find_conversations)
        self.find_devices = async_to_raw_response_wrapper(resource.find_devices)
        self.find_events = async_to_raw_response_wrapper(resource.find_events)
        self.find_interests = async_to_raw_response_wrapper(resource.find_interests)
        self.find_languages = async_to_raw_response_wrapper(resource.find_languages)
        self.find_locations = async_to_raw_response_wrapper(resource.find_locations)
        self.find_network_operators = async_to_raw_response_wrapper(resource.find_network_operators)
        self.find_platform_versions = async_to_raw_response_wrapper(resource.find_platform_versions)
        self.find_platforms = async_to_raw_response_wrapper(resource.find_platforms)
        self.find_tv_markets = async_to_raw_response_wrapper(resource.find_tv_markets)
        self.find_tv_shows = async_to_raw_response_wrapper(resource.find_tv_shows)
