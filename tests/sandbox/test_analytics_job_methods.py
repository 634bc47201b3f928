"""An analytics job as the client returns it waits for itself and downloads its own result
(`job.wait()`, `job.download()`; awaited with the async client), bounded and cancellable; the
async helpers give what the synchronous ones give, and so do the helpers that go through jobs.

The sandbox runs on a fake clock that moves one second with every answer, so a job is done
after a few polls while the tests take no real time to speak of.
"""

from __future__ import annotations

import asyncio
import csv
import io
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx2
import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from twitter_ads_client import AsyncAdsClient, BadRequestError
from twitter_ads_client import _analytics as helpers

from adsapi.demo import client_for
from adsapi.sandbox.app import create_app
from adsapi.sandbox.targeting import catalog
from tests.budget import budget
from tests.sandbox.conftest import ALICE, SPEC, USERS, FakeClock

NOW = datetime(2026, 11, 20, 10, 17, tzinfo=UTC)
# Local midnight of the sandbox account's zone.
MIDNIGHT = NOW.astimezone(ZoneInfo("America/Los_Angeles")).replace(hour=0, minute=0)
QUERY: dict[str, Any] = {
    "entity": "CAMPAIGN",
    "start_time": MIDNIGHT - timedelta(days=9),
    "end_time": MIDNIGHT,
    "granularity": "DAY",
    "metric_groups": ["ENGAGEMENT", "BILLING"],
}


@dataclass
class Sandbox:
    app: Any
    clock: FakeClock
    client: Any
    account: str
    campaigns: list[str]
    instruments: list[str]
    ticking: list[bool]  # whether each answer moves the clock

    def tick(self, _response: Any = None) -> None:
        if self.ticking[0]:
            self.clock.advance(1.0)

    def async_client(self) -> AsyncAdsClient:
        async def tick(response: Any) -> None:
            self.tick(response)

        http = httpx2.AsyncClient(
            transport=httpx2.ASGITransport(app=self.app),
            base_url="http://127.0.0.1",
            event_hooks={"response": [tick]},
        )
        return AsyncAdsClient(
            ALICE.consumer_key,
            ALICE.consumer_secret,
            ALICE.access_token,
            ALICE.access_token_secret,
            base_url="http://127.0.0.1",
            http_client=http,
            strict_response_validation=True,
        )


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    clock = FakeClock()
    clock.now = NOW.timestamp() - 12 * 86400  # the campaigns deliver for twelve days
    app = create_app(SPEC, users=USERS, clock=clock, seed=5, strict=True, timestamp_window=10**9)
    ticking = [False]
    box = Sandbox(app, clock, None, "", [], [], ticking)
    client = client_for(app, ALICE, on_response=box.tick).with_options(max_retries=0)
    (account,) = client.accounts.create()
    (instrument,) = client.funding_instruments.list(account.id)
    campaigns = [
        client.campaigns.create(
            account.id, funding_instrument_id=instrument.id, name=f"c{i}", entity_status="ACTIVE"
        ).id
        for i in range(3)
    ]
    clock.now = NOW.timestamp()
    box.client, box.account, box.campaigns = client, account.id, campaigns
    box.instruments = [instrument.id]
    ticking[0] = True
    try:
        yield box
    finally:
        client.close()


def _plain(rows: list[Any]) -> list[Any]:
    return [row.model_dump(mode="json") for row in rows]


def test_a_job_waits_for_itself_and_downloads_what_the_synchronous_call_gives(
    sandbox: Sandbox,
) -> None:
    s = sandbox
    query = {**QUERY, "entity_ids": s.campaigns[:2], "start_time": MIDNIGHT - timedelta(days=7)}
    expected = s.client.analytics.get_stats(s.account, placement="ALL_ON_TWITTER", **query)
    job = s.client.analytics.jobs.create(s.account, placement="ALL_ON_TWITTER", **query)
    assert job.status == "QUEUED"
    with pytest.raises(ValueError, match="no result yet"):
        job.download()
    assert job.wait(interval=0.001, backoff=1.0) is job  # updated in place
    assert job.status == "SUCCESS" and job.url is not None
    rows = job.download()
    assert type(rows[0]) is type(expected[0])  # the synchronous answer's model
    assert _plain(rows) == _plain(expected)
    # A job read from the list is bound too.
    (listed,) = s.client.analytics.jobs.list(s.account, job_ids=[job.id_str])
    assert _plain(listed.wait().download()) == _plain(expected)


def test_waiting_is_bounded_and_cancellable(sandbox: Sandbox) -> None:
    s = sandbox
    s.ticking[0] = False  # the job never gets done
    job = s.client.analytics.jobs.create(
        s.account, placement="ALL_ON_TWITTER", entity_ids=s.campaigns[:1], **QUERY
    )
    started = time.monotonic()
    with pytest.raises(helpers.JobTimeoutError, match="still QUEUED"):
        job.wait(timeout=0.2, interval=0.01, max_interval=0.05)
    assert 0.2 <= time.monotonic() - started < 5
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(helpers.JobTimeoutError):
        job.wait(timeout=60, interval=30, cancel=cancel)  # the pause ends when cancelled
    assert time.monotonic() - started < 5
    s.client.analytics.jobs.delete(s.account, job.id_str)
    with pytest.raises(helpers.JobFailedError, match="gone"):
        job.wait(timeout=1, interval=0.001)


