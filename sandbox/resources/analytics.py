"""Analytics: synthetic metrics that hold together, which entities changed, reach, and jobs.

Metrics are made up but consistent. An entity that delivers (a leaf of `ENTITY_TYPES`: line
items, and campaigns without any) gets, for each whole hour in which it was active, numbers
drawn from a hash of its identifier and the hour, so the same entity and hour always give the
same numbers; an hour before it existed, after it was deleted, outside its flight dates, while
it (or, for a line item, its campaign) was not `ACTIVE` or still to come gives zeros. Billing
follows a cost per click, at most the line item's bid, and is capped by the budgets (per day of
the account's time zone, and in all): a line item's own, then its campaign's, which its line
items share. A campaign with line items is their sum; entities above (funding instruments, the
account) add up the leaves they hold, and days and totals add up hours: every view of the same
hours gives the same sums.

What each stats entity type reads is one line of `ENTITY_TYPES`; promoted Tweets plug in
there when the sandbox serves their delivery (a leaf under line items, as line items are under
campaigns).
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
import math
import os
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from adsapi.sandbox.context import HookContext, Hooks, OperationContext
from adsapi.sandbox.errors import ApiError, Problem, invalid
from adsapi.sandbox.registry import files, handles, hooks
from adsapi.sandbox.resources.campaigns import STATUS_LOG
from adsapi.sandbox.store import Row
from adsapi.sandbox.times import parse_stored, timestamp

HOUR = 3600
ALL_METRICS_ENGAGEMENT = (
    "impressions",
    "engagements",
    "retweets",
    "replies",
    "likes",
    "follows",
    "card_engagements",
    "clicks",
    "app_clicks",
    "url_clicks",
    "qualified_impressions",
    "carousel_swipes",
)
# Accounts and funding instruments only have the first six engagement metrics.
ROLLED_UP_ENGAGEMENT = ALL_METRICS_ENGAGEMENT[:6]
BILLING = ("billed_engagements", "billed_charge_local_micro")
CONVERSION_PARTS = ("post_view", "post_engagement", "assisted", "order_quantity", "sale_amount")


@dataclass(frozen=True)
class EntityType:
    """What a stats entity type reads in the sandbox.

    `resource` holds its entities. A leaf (`rolls_up` None) delivers: its hours come from the
    synthetic model. Any other adds up the leaves of `rolls_up` = (entity type, attribute of
    the leaf naming it; None when every leaf of the account counts)."""

    resource: str
    rolls_up: tuple[str, str | None] | None = None
    # A leaf that delivers through its children when it has any: (their entity type, the
    # attribute of theirs naming it). A campaign with line items is the sum of its line items.
    delivers_through: tuple[str, str] | None = None
    # Metrics that apply (the others of an asked group are null); None: every metric.
    metrics: frozenset[str] | None = None
    filters: Mapping[str, str] = field(default_factory=dict)  # active-entities filter -> attribute


ENTITY_TYPES: dict[str, EntityType] = {
    "LINE_ITEM": EntityType(
        "line_items",
        filters={
            "line_item_ids": "id",
            "campaign_ids": "campaign_id",
            "funding_instrument_ids": "funding_instrument_id",
        },
    ),
    "CAMPAIGN": EntityType(
        "campaigns",
        delivers_through=("LINE_ITEM", "campaign_id"),
        filters={"campaign_ids": "id", "funding_instrument_ids": "funding_instrument_id"},
    ),
    "FUNDING_INSTRUMENT": EntityType(
        "funding_instruments",
        rolls_up=("CAMPAIGN", "funding_instrument_id"),
        metrics=frozenset(ROLLED_UP_ENGAGEMENT + BILLING),
        filters={"funding_instrument_ids": "id"},
    ),
    "ACCOUNT": EntityType(
        "accounts", rolls_up=("CAMPAIGN", None), metrics=frozenset(ROLLED_UP_ENGAGEMENT)
    ),
}


def history_seconds() -> float:
    """With ADSAPI_SANDBOX_HISTORY_DAYS=N, entities deliver as if created N days before they
    were (in their first status), so that a new sandbox account has metrics to look at."""
    try:
        return max(float(os.environ.get("ADSAPI_SANDBOX_HISTORY_DAYS", "0")), 0.0) * 86400
    except ValueError:
        return 0.0


# The placements the sandbox's entities deliver in: everything else has zeros.
DELIVERED_PLACEMENTS = ("ALL_ON_TWITTER",)


def _metric_groups(ctx: HookContext) -> dict[str, list[str]]:
    """Metric group -> its metrics, from the spec (`x-metric-group` on each metric)."""
    schema = ctx.spec.document["components"]["schemas"]["Metrics"]["properties"]
    groups: dict[str, list[str]] = {}
    for name, metric in schema.items():
        groups.setdefault(metric["x-metric-group"], []).append(name)
    return groups


# -- the synthetic model ----------------------------------------------------------------------


def _draw(entity_id: str, hour: int, what: str, low: int, high: int) -> int:
    """A number in [low, high) fixed by the entity, the hour and what it is for."""
    digest = hashlib.blake2b(f"{entity_id}|{hour}|{what}".encode(), digest_size=8).digest()
    return low + int.from_bytes(digest, "big") % max(high - low, 1)


def _epoch(text: Any) -> float | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return parse_stored(text).timestamp()
    except ValueError:
        return None


@lru_cache(maxsize=1 << 16)
def _leaf_hour(entity_id: str, hour: int) -> Mapping[str, int]:
    """The uncapped metrics of one delivering hour (hour: epoch seconds of its start). Cached
    across requests (a pure function of its arguments): callers never change what it gives."""
    d = _draw
    impressions = d(entity_id, hour, "impressions", 200, 2000)
    engagements = impressions * d(entity_id, hour, "rate", 2, 9) // 100
    clicks = engagements * d(entity_id, hour, "clicks", 40, 80) // 100
    url_clicks = clicks * d(entity_id, hour, "url", 30, 70) // 100
    views = impressions * d(entity_id, hour, "views", 10, 30) // 100
    v25 = views * d(entity_id, hour, "v25", 60, 90) // 100
    v50 = v25 * d(entity_id, hour, "v50", 60, 90) // 100
    v75 = v50 * d(entity_id, hour, "v75", 60, 90) // 100
    return {
        "impressions": impressions,
        "engagements": engagements,
        "retweets": engagements // 20,
        "replies": engagements // 30,
        "likes": engagements // 8,
        "follows": engagements // 40,
        "card_engagements": engagements // 10,
        "clicks": clicks,
        "app_clicks": (clicks - url_clicks) // 3,
        "url_clicks": url_clicks,
        "qualified_impressions": impressions * 9 // 10,
        "carousel_swipes": 0,
        "billed_engagements": clicks,
        "billed_charge_local_micro": clicks * d(entity_id, hour, "cpc", 20_000, 150_000),
        "video_total_views": views,
        "video_views_25": v25,
        "video_views_50": v50,
        "video_views_75": v75,
        "video_views_100": v75 * 3 // 4,
        "video_cta_clicks": v50 // 20,
        "video_content_starts": views + views // 5,
        "video_3s100pct_views": views // 2,
        "video_6s_views": v25,
        "video_15s_views": v50,
        "media_views": impressions // 6,
        "media_engagements": impressions // 60,
        "conversion:post_view": clicks // 25,
        "conversion:post_engagement": clicks // 15,
        "conversion:assisted": clicks // 50,
        "conversion:order_quantity": clicks // 30,
        "conversion:sale_amount": (clicks // 30) * 25_000_000,
    }


def _budget(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class Life:
    """What a leaf's hourly metrics depend on: its identifier, its status log, its first whole
    hour and the end of its last one, its flight dates, its budgets and the account's zone."""

    entity_id: str
    log: tuple[tuple[float, str], ...]
    first: int
    last: int
    flight_start: float | None
    flight_end: float | None
    daily: int | None
    total: int | None
    zone: Any
    bid: int | None = None  # the most a billed engagement may cost


