"""The issue's own property: for any API version N, the client generated for N only ever sends
requests that a strict sandbox serving N accepts; and what the strategies call invalid, the
client refuses before sending anything.

Each example picks a version, an operation, valid arguments drawn from N's model
(`tests.strategies`) and sync or async, then grounds the arguments in the sandbox's state the
way a real caller would: a fresh account of the test user, its funding instrument wherever a
parameter names one (`x-references`), a freshly created entity wherever the call targets one
(its identifier parameter, batch updates and deletes included), and a cursor the sandbox issued
(its value is opaque; a random one is rightly refused). Acceptance is read from the sandbox's
conformance report: every request of the example is recorded under version N with the outcome
`accepted`, so no 400 and no violation or deviation. One example in five keeps the drawn
identifier of the call's first path parameter instead, which names nothing: then the sandbox
must refuse it as unknown (403 for an account, 404 otherwise, outcome `refused`), and the client
raises the matching error.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adsapi.demo import client_caller
from adsapi.sandbox.world import World
from adsapi.spec.model import Operation
from tests.budget import budget
from tests.client.harness import MODES, Recorder, call, collect, json_response, resolve
from tests.integration.clients import Bench
from tests.sandbox.versioned import VERSIONS
from tests.strategies import (
    batch_operations,
    call_parameters,
    invalid_arguments,
    keep_rules,
    valid_arguments,
)

SETTINGS = budget("sampled")


class Grounding:
    """Puts one example's arguments on entities that exist (adsapi.sandbox.world), creating
    them through the client under test (so those requests are held to the same standard)."""

    def __init__(self, bench: Bench, mode: str, data: st.DataObject) -> None:
        self.bench = bench
        self.spec = bench.spec
        self.client = bench.clients[mode]
        self.world = World(self.spec, client_caller(self.client, resolve))

    def arguments(self, op: Operation, drawn: dict[str, Any]) -> dict[str, Any]:
        grounded = self._on_resources(op, drawn)
        resource = self.spec.resources[op.resource]
        for param in op.parameters:
            if param.name not in grounded:
                continue
            if param.location == "path" and param.name == resource.id_parameter:
                # Each call on an entity gets its own, made with required values only, so that
                # the state an update's rules are checked against is one the call alone makes
                # (two items of one batch must not meet on one entity).
                grounded[param.name] = self.world.entity(resource.name, spare=True)
                continue
            if op.kind == "create" and param.references and not param.references_attribute:
                # A new entity refers to entities of its own, so that creates (two items of one
                # batch) do not meet on one parent: line items of a campaign must agree.
                spare = self.world.entity(param.references, spare=True)
                grounded[param.name] = [spare] if param.is_list else spare
                continue
            real = self.world.identifier(op, param, grounded)
            grounded[param.name] = grounded[param.name] if real is None else real
        if op.pagination is not None and op.pagination.cursor_parameter in grounded:
            cursor = self.cursor(op, grounded)
            if cursor is None:
                del grounded[op.pagination.cursor_parameter]
            else:
                grounded[op.pagination.cursor_parameter] = cursor
        if op.batch is not None:
            grounded["operations"] = [self.batch_item(op, item) for item in drawn["operations"]]
        return grounded

    def _on_resources(self, op: Operation, drawn: dict[str, Any]) -> dict[str, Any]:
        """`drawn` with each keyed reference on a resource the sandbox holds: an entity type
        of no resource (`LINE_ITEM` stats) names nothing that exists, so the first type of
        one takes its place, and the rules are kept again."""
        grounded = dict(drawn)
        for param in op.parameters:
            keyed = param.references_by
            if keyed is None or param.name not in grounded or param.referenced(grounded):
                continue
            by = op.parameter(keyed.by)
            allowed = by.shape.constraints.enum if by is not None else None
            usable = [v for v in keyed.resources if allowed is None or v in allowed]
            if usable:
                grounded[keyed.by] = usable[0]
                keep_rules(op.rules, {p.name: p for p in op.parameters}, grounded)
        return grounded

    def batch_item(self, op: Operation, item: dict[str, Any]) -> dict[str, Any]:
        assert op.batch is not None
        target = self.spec.operation(op.batch.operations[item["operation_type"]])
        shared = {p.name for p in op.parameters_in("path")}
        params = self.arguments(target, item["params"])
        return {**item, "params": {k: v for k, v in params.items() if k not in shared}}

    def cursor(self, op: Operation, arguments: dict[str, Any]) -> str | None:
        """A cursor the sandbox issued for this listing's order (two more entities first)."""
        resource = self.spec.resources[op.resource]
        if resource.operation("create") is not None:
            self.world.entity(resource.name, spare=True)
            self.world.entity(resource.name, spare=True)
        if op.parameter(op.pagination.count_parameter) is None:  # type: ignore[union-attr]
            return None  # no page size to ask for: no second page to point at
        # The same listing (path and required filters), one entity per page.
        kept = {p.name for p in op.parameters if p.location == "path" or p.required}
        first = {name: value for name, value in arguments.items() if name in kept}
        first["count"] = 1
        if "sort_by" in arguments:
            first["sort_by"] = arguments["sort_by"]
        page = call(self.client, op, first)
        return page.next_cursor


