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
from schemathesis.transport.asgi import ASGI_TRANSPORT

from adsapi import fuzz_checks
from adsapi.fuzz_checks import Entity, Judge
from adsapi.sandbox.app import create_app
from adsapi.sandbox.driver import wire_value
from adsapi.sandbox.world import ExemplarError, World
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
                    if example in real:
                        continue
                    if param.references_attribute is not None:  # names it by an attribute
                        real[example] = str(world.attribute(resource, param.references_attribute))
                        continue
                    try:
                        real[example] = world.entity(resource, spare=resource in seen)
                    except ExemplarError:  # nothing makes another one (read-only resources)
                        real[example] = world.entity(resource)
                    seen.add(resource)
    return real


def _named_resource(op: Any, param: Any) -> str | None:
    keyed = param.references_by
    by = op.parameter(keyed.by) if keyed is not None else None
    # A keyed reference's examples name entities of the resource its key's example picks.
    referenced = param.referenced({keyed.by: by.example} if by is not None else {})
    if referenced is not None:
        return str(referenced)
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
def map_query(ctx: schemathesis.HookContext, query: Any) -> Any:
    return _real(query)


@schema.hook
def map_body(ctx: schemathesis.HookContext, body: Any) -> Any:
    return _real(body)


class SandboxKnowledge:
    """The judge's knowledge (adsapi.fuzz_checks): the sandbox's own store, exact where the
    answers a remote run sees are not; cursors are those its answers issued."""

    def issued(self, cursor: str) -> bool:
        return cursor in ISSUED_CURSORS

    def entity(self, resource: str, identifier: str) -> Entity | None:
        row = SANDBOX.store.get(resource, identifier)
        return None if row is None else Entity(row.attrs, row.parent, row.deleted)


JUDGE = Judge(SPEC, SandboxKnowledge())


def valid_requests_are_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("next_cursor"), str):
        ISSUED_CURSORS.add(body["next_cursor"])
    return fuzz_checks.valid_requests_are_accepted(JUDGE, ctx, response, case)


CHECKS = [valid_requests_are_accepted, fuzz_checks.deleted_resources_are_gone]


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
