"""Behaviour the version files give the engine as data: flag filters (`with_draft` includes
drafts, v2-v4 `draft_only` keeps only them) and `x-attribute` (v4 `account_name` sets `name`),
with the lint that keeps them meaningful."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from adsapi.spec import SpecError, check_spec, load_spec
from adsapi.spec.model import Filter
from tests.versions.conftest import write_version

DRAFTS = ("entity_status", "DRAFT")


def test_draft_flags_and_renamed_attributes_are_in_the_models() -> None:
    for version in ("12", "5"):
        flag = load_spec(version=version).operation("listCampaigns").parameter("with_draft")
        assert flag.filter == Filter(DRAFTS[0], "includes", DRAFTS[1])
    for version in ("4", "3", "2"):
        spec = load_spec(version=version)
        flag = spec.operation("listCampaigns").parameter("draft_only")
        assert flag.filter == Filter(DRAFTS[0], "only", DRAFTS[1])
    rename = load_spec(version="4").operation("updateAccount").parameter("account_name")
    assert (rename.attribute, rename.sets) == ("name", "name")
    assert load_spec().operation("updateAccount").parameter("name").sets == "name"


def lint_problems(root: Path, changes: list[dict[str, Any]]) -> list[str]:
    write_version(root, changes)
    with pytest.raises(SpecError) as caught:
        check_spec(root, version="11")
    return [p.message for p in caught.value.problems]


def test_x_attribute_must_name_an_attribute_of_a_create_or_update(spec_copy: Path) -> None:
    found = lint_problems(
        spec_copy,
        [
            {
                "change": "update-parameter",
                "operation": "updateAccount",
                "name": "name",
                "set": {"x-attribute": "title"},
            },
            {
                "change": "update-parameter",
                "operation": "listAccounts",
                "name": "count",
                "set": {"x-attribute": "name"},
            },
        ],
    )
    assert "parameter name: x-attribute names 'title', which Account does not have" in found
    assert "parameter count: x-attribute is for creates and updates" in found


def test_flag_filters_are_booleans_with_a_value(spec_copy: Path) -> None:
    found = lint_problems(
        spec_copy,
        [
            {
                "change": "update-parameter",
                "operation": "listCampaigns",
                "name": "count",
                "set": {"x-filter": {"attribute": "entity_status", "match": "only", "value": 1}},
            },
            {
                "change": "update-parameter",
                "operation": "listAccounts",
                "name": "with_deleted",
                "set": {"x-filter": {"attribute": "deleted", "match": "includes"}},
            },
            {
                "change": "update-parameter",
                "operation": "listFundingInstruments",
                "name": "with_deleted",
                "set": {"x-filter": {"attribute": "nothing", "match": "includes", "value": 1}},
            },
        ],
    )
    assert "parameter count: x-filter match only is for booleans" in found
    assert any("a flag match (includes | only) names the attribute's 'value'" in p for p in found)
    assert (
        "parameter with_deleted: x-filter names 'nothing', which FundingInstrument does not have"
        in found
    )


def test_a_model_reaches_the_other_versions_of_its_spec() -> None:
    four = load_spec(version="4")
    assert four.root == str(load_spec().root) and four.at_version(4) is four
    assert four.at_version("5") is load_spec(version="5")
    with pytest.raises(SpecError, match="no version '1' of this spec"):
        four.at_version("1")
    detached = dataclasses.replace(four, root=None)
    with pytest.raises(ValueError, match="was not loaded from a spec file"):
        detached.at_version("5")
