"""Analytics helpers: what people otherwise write by hand around the API's limits.

- `windows(start, end, days)`: a long time range cut into windows the API allows;
- `chunks(ids, 20)`: entity identifiers in groups the API allows;
- `stats(client, account_id, ...)`: runs the synchronous call over every window and chunk
  and merges the answers into one row per entity, as one big call would give;
- `wait(client, account_id, job)`: polls a job until it is done, with backoff, bounded by a
  deadline and cancellable; `download(client, job)`: its result file, decompressed and read;
- `active_ids(client, account_id, entity, start, end)`: the entities worth asking about;
- `records(rows)`: one flat dictionary per entity, segment and bucket, which
  `csv.DictWriter` and `pandas.DataFrame` take as they are.

The helpers work through `client.analytics`, so they need a client generated from a spec
with the analytics operations.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from . import types as _models  # type: ignore[attr-defined, unused-ignore]

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


def stats(
    client: Any,
    account_id: str,
    *,
    entity: str,
    entity_ids: Sequence[str],
    start_time: datetime,
    end_time: datetime,
    granularity: str,
    metric_groups: Sequence[str],
    placement: str = "ALL_ON_TWITTER",
    timezone_name: str | None = None,
) -> list[dict[str, Any]]:
    """Metrics over any range and any number of entities, through as many synchronous calls
    as the limits require, merged. DAY and TOTAL windows are cut at midnights of the account's
    time zone (`timezone_name`, else read from the account), as the API wants them to start."""
    if granularity != "HOUR":
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(timezone_name or str(client.accounts.get(account_id).timezone))
        start_time, end_time = (
            _aware(start_time).astimezone(zone),
            _aware(end_time).astimezone(zone),
        )
    parts = []
    for first, last in windows(start_time, end_time, SYNC_DAYS):
        for group in chunks(entity_ids):
            parts.append(
                client.analytics.get_stats(
                    account_id,
                    entity=entity,
                    entity_ids=group,
                    start_time=first,
                    end_time=last,
                    granularity=granularity,
                    metric_groups=list(metric_groups),
                    placement=placement,
                )
            )
    return merge(parts, granularity)


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
    deadline = clock() + timeout
    pause = interval
    job_id = str(getattr(job, "id_str", None) or job.id)
    while True:
        status = str(job.status)
        if status in DONE:
            return job
        if status in FAILED:
            raise JobFailedError(f"analytics job {job_id} failed")
        left = deadline - clock()
        if left <= 0 or (cancel is not None and cancel.is_set()):
            raise JobTimeoutError(f"analytics job {job_id} is still {status}")
        step = min(pause, left)
        if sleep is not None:
            sleep(step)
        elif cancel is not None:
            cancel.wait(step)
        else:
            time.sleep(step)
        pause = min(pause * backoff, max_interval)
        if cancel is not None and cancel.is_set():
            raise JobTimeoutError(f"waiting for analytics job {job_id} was cancelled")
        found = list(client.analytics.jobs.list(account_id, job_ids=[job_id]))
        if not found:
            raise JobFailedError(f"analytics job {job_id} is gone (deleted?)")
        job = found[0]


def download(client: Any, job: Any) -> list[Any]:
    """The job's result rows, read from its file (gzip JSON shaped like the synchronous
    answer) into the synchronous answer's row models when the client has them."""
    if not job.url:
        raise ValueError(f"analytics job {job.id} has no result yet ({job.status})")
    response = client._http.get(str(job.url))  # another host: no OAuth, no API version
    response.raise_for_status()
    body = response.content
    if body[:2] == b"\x1f\x8b":  # some servers answer with the file, others decode it on the way
        body = gzip.decompress(body)
    document = json.loads(body)
    model = getattr(_models, "StatsRow", None)
    rows = document.get("data") or []
    return [model.model_validate(row) for row in rows] if model is not None else rows


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
