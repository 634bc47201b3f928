"""The client's escape hatches against the sandbox, which checks OAuth signatures: extra query and
body parameters and low-level calls are signed like everything else; a lenient sandbox takes
the unknown parameters and files them as deviations, a strict one refuses them."""

from __future__ import annotations

from typing import Any

import pytest
from twitter_ads_client import APIResponse, BadRequestError, NotFoundError

from tests.sandbox.conftest import ALICE, checked_client


def findings(app: Any) -> list[dict[str, Any]]:
    return list(app.state.sandbox.report.as_json()["findings"])


def test_extra_parameters_are_signed_and_filed_as_deviations(make_app: Any) -> None:
    app = make_app()
    with checked_client(app, ALICE) as client:
        account = client.accounts.create()[0]
        instrument = next(iter(client.funding_instruments.list(account.id)))
        campaign = client.campaigns.create(
            account.id,
            funding_instrument_id=instrument.id,
            name="spring",
            extra_query={"new_query_flag": True},
            extra_body={"new_body_attribute": "x"},
            extra_headers={"X-Trace": "t1"},
        )
        page = client.campaigns.list(account.id, extra_query={"new_list_flag": "1"})
        assert [c.id for c in page] == [campaign.id]
        # A known parameter sent as an extra wins over the argument, and the sandbox obeys it.
        renamed = client.campaigns.update(
            account.id, campaign.id, name="ignored", extra_body={"name": "from extra_body"}
        )
        assert renamed.name == "from extra_body"
    # Every request was accepted (a bad signature would be a 401): the unknown names are
    # deviations, the known one is not.
    unknown = {(f["parameter"], f["kind"], f["rule"]) for f in findings(app)}
    assert unknown == {
        ("new_query_flag", "deviation", "unknown-parameter"),
        ("new_body_attribute", "deviation", "unknown-parameter"),
        ("new_list_flag", "deviation", "unknown-parameter"),
    }


def test_a_strict_sandbox_refuses_an_unknown_extra_parameter(make_app: Any) -> None:
    app = make_app(strict=True)
    with checked_client(app, ALICE) as client:
        account = client.accounts.create()[0]
        with pytest.raises(BadRequestError) as caught:
            client.campaigns.list(account.id, extra_query={"new_list_flag": "1"})
    assert caught.value.errors[0].parameter == "new_list_flag"


def test_low_level_calls_reach_the_sandbox_signed(make_app: Any) -> None:
    app = make_app(strict=True)
    with checked_client(app, ALICE) as client:
        account = client.accounts.create()[0]
        path = f"/accounts/{account.id}/campaigns"
        instrument = client.get(f"/accounts/{account.id}/funding_instruments")["data"][0]["id"]
        created = client.post(path, form={"funding_instrument_id": instrument, "name": "raw"})
        campaign_id = created["data"]["id"]
        assert client.campaigns.get(account.id, campaign_id).name == "raw"
        raw = client.with_raw_response.put(f"{path}/{campaign_id}", form={"name": "renamed"})
        assert isinstance(raw, APIResponse) and raw.status_code == 200
        assert raw.parse()["data"]["name"] == "renamed" and raw.rate_limit.remaining is not None
        listed = client.get(path, params={"campaign_ids": [campaign_id], "with_total_count": True})
        assert listed["total_count"] == 1
        assert client.delete(f"{path}/{campaign_id}")["data"]["deleted"] is True
        with pytest.raises(NotFoundError):
            client.get(f"{path}/{campaign_id}")
    assert findings(app) == []  # nothing the spec does not allow was sent
