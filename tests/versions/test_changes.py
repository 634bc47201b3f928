"""The change operations of spec/versions/, one by one, and the errors a broken version file
gets: each names the file, the change (`/changes/<n>`) and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from adsapi.spec import DEFAULT_SPEC, SpecError, check_spec, load_spec, spec_versions
from adsapi.spec.loader import Bundle, load_bundle
from adsapi.spec.versions import apply_version
from tests.versions.conftest import write_version

MAIN = load_bundle(DEFAULT_SPEC)


def problems(root: Path, version: str = "11") -> list[str]:
    """What applying the version files beside `root` to the main spec reports."""
    with pytest.raises(SpecError) as caught:
        apply_version(Bundle(MAIN.document, root, (), {}), version)
    return [f"{p.file.split('/')[-1]}#{p.pointer}: {p.message}" for p in caught.value.problems]


# -- what each change does -------------------------------------------------------------------------


def test_parameters_can_be_added_renamed_updated_and_removed(spec_copy: Path) -> None:
    write_version(
        spec_copy,
        [
            {
                "change": "add-parameter",
                "operation": "listAccounts",
                "after": "count",
                "parameter": {"name": "lang", "in": "query", "schema": {"type": "string"}},
            },
            {
                "change": "rename-parameter",
                "operations": ["listAccounts", "listCampaigns"],
                "name": "sort_by",
                "to": "order",
            },
            {
                "change": "update-parameter",
                "operation": "listCampaigns",
                "name": "count",
                "set": {"schema": {"maximum": 500}},
            },
            {
                "change": "remove-parameter",
                "operation": "listFundingInstruments",
                "name": "funding_instrument_ids",
            },
        ],
    )
    old, new = load_spec(spec_copy, version="11"), load_spec(spec_copy)
    names = [p.name for p in old.operation("listAccounts").parameters]
    assert names[:3] == ["account_ids", "count", "lang"] and "order" in names
    assert old.operation("listCampaigns").parameter("order") is not None
    assert old.operation("listCampaigns").parameter("count").shape.constraints.maximum == 500
    # Shared components are copied before a change, so other operations keep theirs.
    assert old.operation("listAccounts").parameter("count").shape.constraints.maximum == 1000
    assert old.operation("listFundingInstruments").parameter("funding_instrument_ids") is None
    assert new.operation("listAccounts").parameter("sort_by") is not None  # main spec untouched


def test_form_parameters_change_with_their_batch_items_and_examples(spec_copy: Path) -> None:
    write_version(
        spec_copy,
        [
            {
                "change": "rename-parameter",
                "operation": "updateCampaign",
                "name": "name",
                "to": "title",
            },
            {
                "change": "add-parameter",
                "operation": "createCampaign",
                "after": "name",
                "parameter": {
                    "name": "objective",
                    "in": "form",
                    "required": True,
                    "schema": {"type": "string"},
                },
                "example": "REACH",
            },
            {
                "change": "update-parameter",
                "operation": "createCampaign",
                "name": "purchase_order_number",
                "required": True,
            },
        ],
    )
    spec = load_spec(spec_copy, version="11")
    assert spec.operation("updateCampaign").parameter("title") is not None
    batch = spec.operation("batchCampaigns").batch.params_schemas
    assert "title" in batch["Update"]["properties"] and "name" not in batch["Update"]["properties"]
    create = spec.operation("createCampaign")
    assert (
        create.parameter("objective").required
        and create.parameter("purchase_order_number").required
    )
    assert "objective" in batch["Create"]["required"]
    # The required parameter got its example value in request bodies and in the echo.
    body = spec.document["paths"]["/accounts/{account_id}/campaigns"]["post"]["requestBody"]
    paused = body["content"]["application/x-www-form-urlencoded"]["examples"]["paused"]["value"]
    assert list(paused)[:3] == ["funding_instrument_id", "name", "objective"]
    assert create.success.examples["paused"]["request"]["params"]["objective"] == "REACH"


def test_properties_and_schemas_can_change(spec_copy: Path) -> None:
    write_version(
        spec_copy,
        [
            {
                "change": "rename-property",
                "schema": "Campaign",
                "property": "servable",
                "to": "can_serve",
            },
            {
                "change": "update-property",
                "schema": "Campaign",
                "property": "name",
                "set": {"maxLength": 100},
                "required": False,
            },
            {
                "change": "add-property",
                "schema": "Account",
                "property": "tier",
                "definition": {"type": "string"},
            },
            {
                "change": "update-schema",
                "schema": "IndustryType",
                "set": {"enum": ["AGENCY", "OTHER"]},
            },
        ],
    )
    spec = load_spec(spec_copy, version="11")
    campaign = spec.schemas["Campaign"]
    assert "can_serve" in campaign["required"] and "servable" not in campaign["properties"]
    assert campaign["properties"]["name"]["maxLength"] == 100 and "name" not in campaign["required"]
    assert "tier" in spec.schemas["Account"]["properties"]
    assert spec.schemas["IndustryType"]["enum"] == ["AGENCY", "OTHER"]
    example = spec.operation("getCampaign").success.examples["campaign"]["data"]
    assert "can_serve" in example and "servable" not in example


def test_operations_can_be_added_moved_and_removed(spec_copy: Path) -> None:
    operation = load_spec().document["paths"]["/accounts/{account_id}"]["get"]
    write_version(
        spec_copy,
        [
            {"change": "remove-operation", "operation": "getAccount"},
            {
                "change": "add-operation",
                "path": "/accounts/{account_id}",
                "method": "get",
                "operation": {**operation, "summary": "Read one account the old way"},
            },
            {
                "change": "move-operation",
                "operation": "deleteCampaign",
                "path": "/accounts/{account_id}/campaigns/{campaign_id}/delete",
            },
            {
                "change": "update-operation",
                "operation": "getAccount",
                "set": {"x-rate-limit-class": "core-entity-reads"},
            },
            {
                "change": "remove-rule",
                "operation": "listAccounts",
                "kind": "exclusive",
                "parameters": ["with_total_count", "cursor"],
            },
            {
                "change": "add-rule",
                "operation": "listAccounts",
                "rule": {
                    "kind": "ignored-with",
                    "parameter": "with_total_count",
                    "others": ["cursor"],
                    "description": "Old style.",
                },
            },
            {"change": "set-batch-limit", "operation": "batchCampaigns", "max-items": 5},
        ],
    )
    result = check_spec(spec_copy, version="11")  # still valid and linted
    spec = result.spec
    assert spec.operation("getAccount").summary == "Read one account the old way"
    assert spec.operation("getAccount").rate_limit_class == "core-entity-reads"
    assert spec.operation("deleteCampaign").path.endswith("/delete")
    assert spec.operation("deleteCampaign").parameter("campaign_id").location == "path"
    assert [r.kind for r in spec.operation("listAccounts").rules] == ["ignored-with"]
    batch = spec.operation("batchCampaigns")
    assert batch.batch.max_items == 5 and batch.body.schema["maxItems"] == 5


def test_versions_chain_through_based_on(spec_copy: Path) -> None:
    write_version(spec_copy, [{"change": "remove-operation", "operation": "deleteAccount"}])
    write_version(spec_copy, [{"change": "remove-operation", "operation": "createAccount"}], "10")
    assert spec_versions(spec_copy) == ("12", "11", "10")
    ten = load_spec(spec_copy, version="10")
    assert "deleteAccount" not in ten.operations and "createAccount" not in ten.operations
    assert "createAccount" in load_spec(spec_copy, version="11").operations


# -- what a broken file gets -----------------------------------------------------------------------


def test_an_enum_value_can_be_renamed_in_examples_too(spec_copy: Path) -> None:
    rename = {"schema": "TrackingTagType", "value": "IMPRESSION_TAG", "to": "IMPRESSION"}
    write_version(spec_copy, [{"change": "rename-enum-value", **rename}])
    result = check_spec(spec_copy, version="11")  # still valid and linted: examples follow
    enum = result.spec.schemas["TrackingTagType"]["enum"]
    assert enum == ["IMPRESSION", "CLICK_TRACKER"]
    for op in ("getTrackingTag", "createTrackingTag"):
        examples = result.spec.operation(op).success.examples.values()
        assert all(e["data"]["tracking_tag_type"] == "IMPRESSION" for e in examples)


def test_a_resource_can_be_added_or_removed_whole(spec_copy: Path) -> None:
    """A version may have a resource the newer one lacks (recommendations up to version 5):
    its schemas, its tag and its operations; or lack one the newer has."""
    document = load_spec().document
    listing = document["paths"]["/accounts/{account_id}/tracking_tags"]["get"]
    note = {
        "type": "object",
        "required": ["id", "created_at", "updated_at", "deleted"],
        "properties": {
            name: document["components"]["schemas"]["TrackingTag"]["properties"][name]
            for name in ("id", "created_at", "updated_at", "deleted")
        },
        "additionalProperties": True,
    }
    notes = {
        "allOf": [
            {"$ref": "#/components/schemas/ListEnvelope"},
            {
                "type": "object",
                "properties": {
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Note"}}
                },
            },
        ]
    }
    operation = {
        **listing,
        "operationId": "listNotes",
        "tags": ["notes"],
        "parameters": [{"$ref": "#/components/parameters/AccountId"}],
        "responses": {
            **listing["responses"],
            "200": {
                **listing["responses"]["200"],
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/NoteList"}}
                },
            },
        },
    }
    operation.pop("x-rules")
    tag = {
        "name": "notes",
        "description": "Notes.",
        "x-resource": {
            "entity": "Note",
            "id-parameter": "note_id",
            "parent-parameter": "account_id",
            "not-found-error": "NOT_FOUND",
        },
    }
    write_version(
        spec_copy,
        [
            {"change": "add-schema", "schema": "Note", "definition": note},
            {"change": "add-schema", "schema": "NoteList", "definition": notes},
            {"change": "add-tag", "tag": tag, "after": "accounts"},
            {
                "change": "add-operation",
                "path": "/accounts/{account_id}/notes",
                "method": "get",
                "operation": operation,
            },
            {"change": "remove-operation", "operation": "listAccountApps"},
            {"change": "remove-tag", "tag": "account_apps"},
            {"change": "remove-schema", "schema": "AccountAppListResponse"},
        ],
    )
    spec = check_spec(spec_copy, version="11").spec  # still valid and linted
    assert list(spec.resources)[:2] == ["accounts", "notes"]
    assert spec.resources["notes"].entity == "Note"
    assert spec.operation("listNotes").resource == "notes"
    assert "account_apps" not in spec.resources and "listAccountApps" not in spec.operations
    assert "AccountAppListResponse" not in spec.schemas
    assert "notes" not in load_spec(spec_copy).resources  # the main version is untouched


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"change": "remove-operation", "operation": "nope"},
            "remove-operation cannot be applied to version 12: no operation 'nope' (known: ",
        ),
        (
            {"change": "remove-parameter", "operation": "listAccounts", "name": "nope"},
            "listAccounts has no parameter 'nope'",
        ),
        (
            {"change": "remove-parameter", "operation": "getCampaign", "name": "account_id"},
            "is declared for the whole path",
        ),
        (
            {"change": "remove-property", "schema": "Account", "property": "nope"},
            "schema Account has no property 'nope' (it has: id, name, ",
        ),
        (
            {"change": "update-property", "schema": "Nope", "property": "x"},
            "no schema 'Nope' in components/schemas",
        ),
        (
            {
                "change": "add-property",
                "schema": "Account",
                "property": "x",
                "definition": {"$ref": "#/components/schemas/Nope"},
            },
            "$ref '#/components/schemas/Nope' does not point into the bundled document",
        ),
        (
            {
                "change": "add-property",
                "schema": "Account",
                "property": "plan",
                "required": True,
                "definition": {"type": "string"},
            },
            "required property 'plan' needs an `example` value: 5 example(s) of Account lack it",
        ),
        (
            {"change": "rename-parameter", "operation": "listAccounts", "name": "q", "to": "count"},
            "listAccounts already has a parameter 'count'",
        ),
        (
            {
                "change": "remove-rule",
                "operation": "getAccount",
                "kind": "exclusive",
                "parameters": ["a", "b"],
            },
            "getAccount has no exclusive rule on a, b",
        ),
        (
            {"change": "set-batch-limit", "operation": "getAccount", "max-items": 3},
            "getAccount is not a batch operation",
        ),
        (
            {
                "change": "update-property",
                "schema": "Account",
                "property": "name",
                "remove": ["maxLength"],
            },
            "cannot remove 'maxLength': it is not set",
        ),
        (
            {"change": "rename-enum-value", "schema": "Objective", "value": "NOPE", "to": "X"},
            "schema Objective has no enum value 'NOPE'",
        ),
        (
            {
                "change": "rename-enum-value",
                "schema": "Objective",
                "value": "APP_INSTALLS",
                "to": "X",
            },
            "a required-when rule of createLineItem names 'APP_INSTALLS': change it",
        ),
        (
            {"change": "add-tag", "tag": {"name": "campaigns"}},
            "a tag 'campaigns' already exists",
        ),
        (
            {"change": "add-tag", "tag": {"name": "x"}, "after": "nope"},
            "cannot place tag 'x' after 'nope': no such tag",
        ),
        ({"change": "remove-tag", "tag": "campaigns"}, "tag 'campaigns' still has operations"),
        ({"change": "remove-tag", "tag": "nope"}, "no tag 'nope'"),
        (
            {"change": "add-schema", "schema": "Campaign", "definition": {"type": "object"}},
            "a schema 'Campaign' already exists",
        ),
        (
            {"change": "remove-schema", "schema": "Campaign"},
            "schema 'Campaign' is still referenced",
        ),
    ],
)
def test_a_change_that_does_not_fit_is_located(versions_only, change, expected) -> None:
    write_version(
        versions_only, [{"change": "remove-operation", "operation": "deleteAccount"}, change]
    )
    found = problems(versions_only)
    assert len(found) == 1, found
    assert found[0].startswith("11.yaml#/changes/1: ") and expected in found[0], found[0]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"change": "remove-operation", "operation": "x", "dated": "inferred"},
            "#/changes/0: 'reasoning' is a required property",
        ),
        (
            {"change": "remove-operation", "operation": "x", "source": []},
            "#/changes/0/source: [] should be non-empty",
        ),
        (
            {"change": "remove-operation", "operation": "x", "source": ["my memory"]},
            "#/changes/0/source/0: 'my memory' does not match",
        ),
        (
            {"change": "drop-table", "operation": "x"},
            "#/changes/0/change: 'drop-table' is not one of",
        ),
        ({"change": "remove-operation"}, "#/changes/0: name the operation(s): `operation` or"),
        (
            {"change": "remove-property", "schema": "Account"},
            "#/changes/0: 'property' is a required property",
        ),
        (
            {"change": "remove-property", "schema": "Account", "property": "x", "colour": "red"},
            "#/changes/0: Additional properties are not allowed ('colour' was unexpected)",
        ),
    ],
)
def test_a_malformed_change_is_located(versions_only, change, expected) -> None:
    write_version(versions_only, [change])
    found = problems(versions_only)
    assert any(p.startswith("11.yaml") and expected in p for p in found), found


def test_a_file_must_be_named_after_its_version(versions_only: Path) -> None:
    path = write_version(versions_only, [])
    path.rename(path.with_name("eleven.yaml"))
    assert problems(versions_only) == [
        "eleven.yaml#/version: the file of version 11 must be named 11.yaml"
    ]


def test_a_file_outside_the_chain_is_reported(versions_only: Path) -> None:
    write_version(versions_only, [], version="9")  # based on 10, which nothing produces
    assert problems(versions_only, version="9") == [
        "9.yaml#/based-on: version 10 is neither the main spec's version (12) nor produced by "
        "another version file"
    ]


def test_a_lone_example_follows_its_schema_too(spec_copy: Path) -> None:
    accounts = spec_copy.parent / "resources" / "accounts.yaml"
    text = accounts.read_text()
    # Give getAccount's answer a lone `example` next to its named ones.
    anchor = "              schema:\n                $ref: '#/schemas/AccountResponse'\n"
    lone = anchor + (
        "              example:\n"
        "                request: {params: {account_id: abc}}\n"
        "                data: {id: abc, name: n, timezone: UTC, timezone_switch_at: null,\n"
        "                       created_at: '2020-01-01T00:00:00Z',\n"
        "                       updated_at: '2020-01-01T00:00:00Z', approval_status: ACCEPTED,\n"
        "                       deleted: false}\n"
    )
    assert text.count(anchor) >= 1
    accounts.write_text(text.replace(anchor, lone, 1))
    write_version(
        spec_copy,
        [{"change": "rename-property", "schema": "Account", "property": "timezone", "to": "tz"}],
    )
    spec = load_spec(spec_copy, version="11")
    media = spec.document["paths"]["/accounts/{account_id}"]["get"]["responses"]["200"]
    lone_value = media["content"]["application/json"]["example"]
    assert "tz" in lone_value["data"] and "timezone" not in lone_value["data"]


def test_a_version_follows_edits_of_the_main_spec(spec_copy: Path) -> None:
    import os

    from adsapi.spec import version_bundle

    write_version(spec_copy, [{"change": "remove-operation", "operation": "deleteAccount"}])
    before = version_bundle(spec_copy, "11").document
    assert before["info"]["version"] == "11"
    accounts = spec_copy.parent / "resources" / "accounts.yaml"
    accounts.write_text(accounts.read_text().replace("List the ads accounts", "List accounts", 1))
    later = accounts.stat().st_mtime_ns + 1_000_000_000
    os.utime(accounts, ns=(later, later))
    after = version_bundle(spec_copy, "11").document
    assert after["paths"]["/accounts"]["get"]["summary"].startswith("List accounts")
    assert before["paths"]["/accounts"]["get"]["summary"].startswith("List the ads accounts")
    # The caller's bundle is its own: changing it changes nothing for the next caller.
    after["info"]["version"] = "changed"
    assert version_bundle(spec_copy, "11").document["info"]["version"] == "11"
