"""Iterating a list call yields every item of every page exactly once, in order, following
`next_cursor` verbatim and lazily; a total count is only asked for on the first page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from adsapi.sandbox.world import exemplar
from adsapi.spec import load_spec
from adsapi.spec.model import Parameter
from tests.budget import budget
from tests.client.harness import MODES, Recorder, call, collect, collect_pages, make_client
from tests.client.wire import check_request

SPEC = load_spec()
PAGED = [op for op in SPEC.operations.values() if op.pagination is not None]
# Opaque cursors with characters that need encoding: they must come back exactly as sent.
CURSORS = st.text(alphabet=st.sampled_from(list("abcXYZ019+/=:,&% é")), min_size=1, max_size=12)


def _example(operation_id: str) -> dict[str, Any]:
    return dict(next(iter(SPEC.operation(operation_id).success.examples.values()))["data"][0])


def _key(operation_id: str) -> str:
    """What tells the items apart: `id`, or for entities without one (targeting options) their
    first text attribute that is not a time (`targeting_value`)."""
    example = _example(operation_id)
    if "id" in example:
        return "id"
    entity = SPEC.operation(operation_id).success.entity or ""
    properties = SPEC.schemas[entity].get("properties") or {}
    # text, not a time (an account history entry's `entity_id`, not its `change_time`)
    return next(
        name
        for name, value in example.items()
        if isinstance(value, str) and "format" not in (properties.get(name) or {})
    )


def _id(operation_id: str, index: int) -> Any:
    """The index as an identifier of the entity's kind: a number where the entity's `id` is
    one (Tweets), else base-16 text."""
    example = _example(operation_id)[_key(operation_id)]
    return index if isinstance(example, int) else format(index, "x")


def _item(operation_id: str, index: int) -> dict[str, Any]:
    return {**_example(operation_id), _key(operation_id): _id(operation_id, index)}


def _as_argument(param: Parameter, value: Any) -> Any:
    """A JSON exemplar as the client takes it: times as timezone-aware datetimes."""
    if param.shape.kind == "datetime" and isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


LISTINGS = {
    "sizes": st.lists(st.integers(0, 4), min_size=1, max_size=6),
    "cursors": st.lists(CURSORS, min_size=6, max_size=6, unique=True),
    "count": st.none() | st.integers(1, 1000),
    "total": st.booleans(),
    "how": st.sampled_from(["items", "pages"]),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation_id", [op.operation_id for op in PAGED])
@budget("per_operation")
@given(**LISTINGS)
def test_every_paged_operation_yields_every_item_once(
    operation_id: str, mode: str, **listing: Any
) -> None:
    """Each paged operation, briefly: its tables and models page like the others."""
    check_paging(operation_id, mode, **listing)


@pytest.mark.parametrize("mode", MODES)
@budget("shared")
@given(**LISTINGS)
def test_every_item_once_in_order_with_cursors_sent_back_verbatim(
    mode: str, **listing: Any
) -> None:
    """The paging code every list call shares, explored deeply on one operation."""
    check_paging(PAGED[0].operation_id, mode, **listing)


def check_paging(
    operation_id: str,
    mode: str,
    sizes: list[int],
    cursors: list[str],
    count: int | None,
    total: bool,
    how: str,
) -> None:
    operation = SPEC.operation(operation_id)
    assert operation.pagination is not None
    # Not every paged operation takes a page size or counts (analytics jobs never ask for the
    # total), nor pages by up to 1000.
    total = total and operation.parameter(operation.pagination.total_count_parameter) is not None
    size = operation.parameter("count")
    if size is None:
        count = None
    elif count is not None:
        count = min(count, int(size.shape.constraints.maximum or count))
    pages, index = [], 0
    for number, size in enumerate(sizes):
        items = [_item(operation_id, index + i) for i in range(size)]
        index += size
        cursor = cursors[number] if number + 1 < len(sizes) else None
        pages.append((items, cursor))

    def respond(request: httpx2.Request) -> httpx2.Response:
        decoded = check_request(SPEC, operation, request)
        number = len(recorder.requests) - 1
        expected_cursor = cursors[number - 1] if number else None
        assert decoded.get("cursor") == expected_cursor
        assert decoded.get("count") == count
        # The total count is asked for on the first page only (it excludes `cursor`).
        assert decoded.get("with_total_count") == (True if total and number == 0 else None)
        items, next_cursor = pages[number]
        body: dict[str, Any] = {
            "request": {"params": {}},
            "data": items,
            "next_cursor": next_cursor,
        }
        if total and number == 0:
            body["total_count"] = index
        return httpx2.Response(200, json=body, headers={"x-rate-limit-remaining": str(99 - number)})

    recorder = Recorder(respond)
    client = make_client(mode, recorder)
    arguments: dict[str, Any] = {
        p.name: "abc" for p in operation.parameters if p.location == "path"
    }
    # Required filters (the kind of Tweets) take a value the spec admits.
    arguments.update(
        (p.name, _as_argument(p, exemplar(p)))
        for p in operation.parameters
        if p.required and p.location != "path"
    )
    if count is not None:
        arguments["count"] = count
    if total:
        arguments["with_total_count"] = True
    first = call(client, operation, arguments)
    key = _key(operation_id)
    assert len(recorder.requests) == 1  # the first page only, until more is asked for
    assert first.total_count == (index if total else None)
    assert first.next_cursor == pages[0][1]
    assert first.rate_limit.remaining == 99
    if how == "items":
        ids = [getattr(item, key) for item in collect(first)]
    else:
        fetched = collect_pages(first)
        assert [p.next_cursor for p in fetched] == [c for _, c in pages]
        assert [p.rate_limit.remaining for p in fetched] == [99 - n for n in range(len(pages))]
        ids = [getattr(item, key) for page in fetched for item in page.data]
    assert ids == [_id(operation_id, i) for i in range(index)]
    assert len(recorder.requests) == len(pages)
