"""Every answer of every operation, success and error alike, validates against the spec of the
version it answers: status, body and headers. (Every test's answers are checked by
`CheckedDriver`; this one makes sure each operation of each version is driven through each status
the sandbox can give it, with the sandbox emulating a day that serves the version.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from adsapi.sandbox.users import User
from adsapi.sandbox.world import World
from adsapi.spec import ApiSpec
from tests.sandbox.conftest import ALICE, CheckedDriver
from tests.sandbox.versioned import VERSIONS, day_serving, spec_of

WARN = "x-api-warn"


def valid_calls(driver: CheckedDriver, tick: Callable[[], None] = lambda: None) -> dict:
    """A valid call of every operation of the driver's version, naming real entities, all
    derived from the spec (adsapi.sandbox.world); `tick` runs before each request the world
    makes (to reset rate-limit windows)."""

    def call(operation_id: str, arguments: dict[str, Any]) -> Any:
        tick()
        return driver.ok(operation_id, **arguments)["data"]

    world = World(driver.spec, call)
    return {op_id: world.valid_call(op) for op_id, op in driver.spec.operations.items()}


def broken(spec: ApiSpec, op_id: str, call: dict[str, Any]) -> dict[str, Any] | None:
    """The valid call with one parameter broken (None where only strict mode can refuse)."""
    op = spec.operation(op_id)
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


@pytest.mark.parametrize("version", VERSIONS)
def test_every_operation_through_every_status(
    version: str, make_app: Callable[..., Any], driver_for: Callable[..., CheckedDriver]
) -> None:
    spec = spec_of(version)
    app = make_app(strict=True, as_of=day_serving(version))
    served = app.state.sandbox.served
    alice = driver_for(ALICE, target=app, spec=spec)
    calls = valid_calls(alice)
    forger = driver_for(
        User("alice", ALICE.consumer_key, "wrong", ALICE.access_token, "wrong"),
        target=app,
        spec=spec,
    )
    answers = []
    for op_id, call in calls.items():
        op = spec.operation(op_id)
        answers.append(alice.call(op_id, **call))
        assert answers[-1].status_code == 200, answers[-1].text
        answers.append(forger.call(op_id, **call))
        assert answers[-1].status_code == 401
        bad = broken(spec, op_id, call)
        if bad is not None:
            answers.append(alice.call(op_id, **bad))
        else:  # strict mode refuses an unknown parameter
            answers.append(alice.request(op.method, _path(op.path, call), params={"zz": "1"}))
            alice.seen.append((op_id, 400))
        assert answers[-1].status_code == 400
        if "account_id" in call:
            answers.append(alice.call(op_id, **{**call, "account_id": "nosuch"}))
            assert answers[-1].status_code == 403
        ids = [p.name for p in op.parameters if p.location == "path" and p.name != "account_id"]
        if ids:
            answers.append(alice.call(op_id, **{**call, ids[0]: "nosuch"}))
            assert answers[-1].status_code == 404
    seen = set(alice.seen) | set(forger.seen)
    for op_id in calls:
        statuses = {status for op, status in seen if op == op_id}
        assert {200, 400, 401} <= statuses, (op_id, statuses)
    # Whatever the status, the version headers are the emulated day's; a version that was ever
    # deprecated is emulated on a day it was, so its answers carry x-api-warn.
    warning = served.warnings.get(version)
    assert (warning is not None) == (spec.api_version(version).deprecated is not None)
    for answer in answers:
        assert answer.headers["x-current-api-version"] == served.current
        assert answer.headers.get(WARN) == warning


@pytest.mark.parametrize("version", VERSIONS)
def test_every_operation_answers_429_by_the_spec(
    version: str,
    make_app: Callable[..., Any],
    driver_for: Callable[..., CheckedDriver],
    clock: Any,
) -> None:
    # One call per window; the clock jumps past every window between calls (the OAuth window
    # is widened so that authlib's real timestamps stay acceptable).
    spec = spec_of(version)
    app = make_app(rate_limit_scale=1e-9, timestamp_window=10**6, as_of=day_serving(version))
    alice = driver_for(ALICE, target=app, spec=spec)
    tick = lambda: clock.advance(1000)  # noqa: E731
    calls = valid_calls(alice, tick)
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
            + spec.rate_limit_classes[spec.operation(op_id).rate_limit_class].window_seconds
        )
        assert str(reset) in second.json()["errors"][0]["message"]
    assert {op for op, status in alice.seen if status == 429} == set(calls)


def _path(template: str, call: dict[str, Any]) -> str:
    for name, value in call.items():
        template = template.replace("{" + name + "}", str(value))
    return template
