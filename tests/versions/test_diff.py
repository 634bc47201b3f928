"""`adsapi diff`: the reports between consecutive versions reproduce the changelog, the
classification follows the seeds' definition, and the command reads versions, files and git
revisions."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from adsapi.cli import main
from adsapi.diff.compare import Change, compare
from adsapi.spec import DEFAULT_SPEC, load_spec, spec_versions
from tests.budget import budget
from tests.versions.conftest import write_version

VERSIONS = spec_versions()
SPECS = {version: load_spec(version=version) for version in VERSIONS}
CAMPAIGN_ANSWERS = frozenset(
    {
        "listCampaigns",
        "getCampaign",
        "createCampaign",
        "updateCampaign",
        "deleteCampaign",
        "batchCampaigns",
    }
)
CAMPAIGN_WRITES = frozenset(
    {
        "createCampaign",
        "updateCampaign",
        "batchCampaigns (Create items)",
        "batchCampaigns (Update items)",
    }
)
LINE_ITEM_ANSWERS = frozenset(
    {
        "listLineItems",
        "getLineItem",
        "createLineItem",
        "updateLineItem",
        "deleteLineItem",
        "batchLineItems",
    }
)
LINE_ITEM_WRITES = frozenset(
    {
        "createLineItem",
        "updateLineItem",
        "batchLineItems (Create items)",
        "batchLineItems (Update items)",
    }
)
PROMOTED_TWEET_ANSWERS = frozenset(
    {"listPromotedTweets", "getPromotedTweet", "createPromotedTweet", "deletePromotedTweet"}
)
LISTS = frozenset(
    {
        "listAccounts",
        "listCampaigns",
        "listFundingInstruments",
        "listIabCategories",
        "listLineItems",
        "listPromotableUsers",
        "listPromotedTweets",
        "listPromotedAccounts",
        "listScheduledPromotedTweets",
        "listTrackingTags",
        "listLineItemCuratedCategories",
        "listAccountApps",
        "listTargetingCriteria",
    }
)
CRITERION_ANSWERS = frozenset(
    {
        "listTargetingCriteria",
        "getTargetingCriterion",
        "createTargetingCriterion",
        "deleteTargetingCriterion",
        "batchTargetingCriteria",
    }
)
FI_ANSWERS = frozenset(
    {
        "listFundingInstruments",
        "getFundingInstrument",
        "createFundingInstrument",
        "deleteFundingInstrument",
    }
)
ACCOUNT_ANSWERS = frozenset(
    {"listAccounts", "getAccount", "createAccount", "updateAccount", "deleteAccount"}
)


# The changelog speaks of this repository's spec. A spec grown beyond it (bench/grown_spec.py,
# read through $ADSAPI_SPEC) reports the changes of its synthetic resources too, which the tables
# below do not list: the comparisons keep to the repository's own operations, those of every
# version it describes (recommendations exist up to version 5 only).
OWN = frozenset(
    name
    for version in spec_versions(DEFAULT_SPEC)
    for name in load_spec(DEFAULT_SPEC, version=version).operations
)


def _own(operation: str) -> bool:
    return operation.split(" (")[0] in OWN  # "batchCampaigns (Create items)"


def key(change: Change) -> tuple:
    return (
        change.target,
        change.subject,
        change.message,
        change.rule,
        frozenset(op for op in change.operations if _own(op)),
    )


def keys(changes: list[Change]) -> set[tuple]:
    """The changes that concern the repository's own operations, each keyed by `key`."""
    return {key(c) for c in changes if any(_own(op) for op in c.operations)}


