"""What a hostile client sends, answered in the API's own error format with a documented status:
never a 500, never a plain-text answer, and nothing it sends poisons what the sandbox keeps.

Every test here failed against the sandbox before it was hardened (issue 10, commit e85d13f):
unreadable timestamps, integers of thousands of digits, deep JSON and crafted cursors answered
500 (in plain text from the server when the crash came while the report recorded the request),
lone surrogates 500ed on storage and broke the report for good, integers beyond 64 bits and
timestamps of non-ASCII digits were accepted, repeated OAuth parameters were merged, and bodies
of any size were read whole.
"""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema
import pytest
from oauthlib.oauth1.rfc5849 import signature, utils

from adsapi.sandbox.errors import Deviation, Problem
from adsapi.sandbox.render import render_html
from adsapi.sandbox.report import Example, Report
from tests.sandbox.conftest import (
    ALICE,
    BASE,
    SPEC,
    Signer,
    conformance_problems,
    errors_of,
    new_account,
    send,
    signed,
)

ERROR_RESPONSE = SPEC.schemas["ErrorResponse"]
DEEP = 10_000  # far beyond Python's recursion limit


def assert_refused(response: Any, status: int, parameter: str | None, operation: str) -> None:
    """An answer in the API's format: JSON, the status, a documented code naming `parameter`,
    and valid by the spec for `operation`."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert parameter in [p for _, p in errors_of(response)], response.text
    assert not conformance_problems(SPEC, operation, response)


def cursor_of(value: Any) -> str:
    """A cursor as the sandbox spells them (base64url of JSON), holding anything."""
    text = value if isinstance(value, str) else json.dumps(value)
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def json_request(driver: Any, method: str, path: str, text: str) -> Any:
    """A signed request with a JSON body written by hand (any nesting, any escape)."""
    return driver.request(
        method, path, content=text.encode(), headers={"content-type": "application/json"}
    )


# -- 1. OAuth timestamps ---------------------------------------------------------------------


@pytest.mark.parametrize("stamp", ["²", "1" * 5000, "digits of another script"])
def test_a_timestamp_that_is_not_ascii_digits_is_401_naming_it(app: Any, stamp: str) -> None:
    """`isdigit()` is true for '²' and for the digits of every script; `int()` then raised (500),
    and the current time written in Arabic-Indic digits was accepted."""
    if stamp == "digits of another script":
        stamp = str(int(app.state.sandbox.clock())).translate(
            str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
        )
    headers = signed(ALICE, "GET", "/12/accounts", oauth_timestamp=stamp)
    assert_refused(
        send(app, "GET", "/12/accounts", headers), 401, "oauth_timestamp", "listAccounts"
    )


# -- 2. Integers ------------------------------------------------------------------------------


def test_an_integer_of_thousands_of_digits_is_400_naming_it(alice: Any) -> None:
    account_id, instrument = new_account(alice)
    listed = alice.request("GET", f"/accounts/{account_id}/campaigns", params={"count": "9" * 5000})
    assert_refused(listed, 400, "count", "listCampaigns")
    created = alice.request(
        "POST",
        f"/accounts/{account_id}/campaigns",
        data={
            "name": "x",
            "funding_instrument_id": instrument,
            "daily_budget_amount_local_micro": "-" + "9" * 5000,
        },
    )
    assert_refused(created, 400, "daily_budget_amount_local_micro", "createCampaign")


# -- 3. Deep nesting --------------------------------------------------------------------------


def test_json_nested_ten_thousand_deep_is_400(app: Any, alice: Any) -> None:
    account_id, _ = new_account(alice)
    deep = "[" * DEEP + "]" * DEEP
    batch = json_request(alice, "POST", f"/batch/accounts/{account_id}/campaigns", deep)
    assert batch.status_code == 400, batch.text
    assert [e["parameter"] for e in batch.json()["errors"]] == ["body"]
    assert not conformance_problems(SPEC, "batchCampaigns", batch)
    body = json_request(alice, "PUT", f"/accounts/{account_id}", '{"name": ' + deep + "}")
    assert_refused(body, 400, "body", "updateAccount")
    listed = alice.call("listCampaigns", account_id=account_id, cursor=cursor_of(deep))
    assert_refused(listed, 400, "cursor", "listCampaigns")


def test_json_nested_deeper_than_the_limit_is_400(alice: Any) -> None:
    """The limit the README states: 32 levels, the whole body counted."""
    account_id, instrument = new_account(alice)
    item = {
        "operation_type": "Create",
        "params": {"name": "x", "funding_instrument_id": instrument},
    }
    fits = [item]
    assert alice.call("batchCampaigns", account_id=account_id, body=fits).status_code == 200
    value: Any = "x"
    for _ in range(30):  # the batch list, an item, its params and 30 lists: 33 levels
        value = [value]
    too_deep = [{"operation_type": "Create", "params": {**item["params"], "name": value}}]
    refused = alice.call("batchCampaigns", account_id=account_id, body=too_deep)
    assert refused.status_code == 400 and refused.json()["errors"][0]["parameter"] == "body"
    assert "32" in refused.json()["errors"][0]["message"]


def test_deep_json_without_credentials_is_401_in_json(app: Any) -> None:
    """The crash came while the report recorded the example body, after the error answer was
    made and outside its handling: the server answered a plain-text 500."""
    deep = ("[" * DEEP + "]" * DEEP).encode()
    headers = {"content-type": "application/json"}
    response = send(app, "POST", "/12/batch/accounts/abc/campaigns", headers, deep)
    assert_refused(response, 401, "Authorization", "batchCampaigns")


# -- 4. Cursors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        [1, [1], 1],  # a list where the sort value goes
        [1, {"a": 1}, 1],  # a dict
        [1, 2**70, 1],  # an integer beyond 64 bits
        [1, 0, 2**70],
        [1, 0, 0],  # a creation order no row has
        [[1], 0, 1],
        ["yes", 0, 1],
    ],
)
def test_a_crafted_cursor_is_400_naming_cursor(alice: Any, key: list[Any]) -> None:
    account_id, _ = new_account(alice)
    crafted = cursor_of([None, False, key])
    listed = alice.call("listCampaigns", account_id=account_id, cursor=crafted)
    assert_refused(listed, 400, "cursor", "listCampaigns")


def test_an_issued_cursor_still_pages(alice: Any) -> None:
    """A control: the checks of a decoded cursor let the server's own cursors through."""
    account_id, instrument = new_account(alice)
    for n in range(3):
        alice.ok(
            "createCampaign", account_id=account_id, name=f"c{n}", funding_instrument_id=instrument
        )
    for sort_by in (None, "name-desc"):
        sort = {"sort_by": sort_by} if sort_by else {}
        first = alice.ok("listCampaigns", account_id=account_id, count=2, **sort)
        rest = alice.ok(
            "listCampaigns", account_id=account_id, count=2, cursor=first["next_cursor"], **sort
        )
        assert len(first["data"]) == 2 and len(rest["data"]) == 1


