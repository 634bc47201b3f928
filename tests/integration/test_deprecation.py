"""Deprecation end to end: the clients generated for versions 4 and 5, against one sandbox
emulating 2019-03-01 (4 deprecated, 5 current)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from adsapi.sandbox.app import create_app
from tests.client.harness import _LOOP, MODES, collect, resolve
from tests.integration.clients import Bench, VersionClients

DAY = "2019-03-01"


@pytest.fixture(scope="module")
def benches(version_clients: VersionClients) -> Iterator[dict[str, Bench]]:
    app = create_app(as_of=DAY, strict=True, seed=4)
    yield {v: Bench.build(v, version_clients.module(v), _LOOP, app=app) for v in ("4", "5")}


@pytest.mark.parametrize("mode", MODES)
def test_the_client_of_a_deprecated_version_warns_with_the_servers_words(
    benches: dict[str, Bench], mode: str
) -> None:
    four = benches["4"]
    expected = four.app.state.sandbox.served.warnings["4"]
    client = four.clients[mode]
    with pytest.warns(DeprecationWarning) as caught:
        raw = resolve(client.with_raw_response.accounts.create())
    assert [str(w.message) for w in caught] == [f"X Ads API: {expected}"]
    # It points at the caller (here, or the harness awaiting for it), not into the client.
    assert "twitter_ads_client" not in caught[0].filename
    assert raw.warning == expected and "2019-08-28" in expected and "version 5" in expected
    assert raw.api_version == "5"  # x-current-api-version: the current version of that day
    account = raw.parse()[0]
    assert account.salt  # a version 4 account object

    five = benches["5"].clients[mode]
    with warnings.catch_warnings(record=True) as quiet:
        warnings.simplefilter("always")
        raw = resolve(five.with_raw_response.accounts.get(account.id))
        listed = collect(resolve(five.accounts.list()))
    assert [w for w in quiet if issubclass(w.category, DeprecationWarning)] == []
    assert raw.api_version == "5" and raw.warning is None
    assert raw.parse().id == account.id and account.id in {a.id for a in listed}


def test_the_report_tells_the_versions_apart(benches: dict[str, Bench]) -> None:
    report: Any = benches["4"].report.as_json()
    assert report["as_of"] == DAY and list(report["warnings"]) == ["4"]
    versions = {r["version"] for r in report["recent_requests"]}
    assert versions <= {"4", "5"} and report["findings"] == []