# Each step's breaking changes, as the changelog (seed 003), the reference's section 15 and the
# seeds tell them for accounts, funding instruments and campaigns.
KEYWORD_ANSWERS = frozenset({"searchKeywordInsights"})
OBJECTIVES_RENAMED = (
    'values "AWARENESS", "TWEET_ENGAGEMENTS", "VIDEO_VIEWS_PREROLL" removed; '
    'values "REACH", "ENGAGEMENTS", "PREROLL_VIEWS" added'
)
BREAKING = {
    ("2", "3"): {
        ("field", "FundingInstrument.paused", "removed", "removed", FI_ANSWERS),
        ("field", "FundingInstrument.cancelled", "removed", "removed", FI_ANSWERS),
        (
            "batch",
            "batchTargetingCriteria",
            "at most 1000 → 500 items",
            "behaviour",
            frozenset({"batchTargetingCriteria"}),
        ),
    },
    ("3", "4"): {
        # From version 4 a posted Tweet is always rendered as its author (seed 003, v4 notes).
        ("parameter", "as_user_id", "removed", "removed", frozenset({"previewTweet"})),
    },
    ("4", "5"): {
        # Version 5 removed the `tweet/preview` endpoints for `tweet_previews` (reference §14).
        *{
            ("operation", name, f"GET {path} removed", "removed", frozenset({name}))
            for name, path in (
                ("previewNewTweet", "/accounts/{account_id}/tweet/preview"),
                ("previewTweet", "/accounts/{account_id}/tweet/preview/{tweet_id}"),
            )
        },
        (
            "parameter",
            "draft_only",
            "renamed to with_draft",
            "renamed",
            frozenset({"listCampaigns"}),
        ),
        (  # the same note: drafts come with the others instead of alone
            "parameter",
            "with_draft",
            "filters differently (only entity_status=DRAFT → includes entity_status=DRAFT)",
            "behaviour",
            frozenset({"listCampaigns"}),
        ),
        (
            "rule",
            "cursor, with_total_count",
            "was with_total_count ignored next to cursor, now cursor and with_total_count "
            "exclusive (EXCLUSIVE_PARAMETERS)",
            "behaviour",
            LISTS,
        ),
        ("field", "Campaign.account_id", "removed", "removed", CAMPAIGN_ANSWERS),
        ("field", "LineItem.account_id", "removed", "removed", LINE_ITEM_ANSWERS),
        ("field", "PromotedTweet.account_id", "removed", "removed", PROMOTED_TWEET_ANSWERS),
        ("parameter", "account_name", "renamed to name", "renamed", frozenset({"updateAccount"})),
        # Targeting criteria: a list of line items in place of one (v5 notes), a list being
        # another schema, so the diff sees one parameter go and another come; two fields gone.
        ("field", "TargetingCriterion.account_id", "removed", "removed", CRITERION_ANSWERS),
        ("field", "TargetingCriterion.parent_ids", "removed", "removed", CRITERION_ANSWERS),
        ("parameter", "line_item_id", "removed", "removed", frozenset({"listTargetingCriteria"})),
        (
            "parameter",
            "line_item_ids",
            "added, required",
            "requirement",
            frozenset({"listTargetingCriteria"}),
        ),
    },
    ("5", "6"): {
        # Only the version 5 pages document recommendations (reference, appendix A).
        *{
            ("operation", name, f"GET {path} removed", "removed", frozenset({name}))
            for name, path in (
                ("listRecommendations", "/accounts/{account_id}/recommendations"),
                (
                    "getRecommendation",
                    "/accounts/{account_id}/recommendations/{recommendation_id}",
                ),
            )
        }
    },
    ("6", "7"): set(),
    ("7", "8"): {
        # Version 8 renamed three objectives (reference §12b).
        *{
            (target, name, OBJECTIVES_RENAMED, "representation", operations)
            for target, name, operations in (
                (
                    "parameter",
                    "objective",
                    frozenset({"createLineItem", "batchLineItems (Create items)"}),
                ),
                ("field", "LineItem.objective", LINE_ITEM_ANSWERS),
            )
        }
    },
    ("8", "9"): set(),
    ("9", "10"): {
        (
            "operation",
            "estimateAudience",
            "POST /accounts/{account_id}/audience_summary moved to "
            "POST /accounts/{account_id}/audience_estimate",
            "renamed",
            frozenset({"estimateAudience"}),
        ),
        # Line items bid with bid_strategy, goal and pay_by from version 10 on.
        *{
            ("field", f"LineItem.{name}", "removed", "removed", LINE_ITEM_ANSWERS)
            for name in ("bid_type", "automatically_select_bid", "charge_by")
        },
        *{
            ("parameter", name, "removed", "removed", LINE_ITEM_WRITES)
            for name in ("automatically_select_bid", "charge_by")
        },
        ("parameter", "bid_type", "renamed to bid_strategy", "renamed", LINE_ITEM_WRITES),
    },
    ("10", "11"): {
        *{
            ("parameter", name, "removed", "removed", CAMPAIGN_WRITES)
            for name in ("start_time", "end_time", "frequency_cap", "duration_in_days")
        },
        ("field", "Campaign.start_time", "removed", "removed", CAMPAIGN_ANSWERS),
        ("field", "Campaign.end_time", "removed", "removed", CAMPAIGN_ANSWERS),
        (
            "field",
            "Campaign.standard_delivery",
            "may now be null",
            "representation",
            CAMPAIGN_ANSWERS,
        ),
        (
            "parameter",
            "sort_by",
            'values "start_time-asc", "start_time-desc", "end_time-asc", "end_time-desc" removed',
            "representation",
            frozenset({"listCampaigns"}),
        ),
    },
    ("11", "12"): {("field", "Account.salt", "removed", "removed", ACCOUNT_ANSWERS)},
}
ADDITIVE = {
    ("2", "3"): {
        ("field", "FundingInstrument.entity_status", "added", None, FI_ANSWERS),
        ("field", "KeywordInsights.related_keywords", "added, required", None, KEYWORD_ANSWERS),
    },
    ("3", "4"): {
        (
            "operation",
            "updateAccount",
            "PUT /accounts/{account_id} added",
            None,
            frozenset({"updateAccount"}),
        ),
        ("batch", "batchCampaigns", "at most 20 → 40 items", None, frozenset({"batchCampaigns"})),
        *(
            ("operation", op_id, f"{method} {path} added", None, frozenset({op_id}))
            for op_id, method, path in (
                ("getTaxSettings", "GET", "/accounts/{account_id}/tax_settings"),
                ("updateTaxSettings", "PUT", "/accounts/{account_id}/tax_settings"),
                ("getUserSettings", "GET", "/accounts/{account_id}/user_settings/{user_id}"),
                ("updateUserSettings", "PUT", "/accounts/{account_id}/user_settings/{user_id}"),
            )
        ),
    },
    ("4", "5"): set(),
    ("5", "6"): {
        (
            "parameter",
            "q",
            "added",
            None,
            frozenset({"listAccounts", "listCampaigns", "listLineItems"}),
        ),
        (
            "operation",
            "listTweets",
            "GET /accounts/{account_id}/tweets added",
            None,
            frozenset({"listTweets"}),
        ),
    },
    ("6", "7"): set(),
    ("7", "8"): set(),
    ("8", "9"): set(),
    ("9", "10"): {
        ("field", "Campaign.effective_status", "added", None, CAMPAIGN_ANSWERS),
        *{
            ("field", f"LineItem.{name}", "added, required", None, LINE_ITEM_ANSWERS)
            for name in ("bid_strategy", "goal", "pay_by")
        },
        *{("parameter", name, "added", None, LINE_ITEM_WRITES) for name in ("goal", "pay_by")},
        # New rules on parameters old requests never sent: nothing they did is refused now.
        *{
            ("rule", text, "added", None, frozenset({"createLineItem", "updateLineItem"}))
            for text in (
                "bid_amount_local_micro ignored when bid_strategy is AUTO",
                "bid_amount_local_micro required when bid_strategy is MAX or TARGET "
                "(MISSING_PARAMETER)",
            )
        },
        *{
            ("rule", text, "added", None, frozenset({"createLineItem"}))
            for text in (
                "bid_strategy not MAX when objective is REACH or FOLLOWERS (INVALID_PARAMETER)",
                "primary_web_event_tag required when goal is WEBSITE_CONVERSIONS "
                "(MISSING_PARAMETER)",
            )
        },
    },
    ("10", "11"): {
        ("parameter", "budget_optimization", "added", None, CAMPAIGN_WRITES),
        ("parameter", "purchase_order_number", "added", None, CAMPAIGN_WRITES),
        ("field", "Campaign.budget_optimization", "added", None, CAMPAIGN_ANSWERS),
        ("field", "Campaign.purchase_order_number", "added", None, CAMPAIGN_ANSWERS),
        # The frequency cap moves from campaigns to line items.
        *{
            ("field", f"LineItem.{name}", "added", None, LINE_ITEM_ANSWERS)
            for name in ("frequency_cap", "duration_in_days")
        },
        *{
            ("parameter", name, "added", None, LINE_ITEM_WRITES)
            for name in ("frequency_cap", "duration_in_days")
        },
        (
            "rule",
            "frequency_cap only when objective in REACH, ENGAGEMENTS, VIDEO_VIEWS, PREROLL_VIEWS "
            "(INVALID_PARAMETER)",
            "added",
            None,
            frozenset({"createLineItem"}),
        ),
        # Old requests never send budget_optimization, whose default is CAMPAIGN: not breaking.
        (
            "rule",
            "standard_delivery only when budget_optimization in CAMPAIGN (INVALID_PARAMETER)",
            "added",
            None,
            frozenset({"createCampaign", "updateCampaign"}),
        ),
    },
    ("11", "12"): set(),
}


