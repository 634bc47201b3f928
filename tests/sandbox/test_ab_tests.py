"""A/B tests: what the sandbox keeps beyond the spec's schemas and rules (sandbox/resources/
ab_tests.py): the status on the sandbox's clock, what each status may still change, user
groups merged by identifier, one A/B test per campaign, and the computed list filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from adsapi.sandbox.times import format_time
from tests.sandbox.conftest import errors_of, new_account, new_campaign

MINUTE = 60  # the fake clock moves less than the 300 s OAuth window in all


@pytest.fixture
def account(alice: Any) -> tuple[str, list[str]]:
    """An account and four of its campaigns."""
    account_id, instrument = new_account(alice)
    campaigns = [new_campaign(alice, account_id, instrument)["id"] for _ in range(4)]
    return account_id, campaigns


def at(clock: Any, hours: float) -> str:
    return format_time(datetime.fromtimestamp(clock.now, UTC) + timedelta(hours=hours))


def create(alice: Any, account_id: str, campaigns: list[str], clock: Any, **values: Any) -> Any:
    values.setdefault("start_time", at(clock, 1))
    values.setdefault("end_time", at(clock, 3))
    values.setdefault(
        "user_groups",
        [
            {"entity_ids": campaigns[:2], "size": "60", "name": "first"},
            {"entity_ids": campaigns[2:], "size": "40.00"},
        ],
    )
    return alice.call("createAbTest", account_id=account_id, entity_type="CAMPAIGN", **values)


def test_status_follows_the_clock_and_limits_what_changes(
    alice: Any, account: tuple[str, list[str]], clock: Any
) -> None:
    account_id, campaigns = account
    minutes = {"start_time": at(clock, 1 / 60), "end_time": at(clock, 3 / 60)}
    test = create(alice, account_id, campaigns, clock, **minutes).json()["data"]
    assert test["status"] == "SCHEDULED"
    assert [g["size"] for g in test["user_groups"]] == ["60.0", "40.0"]
    assert test["entities"] == [
        {"id": g["id"], "account_id": account_id} for g in test["user_groups"]
    ]
    assert test["created_by"] == test["updated_by"] and test["user_groups"][1]["name"] is None
    ids = {"account_id": account_id, "ab_test_id": test["id"]}
    alice.ok("updateAbTest", **ids, name="renamed")
    clock.advance(2 * MINUTE)  # live
    live = alice.call("updateAbTest", **ids, name="again")
    assert live.status_code == 403 and errors_of(live) == [("ACTION_NOT_ALLOWED", "name")]
    later = at(clock, 1.5 / 60)
    assert alice.ok("updateAbTest", **ids, end_time=later)["data"]["status"] == "LIVE"
    clock.advance(2 * MINUTE)  # completed
    done = alice.call("updateAbTest", **ids, end_time=at(clock, 1))
    assert errors_of(done) == [("ACTION_NOT_ALLOWED", "end_time")]
    listed = alice.ok("listAbTests", account_id=account_id, status="COMPLETED")["data"]
    assert [t["id"] for t in listed] == [test["id"]]
    assert alice.ok("listAbTests", account_id=account_id, status="LIVE")["data"] == []
    # Deleting is for good: a second delete is 404.
    alice.ok("deleteAbTest", **ids)
    assert alice.call("deleteAbTest", **ids).status_code == 404


def test_groups_are_merged_by_identifier_and_replaced_as_a_whole(
    alice: Any, account: tuple[str, list[str]], clock: Any
) -> None:
    account_id, campaigns = account
    test = create(alice, account_id, campaigns, clock).json()["data"]
    first, second = test["user_groups"]
    changed = alice.ok(
        "updateAbTest",
        account_id=account_id,
        ab_test_id=test["id"],
        user_groups=[
            {"id": first["id"], "size": "30", "description": "kept name"},
            {"size": "70", "entity_ids": campaigns[2:], "name": "new"},
        ],
    )["data"]
    kept, new = changed["user_groups"]
    assert kept["id"] == first["id"] and kept["name"] == "first"
    assert kept["entity_ids"] == first["entity_ids"] and kept["description"] == "kept name"
    assert new["id"] not in (first["id"], second["id"]) and new["size"] == "70.0"
    broken = alice.call(
        "updateAbTest",
        account_id=account_id,
        ab_test_id=test["id"],
        user_groups=[{"id": first["id"], "size": "30"}, {"size": "60"}],
    )
    assert errors_of(broken) == [("INVALID_PARAMETER", "user_groups")]


def test_a_campaign_takes_part_in_one_test_at_a_time(
    alice: Any, account: tuple[str, list[str]], clock: Any
) -> None:
    account_id, campaigns = account
    create(alice, account_id, campaigns, clock)
    again = create(alice, account_id, campaigns, clock)
    assert again.status_code == 400 and set(errors_of(again)) == {
        ("INVALID_PARAMETER", "user_groups")
    }
    twice = create(
        alice,
        account_id,
        campaigns,
        clock,
        user_groups=[
            {"entity_ids": [campaigns[0]], "size": "50"},
            {"entity_ids": [campaigns[0]], "size": "50"},
        ],
    )
    messages = [e["message"] for e in twice.json()["errors"]]
    assert set(errors_of(twice)) == {("INVALID_PARAMETER", "user_groups")}
    assert any("two user groups" in m for m in messages), messages
    # Identifiers that name no campaign of the account are not judged, twice or not.
    unknown = [{"entity_ids": ["zz1"], "size": "50"}, {"entity_ids": ["zz1"], "size": "50"}]
    assert create(alice, account_id, campaigns, clock, user_groups=unknown).status_code == 200
    backwards = create(
        alice, account_id, campaigns, clock, end_time=at(clock, 0.5), start_time=at(clock, 1)
    )
    assert errors_of(backwards) == [("INVALID_TIME_WINDOW", "end_time")]


def test_list_filters_on_period_and_author(
    alice: Any, bob: Any, account: tuple[str, list[str]], clock: Any
) -> None:
    account_id, campaigns = account
    early = create(
        alice,
        account_id,
        campaigns[:2],
        clock,
        user_groups=[
            {"entity_ids": [campaigns[0]], "size": "50"},
            {"entity_ids": [campaigns[1]], "size": "50"},
        ],
    ).json()["data"]
    late = create(
        alice,
        account_id,
        campaigns,
        clock,
        start_time=at(clock, 10),
        end_time=at(clock, 20),
        user_groups=[
            {"entity_ids": [campaigns[2]], "size": "50"},
            {"entity_ids": [campaigns[3]], "size": "50"},
        ],
    ).json()["data"]

    def listed(**filters: Any) -> list[str]:
        return [t["id"] for t in alice.ok("listAbTests", account_id=account_id, **filters)["data"]]

    assert listed(live_during=[at(clock, 2), at(clock, 4)]) == [early["id"]]
    assert listed(live_during=[at(clock, 2), at(clock, 11)]) == [early["id"], late["id"]]
    assert listed(live_during=[at(clock, 30), at(clock, 2)]) == []  # the wrong way round
    me = early["created_by"]
    assert listed(user_id=me["user_id"]) == [early["id"], late["id"]]
    assert listed(username=me["username"]) == [early["id"], late["id"]]
    assert listed(user_id="1") == []
    both = alice.call("listAbTests", account_id=account_id, user_id="1", username="x")
    assert errors_of(both) == [("EXCLUSIVE_PARAMETERS", "username")]