# -- 5. Lone surrogates -----------------------------------------------------------------------


def test_a_lone_surrogate_in_json_is_400(alice: Any) -> None:
    account_id, instrument = new_account(alice)
    path = f"/accounts/{account_id}/campaigns"
    form = f'"funding_instrument_id": "{instrument}"'
    stored = json_request(alice, "POST", path, '{"name": "a\\ud800b", ' + form + "}")
    assert_refused(stored, 400, "body", "createCampaign")
    echoed = json_request(alice, "POST", path, '{"name": "' + "\\udfff" * 300 + '", ' + form + "}")
    assert_refused(echoed, 400, "body", "createCampaign")
    item = '[{"operation_type": "Create", "params": {"name": "\\ud800", ' + form + "}}]"
    batch = json_request(alice, "POST", f"/batch/accounts/{account_id}/campaigns", item)
    assert batch.status_code == 400 and batch.json()["errors"][0]["parameter"] == "body"
    # A pair is one character, and welcome.
    paired = json_request(alice, "POST", path, '{"name": "\\ud83d\\ude00", ' + form + "}")
    assert paired.status_code == 200 and paired.json()["data"]["name"] == "\U0001f600"


def test_a_lone_surrogate_in_a_key_leaves_the_report_working(
    app: Any, alice: Any, tmp_path: Path
) -> None:
    """A valid create with an unknown key '\\udead' was accepted and filed as a deviation under
    that name, after which the report could no longer be encoded: its pages 500ed for good and
    the --report file was never written."""
    account_id, instrument = new_account(alice)
    text = '{"name": "x", "funding_instrument_id": "' + instrument + '", "\\udead": 1}'
    refused = json_request(alice, "POST", f"/accounts/{account_id}/campaigns", text)
    assert_refused(refused, 400, "body", "createCampaign")
    for page in ("/_sandbox/report", "/_sandbox/report.html"):
        answer = alice._loop.run_until_complete(alice._client.get(page))
        assert answer.status_code == 200, answer.text
    app.state.sandbox.report_path = tmp_path / "report.json"
    app.state.sandbox.write_report()
    assert json.loads((tmp_path / "report.json").read_text())["summary"]["requests"] == 3