def test_every_consecutive_pair_has_its_expectations() -> None:
    ordered = sorted(VERSIONS, key=int)
    assert set(BREAKING) == set(ADDITIVE) == set(pairwise(ordered))


@pytest.mark.parametrize(("old", "new"), sorted(BREAKING, key=lambda p: int(p[0])))
def test_consecutive_versions_report_exactly_the_changelog(old: str, new: str) -> None:
    report = compare(SPECS[old], SPECS[new])
    assert keys(report.breaking) == BREAKING[(old, new)]
    assert keys(report.of("additive")) == ADDITIVE[(old, new)]


def test_going_back_a_version_is_breaking_the_other_way() -> None:
    report = compare(SPECS["5"], SPECS["4"])
    breaking = {(c.target, c.subject, c.message) for c in report.breaking}
    assert ("parameter", "with_draft", "renamed to draft_only") in breaking
    assert ("parameter", "name", "renamed to account_name") in breaking
    # Adding account_id back to answers breaks nobody; v4 answers carry more.
    assert ("field", "Campaign.account_id", "added, required") in {
        (c.target, c.subject, c.message) for c in report.of("additive")
    }
    back = compare(SPECS["4"], SPECS["3"])
    assert {k[:4] for k in keys(back.breaking)} == {
        ("operation", "updateAccount", "PUT /accounts/{account_id} removed", "removed"),
        ("batch", "batchCampaigns", "at most 40 → 20 items", "behaviour"),
        *(
            ("operation", op_id, f"{method} {path} removed", "removed")
            for op_id, method, path in (
                ("getTaxSettings", "GET", "/accounts/{account_id}/tax_settings"),
                ("updateTaxSettings", "PUT", "/accounts/{account_id}/tax_settings"),
                ("getUserSettings", "GET", "/accounts/{account_id}/user_settings/{user_id}"),
                ("updateUserSettings", "PUT", "/accounts/{account_id}/user_settings/{user_id}"),
            )
        ),
    }