def drawn_arguments(data: st.DataObject, bench: Bench, op: Operation) -> dict[str, Any]:
    arguments = dict(data.draw(valid_arguments(op), label="arguments"))
    if op.batch is not None:
        arguments["operations"] = data.draw(batch_operations(bench.spec, op), label="operations")
    return arguments


def run(bench: Bench, client: Any, op: Operation, arguments: dict[str, Any]) -> Any:
    result = call(client, op, arguments)
    return collect(result) if op.pagination is not None else result  # every page


# The strategies take the operation model, whose repr is long: hypothesis says so.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")


@SETTINGS
@given(
    version=st.sampled_from(VERSIONS),
    mode=st.sampled_from(MODES),
    unknown=st.integers(0, 4).map(lambda n: n == 0),
    data=st.data(),
)
def test_the_client_of_a_version_only_sends_what_its_sandbox_accepts(
    bench_for: Callable[[str], Bench], version: str, mode: str, unknown: bool, data: st.DataObject
) -> None:
    bench = bench_for(version)
    op = bench.spec.operation(data.draw(st.sampled_from(list(bench.spec.operations)), label="op"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        start = bench.report.total
        grounding = Grounding(bench, mode, data)
        drawn = drawn_arguments(data, bench, op)
        arguments = grounding.arguments(op, drawn)
        path = [p.name for p in op.parameters if p.location == "path"]
        if unknown and path:
            arguments[path[0]] = drawn[path[0]]  # an identifier that names nothing
            status = 403 if path[0] == "account_id" else 404
            with pytest.raises(bench.module.APIStatusError) as refused:
                run(bench, grounding.client, op, arguments)
            assert refused.value.status_code == status
        else:
            run(bench, grounding.client, op, arguments)
    records = bench.requests_since(start)
    assert records, "the client sent nothing"
    assert {r["version"] for r in records} == {version}
    last = records.pop()
    assert (last["operation"], last["method"]) == (op.operation_id, op.method)
    for record in records:  # the grounding's own calls, and earlier pages
        assert record["outcome"] == "accepted", (record, bench.report.as_json()["findings"])
    if unknown and path:
        assert (last["outcome"], last["status"]) == ("refused", status), last
    else:
        assert last["outcome"] == "accepted", (last, bench.report.as_json()["findings"])
    # Every answer to a deprecated version warned, and only those.
    deprecated = version in bench.app.state.sandbox.served.warnings
    warned = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(warned) == (len(records) + 1 if deprecated else 0)


@budget("sampled")
@given(version=st.sampled_from(VERSIONS), mode=st.sampled_from(MODES), data=st.data())
def test_the_client_of_a_version_refuses_invalid_arguments_unsent(
    version_clients: Any, version: str, mode: str, data: st.DataObject
) -> None:
    from tests.integration.clients import BASE_URL, CREDENTIALS
    from tests.sandbox.versioned import spec_of

    spec = spec_of(version)
    module = version_clients.module(version)
    breakable = [op_id for op_id, op in spec.operations.items() if call_parameters(op)]
    op = spec.operation(data.draw(st.sampled_from(breakable), label="operation"))
    invalid = data.draw(invalid_arguments(op), label="invalid")
    arguments = dict(invalid.arguments)
    if op.batch is not None:
        arguments["operations"] = data.draw(batch_operations(spec, op), label="operations")
    recorder = Recorder(lambda request: json_response(500, {}))
    client = _recording_client(module, mode, recorder, BASE_URL, CREDENTIALS)
    with pytest.raises(module.RequestValidationError) as caught:
        call(client, op, arguments)
    assert recorder.requests == []
    problems = {(p.parameter.split("[")[0], p.rule) for p in caught.value.problems}
    assert (invalid.parameter, invalid.rule) in problems, caught.value
    assert invalid.parameter in str(caught.value)


def _recording_client(
    module: Any, mode: str, recorder: Recorder, base_url: str, credentials: dict[str, str]
) -> Any:
    import httpx2

    transport = httpx2.MockTransport(recorder)
    if mode == "sync":
        return module.AdsClient(
            **credentials, base_url=base_url, http_client=httpx2.Client(transport=transport)
        )
    return module.AsyncAdsClient(
        **credentials, base_url=base_url, http_client=httpx2.AsyncClient(transport=transport)
    )
