"""The spec's conventions, checked against the model (independently of `adsapi check`'s lint)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from adsapi.spec import load_spec, spec_versions
from adsapi.spec.extensions import EXTENSIONS
from adsapi.spec.kinds import KINDS
from adsapi.spec.lint import ACCOUNT_RATE_HEADERS, USER_RATE_HEADERS, extension_usage
from tests.versions.seeds import SHARED

SPEC = load_spec()
OPERATIONS = list(SPEC.operations.values())
README = Path(__file__).resolve().parents[2] / "README.md"

# The official error table, by status (77 codes), copied by hand from the reference.
ERROR_TABLE = {
    400: """DUPLICATE_TWEET EXCLUSIVE_PARAMETERS FEATURE_NOT_AVAILABLE ILLEGAL_CHARACTERS
         INCLUSIVE_PARAMETERS INVALID_DENOMINATION INVALID_FUNDING_INSTRUMENT INVALID_IMAGE
         INVALID_MEDIA INVALID_MEDIA_ID INVALID_PARAMETER INVALID_PLACEMENT_TYPE
         INVALID_TAILORED_AUDIENCE_TYPE INVALID_TARGETING_TYPE INVALID_TIME_WINDOW
         INVALID_TV_SHOW_LOCATIONS INVALID_TWEET INVALID_USER INVALID_USER_ID MISSING_PARAMETER
         REQUEST_TOO_COMPLEX SPEND_EXCEEDS_BUDGET TOO_MANY_CAMPAIGNS TOO_MANY_LINE_ITEMS
         TV_SHOW_OUTSIDE_MARKET TWEET_CANNOT_BE_BLANK UNKNOWN_CARD_TYPE UNKNOWN_CRITERIA_TYPE""",
    401: "UNAUTHORIZED_ACCESS",
    403: """ACCOUNT_LOCKED_OUT ACCOUNT_NOT_FOUND ACTION_NOT_ALLOWED CURRENT_USER_SUSPENDED
         FUNDING_INSTRUMENT_ACCESS_NOT_ALLOWED FUNDING_INSTRUMENT_EXCEEDS_AVAILABLE_CREDIT_LIMIT
         GENERIC_TWEET_ERROR MALWARE_STATUS READONLY_CLIENT_APPLICATION TWEET_IS_SPAM
         UNAUTHORIZED_CLIENT_APPLICATION USER_NOT_FOUND""",
    404: """ACCOUNT_MEDIA_NOT_FOUND APP_EVENT_PROVIDER_CONFIGURATION_NOT_FOUND
         APP_EVENT_TAG_NOT_FOUND BEHAVIOR_OR_BEHAVIOR_EXPANDED_NOT_FOUND CAMPAIGN_NOT_FOUND
         CARD_NOT_FOUND FUNDING_INSTRUMENT_NOT_FOUND INVALID_APP_ID INVALID_APP_STORE
         INVALID_IAB_CATEGORY INVALID_ID_ILLEGAL_CHARACTERS LINE_ITEM_APP_NOT_FOUND
         LINE_ITEM_NOT_FOUND MACT_APP_NOT_FOUND MEDIA_CREATIVE_NOT_FOUND MEDIA_NOT_FOUND
         NO_PROVIDER_AVAILABLE_FOR_THIS_CLIENT_APPLICATION NOT_FOUND PROMOTABLE_USER_NOT_FOUND
         PROMOTED_ACCOUNT_NOT_FOUND PROMOTED_TWEET_NOT_FOUND ROUTE_NOT_FOUND
         TAILORED_AUDIENCE_CHANGE_FILE_NOT_FOUND TAILORED_AUDIENCE_NOT_FOUND
         TAILORED_AUDIENCE_OR_TAILORED_AUDIENCE_EXPANDED_NOT_FOUND TARGETING_CRITERION_NOT_FOUND
         TWEET_NOT_FOUND WEB_EVENT_TAG_NOT_FOUND""",
    405: "METHOD_NOT_ALLOWED",
    408: "CANCELLED_REQUEST",
    423: "LOCK_ACQUISITION_TIMEOUT",
    429: "TOO_MANY_REQUESTS TWEET_RATE_LIMIT_EXCEEDED",
    500: "INTERNAL_ERROR",
    503: "SERVICE_UNAVAILABLE OVER_CAPACITY",
}


def test_all_77_error_codes_with_their_status() -> None:
    expected = {code: status for status, codes in ERROR_TABLE.items() for code in codes.split()}
    assert len(expected) == 77
    assert {code: e.status for code, e in SPEC.error_codes.items()} == expected
    assert all(e.description for e in SPEC.error_codes.values())


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_declares_its_error_responses(op) -> None:
    for status in ("400", "401", "403", "404", "429", "500", "503"):
        response = op.responses.get(status)
        assert response is not None, f"{op.operation_id} lacks {status}"
        assert response.error_codes, f"{op.operation_id} {status} allows no codes"
        assert {SPEC.error_status(c) for c in response.error_codes} <= {
            int(status),
            400,
            404,
            403,
            401,
            405,
            408,
            423,
            429,
            500,
            503,
        }
        if status != "400" or op.batch is None:
            assert {SPEC.error_status(c) for c in response.error_codes} == {int(status)}


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_declares_rate_limit_and_version_headers(op) -> None:
    rate_class = SPEC.rate_limit_classes[op.rate_limit_class]
    success = op.success
    for header in (*USER_RATE_HEADERS, "x-current-api-version"):
        assert success.headers[header].required, f"{op.operation_id}: {header}"
    assert "x-api-warn" in success.headers
    account_headers = [h for h in ACCOUNT_RATE_HEADERS if h in success.headers]
    if rate_class.scope == "account":
        assert account_headers == list(ACCOUNT_RATE_HEADERS)
    else:
        assert account_headers == []
    for header in USER_RATE_HEADERS:
        assert op.responses["429"].headers[header].required
    assert "retry-after" in op.responses["503"].headers
    for response in op.responses.values():
        assert response.headers["x-current-api-version"].required


def test_rate_limit_reset_is_epoch_seconds() -> None:
    reset = SPEC.operation("getCampaign").success.headers["x-rate-limit-reset"]
    assert reset.schema["type"] == "integer" and "epoch" in reset.description.lower()


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_naming_and_wire_conventions(op) -> None:
    resource = SPEC.resources[op.resource]
    assert re.fullmatch(r"[a-z]+(_[a-z]+)*", op.resource)
    assert op.operation_id.startswith(op.verb)
    if KINDS[op.kind].entity:  # computed operations name what they compute
        assert resource.entity is not None
        assert op.operation_id[len(op.verb) :] in (
            resource.entity,
            resource.entity + "s",
            "".join(w.capitalize() for w in op.resource.split("_")),
        )
    for param in op.parameters:
        shape = param.shape
        if param.name.endswith("_id"):
            assert shape.kind == "string" and shape.constraints.pattern
        if param.name.endswith("_ids"):
            assert shape.kind == "array"
            if param.location == "query":
                assert (param.style, param.explode) == ("form", False)
            # Up to 200 identifiers, or fewer where the documentation says so (50 Tweets per
            # promoted-Tweet create, 20 entities per analytics call).
            assert shape.constraints.min_items == 1
            assert shape.constraints.max_items is not None
            assert shape.constraints.max_items <= 200
        if param.name.endswith("_local_micro"):
            assert shape.kind == "integer" and shape.constraints.format == "int64"
        if param.name.endswith("_time"):
            assert shape.kind == "datetime"
            assert set(shape.also_accepted) == {"offset-without-colon", "hour-offset", "date"}
        if param.name.startswith("with_"):
            assert shape.kind == "boolean" and param.default is False
    if op.method in ("POST", "PUT") and op.batch is None:
        # A form body, or (the few endpoints the API reads JSON on) a JSON object: never both.
        places = {p.location for p in op.parameters} - {"path"}
        assert places <= {"form"} or places == {"body"}, places
    if op.kind == "update":
        assert op.partial_update
        assert all(p.default is not None or p.location == "path" for p in op.parameters)


def test_security_is_oauth1_on_every_operation() -> None:
    scheme = SPEC.document["components"]["securitySchemes"]["OAuth1"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "OAuth")
    assert "HMAC-SHA1" in scheme["description"]
    assert "%3A" in scheme["description"] and "%2C" in scheme["description"]
    for op in OPERATIONS:
        raw = SPEC.document["paths"][op.path][op.method.lower()]
        assert raw.get("security", SPEC.document["security"]) == [{"OAuth1": []}]


def test_servers_and_versions() -> None:
    urls = {(s.url, s.environment) for s in SPEC.servers}
    assert urls == {
        ("https://ads-api.twitter.com/{version}", "production"),
        ("https://ads-api.x.com/{version}", "production"),
        ("https://ads-api-sandbox.twitter.com/{version}", "sandbox"),
    }
    for server in SPEC.servers:
        assert server.variables["version"]["enum"] == ["11", "12"]
        assert server.variables["version"]["default"] == "12"
    assert SPEC.live_versions == ("11", "12")


ENDPOINTS = SHARED / "reference" / "ads-api-v12-endpoints.json"


def test_sandbox_only_operations_are_those_documented_on_the_sandbox_host() -> None:
    """The reference's endpoint index addresses sandbox-only endpoints to the sandbox host."""
    documented = json.loads(ENDPOINTS.read_text(encoding="utf-8"))
    on_sandbox_host = {
        (entry["method"], re.sub(r":(\w+)", r"{\1}", entry["url"].split("/", 4)[4]))
        for entry in documented
        if entry["url"].startswith("https://ads-api-sandbox.")
    }
    sandbox_only = {op.operation_id for op in OPERATIONS if op.sandbox_only}
    assert sandbox_only == {
        op.operation_id for op in OPERATIONS if (op.method, op.path.lstrip("/")) in on_sandbox_host
    }
    assert {"createAccount", "deleteFundingInstrument", "addFeatures"} <= sandbox_only
    for op_id in sandbox_only:
        raw = SPEC.document["paths"][SPEC.operation(op_id).path][
            SPEC.operation(op_id).method.lower()
        ]
        assert [s["url"] for s in raw["servers"]] == [SPEC.server("sandbox").url]


