"""Scripted failures: idempotent calls retry and wait what the headers ask (fake clock), POSTs
never retry, and the last failure surfaces as its own exception."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from twitter_ads_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    ServiceUnavailableError,
)

from adsapi.spec import load_spec
from tests.budget import budget
from tests.client.harness import MODES, FakeClock, Recorder, call, make_client

SPEC = load_spec()
NOW = 1_700_000_000
GET = SPEC.operation("getCampaign")
POST = SPEC.operation("createCampaign")
SUCCESS = next(iter(GET.success.examples.values()))

# A failure: what the server (or the network) does, and the wait the client should take
# (None: exponential backoff, checked by range).
FAILURES = st.one_of(
    st.tuples(st.just("429-account"), st.integers(0, 50)),
    st.tuples(st.just("429-user"), st.integers(0, 50)),
    st.tuples(st.just("429-bare"), st.just(0)),
    st.tuples(st.just("503-retry-after"), st.integers(0, 50)),
    st.tuples(st.just("503-bare"), st.just(0)),
    st.tuples(st.just("500"), st.just(0)),
    st.tuples(st.just("connect"), st.just(0)),
    st.tuples(st.just("timeout"), st.just(0)),
)
RAISED = {
    "429": RateLimitError,
    "503": ServiceUnavailableError,
    "500": InternalServerError,
    "connect": APIConnectionError,
    "timeout": APITimeoutError,
}


def _outcome(kind: str, seconds: int, clock: FakeClock, request: httpx2.Request) -> httpx2.Response:
    body = {"errors": [{"code": "X", "message": kind}], "request": {"params": {}}}
    now = int(clock.now)
    if kind == "429-account":
        # Both resets present: the account one decides.
        headers = {
            "x-rate-limit-reset": str(now + 3600),
            "x-account-rate-limit-reset": str(now + seconds),
        }
        return httpx2.Response(429, json=body, headers=headers)
    if kind == "429-user":
        return httpx2.Response(429, json=body, headers={"x-rate-limit-reset": str(now + seconds)})
    if kind == "429-bare":
        return httpx2.Response(429, json=body)
    if kind == "503-retry-after":
        return httpx2.Response(503, json=body, headers={"retry-after": str(seconds)})
    if kind == "503-bare":
        return httpx2.Response(503, text="overloaded")
    if kind == "500":
        return httpx2.Response(500, json=body)
    if kind == "connect":
        raise httpx2.ConnectError("refused", request=request)
    raise httpx2.ReadTimeout("slow", request=request)


def _script(
    mode: str, failures: list[tuple[str, int]], max_retries: int
) -> tuple[Any, Recorder, FakeClock]:
    clock = FakeClock(NOW)
    script = list(failures)
    clock.asked = []  # type: ignore[attr-defined]

    def respond(request: httpx2.Request) -> httpx2.Response:
        if script:
            kind, seconds = script.pop(0)
            # A reset is a whole epoch second: the wait it asks for is from now to then, and
            # none when that second has already begun (a jittered backoff leaves a fraction).
            asked = max(0.0, int(clock.now) + seconds - clock.now)
            clock.asked.append(asked)  # type: ignore[attr-defined]
            return _outcome(kind, seconds, clock, request)
        return httpx2.Response(200, json=SUCCESS)

    recorder = Recorder(respond)
    client = make_client(mode, recorder, max_retries=max_retries)
    client._clock = clock
    return client, recorder, clock


def _check_wait(kind: str, seconds: int, attempt: int, waited: float, asked: float) -> None:
    if kind in ("429-account", "429-user"):  # until the reset instant (epoch seconds)
        assert waited == pytest.approx(asked), (kind, waited, asked)
    elif kind == "503-retry-after":
        assert waited == seconds, (kind, waited)
    else:  # backoff: doubling from 0.5 s, capped at 8 s, minus up to 25 % jitter
        base = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * base <= waited <= base, (kind, attempt, waited)


@pytest.mark.parametrize("mode", MODES)
@budget("shared")
@given(failures=st.lists(FAILURES, max_size=5), max_retries=st.integers(0, 4))
def test_idempotent_calls_retry_with_the_waits_the_server_asks_for(
    mode: str, failures: list[tuple[str, int]], max_retries: int
) -> None:
    client, recorder, clock = _script(mode, failures, max_retries)
    arguments = {"account_id": "abc", "campaign_id": "def"}
    if len(failures) <= max_retries:
        campaign = call(client, GET, arguments)
        assert campaign.id == SUCCESS["data"]["id"]
        assert len(recorder.requests) == len(failures) + 1
    else:
        kind = failures[max_retries][0]
        with pytest.raises(RAISED[kind.split("-")[0]]):
            call(client, GET, arguments)
        assert len(recorder.requests) == max_retries + 1
    waited = failures[: min(len(failures), max_retries)]
    assert len(clock.sleeps) == len(waited)
    steps = zip(waited, clock.sleeps, clock.asked, strict=False)
    for attempt, ((kind, seconds), slept, asked) in enumerate(steps):
        _check_wait(kind, seconds, attempt, slept, asked)
    # Each attempt is signed afresh (a new nonce): a replayed nonce would be refused.
    nonces = {r.headers["authorization"].split("oauth_nonce=")[1][:34] for r in recorder.requests}
    assert len(nonces) == len(recorder.requests)


@pytest.mark.parametrize("mode", MODES)
@budget("shared")
@given(failure=FAILURES)
def test_a_post_is_never_retried(mode: str, failure: tuple[str, int]) -> None:
    client, recorder, clock = _script(mode, [failure], max_retries=4)
    with pytest.raises(RAISED[failure[0].split("-")[0]]):
        call(client, POST, {"account_id": "abc", "funding_instrument_id": "x", "name": "n"})
    assert len(recorder.requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["429-user", "503-retry-after"])
def test_a_wait_longer_than_the_bound_raises_at_once_saying_when(mode: str, kind: str) -> None:
    client, recorder, clock = _script(mode, [(kind, 900)], max_retries=3)
    with pytest.raises(RAISED[kind.split("-")[0]]) as caught:
        call(client, GET, {"account_id": "abc", "campaign_id": "def"})
    assert len(recorder.requests) == 1 and clock.sleeps == []
    error = caught.value
    if isinstance(error, RateLimitError):
        assert error.retry_at == NOW + 900
    else:
        assert isinstance(error, ServiceUnavailableError) and error.retry_after == 900
