"""The seed documents' parameter tables, written out by hand, against the spec.

UNCHANGED: parameters whose seed description still holds in v12; every constraint the seed
gives is checked. CHANGED: parameters v12 changed; each row says what changed and checks the
v12 form instead of the seed's.

Seeds: 002 = accounts reference (v4), 004 = campaigns reference (v3).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from adsapi.rules import Exclusive
from adsapi.spec import ApiSpec, load_spec
from adsapi.spec.model import NO_DEFAULT, Operation

SPEC = load_spec()
ABSENT = object()

INDUSTRY_TYPES = {
    "AGENCY",
    "BUSINESS_TO_BUSINESS",
    "ONLINE_SERVICES",
    "EDUCATION",
    "FINANCIAL",
    "HEALTH",
    "GOVERNMENT",
    "MEDIA",
    "MOBILE",
    "RESTAURANT",
    "RETAIL",
    "TECHNOLOGY",
    "TRAVEL",
    "OTHER",
}


@dataclass(frozen=True)
class Seed:
    seed: str
    operation: str
    name: str
    kind: str
    required: bool = False
    location: str | None = None
    default: Any = ABSENT
    minimum: int | None = None
    maximum: int | None = None
    max_items: int | None = None
    enum: frozenset[Any] | None = None
    formats: tuple[str, ...] = field(default=())


UNCHANGED = [
    # -- 002 accounts (v4) ---------------------------------------------------------------------
    Seed("002", "listAccounts", "account_ids", "array", location="query"),
    Seed("002", "listAccounts", "count", "integer", default=200, minimum=1, maximum=1000),
    Seed("002", "listAccounts", "cursor", "string"),
    Seed("002", "listAccounts", "sort_by", "string"),
    Seed("002", "listAccounts", "with_deleted", "boolean", default=False),
    Seed("002", "listAccounts", "with_total_count", "boolean", default=False),
    Seed("002", "getAccount", "account_id", "string", required=True, location="path"),
    Seed("002", "getAccount", "with_deleted", "boolean", default=False),
    Seed("002", "updateAccount", "account_id", "string", required=True, location="path"),
    Seed("002", "updateAccount", "industry_type", "string", enum=frozenset(INDUSTRY_TYPES)),
    Seed("002", "deleteAccount", "account_id", "string", required=True, location="path"),
    # -- 004 campaigns (v3) --------------------------------------------------------------------
    Seed("004", "listCampaigns", "account_id", "string", required=True, location="path"),
    Seed("004", "listCampaigns", "campaign_ids", "array", max_items=200),
    Seed("004", "listCampaigns", "count", "integer", default=200, minimum=1, maximum=1000),
    Seed("004", "listCampaigns", "cursor", "string"),
    Seed("004", "listCampaigns", "funding_instrument_ids", "array", max_items=200),
    Seed("004", "listCampaigns", "sort_by", "string"),
    Seed("004", "listCampaigns", "with_deleted", "boolean", default=False),
    Seed("004", "listCampaigns", "with_total_count", "boolean", default=False),
    Seed("004", "getCampaign", "account_id", "string", required=True, location="path"),
    Seed("004", "getCampaign", "campaign_id", "string", required=True, location="path"),
    Seed("004", "getCampaign", "with_deleted", "boolean", default=False),
    Seed("004", "createCampaign", "account_id", "string", required=True, location="path"),
    Seed("004", "createCampaign", "funding_instrument_id", "string", required=True),
    Seed("004", "createCampaign", "name", "string", required=True),
    Seed("004", "createCampaign", "daily_budget_amount_local_micro", "integer", formats=("int64",)),
    Seed(
        "004",
        "createCampaign",
        "entity_status",
        "string",
        default="ACTIVE",
        enum=frozenset({"ACTIVE", "DRAFT", "PAUSED"}),
    ),
    Seed("004", "createCampaign", "standard_delivery", "boolean", default=True),
    Seed("004", "createCampaign", "total_budget_amount_local_micro", "integer", formats=("int64",)),
    Seed("004", "updateCampaign", "account_id", "string", required=True, location="path"),
    Seed("004", "updateCampaign", "campaign_id", "string", required=True, location="path"),
    Seed("004", "updateCampaign", "daily_budget_amount_local_micro", "integer", formats=("int64",)),
    Seed("004", "updateCampaign", "entity_status", "string", enum=frozenset({"ACTIVE", "PAUSED"})),
    Seed("004", "updateCampaign", "name", "string"),
    Seed("004", "updateCampaign", "total_budget_amount_local_micro", "integer", formats=("int64",)),
    Seed("004", "deleteCampaign", "account_id", "string", required=True, location="path"),
    Seed("004", "deleteCampaign", "campaign_id", "string", required=True, location="path"),
]


@pytest.mark.parametrize("seed", UNCHANGED, ids=lambda s: f"{s.seed}-{s.operation}-{s.name}")
def test_seed_parameter_is_in_the_spec_as_the_seed_says(seed: Seed) -> None:
    op = SPEC.operation(seed.operation)
    param = op.parameter(seed.name)
    assert param is not None, f"{seed.operation} lacks {seed.name}"
    shape = param.shape
    assert shape.kind == seed.kind
    assert param.required is seed.required
    if seed.location:
        assert param.location == seed.location
    if seed.default is not ABSENT:
        assert param.default == seed.default
    c = shape.constraints
    if seed.minimum is not None:
        assert c.minimum == seed.minimum
    if seed.maximum is not None:
        assert c.maximum == seed.maximum
    if seed.max_items is not None:
        assert c.max_items == seed.max_items
    if seed.enum is not None:
        assert set(c.enum or ()) == seed.enum
    for fmt in seed.formats:
        assert c.format == fmt
    if seed.kind == "array":
        # "a comma-separated list of identifiers"
        assert (param.style, param.explode) == ("form", False)
        assert shape.items is not None and shape.items.kind == "string"
        assert shape.items.constraints.pattern == "^[0-9a-z]{1,13}$"
    if seed.name.endswith("_id"):
        assert shape.constraints.pattern == "^[0-9a-z]{1,13}$"


def exclusive_with_cursor(op: Operation) -> bool:
    return any(
        isinstance(rule, Exclusive)
        and set(rule.names) == {"cursor", "with_total_count"}
        and rule.error == "EXCLUSIVE_PARAMETERS"
        for rule in op.rules
    )


def absent_from(operation: str, *names: str) -> Callable[[ApiSpec], bool]:
    return lambda spec: all(spec.operation(operation).parameter(n) is None for n in names)


CHANGED: list[tuple[str, str, str, Callable[[ApiSpec], bool]]] = [
    # (seed, what the seed says, what v12 says, check of the v12 form)
    (
        "002",
        "PUT accounts takes account_name",
        "renamed to name",
        lambda s: (
            s.operation("updateAccount").parameter("account_name") is None
            and s.operation("updateAccount").parameter("name").shape.kind == "string"
        ),
    ),
    (
        "002",
        "with_total_count is ignored when cursor is given (accounts)",
        "since v5 the two are exclusive: EXCLUSIVE_PARAMETERS",
        lambda s: exclusive_with_cursor(s.operation("listAccounts")),
    ),
    (
        "002",
        "account objects carry salt",
        "salt is no longer sent",
        lambda s: "salt" not in s.schemas["Account"]["properties"],
    ),
    (
        "004",
        "with_total_count is ignored when cursor is given (campaigns)",
        "since v5 the two are exclusive: EXCLUSIVE_PARAMETERS",
        lambda s: exclusive_with_cursor(s.operation("listCampaigns")),
    ),
    (
        "004",
        "draft_only scopes the list to drafts",
        "replaced in v5 by with_draft (boolean, default false), which adds drafts to the rest",
        lambda s: (
            s.operation("listCampaigns").parameter("draft_only") is None
            and s.operation("listCampaigns").parameter("with_draft").shape.kind == "boolean"
            and s.operation("listCampaigns").parameter("with_draft").default is False
        ),
    ),
    (
        "004",
        "POST campaigns requires start_time and takes end_time",
        "flight dates moved to line items in v11",
        absent_from("createCampaign", "start_time", "end_time"),
    ),
    (
        "004",
        "PUT campaigns takes start_time and end_time",
        "flight dates moved to line items in v11",
        absent_from("updateCampaign", "start_time", "end_time"),
    ),
    (
        "004",
        "campaigns take frequency_cap and duration_in_days (1, 7, 30)",
        "set on line items since v11; campaigns still show them, read-only",
        lambda s: (
            absent_from("createCampaign", "frequency_cap", "duration_in_days")(s)
            and absent_from("updateCampaign", "frequency_cap", "duration_in_days")(s)
            and s.schemas["Campaign"]["properties"]["duration_in_days"]["enum"] == [1, 7, 30, None]
            and s.schemas["Campaign"]["properties"]["frequency_cap"]["readOnly"] is True
        ),
    ),
    (
        "004",
        "PUT campaigns: standard_delivery defaults to true",
        "an update changes only what is sent, so no update parameter has a default",
        lambda s: (
            s.operation("updateCampaign").parameter("standard_delivery").default is NO_DEFAULT
            and all(p.default is NO_DEFAULT for p in s.operation("updateCampaign").parameters)
        ),
    ),
    (
        "004",
        "batch size at most 20",
        "at most 40",
        lambda s: (
            s.operation("batchCampaigns").batch.max_items == 40
            and s.operation("batchCampaigns").body.schema["maxItems"] == 40
        ),
    ),
    (
        "004",
        "batch operation_type is one of Create, Delete, Update",
        "unchanged; each type is tied to the single-campaign operation whose parameters it takes",
        lambda s: (
            s.operation("batchCampaigns").batch.operations
            == {"Create": "createCampaign", "Update": "updateCampaign", "Delete": "deleteCampaign"}
        ),
    ),
    (
        "004",
        "campaign objects carry account_id",
        "removed from campaign responses in v5 (the account is in the path and the echo)",
        lambda s: "account_id" not in s.schemas["Campaign"]["properties"],
    ),
    (
        "004",
        "daily budget is optional and should not exceed the total",
        "still optional in the schema; the ceiling is an x-rules rule",
        lambda s: (
            not s.operation("createCampaign").parameter("daily_budget_amount_local_micro").required
            and any(
                r.kind == "not-greater-than"
                and r.parameter == "daily_budget_amount_local_micro"
                and r.other == "total_budget_amount_local_micro"
                for r in s.operation("createCampaign").rules
            )
        ),
    ),
    (
        "004",
        "campaigns have no budget optimization setting",
        "budget_optimization (CAMPAIGN default, LINE_ITEM); standard_delivery only with CAMPAIGN",
        lambda s: (
            s.operation("createCampaign").parameter("budget_optimization").default == "CAMPAIGN"
            and any(
                r.kind == "only-when"
                and r.parameter == "standard_delivery"
                and r.when == {"budget_optimization": ("CAMPAIGN",)}
                for r in s.operation("createCampaign").rules
            )
        ),
    ),
]


@pytest.mark.parametrize(("seed", "before", "after", "check"), CHANGED, ids=[c[1] for c in CHANGED])
def test_v12_change_is_in_the_spec(
    seed: str, before: str, after: str, check: Callable[[ApiSpec], bool]
) -> None:
    assert check(SPEC), f"seed {seed}: {before!r} -> v12: {after!r} is not what the spec says"
