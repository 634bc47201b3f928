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

import json
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import strategies as st
from twitter_ads_client import AdsClient, RequestValidationError
from twitter_ads_client._wire import encode_request

from adsapi.demo import operation_method
from adsapi.sandbox.app import create_app
from adsapi.sandbox.driver import Driver
from adsapi.sandbox.world import World
from adsapi.spec import load_spec
from adsapi.spec.model import Operation
from tests.budget import budget
from tests.client.harness import method_of, split_arguments
from tests.sandbox.conftest import ALICE, USERS, FakeClock
from tests.strategies import call_parameters, invalid_arguments, valid_arguments

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
        "whole-hours",
        "time-window",
        "required-when",
        "allowed-per",
        "alone",
    }
)
OPERATIONS = [op for op in SPEC.operations.values() if op.batch is None and call_parameters(op)]


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Driver, World]]:
    """A strict sandbox and a world of real entities of Alice's (derived from the spec), so
    that what is left valid in a call names things that exist."""
    app = create_app(
        SPEC, users=USERS, clock=FakeClock(), seed=11, strict=True, rate_limit_scale=1000
    )
    driver = Driver(SPEC, ALICE, app=app)
    yield driver, World(SPEC, lambda op_id, args: driver.ok(op_id, **args)["data"])
    driver.close()


PROBE = AdsClient("k", "s", "t", "ts", base_url="http://127.0.0.1")  # only for its tables


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
    positional, keywords = split_arguments(client, op, arguments)
    with pytest.raises(RequestValidationError) as refused:
        method_of(client, op)(*positional, **keywords)
    assert sent == [], "a refused call sent a request"
    return refused.value


