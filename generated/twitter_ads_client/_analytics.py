"""Analytics helpers: what people otherwise write by hand around the API's limits.

- `windows(start, end, days)`: a long time range cut into windows the API allows;
- `chunks(ids, 20)`: entity identifiers in groups the API allows;
- `stats(client, account_id, ...)`: runs the synchronous call over every window and chunk
  and merges the answers into one row per entity, as one big call would give;
- `job_stats(client, account_id, ...)`: the same through jobs (90 days a window, 45 when
  segmented), each waited for and downloaded, merged;
- `wait(client, account_id, job)`: polls a job until it is done, with backoff, bounded by a
  deadline and cancellable; `download(client, job)`: its result file, decompressed and read
  into the synchronous answer's rows (a job the client returns has both as methods:
  `job.wait()`, `job.download()`);
- `active_ids(client, account_id, entity, start, end)`: the entities worth asking about;
- `records(rows)`: one flat dictionary per entity, segment and bucket, which
  `csv.DictWriter` and `pandas.DataFrame` take as they are.

Each helper that calls the API has an `async_` twin for the async client (`async_stats`,
`async_job_stats`, `async_wait`, `async_download`, `async_active_ids`), whose calls run
concurrently. The helpers work through `client.analytics`, so they need a client generated
from a spec with the analytics operations.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import json
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NotRequired, TypedDict, Unpack

import httpx2

from ._operations import Result
from ._response import parse_result
from ._tolerant import Findings

SYNC_DAYS = 7
JOB_DAYS = 90
SEGMENTED_JOB_DAYS = 45
IDS_PER_CALL = 20
DONE = frozenset({"SUCCESS"})
FAILED = frozenset({"FAILED"})


class JobFailedError(RuntimeError):
    """The job ended without a result."""


class JobTimeoutError(TimeoutError):
    """The job was not done before the deadline (or the wait was cancelled)."""


def windows(start: datetime, end: datetime, days: int) -> list[tuple[datetime, datetime]]:
    """[start, end) cut into consecutive windows of at most `days` days.

    Days are counted on the wall clock of `start`'s time zone, so a window starting at
    midnight there ends at a midnight too; a window that would last longer than `days` times
    24 hours (across the end of daylight saving time) is one day shorter, as the API counts
    the limit in hours."""
    if _instant(end) <= _instant(start):
        raise ValueError("end must come after start")
    out, cursor, longest = [], start, days * 86400
    while _instant(cursor) < _instant(end):
        following = cursor + timedelta(days=days)
        while days > 1 and _instant(following) - _instant(cursor) > longest:
            following -= timedelta(days=1)
        if _instant(following) >= _instant(end):
            following = end
        out.append((cursor, following))
        cursor = following
    return out


def _aware(moment: datetime) -> datetime:
    """The time with its zone (a time without one is read as UTC, as the client sends it)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _instant(moment: datetime) -> float:
    return _aware(moment).timestamp()


def chunks(ids: Sequence[str], size: int = IDS_PER_CALL) -> list[list[str]]:
    """The identifiers in groups of at most `size`, in order, without repeats."""
    unique = list(dict.fromkeys(ids))
    return [unique[i : i + size] for i in range(0, len(unique), size)]


def merge(parts: Iterable[Sequence[Any]], granularity: str) -> list[dict[str, Any]]:
    """Rows of several answers (plain dictionaries or models) as one answer's rows: series of
    consecutive windows are joined (added up for TOTAL), entities keep their first order."""
    merged: dict[str, dict[str, Any]] = {}
    for rows in parts:
        for row in rows:
            data = _plain(row)
            into = merged.setdefault(data["id"], {"id": data["id"], "id_data": []})
            for item in data["id_data"]:
                key = json.dumps(item.get("segment"), sort_keys=True)
                target = next(
                    (
                        i
                        for i in into["id_data"]
                        if json.dumps(i.get("segment"), sort_keys=True) == key
                    ),
                    None,
                )
                if target is None:
                    into["id_data"].append(
                        {"segment": item.get("segment"), "metrics": dict(item["metrics"])}
                    )
                else:
                    target["metrics"] = {
                        name: _join(target["metrics"].get(name), value, granularity)
                        for name, value in item["metrics"].items()
                    }
    return list(merged.values())


