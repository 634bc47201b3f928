"""Driving the generated clients, sync and async alike, against a scripted transport."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx2
from twitter_ads_client import AdsClient, AsyncAdsClient

from adsapi.demo import operation_method
from adsapi.spec.model import Operation
from tests.client.wire import CREDENTIALS

Handler = Callable[[httpx2.Request], httpx2.Response]
MODES = ("sync", "async")


@dataclass
class Recorder:
    """A transport that records every request and answers with `respond`."""

    respond: Handler
    requests: list[httpx2.Request] = field(default_factory=list)

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        # A snapshot: a retried request object is re-signed in place.
        copy = httpx2.Request(
            request.method, request.url, headers=request.headers, content=request.read()
        )
        copy.extensions = dict(request.extensions)
        self.requests.append(copy)
        return self.respond(copy)


class FakeClock:
    """Time that only moves when the client sleeps."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx2.Response:
    return httpx2.Response(status, json=body, headers=headers or {})


def make_client(mode: str, recorder: Recorder, **options: Any) -> AdsClient | AsyncAdsClient:
    """A client of the scripted transport; strict about answers unless told otherwise, since
    the answers these tests script are the spec's."""
    options.setdefault("strict_response_validation", True)
    transport = httpx2.MockTransport(recorder)
    if mode == "sync":
        client: AdsClient | AsyncAdsClient = AdsClient(
            **CREDENTIALS, http_client=httpx2.Client(transport=transport), **options
        )
    else:
        client = AsyncAdsClient(
            **CREDENTIALS, http_client=httpx2.AsyncClient(transport=transport), **options
        )
    client._clock = FakeClock()  # no real sleeps, ever
    return client


def method_of(client: Any, operation: Operation, raw: bool = False) -> Callable[..., Any]:
    return operation_method(client, operation.operation_id, raw)[0]


def split_arguments(
    client: Any, operation: Operation, arguments: dict[str, Any]
) -> tuple[list[Any], dict[str, Any]]:
    """Path parameters positional (then a batch's operations), everything else by keyword,
    under the Python name the client gives it."""
    table = operation_method(client, operation.operation_id)[1]
    path = [p for p in table.params if p.location == "path"]
    positional = [arguments[p.wire_name] for p in path]
    python = {p.wire_name: p.name for p in table.params if p.location != "path"}
    keywords = {python.get(k, k): v for k, v in arguments.items() if k in python}
    if operation.batch is not None:
        positional.append(arguments["operations"])
    return positional, keywords


_LOOP = asyncio.new_event_loop()


def resolve(value: Any) -> Any:
    """The value of a call: awaited (and for async paginators, awaited) in async mode."""
    if inspect.isawaitable(value):
        return _LOOP.run_until_complete(_await(value))
    return value


async def _await(value: Any) -> Any:
    return await value


def call(
    client: Any, operation: Operation, arguments: dict[str, Any], raw: bool = False, **options: Any
) -> Any:
    positional, keywords = split_arguments(client, operation, arguments)
    return resolve(method_of(client, operation, raw)(*positional, **keywords, **options))


def collect(value: Any) -> list[Any]:
    """Every item of a page (following next pages), sync or async."""
    if hasattr(value, "__aiter__"):

        async def gather() -> list[Any]:
            return [item async for item in value]

        return _LOOP.run_until_complete(gather())
    return list(value)


def collect_pages(page: Any) -> list[Any]:
    pages = page.pages()
    if hasattr(pages, "__aiter__"):

        async def gather() -> list[Any]:
            return [p async for p in pages]

        return _LOOP.run_until_complete(gather())
    return list(pages)


def entity_example(operation: Operation) -> dict[str, Any]:
    """A valid success body of `operation`: its first example."""
    return next(iter(operation.success.examples.values()))


def operations_of(spec: Any) -> Iterable[Operation]:
    return spec.operations.values()
