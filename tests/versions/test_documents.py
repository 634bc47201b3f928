"""Every version of the spec is a valid, linted OpenAPI document that says which version it is,
and whose examples fit it."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from adsapi.spec import SpecError, check_spec, load_spec, spec_versions
from tests.spec.test_examples import collect_examples

VERSIONS = spec_versions()


def test_the_documented_versions_are_all_there() -> None:
    assert VERSIONS == ("12", "11", "10", "9", "8", "7", "6", "5", "4", "3", "2")


@pytest.mark.parametrize("version", VERSIONS)
def test_version_passes_validation_and_lint(version: str) -> None:
    result = check_spec(version=version)
    assert result.spec.version == version


@pytest.mark.parametrize("version", VERSIONS)
def test_every_example_of_the_version_fits_its_schema(version: str) -> None:
    spec = load_spec(version=version)
    examples = list(collect_examples(spec))
    assert len(examples) > 60
    for where, schema, value in examples:
        validator = Draft202012Validator(
            spec.resolve(schema), format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
        assert not errors, f"{where}: " + "; ".join(errors)


@pytest.mark.parametrize("version", VERSIONS[1:])
def test_info_and_servers_follow_the_version(version: str) -> None:
    spec = load_spec(version=version)
    assert spec.version == version
    assert spec.live_versions == (version,) and spec.default_version == version
    for op in spec.operations.values():
        for server in spec.document["paths"][op.path][op.method.lower()].get("servers", []):
            assert server["variables"]["version"]["enum"] == [version]
    info = spec.document["info"]
    assert info["summary"].startswith(f"Version {version} of the API")
    assert info["description"].startswith(f"**This document describes version {version}**")
    # Every step from the main version down is listed with its changes.
    for step in range(int(version), 12):
        assert f"### Version {step} (from {step + 1})" in info["description"]


def test_the_main_version_is_the_main_spec_unchanged() -> None:
    assert load_spec(version="12") is not load_spec(version="11")
    assert load_spec(version="12").document == load_spec().document
    assert load_spec(version=12).live_versions == ("11", "12")


def test_adapted_examples_say_so() -> None:
    spec = load_spec(version="4")
    examples = spec.document["paths"]["/accounts/{account_id}"]["put"]["responses"]["200"]
    renamed = examples["content"]["application/json"]["examples"]["renamed"]
    assert renamed["summary"].endswith("— adapted to version 4")
    assert renamed["summary"].count("adapted") == 1
    # The echo follows the parameter's v4 name, as the v4 seed's answer shows it.
    assert "account_name" in renamed["value"]["request"]["params"]
    assert "name" not in renamed["value"]["request"]["params"]


def test_an_unknown_version_is_refused_with_the_available_ones() -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(version="1")
    message = str(caught.value)
    assert "no version '1' of this spec (available: 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2)" in message
