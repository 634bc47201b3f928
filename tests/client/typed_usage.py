"""Checked by mypy --strict in test_static (never run): what the client's types promise."""

from __future__ import annotations

from datetime import datetime
from typing import Any, assert_type

from twitter_ads_client import (
    AdsClient,
    APIResponse,
    AsyncAdsClient,
    AsyncPage,
    Campaign,
    CampaignBatchOperation,
    SyncPage,
)


def sync_usage(client: AdsClient, when: datetime) -> None:
    page = client.campaigns.list("acc", campaign_ids=["a", "b"], with_total_count=True)
    assert_type(page, SyncPage[Campaign])
    for campaign in page:
        assert_type(campaign, Campaign)
        assert_type(campaign.daily_budget_amount_local_micro, int | None)
        assert_type(campaign.created_at, datetime)
    created = client.campaigns.create("acc", funding_instrument_id="fi", name="n")
    assert_type(created, Campaign)
    client.campaigns.update("acc", "c", total_budget_amount_local_micro=None)
    operations: list[CampaignBatchOperation] = [
        {"operation_type": "Delete", "params": {"campaign_id": "c"}}
    ]
    assert_type(client.campaigns.batch("acc", operations), list[Campaign])
    raw = client.with_raw_response.campaigns.get("acc", "c")
    assert_type(raw, APIResponse[Campaign])
    client.funding_instruments.create("acc", currency="USD", start_time=when, type="CREDIT_CARD")
    quick = client.with_options(timeout=5.0, max_retries=0, default_headers={"X-Team": "ads"})
    assert_type(quick, AdsClient)
    assert_type(
        quick.campaigns.get(
            "acc", "c", extra_query={"new": True}, extra_headers={"X": "1"}, timeout=None
        ),
        Campaign,
    )
    client.campaigns.update("acc", "c", extra_body={"new_attribute": 1})
    assert_type(client.get("/accounts", params={"count": 5}), Any)
    assert_type(client.post("/accounts/acc/line_items", form={"name": "n"}), Any)
    assert_type(client.with_raw_response.request("DELETE", "/x"), APIResponse[Any])


async def async_usage(client: AsyncAdsClient) -> None:
    async for campaign in client.campaigns.list("acc"):
        assert_type(campaign, Campaign)
    first = await client.campaigns.list("acc")
    assert_type(first, AsyncPage[Campaign])
    assert_type(await client.campaigns.get("acc", "c"), Campaign)
    raw = await client.with_raw_response.campaigns.list("acc")
    assert_type(raw, APIResponse[AsyncPage[Campaign]])
    assert_type(client.with_options(max_retry_wait=1.0), AsyncAdsClient)
    assert_type(await client.put("/x", json={"a": [1]}), Any)
    assert_type(await client.with_raw_response.get("/x"), APIResponse[Any])
