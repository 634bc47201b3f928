"""Analytics in the sandbox, through the generated client and its helpers.

One account lives five weeks on a fake clock (a campaign capped by a small daily budget and
paused for a while, one activated late, one deleted), in a zone with daylight saving time
(a day of 25 hours when a window holds the change of the clocks). Against it: every
granularity of a window gives the same sums, a window cut in two gives the same series as the
whole, funding instruments and the account add up their campaigns, nothing is delivered before
a campaign exists, while it is paused or after it is deleted, and charges stay within the
daily budget. The client's helpers (many windows merged, a job waited for and downloaded) give
what one call gives.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import strategies as st
from twitter_ads_client import _analytics as helpers
from twitter_ads_client import to_micros

from adsapi.demo import client_for
from adsapi.sandbox.app import create_app
from tests.budget import budget
from tests.sandbox.conftest import ALICE, SPEC, USERS, FakeClock

DAY = 86400
HISTORY_DAYS = 35
# A fixed today: its five weeks hold the end of summer time in the account's zone (1 November).
END = datetime(2026, 11, 20, 10, 17, tzinfo=UTC).timestamp()
ENGAGEMENT_AND_BILLING = ["ENGAGEMENT", "BILLING"]
SUMMED = ("impressions", "engagements", "likes", "billed_charge_local_micro")


@dataclass
class History:
    client: Any
    clock: FakeClock
    zone: ZoneInfo
    account: str
    instrument: str
    capped: str  # ACTIVE from the start with a small daily budget; paused for days 8 to 12
    late: str  # PAUSED at first, ACTIVE from day 3
    deleted: str  # ACTIVE until deleted on day 10
    created: float  # when the campaigns were created (epoch seconds)
    events: dict[str, float]

    def midnight(self, days_ago: int) -> datetime:
        """Local midnight `days_ago` days before today's (in the account's zone)."""
        today = datetime.fromtimestamp(self.clock.now, self.zone).date()
        day = today - timedelta(days=days_ago)
        return datetime(day.year, day.month, day.day, tzinfo=self.zone)


@pytest.fixture(scope="module")
def history() -> Iterator[History]:
    clock = FakeClock()
    end = clock.now = END
    clock.now = end - HISTORY_DAYS * DAY + 1234  # not on a whole hour
    app = create_app(
        SPEC,
        users=USERS,
        clock=clock,
        seed=5,
        strict=True,
        rate_limit_scale=1000,
        timestamp_window=10**9,  # the fake clock is weeks behind the signatures' real time
    )
    client = client_for(app, ALICE)
    (account,) = client.accounts.create()
    (instrument,) = client.funding_instruments.list(account.id)
    budget_of = {"capped": "5.00", "late": "500.00", "deleted": "500.00"}
    made = {
        name: client.campaigns.create(
            account.id,
            funding_instrument_id=instrument.id,
            name=name,
            entity_status="PAUSED" if name == "late" else "ACTIVE",
            daily_budget_amount_local_micro=to_micros(amount, "USD"),
        ).id
        for name, amount in budget_of.items()
    }
    created, events = clock.now, {}

    def at(day: float, name: str) -> None:
        clock.now = created + day * DAY
        events[name] = clock.now

    at(3, "late active")
    client.campaigns.update(account.id, made["late"], entity_status="ACTIVE")
    at(8, "capped paused")
    client.campaigns.update(account.id, made["capped"], entity_status="PAUSED")
    at(10, "deleted")
    client.campaigns.delete(account.id, made["deleted"])
    at(12, "capped active")
    client.campaigns.update(account.id, made["capped"], entity_status="ACTIVE")
    clock.now = end
    yield History(
        client,
        clock,
        ZoneInfo(account.timezone),
        account.id,
        instrument.id,
        made["capped"],
        made["late"],
        made["deleted"],
        created,
        events,
    )
    client.close()


def stats(h: History, kind: str, ids: list[str], start: datetime, end: datetime, by: str) -> Any:
    groups = ["ENGAGEMENT"] if kind == "ACCOUNT" else ENGAGEMENT_AND_BILLING
    rows = h.client.analytics.get_stats(
        h.account,
        entity=kind,
        entity_ids=ids,
        start_time=start,
        end_time=end,
        granularity=by,
        placement="ALL_ON_TWITTER",
        metric_groups=groups,
    )
    assert [row.id for row in rows] == ids
    return rows


def series(row: Any, name: str) -> list[int]:
    value = getattr(row.id_data[0].metrics, name)
    assert value is not None, name
    return list(value)


def entities(h: History) -> st.SearchStrategy[tuple[str, list[str]]]:
    return st.sampled_from(
        [
            ("CAMPAIGN", [h.capped, h.late, h.deleted]),
            ("CAMPAIGN", [h.late]),
            ("FUNDING_INSTRUMENT", [h.instrument]),
            ("ACCOUNT", [h.account]),
        ]
    )


SETTINGS = budget("shared", suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.data())
def test_every_granularity_gives_the_same_sums(history: History, data: st.DataObject) -> None:
    h = history
    kind, ids = data.draw(entities(h), label="entities")
    first = data.draw(st.integers(1, HISTORY_DAYS), label="days ago")
    days = data.draw(st.integers(1, min(7, first)), label="days")
    start, end = h.midnight(first), h.midnight(first - days)
    hours = int(end.timestamp() - start.timestamp()) // 3600
    assume(hours <= 7 * 24)  # 7 local days are 169 hours across the end of summer time
    by = {g: stats(h, kind, ids, start, end, g) for g in ("HOUR", "DAY", "TOTAL")}
    for index in range(len(ids)):
        for name in SUMMED[:3] if kind == "ACCOUNT" else SUMMED:
            hourly = series(by["HOUR"][index], name)
            daily = series(by["DAY"][index], name)
            total = series(by["TOTAL"][index], name)
            assert (len(hourly), len(daily), len(total)) == (hours, days, 1)
            assert sum(hourly) == sum(daily) == total[0]
            # Each day is the sum of its own hours (23 or 25 of them when the clocks change).
            cursor = 0
            for day, value in enumerate(daily):
                length = int(
                    h.midnight(first - day - 1).timestamp() - h.midnight(first - day).timestamp()
                )
                assert value == sum(hourly[cursor : cursor + length // 3600])
                cursor += length // 3600


@SETTINGS
@given(data=st.data())
def test_a_window_cut_in_two_gives_the_series_of_the_whole(
    history: History, data: st.DataObject
) -> None:
    h = history
    kind, ids = data.draw(entities(h), label="entities")
    by = data.draw(st.sampled_from(["HOUR", "DAY", "TOTAL"]), label="granularity")
    first = data.draw(st.integers(2, HISTORY_DAYS), label="days ago")
    days = data.draw(st.integers(2, min(7, first)), label="days")
    start, end = h.midnight(first), h.midnight(first - days)
    span = int(end.timestamp() - start.timestamp()) // 3600
    assume(span <= 7 * 24)
    if by == "HOUR":
        # In UTC: an aware datetime adds wall-clock hours, which a change of the clocks in the
        # window turns into the end itself (span 97, cut 96 gave an empty second window).
        hours = timedelta(hours=data.draw(st.integers(1, span - 1), label="cut"))
        cut = (start.astimezone(UTC) + hours).astimezone(start.tzinfo)
    else:
        cut = h.midnight(first - data.draw(st.integers(1, days - 1), label="cut"))
    whole = stats(h, kind, ids, start, end, by)
    parts = [stats(h, kind, ids, start, cut, by), stats(h, kind, ids, cut, end, by)]
    merged = helpers.merge(parts, by)
    assert merged == [row.model_dump(mode="json") for row in whole]


def test_instruments_and_the_account_add_up_their_campaigns(history: History) -> None:
    h = history
    start, end = h.midnight(7), h.midnight(0)
    campaigns = stats(h, "CAMPAIGN", [h.capped, h.late, h.deleted], start, end, "DAY")
    (instrument,) = stats(h, "FUNDING_INSTRUMENT", [h.instrument], start, end, "DAY")
    (account,) = stats(h, "ACCOUNT", [h.account], start, end, "DAY")
    for name in ("impressions", "engagements", "likes"):
        added = [sum(day) for day in zip(*(series(row, name) for row in campaigns), strict=True)]
        assert series(instrument, name) == series(account, name) == added
        assert sum(added) > 0
    # What does not apply to the account or an instrument is null, not zero.
    assert instrument.id_data[0].metrics.url_clicks is None
    assert account.id_data[0].metrics.url_clicks is None
    assert series(instrument, "billed_charge_local_micro") == [
        sum(day)
        for day in zip(
            *(series(row, "billed_charge_local_micro") for row in campaigns), strict=True
        )
    ]


def _hours(h: History, campaign: str, since: float, until: float) -> list[int]:
    """The campaign's hourly impressions over [since, until), cut into allowed windows."""
    start = datetime.fromtimestamp(since // 3600 * 3600, UTC)
    end = datetime.fromtimestamp(until // 3600 * 3600, UTC)
    out: list[int] = []
    for first, last in helpers.windows(start, end, helpers.SYNC_DAYS):
        (row,) = stats(h, "CAMPAIGN", [campaign], first, last, "HOUR")
        out += series(row, "impressions")
    return out


def test_nothing_is_delivered_before_a_campaign_exists_while_paused_or_after_deletion(
    history: History,
) -> None:
    h = history
    begin = h.created - 2 * DAY
    before = _hours(h, h.capped, begin, h.created)
    assert set(before) == {0}
    born = math.ceil(h.created / 3600) * 3600  # the first whole hour of its life
    assert all(_hours(h, h.deleted, born, born + DAY))  # a large budget: every hour delivers
    late = _hours(h, h.late, born, h.events["late active"] + DAY)
    switched = (math.ceil(h.events["late active"] / 3600) * 3600 - born) // 3600
    assert set(late[:switched]) == {0} and all(late[switched:])
    paused = _hours(h, h.capped, h.events["capped paused"] + 3600, h.events["capped active"])
    assert set(paused) == {0}
    gone = _hours(h, h.deleted, h.events["deleted"] + 3600, h.clock.now)
    assert set(gone) == {0}


def test_charges_stay_within_the_daily_budget(history: History) -> None:
    h = history
    limit = to_micros("5.00", "USD")
    rows = stats(h, "CAMPAIGN", [h.capped, h.late], h.midnight(7), h.midnight(0), "DAY")
    capped, free = (series(row, "billed_charge_local_micro") for row in rows)
    assert max(capped) <= limit
    assert max(capped) == limit  # a small budget is spent every day the campaign runs
    assert min(free) > limit  # a large one is not the limit


def test_the_helpers_merge_many_windows_into_what_a_job_gives(history: History) -> None:
    h = history
    start, end = h.midnight(30), h.midnight(0)  # across the change of the clocks
    query: dict[str, Any] = {
        "entity": "CAMPAIGN",
        "entity_ids": [h.capped, h.late, h.deleted],
        "start_time": start,
        "end_time": end,
        "granularity": "DAY",
        "metric_groups": ENGAGEMENT_AND_BILLING,
    }
    merged = helpers.stats(h.client, h.account, **query)
    job = h.client.analytics.jobs.create(h.account, placement="ALL_ON_TWITTER", **query)
    assert job.status == "QUEUED"

    def later(seconds: float) -> None:
        h.clock.advance(seconds)

    done = helpers.wait(h.client, h.account, job, sleep=later, clock=h.clock)
    assert done.status == "SUCCESS" and done.url is not None
    downloaded = helpers.download(h.client, done)
    assert [row.model_dump(mode="json") for row in downloaded] == merged
    assert len(series(downloaded[0], "impressions")) == 30
    h.client.analytics.jobs.delete(h.account, done.id_str)
