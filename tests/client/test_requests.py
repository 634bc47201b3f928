"""Every operation, through the generated client (sync and async), puts on the wire exactly
what the spec says; invalid arguments never leave the client."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twitter_ads_client import RequestValidationError

from adsapi.spec import load_spec
from adsapi.spec.model import Operation
from tests.budget import budget
from tests.client.harness import (
    MODES,
    Recorder,
    call,
    entity_example,
    json_response,
    make_client,
)
from tests.client.wire import check_request
from tests.strategies import batch_operations, invalid_arguments, valid_arguments

SPEC = load_spec()
OPERATIONS = list(SPEC.operations.values())
SETTINGS = budget("per_operation")


def _client_options(operation: Operation) -> dict[str, Any]:
    return {"sandbox": True} if operation.sandbox_only else {}


def _expected_wire_value(value: Any) -> Any:
    """What a Python argument reads as once decoded from the wire."""
    if isinstance(value, list | tuple):
        return [_expected_wire_value(v) for v in value]
    return value


def _same(decoded: Any, given_value: Any) -> bool:
    if isinstance(given_value, datetime):
        return isinstance(decoded, datetime) and decoded == given_value
    if isinstance(given_value, list):
        return len(decoded) == len(given_value) and all(
            _same(d, g) for d, g in zip(decoded, given_value, strict=True)
        )
    return bool(decoded == given_value and type(decoded) is type(given_value))


def _json_item(value: Any) -> Any:
    # Times travel in UTC, written as the API writes them (a trailing `Z`).
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"
    return value


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation_id", [op.operation_id for op in OPERATIONS])
@SETTINGS
@given(data=st.data())
def test_valid_arguments_become_the_request_the_spec_describes(
    operation_id: str, mode: str, data: st.DataObject
) -> None:
    operation = SPEC.operation(operation_id)
    arguments = data.draw(valid_arguments(operation), label="arguments")
    if operation.batch is not None:
        arguments["operations"] = data.draw(batch_operations(SPEC, operation), label="operations")
    recorder = Recorder(lambda request: json_response(200, entity_example(operation)))
    client = make_client(mode, recorder, **_client_options(operation))
    call(client, operation, arguments)

    assert len(recorder.requests) == 1
    request = recorder.requests[0]
    host = SPEC.server("sandbox" if operation.sandbox_only else "production").url
    assert str(request.url).startswith(host.replace("{version}", "12") + "/")
    decoded = check_request(SPEC, operation, request)
    body = decoded.pop("__body__", None)
    # Exactly what was given is sent, nothing else, and it reads back as the same values.
    given_names = {k for k in arguments if k != "operations"}
    assert set(decoded) == given_names
    for name in given_names:
        assert _same(decoded[name], arguments[name]), (name, decoded[name], arguments[name])
    if operation.batch is not None:
        assert body == [
            {
                "operation_type": item["operation_type"],
                "params": {k: _json_item(v) for k, v in item["params"].items()},
            }
            for item in arguments["operations"]
        ]


WITH_PARAMETERS = [op for op in OPERATIONS if any(not p.read_only for p in op.parameters)]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation_id", [op.operation_id for op in WITH_PARAMETERS])
@SETTINGS
@given(data=st.data())
def test_invalid_arguments_raise_and_send_nothing(
    operation_id: str, mode: str, data: st.DataObject
) -> None:
    operation = SPEC.operation(operation_id)
    invalid = data.draw(invalid_arguments(operation), label="invalid")
    arguments = dict(invalid.arguments)
    if operation.batch is not None:
        arguments["operations"] = data.draw(batch_operations(SPEC, operation))
    recorder = Recorder(lambda request: json_response(200, entity_example(operation)))
    client = make_client(mode, recorder, **_client_options(operation))
    with pytest.raises(RequestValidationError) as caught:
        call(client, operation, arguments)
    assert isinstance(caught.value, ValueError)
    assert recorder.requests == []
    problems = {(p.parameter.split("[")[0], p.rule) for p in caught.value.problems}
    assert (invalid.parameter, invalid.rule) in problems, caught.value
    assert invalid.parameter in str(caught.value)