@cache
def compared(old: str, new: str) -> Any:
    """The diff of two versions, once per pair: the examples below draw pairs again."""
    return compare(SPECS[old], SPECS[new])


@budget("shared")
@given(st.sampled_from(VERSIONS), st.sampled_from(VERSIONS))
def test_what_one_direction_adds_the_other_removes(a: str, b: str) -> None:
    forward, backward = compared(a, b), compared(b, a)
    if a == b:
        assert forward.changes == ()

    def plain(report, word):  # "added, required" is an addition too
        return {
            (c.target, c.subject, where)
            for c in report.changes
            for where in c.operations
            if c.message.split(",")[0] == word
        }

    assert plain(forward, "added") == plain(backward, "removed")
    assert plain(forward, "removed") == plain(backward, "added")
    renamed = {
        (c.subject, c.message.removeprefix("renamed to "))
        for c in forward.changes
        if c.message.startswith("renamed to ")
    }
    renamed_back = {
        (c.message.removeprefix("renamed to "), c.subject)
        for c in backward.changes
        if c.message.startswith("renamed to ")
    }
    assert renamed == renamed_back


# -- classification on made-up changes -----------------------------------------------------------


def changes_from_11(root: Path, changes: list[dict]) -> dict[tuple[str, str], Change]:
    """The report from version 11 (the made-up changes) to the main spec, by target and
    subject. The changes describe the older version, so the report reads them backwards."""
    write_version(root, changes)
    report = compare(load_spec(root, version="11"), load_spec(root), include_docs=True)
    return {(c.target, c.subject): c for c in report.changes}


