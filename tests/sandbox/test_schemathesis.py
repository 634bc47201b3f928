"""schemathesis against the in-process sandbox (in --strict mode), from the bundled spec.

Every operation goes through the examples, coverage and fuzzing phases, then the stateful phase
follows the spec's links (create -> get/update/delete). Every answer must: not be a server error,
match the declared status codes, content types, headers and schemas, accept every valid request
and refuse every invalid one. "Valid" is JSON Schema's verdict, which cannot see two things the
spec states elsewhere: the cross-parameter `x-rules` and the opacity of cursors. A 400 for those
is accepted only after the test has checked, on its own, that the request really broke the rule
or sent a cursor the sandbox never issued or an identifier of an entity that does not exist in
the account (`x-references`); likewise a batch's 400 (the spec answers item errors
with 400) only when each item error names an entity that does not exist or breaks a rule.
Fixed seed, examples bounded by the hypothesis profile's per-operation budget (tests/budget.py).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
import requests
import schemathesis
from authlib.integrations.requests_client import OAuth1Auth
from hypothesis import HealthCheck
from schemathesis.specs.openapi.checks import positive_data_acceptance, use_after_free
from schemathesis.transport.asgi import ASGI_TRANSPORT

from adsapi.sandbox.app import create_app
from adsapi.sandbox.driver import wire_value
from adsapi.sandbox.world import World
from adsapi.spec.model import NO_DEFAULT
from tests.budget import budget, examples
from tests.sandbox.conftest import ALICE, SPEC, FakeClock

SEED = 20221027
BASE_URL = "https://testserver/12"

APP = create_app(
    SPEC, users=(ALICE,), strict=True, seed=SEED, rate_limit_scale=1000, clock=FakeClock()
)
SANDBOX = APP.state.sandbox
ISSUED_CURSORS: set[str] = set()


SIGNER = OAuth1Auth(
    ALICE.consumer_key, ALICE.consumer_secret, ALICE.access_token, ALICE.access_token_secret
)


CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "base-url": BASE_URL,
        "generation": {
            "max-examples": examples("per_operation"),
            "mode": "all",
            "database": "none",
            "with-security-parameters": False,
        },
        "phases": {
            "examples": {"enabled": True},
            "coverage": {"enabled": True},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": True, "max-steps": 12},
        },
        "checks": {
            "positive_data_acceptance": {"enabled": False},
            "use_after_free": {"enabled": False},
        },
    }
)
schema = schemathesis.openapi.from_dict(copy.deepcopy(dict(SPEC.document)), config=CONFIG)
schema.app = APP


FORM = "application/x-www-form-urlencoded"
ORIGINAL_FORM_SERIALIZER = ASGI_TRANSPORT.get_first_matching_media_type(FORM)


def spec_form_serializer(ctx: Any, value: Any) -> dict[str, Any]:
    """Form bodies as the spec writes them: `null` an empty value, booleans in lower case,
    lists comma-separated. It reads the case's own values: by the time a serializer runs,
    schemathesis has already written `null` as the text "null"."""
    body = ctx.case.body
    if isinstance(value, dict) and isinstance(body, dict):
        return {"data": urlencode([(str(k), wire_value(v)) for k, v in body.items()])}
    assert ORIGINAL_FORM_SERIALIZER is not None
    return ORIGINAL_FORM_SERIALIZER[1](ctx, value)


@pytest.fixture(autouse=True, scope="module")
def spec_form_encoding() -> Iterator[None]:
    ASGI_TRANSPORT.serializer(FORM)(spec_form_serializer)
    yield
    assert ORIGINAL_FORM_SERIALIZER is not None
    ASGI_TRANSPORT.serializer(FORM)(ORIGINAL_FORM_SERIALIZER[1])


@schema.auth(refresh_interval=None)
class OAuthSignature:
    """Signs each case as it will go on the wire (authlib over the request schemathesis would
    send). An auth provider rather than a session auth, so that schemathesis knows where the
    credentials come from and can probe the operation without them."""

    def get(self, case: Any, ctx: Any) -> Any:
        return SIGNER

    def set(self, case: Any, data: Any, ctx: Any) -> None:
        kwargs = case.as_transport_kwargs(base_url=BASE_URL)
        request = requests.Request(
            method=kwargs["method"],
            url=kwargs["url"],
            params=kwargs.get("params"),
            data=kwargs.get("data"),
            json=kwargs.get("json"),
            headers={
                k: v
                for k, v in (kwargs.get("headers") or {}).items()
                if k.lower() != "authorization"
            },
        ).prepare()
        case.headers = {
            **(case.headers or {}),
            "Authorization": data(request).headers["Authorization"],
        }


def _real_entities() -> dict[str, str]:
    """The documentation's example identifiers -> real entities of the user, so that the
    examples phase (and whatever reuses its values) reaches more than ACCOUNT_NOT_FOUND. Each
    parameter that names an entity (adsapi.sandbox.world) maps its examples: the first example
    of a resource to one entity, any other to another one, so that an example deleted by one
    operation is not the one the others read."""
    from adsapi.sandbox.driver import Driver

    real: dict[str, str] = {}
    seen: set[str] = set()
    with Driver(SPEC, ALICE, app=APP) as driver:
        world = World(SPEC, lambda op_id, args: driver.ok(op_id, **args)["data"])
        for op in SPEC.operations.values():
            for param in op.parameters:
                resource = _named_resource(op, param)
                if resource is None:
                    continue
                for example in _examples(param):
                    if example not in real:
                        spare = resource in seen
                        real[example] = world.entity(resource, spare=spare)
                        seen.add(resource)
    return real


def _named_resource(op: Any, param: Any) -> str | None:
    if param.references is not None:
        return str(param.references)
    for resource in SPEC.resources.values():
        if param.location == "path" and param.name == resource.id_parameter:
            return resource.name
    return None


def _examples(param: Any) -> list[str]:
    found = [] if param.example is NO_DEFAULT else [param.example]
    found += param.schema.get("examples") or []
    flat = [v for value in found for v in (value if isinstance(value, list) else [value])]
    return [str(v) for v in flat]


REAL = _real_entities()


def _real(value: Any) -> Any:
    if isinstance(value, str):
        return REAL.get(value, value)
    if isinstance(value, list):
        return [_real(v) for v in value]
    if isinstance(value, dict):
        return {k: _real(v) for k, v in value.items()}
    return value


@schema.hook
def map_path_parameters(ctx: schemathesis.HookContext, path_parameters: Any) -> Any:
    return _real(path_parameters)


@schema.hook
def map_body(ctx: schemathesis.HookContext, body: Any) -> Any:
    return _real(body)


def _sent(case: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for part in (case.path_parameters, case.query, case.body):
        if isinstance(part, dict):
            values.update(part)
    return values


def _rule_really_broken(op: Any, sent: dict[str, Any], error: dict[str, Any]) -> bool:
    """Recheck that a request broke one of op's x-rules: the rule kind's own judgement
    (adsapi.rules, tested on its own in tests/spec/test_rules.py) on the values gathered here
    from the request, the spec's defaults and, for an update, the stored entity."""
    sent = {k: v for k, v in sent.items() if v is not None and v != "false"}
    known = {p.name: p.default for p in op.parameters if p.default is not NO_DEFAULT}
    if op.kind == "update":
        model = SANDBOX.versions["12"].engine.models[op.resource]
        row = SANDBOX.store.get(model.name, str(sent.get(model.resource.id_parameter)))
        known.update(row.attrs if row is not None else {})
    known.update(sent)
    for rule in op.rules:
        if rule.error != error["code"] or error.get("parameter") not in rule.parameters:
            continue
        if rule.check(sent.keys(), known) is not None:
            return True
    return False


