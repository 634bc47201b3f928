"""What hostile traffic leaves behind in the sandbox's memory: a bounded amount, whatever is sent.

Each test failed before (issue 10, commit e85d13f): the validator's memory of verdicts kept
every rejected value (twenty names of 1 MB stayed resident), the report filed findings under
parameter names the client chose, each with its whole query (300 requests grew it from 63 KB to
18 MB), base string URIs of any length were cached, and nonces were kept without a bound.
`bench/soak.py` runs the same kinds of traffic for minutes against a real server.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
import urllib.parse
from collections.abc import Callable
from typing import Any

from tests.sandbox.conftest import ALICE, new_account, send, signed

MB = 2**20


def retained(action: Callable[[], None]) -> int:
    """Bytes allocated by `action` and still alive after it (tracemalloc, after collection)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        action()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_rejected_long_values_are_not_kept(alice: Any) -> None:
    account_id, instrument = new_account(alice)
    path = f"/accounts/{account_id}/campaigns"

    def create(name: str) -> None:
        sent = {"name": name, "funding_instrument_id": instrument}
        assert alice.request("POST", path, data=sent).status_code == 400  # over 255 characters

    create("w" * 1000)  # the report files its finding once; what follows is the same finding
    kept = retained(lambda: [create(chr(ord("a") + n) * 1_000_000) for n in range(20)])
    assert kept < 2 * MB, kept


def test_parameter_names_a_client_chooses_do_not_grow_the_report(app: Any, alice: Any) -> None:
    account_id, _ = new_account(alice)
    report = app.state.sandbox.report
    before = len(json.dumps(report.as_json()))
    for n in range(300):
        listed = alice.request(
            "GET", f"/accounts/{account_id}/campaigns", params={f"p{n}": "v" * 20_000}
        )
        assert listed.status_code == 200  # unknown parameters are ignored, as the API does
    grown = len(json.dumps(report.as_json())) - before
    assert grown < 256 * 1024, grown
    unknown = [f for f in report.as_json()["findings"] if f["rule"] == "unknown-parameter"]
    assert len(unknown) == 21
    assert {f["parameter"]: f["count"] for f in unknown}["(more)"] == 280


def test_long_urls_are_not_cached(app: Any) -> None:
    """Base string URIs are cached for speed; an attacker's URLs, each 60 KB, are not. (The
    standard library keeps the last 128 URLs it split, 60 KB at most each with the server's
    line limit: a bounded cache of its own, emptied here so that the sandbox's is measured.)"""
    headers = signed(ALICE, "GET", "/12/accounts")  # a known token, a signature for another URL

    def knock() -> None:
        for n in range(50):
            answer = send(app, "GET", f"/12/accounts/{n}{'a' * 60_000}", headers)
            assert answer.status_code == 401
        urllib.parse.clear_cache()

    assert retained(knock) < 1 * MB


def test_nonces_are_kept_in_bounded_memory() -> None:
    """Past its capacity the ledger forgets its oldest seconds and raises its floor: a replay
    is still refused (its nonce is kept, or its time is below the floor)."""
    from adsapi.sandbox.nonces import NonceLedger  # here: the other tests run on any revision

    ledger = NonceLedger(floor=1000, window=300, capacity=1000)
    for n in range(5000):
        assert ledger.use("app", "token", f"nonce-{n}", 1000 + n // 100, now=1040)
    assert len(ledger) <= 1000
    assert ledger.floor > 1000
    assert not ledger.use("app", "token", "nonce-0", 1000, now=1040)  # below the floor
    assert not ledger.use("app", "token", "nonce-4999", 1049, now=1040)  # kept, seen
    assert ledger.use("app", "token", "fresh", 1049, now=1040)
    assert ledger.use("app", "other-token", "nonce-4999", 1049, now=1040)  # per token
