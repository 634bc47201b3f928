"""The sandbox serves each API version with that version's own behaviour, over one store.

Which versions it serves comes from the versions table and the day it emulates (`as_of`); what
each version accepts and answers comes from that version's model of the spec. The behaviour the
version files describe shows here: attributes that come and go, renamed and removed parameters,
`draft_only` against `with_draft`, `with_total_count` ignored next to a cursor, batch limits.
Every answer is also checked against its own version's spec by `CheckedDriver`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from adsapi.cli import main
from adsapi.sandbox.app import create_app
from adsapi.sandbox.versions import VersionsError
from adsapi.spec import load_spec
from tests.sandbox.conftest import (
    ALICE,
    USERS,
    CheckedDriver,
    FakeClock,
    errors_of,
    new_account,
    new_campaign,
)

WARN = "x-api-warn"
CURRENT = "x-current-api-version"


def ids(body: Any) -> list[str]:
    return [entity["id"] for entity in body["data"]]


# -- which versions, and the headers ---------------------------------------------------------------


def test_by_default_the_live_versions_each_with_its_own_model(
    app: Any, driver_for: Callable[..., CheckedDriver]
) -> None:
    runtimes = app.state.sandbox.versions
    assert list(runtimes) == ["11", "12"]
    assert runtimes["11"].spec is load_spec(version="11")
    assert runtimes["12"].spec is load_spec()
    eleven = driver_for(ALICE, spec=load_spec(version="11"))
    twelve = driver_for(ALICE)
    created = eleven.call("createAccount")
    # Today version 11 is live and not deprecated (the table gives it no deprecation date).
    assert created.headers[CURRENT] == "12" and WARN not in created.headers
    account = created.json()["data"][0]
    salt = account["salt"]  # v11 accounts carry salt, v12 ones do not
    assert len(salt) == 32 and int(salt, 16) >= 0
    again = eleven.ok("getAccount", account_id=account["id"])["data"]
    assert again["salt"] == salt
    assert eleven.ok("createAccount")["data"][0]["salt"] != salt  # one per account
    assert "salt" not in twelve.ok("getAccount", account_id=account["id"])["data"]


def test_as_of_serves_that_days_versions_and_warns_on_the_deprecated_one(
    make_app: Callable[..., Any], driver_for: Callable[..., CheckedDriver]
) -> None:
    app = make_app(as_of="2019-03-01")
    assert list(app.state.sandbox.versions) == ["4", "5"]
    four = driver_for(ALICE, target=app, spec=load_spec(version="4"))
    five = driver_for(ALICE, target=app, spec=load_spec(version="5"))
    account_id, _ = new_account(four)
    answers = {
        "4 ok": four.call("getAccount", account_id=account_id),
        "4 bad": four.call("listAccounts", count=0),
        "4 unknown": four.call("getAccount", account_id="nosuch"),
        "4 route": four.request("GET", "/accounts/x/media_creatives"),
        "5 ok": five.call("getAccount", account_id=account_id),
        "5 bad": five.call("listAccounts", count=0),
    }
    assert [a.status_code for a in answers.values()] == [200, 400, 403, 404, 200, 400]
    for name, answer in answers.items():
        assert answer.headers[CURRENT] == "5", name
        assert (WARN in answer.headers) == name.startswith("4"), name
    warning = answers["4 ok"].headers[WARN]
    # Our own words, naming the end of life and the current version.
    assert "version 4 is deprecated" in warning and "2019-08-28" in warning
    assert "version 5 is current" in warning
    # Versions of another day are not served; the message says why.
    twelve = driver_for(ALICE, target=app)
    gone = twelve.request("GET", "/accounts")
    assert gone.status_code == 404 and errors_of(gone) == [("ROUTE_NOT_FOUND", None)]
    message = gone.json()["errors"][0]["message"]
    assert "not served on 2019-03-01 (introduced 2022-10-27)" in message
    assert "live versions are 4, 5" in message
    assert WARN not in gone.headers and gone.headers[CURRENT] == "5"


def test_the_report_records_the_version_of_every_request(
    make_app: Callable[..., Any], driver_for: Callable[..., CheckedDriver]
) -> None:
    app = make_app(as_of="2019-03-01", strict=True)
    four = driver_for(ALICE, target=app, spec=load_spec(version="4"))
    five = driver_for(ALICE, target=app, spec=load_spec(version="5"))
    account_id, _ = new_account(four)
    five.request("GET", f"/accounts/{account_id}/campaigns", params={"draft_only": "true"})
    four.request("GET", f"/accounts/{account_id}/campaigns", params={"with_draft": "true"})
    report = app.state.sandbox.report.as_json()
    assert report["versions"] == ["4", "5"] and report["as_of"] == "2019-03-01"
    assert set(report["warnings"]) == {"4"}
    assert report["summary"]["by_version"] == {"4": 3, "5": 1}
    assert [r["version"] for r in report["recent_requests"]] == ["4", "4", "5", "4"]
    found = {(f["version"], f["parameter"]) for f in report["findings"]}
    assert found == {("5", "draft_only"), ("4", "with_draft")}
    campaigns = next(op for op in report["operations"] if op["operation"] == "listCampaigns")
    assert campaigns["versions"] == {"5": 1, "4": 1}


def test_versions_that_cannot_be_served_are_refused_clearly() -> None:
    with pytest.raises(VersionsError, match=r"this spec does not describe 1; it describes 2, 3"):
        create_app(as_of="2018-01-05")
    with pytest.raises(VersionsError, match=r"as_of: '2019-02-30' is not a date"):
        create_app(as_of="2019-02-30")
    with pytest.raises(VersionsError, match=r"version 4 is not served on .* \(today\)"):
        create_app(load_spec(version="4"))
    with pytest.raises(VersionsError, match=r"given for version 5 describes version 4"):
        create_app({"5": load_spec(version="4")})


def test_a_version_served_outside_its_lifetime_says_so() -> None:
    app = create_app({"4": load_spec(version="4")})  # explicitly, on today's calendar
    served = app.state.sandbox.served
    assert served.current == "12"
    assert "reached its end of life on 2019-08-28" in served.warnings["4"]


def test_adsapi_sandbox_as_of(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[Any] = []
    monkeypatch.setattr("adsapi.sandbox.cli._serve", lambda app, host, port: started.append(app))
    result = CliRunner().invoke(main, ["sandbox", "--as-of", "2019-03-01"])
    assert result.exit_code == 0, result.output
    assert "API versions /4, /5, as served on 2019-03-01 (emulated); x-current-api-version: 5" in (
        result.output
    )
    assert "/4: x-api-warn: API version 4 is deprecated" in result.output
    assert list(started[0].state.sandbox.versions) == ["4", "5"]
    result = CliRunner().invoke(main, ["sandbox", "--as-of", "2016-01-01"])
    assert result.exit_code == 2 and "does not describe 0" in result.output
    result = CliRunner().invoke(main, ["sandbox", "--as-of", "soon"])
    assert result.exit_code == 2 and "'soon' is not a date; expected YYYY-MM-DD" in result.output


# -- one store, each version's behaviour -----------------------------------------------------------

SERVED = ("2", "3", "4", "5", "6", "7", "8", "10", "11", "12")


@pytest.fixture
def versions() -> Iterator[dict[str, CheckedDriver]]:
    """Alice's drivers for several versions of one sandbox (strict), served side by side."""
    app = create_app(
        {v: load_spec(version=v) for v in SERVED},
        users=USERS,
        clock=FakeClock(),
        seed=5,
        strict=True,
    )
    drivers = {v: CheckedDriver(load_spec(version=v), ALICE, app=app) for v in SERVED}
    yield drivers
    for driver in drivers.values():
        driver.close()


