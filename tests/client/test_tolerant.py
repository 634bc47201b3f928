"""Answers that drift from the spec: by default nothing is lost, with strict validation they
raise.

For every operation, a valid answer generated from the spec has some of its entities changed as
real answers drift: an attribute removed, an attribute of another type, an attribute nobody
documented. The default client must return every item, each attribute the answer has kept
(typed where it fits, as received where it does not), a removed one `MISSING`, and report each
difference once; a client with `strict_response_validation=True` must raise when the change
breaks the spec (an added attribute does not: entities are open).
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import MISSING
from pydantic_core import to_jsonable_python
from twitter_ads_client import APIResponseValidationError, AsyncPage, SyncPage

from adsapi.generator.models import response_schema
from adsapi.spec import load_spec
from adsapi.spec.model import Operation
from tests.budget import budget
from tests.client.harness import MODES, Recorder, call, json_response, make_client
from tests.client.test_responses import PLAIN_TYPES, normalized
from tests.strategies import batch_operations, from_schema, valid_arguments

SPEC = load_spec()
OPERATIONS = list(SPEC.operations.values())
# Values of every JSON type: a retyped attribute gets one its schema refuses.
OTHER_VALUES: tuple[Any, ...] = (123456, "drifted", True, [1, 2], {"nested": 1}, None, 1.5)


def _entity_schema(operation: Operation) -> dict[str, Any]:
    """The entity as the client reads it: enums open to new values, value constraints left to
    the server (adsapi.generator.models), so that "breaks the spec" means what the client
    checks."""
    assert operation.success.entity is not None
    return dict(response_schema(SPEC.schemas[operation.success.entity]))


@st.composite
def drifted(draw: st.DrawFn, item: Any, schema: dict[str, Any]) -> tuple[Any, bool]:
    """`item` changed once as answers drift, and whether the change breaks the schema."""
    if schema.get("type") in PLAIN_TYPES:  # a plain value (a string of a list of keys): retyped
        refused = [v for v in OTHER_VALUES if not Draft202012Validator(schema).is_valid(v)]
        return draw(st.sampled_from(refused)), True
    properties = schema.get("properties") or {}
    present = [k for k in item if k in properties]
    change = draw(st.sampled_from(["remove", "retype", "add"] if present else ["add"]))
    changed = dict(item)
    if change == "add":
        changed[draw(st.sampled_from(["x_new", "added_in_v13"]))] = draw(
            st.sampled_from(OTHER_VALUES)
        )
        return changed, False
    key = draw(st.sampled_from(present))
    if change == "remove":
        del changed[key]
        return changed, key in (schema.get("required") or ())
    refused = [v for v in OTHER_VALUES if not Draft202012Validator(properties[key]).is_valid(v)]
    if not refused:
        return item, False
    changed[key] = draw(st.sampled_from(refused))
    return changed, True


def _plain(value: Any) -> Any:
    """A typed attribute as JSON data (URLs as text, nested models dumped with their MISSING
    attributes, absent from the answer, left out), so that it compares with the answer's."""
    return to_jsonable_python(value, by_alias=True)


def _check_kept(model: Any, sent: Any, schema: dict[str, Any]) -> None:
    """Every attribute the item has is on the model; those the answer lacks are MISSING."""
    if schema.get("type") in PLAIN_TYPES:  # a plain value comes back as it came, fitting or not
        assert model == sent and type(model) is type(sent), (model, sent)
        return
    properties = schema.get("properties") or {}
    fields = type(model).model_fields
    for key, value in sent.items():
        kept = getattr(model, key) if key in fields else (model.model_extra or {})[key]
        fits = key not in properties or Draft202012Validator(properties[key]).is_valid(value)
        assert normalized(_plain(kept)) == normalized(value) if fits else kept == value, (
            key,
            kept,
            value,
        )
    for key in fields:
        if key not in sent:
            assert getattr(model, key) is MISSING, key


def _items(result: Any) -> list[Any]:
    if isinstance(result, SyncPage | AsyncPage):
        return list(result.data)
    return result if isinstance(result, list) else [result]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation_id", [op.operation_id for op in OPERATIONS])
@budget("per_operation", suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_drifted_answer_loses_nothing_and_raises_only_when_strict(
    operation_id: str, mode: str, data: st.DataObject
) -> None:
    operation = SPEC.operation(operation_id)
    schema = _entity_schema(operation)
    body = data.draw(from_schema(operation.success.schema or {}), label="answer")
    entities = body["data"] if isinstance(body["data"], list) else [body["data"]]
    if not entities:
        body["data"].append(data.draw(from_schema(SPEC.schemas[operation.success.entity or ""])))
        entities = body["data"]
    broke = False
    for index in data.draw(st.sets(st.sampled_from(range(len(entities))), min_size=1)):
        entities[index], breaks = data.draw(drifted(entities[index], schema), label="drift")
        broke = broke or breaks
    if not isinstance(body["data"], list):
        body["data"] = entities[0]
    arguments = data.draw(valid_arguments(operation))
    if operation.batch is not None:
        arguments["operations"] = data.draw(batch_operations(SPEC, operation))
    options = {"sandbox": True} if operation.sandbox_only else {}

    recorder = Recorder(lambda request: json_response(200, body))
    lenient = make_client(mode, recorder, strict_response_validation=False, **options)
    items = _items(call(lenient, operation, arguments))
    assert len(items) == len(entities), "an item was lost"
    for model, sent in zip(items, entities, strict=True):
        _check_kept(model, sent, schema)

    strict = make_client(mode, recorder, strict_response_validation=True, **options)
    if broke:
        with pytest.raises(APIResponseValidationError):
            call(strict, operation, arguments)
    else:
        assert len(_items(call(strict, operation, arguments))) == len(entities)


def test_each_difference_is_reported_once_and_listed_on_the_raw_answer(
    caplog: pytest.LogCaptureFixture,
) -> None:
    operation = SPEC.operation("listCampaigns")
    example = next(iter(operation.success.examples.values()))
    item = {k: v for k, v in example["data"][0].items() if k != "currency"}
    page_body = {**example, "data": [dict(item, id=f"c{n}") for n in range(3)], "next_cursor": 7}
    one_body = {"request": {"params": {}}, "data": item}
    recorder = Recorder(
        lambda request: json_response(200, page_body if "c0" not in request.url.path else one_body)
    )
    client = make_client("sync", recorder, strict_response_validation=False)
    with caplog.at_level(logging.WARNING, logger="twitter_ads_client"):
        raw = client.with_raw_response.campaigns.list("acc")
        page = raw.parse()
        client.campaigns.list("acc")  # the same differences again: not logged again
        client.campaigns.get("acc", "c0")  # another operation's: logged
    assert [c.id for c in page.data] == ["c0", "c1", "c2"] and page.next_cursor is None
    assert [(m.where, m.problem) for m in raw.mismatches] == [
        ("data[0].currency", "missing"),
        ("data[1].currency", "missing"),
        ("data[2].currency", "missing"),
        ("next_cursor", "invalid"),
    ]
    logged = [r.getMessage() for r in caplog.records if r.name == "twitter_ads_client"]
    assert sum("listCampaigns: data[0].currency" in m for m in logged) == 1
    assert not any("data[1].currency" in m for m in logged), "one warning for the whole page"
    assert sum("getCampaign: data.currency" in m for m in logged) == 1
    assert len(logged) == 3  # the list's currency and cursor, the get's currency
