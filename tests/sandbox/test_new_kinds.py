"""An operation of a new kind is the spec plus one small handler: nothing else changes.

A copy of the spec gains a look-up (`countCampaigns`), an estimate (`estimateReach`, an
action) and a job-style resource (`reports`, whose status moves on with the sandbox's clock).
The lint accepts them, the sandbox refuses to start (and `adsapi check` complains) until each
computed operation has a handler, and with the handlers registered the client generated from
that spec drives all of them against a strict sandbox without a single violation.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from adsapi.cli import main
from adsapi.demo import client_for
from adsapi.generator.formatting import ContentCache
from adsapi.sandbox.app import create_app
from adsapi.sandbox.context import HookContext, Hooks, OperationContext
from adsapi.sandbox.registry import handles, hooks, unregister
from adsapi.sandbox.store import Row
from adsapi.spec import DEFAULT_SPEC, check_spec, load_spec
from adsapi.spec.yamlio import read_yaml
from tests.integration.clients import import_client
from tests.sandbox.conftest import FakeClock

COMMON = "../common/{}.yaml#/{}/{}"
ERRORS = {
    status: {"$ref": COMMON.format("errors", "responses", name)}
    for status, name in (
        ("400", "BadRequest"),
        ("401", "Unauthorized"),
        ("403", "Forbidden"),
        ("404", "NotFound"),
        ("429", "TooManyRequests"),
        ("500", "InternalServerError"),
        ("503", "ServiceUnavailable"),
    )
}
HEADERS = {
    header: {"$ref": COMMON.format("headers", "headers", name)}
    for header, name in (
        ("x-rate-limit-limit", "RateLimitLimit"),
        ("x-rate-limit-remaining", "RateLimitRemaining"),
        ("x-rate-limit-reset", "RateLimitReset"),
        ("x-account-rate-limit-limit", "AccountRateLimitLimit"),
        ("x-account-rate-limit-remaining", "AccountRateLimitRemaining"),
        ("x-account-rate-limit-reset", "AccountRateLimitReset"),
        ("x-current-api-version", "CurrentApiVersion"),
        ("x-api-warn", "ApiWarn"),
    )
}
ACCOUNT_ID = {"$ref": COMMON.format("parameters", "parameters", "AccountId")}
ENTITY_ID = {"$ref": COMMON.format("schemas", "schemas", "EntityId")}


def operation(operation_id: str, tag: str, answer: str, **more: Any) -> dict[str, Any]:
    """An operation answering 200 with the schema `answer`, with the usual errors."""
    success = {
        "description": "The answer.",
        "headers": HEADERS,
        "content": {"application/json": {"schema": {"$ref": f"#/schemas/{answer}"}}},
    }
    return {
        "operationId": operation_id,
        "tags": [tag],
        "summary": operation_id,
        **more,
        "responses": {"200": success, **ERRORS},
    }


def form(schema: str) -> dict[str, Any]:
    media = {"schema": {"$ref": f"#/schemas/{schema}"}}
    return {"required": True, "content": {"application/x-www-form-urlencoded": media}}


def envelope(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    base = {"$ref": COMMON.format("schemas", "schemas", kind)}
    return {"allOf": [base, {"properties": {"data": data}}]}


def entity(required: list[str], **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": True,
        "required": required,
        "properties": properties,
    }


READS = {"x-rate-limit-class": "other-account-reads"}
WRITES = {"x-rate-limit-class": "writes"}
COUNT = {"type": "integer", "readOnly": True}
RESOURCE = {
    "paths": {
        "campaign_counts": {
            "parameters": [ACCOUNT_ID],
            "get": operation(
                "countCampaigns",
                "campaign_counts",
                "CampaignCountsResponse",
                **{"x-operation-kind": "lookup"},
                **READS,
            ),
        },
        "reach_estimate": {
            "parameters": [ACCOUNT_ID],
            "post": operation(
                "estimateReach",
                "reach_estimates",
                "ReachEstimateResponse",
                **{"x-operation-kind": "action"},
                **WRITES,
                requestBody=form("ReachEstimateParams"),
            ),
        },
        "reports": {
            "parameters": [ACCOUNT_ID],
            "get": operation(
                "listReports",
                "reports",
                "ReportListResponse",
                **{"x-pagination": "cursor"},
                **READS,
                parameters=[
                    {"$ref": COMMON.format("parameters", "parameters", "Count")},
                    {"$ref": COMMON.format("parameters", "parameters", "Cursor")},
                ],
            ),
            "post": operation(
                "createReport",
                "reports",
                "ReportResponse",
                **WRITES,
                requestBody=form("ReportCreateParams"),
            ),
        },
        "report": {
            "parameters": [
                ACCOUNT_ID,
                {"name": "report_id", "in": "path", "required": True, "schema": ENTITY_ID},
            ],
            "get": operation("getReport", "reports", "ReportResponse", **READS),
            "delete": operation("deleteReport", "reports", "ReportResponse", **WRITES),
        },
    },
    "schemas": {
        "CampaignCounts": entity(["active", "paused"], active=COUNT, paused=COUNT),
        "CampaignCountsResponse": envelope("ObjectEnvelope", {"$ref": "#/schemas/CampaignCounts"}),
        "ReachEstimateParams": {
            "type": "object",
            "additionalProperties": False,
            "required": ["budget_local_micro"],
            "properties": {
                "budget_local_micro": {"type": "integer", "format": "int64", "minimum": 10**6}
            },
        },
        "ReachEstimate": entity(["low", "high"], low=COUNT, high=COUNT),
        "ReachEstimateResponse": envelope("ObjectEnvelope", {"$ref": "#/schemas/ReachEstimate"}),
        "Report": entity(
            ["id", "name", "status", "created_at", "updated_at", "deleted"],
            id=ENTITY_ID,
            name={"type": "string"},
            status={"type": "string", "enum": ["QUEUED", "SUCCESS"], "readOnly": True},
            created_at={"$ref": COMMON.format("schemas", "schemas", "Timestamp")},
            updated_at={"$ref": COMMON.format("schemas", "schemas", "Timestamp")},
            deleted={"type": "boolean", "readOnly": True},
        ),
        "ReportCreateParams": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name"],
            "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 80}},
        },
        "ReportResponse": envelope("ObjectEnvelope", {"$ref": "#/schemas/Report"}),
        "ReportListResponse": envelope(
            "ListEnvelope", {"type": "array", "items": {"$ref": "#/schemas/Report"}}
        ),
    },
}
TAGS = [
    {"name": "campaign_counts", "x-resource": {"parent-parameter": "account_id"}},
    {"name": "reach_estimates", "x-resource": {"parent-parameter": "account_id"}},
    {
        "name": "reports",
        "x-resource": {
            "entity": "Report",
            "id-parameter": "report_id",
            "parent-parameter": "account_id",
            "not-found-error": "NOT_FOUND",
        },
    },
]
PATHS = {
    "/accounts/{account_id}/campaign_counts": "campaign_counts",
    "/accounts/{account_id}/reach_estimate": "reach_estimate",
    # Not the analytics jobs' paths (`/stats/jobs/...`), which `{report_id}` would shadow.
    "/reports/accounts/{account_id}": "reports",
    "/reports/accounts/{account_id}/{report_id}": "report",
}
COMPUTED = ("countCampaigns", "estimateReach")
QUEUED_SECONDS = 60


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The root of a copy of the spec with the three new kinds of operation."""
    folder = tmp_path_factory.mktemp("grown") / "spec"
    shutil.copytree(DEFAULT_SPEC.parent, folder)
    (folder / "resources" / "growth.yaml").write_text(yaml.safe_dump(RESOURCE), encoding="utf-8")
    root = read_yaml(folder / "openapi.yaml", "openapi.yaml")
    root["tags"].extend(TAGS)
    for route, name in PATHS.items():
        root["paths"][route] = {"$ref": f"resources/growth.yaml#/paths/{name}"}
    (folder / "openapi.yaml").write_text(yaml.safe_dump(root, sort_keys=False), encoding="utf-8")
    return folder / "openapi.yaml"


