"""Analytics jobs as a state machine, through the generated client and its helpers.

Hypothesis creates jobs, lets the sandbox's clock run, lists, downloads and deletes them, and
holds each answer to a model: a job is `QUEUED` for a second, `PROCESSING` for two more, then
`SUCCESS` with a file equal to the synchronous answer; a deleted job is no longer listed and its
file no longer served; at most `LIMIT` jobs wait or run at once (429 beyond, the headers saying
how many are left).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2
import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from twitter_ads_client import RateLimitError
from twitter_ads_client import _analytics as helpers

from adsapi.demo import client_for
from adsapi.sandbox.app import create_app
from adsapi.sandbox.resources.analytics import TIMING
from tests.budget import budget
from tests.sandbox.conftest import ALICE, SPEC, USERS, FakeClock

LIMIT = 3
QUEUED, PROCESSING = TIMING.queued, TIMING.processing
NOW = datetime(2026, 11, 20, 10, 17, tzinfo=UTC)
DAY = (NOW.replace(hour=8, minute=0) - timedelta(days=2), NOW.replace(hour=8, minute=0))
QUERY: dict[str, Any] = {
    "entity": "CAMPAIGN",
    "start_time": DAY[0],
    "end_time": DAY[1],
    "granularity": "HOUR",
    "placement": "ALL_ON_TWITTER",
    "metric_groups": ["ENGAGEMENT", "BILLING"],
}


def expected_status(age: float) -> str:
    if age < QUEUED:
        return "QUEUED"
    return "PROCESSING" if age < QUEUED + PROCESSING else "SUCCESS"


class JobMachine(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.clock = FakeClock()
        self.clock.now = NOW.timestamp() - 3 * 86400  # the campaign delivers for three days
        app = create_app(
            SPEC,
            users=USERS,
            clock=self.clock,
            seed=3,
            strict=True,
            rate_limit_scale=1000,
            timestamp_window=10**9,
        )
        self.client = client_for(app, ALICE).with_options(max_retries=0)
        (account,) = self.client.accounts.create()
        (instrument,) = self.client.funding_instruments.list(account.id)
        self.account = account.id
        self.campaign = self.client.campaigns.create(
            account.id, funding_instrument_id=instrument.id, name="jobs", entity_status="ACTIVE"
        ).id
        self.clock.now = NOW.timestamp()
        self.jobs: dict[str, float] = {}  # job id -> when it was created (not deleted)

    def teardown(self) -> None:
        if hasattr(self, "client"):
            self.client.close()

    def running(self) -> int:
        return sum(1 for at in self.jobs.values() if self.clock.now - at < QUEUED + PROCESSING)

    @rule()
    def create(self) -> None:
        before = self.running()
        call = self.client.with_raw_response.analytics.jobs.create
        if before >= LIMIT:
            with pytest.raises(RateLimitError):
                call(self.account, entity_ids=[self.campaign], **QUERY)
            return
        raw = call(self.account, entity_ids=[self.campaign], **QUERY)
        job = raw.parse()
        assert job.status == "QUEUED" and job.url is None
        assert raw.headers["x-concurrent-job-limit"] == str(LIMIT)
        assert raw.headers["x-concurrent-job-limit-remaining"] == str(LIMIT - before - 1)
        self.jobs[job.id_str] = self.clock.now

    @rule(seconds=st.sampled_from([0.5, 1.0, 2.0, 3.0]))
    def wait_a_little(self, seconds: float) -> None:
        self.clock.advance(seconds)

    @precondition(lambda self: bool(self.jobs))
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        job_id = data.draw(st.sampled_from(sorted(self.jobs)))
        deleted = self.client.analytics.jobs.delete(self.account, job_id)
        assert deleted.id_str == job_id
        assert deleted.status == expected_status(self.clock.now - self.jobs.pop(job_id))
        assert list(self.client.analytics.jobs.list(self.account, job_ids=[job_id])) == []

    @precondition(
        lambda self: any(
            expected_status(self.clock.now - at) == "SUCCESS" for at in self.jobs.values()
        )
    )
    @rule(data=st.data())
    def download(self, data: st.DataObject) -> None:
        done = sorted(
            j for j, at in self.jobs.items() if self.clock.now - at >= QUEUED + PROCESSING
        )
        job_id = data.draw(st.sampled_from(done))
        (job,) = self.client.analytics.jobs.list(self.account, job_ids=[job_id])
        rows = helpers.download(self.client, job)
        synchronous = self.client.analytics.get_stats(
            self.account, entity_ids=[self.campaign], **QUERY
        )
        assert [r.model_dump(mode="json") for r in rows] == [
            r.model_dump(mode="json") for r in synchronous
        ]
        assert sum(rows[0].id_data[0].metrics.impressions or []) > 0

    @invariant()
    def listed_as_the_model_says(self) -> None:
        if not hasattr(self, "client"):
            return
        page = self.client.analytics.jobs.list(self.account)
        listed = {job.id_str: job for job in page}
        assert set(listed) == set(self.jobs)
        for job_id, at in self.jobs.items():
            status = expected_status(self.clock.now - at)
            assert listed[job_id].status == status
            assert (listed[job_id].url is not None) == (status == "SUCCESS")


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TIMING, "limit", LIMIT)


JobMachine.TestCase.settings = budget("scenario", stateful_step_count=12)
TestJobs = JobMachine.TestCase


def test_a_deleted_jobs_file_is_no_longer_served(small_limit: None) -> None:
    machine = JobMachine()
    machine.start()
    try:
        machine.create()
        machine.wait_a_little(QUEUED + PROCESSING)
        (job,) = machine.client.analytics.jobs.list(machine.account)
        assert job.url is not None
        assert helpers.download(machine.client, job)
        machine.client.analytics.jobs.delete(machine.account, job.id_str)
        with pytest.raises(httpx2.HTTPStatusError) as refused:
            helpers.download(machine.client, job)
        assert refused.value.response.status_code == 404
    finally:
        machine.teardown()