def test_a_job_made_by_hand_is_bound_to_no_client(sandbox: Sandbox) -> None:
    job = sandbox.client.analytics.jobs.create(
        sandbox.account, placement="ALL_ON_TWITTER", entity_ids=sandbox.campaigns[:1], **QUERY
    )
    copy = type(job).model_validate(job.model_dump(mode="json"))
    with pytest.raises(RuntimeError, match="not read through a client"):
        copy.wait()


def test_the_helpers_through_jobs_give_what_the_synchronous_helpers_give(
    sandbox: Sandbox,
) -> None:
    s = sandbox
    query = {**QUERY, "entity_ids": s.campaigns}
    assert helpers.job_stats(s.client, s.account, **query) == helpers.stats(
        s.client, s.account, **query
    )


def test_the_async_client_awaits_its_jobs_and_helpers(sandbox: Sandbox) -> None:
    s = sandbox
    query = {**QUERY, "entity_ids": s.campaigns}
    expected = helpers.stats(s.client, s.account, **query)

    async def go() -> None:
        client = s.async_client()
        try:
            job = await client.analytics.jobs.create(s.account, placement="ALL_ON_TWITTER", **query)
            assert await job.wait(interval=0.001) is job
            assert [row.model_dump(mode="json") for row in await job.download()] == expected
            assert await helpers.async_stats(client, s.account, **query) == expected
            assert await helpers.async_job_stats(client, s.account, **query) == expected
            assert await helpers.async_active_ids(
                client, s.account, "CAMPAIGN", query["start_time"], query["end_time"]
            ) == helpers.active_ids(
                s.client, s.account, "CAMPAIGN", query["start_time"], query["end_time"]
            )
            # Cancelled by an event, by cancelling the task, or out of time.
            s.ticking[0] = False
            waiting = await client.analytics.jobs.create(
                s.account, placement="ALL_ON_TWITTER", **{**query, "entity_ids": s.campaigns[:1]}
            )
            cancel = asyncio.Event()
            asyncio.get_running_loop().call_later(0.05, cancel.set)
            with pytest.raises(helpers.JobTimeoutError):
                await waiting.wait(interval=30, timeout=60, cancel=cancel)
            task = asyncio.ensure_future(waiting.wait(interval=30, timeout=60))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            with pytest.raises(helpers.JobTimeoutError, match="still QUEUED"):
                await waiting.wait(interval=0.01, timeout=0.1)
        finally:
            await client.close()

    asyncio.run(asyncio.wait_for(go(), 60))


SEGMENTATIONS = SPEC.document["components"]["schemas"]["SegmentationType"]["enum"]
US = next(
    o["targeting_value"]
    for o in catalog.locations()
    if o["country_code"] == "US" and o["location_type"] == "COUNTRIES"
)
NEEDS = {  # what a segmentation needs besides itself
    "CITIES": {"country": US},
    "METROS": {"country": US},
    "REGIONS": {"country": US},
    "POSTAL_CODES": {"country": US},
    "DEVICES": {"platform": "1"},
    "PLATFORM_VERSIONS": {"platform": "0"},
    "CONVERSION_TAGS": {"metric_groups": ["WEB_CONVERSION"]},
}


def _added(series: list[Any]) -> Any:
    """Series (or conversion metrics, objects of series) added up item by item."""
    if series[0] is None:
        assert all(s is None for s in series)
        return None
    if isinstance(series[0], dict):
        return {part: _added([s[part] for s in series]) for part in series[0]}
    return [sum(values) for values in zip(*series, strict=True)]


