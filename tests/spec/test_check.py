"""`adsapi check`: a valid spec gets a summary; a broken one, located messages and no traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from adsapi.cli import main
from adsapi.spec import DEFAULT_SPEC, SpecError, check_spec, load_spec
from adsapi.spec.lint import extension_usage


def run_check(spec_root: Path | None = None) -> tuple[int, str]:
    args = ["check"] + (["--spec", str(spec_root)] if spec_root else [])
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.output


def test_repository_spec_passes_every_check() -> None:
    result = check_spec()
    declared = [
        method
        for item in result.bundle.document["paths"].values()
        for method in ("get", "put", "post", "delete", "patch")
        if method in item
    ]
    assert len(result.spec.operations) == len(declared) >= 16


def test_summary_counts_operations_codes_and_extensions() -> None:
    code, output = run_check()
    assert code == 0, output
    assert "valid" in output
    spec = load_spec()
    lines = output.splitlines()
    for name, resource in spec.resources.items():
        line = next(line for line in lines if f" {name} " in line)
        assert line.rstrip(" │").endswith(str(len(resource.operations))), line
    assert "list create get update delete batch" in output  # campaigns, with every verb
    assert f"error codes {len(spec.error_codes)}:" in output
    assert "400: 28" in output and "404: 28" in output and "401: 1" in output
    flat = " ".join(output.split())
    for extension, count in extension_usage(dict(spec.document)).items():
        assert f"{extension} ({count})" in flat
    assert "Traceback" not in output


def test_console_script_runs_without_traceback() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "adsapi", "check"], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stderr
    assert "Operations per resource" in completed.stdout


@pytest.fixture()
def spec_copy(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(DEFAULT_SPEC.parent, target)
    return target


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count))


def place_campaigns(root: Path, path: str) -> None:
    """Declare where the client puts campaigns (`x-resource`'s `client-path`)."""
    edit(
        root / "openapi.yaml",
        "      not-found-error: CAMPAIGN_NOT_FOUND\n",
        f"      not-found-error: CAMPAIGN_NOT_FOUND\n      client-path: {path}\n",
    )


Breakage = Callable[[Path], None]

BROKEN: dict[str, tuple[Breakage, str, str]] = {
    # name: (how to break the copy, file#pointer expected, words expected in the message)
    "dangling ref inside a file": (
        lambda root: edit(
            root / "resources/campaigns.yaml",
            "'#/schemas/CampaignListResponse'",
            "'#/schemas/NoSuchSchema'",
        ),
        "resources/campaigns.yaml#/paths/campaigns/get/responses/200/content/application~1json/schema/$ref",
        "dangling $ref '#/schemas/NoSuchSchema'",
    ),
    "dangling ref to a missing file": (
        lambda root: edit(
            root / "resources/accounts.yaml",
            "'../common/parameters.yaml#/parameters/Count'",
            "'../common/params.yaml#/parameters/Count'",
        ),
        "resources/accounts.yaml#/paths/accounts/get/parameters/1/$ref",
        "not found",
    ),
    "dangling internal ref in the root": (
        lambda root: edit(
            root / "openapi.yaml",
            "components:\n",
            "components:\n  schemas:\n    Broken:\n      $ref: '#/components/schemas/Missing'\n",
        ),
        "openapi.yaml#/components/schemas/Broken/$ref",
        "dangling $ref '#/components/schemas/Missing'",
    ),
    "bad type": (
        lambda root: edit(root / "common/parameters.yaml", "type: integer", "type: integr"),
        "common/parameters.yaml#/parameters/Count/schema/type",
        "'integr' is not valid",
    ),
    "bad structure": (
        lambda root: edit(
            root / "resources/campaigns.yaml",
            "operationId: getCampaign",
            "operationId: [getCampaign]",
        ),
        "resources/campaigns.yaml#/paths/campaign/get/operationId",
        'is not of type "string"',
    ),
    "invalid YAML": (
        lambda root: (root / "common/headers.yaml").write_text("headers:\n  A: [\n"),
        "common/headers.yaml#/",
        "invalid YAML at line 3",
    ),
    "same component name in two files": (
        lambda root: edit(root / "resources/accounts.yaml", "  IndustryType:", "  Campaign:"),
        "resources/campaigns.yaml#/schemas/Campaign",
        "already defined in",
    ),
    "undocumented extension": (
        lambda root: edit(
            root / "resources/campaigns.yaml",
            "x-partial-update: true",
            "x-partial-update: true\n      x-cache: true",
        ),
        "resources/campaigns.yaml#/paths/campaign/put/x-cache",
        "undocumented extension x-cache",
    ),
    "extension in the wrong place": (
        lambda root: edit(
            root / "resources/campaigns.yaml",
            "    x-filter:\n      attribute: funding",
            "    x-sandbox-only: true\n    x-filter:\n      attribute: funding",
        ),
        "resources/campaigns.yaml#/parameters/CampaignFundingInstrumentIds/x-sandbox-only",
        "not allowed on a parameter",
    ),
    "operation id against the naming convention": (
        lambda root: edit(
            root / "resources/campaigns.yaml",
            "operationId: getCampaign",
            "operationId: getCampaignById",
        ),
        "resources/campaigns.yaml#/paths/campaign/get/operationId",
        "operationId should be getCampaign",
    ),
    "missing error response": (
        lambda root: edit(
            root / "resources/accounts.yaml",
            "        '404':\n          $ref: '../common/errors.yaml#/responses/NotFound'\n",
            "",
            1,
        ),
        "resources/accounts.yaml#/paths/accounts/get/responses",
        "missing error responses: 404",
    ),
    "account-scoped read without account rate-limit headers": (
        lambda root: (
            edit(
                root / "resources/campaigns.yaml",
                "x-rate-limit-class: core-entity-reads",
                "x-rate-limit-class: core-entity-reads",
                1,
            )
            or edit(
                root / "resources/accounts.yaml",
                "x-rate-limit-class: global-reads",
                "x-rate-limit-class: core-entity-reads",
            )
        ),
        "resources/accounts.yaml#/paths/accounts/get/responses/200/headers",
        "lacks headers: x-account-rate-limit-limit",
    ),
    "rate-limit class counted in a way the sandbox cannot": (
        lambda root: edit(root / "openapi.yaml", "    counted: endpoint", "    counted: per-user"),
        "openapi.yaml#/x-rate-limit-classes/core-entity-reads/counted",
        "counted must be one of endpoint, class",
    ),
    "rule naming an unknown parameter": (
        lambda root: edit(
            root / "resources/campaigns.yaml",
            "other: total_budget_amount_local_micro",
            "other: total_budget",
        ),
        "resources/campaigns.yaml#/paths/campaigns/post/x-rules/0",
        "unknown parameters: total_budget",
    ),
    "batch item out of step with its single operation": (
        lambda root: edit(
            root / "resources/campaigns.yaml",
            "    description: The `params` of a batch `Delete`.\n    type: object\n"
            "    required: [campaign_id]",
            "    description: The `params` of a batch `Delete`.\n    type: object\n"
            "    required: []",
        ),
        "resources/campaigns.yaml#/paths/campaigns_batch/post/x-batch/operations/Delete",
        "differ in: campaign_id",
    ),
    "client path that is not an attribute name": (
        lambda root: place_campaigns(root, "accounts.Campaigns"),
        "openapi.yaml#/tags/2/x-resource/client-path",
        "'Campaigns' is not a snake_case attribute name",
    ),
    "client path that is not a string": (
        lambda root: place_campaigns(root, "[accounts, campaigns]"),
        "openapi.yaml#/tags/2/x-resource/client-path",
        "client-path must be a dotted string",
    ),
    "client path of another resource": (
        lambda root: place_campaigns(root, "funding_instruments"),
        "openapi.yaml#/tags/2/x-resource/client-path",
        "is already the place of funding_instruments",
    ),
    "client path hidden by a method": (
        lambda root: place_campaigns(root, "accounts.list"),
        "openapi.yaml#/tags/2/x-resource/client-path",
        "list is a method of accounts",
    ),
    "batch limit out of step with the body": (
        lambda root: edit(root / "resources/campaigns.yaml", "max-items: 40", "max-items: 20"),
        "resources/campaigns.yaml#/paths/campaigns_batch/post/x-batch/max-items",
        "differs from the body's maxItems 40",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_spec_gets_a_located_message(case: str, spec_copy: Path) -> None:
    breakage, location, words = BROKEN[case]
    breakage(spec_copy)
    code, output = run_check(spec_copy / "openapi.yaml")
    assert code == 1, output
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if location in line]
    assert lines, f"no problem reported at {location}:\n{output}"
    assert any(words in line for line in lines), output


def test_every_problem_is_reported_once(spec_copy: Path) -> None:
    edit(
        spec_copy / "resources/campaigns.yaml",
        "'#/schemas/CampaignListResponse'",
        "'#/schemas/NoSuchSchema'",
    )
    with pytest.raises(SpecError) as caught:
        check_spec(spec_copy / "openapi.yaml")
    assert len(caught.value.problems) == 1


def test_spec_that_is_not_openapi_at_all(tmp_path: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text("just: text\n")
    code, output = run_check(root)
    assert code == 1
    assert "openapi.yaml#/" in output and '"openapi" is a required property' in output