@lru_cache(maxsize=256)
def _deliveries(life: Life) -> Mapping[int, Mapping[str, int]]:
    """Hour start -> metrics of every hour a leaf delivered in, each billed engagement costing
    at most the bid, charges capped by the budgets (spent per day of the account's zone, and in
    all)."""
    hour = life.first
    if life.flight_start is not None:
        hour = max(hour, math.floor(life.flight_start / HOUR) * HOUR)
    end = (
        life.last
        if life.flight_end is None
        else min(life.last, math.ceil(life.flight_end / HOUR) * HOUR)
    )
    hours: dict[int, Mapping[str, int]] = {}
    spent_total, spent_day, day_end = 0, 0, -math.inf
    status, following = life.log[0][1], 1
    while hour + HOUR <= end:
        while following < len(life.log) and life.log[following][0] <= hour:
            status, following = life.log[following][1], following + 1
        if status != "ACTIVE":
            hour += HOUR
            continue
        if hour >= day_end:  # a new day of the account's zone: its budget starts afresh
            local = datetime.fromtimestamp(hour, life.zone).date() + timedelta(days=1)
            day_end = datetime(local.year, local.month, local.day, tzinfo=life.zone).timestamp()
            spent_day = 0
        metrics = _leaf_hour(life.entity_id, hour)
        if life.bid is not None:
            highest = metrics["billed_engagements"] * life.bid
            if metrics["billed_charge_local_micro"] > highest:
                metrics = {**metrics, "billed_charge_local_micro": highest}
        full = metrics["billed_charge_local_micro"]
        charge = full
        if life.daily is not None:
            charge = min(charge, max(life.daily - spent_day, 0))
        if life.total is not None:
            charge = min(charge, max(life.total - spent_total, 0))
        if charge < full:
            metrics = _scaled(metrics, charge, full)
        spent_day += charge
        spent_total += charge
        hours[hour] = metrics
        hour += HOUR
    return hours


