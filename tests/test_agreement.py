"""The client and the sandbox read the spec alike: what the client refuses before sending, the
sandbox refuses when it receives it, and for the same parameter.

For every operation, hypothesis breaks one constraint or rule of a valid call (tests/strategies).
The generated client must raise `RequestValidationError` with nothing sent. The request it would
have sent (encoded by the client's own wire functions, so byte for byte the same) is then sent to
a strict sandbox, which must refuse it and name the same parameter. Only breakages that exist on
the wire take part: a Python type mistake (`"12"` for an integer) or `None` where a value is
required has no wire form of its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from twitter_ads_client import AdsClient, RequestValidationError
from twitter_ads_client._wire import encode_request

from adsapi.generator.naming import constant_name, snake_case
from adsapi.sandbox.app import create_app
from adsapi.sandbox.driver import Driver
from adsapi.spec import load_spec
from adsapi.spec.model import Operation
from tests.sandbox.conftest import ALICE, USERS, FakeClock, new_account, new_campaign
from tests.strategies import call_parameters, invalid_arguments

SPEC = load_spec()
WIRE_RULES = frozenset(
    {
        "enum",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "exclusive",
        "not-greater-than",
        "only-when",
    }
)
OPERATIONS = [op for op in SPEC.operations.values() if op.batch is None and call_parameters(op)]


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Any, Driver, dict[str, str]]]:
    """A strict sandbox with one real account, funding instrument and campaign of Alice's, so
    that what is left valid in a call names things that exist."""
    app = create_app(
        SPEC, users=USERS, clock=FakeClock(), seed=11, strict=True, rate_limit_scale=1000
    )
    driver = Driver(SPEC, ALICE, app=app)
    account, instrument = new_account(driver)
    campaign = new_campaign(driver, account, instrument, daily_budget_amount_local_micro=10)
    yield (
        app,
        driver,
        {
            "account_id": account,
            "funding_instrument_id": instrument,
            "campaign_id": campaign["id"],
        },
    )
    driver.close()


def refused_by_client(op: Operation, arguments: dict[str, Any]) -> RequestValidationError:
    sent: list[httpx2.Request] = []
    client = AdsClient(
        ALICE.consumer_key,
        ALICE.consumer_secret,
        ALICE.access_token,
        ALICE.access_token_secret,
        base_url="http://127.0.0.1",
        http_client=httpx2.Client(transport=httpx2.MockTransport(sent.append)),
    )
    method = getattr(getattr(client, op.resource), op.verb)
    positional = [arguments[p.name] for p in op.parameters_in("path")]
    keywords = {k: v for k, v in arguments.items() if op.parameter(k).location != "path"}
    with pytest.raises(RequestValidationError) as refused:
        method(*positional, **keywords)
    assert sent == [], "a refused call sent a request"
    return refused.value


def send_anyway(driver: Driver, op: Operation, arguments: dict[str, Any]) -> httpx2.Response:
    """What the client would have put on the wire, sent signed to the sandbox."""
    module = importlib.import_module(f"twitter_ads_client.resources.{snake_case(op.resource)}")
    table = getattr(module, constant_name(op.operation_id))
    wire = encode_request(op.method, op.path, table.params, arguments)
    headers, content = {}, None
    if wire.form is not None:
        headers["content-type"] = "application/x-www-form-urlencoded"
        content = wire.form.encode()
    return driver.request(op.method, wire.path, content=content, headers=headers)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_what_the_client_refuses_the_sandbox_refuses(
    op: Operation, world: tuple[Any, Driver, dict[str, str]], data: st.DataObject
) -> None:
    _app, driver, ids = world
    invalid = data.draw(invalid_arguments(op))
    assume(invalid.rule in WIRE_RULES)
    arguments = dict(invalid.arguments)
    for name, real in ids.items():
        # Identifiers left valid name real entities, so that only the broken value is wrong.
        if name in arguments and name != invalid.parameter:
            arguments[name] = real
    refused = refused_by_client(op, arguments)
    named_by_client = {p.parameter for p in refused.problems}

    response = send_anyway(driver, op, arguments)
    errors = response.json()["errors"]
    culprit = op.parameter(invalid.parameter)
    if culprit is not None and culprit.location == "path":
        # A bad identifier in the path is not found; an empty one makes another route.
        assert response.status_code == 404, (invalid, response.text)
        if errors[0]["code"] == "ROUTE_NOT_FOUND":
            return
    else:
        assert response.status_code == 400, (invalid, response.status_code, response.text)
    named_by_sandbox = {e.get("parameter") for e in errors}
    assert named_by_client & named_by_sandbox, (invalid, named_by_client, response.text)