def _join(old: Any, new: Any, granularity: str) -> Any:
    if old is None or new is None:
        return new if old is None else old
    if isinstance(old, dict):
        return {k: _join(old.get(k), v, granularity) for k, v in new.items()}
    if granularity == "TOTAL":
        return [(a or 0) + (b or 0) for a, b in zip(old, new, strict=False)]
    return [*old, *new]


def _plain(row: Any) -> dict[str, Any]:
    dump = getattr(row, "model_dump", None)
    return dump(mode="json", exclude_unset=False) if dump is not None else dict(row)


class StatsQuery(TypedDict):
    """What a synchronous stats call takes besides the account, as the helpers take it."""

    entity: str
    entity_ids: Sequence[str]
    start_time: datetime
    end_time: datetime
    granularity: str
    metric_groups: Sequence[str]
    placement: NotRequired[str]  # ALL_ON_TWITTER when left out


class JobQuery(StatsQuery, total=False):
    """What a job takes: a stats query and, optionally, its segmentation."""

    segmentation_type: str | None
    country: str | None
    platform: str | None


def _plan(query: StatsQuery, zone_name: str | None, days: int) -> list[dict[str, Any]]:
    """The arguments of each call: one per window of at most `days` days (cut at midnights of
    the account's zone `zone_name` unless hourly) and chunk of at most 20 identifiers."""
    start, end = query["start_time"], query["end_time"]
    if zone_name is not None:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(zone_name)
        start, end = _aware(start).astimezone(zone), _aware(end).astimezone(zone)
    fixed: dict[str, Any] = {"placement": "ALL_ON_TWITTER"}
    fixed.update((k, v) for k, v in query.items() if v is not None)
    fixed["metric_groups"] = list(query["metric_groups"])
    return [
        {**fixed, "entity_ids": group, "start_time": first, "end_time": last}
        for first, last in windows(start, end, days)
        for group in chunks(query["entity_ids"])
    ]


def _zone(query: StatsQuery, given: str | None, account: Callable[[], Any]) -> str | None:
    """The account's zone when days matter (`given`, else read from the account)."""
    if query["granularity"] == "HOUR":
        return None
    return given or str(account().timezone)


def _job_days(query: JobQuery) -> int:
    return SEGMENTED_JOB_DAYS if query.get("segmentation_type") else JOB_DAYS


def stats(
    client: Any, account_id: str, *, timezone_name: str | None = None, **query: Unpack[StatsQuery]
) -> list[dict[str, Any]]:
    """Metrics over any range and any number of entities, through as many synchronous calls
    as the limits require, merged. DAY and TOTAL windows are cut at midnights of the account's
    time zone (`timezone_name`, else read from the account), as the API wants them to start."""
    zone = _zone(query, timezone_name, lambda: client.accounts.get(account_id))
    calls = _plan(query, zone, SYNC_DAYS)
    parts = [client.analytics.get_stats(account_id, **arguments) for arguments in calls]
    return merge(parts, query["granularity"])


async def async_stats(
    client: Any,
    account_id: str,
    *,
    timezone_name: str | None = None,
    concurrency: int = 4,
    **query: Unpack[StatsQuery],
) -> list[dict[str, Any]]:
    """`stats` for the async client: at most `concurrency` calls at a time."""
    account = None
    if query["granularity"] != "HOUR" and timezone_name is None:
        account = await client.accounts.get(account_id)
    calls = _plan(query, _zone(query, timezone_name, lambda: account), SYNC_DAYS)
    parts = await _gathered(
        [functools.partial(client.analytics.get_stats, account_id, **c) for c in calls],
        concurrency,
    )
    return merge(parts, query["granularity"])


async def _gathered(calls: Sequence[Callable[[], Awaitable[Any]]], concurrency: int) -> list[Any]:
    """The results of the calls in order, at most `concurrency` of them running at a time."""
    gate = asyncio.Semaphore(max(concurrency, 1))

    async def one(call: Callable[[], Awaitable[Any]]) -> Any:
        async with gate:
            return await call()

    return list(await asyncio.gather(*(one(call) for call in calls)))


