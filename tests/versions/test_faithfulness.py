"""Each version of the spec against the documents written for it, and each changelog delta at
exactly its version.

Seed 004 documents campaigns for version 3, seed 002 accounts for version 4, seed 001 shows an
account as version 11 sends it. Their parameter tables, example requests and example answers
are read from the seed files themselves (`tests/versions/seeds.py`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from adsapi.rules import Exclusive, IgnoredWith
from adsapi.spec import ApiSpec, load_spec, spec_versions
from adsapi.spec.model import NO_DEFAULT, Operation
from tests.versions.requests import find_operation, request_problems
from tests.versions.seeds import (
    REPAIRS,
    SeedParameter,
    quick_start_accounts_answer,
    seed_examples,
    seed_parameters,
    seed_text,
)

VERSIONS = spec_versions()
SPECS = {version: load_spec(version=version) for version in VERSIONS}
SEED_VERSION = {"002": "4", "004": "3"}  # the version each reference seed was written for


def operation_of(spec: ApiSpec, endpoint: str) -> Operation:
    method, path = endpoint.split(" ", 1)
    template = "/" + re.sub(r":([a-z_]+)", r"{\1}", path)
    found = [op for op in spec.operations.values() if (op.method, op.path) == (method, template)]
    assert found, f"version {spec.version} has no {endpoint}"
    return found[0]


# -- parameter tables ------------------------------------------------------------------------------

# Where a version deliberately differs from its seed's table, and why.
DEVIATIONS = {
    ("004", "PUT accounts/:account_id/campaigns/:campaign_id", "standard_delivery", "default"): (
        "an update changes only what it sends, so update parameters have no default (README)"
    ),
}


def seed_tables() -> list[tuple[str, str, list[SeedParameter]]]:
    return [
        (seed, endpoint, table)
        for seed in SEED_VERSION
        for endpoint, table in seed_parameters(seed).items()
        if not endpoint.startswith("POST batch/")  # a JSON body, checked below
    ]


def table_mismatches(
    spec: ApiSpec, seed: str, endpoint: str, table: list[SeedParameter]
) -> list[str]:
    """How the operation of `spec` differs from a seed's parameter table."""
    op = operation_of(spec, endpoint)
    names, expected_names = {p.name for p in op.parameters}, {p.name for p in table}
    if names != expected_names:
        extra, missing = sorted(names - expected_names), sorted(expected_names - names)
        return [f"parameters: extra {extra}, missing {missing}"]
    problems = []
    for row in table:
        param = op.parameter(row.name)
        shape, c = param.shape, param.shape.constraints
        kind = {"int": "integer", "long": "integer", "boolean": "boolean", "enum": "string"}.get(
            row.type or ""
        )
        if row.type == "string":  # lists and times are strings on the seed's wire
            kind = "array" if "comma-separated" in row.text else "string"
            kind = "datetime" if "ISO 8601" in row.text else kind
        found = {
            "required": (param.required, row.required),
            "kind": (shape.kind, kind),
            "int64": (c.format == "int64", row.type == "long" or c.format == "int64"),
        }
        if "Up to 200" in row.text:
            found["maxItems"] = (c.max_items, 200)
        if row.bounds:
            found["bounds"] = ((c.minimum, c.maximum), tuple(int(b) for b in row.bounds))
        if row.values and row.type != "boolean":
            cast = int if shape.kind == "integer" else str
            enum = {v for v in c.enum or () if v is not None}
            found["values"] = (enum, {cast(v) for v in row.values})
        if (seed, endpoint, row.name, "default") in DEVIATIONS:
            found["default"] = (param.default, NO_DEFAULT)
        elif row.default is not None:
            default = {"true": True, "false": False}.get(row.default, row.default)
            found["default"] = (param.default, int(default) if row.default.isdigit() else default)
        problems += [
            f"{row.name} {what}: spec {have!r}, seed {want!r}"
            for what, (have, want) in found.items()
            if have != want
        ]
    return problems