@pytest.fixture
def account(versions: dict[str, CheckedDriver]) -> tuple[str, str]:
    return new_account(versions["12"])


def test_answers_carry_exactly_their_versions_attributes(
    versions: dict[str, CheckedDriver], account: tuple[str, str]
) -> None:
    account_id, instrument = account
    made = new_campaign(
        versions["12"],
        account_id,
        instrument,
        name="spring",
        budget_optimization="LINE_ITEM",
        purchase_order_number="PO-1",
    )
    seen = {
        v: versions[v].ok("getCampaign", account_id=account_id, campaign_id=made["id"])["data"]
        for v in SERVED
    }
    for version, campaign in seen.items():
        declared = load_spec(version=version).schemas["Campaign"]["properties"]
        assert list(campaign) == list(declared), version  # exactly, in the schema's order
        assert (campaign["id"], campaign["name"]) == (made["id"], "spring")  # the same campaign
    assert seen["12"]["budget_optimization"] == "LINE_ITEM" and "start_time" not in seen["12"]
    assert seen["11"]["purchase_order_number"] == "PO-1"
    assert "purchase_order_number" not in seen["10"] and "budget_optimization" not in seen["10"]
    assert "effective_status" in seen["10"] and "effective_status" not in seen["6"]
    assert seen["4"]["account_id"] == account_id and "account_id" not in seen["5"]
    # Version 10 always has a pacing: a LINE_ITEM campaign's null shows the create default.
    assert seen["12"]["standard_delivery"] is None and seen["10"]["standard_delivery"] is True
    # Flight dates before 11: a campaign created without them started when it was created.
    assert seen["10"]["start_time"] == made["created_at"] and seen["10"]["end_time"] is None


