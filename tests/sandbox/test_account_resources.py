"""Account-level resources whose state the sandbox keeps: features, apps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.sandbox.conftest import new_account


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