@pytest.mark.parametrize(
    ("seed", "endpoint", "table"), seed_tables(), ids=[f"{s}-{e}" for s, e, _ in seed_tables()]
)
def test_parameters_are_those_of_the_seed_table(
    seed: str, endpoint: str, table: list[SeedParameter]
) -> None:
    assert table_mismatches(SPECS[SEED_VERSION[seed]], seed, endpoint, table) == []


def test_a_table_of_another_version_does_not_fit() -> None:
    create = "POST accounts/:account_id/campaigns"
    table = seed_parameters("004")[create]
    assert table_mismatches(SPECS["11"], "004", create, table) == [
        "parameters: extra ['budget_optimization', 'purchase_order_number'], missing "
        "['duration_in_days', 'end_time', 'frequency_cap', 'start_time']"
    ]
    listing = "GET accounts/:account_id/campaigns"
    mismatch = table_mismatches(SPECS["5"], "004", listing, seed_parameters("004")[listing])
    assert mismatch and "draft_only" in mismatch[0]
    # Same names, other constraints: version 3 with a maximum of 10 for `count`.
    changed = copy.deepcopy(seed_parameters("004")[listing])
    changed[2] = SeedParameter(**{**changed[2].__dict__, "bounds": ("1", "10")})
    assert table_mismatches(SPECS["3"], "004", listing, changed) == [
        "count bounds: spec (1, 1000), seed (1, 10)"
    ]


def test_campaign_batch_is_as_in_the_v3_seed() -> None:
    batch = SPECS["3"].operation("batchCampaigns")
    assert batch.batch.max_items == 20 and batch.body.schema["maxItems"] == 20
    table = seed_parameters("004")["POST batch/accounts/:account_id/campaigns"]
    operation_types = next(row for row in table if row.name == "operation_type").values
    assert set(batch.batch.operations) == set(operation_types)
    assert batch.batch.atomic and batch.batch.ordered  # "fail or succeed together", "order"


def test_with_total_count_is_ignored_next_to_a_cursor_in_the_seeds_versions() -> None:
    for seed, version in SEED_VERSION.items():
        assert "This parameter will be ignored if cursor is specified" in seed_text(seed)
        for op in SPECS[version].operations.values():
            if op.parameter("with_total_count"):
                rules = [r for r in op.rules if {"cursor", "with_total_count"} <= set(r.parameters)]
                assert rules == [
                    IgnoredWith("with_total_count", ("cursor",), rules[0].description)
                ], op.operation_id


# -- example requests and answers ------------------------------------------------------------------


