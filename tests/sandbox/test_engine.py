"""The resource engine: what each verb does to the state, and what lists show."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.sandbox.conftest import errors_of, new_account, new_campaign


@pytest.fixture
def account(alice: Any) -> tuple[str, str]:
    return new_account(alice)


def ids(body: Any) -> list[str]:
    return [entity["id"] for entity in body["data"]]


def test_a_new_account_comes_ready_for_campaigns(alice: Any) -> None:
    created = alice.ok("createAccount")
    assert created["next_cursor"] is None and len(created["data"]) == 1
    account = created["data"][0]
    assert re.fullmatch(r"[0-9a-z]{5,7}", account["id"])
    instruments = alice.ok("listFundingInstruments", account_id=account["id"])["data"]
    assert [(i["account_id"], i["able_to_fund"], i["deleted"]) for i in instruments] == [
        (account["id"], True, False)
    ]


def test_campaign_attributes_are_computed(alice: Any, account: tuple[str, str]) -> None:
    account_id, _ = account
    euro = alice.ok(
        "createFundingInstrument",
        account_id=account_id,
        currency="EUR",
        type="CREDIT_LINE",
        start_time="2020-01-01T00:00:00Z",
        credit_limit_local_micro=5_000_000,
    )["data"]
    assert euro["credit_remaining_local_micro"] == 5_000_000
    campaign = new_campaign(alice, account_id, euro["id"], entity_status="PAUSED")
    assert campaign["currency"] == "EUR"
    assert campaign["budget_optimization"] == "CAMPAIGN" and campaign["standard_delivery"] is True
    assert campaign["reasons_not_servable"] == ["PAUSED_BY_ADVERTISER", "INCOMPLETE"]
    assert campaign["servable"] is False and campaign["effective_status"] == "PAUSED"
    assert campaign["created_at"] == campaign["updated_at"]


def test_update_changes_only_what_is_sent(alice: Any, account: tuple[str, str], clock: Any) -> None:
    account_id, instrument = account
    campaign = new_campaign(alice, account_id, instrument, name="a", purchase_order_number="PO")
    clock.advance(5)
    updated = alice.ok(
        "updateCampaign", account_id=account_id, campaign_id=campaign["id"], name="b"
    )["data"]
    assert {k: v for k, v in updated.items() if k not in ("name", "updated_at")} == {
        k: v for k, v in campaign.items() if k not in ("name", "updated_at")
    }
    assert updated["name"] == "b" and updated["updated_at"] > campaign["updated_at"]


def test_references_must_exist_in_the_same_account(alice: Any, account: tuple[str, str]) -> None:
    account_id, _ = account
    _, foreign_instrument = new_account(alice)
    for instrument in ("nosuch", foreign_instrument):
        response = alice.call(
            "createCampaign", account_id=account_id, name="x", funding_instrument_id=instrument
        )
        assert response.status_code == 400
        assert errors_of(response) == [("INVALID_PARAMETER", "funding_instrument_id")]
        assert "names no FundingInstrument" in response.json()["errors"][0]["message"]


def test_delete_is_soft_and_final(alice: Any, account: tuple[str, str]) -> None:
    account_id, instrument = account
    campaign = new_campaign(alice, account_id, instrument)
    key = {"account_id": account_id, "campaign_id": campaign["id"]}
    deleted = alice.ok("deleteCampaign", **key)["data"]
    assert deleted["deleted"] is True and "DELETED" in deleted["reasons_not_servable"]
    for response in (
        alice.call("getCampaign", **key),
        alice.call("deleteCampaign", **key),
        alice.call("updateCampaign", name="x", **key),
    ):
        assert response.status_code == 404
        assert errors_of(response) == [("CAMPAIGN_NOT_FOUND", "campaign_id")]
    assert alice.ok("getCampaign", with_deleted=True, **key)["data"]["deleted"] is True
    assert ids(alice.ok("listCampaigns", account_id=account_id)) == []
    assert ids(alice.ok("listCampaigns", account_id=account_id, with_deleted=True)) == [
        campaign["id"]
    ]


def test_deleted_funding_instrument_cannot_fund(alice: Any, account: tuple[str, str]) -> None:
    account_id, instrument = account
    gone = alice.ok(
        "deleteFundingInstrument", account_id=account_id, funding_instrument_id=instrument
    )["data"]
    assert gone["able_to_fund"] is False and gone["reasons_not_able_to_fund"] == ["DELETED"]
    refused = alice.call(
        "createCampaign", account_id=account_id, name="x", funding_instrument_id=instrument
    )
    assert errors_of(refused) == [("INVALID_PARAMETER", "funding_instrument_id")]


def test_deleted_account_is_gone_with_its_contents(alice: Any, account: tuple[str, str]) -> None:
    account_id, _ = account
    assert alice.ok("deleteAccount", account_id=account_id)["data"]["deleted"] is True
    assert alice.call("listCampaigns", account_id=account_id).status_code == 403
    assert alice.ok("getAccount", account_id=account_id, with_deleted=True)["data"]["deleted"]
    assert ids(alice.ok("listAccounts")) == []
    assert ids(alice.ok("listAccounts", with_deleted=True)) == [account_id]


def test_drafts_are_listed_only_on_request(alice: Any, account: tuple[str, str]) -> None:
    account_id, instrument = account
    draft = new_campaign(alice, account_id, instrument, entity_status="DRAFT")
    live = new_campaign(alice, account_id, instrument)
    assert ids(alice.ok("listCampaigns", account_id=account_id)) == [live["id"]]
    assert ids(alice.ok("listCampaigns", account_id=account_id, with_draft=True)) == [
        draft["id"],
        live["id"],
    ]
    assert alice.ok("getCampaign", account_id=account_id, campaign_id=draft["id"])
    promoted = alice.ok(
        "updateCampaign", account_id=account_id, campaign_id=draft["id"], entity_status="PAUSED"
    )
    assert promoted["data"]["entity_status"] == "PAUSED"
    refused = alice.call(
        "updateCampaign", account_id=account_id, campaign_id=draft["id"], entity_status="DRAFT"
    )
    assert errors_of(refused) == [("INVALID_PARAMETER", "entity_status")]


def test_filters_sorting_paging_and_totals(alice: Any, account: tuple[str, str]) -> None:
    account_id, instrument = account
    other = alice.ok(
        "createFundingInstrument",
        account_id=account_id,
        currency="USD",
        type="CREDIT_CARD",
        start_time="2020-01-01T00:00:00Z",
    )["data"]["id"]
    names = ["Spring", "summer", "SPRINT", "autumn", "Sprout"]
    made = []
    for i, name in enumerate(names):
        budget = {} if i == 2 else {"daily_budget_amount_local_micro": 1000 * (5 - i)}
        made.append(
            new_campaign(alice, account_id, other if i % 2 else instrument, name=name, **budget)
        )
    by_name = {c["name"]: c["id"] for c in made}
    q = alice.ok("listCampaigns", account_id=account_id, q="spr", sort_by="name-asc")
    assert ids(q) == [by_name["SPRINT"], by_name["Spring"], by_name["Sprout"]]
    picked = alice.ok(
        "listCampaigns",
        account_id=account_id,
        campaign_ids=[by_name["autumn"], by_name["summer"], "unknown"],
    )
    assert ids(picked) == [by_name["summer"], by_name["autumn"]]  # creation order
    paid = alice.ok("listCampaigns", account_id=account_id, funding_instrument_ids=[other])
    assert ids(paid) == [by_name["summer"], by_name["autumn"]]
    # Nulls sort first ascending, last descending; ties keep creation order.
    budget = alice.ok(
        "listCampaigns", account_id=account_id, sort_by="daily_budget_amount_local_micro-asc"
    )
    assert ids(budget) == [by_name[n] for n in ("SPRINT", "Sprout", "autumn", "summer", "Spring")]
    pages, cursor = [], None
    while True:
        params: dict[str, Any] = {"count": 2, "sort_by": "daily_budget_amount_local_micro-desc"}
        if cursor:
            params["cursor"] = cursor
        else:
            params["with_total_count"] = True
        page = alice.ok("listCampaigns", account_id=account_id, **params)
        if not cursor:
            assert page["total_count"] == 5
        else:
            assert "total_count" not in page
        pages.append(ids(page))
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [i for page in pages for i in page] == list(reversed(ids(budget)))


def test_cursors_are_checked(alice: Any, account: tuple[str, str]) -> None:
    account_id, instrument = account
    for _ in range(3):
        new_campaign(alice, account_id, instrument)
    cursor = alice.ok("listCampaigns", account_id=account_id, count=1)["next_cursor"]
    for bad, words in ((cursor, "another sort_by"), ("garbage!", "not one this server issued")):
        response = alice.call(
            "listCampaigns", account_id=account_id, cursor=bad, sort_by="name-desc"
        )
        assert errors_of(response) == [("INVALID_PARAMETER", "cursor")]
        assert words in response.json()["errors"][0]["message"]


def test_batch_is_all_or_nothing_and_ordered(alice: Any, account: tuple[str, str]) -> None:
    account_id, instrument = account
    kept = new_campaign(alice, account_id, instrument, name="kept")
    refused = alice.call(
        "batchCampaigns",
        account_id=account_id,
        body=[
            {
                "operation_type": "Create",
                "params": {"name": "new", "funding_instrument_id": instrument},
            },
            {"operation_type": "Update", "params": {"campaign_id": kept["id"], "name": "renamed"}},
            {"operation_type": "Delete", "params": {"campaign_id": "nosuch"}},
        ],
    )
    assert refused.status_code == 400
    errors = refused.json()["operation_errors"]
    assert errors[:2] == [[], []]
    assert [(e["code"], e["parameter"]) for e in errors[2]] == [
        ("CAMPAIGN_NOT_FOUND", "campaign_id")
    ]
    assert ids(alice.ok("listCampaigns", account_id=account_id)) == [kept["id"]]
    assert (
        alice.ok("getCampaign", account_id=account_id, campaign_id=kept["id"])["data"]["name"]
        == "kept"
    )
    done = alice.ok(
        "batchCampaigns",
        account_id=account_id,
        body=[
            {"operation_type": "Update", "params": {"campaign_id": kept["id"], "name": "renamed"}},
            {
                "operation_type": "Create",
                "params": {"name": "new", "funding_instrument_id": instrument},
            },
            {"operation_type": "Delete", "params": {"campaign_id": kept["id"]}},
        ],
    )
    assert [(c["name"], c["deleted"]) for c in done["data"]] == [
        ("renamed", False),
        ("new", False),
        ("renamed", True),
    ]
    assert [r["operation_type"] for r in done["request"]] == ["Update", "Create", "Delete"]
    assert all(r["params"]["account_id"] == account_id for r in done["request"])


def test_every_live_version_is_served(alice: Any, driver_for: Any) -> None:
    from tests.sandbox.conftest import ALICE

    eleven = driver_for(ALICE, version="11")
    account_id, _ = new_account(eleven)
    assert ids(alice.ok("listAccounts")) == [account_id]  # one state behind both versions
    for version, words in (("10", "end of life 2022-10-27"), ("99", "live version")):
        gone = driver_for(ALICE, version=version).request("GET", "/accounts")
        assert gone.status_code == 404
        assert errors_of(gone) == [("ROUTE_NOT_FOUND", None)]
        assert gone.headers["x-current-api-version"] == "12"
        assert words in gone.json()["errors"][0]["message"]


def test_unknown_paths_and_methods(alice: Any) -> None:
    missing = alice.request("GET", "/accounts/abc/media_creatives")
    assert missing.status_code == 404 and errors_of(missing) == [("ROUTE_NOT_FOUND", None)]
    # An empty identifier leaves a trailing slash: an unknown route, never a redirect to the
    # collection (which would run another operation).
    for method, path in (("GET", "/accounts/"), ("DELETE", "/accounts/abc/campaigns/")):
        slash = alice.request(method, path)
        assert slash.status_code == 404, (method, path, slash.status_code)
        assert errors_of(slash) == [("ROUTE_NOT_FOUND", None)]
    wrong = alice.request("PATCH", "/accounts/abc")
    assert wrong.status_code == 405
    assert errors_of(wrong) == [("METHOD_NOT_ALLOWED", None)]
    assert set(wrong.headers["allow"].split(", ")) >= {"GET", "PUT", "DELETE"}
