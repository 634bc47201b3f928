"""Line items deliver, and their campaign is their sum: billing follows each line item's bid and
the budgets of the line item and of its campaign, and never exceeds them; nothing is delivered
before a line item exists, while it or its campaign is paused, or after its deletion.

One account lives two weeks on a fake clock: a campaign with a small daily budget holds a line
item bidding at most a few cents an engagement and another bidding automatically, which is
paused for two days and then deleted; the campaign itself is paused for a day. A second
campaign with a large budget has no line item and delivers on its own.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from twitter_ads_client import to_micros

from adsapi.demo import client_for
from adsapi.sandbox.app import create_app
from tests.budget import budget
from tests.sandbox.conftest import ALICE, SPEC, USERS, FakeClock

DAY = 86400
DAYS = 14
END = datetime(2026, 11, 20, 10, 17, tzinfo=UTC).timestamp()
BID = to_micros("0.04", "USD")  # below most of the sandbox's costs per engagement
DAILY = to_micros("40.00", "USD")


@dataclass
class World:
    client: Any
    clock: FakeClock
    zone: ZoneInfo
    account: str
    campaign: str
    bidding: str  # MAX bid of BID, ACTIVE throughout
    auto: str  # AUTO bid; paused on days 4 and 5, deleted on day 9
    alone: str  # a campaign without line items
    created: float
    events: dict[str, float]

    def hour(self, day: float) -> float:
        return math.ceil((self.created + day * DAY) / 3600) * 3600


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    clock = FakeClock()
    clock.now = END - DAYS * DAY + 1234
    app = create_app(
        SPEC,
        users=USERS,
        clock=clock,
        seed=8,
        strict=True,
        rate_limit_scale=1000,
        timestamp_window=10**9,
    )
    client = client_for(app, ALICE)
    (account,) = client.accounts.create()
    (instrument,) = client.funding_instruments.list(account.id)
    campaign = client.campaigns.create(
        account.id,
        funding_instrument_id=instrument.id,
        name="with line items",
        entity_status="ACTIVE",
        daily_budget_amount_local_micro=DAILY,
    ).id
    alone = client.campaigns.create(
        account.id,
        funding_instrument_id=instrument.id,
        name="alone",
        entity_status="ACTIVE",
        daily_budget_amount_local_micro=to_micros("900.00", "USD"),
    ).id
    (placements,) = client.line_items.placements(product_type="PROMOTED_TWEETS")
    line_item: dict[str, Any] = {
        "campaign_id": campaign,
        "objective": "ENGAGEMENTS",
        "product_type": "PROMOTED_TWEETS",
        "placements": list(placements.placements[0]),
        "entity_status": "ACTIVE",
        "start_time": datetime.fromtimestamp(clock.now // 3600 * 3600, UTC),
    }
    created = clock.now
    bidding = client.line_items.create(
        account.id, bid_strategy="MAX", bid_amount_local_micro=BID, **line_item
    ).id
    auto = client.line_items.create(account.id, **line_item).id
    events: dict[str, float] = {}

    def at(day: float, name: str) -> None:
        clock.now = created + day * DAY
        events[name] = clock.now

    at(4, "auto paused")
    client.line_items.update(account.id, auto, entity_status="PAUSED")
    at(6, "auto active")
    client.line_items.update(account.id, auto, entity_status="ACTIVE")
    at(7, "campaign paused")
    client.campaigns.update(account.id, campaign, entity_status="PAUSED")
    at(8, "campaign active")
    client.campaigns.update(account.id, campaign, entity_status="ACTIVE")
    at(9, "auto deleted")
    client.line_items.delete(account.id, auto)
    clock.now = END
    yield World(
        client,
        clock,
        ZoneInfo(account.timezone),
        account.id,
        campaign,
        bidding,
        auto,
        alone,
        created,
        events,
    )
    client.close()


def hourly(w: World, kind: str, ids: list[str], start: float, days: int = 7) -> list[Any]:
    """The metrics of each entity, hour by hour, over `days` days from the hour `start`."""
    first = datetime.fromtimestamp(start, UTC)
    rows = w.client.analytics.get_stats(
        w.account,
        entity=kind,
        entity_ids=ids,
        start_time=first,
        end_time=first + timedelta(days=days),
        granularity="HOUR",
        placement="ALL_ON_TWITTER",
        metric_groups=["ENGAGEMENT", "BILLING"],
    )
    assert [row.id for row in rows] == ids
    return [row.id_data[0].metrics for row in rows]


SETTINGS = budget("shared", suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(day=st.integers(-2, DAYS - 7))
def test_a_campaign_is_the_sum_of_its_line_items_within_their_bids(world: World, day: int) -> None:
    w = world
    start = w.hour(day)
    campaign, bidding, auto = hourly(w, "CAMPAIGN", [w.campaign], start) + hourly(
        w, "LINE_ITEM", [w.bidding, w.auto], start
    )
    for name in ("impressions", "engagements", "billed_engagements", "billed_charge_local_micro"):
        both = [a + b for a, b in zip(getattr(bidding, name), getattr(auto, name), strict=True)]
        assert getattr(campaign, name) == both, name
    for engagements, charge in zip(
        bidding.billed_engagements, bidding.billed_charge_local_micro, strict=True
    ):
        assert charge <= engagements * BID


def test_the_campaigns_daily_budget_holds_for_its_line_items_together(world: World) -> None:
    w = world
    today = datetime.fromtimestamp(w.clock.now, w.zone).date()
    midnight = datetime(today.year, today.month, today.day, tzinfo=w.zone)
    for weeks in (1, 2):
        rows = w.client.analytics.get_stats(
            w.account,
            entity="LINE_ITEM",
            entity_ids=[w.bidding, w.auto],
            start_time=midnight - timedelta(days=7 * weeks),
            end_time=midnight - timedelta(days=7 * (weeks - 1)),
            granularity="DAY",
            placement="ALL_ON_TWITTER",
            metric_groups=["BILLING"],
        )
        charges = [row.id_data[0].metrics.billed_charge_local_micro for row in rows]
        days = [a + b for a, b in zip(*charges, strict=True)]
        assert max(days) <= DAILY
    # The small budget is the limit on a day both deliver (shared down to the micro, each
    # line item's part rounded down).
    assert DAILY - 2 < max(days) <= DAILY


def test_nothing_before_a_line_item_exists_while_it_or_its_campaign_is_paused_or_deleted(
    world: World,
) -> None:
    w = world
    before = hourly(w, "LINE_ITEM", [w.bidding, w.auto], w.hour(-2), days=2)
    assert all(set(m.impressions) == {0} for m in before)
    (auto,) = hourly(w, "LINE_ITEM", [w.auto], w.hour(0))
    paused = range(int(w.hour(4) - w.hour(0)) // 3600, int(w.hour(6) - w.hour(0)) // 3600)
    assert all(auto.impressions[i] == 0 for i in paused)
    assert any(auto.impressions[: paused.start]) and any(auto.impressions[paused.stop :])
    bidding, auto = hourly(w, "LINE_ITEM", [w.bidding, w.auto], w.hour(7), days=1)
    assert set(bidding.impressions) == set(auto.impressions) == {0}  # the campaign was paused
    (gone,) = hourly(w, "LINE_ITEM", [w.auto], w.hour(9), days=5)
    assert set(gone.impressions) == {0}
    (campaign,) = hourly(w, "CAMPAIGN", [w.campaign], w.hour(9), days=5)
    (bidding,) = hourly(w, "LINE_ITEM", [w.bidding], w.hour(9), days=5)
    assert campaign.impressions == bidding.impressions  # it goes on alone
    assert any(campaign.impressions)


def test_a_campaign_without_line_items_delivers_on_its_own(world: World) -> None:
    (alone,) = hourly(world, "CAMPAIGN", [world.alone], world.hour(1))
    assert all(alone.impressions)
