"""Times before the year 1000 are written with four-digit years everywhere we write them.

`strftime("%Y")` writes the year 300 as `300`, which no RFC 3339 reader takes back: the fuzzer
found the sandbox echoing such an `end_time` and then refusing it when sent again."""

from __future__ import annotations

from datetime import UTC, datetime

from adsapi.rules import _like
from adsapi.sandbox.times import parse_time, timestamp

EARLY = datetime(300, 3, 11, 1, tzinfo=UTC)


def test_a_repaired_time_keeps_four_digit_years() -> None:
    assert _like("2017-07-05T00:00:00Z", EARLY) == "0300-03-11T01:00:00Z"


def test_analytics_answers_times_the_sandbox_reads_back() -> None:
    written = timestamp(EARLY.timestamp())
    assert written == "0300-03-11T01:00:00Z"
    assert parse_time(written) == (written, "canonical")
