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


def test_an_entity_not_seen_yet_is_read_from_the_server_once() -> None:
    observed = Observed(load_spec())
    account = "b2juj7h"
    observed.record(
        _case("listAccounts", {}, {}), _answer([{"id": account, "name": "a", "deleted": False}])
    )
    asked: list[str] = []

    def fetch(path: str) -> Any:
        asked.append(path)
        if path.endswith("/funding_instruments"):
            return {"data": [{"id": "f1x2y3", "deleted": False}], "next_cursor": None}
        return None

    observed.learn_from(fetch)
    for _ in range(2):
        case = _case("createCampaign", {"account_id": "18ce54d4x5t"}, {})
        case.body = {"funding_instrument_id": "lygyi", "name": "demo"}  # the spec's examples
        observed.realize(case)
        assert case.path_parameters["account_id"] == account
        assert case.body["funding_instrument_id"] == "f1x2y3"
    assert asked == [f"/accounts/{account}/funding_instruments"]


def test_a_delete_never_takes_the_last_account_of_the_run() -> None:
    observed = Observed(load_spec())
    older, latest = "a1older", "a2latest"
    listing = _case("listAccounts", {}, {})
    observed.record(listing, _answer([{"id": older, "deleted": False}]))
    observed.record(_case("createAccount", {}, {}), _answer([{"id": latest, "deleted": False}]))
    first = _case("deleteAccount", {"account_id": "18ce54d4x5t"}, {})
    observed.realize(first)
    assert first.path_parameters["account_id"] == older  # a spare one, not the latest
    observed.record(first, _answer({"id": older, "deleted": True}))
    last = _case("deleteAccount", {"account_id": "18ce54d4x5t"}, {})
    observed.realize(last)
    assert last.path_parameters["account_id"] == "18ce54d4x5t"  # only one left: kept
