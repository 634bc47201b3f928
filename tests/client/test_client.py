"""Construction, hosts, credentials, raw access, per-call options, warnings, money, errors."""

from __future__ import annotations

import subprocess
import sys
import warnings
from decimal import Decimal

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from twitter_ads_client import (
    CURRENCY_PRECISION,
    ERROR_CODES,
    AdsClient,
    APIResponse,
    AsyncAdsClient,
    ConfigurationError,
    SandboxOnlyError,
    from_micros,
    to_micros,
)
from twitter_ads_client._exceptions import APIStatusError, error_class

from adsapi.spec import load_spec
from tests.client.harness import MODES, Recorder, call, json_response, make_client
from tests.client.wire import CREDENTIALS

SPEC = load_spec()
GET = SPEC.operation("getCampaign")
ANSWER = next(iter(GET.success.examples.values()))
IDS = {"account_id": "abc", "campaign_id": "def"}


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["TWITTER_CONSUMER_KEY", "TWITTER_CONSUMER_SECRET", "TWITTER_ACCESS_TOKEN"]
    for name in names:
        monkeypatch.setenv(name, "x")
    monkeypatch.delenv("TWITTER_ACCESS_TOKEN_SECRET", raising=False)
    with pytest.raises(
        ConfigurationError, match=r"access_token_secret.*TWITTER_ACCESS_TOKEN_SECRET"
    ):
        AdsClient()
    monkeypatch.setenv("TWITTER_ACCESS_TOKEN_SECRET", "y")
    assert str(AdsClient().base_url) == "https://ads-api.twitter.com/12"
    assert str(AsyncAdsClient(sandbox=True).base_url) == "https://ads-api-sandbox.twitter.com/12"


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/12"),
        ("http://localhost:9/", "http://localhost:9/12"),
        ("http://[::1]:8000/prefix", "http://[::1]:8000/prefix/12"),
        ("https://proxy.example/ads", "https://proxy.example/ads/12"),
    ],
)
def test_base_url_overrides_the_hosts(base_url: str, expected: str) -> None:
    assert str(AdsClient(**CREDENTIALS, base_url=base_url, api_version="12").base_url) == expected
    assert str(AdsClient(**CREDENTIALS, base_url=base_url, api_version="11").base_url).endswith(
        "/11"
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"base_url": "http://ads.example.com"}, "plain http"),
        ({"base_url": "http://10.0.0.1:8000"}, "plain http"),
        ({"base_url": "ftp://127.0.0.1"}, "https://"),
        ({"api_version": "9"}, "api_version"),
        ({"max_retries": -1}, "max_retries"),
        ({"http_client": httpx2.AsyncClient()}, "httpx2.Client"),
    ],
)
def test_bad_configuration_is_a_clear_error(options: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        AdsClient(**CREDENTIALS, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
def test_sandbox_only_operations_are_refused_against_production(mode: str) -> None:
    recorder = Recorder(lambda request: json_response(200, {}))
    for operation in (op for op in SPEC.operations.values() if op.sandbox_only):
        arguments = {p.name: "abc" for p in operation.parameters if p.required}
        if "currency" in arguments:
            continue  # funding instrument create: covered by the request tests with sandbox=True
        with pytest.raises(SandboxOnlyError, match=operation.operation_id):
            call(make_client(mode, recorder), operation, arguments)
    assert recorder.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_raw_response_headers_version_and_per_call_options(mode: str) -> None:
    headers = {
        "x-rate-limit-limit": "100",
        "x-rate-limit-remaining": "7",
        "x-rate-limit-reset": "1700000900",
        "x-account-rate-limit-remaining": "3",
        "x-account-rate-limit-reset": "1700000500",
        "x-current-api-version": "13",
    }
    recorder = Recorder(lambda request: json_response(200, ANSWER, headers))
    client = make_client(mode, recorder)
    raw = call(client, GET, IDS, raw=True, extra_headers={"X-Trace": "t1"}, timeout=2.5)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.api_version == "13"
    assert raw.rate_limit.remaining == 7 and raw.rate_limit.account_remaining == 3
    assert raw.rate_limit.retry_at == 1700000500
    assert raw.parse().id == ANSWER["data"]["id"]
    request = recorder.requests[0]
    assert request.headers["x-trace"] == "t1"
    assert request.extensions["timeout"]["read"] == 2.5
    assert request.headers["user-agent"].startswith("twitter-ads-client/")
    call(client, GET, IDS)  # without raw access: the default timeout is back
    assert recorder.requests[1].extensions["timeout"]["read"] == 60.0


@pytest.mark.parametrize("mode", MODES)
def test_api_warn_becomes_a_deprecation_warning(mode: str) -> None:
    warn = {"x-api-warn": "Version 11 is deprecated"}
    client = make_client(mode, Recorder(lambda request: json_response(200, ANSWER, warn)))
    with pytest.warns(DeprecationWarning, match="Version 11 is deprecated") as caught:
        call(client, GET, IDS)
    assert caught[0].filename == __file__ or "harness" in caught[0].filename
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        quiet = make_client(mode, Recorder(lambda request: json_response(200, ANSWER)))
        call(quiet, GET, IDS)


def test_every_status_the_spec_declares_has_its_own_exception() -> None:
    statuses = {error.status for error in SPEC.error_codes.values()}
    statuses |= {int(s) for op in SPEC.operations.values() for s in op.error_statuses}
    assert {405, 408, 423} <= statuses
    for status in statuses:
        cls = error_class(status)
        assert cls is not APIStatusError and issubclass(cls, APIStatusError)
        assert cls.status_code == status
    assert {code: e.status for code, e in SPEC.error_codes.items()} == ERROR_CODES


@given(
    currency=st.sampled_from(sorted(CURRENCY_PRECISION)),
    units=st.integers(0, 10**12),
    data=st.data(),
)
def test_micros_round_trip_at_the_currency_precision(
    currency: str, units: int, data: st.DataObject
) -> None:
    places = CURRENCY_PRECISION[currency]
    amount = Decimal(units).scaleb(-places)
    micros = to_micros(amount, currency)
    assert micros == units * 10 ** (6 - places)
    assert from_micros(micros, currency) == amount
    assert str(from_micros(micros, currency)) == str(amount.quantize(Decimal(1).scaleb(-places)))
    finer = amount + Decimal(1).scaleb(-places - 1)
    with pytest.raises(ValueError, match=currency):
        to_micros(finer, currency)


def test_money_helpers_refuse_what_is_not_money() -> None:
    assert dict(SPEC.currency_precision) == CURRENCY_PRECISION
    assert to_micros("5.50", "USD") == 5_500_000 and to_micros(5, "JPY") == 5_000_000
    assert from_micros(5_500_000, "USD") == Decimal("5.50")
    assert from_micros(1_234, "KWD") == Decimal("0.001234")  # finer than KWD: kept, not rounded
    with pytest.raises(TypeError, match="float"):
        to_micros(5.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=">= 0"):
        to_micros("-1", "USD")
    with pytest.raises(ValueError, match="unknown currency"):
        to_micros(1, "XXX")


def test_importing_the_package_loads_no_resource_model_or_http_library() -> None:
    code = (
        "import sys, twitter_ads_client as t;"
        "assert 'httpx2' not in sys.modules and 'pydantic' not in sys.modules, 'eager';"
        "assert not [m for m in sys.modules if m.startswith('twitter_ads_client.resources')];"
        "t.AdsClient; assert 'twitter_ads_client.resources.campaigns' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