INDUSTRIES = SPECS["12"].schemas["IndustryType"]["enum"]


def test_values_are_judged_by_which_way_they_travel(spec_copy: Path) -> None:
    found = changes_from_11(
        spec_copy,
        [
            # v11 takes a wider industry list and a larger count than v12: v12 narrows them.
            {
                "change": "update-schema",
                "schema": "IndustryType",
                "set": {"enum": [*INDUSTRIES, "SPACE"]},
            },
            {
                "change": "update-parameter",
                "operation": "listAccounts",
                "name": "count",
                "set": {"schema": {"maximum": 5000}},
            },
            # v11 answers had fewer approval statuses... as a closed enum; v12 opens it.
            {
                "change": "update-property",
                "schema": "Account",
                "property": "approval_status",
                "set": {"enum": ["ACCEPTED"]},
            },
            # v11 answers never had a null business_name; v12 may send null.
            {
                "change": "update-property",
                "schema": "Account",
                "property": "business_name",
                "set": {"type": "string"},
            },
            # v11 accepted a longer campaign name: v12 narrows it (request) and answers carry
            # at most 255 (response: additive).
            {
                "change": "update-property",
                "schema": "CampaignCreateParams",
                "property": "name",
                "set": {"maxLength": 1000},
            },
            {
                "change": "update-parameter",
                "operation": "createCampaign",
                "name": "entity_status",
                "set": {"default": "PAUSED"},
            },
        ],
    )
    industry = found[("parameter", "industry_type")]
    assert (industry.severity, industry.rule, industry.message) == (
        "breaking",
        "representation",
        'values "SPACE" removed',
    )
    count = found[("parameter", "count")]
    assert (count.severity, count.message, count.operations) == (
        "breaking",
        "maximum 5000 → 1000",
        ("listAccounts",),
    )
    approval = found[("field", "Account.approval_status")]
    assert (approval.severity, approval.message) == (
        "breaking",
        "no longer limited to a list of values",
    )
    business = found[("field", "Account.business_name")]
    assert (business.severity, business.rule, business.message) == (
        "breaking",
        "representation",
        "may now be null",
    )
    name = found[("parameter", "name")]
    assert name.severity == "breaking" and "createCampaign" in name.operations
    default = found[("parameter", "entity_status")]
    assert (default.severity, default.rule, default.message) == (
        "breaking",
        "behaviour",
        'default "PAUSED" → "ACTIVE"',
    )
    assert ("spec", "info.version") in found  # documentation, with include_docs


def test_structure_changes_are_classified(spec_copy: Path) -> None:
    getter = load_spec().document["paths"]["/accounts/{account_id}"]["get"]
    found = changes_from_11(
        spec_copy,
        [
            # v11 had a production createAccount and an older path for getAccount.
            {
                "change": "update-operation",
                "operation": "createAccount",
                "remove": ["x-sandbox-only", "servers"],
            },
            {
                "change": "move-operation",
                "operation": "deleteCampaign",
                "path": "/accounts/{account_id}/campaigns/{campaign_id}/remove",
            },
            {
                "change": "update-operation",
                "operation": "getCampaign",
                "set": {"x-rate-limit-class": "global-reads"},
            },
            {"change": "set-batch-limit", "operation": "batchCampaigns", "max-items": 100},
            {
                "change": "update-parameter",
                "operation": "createCampaign",
                "name": "funding_instrument_id",
                "required": False,
            },
            {"change": "remove-operation", "operation": "getAccount"},
            {
                "change": "add-operation",
                "path": "/accounts/{account_id}/details",
                "method": "get",
                "operation": {**getter, "operationId": "getAccount"},
            },
        ],
    )
    sandbox = found[("operation", "createAccount")]
    assert (sandbox.severity, sandbox.rule, sandbox.message) == (
        "breaking",
        "removed",
        "now sandbox only",
    )
    moved = found[("operation", "deleteCampaign")]
    assert (moved.severity, moved.rule) == ("breaking", "renamed")
    assert "moved to DELETE /accounts/{account_id}/campaigns/{campaign_id}" in moved.message
    assert found[("operation", "getAccount")].rule == "renamed"  # found by its operation id
    rate = found[("rate limit", "getCampaign (global-reads → core-entity-reads)")]
    assert rate.severity == "additive"  # 5 per 15 minutes → 10,000
    batch = found[("batch", "batchCampaigns")]
    assert (batch.severity, batch.message) == ("breaking", "at most 100 → 40 items")
    required = found[("parameter", "funding_instrument_id")]
    assert (required.severity, required.rule, required.message) == (
        "breaking",
        "requirement",
        "now required",
    )