def test_values_written_through_an_old_version_are_kept(
    versions: dict[str, CheckedDriver], account: tuple[str, str]
) -> None:
    account_id, instrument = account
    old = new_campaign(
        versions["10"],
        account_id,
        instrument,
        name="flight",
        start_time="2030-01-01T00:00:00Z",
        frequency_cap=4,
        duration_in_days=7,
    )
    current = versions["12"]
    read = current.ok("getCampaign", account_id=account_id, campaign_id=old["id"])["data"]
    # The frequency cap moved to line items in 11; v12 campaigns still show it, read-only.
    assert (read["frequency_cap"], read["duration_in_days"]) == (4, 7)
    assert read["budget_optimization"] == "CAMPAIGN"  # what a v12 create would have given it
    # The v12 rules see that default: pacing may change (only-when budget_optimization=CAMPAIGN).
    changed = current.ok(
        "updateCampaign", account_id=account_id, campaign_id=old["id"], standard_delivery=False
    )["data"]
    assert changed["standard_delivery"] is False
    back = versions["10"].ok("getCampaign", account_id=account_id, campaign_id=old["id"])["data"]
    assert back["start_time"] == "2030-01-01T00:00:00Z" and back["standard_delivery"] is False


def test_an_objective_renamed_in_8_is_one_value_in_every_version(
    versions: dict[str, CheckedDriver], account: tuple[str, str]
) -> None:
    """Version 7 calls ENGAGEMENTS TWEET_ENGAGEMENTS: the store keeps one name, each version
    shows its own, and the line items of a campaign agree whichever version made them."""
    account_id, instrument = account
    campaign = new_campaign(versions["12"], account_id, instrument)["id"]
    line_item = {
        "account_id": account_id,
        "campaign_id": campaign,
        "product_type": "PROMOTED_TWEETS",
        "placements": ["ALL_ON_TWITTER"],
        "start_time": "2030-01-01T00:00:00Z",
    }
    old = versions["7"].ok("createLineItem", objective="TWEET_ENGAGEMENTS", **line_item)["data"]
    assert old["objective"] == "TWEET_ENGAGEMENTS"
    ids = {"account_id": account_id, "line_item_id": old["id"]}
    assert versions["8"].ok("getLineItem", **ids)["data"]["objective"] == "ENGAGEMENTS"
    assert versions["12"].ok("getLineItem", **ids)["data"]["objective"] == "ENGAGEMENTS"
    new = versions["8"].ok("createLineItem", objective="ENGAGEMENTS", **line_item)["data"]
    read = versions["7"].ok("getLineItem", account_id=account_id, line_item_id=new["id"])
    assert read["data"]["objective"] == "TWEET_ENGAGEMENTS"


def test_draft_only_before_5_and_with_draft_after(
    versions: dict[str, CheckedDriver], account: tuple[str, str]
) -> None:
    account_id, instrument = account
    made = {
        status: new_campaign(
            versions["4"],
            account_id,
            instrument,
            start_time="2030-01-01T00:00:00Z",
            entity_status=status,
        )["id"]
        for status in ("DRAFT", "ACTIVE", "PAUSED")
    }
    everything = sorted(made.values())

    def listed(version: str, **flags: Any) -> list[str]:
        return sorted(ids(versions[version].ok("listCampaigns", account_id=account_id, **flags)))

    for version in ("2", "3", "4"):
        assert listed(version) == sorted([made["ACTIVE"], made["PAUSED"]])
        assert listed(version, draft_only=True) == [made["DRAFT"]]
        assert listed(version, draft_only=False) == listed(version)
    for version in ("5", "12"):
        assert listed(version) == sorted([made["ACTIVE"], made["PAUSED"]])
        assert listed(version, with_draft=True) == everything
    four = versions["4"]
    total = four.ok("listCampaigns", account_id=account_id, draft_only=True, with_total_count=True)
    assert total["total_count"] == 1


def test_with_total_count_next_to_a_cursor_is_ignored_before_5(
    versions: dict[str, CheckedDriver], account: tuple[str, str]
) -> None:
    account_id, instrument = account
    for _ in range(3):
        new_campaign(versions["12"], account_id, instrument)
    for version in ("2", "3", "4"):
        first = versions[version].ok(
            "listCampaigns", account_id=account_id, count=1, with_total_count=True
        )
        assert first["total_count"] == 3
        later = versions[version].ok(
            "listCampaigns",
            account_id=account_id,
            cursor=first["next_cursor"],
            with_total_count=True,
        )
        assert "total_count" not in later and len(later["data"]) == 2  # accepted, no effect
        assert later["request"]["params"]["with_total_count"] is True  # echoed as understood
    refused = versions["5"].call(
        "listCampaigns", account_id=account_id, cursor=first["next_cursor"], with_total_count=True
    )
    assert refused.status_code == 400
    assert errors_of(refused) == [("EXCLUSIVE_PARAMETERS", "with_total_count")]


