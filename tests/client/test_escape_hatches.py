"""What the spec does not know yet: per-call extra query, body and headers (signed like the rest),
`with_options` copies, and the low-level signed calls (`client.request`, `get`, `post`, ...)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

import httpx2
import pytest
from twitter_ads_client import (
    AdsClient,
    APIResponse,
    ConfigurationError,
    NotFoundError,
    RequestValidationError,
    ServiceUnavailableError,
)

from adsapi.spec import load_spec
from tests.client.harness import (
    MODES,
    Recorder,
    call,
    collect,
    json_response,
    make_client,
    resolve,
)
from tests.client.wire import FORM, verify_oauth

SPEC = load_spec()
GET = SPEC.operation("getCampaign")
LIST = SPEC.operation("listCampaigns")
UPDATE = SPEC.operation("updateCampaign")
DELETE = SPEC.operation("deleteCampaign")
BATCH = SPEC.operation("batchCampaigns")
ANSWER = next(iter(GET.success.examples.values()))
IDS = {"account_id": "abc", "campaign_id": "def"}


def query_of(request: httpx2.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


def form_of(request: httpx2.Request) -> list[tuple[str, str]]:
    assert request.headers["content-type"] == FORM
    return parse_qsl(request.content.decode(), keep_blank_values=True)


def signed(request: httpx2.Request) -> None:
    """The OAuth signature covers the request as sent, extras included."""
    is_form = request.headers.get("content-type") == FORM
    verify_oauth(request, request.content.decode() if is_form else None)


# -- extra_query, extra_body, extra_headers, timeout on generated methods -------------------


@pytest.mark.parametrize("mode", MODES)
def test_extra_query_is_sent_as_given_after_the_arguments_and_signed(mode: str) -> None:
    recorder = Recorder(lambda request: json_response(200, ANSWER))
    client = make_client(mode, recorder)
    call(
        client,
        GET,
        {**IDS, "with_deleted": True},
        extra_query={"new_flag": True, "ids": ["a", "b"], "with_deleted": "false", "empty": None},
        extra_headers={"X-Extra": "1"},
        timeout=3.0,
    )
    request = recorder.requests[0]
    # Written as the API writes values; an extra one replaces the argument of the same name.
    assert query_of(request) == [
        ("new_flag", "true"),
        ("ids", "a,b"),
        ("with_deleted", "false"),
        ("empty", ""),
    ]
    assert request.headers["x-extra"] == "1"
    assert request.extensions["timeout"]["read"] == 3.0
    signed(request)


@pytest.mark.parametrize("mode", MODES)
def test_extra_body_joins_the_form_body_and_is_signed(mode: str) -> None:
    recorder = Recorder(lambda request: json_response(200, ANSWER))
    client = make_client(mode, recorder)
    call(
        client,
        UPDATE,
        {**IDS, "name": "spring", "entity_status": "PAUSED"},
        extra_body={"name": "summer", "new_attribute": 7},
        extra_query={"trace": "x y"},
    )
    request = recorder.requests[0]
    assert form_of(request) == [
        ("entity_status", "PAUSED"),
        ("name", "summer"),
        ("new_attribute", "7"),
    ]
    assert query_of(request) == [("trace", "x y")]
    signed(request)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", [GET, DELETE, BATCH], ids=lambda op: op.operation_id)
def test_extra_body_without_a_form_body_to_join_is_refused_unsent(
    mode: str, operation: Any
) -> None:
    recorder = Recorder(lambda request: json_response(200, ANSWER))
    arguments: dict[str, Any] = {"account_id": "abc"}
    if operation is BATCH:
        arguments["operations"] = [{"operation_type": "Delete", "params": {"campaign_id": "d"}}]
    else:
        arguments["campaign_id"] = "def"
    with pytest.raises(RequestValidationError, match="extra_body") as caught:
        call(make_client(mode, recorder), operation, arguments, extra_body={"x": 1})
    assert caught.value.parameter == "extra_body"
    assert recorder.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_extras_and_options_follow_every_page(mode: str) -> None:
    item = ANSWER["data"]
    pages = [
        {"request": {"params": {}}, "data": [item], "next_cursor": "c1"},
        {"request": {"params": {}}, "data": [item], "next_cursor": None},
    ]
    recorder = Recorder(lambda request: json_response(200, pages[len(recorder.requests) - 1]))
    client = make_client(mode, recorder)
    page = call(client, LIST, {"account_id": "abc"}, extra_query={"v": "1"}, timeout=4.0)
    assert len(collect(page)) == 2
    second = recorder.requests[1]
    assert query_of(second) == [("cursor", "c1"), ("v", "1")]
    assert second.extensions["timeout"]["read"] == 4.0


# -- with_options ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_with_options_is_a_reconfigured_copy_sharing_the_pool(mode: str) -> None:
    failing = {"count": 0}

    def respond(request: httpx2.Request) -> httpx2.Response:
        failing["count"] += 1
        return json_response(503, {"errors": [{"code": "SERVICE_UNAVAILABLE", "message": "x"}]})

    recorder = Recorder(respond)
    client = make_client(mode, recorder, default_headers={"X-Team": "ads"})
    copy = client.with_options(
        timeout=5.0, max_retries=0, max_retry_wait=1.0, default_headers={"X-Run": "7"}
    )
    assert type(copy) is type(client)
    assert copy._http is client._http and copy._auth is client._auth
    assert (copy.timeout, copy.max_retries, copy.max_retry_wait) == (5.0, 0, 1.0)
    assert client.max_retries == 2 and client.timeout != 5.0 and client.max_retry_wait == 60.0
    assert copy.default_headers["X-Team"] == "ads" and copy.default_headers["X-Run"] == "7"
    assert "X-Run" not in client.default_headers

    # The copy's resources send through the copy: its timeout, headers and retries.
    client.campaigns  # noqa: B018 - a resource cached on the original must not leak over
    assert copy.campaigns is not client.campaigns
    with pytest.raises(ServiceUnavailableError):
        call(copy, GET, IDS)
    request = recorder.requests[0]
    assert request.extensions["timeout"]["read"] == 5.0
    assert request.headers["x-team"] == "ads" and request.headers["x-run"] == "7"
    assert failing["count"] == 1  # max_retries=0: no retry
    with pytest.raises(ServiceUnavailableError):
        call(client, GET, IDS)
    assert failing["count"] == 4  # the original still retries twice
    assert "x-run" not in recorder.requests[-1].headers


def test_closing_a_copy_leaves_the_shared_pool_open() -> None:
    recorder = Recorder(lambda request: json_response(200, ANSWER))
    client = AdsClient(
        consumer_key="k",
        consumer_secret="s",
        access_token="t",
        access_token_secret="ts",
    )
    copy = client.with_options(timeout=1.0)
    copy.close()
    assert not client._http.is_closed
    client.close()
    assert client._http.is_closed
    mocked = make_client("sync", recorder)
    with mocked.with_options(max_retries=1) as scoped:
        call(scoped, GET, IDS)
    call(mocked, GET, IDS)  # still usable: the scoped copy did not close the pool
    assert len(recorder.requests) == 2


@pytest.mark.parametrize(
    ("options", "message"),
    [({"max_retries": -1}, "max_retries"), ({"max_retry_wait": "soon"}, "max_retry_wait")],
)
def test_with_options_refuses_what_the_constructor_refuses(
    options: dict[str, Any], message: str
) -> None:
    client = make_client("sync", Recorder(lambda request: json_response(200, ANSWER)))
    with pytest.raises(ConfigurationError, match=message):
        client.with_options(**options)


# -- the low-level signed calls --------------------------------------------------------------


def low_level(client: Any, verb: str, path: str, raw: bool = False, **options: Any) -> Any:
    root = client.with_raw_response if raw else client
    return resolve(getattr(root, verb)(path, **options))


@pytest.mark.parametrize("mode", MODES)
def test_low_level_get_is_signed_and_returns_the_decoded_json(mode: str) -> None:
    body = {"data": [{"id": "li1"}], "next_cursor": None}
    recorder = Recorder(lambda request: json_response(200, body, {"x-rate-limit-remaining": "9"}))
    client = make_client(mode, recorder, default_headers={"X-Team": "ads"})
    value = low_level(
        client,
        "get",
        "/accounts/abc/line_items",
        params={"line_item_ids": ["a", "b"], "with_deleted": True},
        headers={"X-Trace": "t"},
        timeout=2.0,
    )
    assert value == body
    request = recorder.requests[0]
    assert request.method == "GET"
    assert request.url.path == "/12/accounts/abc/line_items"
    assert query_of(request) == [("line_item_ids", "a,b"), ("with_deleted", "true")]
    assert request.headers["x-trace"] == "t" and request.headers["x-team"] == "ads"
    assert request.extensions["timeout"]["read"] == 2.0
    signed(request)

    raw = low_level(client, "get", "/accounts/abc/line_items?count=5", raw=True, params={"q": "x"})
    assert isinstance(raw, APIResponse)
    assert raw.rate_limit.remaining == 9 and raw.parse() == body
    assert query_of(recorder.requests[1]) == [("count", "5"), ("q", "x")]
    signed(recorder.requests[1])


@pytest.mark.parametrize("mode", MODES)
def test_low_level_bodies_form_and_json(mode: str) -> None:
    recorder = Recorder(lambda request: json_response(200, {"data": {}}))
    client = make_client(mode, recorder)
    low_level(client, "post", "/accounts/abc/line_items", form={"name": "a b", "bid": 5})
    low_level(client, "put", "/accounts/abc/line_items/l1", form={"paused": False, "end": None})
    low_level(client, "post", "/batch/accounts/abc/line_items", json=[{"operation_type": "D"}])
    resolve(client.request("delete", "/accounts/abc/line_items/l1"))
    post, put, batch, delete = recorder.requests
    assert (post.method, form_of(post)) == ("POST", [("name", "a b"), ("bid", "5")])
    assert (put.method, form_of(put)) == ("PUT", [("paused", "false"), ("end", "")])
    assert batch.headers["content-type"] == "application/json"
    assert batch.content == b'[{"operation_type":"D"}]'
    assert delete.method == "DELETE" and delete.content == b""
    for request in recorder.requests:
        signed(request)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("verb", "attempts"), [("get", 3), ("delete", 3), ("post", 1)])
def test_low_level_calls_retry_like_the_generated_ones(mode: str, verb: str, attempts: int) -> None:
    body = {"errors": [{"code": "SERVICE_UNAVAILABLE", "message": "busy"}]}
    recorder = Recorder(lambda request: json_response(503, body, {"retry-after": "1"}))
    client = make_client(mode, recorder)
    with pytest.raises(ServiceUnavailableError) as caught:
        low_level(client, verb, "/accounts/abc/line_items")
    assert caught.value.code == "SERVICE_UNAVAILABLE"
    assert len(recorder.requests) == attempts  # POSTs never retried
    assert client._clock.sleeps == [1.0] * (attempts - 1)  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", MODES)
def test_low_level_errors_are_the_typed_status_errors(mode: str) -> None:
    body = {"errors": [{"code": "NOT_FOUND", "message": "no such line item"}]}
    recorder = Recorder(lambda request: json_response(404, body))
    with pytest.raises(NotFoundError, match="no such line item") as caught:
        low_level(make_client(mode, recorder), "get", "/accounts/abc/line_items/x")
    assert caught.value.errors[0].code == "NOT_FOUND"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("path", "options", "parameter"),
    [
        ("accounts", {}, "path"),
        ("https://elsewhere.example/x", {}, "path"),
        ("//elsewhere.example/x", {}, "path"),
        ("/accounts", {"form": {"a": 1}, "json": {"a": 1}}, "form"),
    ],
)
def test_low_level_refuses_a_path_outside_the_api_and_two_bodies(
    mode: str, path: str, options: dict[str, Any], parameter: str
) -> None:
    recorder = Recorder(lambda request: json_response(200, {}))
    with pytest.raises(RequestValidationError) as caught:
        low_level(make_client(mode, recorder), "post", path, **options)
    assert caught.value.parameter == parameter
    assert recorder.requests == []


def test_every_public_client_attribute_is_reserved_for_the_client() -> None:
    """A resource may not hang on the client under a name the client itself uses."""
    from adsapi.generator.naming import CLIENT_ATTRIBUTES

    for mode in MODES:
        client = make_client(mode, Recorder(lambda request: json_response(200, {})))
        public = {n for n in (*dir(type(client)), *vars(client)) if not n.startswith("_")}
        assert public - set(SPEC.resources) == CLIENT_ATTRIBUTES
