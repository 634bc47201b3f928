"""Fixtures for the sandbox tests: in-process apps, the generated client and signed raw drivers
pointed at them, a controllable clock, and a check that every answer the sandbox gives matches
the spec (status, body and headers)."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import jsonschema
import pytest
from authlib.oauth1 import ClientAuth
from twitter_ads_client import AdsClient

from adsapi.demo import client_for
from adsapi.sandbox.app import create_app
from adsapi.sandbox.driver import Driver
from adsapi.sandbox.users import User
from adsapi.spec import ApiSpec, load_spec

SPEC = load_spec()
BASE = "https://sandbox.local"

ALICE = User("alice", "app-one-key", "app-one-secret", "alice-token", "alice-token-secret")
BOB = User("bob", "app-one-key", "app-one-secret", "bob-token", "bob-token-secret")
USERS = (ALICE, BOB)


class FakeClock:
    """Epoch seconds that only move when told to; starts at the real time so OAuth timestamps
    signed by authlib stay inside the window."""

    def __init__(self) -> None:
        self.now = float(int(time.time()))

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


_validators: dict[int, jsonschema.Draft202012Validator] = {}


def _validator(schema: Any) -> jsonschema.Draft202012Validator:
    key = id(schema)
    if key not in _validators:
        _validators[key] = jsonschema.Draft202012Validator(schema)
    return _validators[key]


def conformance_problems(spec: ApiSpec, operation_id: str, response: httpx2.Response) -> list[str]:
    """What is wrong with one answer of `operation_id`, judged by the spec alone."""
    op = spec.operation(operation_id)
    status = str(response.status_code)
    declared = op.responses.get(status)
    if declared is None:
        return [f"{operation_id}: status {status} is not declared"]
    problems = []
    if declared.schema is not None:
        if not response.headers.get("content-type", "").startswith("application/json"):
            problems.append(f"{operation_id} {status}: not JSON")
        else:
            for error in _validator(declared.schema).iter_errors(response.json()):
                problems.append(
                    f"{operation_id} {status} body at {list(error.absolute_path)}: {error.message}"
                )
    for name, header in declared.headers.items():
        value = response.headers.get(name)
        if value is None:
            if header.required:
                problems.append(f"{operation_id} {status}: header {name} missing")
            continue
        typed: Any = value
        if header.schema.get("type") == "integer":
            try:
                typed = int(value)
            except ValueError:
                problems.append(f"{operation_id} {status}: header {name}={value!r} not an integer")
                continue
        for error in _validator(header.schema).iter_errors(typed):
            problems.append(f"{operation_id} {status}: header {name}: {error.message}")
    return problems


def send(app: Any, method: str, url: str, headers: dict[str, str], body: bytes = b"") -> Any:
    """One raw request to the in-process `app`, exactly as given."""
    import asyncio

    async def go() -> httpx2.Response:
        async with httpx2.AsyncClient(
            transport=httpx2.ASGITransport(app=app), base_url=BASE
        ) as client:
            return await client.request(method, url, headers=headers, content=body)

    return asyncio.run(go())


class Signer(ClientAuth):
    """authlib's signer, with chosen oauth_* values (a fixed nonce, an old timestamp)."""

    def __init__(self, user: User, overrides: dict[str, str]) -> None:
        super().__init__(
            user.consumer_key,
            user.consumer_secret,
            token=user.access_token,
            token_secret=user.access_token_secret,
        )
        self.overrides = overrides

    def get_oauth_params(self, nonce: str, timestamp: str) -> list[tuple[str, str]]:
        params = dict(super().get_oauth_params(nonce, timestamp))
        params.update(self.overrides)
        return list(params.items())


def signed(
    user: User, method: str, url: str, body: str = "", base: str = BASE, **overrides: str
) -> dict[str, str]:
    """Headers of a request to `base` + `url` signed by authlib (a form body when `body` is
    given)."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    _, headers, _ = Signer(user, overrides).sign(method, base + url, headers, body or None)
    return dict(headers)


class CheckedDriver(Driver):
    """A driver that holds every answer of `call` to the spec and keeps them for inspection."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen: list[tuple[str, int]] = []

    def call(self, operation_id: str, **parameters: Any) -> httpx2.Response:
        response = super().call(operation_id, **parameters)
        problems = conformance_problems(self.spec, operation_id, response)
        assert not problems, problems
        self.seen.append((operation_id, response.status_code))
        return response