def test_parameters_and_endpoints_of_each_version(
    versions: dict[str, CheckedDriver], account: tuple[str, str]
) -> None:
    account_id, instrument = account
    base = {"account_id": account_id, "funding_instrument_id": instrument, "name": "x"}
    # v3 (and up to 10): start_time is required to create a campaign.
    missing = versions["3"].call("createCampaign", **base)
    assert missing.status_code == 400
    assert errors_of(missing) == [("MISSING_PARAMETER", "start_time")]
    assert versions["11"].call("createCampaign", **base).status_code == 200
    # v3: a campaign batch holds 20 operations, v4 40.
    item = {
        "operation_type": "Create",
        "params": {
            "name": "b",
            "funding_instrument_id": instrument,
            "start_time": "2030-01-01T00:00:00Z",
        },
    }
    too_many = versions["3"].call("batchCampaigns", account_id=account_id, body=[item] * 21)
    assert too_many.status_code == 400
    assert "1 to 20 operations" in too_many.json()["errors"][0]["message"]
    done = versions["4"].call("batchCampaigns", account_id=account_id, body=[item] * 21)
    assert done.status_code == 200 and len(done.json()["data"]) == 21
    # v3 cannot update an account; v4 renames it with account_name, which sets `name`.
    assert versions["3"].request("PUT", f"/accounts/{account_id}").status_code == 405
    renamed = versions["4"].ok("updateAccount", account_id=account_id, account_name="Acme")
    assert renamed["data"]["name"] == "Acme"
    assert versions["12"].ok("getAccount", account_id=account_id)["data"]["name"] == "Acme"
    refused = versions["4"].request("PUT", f"/accounts/{account_id}", data={"name": "x"})
    assert refused.status_code == 400 and errors_of(refused) == [("INVALID_PARAMETER", "name")]
    # q came with version 6.
    listed = versions["5"].request("GET", f"/accounts/{account_id}/campaigns", params={"q": "b"})
    assert listed.status_code == 400 and errors_of(listed) == [("INVALID_PARAMETER", "q")]
    searched = versions["6"].ok("listCampaigns", account_id=account_id, q="X")
    assert [c["name"] for c in searched["data"]] == ["x"]


def test_funding_instruments_before_3_show_flags(
    versions: dict[str, CheckedDriver], account: tuple[str, str]
) -> None:
    account_id, instrument = account
    old = versions["2"].ok(
        "getFundingInstrument", account_id=account_id, funding_instrument_id=instrument
    )
    assert (old["data"]["paused"], old["data"]["cancelled"]) == (False, False)
    assert "entity_status" not in old["data"]
    new = versions["3"].ok(
        "getFundingInstrument", account_id=account_id, funding_instrument_id=instrument
    )
    assert new["data"]["entity_status"] == "ACTIVE" and "paused" not in new["data"]


def test_tweet_previews_before_5_through_the_tweet_preview_endpoints(
    versions: dict[str, CheckedDriver], account: tuple[str, str]
) -> None:
    account_id, _ = account
    published = versions["12"].ok("listTweets", account_id=account_id, tweet_type="PUBLISHED")
    tweet_id = published["data"][0]["id_str"]
    shown = versions["4"].ok("previewTweet", account_id=account_id, tweet_id=tweet_id)["data"]
    assert shown["tweet_id"] == tweet_id and shown["preview"].startswith("<iframe")
    # The same rendering as the endpoint that replaced it in version 5.
    later = versions["5"].ok(
        "previewTweets", account_id=account_id, tweet_ids=[tweet_id], tweet_type="PUBLISHED"
    )
    assert later["data"][0]["preview"] == shown["preview"]
    text = versions["2"].ok("previewNewTweet", account_id=account_id, text="a <b> & c")["data"]
    assert "a &lt;b&gt; &amp; c" in text["preview"]
    # Rendering as another user came to an end with version 4.
    as_user = {"account_id": account_id, "tweet_id": tweet_id, "as_user_id": "756201191646691328"}
    three = versions["3"].call("previewTweet", **as_user)
    assert three.status_code == 200, three.text
    path = f"/accounts/{account_id}/tweet/preview/{tweet_id}"
    refused = versions["4"].request("GET", path, params={"as_user_id": "756201191646691328"})
    assert refused.status_code == 400 and "as_user_id" in refused.text
    unknown = versions["4"].call("previewTweet", account_id=account_id, tweet_id="1" * 19)
    assert errors_of(unknown) == [("TWEET_NOT_FOUND", "tweet_id")]
    assert (
        versions["5"].request("GET", f"/accounts/{account_id}/tweet/preview/{tweet_id}").status_code
        == 404
    )