def test_endpoints_that_come_to_share_a_window_is_breaking() -> None:
    """`counted: endpoint` → `class`: calls to other endpoints of the class now use up
    the same window, so a client that kept within each endpoint's budget no longer does."""
    spec = SPECS["12"]
    core = spec.rate_limit_classes["core-entity-reads"]
    shared = dataclasses.replace(
        spec,
        rate_limit_classes={
            **spec.rate_limit_classes,
            core.name: dataclasses.replace(core, counted="class"),
        },
    )

    def counting(old: Any, new: Any) -> Change:
        found = compare(old, new).changes
        return next(c for c in found if c.subject == "rate-limit class core-entity-reads")

    narrowed = counting(spec, shared)
    assert (narrowed.severity, narrowed.rule) == ("breaking", "behaviour")
    assert "endpoint → 10000/900s account class" in narrowed.message
    assert counting(shared, spec).severity == "additive"


# -- the command ---------------------------------------------------------------------------------


def run(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    before = os.getcwd()
    os.chdir(cwd or before)
    try:
        result = CliRunner().invoke(main, list(args))
    finally:
        os.chdir(before)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_the_report_as_json_markdown_and_text() -> None:
    own = ("--spec", str(DEFAULT_SPEC))  # the figures are those of this repository's spec
    status, out, _ = run("diff", "4", "5", "--format", "json", *own)
    assert status == 0
    data = json.loads(out)
    assert data["old"] == {"label": "version 4", "version": "4"}
    assert data["summary"] == {"breaking": 13, "additive": 0, "documentation": 0}
    rename = next(c for c in data["changes"] if c["subject"] == "draft_only")
    assert (
        rename["rule"] == "renamed" and rename["rule_text"] == "a parameter or endpoint is renamed"
    )
    status, out, _ = run("diff", "10", "11", "--format", "markdown", *own)
    assert out.startswith("# API changes: version 10 → version 11\n")
    assert "## Breaking changes" in out and "## Additive changes" in out
    assert "| campaigns | field `Campaign.start_time`: removed |" in out
    status, out, _ = run("diff", "11", "12", *own)
    assert "version 11 → version 12 (versions 11 → 12): 1 breaking, 0 additive" in out
    assert "Account.salt" in out


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("diff", "4", "5", "--fail-on-breaking"), 1),
        (("diff", "5", "6", "--fail-on-breaking"), 1),  # recommendations removed
        (("diff", "8", "9", "--fail-on-breaking"), 0),  # no change
        (("diff", "4", "5"), 0),  # breaking, but not asked to fail
        (("diff", "6", "7", "--fail-on-breaking", "--format", "json"), 0),
        (("diff", "7", "8", "--fail-on-breaking"), 1),  # objectives renamed
    ],
)
def test_exit_status_with_fail_on_breaking(args: tuple[str, ...], status: int) -> None:
    assert run(*args, "--spec", str(DEFAULT_SPEC))[0] == status  # the repository's versions


def test_bad_input_is_refused_clearly() -> None:
    status, _, err = run("diff", "4", "nope")
    assert status == 2
    assert "Invalid value for NEW: 'nope' is neither a version number" in err
    status, _, err = run("diff", "1", "4")
    assert status == 2 and "no version '1' of this spec (available: 12, 11" in err
    status, _, err = run("diff", "nosuchrev:spec/openapi.yaml", "4")
    assert status == 2 and "no revision 'nosuchrev'" in err


