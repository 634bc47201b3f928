"""Every answer of every operation, success and error alike, validates against the spec: status,
body and headers. (Every test's answers are checked by `CheckedDriver`; this one makes sure each
operation is driven through each status the sandbox can give it.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sandbox.users import User
from tests.sandbox.conftest import ALICE, SPEC, CheckedDriver, new_account, new_campaign

Context = dict[str, str]


def valid_calls(ctx: Context) -> dict[str, dict[str, Any]]:
    a, fi, c = ctx["account"], ctx["instrument"], ctx["campaign"]
    return {
        "listAccounts": {"count": 5, "with_total_count": True},
        "createAccount": {},
        "getAccount": {"account_id": a},
        "updateAccount": {"account_id": a, "name": "renamed", "industry_type": "RETAIL"},
        "deleteAccount": {"account_id": ctx["spare_account"]},
        "listFundingInstruments": {"account_id": a, "sort_by": "start_time-desc"},
        "createFundingInstrument": {
            "account_id": a,
            "currency": "JPY",
            "type": "INSERTION_ORDER",
            "start_time": "2024-01-01T00:00:00Z",
            "funded_amount_local_micro": 10_000_000,
        },
        "getFundingInstrument": {"account_id": a, "funding_instrument_id": fi},
        "deleteFundingInstrument": {"account_id": a, "funding_instrument_id": ctx["spare_fi"]},
        "listCampaigns": {"account_id": a, "q": "c", "with_draft": True},
        "createCampaign": {"account_id": a, "funding_instrument_id": fi, "name": "n"},
        "getCampaign": {"account_id": a, "campaign_id": c},
        "updateCampaign": {"account_id": a, "campaign_id": c, "total_budget_amount_local_micro": 9},
        "deleteCampaign": {"account_id": a, "campaign_id": ctx["spare_campaign"]},
        "batchCampaigns": {
            "account_id": a,
            "body": [
                {"operation_type": "Create", "params": {"name": "b", "funding_instrument_id": fi}}
            ],
        },
    }


def broken(op_id: str, call: dict[str, Any]) -> dict[str, Any] | None:
    """The valid call with one parameter broken (None where only strict mode can refuse)."""
    op = SPEC.operation(op_id)
    if op.batch is not None:
        return {**call, "body": []}
    for param in op.parameters:
        if param.location == "path":
            continue
        if param.shape.kind == "integer":
            return {**call, param.name: -5}
        if param.shape.kind == "boolean":
            return {**call, param.name: "maybe"}
        if param.shape.constraints.enum:
            return {**call, param.name: "NOT_A_CHOICE"}
    return None


def build_context(driver: CheckedDriver, tick: Callable[[], None] = lambda: None) -> Context:
    """Entities for every valid call; `tick` runs before each request (to reset windows)."""
    tick()
    account, instrument = new_account(driver)
    tick()
    spare_account, _ = new_account(driver)
    tick()
    spare_fi = driver.ok(
        "createFundingInstrument",
        account_id=account,
        currency="USD",
        type="CREDIT_CARD",
        start_time="2024-01-01T00:00:00Z",
    )["data"]["id"]
    tick()
    campaign = new_campaign(driver, account, instrument, name="c1")["id"]
    tick()
    spare_campaign = new_campaign(driver, account, instrument, name="c2")["id"]
    return {
        "account": account,
        "instrument": instrument,
        "spare_account": spare_account,
        "spare_fi": spare_fi,
        "campaign": campaign,
        "spare_campaign": spare_campaign,
    }


def test_every_operation_through_every_status(
    make_app: Callable[..., Any], driver_for: Callable[..., CheckedDriver]
) -> None:
    app = make_app(strict=True)
    alice = driver_for(ALICE, target=app)
    calls = valid_calls(build_context(alice))
    assert set(calls) == set(SPEC.operations), "a new operation needs a valid call here"
    forger = driver_for(
        User("alice", ALICE.consumer_key, "wrong", ALICE.access_token, "wrong"), target=app
    )
    for op_id, call in calls.items():
        op = SPEC.operation(op_id)
        assert alice.call(op_id, **call).status_code == 200
        assert forger.call(op_id, **call).status_code == 401
        bad = broken(op_id, call)
        if bad is not None:
            assert alice.call(op_id, **bad).status_code == 400
        else:  # strict mode refuses an unknown parameter
            response = alice.request(op.method, _path(op.path, call), params={"zz": "1"})
            assert response.status_code == 400
            alice.seen.append((op_id, 400))
        if "account_id" in call:
            assert alice.call(op_id, **{**call, "account_id": "nosuch"}).status_code == 403
        ids = [p.name for p in op.parameters if p.location == "path" and p.name != "account_id"]
        if ids:
            assert alice.call(op_id, **{**call, ids[0]: "nosuch"}).status_code == 404
    seen = set(alice.seen) | set(forger.seen)
    for op_id in calls:
        statuses = {status for op, status in seen if op == op_id}
        assert {200, 400, 401} <= statuses, (op_id, statuses)


def test_every_operation_answers_429_by_the_spec(
    make_app: Callable[..., Any], driver_for: Callable[..., CheckedDriver], clock: Any
) -> None:
    # One call per window; the clock jumps past every window between calls (the OAuth window
    # is widened so that authlib's real timestamps stay acceptable).
    app = make_app(rate_limit_scale=1e-9, timestamp_window=10**6)
    alice = driver_for(ALICE, target=app)
    tick = lambda: clock.advance(1000)  # noqa: E731
    calls = valid_calls(build_context(alice, tick))
    for op_id, call in calls.items():
        tick()
        first = alice.call(op_id, **call)
        assert first.status_code == 200, first.text
        second = alice.call(op_id, **call)
        assert second.status_code == 429
        assert second.json()["errors"][0]["code"] == "TOO_MANY_REQUESTS"
        reset = int(
            second.headers.get("x-account-rate-limit-reset") or second.headers["x-rate-limit-reset"]
        )
        assert (
            reset
            == int(clock.now)
            + SPEC.rate_limit_classes[SPEC.operation(op_id).rate_limit_class].window_seconds
        )
        assert str(reset) in second.json()["errors"][0]["message"]
    assert {op for op, status in alice.seen if status == 429} == set(calls)


def _path(template: str, call: dict[str, Any]) -> str:
    for name, value in call.items():
        template = template.replace("{" + name + "}", str(value))
    return template
