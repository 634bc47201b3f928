"""The conformance report: served as JSON and HTML, rendered by `adsapi report`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from rich.console import Console

from adsapi.cli import main
from adsapi.sandbox.render import render_console, render_html
from tests.sandbox.conftest import ALICE, SPEC, new_account


def exercised(app: Any, alice: Any) -> dict[str, Any]:
    account_id, _ = new_account(alice)
    alice.call("listCampaigns", account_id=account_id, count=5000)
    alice.request("GET", f"/accounts/{account_id}/campaigns", params={"with_draft": "TRUE"})
    alice.request("PUT", f"/accounts/{account_id}", data={"name": "x", "<b>evil</b>": "1"})
    return app.state.sandbox.report.as_json()


def test_report_counts_every_request_and_files_each_finding(app: Any, alice: Any) -> None:
    report = exercised(app, alice)
    summary = report["summary"]
    assert summary["requests"] == 5
    assert summary["by_outcome"] == {"accepted": 2, "deviations": 2, "violations": 1}
    by_operation = {op["operation"]: op for op in report["operations"]}
    assert by_operation["listCampaigns"]["result"] == "fail"
    assert by_operation["listCampaigns"]["statuses"] == {"400": 1, "200": 1}
    assert by_operation["updateAccount"]["result"] == "pass with deviations"
    assert by_operation["createAccount"]["result"] == "pass"
    assert by_operation["getCampaign"]["result"] == "not exercised"
    count = next(f for f in report["findings"] if f["parameter"] == "count")
    assert (count["kind"], count["rule"], count["code"]) == (
        "violation",
        "maximum",
        "INVALID_PARAMETER",
    )
    assert count["example"]["query"] == [["count", "5000"]]
    assert [r["status"] for r in report["recent_requests"]] == [200, 200, 400, 200, 200]


def test_report_is_served_as_json_and_html(app: Any, alice: Any) -> None:
    exercised(app, alice)
    served = alice._loop.run_until_complete(alice._client.get("/_sandbox/report"))
    assert served.status_code == 200 and served.json()["summary"]["requests"] == 5
    page = alice._loop.run_until_complete(alice._client.get("/_sandbox/report.html"))
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "&lt;b&gt;evil&lt;/b&gt;" in page.text and "<b>evil</b>" not in page.text


def test_rendering(app: Any, alice: Any) -> None:
    report = exercised(app, alice)
    console = Console(record=True, width=200)
    render_console(report, console)
    text = console.export_text()
    total = len(SPEC.operations)
    assert f"5 requests, 4/{total} operations exercised, 3 passed, 1 failed" in text
    assert "count must be at most 1000, got 5000" in text
    assert "GET /12/accounts/" in text  # the example request
    html = render_html(report)
    assert html.startswith("<!DOCTYPE html>") and "<link" not in html and "<script" not in html
    assert "count must be at most 1000, got 5000" in html


def test_adsapi_report_command(app: Any, alice: Any, tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text(json.dumps(exercised(app, alice)))
    result = CliRunner().invoke(main, ["report", str(path)])
    assert result.exit_code == 0, result.output
    assert "Conformance report" in result.output and "listCampaigns" in result.output
    assert (tmp_path / "report.html").read_text().count("<tr>") >= 16
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = CliRunner().invoke(main, ["report", str(broken)])
    assert result.exit_code == 2 and "not JSON" in result.output


def test_adsapi_sandbox_refuses_a_bad_users_file(tmp_path: Path) -> None:
    users = tmp_path / "users.json"
    users.write_text(json.dumps([{"user": "a", "consumer_key": "k"}]))
    result = CliRunner().invoke(main, ["sandbox", "--users", str(users)])
    assert result.exit_code == 2
    assert "users.json[0]: 'consumer_secret' must be a non-empty string" in result.output
    assert ALICE.consumer_secret not in result.output


def test_state_and_limits_are_outcomes_not_violations(make_app: Any, driver_for: Any) -> None:
    app = make_app(rate_limits={"writes": 2})
    alice = driver_for(ALICE, target=app)
    account_id, instrument = new_account(alice)
    alice.call("getCampaign", account_id=account_id, campaign_id="nosuch")
    alice.call("createCampaign", account_id=account_id, name="x", funding_instrument_id="nosuch")
    alice.call("createCampaign", account_id=account_id, name="x", funding_instrument_id=instrument)
    report = app.state.sandbox.report.as_json()
    outcomes = {op["operation"]: op["outcomes"] for op in report["operations"]}
    assert outcomes["getCampaign"] == {"refused": 1}
    assert outcomes["createCampaign"] == {"refused": 1, "rate-limited": 1}
    assert report["findings"] == [] and report["summary"]["operations_failed"] == 0