def closed(schema: Any) -> Any:
    """The schema with `allOf` merged and every open object closed, so that an example with an
    attribute the version does not declare fails."""
    if isinstance(schema, list):
        return [closed(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    schema = copy.deepcopy(schema)
    for part in schema.pop("allOf", []):
        part = closed(part)
        schema.setdefault("properties", {}).update(part.get("properties", {}))
        schema["required"] = [*schema.get("required", []), *part.get("required", [])]
    out = {
        key: closed(value) if key in ("items", "anyOf", "oneOf") else value
        for key, value in schema.items()
    }
    if "properties" in schema:
        out["properties"] = {name: closed(sub) for name, sub in schema["properties"].items()}
        out["additionalProperties"] = False
    return out


def answer_problems(spec: ApiSpec, endpoint: str, answer: Any) -> list[str]:
    op = operation_of(spec, endpoint)
    validator = Draft202012Validator(
        closed(op.success.schema), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(answer)]


SEED_EXAMPLES = [example for seed in SEED_VERSION for example in seed_examples(seed)]


@pytest.mark.parametrize("example", SEED_EXAMPLES, ids=lambda e: f"{e.seed}-{e.endpoint}")
def test_seed_answer_validates_against_its_version_with_nothing_undeclared(example) -> None:
    spec = SPECS[SEED_VERSION[example.seed]]
    assert not answer_problems(spec, example.endpoint, example.response)


@pytest.mark.parametrize("example", SEED_EXAMPLES, ids=lambda e: f"{e.seed}-{e.endpoint}")
def test_seed_request_is_accepted_by_its_version(example) -> None:
    spec = SPECS[SEED_VERSION[example.seed]]
    assert not request_problems(spec, example.request, copy.deepcopy(example.request_body))


def test_every_repair_of_the_seeds_still_finds_its_text() -> None:
    for seed, endpoint, broken, _ in REPAIRS:
        assert broken in seed_text(seed), (seed, endpoint)
    assert any(e.endpoint == "PUT accounts/:account_id" for e in seed_examples("002"))


def test_the_v11_quick_start_account_is_a_v11_account_but_not_a_v12_one() -> None:
    account = quick_start_accounts_answer()["data"][0]
    assert "salt" in account
    for version, expected in (("11", []), ("12", ["salt"])):
        schema = closed(SPECS[version].schemas["Account"])
        errors = list(Draft202012Validator(schema).iter_errors(account))
        assert [m for e in errors for m in re.findall(r"'(\w+)' was unexpected", e.message)] == (
            expected
        ), version


@pytest.mark.parametrize(
    ("seed", "endpoint", "version", "expected"),
    [
        # The seeds' answers against the next version whose changes touch them.
        (
            "004",
            "GET accounts/:account_id/campaigns/:campaign_id",
            "5",
            "'account_id' was unexpected",
        ),
        ("004", "POST batch/accounts/:account_id/campaigns", "5", "'account_id' was unexpected"),
        (
            "004",
            "GET accounts/:account_id/campaigns",
            "11",
            "'end_time', 'start_time' were unexpected",
        ),
        ("002", "GET accounts/:account_id", "12", "'salt' was unexpected"),
    ],
)
def test_seed_answer_no_longer_fits_a_later_version(seed, endpoint, version, expected) -> None:
    example = next(e for e in seed_examples(seed) if e.endpoint == endpoint)
    problems = answer_problems(SPECS[version], endpoint, example.response)
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    ("seed", "endpoint", "version", "expected"),
    [
        ("002", "PUT accounts/:account_id", "5", "updateAccount takes no parameter 'account_name'"),
        ("002", "PUT accounts/:account_id", "3", "version 3 has no PUT"),
        ("004", "GET accounts/:account_id/campaigns", "11", None),  # unchanged request
        ("004", "POST accounts/:account_id/campaigns", "11", "takes no parameter 'start_time'"),
        ("004", "POST batch/accounts/:account_id/campaigns", "11", "'start_time' was unexpected"),
    ],
)
def test_seed_request_against_a_later_version(seed, endpoint, version, expected) -> None:
    example = next(e for e in seed_examples(seed) if e.endpoint == endpoint)
    try:
        problems = request_problems(
            SPECS[version], example.request, copy.deepcopy(example.request_body)
        )
    except LookupError as exc:
        problems = [str(exc)]
    if expected is None:
        assert problems == []
    else:
        assert any(expected in p for p in problems), problems


def test_the_request_check_can_fail() -> None:
    spec = SPECS["3"]
    line = "GET https://ads-api.twitter.com/3/accounts/18ce54d4x5t/campaigns?count=0&draft_only=x"
    problems = request_problems(spec, line)
    assert any(p.startswith("count:") for p in problems)
    assert any(p.startswith("draft_only:") for p in problems)
    op, values = find_operation(spec, "GET", "/accounts/abc/campaigns/def")
    assert op.operation_id == "getCampaign" and values == {
        "account_id": "abc",
        "campaign_id": "def",
    }


# -- each changelog delta at exactly its version -------------------------------------------------


def exclusive_total_count(spec: ApiSpec, operation_id: str) -> bool:
    return any(
        isinstance(rule, Exclusive)
        and set(rule.names) == {"cursor", "with_total_count"}
        and rule.error == "EXCLUSIVE_PARAMETERS"
        for rule in spec.operation(operation_id).rules
    )


def has(spec: ApiSpec, operation_id: str, *names: str) -> bool:
    op = spec.operations.get(operation_id)
    return op is not None and all(op.parameter(name) for name in names)


def lacks(spec: ApiSpec, operation_id: str, *names: str) -> bool:
    op = spec.operations.get(operation_id)
    return op is not None and not any(op.parameter(name) for name in names)


def prop(spec: ApiSpec, schema: str, name: str) -> bool:
    return name in spec.schemas[schema]["properties"]


# (what the new state is, the version that brought it, the check of the new state)
DELTAS: list[tuple[str, int, Callable[[ApiSpec], bool]]] = [
    (
        "funding instruments report entity_status, not paused/cancelled",
        3,
        lambda s: (
            prop(s, "FundingInstrument", "entity_status")
            and not prop(s, "FundingInstrument", "paused")
            and not prop(s, "FundingInstrument", "cancelled")
        ),
    ),
    (
        "keyword insights answer related keywords",
        3,
        lambda s: prop(s, "KeywordInsights", "related_keywords"),
    ),
    ("PUT accounts/{account_id} exists", 4, lambda s: "updateAccount" in s.operations),
    (
        "tax and user settings endpoints exist",
        4,
        lambda s: (
            {"getTaxSettings", "updateTaxSettings", "getUserSettings", "updateUserSettings"}
            <= set(s.operations)
        ),
    ),
    (
        "a campaign batch takes 40 operations",
        4,
        lambda s: s.operation("batchCampaigns").batch.max_items == 40,
    ),
    (
        "campaign lists take with_draft instead of draft_only",
        5,
        lambda s: has(s, "listCampaigns", "with_draft") and lacks(s, "listCampaigns", "draft_only"),
    ),
    *[
        (
            f"{op}: cursor and with_total_count are exclusive",
            5,
            lambda s, op=op: exclusive_total_count(s, op),
        )
        for op in ("listAccounts", "listCampaigns", "listFundingInstruments")
    ],
    ("campaign objects lose account_id", 5, lambda s: not prop(s, "Campaign", "account_id")),
    (
        "PUT accounts takes name, not account_name",
        5,
        lambda s: has(s, "updateAccount", "name") and lacks(s, "updateAccount", "account_name"),
    ),
    ("accounts can be searched by name (q)", 6, lambda s: has(s, "listAccounts", "q")),
    ("campaigns can be searched by name (q)", 6, lambda s: has(s, "listCampaigns", "q")),
    (
        "audience estimates moved from audience_summary to audience_estimate",
        10,
        lambda s: s.operation("estimateAudience").path.endswith("/audience_estimate"),
    ),
    (
        "campaign objects have effective_status",
        10,
        lambda s: prop(s, "Campaign", "effective_status"),
    ),
    (
        "campaign flight dates and frequency cap move to line items",
        11,
        lambda s: (
            lacks(
                s, "createCampaign", "start_time", "end_time", "frequency_cap", "duration_in_days"
            )
            and lacks(
                s, "updateCampaign", "start_time", "end_time", "frequency_cap", "duration_in_days"
            )
            and not prop(s, "Campaign", "start_time")
            and not prop(s, "Campaign", "end_time")
            and s.schemas["Campaign"]["properties"]["frequency_cap"].get("readOnly") is True
        ),
    ),
    (
        "campaigns have budget_optimization, and pacing only with CAMPAIGN",
        11,
        lambda s: (
            has(s, "createCampaign", "budget_optimization")
            and has(s, "updateCampaign", "budget_optimization")
            and prop(s, "Campaign", "budget_optimization")
            and any(r.kind == "only-when" for r in s.operation("createCampaign").rules)
        ),
    ),
    (
        "campaigns have a purchase order number",
        11,
        lambda s: (
            has(s, "createCampaign", "purchase_order_number")
            and prop(s, "Campaign", "purchase_order_number")
        ),
    ),
    (
        "a campaign's standard_delivery may be null",
        11,
        lambda s: (
            s.schemas["Campaign"]["properties"]["standard_delivery"]["type"] == ["boolean", "null"]
        ),
    ),
    ("account objects lose salt", 12, lambda s: not prop(s, "Account", "salt")),
    *[
        (
            f"{op}: cursor and with_total_count are exclusive",
            5,
            lambda s, op=op: exclusive_total_count(s, op),
        )
        for op in ("listLineItems", "listPromotedTweets", "listPromotableUsers")
    ],
    ("line item objects lose account_id", 5, lambda s: not prop(s, "LineItem", "account_id")),
    (
        "promoted Tweet objects lose account_id",
        5,
        lambda s: not prop(s, "PromotedTweet", "account_id"),
    ),
    ("line items can be searched by name (q)", 6, lambda s: has(s, "listLineItems", "q")),
    ("GET accounts/:account_id/tweets exists", 6, lambda s: "listTweets" in s.operations),
    (
        "objectives are REACH, ENGAGEMENTS and PREROLL_VIEWS",
        8,
        lambda s: (
            {"REACH", "ENGAGEMENTS", "PREROLL_VIEWS"} <= set(s.schemas["Objective"]["enum"])
            and not {"AWARENESS", "TWEET_ENGAGEMENTS", "VIDEO_VIEWS_PREROLL"}
            & set(s.schemas["Objective"]["enum"])
        ),
    ),
    (
        "campaign recommendations are gone",
        6,
        lambda s: (
            not {"listRecommendations", "getRecommendation"} & set(s.operations)
            and "recommendations" not in s.resources
        ),
    ),
    (
        "line items bid with bid_strategy, goal and pay_by",
        10,
        lambda s: (
            has(s, "createLineItem", "bid_strategy", "goal", "pay_by")
            and lacks(s, "createLineItem", "bid_type", "automatically_select_bid", "charge_by")
            and prop(s, "LineItem", "bid_strategy")
            and not prop(s, "LineItem", "bid_type")
            and any(r.kind == "required-when" for r in s.operation("updateLineItem").rules)
        ),
    ),
    (
        "a targeting criteria batch takes 500 operations",
        3,
        lambda s: s.operation("batchTargetingCriteria").batch.max_items == 500,
    ),
    (
        "targeting criteria are listed for up to 200 line items (line_item_ids)",
        5,
        lambda s: (
            has(s, "listTargetingCriteria", "line_item_ids")
            and lacks(s, "listTargetingCriteria", "line_item_id")
        ),
    ),
    (
        "targeting criterion objects lose account_id and parent_ids",
        5,
        lambda s: (
            not prop(s, "TargetingCriterion", "account_id")
            and not prop(s, "TargetingCriterion", "parent_ids")
        ),
    ),
    (
        "line items hold the frequency cap",
        11,
        lambda s: (
            has(s, "createLineItem", "frequency_cap", "duration_in_days")
            and prop(s, "LineItem", "frequency_cap")
        ),
    ),
]


@pytest.mark.parametrize(("delta", "since", "check"), DELTAS, ids=[d[0] for d in DELTAS])
def test_delta_holds_from_its_version_on_and_not_before(
    delta: str, since: int, check: Callable[[ApiSpec], bool]
) -> None:
    observed = {v: check(spec) for v, spec in SPECS.items()}
    expected = {v: int(v) >= since for v in SPECS}
    assert observed == expected, delta


def test_what_never_changed_is_in_every_version() -> None:
    for spec in SPECS.values():
        # "It is intentional to exclude funding instruments": they keep account_id (v5 notes).
        assert "account_id" in spec.schemas["FundingInstrument"]["required"]
        assert spec.operation("createCampaign").parameter("funding_instrument_id").required
        assert spec.operation("listCampaigns").pagination is not None