def job_stats(
    client: Any,
    account_id: str,
    *,
    timezone_name: str | None = None,
    timeout: float = 600.0,
    cancel: threading.Event | None = None,
    **query: Unpack[JobQuery],
) -> list[dict[str, Any]]:
    """Metrics over any range and any number of entities through jobs (90 days a window, 45
    when segmented), all created first, then each waited for, downloaded and deleted; merged
    as `stats` merges. `timeout` bounds the whole wait."""
    zone = _zone(query, timezone_name, lambda: client.accounts.get(account_id))
    calls = _plan(query, zone, _job_days(query))
    jobs = [client.analytics.jobs.create(account_id, **arguments) for arguments in calls]
    deadline = time.monotonic() + timeout
    parts = []
    for job in jobs:
        left = max(deadline - time.monotonic(), 0.0)
        done = wait(client, account_id, job, timeout=left, cancel=cancel)
        parts.append(download(client, done))
        client.analytics.jobs.delete(account_id, _job_id(done))
    return merge(parts, query["granularity"])


async def async_job_stats(
    client: Any,
    account_id: str,
    *,
    timezone_name: str | None = None,
    timeout: float = 600.0,
    cancel: asyncio.Event | None = None,
    concurrency: int = 4,
    **query: Unpack[JobQuery],
) -> list[dict[str, Any]]:
    """`job_stats` for the async client: at most `concurrency` jobs at a time, each waited for
    (within `timeout`), downloaded and deleted."""
    account = None
    if query["granularity"] != "HOUR" and timezone_name is None:
        account = await client.accounts.get(account_id)
    calls = _plan(query, _zone(query, timezone_name, lambda: account), _job_days(query))

    async def run(arguments: dict[str, Any]) -> Any:
        job = await client.analytics.jobs.create(account_id, **arguments)
        done = await async_wait(client, account_id, job, timeout=timeout, cancel=cancel)
        rows = await async_download(client, done)
        await client.analytics.jobs.delete(account_id, _job_id(done))
        return rows

    parts = await _gathered([functools.partial(run, c) for c in calls], concurrency)
    return merge(parts, query["granularity"])


def _job_id(job: Any) -> str:
    return str(getattr(job, "id_str", None) or job.id)


class _Polling:
    """When to look at a job again: `interval` seconds, then `backoff` times longer each time
    up to `max_interval`, never past the deadline `timeout` seconds from now."""

    def __init__(
        self,
        job: Any,
        timeout: float,
        interval: float,
        backoff: float,
        max_interval: float,
        clock: Callable[[], float],
    ) -> None:
        self.job_id = _job_id(job)
        self.clock = clock
        self.deadline = clock() + timeout
        self.pause = interval
        self.backoff = backoff
        self.max_interval = max_interval

    def next_pause(self, job: Any, cancelled: bool) -> float | None:
        """None once the job succeeded; else how long to wait before reading it again. Raises
        JobFailedError for a failed job, JobTimeoutError past the deadline or once cancelled."""
        status = str(job.status)
        if status in DONE:
            return None
        if status in FAILED:
            raise JobFailedError(f"analytics job {self.job_id} failed")
        left = self.deadline - self.clock()
        if left <= 0 or cancelled:
            raise JobTimeoutError(f"analytics job {self.job_id} is still {status}")
        step = min(self.pause, left)
        self.pause = min(self.pause * self.backoff, self.max_interval)
        return step

    def after_pause(self, cancelled: bool) -> None:
        if cancelled:
            raise JobTimeoutError(f"waiting for analytics job {self.job_id} was cancelled")

    def read(self, found: Sequence[Any]) -> Any:
        if not found:
            raise JobFailedError(f"analytics job {self.job_id} is gone (deleted?)")
        return found[0]


