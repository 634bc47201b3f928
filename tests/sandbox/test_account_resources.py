"""Account-level resources whose state the sandbox keeps: features, apps, and the change log
that account history reads."""

from __future__ import annotations

from typing import Any

import pytest

from tests.sandbox.conftest import new_account, new_campaign


@pytest.fixture
def account_id(alice: Any) -> str:
    return new_account(alice)[0]


def test_features_granted_and_withdrawn_change_what_the_list_answers(
    alice: Any, account_id: str
) -> None:
    assert alice.ok("listFeatures", account_id=account_id)["data"] == []
    added = alice.ok(
        "addFeatures",
        account_id=account_id,
        feature_keys=["REACH_FREQUENCY_CAP", "AGE_TARGETING", "REACH_FREQUENCY_CAP"],
    )["data"]
    assert added == ["AGE_TARGETING", "REACH_FREQUENCY_CAP"]
    assert alice.ok("listFeatures", account_id=account_id)["data"] == added
    asked = ["REACH_FREQUENCY_CAP", "WEBSITE_CLICKS_CPM_BILLING"]
    only = alice.ok("listFeatures", account_id=account_id, feature_keys=asked)["data"]
    assert only == ["REACH_FREQUENCY_CAP"]
    left = alice.ok(
        "removeFeatures", account_id=account_id, feature_keys=["REACH_FREQUENCY_CAP", "DR_TAP"]
    )["data"]
    assert left == ["AGE_TARGETING"]
    assert alice.ok("listFeatures", account_id=account_id)["data"] == ["AGE_TARGETING"]
    # Another account keeps its own set.
    other = new_account(alice)[0]
    assert alice.ok("listFeatures", account_id=other)["data"] == []


def test_a_new_account_lists_its_mobile_app(alice: Any, account_id: str) -> None:
    (app,) = alice.ok("listAccountApps", account_id=account_id)["data"]
    assert app["os_type"] == "Android" and app["deleted"] is False
    assert app["created_at"] == app["updated_at"]
    other = new_account(alice)[0]
    (theirs,) = alice.ok("listAccountApps", account_id=other)["data"]
    assert theirs["id"] != app["id"]


def test_account_history_follows_what_happened_to_a_campaign(
    alice: Any, account_id: str, clock: Any
) -> None:
    instrument = alice.ok("listFundingInstruments", account_id=account_id)["data"][0]["id"]
    campaign = new_campaign(alice, account_id, instrument, name="Before")
    window = {"start_time": "2000-01-01T00:00:00Z", "end_time": "2100-01-01T00:00:00Z"}
    ask = {"account_id": account_id, "entity_type": "CAMPAIGN", "entity_id": campaign["id"]}
    clock.advance(5)
    alice.ok("updateCampaign", account_id=account_id, campaign_id=campaign["id"], name="After")
    clock.advance(5)
    alice.ok("deleteCampaign", account_id=account_id, campaign_id=campaign["id"])
    history = alice.ok("listAccountHistory", **ask, **window)["data"]
    assert [h["change_type"] for h in history] == ["CREATE", "UPDATE", "DELETE"]
    created, updated, deleted = history
    assert created["changes"] == {} and created["entity_data"]["name"] == "Before"
    assert updated["changes"] == {"name": {"old": "Before", "new": "After"}}
    assert updated["entity_data"]["name"] == "After"
    assert deleted["entity_data"]["deleted"] is True
    assert created["change_time"] < updated["change_time"] < deleted["change_time"]
    assert {h["entity"] for h in history} == {"CAMPAIGN"}
    assert len({h["change_by"]["user_id"] for h in history}) == 1
    # The window, the page size and the user narrow it.
    after_creation = {**window, "start_time": updated["change_time"]}
    assert len(alice.ok("listAccountHistory", **ask, **after_creation)["data"]) == 2
    first = alice.ok("listAccountHistory", **ask, **window, count=2)
    rest = alice.ok("listAccountHistory", **ask, **window, cursor=first["next_cursor"])
    assert first["data"] + rest["data"] == history and rest["next_cursor"] is None
    me = created["change_by"]["user_id"]
    assert alice.ok("listAccountHistory", **ask, **window, user_id=me)["data"] == history
    assert alice.ok("listAccountHistory", **ask, **window, user_id="1")["data"] == []
    # Another entity, one of another kind, or of a kind this sandbox does not keep, has none.
    other = {**ask, "entity_id": instrument}
    assert alice.ok("listAccountHistory", **other, **window)["data"] == []
    for kind in ("LINE_ITEM", "TARGETING_CRITERIA"):
        elsewhere = {**ask, "entity_type": kind}
        assert alice.ok("listAccountHistory", **elsewhere, **window)["data"] == []