def operation_for(spec: ApiSpec, method: str, path: str) -> str:
    """The operationId that `method` on `path` (with its version prefix) reaches."""
    relative = "/" + path.lstrip("/").partition("/")[2]
    for op in spec.operations.values():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        if op.method == method and re.fullmatch(pattern, relative):
            return op.operation_id
    raise AssertionError(f"no operation answers {method} {path}")


def checked_client(app: Any, user: User = ALICE, spec: ApiSpec = SPEC) -> AdsClient:
    """The generated client, signed as `user`, talking to the in-process `app`; every answer it
    gets is held to the spec (status, body, headers) before the client reads it."""

    def check(response: httpx2.Response) -> None:
        response.read()
        request = response.request
        operation_id = operation_for(spec, request.method, request.url.path)
        problems = conformance_problems(spec, operation_id, response)
        assert not problems, problems

    return client_for(app, user, on_response=check)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """schemathesis names each operation's test `test_api[GET /accounts]` but gives them all
    the node id `...::test_api` with this pytest; pytest-xdist's grouped scheduling keys tests
    by node id and would run only one. The name is unique: make it the id."""
    for item in items:
        label = getattr(item, "operation_label", None)
        if type(item).__name__ == "SchemathesisFunction" and label and item.parent is not None:
            item._id = item.parent.id.child(item.originalname).with_params(label)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_app(clock: FakeClock) -> Callable[..., Any]:
    def make(**options: Any) -> Any:
        options.setdefault("users", USERS)
        options.setdefault("clock", clock)
        options.setdefault("seed", 42)
        return create_app(SPEC, **options)

    return make


@pytest.fixture
def app(make_app: Callable[..., Any]) -> Any:
    return make_app()


@pytest.fixture
def driver_for(app: Any) -> Iterator[Callable[..., CheckedDriver]]:
    drivers: list[CheckedDriver] = []

    def make(
        user: User = ALICE, target: Any = None, spec: ApiSpec = SPEC, **options: Any
    ) -> CheckedDriver:
        d = CheckedDriver(spec, user, app=target or app, **options)
        drivers.append(d)
        return d

    yield make
    for d in drivers:
        d.close()


@pytest.fixture
def alice(driver_for: Callable[..., CheckedDriver]) -> CheckedDriver:
    return driver_for(ALICE)


@pytest.fixture
def bob(driver_for: Callable[..., CheckedDriver]) -> CheckedDriver:
    return driver_for(BOB)


def new_account(driver: Driver) -> tuple[str, str]:
    """(account id, funding instrument id) of a fresh sandbox account."""
    account_id = driver.ok("createAccount")["data"][0]["id"]
    instrument = driver.ok("listFundingInstruments", account_id=account_id)["data"][0]["id"]
    return account_id, instrument


def new_campaign(driver: Driver, account_id: str, instrument: str, **values: Any) -> dict:
    values.setdefault("name", "campaign")
    return driver.ok(
        "createCampaign", account_id=account_id, funding_instrument_id=instrument, **values
    )["data"]


def errors_of(response: httpx2.Response) -> list[tuple[str, str | None]]:
    return [(e["code"], e.get("parameter")) for e in response.json()["errors"]]


# -- real servers on loopback ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`adsapi sandbox` in a child process; output goes to files the test can read."""

    def __init__(self, tmp: Path, name: str, *extra: str, port: int | None = None) -> None:
        self.port = port or free_port()
        self.out = tmp / f"{name}.out"
        self.err = tmp / f"{name}.err"
        users = tmp / "users.json"
        users.write_text(json.dumps([u.__dict__ for u in USERS]))
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "adsapi",
                "sandbox",
                "--port",
                str(self.port),
                "--users",
                str(users),
                *extra,
            ],
            stdout=self.out.open("w"),
            stderr=self.err.open("w"),
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.05)
        self.process.kill()
        raise RuntimeError(f"the sandbox did not start: {self.err.read_text()}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.out.read_text() + self.err.read_text()

    def kill(self) -> None:
        self.process.kill()  # SIGKILL: no cleanup of any kind
        self.process.wait(timeout=10)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=20)


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for server in started:
        if server.process.poll() is None:
            server.kill()