def test_the_report_keeps_anything_it_records_printable(tmp_path: Path) -> None:
    """Whatever reaches the report (here straight, past every check) is written as valid UTF-8."""
    report = Report([("createCampaign", "POST", "/accounts/{account_id}/campaigns")])
    report.record(
        operation="createCampaign",
        version="12",
        method="POST",
        path="/12/accounts/\udead/campaigns",
        status=400,
        user="alice",
        problems=[Problem("INVALID_PARAMETER", "bad \ud800", "name\udfff", "type")],
        deviations=[Deviation("\udead", "unknown-parameter", "\udead is unknown")],
        example=lambda: Example.of("POST", "/\udead", [("q", "\ud800")], "x", {"\udead": "\ud800"}),
    )
    json.dumps(report.as_json(), ensure_ascii=False).encode()
    render_html(report.as_json()).encode()
    report.write(tmp_path / "report.json")
    assert "\ufffd" in (tmp_path / "report.json").read_text(encoding="utf-8")


# -- 8. Replays across a restart --------------------------------------------------------------


def restarted(make_app: Any, db: Path, first: Any) -> Any:
    """The sandbox stopped (its report written, its database closed) and started again over the
    same file, at the clock's time."""
    first.state.sandbox.close()
    return make_app(db=db)


def accounts_of(app: Any, clock: Any) -> int:
    headers = signed(ALICE, "GET", "/12/accounts", oauth_timestamp=str(int(clock.now)))
    return len(send(app, "GET", "/12/accounts", headers).json()["data"])


def test_a_replay_after_a_restart_in_the_same_second_is_401(
    make_app: Any, clock: Any, tmp_path: Path
) -> None:
    """The floor was the second the sandbox started: a request signed at 12:00:01.2 and
    replayed after a restart at 12:00:01.7 was taken again and made a second account. Over a
    database the floor is the first whole second after the start."""
    db = tmp_path / "state.sqlite3"
    clock.advance(0.2)
    first = make_app(db=db)
    too_soon = signed(ALICE, "POST", "/12/accounts", oauth_timestamp=str(int(clock.now)))
    assert_refused(
        send(first, "POST", "/12/accounts", too_soon), 401, "oauth_nonce", "createAccount"
    )
    clock.advance(1)
    create = signed(ALICE, "POST", "/12/accounts", oauth_timestamp=str(int(clock.now)))
    assert send(first, "POST", "/12/accounts", create).status_code == 200
    clock.advance(0.5)
    second = restarted(make_app, db, first)
    assert_refused(
        send(second, "POST", "/12/accounts", create), 401, "oauth_nonce", "createAccount"
    )
    clock.advance(0.5)  # the next second: requests signed now are taken
    assert accounts_of(second, clock) == 1


def test_a_replay_signed_ahead_of_the_clock_is_401_after_a_restart(
    make_app: Any, clock: Any, tmp_path: Path
) -> None:
    """The window takes timestamps up to 300 s ahead of the sandbox's clock: a create signed by
    a client whose clock ran 200 s ahead was taken again after a restart, being signed after
    the new start. Such nonces are kept with the state."""
    db = tmp_path / "state.sqlite3"
    first = make_app(db=db)
    ahead = str(int(clock.now) + 200)
    create = signed(ALICE, "POST", "/12/accounts", oauth_timestamp=ahead)
    assert send(first, "POST", "/12/accounts", create).status_code == 200
    assert_refused(send(first, "POST", "/12/accounts", create), 401, "oauth_nonce", "createAccount")
    clock.advance(30)
    second = restarted(make_app, db, first)
    assert_refused(
        send(second, "POST", "/12/accounts", create), 401, "oauth_nonce", "createAccount"
    )
    assert accounts_of(second, clock) == 1
    # Another nonce with the same timestamp is another request.
    fresh = signed(ALICE, "POST", "/12/accounts", oauth_timestamp=ahead)
    assert send(second, "POST", "/12/accounts", fresh).status_code == 200


