"""Targeting options: the twelve global look-ups, served from the sandbox's targeting catalog
(adsapi.sandbox.targeting.catalog). Filters that match nothing (a country or a TV locale with
no data) answer an empty list, never an error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from adsapi.sandbox.context import OperationContext, Page
from adsapi.sandbox.registry import handles
from adsapi.sandbox.targeting import catalog
from adsapi.sandbox.targeting.catalog import matching, starts_with
from adsapi.sandbox.times import format_time, parse_stored


def _named(ctx: OperationContext, options: Any) -> list[dict[str, Any]]:
    query = ctx.values.get("q")
    return [o for o in options if starts_with(o["name"], query)]


def _capped(ctx: OperationContext, options: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A look-up that does not page returns at most `count` options (when it takes one)."""
    count = ctx.values.get("count")
    return options[: int(count)] if count is not None else options


@handles("findAppStoreCategories")
def find_app_store_categories(ctx: OperationContext) -> list[dict[str, Any]]:
    found = matching(catalog.app_store_categories(), os_type=ctx.values.get("os_type"))
    return _named(ctx, found)


@handles("findConversations")
def find_conversations(ctx: OperationContext) -> Page:
    kind = ctx.values.get("conversation_type")
    return ctx.page(list(matching(catalog.conversations(), conversation_type=kind)))


@handles("findDevices")
def find_devices(ctx: OperationContext) -> list[dict[str, Any]]:
    return _capped(ctx, _named(ctx, catalog.devices()))


@handles("findInterests")
def find_interests(ctx: OperationContext) -> Page:
    return ctx.page(_named(ctx, catalog.interests()))


@handles("findLanguages")
def find_languages(ctx: OperationContext) -> Page:
    return ctx.page(_named(ctx, catalog.languages()))


@handles("findLocations")
def find_locations(ctx: OperationContext) -> Page:
    found = matching(
        catalog.search_locations(ctx.values.get("q")),
        country_code=ctx.values.get("country_code"),
        location_type=ctx.values.get("location_type"),
    )
    return ctx.page(list(found))


@handles("findNetworkOperators")
def find_network_operators(ctx: OperationContext) -> Page:
    country = ctx.values.get("country_code") or "US"
    return ctx.page(_named(ctx, matching(catalog.network_operators(), country_code=country)))


@handles("findPlatformVersions")
def find_platform_versions(ctx: OperationContext) -> list[dict[str, Any]]:
    return _named(ctx, catalog.platform_versions())


@handles("findPlatforms")
def find_platforms(ctx: OperationContext) -> list[dict[str, Any]]:
    found = _capped(ctx, _named(ctx, catalog.platforms()))
    if ctx.values.get("lang") is not None:
        # The sandbox has no translations: the localized name is the English one.
        found = [{**o, "localized_name": o["name"]} for o in found]
    return found


@handles("findTvMarkets")
def find_tv_markets(ctx: OperationContext) -> list[dict[str, Any]]:
    return list(catalog.tv_markets())


@handles("findTvShows")
def find_tv_shows(ctx: OperationContext) -> Page:
    language, _, country = str(ctx.values["locale"]).partition("-")
    market = {"language": language, "country": country}
    shows = [o for o in catalog.tv_shows() if market in o["locales"]]
    return ctx.page(_named(ctx, shows), default_count=50)


@handles("findEvents")
def find_events(ctx: OperationContext) -> Page:
    """Yearly events placed at their next occurrence that is not over at `start_time`
    (default: now), kept if they start before `end_time`; soonest first."""
    since = _moment(ctx.values.get("start_time")) or datetime.fromtimestamp(ctx.now, UTC)
    until = _moment(ctx.values.get("end_time"))
    kinds = set(ctx.values["event_types"])
    countries = ctx.values.get("country_codes")
    found = []
    for event in catalog.events():
        if event["event_type"] not in kinds:
            continue
        if (
            countries
            and event["country_code"] is not None
            and event["country_code"] not in countries
        ):
            continue
        occurrence = _occurrence(event, since)
        if occurrence is None or (until is not None and occurrence[0] >= until):
            continue
        found.append((occurrence[0], event["name"], _event(event, *occurrence)))
    found.sort(key=lambda item: (item[0], item[1]))
    return ctx.page([item[2] for item in found])


def _moment(text: Any) -> datetime | None:
    return parse_stored(str(text)) if text else None


def _occurrence(event: dict[str, Any], since: datetime) -> tuple[datetime, datetime] | None:
    """The first occurrence of a yearly event that ends after `since`."""
    for year in (since.year - 1, since.year, since.year + 1):
        try:
            start = datetime(year, event["month"], event["day"], tzinfo=UTC)
            end = start + timedelta(days=event["days"])
        except (ValueError, OverflowError):
            continue
        if end > since:
            return start, end
    return None


def _event(event: dict[str, Any], start: datetime, end: datetime) -> dict[str, Any]:
    country = event["country_code"]
    return {
        "name": event["name"],
        "targeting_type": "EVENT",
        "targeting_value": event["targeting_value"],
        "event_type": event["event_type"],
        "start_time": format_time(start),
        "end_time": format_time(end),
        "is_global": country is None,
        "country_code": country,
        # Audience statistics are the API's own measurements: the sandbox has none.
        "reach": {"total_reach": None},
        "top_users": [],
        "top_tweets": [],
        "top_hashtags": [],
        "gender_breakdown_percentage": {},
        "device_breakdown_percentage": {},
        "country_breakdown_percentage": {},
    }
