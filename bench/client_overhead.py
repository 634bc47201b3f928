"""Per-call overhead of the generated client against a hand-written httpx2 + authlib call,
measured in the same run on the same in-process transport (no network: the client's own cost
is all there is to see). Goal: at most 1.3x."""

from __future__ import annotations

import asyncio
import json
import time

import httpx2
from authlib.integrations.httpx_client import OAuth1Auth
from twitter_ads_client import AdsClient, AsyncAdsClient

from adsapi.spec import load_spec

CALLS = 3000
SPEC = load_spec()
ANSWER = json.dumps(next(iter(SPEC.operation("getCampaign").success.examples.values()))).encode()
URL = "https://ads-api.twitter.com/12/accounts/18ce54d4x5t/campaigns/8wku2"


def handler(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, content=ANSWER, headers={"content-type": "application/json"})


def best(fn, rounds: int = 5) -> float:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(CALLS):
            fn()
        timings.append((time.perf_counter() - started) / CALLS)
    return min(timings)


def main() -> None:
    auth = OAuth1Auth("ck", "cs", "at", "ats")
    raw = httpx2.Client(transport=httpx2.MockTransport(handler))

    def hand_written() -> object:
        response = raw.get(URL, params={"with_deleted": "true"}, auth=auth)
        response.raise_for_status()
        return response.json()["data"]

    client = AdsClient(
        "ck", "cs", "at", "ats", http_client=httpx2.Client(transport=httpx2.MockTransport(handler))
    )

    def generated() -> object:
        return client.campaigns.get("18ce54d4x5t", "8wku2", with_deleted=True)

    base, ours = best(hand_written), best(generated)
    print(f"per call, GET campaign ({CALLS} calls, best of 5), same run:")
    print(f"  hand-written httpx2 + authlib (dict) : {base * 1e6:7.1f} us")
    print(f"  AdsClient (validated, typed model)   : {ours * 1e6:7.1f} us   {ours / base:.2f}x")

    async def run_async() -> tuple[float, float]:
        araw = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
        aclient = AsyncAdsClient(
            "ck",
            "cs",
            "at",
            "ats",
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)),
        )

        async def timed(call) -> float:
            timings = []
            for _ in range(5):
                started = time.perf_counter()
                for _ in range(CALLS):
                    await call()
                timings.append((time.perf_counter() - started) / CALLS)
            return min(timings)

        async def hand() -> object:
            response = await araw.get(URL, params={"with_deleted": "true"}, auth=auth)
            return response.json()["data"]

        async def gen() -> object:
            return await aclient.campaigns.get("18ce54d4x5t", "8wku2", with_deleted=True)

        return await timed(hand), await timed(gen)

    abase, aours = asyncio.run(run_async())
    print(f"  hand-written async                   : {abase * 1e6:7.1f} us")
    print(f"  AsyncAdsClient                       : {aours * 1e6:7.1f} us   {aours / abase:.2f}x")


if __name__ == "__main__":
    main()