def test_envelopes_and_entities() -> None:
    expected = {
        "list": "list",
        "get": "object",
        "update": "object",
        "delete": "object",
        "batch": "batch",
    }
    for op in OPERATIONS:
        if op.kind in expected:
            assert op.success.envelope == expected[op.kind], op.operation_id
        if KINDS[op.kind].entity:
            assert op.success.entity == SPEC.resources[op.resource].entity
        else:  # a computed answer is a schema of its own
            assert op.success.entity in SPEC.schemas
    # The sandbox account create answers with a list, as documented.
    assert SPEC.operation("createAccount").success.envelope == "list"
    for name in ("Account", "FundingInstrument", "Campaign"):
        assert SPEC.schemas[name]["additionalProperties"] is True
    for name in ("CampaignCreateParams", "CampaignUpdateParams", "AccountUpdateParams"):
        assert SPEC.schemas[name]["additionalProperties"] is False


def test_currency_precision() -> None:
    precision = SPEC.currency_precision
    assert len(precision) == 35
    assert (
        precision["USD"],
        precision["EUR"],
        precision["JPY"],
        precision["KRW"],
        precision["KWD"],
        precision["TND"],
    ) == (2, 2, 0, 0, 3, 3)


def readme_extension_table() -> dict[str, str]:
    rows = {}
    for line in README.read_text().splitlines():
        match = re.match(r"\| `(x-[a-z-]+)` \| ([a-z, -]+) \|", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


def test_every_extension_is_documented_in_one_place() -> None:
    documented = readme_extension_table()
    assert set(documented) == set(EXTENSIONS)
    for name, places in documented.items():
        assert {p.strip() for p in places.split(",")} == set(EXTENSIONS[name].places), name
    # Some extensions only occur in older versions (x-attribute: v4's `account_name`).
    used = {
        name
        for version in spec_versions()
        for name in extension_usage(dict(load_spec(version=version).document))
    }
    assert used <= set(documented)
    assert used == set(EXTENSIONS), "an extension is documented but never used"
