"""The fuzz run's `Observed.realize`: example identifiers replaced by what the server showed."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from adsapi.fuzz_checks import Observed
from adsapi.spec import load_spec


def _case(operation_id: str, path: dict[str, Any], query: dict[str, Any]) -> Any:
    definition = SimpleNamespace(raw={"operationId": operation_id})
    return SimpleNamespace(
        operation=SimpleNamespace(definition=definition),
        path_parameters=path,
        query=query,
        body=None,
        meta=None,  # not marked positive: the operation's rules are left alone
    )


def _answer(data: Any) -> Any:
    return SimpleNamespace(status_code=200, json=lambda: {"data": data})


def test_a_reference_by_attribute_takes_that_attribute_not_the_entity_id() -> None:
    observed = Observed(load_spec())
    account, user = "18ce54d4x5t", "1234567890123"
    observed.record(
        _case("listPromotableUsers", {"account_id": account}, {}),
        _answer([{"id": "bz0793w", "user_id": user, "promotable_user_type": "FULL"}]),
    )
    example = "756201191646691328"  # the spec's example user id
    assert example in observed.examples
    case = _case("listTweets", {"account_id": account}, {"user_id": example})
    observed.realize(case)
    # the promotable user is named by its user id (a number), never by its ads id
    assert case.query["user_id"] == user