@budget("scenario", suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    segmentation=st.sampled_from(SEGMENTATIONS),
    granularity=st.sampled_from(["HOUR", "DAY", "TOTAL"]),
    entity=st.sampled_from(["CAMPAIGN", "FUNDING_INSTRUMENT"]),
)
def test_segments_are_named_fixed_and_add_up_to_the_whole(
    sandbox: Sandbox, segmentation: str, granularity: str, entity: str
) -> None:
    s = sandbox
    ids = s.campaigns[:2] if entity == "CAMPAIGN" else s.instruments
    if segmentation == "CONVERSION_TAGS":
        entity, ids = "CAMPAIGN", s.campaigns[:2]
    query: dict[str, Any] = {
        **QUERY,
        "entity": entity,
        "entity_ids": ids,
        "granularity": granularity,
        "start_time": MIDNIGHT - timedelta(days=3),
        "metric_groups": ["ENGAGEMENT", "BILLING"],
        "placement": "ALL_ON_TWITTER",
    }
    needs = dict(NEEDS.get(segmentation, {}))
    query["metric_groups"] = needs.pop("metric_groups", query["metric_groups"])

    def downloaded(**more: Any) -> list[dict[str, Any]]:
        job = s.client.analytics.jobs.create(s.account, **query, **more)
        rows = _plain(job.wait(interval=0.001).download())
        s.client.analytics.jobs.delete(s.account, job.id_str)
        return rows

    whole = downloaded()
    parts = downloaded(segmentation_type=segmentation, **needs)
    assert parts == downloaded(segmentation_type=segmentation, **needs)  # the same every time
    assert [row["id"] for row in parts] == [row["id"] for row in whole]
    for row, total in zip(parts, whole, strict=True):
        segments = [item["segment"] for item in row["id_data"]]
        assert all(segment["segment_name"] and segment["segment_value"] for segment in segments)
        assert len({segment["segment_value"] for segment in segments}) == len(segments)
        (unsegmented,) = total["id_data"]
        assert unsegmented["segment"] is None
        for name, series in unsegmented["metrics"].items():
            assert _added([item["metrics"][name] for item in row["id_data"]]) == series, name
    if segmentation in ("AGE", "GENDER", "PLATFORMS", "REGIONS", "DEVICES"):
        assert len(parts[0]["id_data"]) > 1


def test_a_bare_date_is_midnight_in_the_accounts_zone() -> None:
    """As the SDKs send days: a lenient sandbox reads `2026-11-17` as that day's midnight in the
    account's zone, which the DAY and TOTAL rules want; the same instant in UTC is refused."""
    clock = FakeClock()
    clock.now = NOW.timestamp() - 6 * 86400
    app = create_app(SPEC, users=USERS, clock=clock, seed=6, timestamp_window=10**9)
    with client_for(app, ALICE).with_options(max_retries=0) as client:
        (account,) = client.accounts.create()
        (instrument,) = client.funding_instruments.list(account.id)
        campaign = client.campaigns.create(
            account.id, funding_instrument_id=instrument.id, name="d", entity_status="ACTIVE"
        ).id
        clock.now = NOW.timestamp()
        first, last = MIDNIGHT - timedelta(days=3), MIDNIGHT
        query = {
            "entity": "CAMPAIGN",
            "entity_ids": campaign,
            "granularity": "DAY",
            "placement": "ALL_ON_TWITTER",
            "metric_groups": "ENGAGEMENT",
        }
        path = f"/stats/accounts/{account.id}"
        dated = client.request(
            "GET",
            path,
            params={**query, "start_time": f"{first:%Y-%m-%d}", "end_time": f"{last:%Y-%m-%d}"},
        )
        timed = client.analytics.get_stats(
            account.id,
            entity="CAMPAIGN",
            entity_ids=[campaign],
            start_time=first,
            end_time=last,
            granularity="DAY",
            placement="ALL_ON_TWITTER",
            metric_groups=["ENGAGEMENT"],
        )
        assert dated["time_series_length"] == 3
        assert dated["data"] == [row.model_dump(mode="json") for row in timed]
        assert sum(dated["data"][0]["id_data"][0]["metrics"]["impressions"]) > 0
        utc_midnight = f"{first:%Y-%m-%d}T00:00:00Z"
        with pytest.raises(BadRequestError, match="must be midnight in America/Los_Angeles"):
            client.request(
                "GET",
                path,
                params={**query, "start_time": utc_midnight, "end_time": f"{last:%Y-%m-%d}"},
            )


def test_a_segmented_result_exports_to_csv_as_it_is(sandbox: Sandbox) -> None:
    s = sandbox
    job = s.client.analytics.jobs.create(
        s.account,
        **{**QUERY, "entity_ids": s.campaigns[:2], "granularity": "DAY"},
        placement="ALL_ON_TWITTER",
        segmentation_type="GENDER",
    )
    rows = job.wait(interval=0.001).download()
    records = list(helpers.records(rows))
    assert len(records) == 2 * 2 * 9  # entities, segments (two genders), days
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(records[0]))
    writer.writeheader()
    writer.writerows(records)
    lines = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {line["segment"] for line in lines} == {"Male", "Female"}
    assert sum(int(line["impressions"]) for line in lines) == sum(
        sum(item.metrics.impressions) for row in rows for item in row.id_data
    )


def test_segmentation_is_for_jobs_only(sandbox: Sandbox) -> None:
    """The synchronous call has no segmentation to send: the client has no such argument and
    the strict sandbox names the parameter as one the request does not take."""
    s = sandbox
    query = {
        **QUERY,
        "entity_ids": s.campaigns[:1],
        "placement": "ALL_ON_TWITTER",
        "start_time": MIDNIGHT - timedelta(days=7),
    }
    with pytest.raises(TypeError, match="segmentation_type"):
        s.client.analytics.get_stats(s.account, segmentation_type="AGE", **query)
    with pytest.raises(BadRequestError, match="segmentation_type is not a parameter"):
        s.client.analytics.get_stats(s.account, **query, extra_query={"segmentation_type": "AGE"})