@pytest.fixture
def handlers() -> Iterator[None]:
    """The resource code of the new operations: one handler each, and the job's hook."""

    @handles("countCampaigns")
    def count_campaigns(ctx: OperationContext) -> dict[str, Any]:
        return {
            "active": ctx.count("campaigns", {"entity_status": "ACTIVE"}),
            "paused": ctx.count("campaigns", {"entity_status": "PAUSED"}),
        }

    @handles("estimateReach")
    def estimate_reach(ctx: OperationContext) -> dict[str, Any]:
        budget = ctx.values["budget_local_micro"]
        return {"low": budget // 2_000, "high": budget // 1_000}

    @hooks("reports")
    class ReportHooks(Hooks):
        def before_create(self, ctx: HookContext, attrs: dict[str, Any]) -> None:
            attrs["queued_at"] = ctx.now  # not in the schema: stored, never shown

        def present(self, ctx: HookContext, row: Row, data: dict[str, Any]) -> None:
            done = ctx.now - row.attrs["queued_at"] >= QUEUED_SECONDS
            data["status"] = "SUCCESS" if done else "QUEUED"

    yield
    unregister(*COMPUTED, "reports")


def test_the_lint_takes_the_new_kinds(grown: Path) -> None:
    spec = check_spec(grown).spec
    assert {spec.operation(op).kind for op in COMPUTED} == {"lookup", "action"}
    assert spec.resources["campaign_counts"].entity is None


def test_without_handlers_the_sandbox_says_what_is_missing(grown: Path) -> None:
    spec = load_spec(grown)
    with pytest.raises(ValueError, match=r"countCampaigns \(lookup\) has no sandbox handler") as e:
        create_app({"12": spec})
    assert "estimateReach" in str(e.value) and "listReports" not in str(e.value)
    result = CliRunner().invoke(main, ["check", "--spec", str(grown)])
    assert (
        result.exit_code == 1 and "estimateReach (action) has no sandbox handler" in result.output
    )


def test_spec_and_handlers_are_all_it_takes(
    grown: Path, handlers: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = load_spec(grown)
    monkeypatch.syspath_prepend(str(tmp_path / "packages"))
    module = import_client(spec, tmp_path, "growth", ContentCache(None))
    clock = FakeClock()
    app = create_app({"12": spec}, strict=True, clock=clock, seed=5)
    with client_for(app) as plain:
        client = module.AdsClient(
            "sandbox-consumer-key",
            "sandbox-consumer-secret",
            "sandbox-access-token",
            "sandbox-access-token-secret",
            base_url="http://127.0.0.1",
            http_client=plain._http,
            strict_response_validation=True,
        )
        (account,) = client.accounts.create()
        (instrument,) = client.funding_instruments.list(account.id)
        client.campaigns.create(
            account.id, funding_instrument_id=instrument.id, name="a", entity_status="PAUSED"
        )
        counts = client.campaign_counts.count(account.id)
        assert (counts.active, counts.paused) == (0, 1)
        estimate = client.reach_estimates.estimate(account.id, budget_local_micro=10_000_000)
        assert (estimate.low, estimate.high) == (5_000, 10_000)
        with pytest.raises(module.RequestValidationError):  # the spec's bound, client-side
            client.reach_estimates.estimate(account.id, budget_local_micro=5)

        job = client.reports.create(account.id, name="weekly")
        assert job.status == "QUEUED" and "queued_at" not in job.model_extra
        clock.advance(QUEUED_SECONDS)
        assert client.reports.get(account.id, job.id).status == "SUCCESS"
        assert [r.id for r in client.reports.list(account.id)] == [job.id]
        assert client.reports.delete(account.id, job.id).deleted is True
    summary = app.state.sandbox.report.as_json()["summary"]
    assert (summary["violations"], summary["deviations"], summary["operations_failed"]) == (0, 0, 0)
