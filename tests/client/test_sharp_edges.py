"""Edges a new user hits first: settings checked when given, retry-after as a date, answers
that are no answer described as what they are, strings UTF-8 cannot carry and updates that
change nothing refused before anything is sent."""

from __future__ import annotations

import time
from email.utils import formatdate
from typing import Any

import httpx2
import pytest
from twitter_ads_client import (
    AdsClient,
    APIResponseValidationError,
    ConfigurationError,
    RequestValidationError,
    ServiceUnavailableError,
)

from adsapi.spec import load_spec
from tests.client.harness import MODES, FakeClock, Recorder, call, json_response, make_client
from tests.client.wire import CREDENTIALS

SPEC = load_spec()
GET = SPEC.operation("getCampaign")
SUCCESS = next(iter(GET.success.examples.values()))
IDS = {"account_id": "18ce54d4x5t", "campaign_id": "8wku2"}
BAD_TIMEOUTS = [-1, 0, "5", True, float("nan")]


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS)
def test_an_unusable_timeout_is_refused_where_it_is_given(timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout must be a number of seconds"):
        AdsClient(**CREDENTIALS, timeout=timeout)
    client = AdsClient(**CREDENTIALS)
    with pytest.raises(ConfigurationError, match="timeout"):
        client.with_options(timeout=timeout)
    recorder = Recorder(lambda request: json_response(200, SUCCESS))
    with pytest.raises(ConfigurationError, match="timeout"):
        call(make_client("sync", recorder), GET, IDS, timeout=timeout)
    assert recorder.requests == []


@pytest.mark.parametrize("wait", [-5, "3", None, True, float("nan")])
def test_an_unusable_retry_bound_is_refused(wait: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_retry_wait must be a number >= 0"):
        AdsClient(**CREDENTIALS, max_retry_wait=wait)


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_given_as_an_http_date_is_honoured(mode: str) -> None:
    clock = FakeClock(1_700_000_000.0)
    answers = [
        httpx2.Response(
            503, text="busy", headers={"retry-after": formatdate(clock.now + 7, usegmt=True)}
        ),
        json_response(200, SUCCESS),
    ]
    client = make_client(mode, Recorder(lambda request: answers.pop(0)))
    client._clock = clock
    call(client, GET, IDS)
    assert clock.sleeps == [7.0]


@pytest.mark.parametrize("mode", MODES)
def test_a_date_beyond_the_bound_raises_at_once(mode: str) -> None:
    clock = FakeClock(time.time())  # the exception reads the date against the real clock
    later = formatdate(clock.now + 3600, usegmt=True)
    recorder = Recorder(lambda request: httpx2.Response(503, headers={"retry-after": later}))
    client = make_client(mode, recorder, max_retry_wait=60)
    client._clock = clock
    with pytest.raises(ServiceUnavailableError) as raised:
        call(client, GET, IDS)
    assert raised.value.retry_after == pytest.approx(3600, abs=2)
    assert clock.sleeps == [] and len(recorder.requests) == 1


NOT_ANSWERS = [
    (httpx2.Response(200, content=b""), "an empty body (status 200)"),
    (
        httpx2.Response(
            200, text="<html>maintenance</html>", headers={"content-type": "text/html"}
        ),
        "a body that is not JSON (text/html)",
    ),
    (httpx2.Response(200, json=[1, 2]), "JSON without `data`"),
    (
        httpx2.Response(302, headers={"location": "https://example.com/login"}),
        "a 302 redirect to https://example.com/login",
    ),
]


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize(("answer", "said"), NOT_ANSWERS)
def test_an_answer_that_is_no_answer_is_described_as_what_it_is(
    answer: httpx2.Response, said: str, strict: bool
) -> None:
    client = make_client(
        "sync", Recorder(lambda request: answer), strict_response_validation=strict
    )
    with pytest.raises(APIResponseValidationError) as raised:
        call(client, GET, IDS)
    assert said in str(raised.value)
    assert "not an object with 'data'" not in str(raised.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", ["\ud800", "caf\udcff", "ok \udead ok"])
def test_a_lone_surrogate_is_refused_before_sending(mode: str, text: str) -> None:
    recorder = Recorder(lambda request: json_response(200, SUCCESS))
    client = make_client(mode, recorder)
    create = SPEC.operation("createCampaign")
    arguments = {
        "account_id": "18ce54d4x5t",
        "name": text,
        "funding_instrument_id": "lygyi",
        "daily_budget_amount_local_micro": 1_000_000,
        "entity_status": "PAUSED",
    }
    with pytest.raises(RequestValidationError) as raised:
        call(client, create, arguments)
    assert (raised.value.parameter, raised.value.rule) == ("name", "encoding")
    assert recorder.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_an_update_that_changes_nothing_is_refused(mode: str) -> None:
    recorder = Recorder(lambda request: json_response(200, SUCCESS))
    client = make_client(mode, recorder)
    with pytest.raises(RequestValidationError) as raised:
        call(client, SPEC.operation("updateCampaign"), IDS)
    assert raised.value.rule == "nothing-to-change"
    assert recorder.requests == []
    call(client, SPEC.operation("updateCampaign"), {**IDS, "name": "renamed"})
    assert len(recorder.requests) == 1


def test_a_batch_update_item_that_changes_nothing_is_refused() -> None:
    recorder = Recorder(lambda request: json_response(200, SUCCESS))
    client = make_client("sync", recorder)
    batch = SPEC.operation("batchCampaigns")
    items = [{"operation_type": "Update", "params": {"campaign_id": "8wku2"}}]
    with pytest.raises(RequestValidationError) as raised:
        call(client, batch, {"account_id": "18ce54d4x5t", "operations": items})
    assert raised.value.rule == "nothing-to-change"
    assert raised.value.parameter.startswith("operations[0]")
    assert recorder.requests == []
