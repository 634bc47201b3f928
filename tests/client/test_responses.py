"""Answers generated from the spec's response schemas come back as typed models that keep
every member (unknown ones too), or as the exception of their status with their codes."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from twitter_ads_client import (
    APIStatusError,
    AsyncPage,
    SyncPage,
    _exceptions,
)

from adsapi.spec import load_spec
from adsapi.spec.model import Operation
from tests.budget import budget
from tests.client.harness import MODES, Recorder, call, json_response, make_client
from tests.strategies import batch_operations, from_schema, valid_arguments

SPEC = load_spec()


def _cases() -> list[tuple[str, str]]:
    """Every operation's success answer (each has its own model), and each distinct error
    answer once: error answers share their schemas across operations (per status, and a
    batch's 400), and the code that maps them is the same for every operation, so it is
    explored deeply once per shape rather than thinly once per operation."""
    cases, shapes = [], set()
    for op in SPEC.operations.values():
        for status, response in sorted(op.responses.items()):
            if response.is_success:
                cases.append((op.operation_id, status))
            elif (status, response.schema_name) not in shapes:
                shapes.add((status, response.schema_name))
                cases.append((op.operation_id, status))
    return cases


CASES = _cases()
SUCCESS_SETTINGS = budget("per_operation")
ERROR_SETTINGS = budget("shared")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
_BODIES: dict[tuple[str, str], Any] = {}


def _body(operation: Operation, status: str) -> Any:
    key = (operation.operation_id, status)
    if key not in _BODIES:
        _BODIES[key] = from_schema(operation.responses[status].schema or {})
    return _BODIES[key]


def normalized(value: Any) -> Any:
    """JSON data with every timestamp read as an instant (the model re-serializes them); a
    nested model is read as the JSON it stands for."""
    if hasattr(value, "model_dump"):
        return normalized(value.model_dump(mode="json"))
    if isinstance(value, str) and TIMESTAMP.match(value):
        return datetime.fromisoformat(value)
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    return value


def _kept(model: Any, data: dict[str, Any]) -> None:
    dumped = model.model_dump(mode="json")
    assert normalized(dumped) == normalized(data)
    for key in data:  # every member is reachable as an attribute, unknown ones included
        assert hasattr(model, key)


def _arguments(operation: Operation, data: st.DataObject) -> dict[str, Any]:
    arguments = data.draw(valid_arguments(operation))
    if operation.batch is not None:
        arguments["operations"] = data.draw(batch_operations(SPEC, operation))
    return arguments


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation_id", "status"), CASES)
def test_answers_become_models_or_the_right_exception(
    operation_id: str, status: str, mode: str
) -> None:
    chosen = SUCCESS_SETTINGS if status.startswith("2") else ERROR_SETTINGS
    chosen(given(data=st.data())(_check_answer))(operation_id, status, mode)


def _check_answer(operation_id: str, status: str, mode: str, data: st.DataObject) -> None:
    operation = SPEC.operation(operation_id)
    response = operation.responses[status]
    body = data.draw(_body(operation, status), label="body")
    checker = Draft202012Validator.FORMAT_CHECKER
    Draft202012Validator(response.schema or {}, format_checker=checker).validate(body)
    arguments = _arguments(operation, data)
    recorder = Recorder(lambda request: json_response(int(status), body))
    client = make_client(
        mode, recorder, max_retries=0, **({"sandbox": True} if operation.sandbox_only else {})
    )
    if not response.is_success:
        expected = _exceptions.error_class(int(status))
        assert expected is not APIStatusError, f"no dedicated exception for {status}"
        with pytest.raises(expected) as caught:
            call(client, operation, arguments)
        error = caught.value
        assert error.status_code == int(status)
        assert [e.code for e in error.errors] == [e["code"] for e in body.get("errors") or []]
        assert [e.message for e in error.errors] == [e["message"] for e in body.get("errors") or []]
        if "operation_errors" in body:
            assert error.operation_errors is not None
            assert len(error.operation_errors) == len(body["operation_errors"])
            for got, sent in zip(error.operation_errors, body["operation_errors"], strict=True):
                assert [e.code for e in got or []] == [e["code"] for e in sent or []]
        return
    result = call(client, operation, arguments)
    if isinstance(result, SyncPage | AsyncPage):
        assert result.next_cursor == body["next_cursor"]
        assert result.total_count == body.get("total_count")
        items = result.data
    elif isinstance(result, list):
        items = result
    else:
        _kept(result, body["data"])
        assert type(result).__name__ == response.entity
        return
    assert len(items) == len(body["data"])
    for model, data_item in zip(items, body["data"], strict=True):
        assert type(model).__name__ == response.entity
        _kept(model, data_item)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "status", sorted({s for op in SPEC.operations.values() for s in op.error_statuses})
)
def test_a_non_json_error_body_still_gives_the_exception_of_its_status(
    mode: str, status: str
) -> None:
    import httpx2

    operation = SPEC.operation("getCampaign")
    recorder = Recorder(
        lambda request: httpx2.Response(int(status), text="<html>Bad gateway</html>")
    )
    client = make_client(mode, recorder, max_retries=0)
    with pytest.raises(_exceptions.error_class(int(status))) as caught:
        call(client, operation, {"account_id": "abc", "campaign_id": "def"})
    assert caught.value.errors == []
    assert caught.value.body == "<html>Bad gateway</html>"
    assert "Bad gateway" in str(caught.value)
