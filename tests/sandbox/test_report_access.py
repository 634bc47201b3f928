"""Who may read the conformance report over HTTP: each user their own requests through a
signed request, the operator everything with the token printed at start-up, nobody else.

Each test failed before (issue 10, commit e85d13f): `GET /_sandbox/report` needed no
credentials and showed every user's paths, identifiers, names and bodies.
"""

from __future__ import annotations

import json
from typing import Any

from tests.sandbox.conftest import ALICE, BOB, errors_of, new_account, new_campaign, send, signed

PAGES = ("/_sandbox/report", "/_sandbox/report.html")


def busy_sandbox(make_app: Any, driver_for: Any) -> tuple[Any, str, str]:
    """An app where alice and bob each made an account and a campaign, and each sent a create
    the report files as a violation, with its example body (a telling name)."""
    app = make_app(operator_token="operator-secret")
    alice, bob = driver_for(ALICE, target=app), driver_for(BOB, target=app)
    alice_account, instrument = new_account(alice)
    new_campaign(alice, alice_account, instrument)
    bob_account, instrument = new_account(bob)
    new_campaign(bob, bob_account, instrument)
    alice.call("createCampaign", account_id=alice_account, name="alice-plan")
    bob.call("createCampaign", account_id=bob_account, name="bob-plan")
    return app, alice_account, bob_account


def test_without_credentials_the_report_is_401(make_app: Any, driver_for: Any) -> None:
    app, alice_account, _ = busy_sandbox(make_app, driver_for)
    for page in PAGES:
        refused = send(app, "GET", page, {})
        assert refused.status_code == 401
        assert errors_of(refused) == [("UNAUTHORIZED_ACCESS", "Authorization")]
        assert alice_account not in refused.text
        wrong = send(app, "GET", page + "?operator_token=guess", {})
        assert wrong.status_code == 401
        assert errors_of(wrong) == [("UNAUTHORIZED_ACCESS", "operator_token")]


def test_a_user_sees_only_their_own_requests(make_app: Any, driver_for: Any) -> None:
    app, alice_account, bob_account = busy_sandbox(make_app, driver_for)
    for user, own, other in (
        (ALICE, alice_account, bob_account),
        (BOB, bob_account, alice_account),
    ):
        for page in PAGES:
            seen = send(app, "GET", page, signed(user, "GET", page))
            assert seen.status_code == 200, seen.text
            assert own in seen.text and other not in seen.text
            theirs = "bob-plan" if user is ALICE else "alice-plan"
            assert f"{user.user}-plan" in seen.text and theirs not in seen.text
        report = send(app, "GET", PAGES[0], signed(user, "GET", PAGES[0])).json()
        assert report["user"] == user.user
        assert report["summary"]["requests"] == 4
        assert {r["user"] for r in report["recent_requests"]} == {user.user}
        assert [f["parameter"] for f in report["findings"]] == ["funding_instrument_id"]


def test_the_operator_sees_everything(make_app: Any, driver_for: Any) -> None:
    app, alice_account, bob_account = busy_sandbox(make_app, driver_for)
    header = {"Authorization": "Bearer operator-secret"}
    whole = send(app, "GET", PAGES[0], header).json()
    assert whole["user"] is None and whole["summary"]["requests"] == 8
    assert whole == json.loads(json.dumps(app.state.sandbox.report.as_json())) | {
        "generated_at": whole["generated_at"]
    }
    paths = " ".join(r["path"] for r in whole["recent_requests"])
    assert alice_account in paths and bob_account in paths
    page = send(app, "GET", PAGES[1] + "?operator_token=operator-secret", {})
    assert page.status_code == 200 and "alice-plan" in page.text


def test_a_replayed_report_request_is_refused(make_app: Any, driver_for: Any) -> None:
    app, _, _ = busy_sandbox(make_app, driver_for)
    headers = signed(ALICE, "GET", PAGES[0])
    assert send(app, "GET", PAGES[0], headers).status_code == 200
    assert errors_of(send(app, "GET", PAGES[0], headers)) == [
        ("UNAUTHORIZED_ACCESS", "oauth_nonce")
    ]