def wait(
    client: Any,
    account_id: str,
    job: Any,
    *,
    timeout: float = 600.0,
    interval: float = 1.0,
    backoff: float = 1.5,
    max_interval: float = 30.0,
    cancel: threading.Event | None = None,
    sleep: Callable[[float], Any] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Poll the job until it succeeds: the job as last read. Waits `interval` seconds, then
    `backoff` times longer each time up to `max_interval`; raises JobTimeoutError after
    `timeout` seconds or once `cancel` is set, JobFailedError if the job fails."""
    polling = _Polling(job, timeout, interval, backoff, max_interval, clock)
    cancelled = cancel.is_set if cancel is not None else lambda: False
    while (step := polling.next_pause(job, cancelled())) is not None:
        if sleep is not None:
            sleep(step)
        elif cancel is not None:
            cancel.wait(step)
        else:
            time.sleep(step)
        polling.after_pause(cancelled())
        job = polling.read(list(client.analytics.jobs.list(account_id, job_ids=[polling.job_id])))
    return job


async def async_wait(
    client: Any,
    account_id: str,
    job: Any,
    *,
    timeout: float = 600.0,
    interval: float = 1.0,
    backoff: float = 1.5,
    max_interval: float = 30.0,
    cancel: asyncio.Event | threading.Event | None = None,
    sleep: Callable[[float], Awaitable[Any]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """`wait` for the async client. Cancelling the task that awaits it stops it too."""
    polling = _Polling(job, timeout, interval, backoff, max_interval, clock)
    cancelled = cancel.is_set if cancel is not None else lambda: False
    while (step := polling.next_pause(job, cancelled())) is not None:
        if sleep is not None:
            await sleep(step)
        elif isinstance(cancel, asyncio.Event):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(cancel.wait(), step)
        else:
            await asyncio.sleep(step)
        polling.after_pause(cancelled())
        found = [
            item async for item in client.analytics.jobs.list(account_id, job_ids=[polling.job_id])
        ]
        job = polling.read(found)
    return job


def _file_url(job: Any) -> str:
    if str(job.status) not in DONE or not job.url:
        raise ValueError(f"analytics job {_job_id(job)} has no result yet ({job.status})")
    return str(job.url)


def _rows(client: Any, response: Any) -> list[Any]:
    """The rows of a result file, read as the synchronous answer is read (strictly or
    leniently, as the client does), into the same models."""
    response.raise_for_status()
    body = response.content
    if body[:2] == b"\x1f\x8b":  # some servers answer with the file, others decode it on the way
        body = gzip.decompress(body)
    decoded = httpx2.Response(200, content=body, request=response.request)
    found = Findings(client._mismatches_seen)
    strict = client.strict_response_validation
    rows: list[Any] = parse_result(STATS_ROWS, decoded, "getStats", strict, found)
    return rows


# What the synchronous answer's `data` holds (`getStats`), which a job's file holds too.
STATS_ROWS: Result[list[Any]] = Result("list", "stats_row:StatsRow")


def download(client: Any, job: Any) -> list[Any]:
    """The job's result rows, read from its file (gzip JSON shaped like the synchronous
    answer) into the synchronous answer's row models."""
    # another host: no OAuth, no API version
    return _rows(client, client._http.get(_file_url(job)))


async def async_download(client: Any, job: Any) -> list[Any]:
    """`download` for the async client."""
    return _rows(client, await client._http.get(_file_url(job)))


def active_ids(
    client: Any,
    account_id: str,
    entity: str,
    start_time: datetime,
    end_time: datetime,
    **filters: Any,
) -> list[str]:
    """The entities of type `entity` whose metrics changed in the range (at most 90 days per
    call), in the order the API gives them."""
    found: dict[str, None] = {}
    for first, last in windows(start_time, end_time, JOB_DAYS):
        for item in client.analytics.get_active_entities(
            account_id, entity=entity, start_time=first, end_time=last, **filters
        ):
            found[item.entity_id] = None
    return list(found)


async def async_active_ids(
    client: Any,
    account_id: str,
    entity: str,
    start_time: datetime,
    end_time: datetime,
    **filters: Any,
) -> list[str]:
    """`active_ids` for the async client."""
    found: dict[str, None] = {}
    for first, last in windows(start_time, end_time, JOB_DAYS):
        for item in await client.analytics.get_active_entities(
            account_id, entity=entity, start_time=first, end_time=last, **filters
        ):
            found[item.entity_id] = None
    return list(found)


def records(
    rows: Iterable[Any], starts: Sequence[datetime] | None = None
) -> Iterator[dict[str, Any]]:
    """One flat dictionary per entity, segment and bucket: `id`, `segment`, `bucket` (its
    index, or its start from `starts`), then one column per metric (`metric.part` for the parts
    of a conversion metric; None where the metric does not apply)."""
    for row in rows:
        data = _plain(row)
        for item in data["id_data"]:
            metrics = item["metrics"]
            columns: dict[str, Any] = {}
            length = 0
            for name, value in metrics.items():
                if isinstance(value, dict):
                    for part, series in value.items():
                        columns[f"{name}.{part}"] = series
                        length = max(length, len(series or ()))
                else:
                    columns[name] = value
                    length = max(length, len(value or ()))
            segment = item.get("segment")
            label = segment.get("segment_name") if isinstance(segment, dict) else segment
            for index in range(length):
                record: dict[str, Any] = {
                    "id": data["id"],
                    "segment": label,
                    "bucket": starts[index] if starts is not None else index,
                }
                for name, series in columns.items():
                    record[name] = series[index] if series is not None else None
                yield record