def test_a_bundled_file_compares_equal_to_its_version(tmp_path: Path) -> None:
    target = tmp_path / "v4.json"
    status, _, err = run("spec", "--version", "4", "--output", str(target))
    assert status == 0 and f"version 4 written to {target}" in err
    assert json.loads(target.read_text())["info"]["version"] == "4"
    assert run("diff", str(target), "4", "--fail-on-breaking")[1].endswith("No changes.\n")
    from_file = json.loads(run("diff", str(target), "5", "--format", "json")[1])
    from_version = json.loads(run("diff", "4", "5", "--format", "json")[1])
    assert from_file["changes"] == from_version["changes"]


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_git_revisions_are_read_with_all_their_files(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(DEFAULT_SPEC.parent, repo / "spec")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "spec")
    # An edit of a resource file (not the root): campaigns can no longer be searched by name.
    campaigns = repo / "spec" / "resources" / "campaigns.yaml"
    text = campaigns.read_text()
    campaigns.write_text(
        text.replace("        - $ref: '../common/parameters.yaml#/parameters/NameQuery'\n", "", 1)
    )
    git(repo, "commit", "-qam", "drop q")
    status, out, _ = run(
        "diff",
        "HEAD~1:spec/openapi.yaml",
        "HEAD:",
        "--fail-on-breaking",
        "--format",
        "json",
        cwd=repo,
    )
    assert status == 1
    data = json.loads(out)
    assert data["old"]["label"] == "HEAD~1:spec/openapi.yaml"
    assert data["new"]["label"] == "HEAD:spec/openapi.yaml"
    assert [(c["subject"], c["message"], c["operations"]) for c in data["changes"]] == [
        ("q", "removed", ["listCampaigns"])
    ]
    # A version of a revision, and the working tree against a revision.
    status, out, _ = run("diff", "HEAD~1:spec/openapi.yaml@5", "HEAD~1:@6", cwd=repo)
    assert status == 0 and "2 breaking, 2 additive" in out  # recommendations gone in 6
    status, out, _ = run("diff", "HEAD", "spec/openapi.yaml", cwd=repo)
    assert status == 2  # "HEAD" alone is no spec
    status, out, _ = run("diff", "HEAD~1:", "spec/openapi.yaml", cwd=repo)
    assert status == 0 and "1 breaking" in out


def test_a_broken_spec_at_a_revision_names_the_revision(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(DEFAULT_SPEC.parent, repo / "spec")
    (repo / "spec" / "resources" / "accounts.yaml").write_text("paths: [\n")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "broken")
    status, _, err = run("diff", "HEAD:", "4", cwd=repo)
    assert status == 2
    assert "HEAD:spec/resources/accounts.yaml#/: invalid YAML" in err


# -- adsapi spec and adsapi versions ---------------------------------------------------------------


def test_spec_writes_json_to_standard_output() -> None:
    status, out, _ = run("spec", "--version", "11")
    assert status == 0
    document = json.loads(out)
    assert document["info"]["version"] == "11"
    assert "salt" in document["components"]["schemas"]["Account"]["properties"]
    assert json.loads(run("spec")[1])["info"]["version"] == "12"


def test_spec_refuses_a_broken_version_file_without_writing(spec_copy: Path, tmp_path) -> None:
    write_version(spec_copy, [{"change": "remove-operation", "operation": "nope"}])
    target = tmp_path / "out.json"
    status, _, err = run("spec", "--spec", str(spec_copy), "--version", "11", "-o", str(target))
    assert status == 2 and not target.exists()
    assert "11.yaml#/changes/0: remove-operation cannot be applied to version 12" in err


def test_versions_tells_what_is_served_on_a_day() -> None:
    status, out, _ = run("versions", "--as-of", "2019-03-01")
    assert status == 0
    assert "On 2019-03-01 the API serves 4 and 5; 4 deprecated" in " ".join(out.split())
    assert "x-current-api-version: 5." in out
    status, _, err = run("versions", "--as-of", "2019-02-30")
    assert status == 2 and "'2019-02-30' is not a date" in err
    status, out, _ = run("versions", "--as-of", "2017-01-01")
    assert "This spec has no description of 1." in " ".join(out.split())


def test_an_operation_without_success_answer_is_compared_without_failing() -> None:
    from dataclasses import replace

    spec = SPECS["12"]
    op = spec.operation("deleteAccount")
    bare = replace(op, responses={k: v for k, v in op.responses.items() if k != "200"})
    edited = replace(spec, operations={**spec.operations, "deleteAccount": bare})
    found = {(c.target, c.subject, c.message, c.severity) for c in compare(spec, edited).changes}
    assert found == {
        ("answer", "200", "no longer declared", "additive"),
        ("answer", "deleteAccount", "no success answer", "breaking"),
    }
