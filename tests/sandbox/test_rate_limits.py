"""Rate limits from x-rate-limit-classes: headers on every answer, 429 with a correct reset."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from adsapi.cli import main
from tests.sandbox.conftest import ALICE, BOB, SPEC, new_account, send


def limits(response: Any, prefix: str = "x-rate-limit") -> tuple[int, int, int]:
    h = response.headers
    return int(h[f"{prefix}-limit"]), int(h[f"{prefix}-remaining"]), int(h[f"{prefix}-reset"])


def test_headers_count_down_per_token_and_per_account(
    make_app: Any, driver_for: Any, clock: Any
) -> None:
    app = make_app(rate_limit_scale=0.01)  # core-entity-reads: 100 per 900 s, writes: 4
    alice, bob = driver_for(ALICE, target=app), driver_for(BOB, target=app)
    account_id, _ = new_account(alice)
    other_account, _ = new_account(alice)
    start = int(clock.now)
    first = alice.call("listCampaigns", account_id=account_id)
    # core-entity-reads is counted per endpoint: the funding instrument reads made while the
    # accounts were created do not count against campaign reads.
    assert limits(first) == (100, 99, start + 900)
    assert limits(first, "x-account-rate-limit") == (100, 99, start + 900)
    clock.advance(10)
    second = alice.call("listCampaigns", account_id=other_account)
    assert limits(second) == (100, 98, start + 900)  # same token, same endpoint
    assert limits(second, "x-account-rate-limit")[1] == 99  # another account
    instruments = alice.call("listFundingInstruments", account_id=account_id)
    assert limits(instruments)[1] == 97  # its own window: three reads while creating accounts
    writes = alice.call(
        "createCampaign", account_id=account_id, name="x", funding_instrument_id="nosuch"
    )
    assert "x-account-rate-limit-limit" not in writes.headers  # writes count per user
    bob_view = bob.call("listAccounts")
    assert limits(bob_view)[:2] == (1, 0)  # global-reads: 5 * 0.01 is at least 1 call


def test_429_until_the_window_resets(make_app: Any, driver_for: Any, clock: Any) -> None:
    app = make_app(rate_limit_scale=2 / 450, timestamp_window=3600)  # writes: 2 per 60 s
    alice = driver_for(ALICE, target=app)
    start = int(clock.now)
    alice.ok("createAccount")
    clock.advance(30)
    alice.ok("createAccount")
    refused = alice.call("createAccount")
    assert refused.status_code == 429
    assert limits(refused) == (2, 0, start + 60)
    clock.advance(29.5)
    assert alice.call("createAccount").status_code == 429
    clock.advance(0.5)
    again = alice.call("createAccount")
    assert again.status_code == 200
    assert limits(again) == (2, 1, start + 120)
    assert len(alice.ok("listAccounts")["data"]) == 3  # refused calls changed nothing


def test_total_counts_use_their_own_class(make_app: Any, driver_for: Any) -> None:
    app = make_app(rate_limit_scale=0.01)  # total-count-reads: 2; core-entity-reads: 100
    alice = driver_for(ALICE, target=app)
    account_id, _ = new_account(alice)
    total = SPEC.rate_limit_classes["total-count-reads"]
    counted = alice.call("listCampaigns", account_id=account_id, with_total_count=True)
    assert limits(counted)[0] == int(total.limit * 0.01)
    # The endpoint's account-level limit is announced but not consumed (campaign reads have a
    # window of their own, untouched so far).
    assert limits(counted, "x-account-rate-limit")[1] == 100
    alice.call("listCampaigns", account_id=account_id, with_total_count=True)
    assert (
        alice.call("listCampaigns", account_id=account_id, with_total_count=True).status_code == 429
    )
    plain = alice.call("listCampaigns", account_id=account_id)
    assert plain.status_code == 200 and limits(plain)[:2] == (100, 99)


def test_limits_can_be_set_per_class(make_app: Any, driver_for: Any) -> None:
    app = make_app(rate_limits={"writes": 1})
    alice = driver_for(ALICE, target=app)
    assert limits(alice.call("createAccount"))[:2] == (1, 0)
    assert alice.call("createAccount").status_code == 429
    assert limits(alice.call("listAccounts"))[0] == SPEC.rate_limit_classes["global-reads"].limit


def test_bad_limits_are_refused_with_the_reason(make_app: Any) -> None:
    with pytest.raises(ValueError, match=r"unknown rate-limit class.*reads-of-doom"):
        make_app(rate_limits={"reads-of-doom": 3})
    with pytest.raises(ValueError, match="at least 1 call"):
        make_app(rate_limits={"writes": 0})
    result = CliRunner().invoke(main, ["sandbox", "--rate-limit", "writes=lots"])
    assert result.exit_code == 2 and "CLASS=N" in result.output
    result = CliRunner().invoke(main, ["sandbox", "--rate-limit", "nope=3"])
    assert result.exit_code == 2 and "unknown rate-limit class(es) nope" in result.output


def test_each_endpoint_of_a_per_endpoint_class_has_its_own_window(
    make_app: Any, driver_for: Any
) -> None:
    """core-entity-reads is counted per endpoint (`counted: per-endpoint`): three listCampaigns
    calls used to exhaust listFundingInstruments too. writes are counted per class."""
    app = make_app(rate_limits={"core-entity-reads": 3, "writes": 3})
    alice = driver_for(ALICE, target=app)
    account_id, _ = new_account(alice)  # a write and a funding instrument read
    for _ in range(3):
        alice.ok("listCampaigns", account_id=account_id)
    assert alice.call("listCampaigns", account_id=account_id).status_code == 429
    instruments = alice.call("listFundingInstruments", account_id=account_id)
    assert instruments.status_code == 200
    assert limits(instruments)[:2] == limits(instruments, "x-account-rate-limit")[:2] == (3, 1)
    alice.ok("updateAccount", account_id=account_id, name="renamed")  # the second write
    assert limits(alice.call("createAccount"))[:2] == (3, 0)  # the third, another endpoint
    refused = alice.call("createCampaign", account_id=account_id, name="x")
    assert refused.status_code == 429  # one window for every write


def test_every_authenticated_request_is_counted_and_told(make_app: Any, driver_for: Any) -> None:
    """Invalid requests were never counted, and 400 and 403 answers had no rate-limit headers.
    Now every request that passes authentication counts against its token (an invalid one too)
    and its answer says so; the account's window counts only requests in the caller's own
    account, so another user's cannot use it up. A 401 is not counted: it names no token
    whose signature was checked."""
    app = make_app(rate_limits={"core-entity-reads": 3})
    alice, bob = driver_for(ALICE, target=app), driver_for(BOB, target=app)
    account_id, _ = new_account(alice)
    invalid = alice.call("listCampaigns", account_id=account_id, count=5000)
    assert invalid.status_code == 400 and limits(invalid)[:2] == (3, 2)
    assert "x-account-rate-limit-limit" not in invalid.headers  # not read, not counted there
    unknown = alice.call("getCampaign", account_id=account_id, campaign_id="nosuch")
    assert unknown.status_code == 404 and limits(unknown, "x-account-rate-limit")[:2] == (3, 2)
    for _ in range(3):
        forbidden = bob.call("listCampaigns", account_id=account_id)
        assert (
            forbidden.status_code == 403 and "x-account-rate-limit-limit" not in forbidden.headers
        )
    assert limits(forbidden)[:2] == (3, 0)  # bob's own token
    assert bob.call("listCampaigns", account_id=account_id).status_code == 429
    valid = alice.call("listCampaigns", account_id=account_id)
    assert limits(valid)[:2] == (3, 1)
    assert limits(valid, "x-account-rate-limit")[:2] == (3, 2)  # bob's tries did not count
    alice.call("listCampaigns", account_id=account_id, count=0)
    assert alice.call("listCampaigns", account_id=account_id).status_code == 429
    unsigned = send(app, "GET", f"/12/accounts/{account_id}/campaigns", {})
    assert unsigned.status_code == 401 and "x-rate-limit-limit" not in unsigned.headers
