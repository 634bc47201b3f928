"""The analytics helpers of the hand-written runtime on their own (their use against the sandbox
is in tests/sandbox/test_analytics.py): windows, chunks, merge, records and wait."""

from __future__ import annotations

import csv
import io
import threading
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twitter_ads_client import _analytics as helpers

from tests.budget import budget

ZONES = st.sampled_from(["UTC", "America/Los_Angeles", "Europe/Paris", "Australia/Sydney"])


@budget("shared")
@given(
    zone=ZONES,
    day=st.dates(datetime(2020, 1, 1).date(), datetime(2030, 1, 1).date()),
    length=st.integers(1, 400),
    days=st.sampled_from([helpers.SYNC_DAYS, helpers.SEGMENTED_JOB_DAYS, helpers.JOB_DAYS]),
)
def test_windows_cover_the_range_at_local_midnights_within_the_limit(
    zone: str, day: Any, length: int, days: int
) -> None:
    tz = ZoneInfo(zone)
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    end = start + timedelta(days=length)
    cut = helpers.windows(start, end, days)
    assert cut[0][0] == start and cut[-1][1] == end
    for (first, last), following in zip(cut, [*cut[1:], None], strict=True):
        assert 0 < last.timestamp() - first.timestamp() <= days * 86400
        assert (first.hour, first.minute) == (0, 0)  # each starts at a local midnight
        if following is not None:
            assert following[0] == last
    assert len(cut) <= -(-length // (days - 1))  # never much more than needed


@budget("shared")
@given(ids=st.lists(st.sampled_from([f"c{i}" for i in range(60)]), max_size=120))
def test_chunks_hold_every_id_once_in_order(ids: list[str]) -> None:
    groups = helpers.chunks(ids)
    assert all(0 < len(group) <= helpers.IDS_PER_CALL for group in groups)
    assert [i for group in groups for i in group] == list(dict.fromkeys(ids))


def _row(entity: str, impressions: list[int], conversions: dict[str, list[int]] | None) -> Any:
    metrics = {"impressions": impressions, "url_clicks": None, "conversion_purchases": conversions}
    return {"id": entity, "id_data": [{"segment": None, "metrics": metrics}]}


def test_merge_joins_series_in_order_and_adds_totals() -> None:
    first = [_row("a", [1, 2], {"post_view": [1, 0]}), _row("b", [5, 5], None)]
    second = [_row("b", [6], None), _row("a", [3], {"post_view": [4]})]
    merged = helpers.merge([first, second], "DAY")
    assert [row["id"] for row in merged] == ["a", "b"]
    a = merged[0]["id_data"][0]["metrics"]
    assert a == {
        "impressions": [1, 2, 3],
        "url_clicks": None,
        "conversion_purchases": {"post_view": [1, 0, 4]},
    }
    totals = helpers.merge([[_row("a", [3], None)], [_row("a", [4], None)]], "TOTAL")
    assert totals[0]["id_data"][0]["metrics"]["impressions"] == [7]


def test_records_are_flat_rows_a_csv_writer_takes() -> None:
    rows = [_row("a", [1, 2], {"post_view": [3, 4]}), _row("b", [5, 6], None)]
    starts = [datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)]
    records = list(helpers.records(rows, starts))
    assert records[1] == {
        "id": "a",
        "segment": None,
        "bucket": starts[1],
        "impressions": 2,
        "url_clicks": None,
        "conversion_purchases.post_view": 4,
    }
    assert [r["id"] for r in records] == ["a", "a", "b", "b"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(records[0]), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(records)
    assert out.getvalue().splitlines()[1].startswith("a,,2026-01-01 00:00:00+00:00,1,,3")


class FakeJobs:
    """A job that reads `statuses` one after another, one per poll."""

    def __init__(self, statuses: list[str]) -> None:
        self.statuses = statuses
        self.polls = 0

    def list(self, account_id: str, job_ids: list[str]) -> list[Any]:
        self.polls += 1
        status = self.statuses[min(self.polls, len(self.statuses) - 1)]
        return [SimpleNamespace(id="1", id_str="1", status=status, url=None)]


def _client(statuses: list[str]) -> Any:
    return SimpleNamespace(analytics=SimpleNamespace(jobs=FakeJobs(statuses)))


def _job(status: str) -> Any:
    return SimpleNamespace(id="1", id_str="1", status=status, url=None)


def test_wait_polls_with_backoff_until_done() -> None:
    client, pauses, now = _client(["QUEUED", "PROCESSING", "PROCESSING", "SUCCESS"]), [], [0.0]

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    done = helpers.wait(
        client, "acc", _job("QUEUED"), interval=1, backoff=2, max_interval=3, sleep=sleep,
        clock=lambda: now[0],
    )  # fmt: skip
    assert done.status == "SUCCESS"
    assert pauses == [1, 2, 3]


def test_wait_is_bounded_cancellable_and_reports_failure() -> None:
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    with pytest.raises(helpers.JobTimeoutError):
        helpers.wait(
            _client(["QUEUED"]), "acc", _job("QUEUED"), timeout=10, sleep=sleep,
            clock=lambda: now[0],
        )  # fmt: skip
    assert now[0] == pytest.approx(10)
    cancel = threading.Event()
    cancel.set()
    client = _client(["QUEUED"])
    with pytest.raises(helpers.JobTimeoutError):
        helpers.wait(client, "acc", _job("QUEUED"), cancel=cancel)
    assert client.analytics.jobs.polls == 0
    with pytest.raises(helpers.JobFailedError):
        helpers.wait(_client(["QUEUED", "FAILED"]), "acc", _job("QUEUED"), sleep=sleep)