def _state_dependent(error: dict[str, Any]) -> bool:
    """An unknown or inaccessible entity: a 403/404 code, whatever answer carries it."""
    entry = SPEC.error_codes.get(error.get("code", ""))
    return entry is not None and entry.status in (403, 404)


def _reference_missing(op: Any, sent: dict[str, Any], error: dict[str, Any]) -> bool:
    """The error names an x-references parameter whose entity is not in the account."""
    param = op.parameter(error.get("parameter") or "")
    if param is None or param.references is None or error.get("code") != "INVALID_PARAMETER":
        return False
    row = SANDBOX.store.get(param.references, str(sent.get(param.name)))
    return row is None or row.deleted or row.parent != sent.get("account_id")


def _excused(case: Any, body: dict[str, Any]) -> bool:
    """Whether a 400 to a schema-valid request is one the spec asks for (see the module doc)."""
    op = SPEC.operation(case.operation.definition.raw["operationId"])
    sent = _sent(case)
    for error in body.get("errors") or []:
        cursor = error.get("parameter") == "cursor" and sent.get("cursor") not in ISSUED_CURSORS
        if not (
            cursor or _rule_really_broken(op, sent, error) or _reference_missing(op, sent, error)
        ):
            return False
    if op.batch is not None:
        items = case.body if isinstance(case.body, list) else []
        for item, errors in zip(items, body.get("operation_errors") or [], strict=False):
            target = SPEC.operation(op.batch.operations[item["operation_type"]])
            params = {**item.get("params", {}), **case.path_parameters}
            for error in errors or []:
                if not (
                    _state_dependent(error)
                    or _rule_really_broken(target, params, error)
                    or _reference_missing(target, params, error)
                ):
                    return False
    return bool(body.get("errors") or body.get("operation_errors"))


def valid_requests_are_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
    """positive_data_acceptance, aware of x-rules, opaque cursors and batch item errors."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("next_cursor"), str):
        ISSUED_CURSORS.add(body["next_cursor"])
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and response.status_code == 400 and isinstance(body, dict) and _excused(case, body):
        return None
    return positive_data_acceptance(ctx, response, case)


def deleted_resources_are_gone(ctx: Any, response: Any, case: Any) -> bool | None:
    """use_after_free, except for reads that ask for deleted objects with with_deleted=true
    (the spec's way to see them)."""
    if (case.query or {}).get("with_deleted") in (True, "true"):
        return None
    return use_after_free(ctx, response, case)


CHECKS = [valid_requests_are_accepted, deleted_resources_are_gone]


@schema.parametrize()
@budget("per_operation", suppress_health_check=list(HealthCheck), derandomize=True)
def test_api(case: Any) -> None:
    case.call_and_validate(additional_checks=CHECKS)


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        # Each scenario starts from an empty sandbox, so that a replayed scenario (while
        # Hypothesis shrinks) meets the same state as the first run.
        global SANDBOX
        schema.app = create_app(
            SPEC, users=(ALICE,), strict=True, seed=SEED, rate_limit_scale=1000, clock=FakeClock()
        )
        SANDBOX = schema.app.state.sandbox

    def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
        super().validate_response(response, case, additional_checks=CHECKS, **kwargs)


TestWorkflow = Workflow.TestCase
TestWorkflow.settings = budget(
    "scenario",
    stateful_step_count=8,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