def send_anyway(driver: Driver, op: Operation, arguments: dict[str, Any]) -> httpx2.Response:
    """What the client would have put on the wire, sent signed to the sandbox."""
    table = operation_method(PROBE, op.operation_id)[1]
    python = {p.wire_name: p.name for p in table.params}
    given = {python[name]: value for name, value in arguments.items()}
    wire = encode_request(op.method, op.path, table.params, given)
    headers, content = {}, None
    if wire.form is not None:
        headers["content-type"] = "application/x-www-form-urlencoded"
        content = wire.form.encode()
    elif wire.json is not None:  # a JSON object of parameters (A/B tests, the estimate)
        headers["content-type"] = "application/json"
        content = json.dumps(wire.json).encode()
    return driver.request(op.method, wire.path, content=content, headers=headers)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@budget(
    "per_operation",
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_what_the_client_refuses_the_sandbox_refuses(
    op: Operation, world: tuple[Driver, World], data: st.DataObject
) -> None:
    invalid = data.draw(invalid_arguments(op))
    assume(invalid.rule in WIRE_RULES)
    _refused_alike(op, invalid, world)


# Rule kinds explored deeply, each example breaking one of them in one of the operations that
# have them. Analytics: times, windows, metric groups per entity, values alone, values needed by
# others or only with others, segmentations per entity and metric group, exclusive filters, at
# most 20 entities (local midnight is left out: only the server knows the account's zone).
# Targeting: the rules of one request (the operator each targeting type takes, the values of
# genders, ages and engagement types) in the operations whose values the server also judges on
# its own (a `looked-up` rule).
ANALYTICS_KINDS = frozenset(
    {
        "whole-hours",
        "time-window",
        "required-when",
        "allowed-per",
        "alone",
        "only-when",
        "not-allowed-when",
        "exclusive",
        "maxItems",
    }
)
RULED = [
    op
    for op in OPERATIONS
    if op.resource in ("analytics", "analytics_jobs")
    and any(rule.kind in ANALYTICS_KINDS for rule in op.rules)
]
TARGETED = [op for op in OPERATIONS if any(rule.kind == "looked-up" for rule in op.rules)]
DEEP = {
    "analytics": (ANALYTICS_KINDS, RULED),
    "targeting": (frozenset({"allowed-per"}), TARGETED),
}


DEEP_SETTINGS = budget(
    "shared",
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)


@pytest.mark.parametrize("family", sorted(DEEP))
@DEEP_SETTINGS
@given(data=st.data())
def test_the_rules_of_a_family_are_refused_alike(
    family: str, world: tuple[Driver, World], data: st.DataObject
) -> None:
    kinds, operations = DEEP[family]
    assert operations, f"no operation has a {family} rule"
    op = data.draw(st.sampled_from(operations), label="operation")
    _refused_alike(op, data.draw(invalid_arguments(op, kinds)), world)


def _refused_alike(op: Operation, invalid: Any, world: tuple[Driver, World]) -> None:
    driver, entities = world
    arguments = dict(invalid.arguments)
    for name in arguments:
        # Identifiers left valid name real entities, so that only the broken value is wrong.
        param = op.parameter(name)
        real = (
            entities.identifier(op, param, arguments)
            if param and name != invalid.parameter
            else None
        )
        if real is not None:
            arguments[name] = real
    refused = refused_by_client(op, arguments)
    named_by_client = {p.parameter for p in refused.problems}

    response = send_anyway(driver, op, arguments)
    errors = response.json()["errors"]
    culprit = op.parameter(invalid.parameter)
    if culprit is not None and culprit.location == "path":
        # A bad identifier in the path is not found. An empty one, or a dot segment (which the
        # HTTP layer folds away, `/campaigns/.` being `/campaigns/`), makes another route: not
        # found, or one that takes other methods.
        if errors[0]["code"] in ("ROUTE_NOT_FOUND", "METHOD_NOT_ALLOWED"):
            assert response.status_code in (404, 405), (invalid, response.text)
            return
        assert response.status_code == 404, (invalid, response.text)
    else:
        assert response.status_code == 400, (invalid, response.status_code, response.text)
    named_by_sandbox = {e.get("parameter") for e in errors}
    assert named_by_client & named_by_sandbox, (invalid, named_by_client, response.text)


class _Sent(Exception):
    """Raised by the transport: the client let the call through."""


# The entity types whose entities the sandbox keeps metrics of (others are unknown to it).
KEPT = ("ACCOUNT", "CAMPAIGN", "FUNDING_INSTRUMENT", "LINE_ITEM")


@DEEP_SETTINGS
@given(data=st.data())
def test_what_the_client_lets_through_the_sandbox_takes_in_analytics(
    world: tuple[Driver, World], data: st.DataObject
) -> None:
    """The other half of "refused alike": a valid analytics call (every rule repaired, its
    identifiers naming live entities) is sent by the client and answered 200 by the strict
    sandbox. Local midnight is repaired by asking for hours, the one case the client cannot
    judge."""
    driver, entities = world
    op = data.draw(st.sampled_from(RULED), label="operation")
    arguments = dict(data.draw(valid_arguments(op)))
    assume(arguments.get("entity", "CAMPAIGN") in KEPT)
    for name in list(arguments):
        param = op.parameter(name)
        real = entities.identifier(op, param, arguments) if param else None
        if real is not None:
            arguments[name] = real
    if arguments.get("entity") == "ACCOUNT":
        arguments["entity_ids"] = [arguments["account_id"]]

    def refuse_to_send(request: httpx2.Request) -> httpx2.Response:
        raise _Sent

    client = AdsClient(
        "k", "s", "t", "ts",
        base_url="http://127.0.0.1",
        http_client=httpx2.Client(transport=httpx2.MockTransport(refuse_to_send)),
    )  # fmt: skip
    positional, keywords = split_arguments(client, op, arguments)
    with pytest.raises(_Sent):
        method_of(client, op)(*positional, **keywords)
    response = send_anyway(driver, op, arguments)
    assert response.status_code == 200, (op.operation_id, arguments, response.text)