def _scaled(metrics: Mapping[str, int], charge: int, full: int) -> dict[str, int]:
    """Out of budget: the hour stops delivering once `charge` of its `full` charge is spent.
    Counts are rounded up, so an engagement never costs more than it did in the full hour
    (nor more than the bid)."""
    out = {k: -(-v * charge // full) for k, v in metrics.items()}
    out["billed_charge_local_micro"] = charge
    return out


@lru_cache(maxsize=256)
def _shared_budget(
    lives: tuple[Life, ...], daily: int | None, total: int | None, zone: Any
) -> tuple[Mapping[int, Mapping[str, int]], ...]:
    """The hours of each of a campaign's line items (`lives`, each within its own bid and
    budgets), once the campaign's budgets, which they share, are applied: an hour in which the
    line items together would spend more than the campaign has left delivers that share of
    each of them."""
    own = [_deliveries(life) for life in lives]
    out: list[dict[int, Mapping[str, int]]] = [{} for _ in lives]
    spent_total, spent_day, day_end = 0, 0, -math.inf
    for hour in sorted(set().union(*own)):
        if hour >= day_end:
            local = datetime.fromtimestamp(hour, zone).date() + timedelta(days=1)
            day_end = datetime(local.year, local.month, local.day, tzinfo=zone).timestamp()
            spent_day = 0
        full = sum(hours[hour]["billed_charge_local_micro"] for hours in own if hour in hours)
        allowed = full
        if daily is not None:
            allowed = min(allowed, max(daily - spent_day, 0))
        if total is not None:
            allowed = min(allowed, max(total - spent_total, 0))
        for hours, into in zip(own, out, strict=True):
            metrics = hours.get(hour)
            if metrics is None:
                continue
            if allowed < full:
                charge = metrics["billed_charge_local_micro"] * allowed // full
                metrics = _scaled(metrics, charge, metrics["billed_charge_local_micro"] or 1)
            into[hour] = metrics
            spent_day += metrics["billed_charge_local_micro"]
            spent_total += metrics["billed_charge_local_micro"]
    return tuple(out)


class Timeline:
    """The hourly metrics of the leaves of one account, worked out once per request."""

    def __init__(self, ctx: HookContext, zone: str | None) -> None:
        self.ctx = ctx
        try:
            self.zone = ZoneInfo(zone) if zone else UTC
        except (ZoneInfoNotFoundError, ValueError):
            self.zone = UTC
        self._cache: dict[str, Mapping[int, Mapping[str, int]]] = {}

    def leaf_hours(self, row: Row) -> Mapping[int, Mapping[str, int]]:
        """Hour start -> metrics, for every delivering hour of a leaf up to now, with the
        charges capped by the bid and the daily and total budgets.

        Only the hours of the leaf's life are visited: from its first whole hour (less the
        history option) to the last hour that is over, before its deletion and inside its
        flight dates; the status log says which of them it was `ACTIVE` in. A leaf that
        delivers through a parent's budgets (a line item) lives only while its parent does too,
        and shares the parent's budgets with its siblings. The answer is kept across requests
        for as long as nothing it depends on changes (a new hour over, a status change, a
        budget)."""
        cached = self._cache.get(row.id)
        if cached is not None:
            return cached
        through = _PARENTS.get(row.resource)
        if through is None:
            hours = self._cache[row.id] = _deliveries(self._life(row))
            return hours
        parent_kind, attribute = through
        parent = self.ctx.get(
            ENTITY_TYPES[parent_kind].resource, str(row.attrs.get(attribute)), with_deleted=True
        )
        if parent is None:
            hours = self._cache[row.id] = _deliveries(self._life(row))
            return hours
        siblings = self._children(parent_kind, parent)
        outer = self._life(parent)
        lives = tuple(_within(self._life(child), outer) for child in siblings)
        shared = _shared_budget(lives, outer.daily, outer.total, self.zone)
        for child, hours in zip(siblings, shared, strict=True):
            self._cache[child.id] = hours
        return self._cache[row.id]

    def _life(self, row: Row) -> Life:
        attrs = row.attrs
        now = self.ctx.now
        log = tuple(
            sorted(
                (float(when), str(status))
                for when, status in attrs.get(STATUS_LOG)
                or [[_epoch(attrs.get("created_at")) or now, "ACTIVE"]]
            )
        )
        born = log[0][0] - history_seconds()
        last = now  # an hour counts once it is over
        if row.deleted:
            last = min(last, _epoch(attrs.get("updated_at")) or born)
        return Life(
            row.id,
            log,
            math.ceil(born / HOUR) * HOUR,
            int(last // HOUR) * HOUR,
            _epoch(attrs.get("start_time")),
            _epoch(attrs.get("end_time")),
            _budget(attrs.get("daily_budget_amount_local_micro")),
            _budget(attrs.get("total_budget_amount_local_micro")),
            self.zone,
            _budget(attrs.get("bid_amount_local_micro")),
        )

    def _children(self, kind: str, row: Row) -> list[Row]:
        """The entities a leaf of type `kind` delivers through (none for most)."""
        through = ENTITY_TYPES[kind].delivers_through
        if through is None:
            return []
        child_kind, attribute = through
        resource = ENTITY_TYPES[child_kind].resource
        if not self.ctx.has(resource):
            return []
        return self.ctx.rows(resource, {attribute: row.id}, with_deleted=True, limit=100_000)

    def leaves(self, kind: str, row: Row) -> list[Row]:
        """The leaf entities behind an entity of type `kind`."""
        entity_type = ENTITY_TYPES[kind]
        if entity_type.rolls_up is None:
            return self._children(kind, row) or [row]
        leaf_kind, attribute = entity_type.rolls_up
        leaf_type = ENTITY_TYPES[leaf_kind]
        where = {attribute: row.id} if attribute else None
        found = self.ctx.rows(leaf_type.resource, where, with_deleted=True, limit=100_000)
        return [leaf for r in found for leaf in self.leaves(leaf_kind, r)]


# The resource of each entity that delivers through a parent -> (the parent's type, the
# attribute naming it): line items -> their campaign.
_PARENTS = {
    ENTITY_TYPES[child].resource: (kind, attribute)
    for kind, entity_type in ENTITY_TYPES.items()
    if entity_type.delivers_through is not None
    for child, attribute in [entity_type.delivers_through]
}


def _within(life: Life, outer: Life) -> Life:
    """A life inside its parent's: active only while both are, within both flights."""
    times = sorted({when for when, _ in life.log} | {when for when, _ in outer.log})
    log = tuple(
        (
            when,
            "ACTIVE"
            if _status(life.log, when) == _status(outer.log, when) == "ACTIVE"
            else "PAUSED",
        )
        for when in times
    )
    starts = [t for t in (life.flight_start, outer.flight_start) if t is not None]
    ends = [t for t in (life.flight_end, outer.flight_end) if t is not None]
    return replace(
        life,
        log=log,
        first=max(life.first, outer.first),
        last=min(life.last, outer.last),
        flight_start=max(starts) if starts else None,
        flight_end=min(ends) if ends else None,
    )


def _status(log: Sequence[tuple[float, str]], when: float) -> str:
    """The status a log says at `when` (its first before it begins)."""
    status = log[0][1]
    for at, value in log:
        if at > when:
            break
        status = value
    return status


@dataclass(frozen=True)
class Query:
    entity: str
    entity_ids: Sequence[str]
    start: int
    end: int
    granularity: str
    placement: str
    metric_groups: Sequence[str]
    segmentation_type: str | None = None
    country: str | None = None
    platform: str | None = None


# -- segments ---------------------------------------------------------------------------------

SEGMENTS_SHOWN = 5  # segments a catalog-backed segmentation breaks the metrics into
AGES = (
    ("13 to 24", "AGE_13_TO_24"),
    ("25 to 34", "AGE_25_TO_34"),
    ("35 to 49", "AGE_35_TO_49"),
    ("50 and over", "AGE_OVER_50"),
)
GENDERS = (("Male", "1"), ("Female", "2"))
LOCATIONS_SHOWN = ("US", "GB", "JP", "BR", "IN")
LANGUAGES_SHOWN = ("en", "es", "ja", "pt", "fr")
# What a line item sets up itself (audiences, keywords, tags, ...): the sandbox's entities set
# none up, so everything they deliver falls in one segment.
NOT_TARGETED = (("Not targeted", "none"),)


def segments(kind: str, country: str | None, platform: str | None) -> tuple[tuple[str, str], ...]:
    """The (name, value) segments a segmentation breaks an entity's metrics into, from the
    targeting catalog where it has them (places inside `country`, devices and versions of
    `platform`), always the same ones for the same request."""
    from adsapi.sandbox.targeting import catalog

    def named(options: Any, key: str = "targeting_value") -> tuple[tuple[str, str], ...]:
        found = tuple((o["name"], str(o[key])) for o in options)[:SEGMENTS_SHOWN]
        return found or NOT_TARGETED

    if kind == "AGE":
        return AGES
    if kind == "GENDER":
        return GENDERS
    if kind in ("PLATFORMS",):
        return named(catalog.platforms())
    if kind in ("DEVICES", "PLATFORM_VERSIONS"):
        system = (catalog.find("PLATFORM", platform or "") or {}).get("name")
        options = catalog.devices() if kind == "DEVICES" else catalog.platform_versions()
        return named(o for o in options if o.get("os_type") == system)
    if kind in ("CITIES", "METROS", "REGIONS", "POSTAL_CODES"):
        place = catalog.find("LOCATION", country or "") or {}
        code = place.get("country_code") if place.get("location_type") == "COUNTRIES" else None
        if kind == "POSTAL_CODES":  # no catalog of postal codes: numbered areas of the country
            return (
                tuple((f"{code} {n:05d}", f"{code}-{n:05d}") for n in range(1, 6))
                if code
                else NOT_TARGETED
            )
        wanted = "REGIONS" if kind == "REGIONS" else "CITIES"  # metros: the largest cities
        return named(
            o
            for o in catalog.locations()
            if o.get("country_code") == code and o.get("location_type") == wanted
        )
    if kind == "LOCATIONS":
        return named(
            o
            for code in LOCATIONS_SHOWN
            for o in catalog.locations()
            if o.get("country_code") == code and o.get("location_type") == "COUNTRIES"
        )
    if kind == "LANGUAGES":
        return named(o for o in catalog.languages() if o["targeting_value"] in LANGUAGES_SHOWN)
    sources = {
        "APP_STORE_CATEGORY": catalog.app_store_categories,
        "CONVERSATIONS": catalog.conversations,
        "EVENTS": catalog.events,
        "INTERESTS": catalog.interests,
        "TV_SHOWS": catalog.tv_shows,
    }
    if kind in sources:
        return named(sources[kind]())
    return NOT_TARGETED


def _split(
    entity_id: str, hour: int, metrics: Mapping[str, int], values: Sequence[str]
) -> list[dict[str, int]]:
    """An hour's metrics shared out among segments: each segment's share drawn from the
    entity, the hour and the segment, every count split exactly (largest remainders), so the
    segments add up to the whole, hour by hour and so in any bucket."""
    weights = [_draw(entity_id, hour, f"segment:{value}", 1, 100) for value in values]
    total = sum(weights)
    out: list[dict[str, int]] = [{} for _ in values]
    for name, value in metrics.items():
        shares = [value * w // total for w in weights]
        left = value - sum(shares)
        if left:
            order = sorted(range(len(weights)), key=lambda i: (-(value * weights[i] % total), i))
            for i in order[:left]:
                shares[i] += 1
        for into, share in zip(out, shares, strict=True):
            into[name] = share
    return out


def _buckets(query: Query, zone: Any) -> list[tuple[int, int]]:
    if query.granularity == "TOTAL":
        return [(query.start, query.end)]
    if query.granularity == "HOUR":
        return [(h, h + HOUR) for h in range(query.start, query.end, HOUR)]
    out, start = [], query.start
    local = datetime.fromtimestamp(start, zone)
    while start < query.end:
        local = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0)
        following = int(local.replace(tzinfo=zone).timestamp())
        following = min(max(following, start + HOUR), query.end)
        out.append((start, following))
        start = following
    return out


def compute_stats(ctx: HookContext, query: Query) -> dict[str, Any]:
    """The synchronous answer's `data` and `time_series_length` for a query (also a job's
    file): one row per entity, in the order asked, with one item per segment when the query
    is segmented (its segments adding up to the unsegmented metrics)."""
    account = ctx.parent
    timeline = Timeline(ctx, account.attrs.get("timezone") if account else None)
    entity_type = _entity_type(query.entity, query.entity_ids)
    groups = _metric_groups(ctx)
    buckets = _buckets(query, timeline.zone)
    delivered = query.placement in DELIVERED_PLACEMENTS
    starts = [start for start, _ in buckets]
    parts: Sequence[tuple[str, str] | None] = [None]
    if query.segmentation_type:
        parts = segments(query.segmentation_type, query.country, query.platform)
    values = [part[1] for part in parts if part is not None]
    rows = []
    for entity_id in query.entity_ids:
        row = _entity(ctx, query.entity, entity_id)
        # Each segment's bucket sums, every delivering hour of the window added to its bucket
        # once (shared out among the segments, if any).
        sums: list[list[dict[str, int]]] = [[{} for _ in buckets] for _ in parts]
        if delivered:
            for leaf in timeline.leaves(query.entity, row):
                for hour, metrics in timeline.leaf_hours(leaf).items():
                    if not query.start <= hour < query.end:
                        continue
                    bucket = bisect_right(starts, hour) - 1
                    shared = _split(leaf.id, hour, metrics, values) if values else [metrics]
                    for into, share in zip(sums, shared, strict=True):
                        target = into[bucket]
                        for name, value in share.items():
                            target[name] = target.get(name, 0) + value
        id_data = []
        for part, part_sums in zip(parts, sums, strict=True):
            segment = None if part is None else {"segment_name": part[0], "segment_value": part[1]}
            metrics_out = _metrics(query, groups, entity_type, part_sums)
            id_data.append({"segment": segment, "metrics": metrics_out})
        rows.append({"id": entity_id, "id_data": id_data})
    return {"data_type": "stats", "time_series_length": len(buckets), "data": rows}


def _metrics(
    query: Query,
    groups: Mapping[str, list[str]],
    entity_type: EntityType,
    sums: Sequence[Mapping[str, int]],
) -> dict[str, Any]:
    """The metrics of the groups asked for: series of the bucket sums, or null where they do
    not apply."""
    metrics_out: dict[str, Any] = {}
    for group in query.metric_groups:
        for name in groups.get(group, []):
            applies = entity_type.metrics is None or name in entity_type.metrics
            if not applies or group in ("MOBILE_CONVERSION", "LIFE_TIME_VALUE_MOBILE_CONVERSION"):
                metrics_out[name] = None  # sandbox accounts track no app conversions
            elif group == "WEB_CONVERSION":
                metrics_out[name] = {
                    part: _series(sums, f"conversion:{part}") for part in CONVERSION_PARTS
                }
            else:
                metrics_out[name] = _series(sums, name)
    return metrics_out


def _series(sums: Sequence[Mapping[str, int]], name: str) -> list[int]:
    return [bucket.get(name, 0) for bucket in sums]


def _entity_type(kind: str, entity_ids: Sequence[str]) -> EntityType:
    """The type of the entities named. The sandbox keeps no metrics of the other types (media
    creatives, Tweets, promoted accounts), so whatever `entity_ids` names of them is unknown."""
    entity_type = ENTITY_TYPES.get(kind)
    if entity_type is None:
        raise ApiError(*(_unknown(kind, entity_id) for entity_id in entity_ids[:1]))
    return entity_type


def _unknown(kind: str, entity_id: str) -> Problem:
    message = f"entity_ids names no {kind} {entity_id} in this account"
    return invalid("entity_ids", message, "reference", entity_id)


def _entity(ctx: HookContext, kind: str, entity_id: str) -> Row:
    entity_type = _entity_type(kind, [entity_id])
    if kind == "ACCOUNT":
        row = ctx.parent if ctx.parent is not None and ctx.parent.id == entity_id else None
    else:
        row = ctx.get(entity_type.resource, entity_id, with_deleted=True)
    if row is None:
        raise ApiError(_unknown(kind, entity_id))
    return row


# -- the synchronous operations -----------------------------------------------------------------


def _hour(value: Any) -> int:
    moment = _epoch(value)
    if moment is None:
        raise ApiError(invalid("start_time", "not a time", "type", value))
    return int(moment)


def _zone_rules(ctx: OperationContext) -> None:
    """The rules only the server can judge: those that need the account's time zone."""
    zone = ctx.parent.attrs.get("timezone") if ctx.parent is not None else None
    values = dict(ctx.values)
    problems = ctx.call.params.check_rules(values, values, {"account_timezone": zone})
    if problems:
        raise ApiError(*problems)


def _query(ctx: OperationContext) -> Query:
    v = ctx.values
    return Query(
        v["entity"],
        list(v["entity_ids"]),
        _hour(v["start_time"]),
        _hour(v["end_time"]),
        v["granularity"],
        v["placement"],
        list(v["metric_groups"]),
    )


@handles("getStats")
def stats(ctx: OperationContext) -> Any:
    _zone_rules(ctx)
    answer = compute_stats(ctx, _query(ctx))
    ctx.extra_members.update(
        data_type=answer["data_type"], time_series_length=answer["time_series_length"]
    )
    return answer["data"]


@handles("getActiveEntities")
def active_entities(ctx: OperationContext) -> list[dict[str, Any]]:
    v = ctx.values
    kind = v["entity"]
    entity_type = ENTITY_TYPES.get(kind)
    if entity_type is None:
        return []  # the sandbox holds none of them: none changed
    start, end = _hour(v["start_time"]), _hour(v["end_time"])
    account = ctx.parent
    timeline = Timeline(ctx, account.attrs.get("timezone") if account else None)
    where: dict[str, Any] = {}
    for name, attribute in entity_type.filters.items():
        if v.get(name):
            where[attribute] = list(v[name])
    if (
        any(v.get(n) for n in ("campaign_ids", "funding_instrument_ids", "line_item_ids"))
        and not where
    ):
        return []
    out = []
    for row in ctx.rows(entity_type.resource, where, with_deleted=True, limit=100_000):
        hours = sorted(
            hour
            for leaf in timeline.leaves(kind, row)
            for hour in timeline.leaf_hours(leaf)
            if start <= hour < end
        )
        if hours:
            out.append(
                {
                    "entity_id": row.id,
                    "activity_start_time": timestamp(hours[0]),
                    "activity_end_time": timestamp(hours[-1] + HOUR),
                    "placements": list(DELIVERED_PLACEMENTS),
                }
            )
    return out


def _reach(ctx: OperationContext, kind: str, ids_parameter: str) -> list[dict[str, Any]]:
    v = ctx.values
    start, end = _hour(v["start_time"]), _hour(v["end_time"])
    account = ctx.parent
    timeline = Timeline(ctx, account.attrs.get("timezone") if account else None)
    out = []
    for entity_id in v[ids_parameter]:
        row = ctx.get(ENTITY_TYPES[kind].resource, entity_id, with_deleted=True)
        if row is None:
            raise ApiError(
                invalid(
                    ids_parameter,
                    f"{ids_parameter} names no {kind} {entity_id}",
                    "reference",
                    entity_id,
                )
            )
        impressions = sum(
            metrics["impressions"]
            for leaf in timeline.leaves(kind, row)
            for hour, metrics in timeline.leaf_hours(leaf).items()
            if start <= hour < end
        )
        # Each person sees the content a few times: reach is a share of the impressions.
        reach = impressions * 100 // _draw(entity_id, start, "frequency", 110, 180)
        out.append(
            {
                "id": entity_id,
                "total_audience_reach": reach,
                "average_frequency": round(impressions / reach, 2) if reach else None,
            }
        )
    ctx.extra_members["data_type"] = "reach"
    return out


@handles("getCampaignReach")
def campaign_reach(ctx: OperationContext) -> list[dict[str, Any]]:
    return _reach(ctx, "CAMPAIGN", "campaign_ids")


@handles("getFundingInstrumentReach")
def funding_instrument_reach(ctx: OperationContext) -> list[dict[str, Any]]:
    return _reach(ctx, "FUNDING_INSTRUMENT", "funding_instrument_ids")


# -- jobs -----------------------------------------------------------------------------------------


@dataclass
class JobTiming:
    """How long a job waits and runs, in seconds of the sandbox's clock. With the environment
    variable ADSAPI_SANDBOX_JOBS_AT_ONCE=1, jobs are done as soon as they are created."""

    queued: float = 1.0
    processing: float = 2.0
    limit: int = 100  # jobs waiting or running at once, per account
    kept: float = 7 * 24 * HOUR  # how long a result file is served

    @property
    def at_once(self) -> bool:
        return os.environ.get("ADSAPI_SANDBOX_JOBS_AT_ONCE", "") not in ("", "0")


TIMING = JobTiming()
QUEUED_AT = "queued_at"


def job_status(row: Row, now: float) -> tuple[str, float]:
    """The job's status and when it took it (epoch seconds)."""
    queued = float(row.attrs.get(QUEUED_AT, 0.0))
    if TIMING.at_once or row.attrs.get("at_once"):
        return "SUCCESS", queued
    if now < queued + TIMING.queued:
        return "QUEUED", queued
    if now < queued + TIMING.queued + TIMING.processing:
        return "PROCESSING", queued + TIMING.queued
    return "SUCCESS", queued + TIMING.queued + TIMING.processing


def _token(row: Row) -> str:
    key = f"{row.owner}|{row.parent}".encode()
    return hmac.new(key, row.id.encode(), hashlib.sha256).hexdigest()[:32]


@hooks("analytics_jobs")
class JobHooks(Hooks):
    def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
        attrs[QUEUED_AT] = ctx.now
        attrs["at_once"] = TIMING.at_once
        attrs.setdefault("segmentation_type", None)
        attrs.setdefault("country", None)
        attrs.setdefault("platform", None)

    def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
        status, since = job_status(row, ctx.now)
        if status == "SUCCESS" and not _computable(ctx, row):
            status = "FAILED"  # it names entities the account does not have
        data["status"] = status
        data["id_str"] = row.id
        data["account_id"] = row.parent
        data["updated_at"] = timestamp(max(since, _epoch(row.attrs.get("created_at")) or since))
        if status == "SUCCESS" and not row.deleted:
            data["url"] = f"{ctx.origin}/_sandbox/files/stats/{row.id}-{_token(row)}.json.gz"
            data["expires_at"] = timestamp(since + TIMING.kept)
        else:
            data["url"] = None
            data["expires_at"] = None


def _computable(ctx: HookContext, row: Row) -> bool:
    try:
        for entity_id in row.attrs.get("entity_ids") or ():
            _entity(ctx, row.attrs.get("entity", ""), entity_id)
    except ApiError:
        return False
    return True


def _running(ctx: HookContext) -> int:
    return sum(
        1
        for row in ctx.rows("analytics_jobs", limit=100_000)
        if job_status(row, ctx.now)[0] in ("QUEUED", "PROCESSING")
    )


def _job_headers(ctx: OperationContext, running: int) -> None:
    ctx.headers["x-concurrent-job-limit"] = str(TIMING.limit)
    ctx.headers["x-concurrent-job-limit-remaining"] = str(max(TIMING.limit - running, 0))


@handles("createAnalyticsJob")
def create_job(ctx: OperationContext) -> dict[str, Any]:
    _zone_rules(ctx)
    running = _running(ctx)
    if running >= TIMING.limit:
        raise ApiError(
            Problem(
                "TOO_MANY_REQUESTS",
                f"the account already has {running} jobs waiting or running, the most it may "
                "have at once; wait for one to finish or delete one",
                None,
                "concurrent-job-limit",
            )
        )
    row = ctx.create_entity()
    _job_headers(ctx, running + (0 if TIMING.at_once else 1))
    return ctx.present(row)


@handles("listAnalyticsJobs")
def list_jobs(ctx: OperationContext) -> Any:
    page = ctx.listing()
    _job_headers(ctx, _running(ctx))
    return page


@handles("deleteAnalyticsJob")
def delete_job(ctx: OperationContext) -> dict[str, Any]:
    row = ctx.delete_entity()
    _job_headers(ctx, _running(ctx))
    data = ctx.present(row)
    return data


@files("stats")
def result_file(engine: Any, name: str) -> tuple[bytes, str] | None:
    """A finished job's result: the synchronous answer to the same request, gzip-compressed."""
    stem = name.removesuffix(".json.gz")
    job_id, _, token = stem.partition("-")
    row = engine.store.get("analytics_jobs", job_id) if job_id.isdigit() else None
    if row is None or row.deleted or not hmac.compare_digest(token, _token(row)):
        return None
    now = engine.clock()
    status, since = job_status(row, now)
    ctx = engine.file_context(row)
    if status != "SUCCESS" or now > since + TIMING.kept or not _computable(ctx, row):
        return None
    a = row.attrs
    query = Query(
        a["entity"],
        list(a["entity_ids"]),
        _hour(a["start_time"]),
        _hour(a["end_time"]),
        a["granularity"],
        a["placement"],
        list(a["metric_groups"]),
        a.get("segmentation_type"),
        a.get("country"),
        a.get("platform"),
    )
    answer = compute_stats(ctx, query)
    params = {
        name: a.get(name)
        for name in (
            "entity",
            "entity_ids",
            "start_time",
            "end_time",
            "granularity",
            "placement",
            "metric_groups",
            "segmentation_type",
            "country",
            "platform",
        )
    }
    document = {**answer, "request": {"params": {"account_id": row.parent, **params}}}
    body = json.dumps(document, separators=(",", ":")).encode()
    return gzip.compress(body, mtime=0), "application/gzip"
