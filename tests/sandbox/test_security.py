"""OAuth 1.0a verification and per-user isolation: what must be refused is refused."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from adsapi.sandbox.users import DEFAULT_USER, User, UsersFileError, users_from_data
from tests.sandbox.conftest import (
    ALICE,
    BOB,
    USERS,
    errors_of,
    new_account,
    new_campaign,
    send,
    signed,
)


def assert_unauthorized(response: Any, parameter: str) -> None:
    assert response.status_code == 401, response.text
    assert errors_of(response) == [("UNAUTHORIZED_ACCESS", parameter)]
    assert response.headers["x-current-api-version"] == "12"


def test_a_correctly_signed_request_passes(app: Any) -> None:
    response = send(app, "GET", "/12/accounts", signed(ALICE, "GET", "/12/accounts"))
    assert response.status_code == 200


def test_no_authorization_header(app: Any) -> None:
    assert_unauthorized(send(app, "GET", "/12/accounts", {}), "Authorization")


def test_tampered_query_breaks_the_signature(app: Any) -> None:
    headers = signed(ALICE, "GET", "/12/accounts?count=5")
    assert_unauthorized(send(app, "GET", "/12/accounts?count=6", headers), "oauth_signature")


def test_tampered_form_body_breaks_the_signature(app: Any, alice: Any) -> None:
    account_id, _ = new_account(alice)
    url = f"/12/accounts/{account_id}"
    headers = signed(ALICE, "PUT", url, "name=honest")
    response = send(app, "PUT", url, headers, b"name=forged")
    assert_unauthorized(response, "oauth_signature")
    assert alice.ok("getAccount", account_id=account_id)["data"]["name"] == "Sandbox account"


def test_the_signature_covers_encoded_colons_and_commas(app: Any, alice: Any) -> None:
    account_id, _ = new_account(alice)
    url = f"/12/accounts/{account_id}/campaigns?campaign_ids=abc,def&q=a:b"
    response = send(app, "GET", url, signed(ALICE, "GET", url))
    assert response.status_code == 200, response.text


def test_wrong_consumer_secret(app: Any) -> None:
    wrong = User(
        ALICE.user,
        ALICE.consumer_key,
        "not-the-secret",
        ALICE.access_token,
        ALICE.access_token_secret,
    )
    response = send(app, "GET", "/12/accounts", signed(wrong, "GET", "/12/accounts"))
    assert_unauthorized(response, "oauth_signature")


def test_wrong_token_secret(app: Any) -> None:
    wrong = User(
        ALICE.user,
        ALICE.consumer_key,
        ALICE.consumer_secret,
        ALICE.access_token,
        "not-the-token-secret",
    )
    response = send(app, "GET", "/12/accounts", signed(wrong, "GET", "/12/accounts"))
    assert_unauthorized(response, "oauth_signature")


def test_unknown_token(app: Any) -> None:
    stranger = User("eve", ALICE.consumer_key, ALICE.consumer_secret, "eve-token", "x")
    response = send(app, "GET", "/12/accounts", signed(stranger, "GET", "/12/accounts"))
    assert_unauthorized(response, "oauth_token")


@pytest.mark.parametrize("offset", [-301, 301, -3600])
def test_stale_or_future_timestamp(app: Any, clock: Any, offset: int) -> None:
    stamp = str(int(clock.now) + offset)
    headers = signed(ALICE, "GET", "/12/accounts", oauth_timestamp=stamp)
    assert_unauthorized(send(app, "GET", "/12/accounts", headers), "oauth_timestamp")


def test_timestamp_inside_the_window_passes(app: Any, clock: Any) -> None:
    clock.advance(260)  # signed after the sandbox started (before that, see the next test)
    stamp = str(int(clock.now) - 250)
    headers = signed(ALICE, "GET", "/12/accounts", oauth_timestamp=stamp)
    assert send(app, "GET", "/12/accounts", headers).status_code == 200


def test_a_request_signed_before_the_sandbox_started_is_refused(app: Any, clock: Any) -> None:
    """Its nonce may have been used with an earlier run over the same state: it is refused like
    a replay (see test_hostile_server.py for a real restart)."""
    stamp = str(int(clock.now) - 10)
    headers = signed(ALICE, "GET", "/12/accounts", oauth_timestamp=stamp)
    assert_unauthorized(send(app, "GET", "/12/accounts", headers), "oauth_nonce")


def test_replayed_nonce_is_refused(app: Any) -> None:
    headers = signed(ALICE, "GET", "/12/accounts", oauth_nonce="once-only")
    assert send(app, "GET", "/12/accounts", headers).status_code == 200
    assert_unauthorized(send(app, "GET", "/12/accounts", headers), "oauth_nonce")


def test_a_refused_signature_does_not_burn_the_nonce(app: Any) -> None:
    good = signed(ALICE, "GET", "/12/accounts", oauth_nonce="n-1")
    forged = {
        "Authorization": good["Authorization"].replace('oauth_signature="', 'oauth_signature="X')
    }
    assert send(app, "GET", "/12/accounts", forged).status_code == 401
    assert send(app, "GET", "/12/accounts", good).status_code == 200


@pytest.mark.parametrize("method", ["PLAINTEXT", "RSA-SHA1"])
def test_only_hmac_sha1(app: Any, method: str) -> None:
    headers = signed(ALICE, "GET", "/12/accounts", oauth_signature_method=method)
    assert_unauthorized(send(app, "GET", "/12/accounts", headers), "oauth_signature_method")


def test_another_users_account_is_not_found_and_not_shown(alice: Any, bob: Any) -> None:
    account_id, instrument = new_account(alice)
    campaign = new_campaign(alice, account_id, instrument, name="alice's secret plan")
    attempts = [
        bob.call("getAccount", account_id=account_id),
        bob.call("listCampaigns", account_id=account_id),
        bob.call("getCampaign", account_id=account_id, campaign_id=campaign["id"]),
        bob.call("updateCampaign", account_id=account_id, campaign_id=campaign["id"], name="x"),
        bob.call("deleteCampaign", account_id=account_id, campaign_id=campaign["id"]),
        bob.call("listFundingInstruments", account_id=account_id),
        bob.call(
            "batchCampaigns",
            account_id=account_id,
            body=[{"operation_type": "Delete", "params": {"campaign_id": campaign["id"]}}],
        ),
    ]
    for response in attempts:
        assert response.status_code == 403
        assert errors_of(response) == [("ACCOUNT_NOT_FOUND", "account_id")]
        assert "secret plan" not in response.text
    # Exactly what an account that does not exist gets.
    missing = bob.call("getAccount", account_id="nosuchacct")
    assert missing.status_code == 403
    assert errors_of(missing) == errors_of(attempts[0])
    assert bob.ok("listAccounts")["data"] == []
    assert (
        alice.ok("getCampaign", account_id=account_id, campaign_id=campaign["id"])["data"]["name"]
        == "alice's secret plan"
    )


def test_two_apps_acting_for_one_user_share_its_data(make_app: Any, driver_for: Any) -> None:
    other_app = User("alice", "app-two-key", "app-two-secret", "alice-2", "alice-2-secret")
    app = make_app(users=(*USERS, other_app))
    first = driver_for(ALICE, target=app)
    second = driver_for(other_app, target=app)
    account_id, _ = new_account(first)
    assert [a["id"] for a in second.ok("listAccounts")["data"]] == [account_id]


def test_users_file_is_checked() -> None:
    with pytest.raises(UsersFileError, match=r"users\[0\]: 'access_token' must be"):
        users_from_data(
            [{"user": "a", "consumer_key": "k", "consumer_secret": "s", "access_token_secret": "t"}]
        )
    with pytest.raises(UsersFileError, match="already used"):
        entry = {
            "user": "a",
            "consumer_key": "k",
            "consumer_secret": "s",
            "access_token": "t",
            "access_token_secret": "u",
        }
        users_from_data([entry, {**entry, "user": "b"}])
    with pytest.raises(UsersFileError, match="non-empty JSON list"):
        users_from_data({})


def test_credentials_never_in_logs_or_report(
    app: Any, alice: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="adsapi.sandbox")
    account_id, _ = new_account(alice)
    alice.call("listCampaigns", account_id=account_id, count="bad")
    # OAuth parameters in the query string (allowed by RFC 5849) must not leak either.
    leaky = f"/12/accounts/{account_id}?oauth_token={ALICE.access_token}&x=1"
    send(app, "GET", leaky, signed(ALICE, "GET", f"/12/accounts/{account_id}"))
    send(app, "GET", "/12/accounts", signed(BOB, "GET", "/12/accounts?wrong=1"))
    report = json.dumps(app.state.sandbox.report.as_json())
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /12/accounts" in logged  # the access log did run
    for secret in (*ALICE.secrets(), *BOB.secrets(), *DEFAULT_USER.secrets()):
        assert secret not in report
        assert secret not in logged
    assert "oauth_signature" not in report.replace('"oauth_signature"', "")
    assert repr(ALICE) == "User(user='alice')"