# -- 10. Repeated OAuth parameters -------------------------------------------------------------


class RepeatingSigner(Signer):
    """Signs a request that carries one OAuth parameter twice, both signed."""

    def __init__(self, name: str, value: str) -> None:
        super().__init__(ALICE, {})
        self.repeated = (name, value)

    def get_oauth_params(self, nonce: str, timestamp: str) -> list[tuple[str, str]]:
        return [*super().get_oauth_params(nonce, timestamp), self.repeated]


@pytest.mark.parametrize(
    ("name", "value"),
    [("oauth_nonce", "another-nonce"), ("oauth_signature_method", "HMAC-SHA1")],
)
def test_a_repeated_oauth_parameter_is_401_naming_it(app: Any, name: str, value: str) -> None:
    """Both copies were signed, so the signature verified and the last copy won: a client could
    present two nonces and have only one remembered."""
    _, headers, _ = RepeatingSigner(name, value).sign(
        "GET", "https://sandbox.local/12/accounts", {}, None
    )
    assert_refused(send(app, "GET", "/12/accounts", dict(headers)), 401, name, "listAccounts")


def test_an_oauth_parameter_also_in_the_query_is_401(app: Any) -> None:
    """A nonce in the header and another in the query string, both signed (authlib refuses to
    sign that, so the signature is made here with oauthlib's functions)."""
    url = "/12/accounts?oauth_nonce=second"
    header_params = [
        ("oauth_consumer_key", ALICE.consumer_key),
        ("oauth_token", ALICE.access_token),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", str(int(app.state.sandbox.clock()))),
        ("oauth_nonce", "first"),
        ("oauth_version", "1.0"),
    ]
    base = signature.signature_base_string(
        "GET",
        signature.base_string_uri(BASE + "/12/accounts"),
        signature.normalize_parameters([*header_params, ("oauth_nonce", "second")]),
    )
    secrets = SimpleNamespace(
        client_secret=ALICE.consumer_secret, resource_owner_secret=ALICE.access_token_secret
    )
    digest = signature.sign_hmac_sha1_with_client(base, secrets)
    header = ", ".join(
        f'{k}="{utils.escape(v)}"' for k, v in [*header_params, ("oauth_signature", digest)]
    )
    response = send(app, "GET", url, {"Authorization": "OAuth " + header})
    assert_refused(response, 401, "oauth_nonce", "listAccounts")


# -- 11. Body size ----------------------------------------------------------------------------


def assert_too_large(response: Any) -> None:
    """413 is not in the spec (the API documents no limit); the body is its error format."""
    assert response.status_code == 413, response.text
    assert response.headers["content-type"].startswith("application/json")
    jsonschema.validate(response.json(), ERROR_RESPONSE)
    assert errors_of(response) == [("BODY_TOO_LARGE", "body")]
    assert response.headers["x-current-api-version"] == "12"


def test_a_body_over_the_limit_is_413(make_app: Any, driver_for: Any) -> None:
    app = make_app(max_body=4096)
    alice = driver_for(ALICE, target=app)
    account_id, instrument = new_account(alice)
    path = f"/accounts/{account_id}/campaigns"
    fits = {"name": "y" * 3900, "funding_instrument_id": instrument}
    assert alice.request("POST", path, data=fits).status_code == 400  # read, and judged
    too_large = {**fits, "name": "y" * 4100}
    assert_too_large(alice.request("POST", path, data=too_large))


def test_the_default_limit_is_one_mebibyte(app: Any, alice: Any) -> None:
    account_id, _ = new_account(alice)
    body = json.dumps([{"operation_type": "Create", "params": {"name": "n" * 2**21}}])
    assert_too_large(json_request(alice, "POST", f"/batch/accounts/{account_id}/campaigns", body))


def test_a_streamed_body_is_not_read_past_the_limit(app: Any) -> None:
    """No content-length: the sandbox stops reading once the limit is passed (20 MB offered)."""
    chunk, offered = b"x" * 65536, 320
    pulled = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": chunk, "more_body": pulled < offered}

    async def collect(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/12/accounts",
        "raw_path": b"/12/accounts",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"sandbox.local"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    asyncio.run(app(scope, receive, collect))
    assert sent[0]["status"] == 413
    assert pulled <= 2**20 // len(chunk) + 1
    body = json.loads(b"".join(m.get("body", b"") for m in sent[1:]))
    assert body["errors"][0]["code"] == "BODY_TOO_LARGE"
