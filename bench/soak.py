"""Ten minutes of mixed valid, invalid and hostile traffic against a real sandbox on loopback,
with the server's resident memory read along the way: it must stay flat.

    .venv/bin/python bench/soak.py [--seconds 600] [--connections 4] [--max-requests 2000000]

`adsapi sandbox` runs in a child process on 127.0.0.1 (nothing else is ever addressed), over a
database file in a temporary folder, with three users: one sends what a correct client sends
(creates, reads, pages, updates, deletes, batches, its own report), one what a careless client
sends (values out of range, unknown parameters, ids that do not exist, routes that do not), and
one what an attacker sends (issue 10: unreadable timestamps, integers of thousands of digits,
JSON nested 10,000 deep, crafted cursors, lone surrogates, repeated OAuth parameters, replays,
bodies over the limit, 60 KB URLs, 70 KB headers, bytes the HTTP parser refuses, long values and
parameter names chosen at will). The run stops at `--seconds` or `--max-requests`, whichever
comes first.

Printed: the server's resident memory (VmRSS) once started, after the warm-up (the OAuth
timestamp window, 5 minutes, whose nonces the sandbox keeps, or half of a shorter run), every
minute and at the end; then requests per kind with their statuses, and every answer that was
not JSON or was a 500. The goal: the end at most 10 MB over the figure after the warm-up. The
exit status is 1 when the goal is missed or any answer broke the API's format.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import h11
from authlib.oauth1 import ClientAuth

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only
GOAL_MB = 10.0
# The warm-up lasts the OAuth timestamp window: the sandbox keeps the nonces of that long (by
# design, up to 100,000), so its memory grows until then, and is flat after.
WINDOW = 300.0
DEEP_CURSOR = json.loads("[" * 50 + "]" * 50)  # nested beyond what a cursor may hold
FORM = "application/x-www-form-urlencoded"
USERS = [
    {
        "user": name,
        "consumer_key": f"{name}-key",
        "consumer_secret": f"{name}-secret",
        "access_token": f"{name}-token",
        "access_token_secret": f"{name}-token-secret",
    }
    for name in ("steady", "sloppy", "hostile")
]


# -- the server ----------------------------------------------------------------------------------


def start_server(folder: Path) -> tuple[subprocess.Popen[bytes], int]:
    users = folder / "users.json"
    users.write_text(json.dumps(USERS))
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "adsapi", "sandbox", "--host", HOST, "--port", str(port)]
    command += ["--users", str(users), "--db", str(folder / "state.sqlite3")]
    # Limits far away, but one class small enough that some requests meet 429.
    command += ["--rate-limit-scale", "1000", "--rate-limit", "total-count-reads=3"]
    server = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=(folder / "server.err").open("wb")
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection((HOST, port), timeout=0.2).close()
            return server, port
        except OSError:
            if server.poll() is not None:
                break
            time.sleep(0.05)
    server.kill()
    raise SystemExit(f"the sandbox did not start: {(folder / 'server.err').read_text()}")


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS (this measures on Linux only)")


# -- signing -------------------------------------------------------------------------------------


class Signer(ClientAuth):
    """authlib's signer; `extra` oauth_* pairs are added (and signed), `overrides` replace."""

    def __init__(self, user: dict[str, str], overrides: dict[str, str], extra: list) -> None:
        super().__init__(
            user["consumer_key"],
            user["consumer_secret"],
            token=user["access_token"],
            token_secret=user["access_token_secret"],
        )
        self.overrides, self.extra = overrides, extra

    def get_oauth_params(self, nonce: str, timestamp: str) -> list[tuple[str, str]]:
        params = dict(super().get_oauth_params(nonce, timestamp))
        params.update(self.overrides)
        return [*params.items(), *self.extra]


@dataclass
class Request:
    kind: str
    method: str
    target: str  # path and query, after http://host:port
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def sign(
    port: int,
    user: dict[str, str],
    request: Request,
    overrides: dict[str, str] | None = None,
    extra: list | None = None,
) -> Request:
    headers = dict(request.headers)
    form = request.body.decode() if headers.get("Content-Type") == FORM else None
    url = f"http://{HOST}:{port}{request.target}"
    signer = Signer(user, overrides or {}, extra or [])
    _, headers, _ = signer.sign(request.method, url, headers, form)
    return Request(request.kind, request.method, request.target, dict(headers), request.body)


# -- traffic -------------------------------------------------------------------------------------


def cursor_of(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def form(**values: str) -> tuple[dict[str, str], bytes]:
    from urllib.parse import urlencode

    return {"Content-Type": FORM}, urlencode(values).encode()


class Traffic:
    """What each kind of request looks like, on the accounts the setup made."""

    def __init__(self, port: int, world: dict[str, Any], rng: random.Random) -> None:
        self.port, self.world, self.rng = port, world, rng
        self.sent: list[Request] = []  # a few signed requests, to replay
        self.kinds: list[tuple[str, float, Callable[[], Request | bytes]]] = [
            # valid
            ("valid: get campaign", 12, self.get_campaign),
            ("valid: list and page", 8, self.list_and_page),
            ("valid: create campaign", 6, self.create_campaign),
            ("valid: update campaign", 4, self.update_campaign),
            ("valid: delete campaign", 2, self.delete_campaign),
            ("valid: batch", 2, self.batch),
            ("valid: own report", 0.3, self.own_report),
            # invalid
            ("invalid: out of range", 5, self.out_of_range),
            ("invalid: unknown parameters", 4, self.unknown_parameters),
            ("invalid: long value", 2, self.long_value),
            ("invalid: unknown entity", 3, self.unknown_entity),
            ("invalid: unknown route", 2, self.unknown_route),
            ("invalid: rate limited", 2, self.rate_limited),
            # hostile
            ("hostile: timestamp", 2, self.bad_timestamp),
            ("hostile: huge integer", 2, self.huge_integer),
            ("hostile: deep json", 2, self.deep_json),
            ("hostile: crafted cursor", 2, self.crafted_cursor),
            ("hostile: lone surrogate", 2, self.lone_surrogate),
            ("hostile: repeated oauth", 2, self.repeated_oauth),
            ("hostile: replay", 2, self.replay),
            ("hostile: unsigned or forged", 2, self.forged),
            ("hostile: signed ahead", 1, self.signed_ahead),
            ("hostile: report without token", 1, self.report_without_token),
            ("hostile: body over limit", 1, self.body_over_limit),
            ("hostile: long url", 1, self.long_url),
            ("hostile: long header", 1, self.long_header),
            ("hostile: unreadable http", 1, self.unreadable_http),
        ]
        self.weights = [w for _, w, _ in self.kinds]

    def next(self) -> tuple[str, Request | bytes]:
        name, _, make = self.rng.choices(self.kinds, self.weights)[0]
        made = make()
        if isinstance(made, Request):
            made.kind = name
        return name, made

    def signed(self, who: str, request: Request, **options: Any) -> Request:
        return sign(self.port, self.world["users"][who], request, **options)

    def answered(self, request: Request, status: int) -> None:
        """Keep some requests the sandbox took (answered 200), to replay them."""
        if status != 200 or "Authorization" not in request.headers:
            return
        if len(self.sent) < 50:
            self.sent.append(request)
        else:
            self.sent[self.rng.randrange(50)] = request

    def account(self, who: str = "steady") -> tuple[str, str, str]:
        """(account, funding instrument, a campaign) of a user's."""
        return self.rng.choice(self.world["accounts"][who])

    # valid

    def get_campaign(self) -> Request:
        account, _, campaign = self.account()
        return self.signed(
            "steady", Request("", "GET", f"/12/accounts/{account}/campaigns/{campaign}")
        )

    def list_and_page(self) -> Request:
        account, _, _ = self.account()
        query = "count=3"
        cursor = self.world.get("cursor", {}).get(account)
        if cursor and self.rng.random() < 0.5:
            query += f"&cursor={cursor}"
        return self.signed(
            "steady", Request("", "GET", f"/12/accounts/{account}/campaigns?{query}")
        )

    def create_campaign(self) -> Request:
        account, instrument, _ = self.account()
        headers, body = form(
            name=f"soak {self.rng.randrange(10**6)}",
            funding_instrument_id=instrument,
            daily_budget_amount_local_micro="5000000",
            entity_status="PAUSED",
        )
        target = f"/12/accounts/{account}/campaigns"
        return self.signed("steady", Request("", "POST", target, headers, body))

    def update_campaign(self) -> Request:
        account, _, campaign = self.account()
        headers, body = form(name=f"renamed {self.rng.randrange(10**6)}")
        target = f"/12/accounts/{account}/campaigns/{campaign}"
        return self.signed("steady", Request("", "PUT", target, headers, body))

    def delete_campaign(self) -> Request:
        """One of the campaigns made before, or one that does not exist (404)."""
        account, _, _ = self.account()
        victim = "nosuch"
        if self.world["created"]:
            account, victim = self.world["created"].pop()
        target = f"/12/accounts/{account}/campaigns/{victim}"
        return self.signed("steady", Request("", "DELETE", target))

    def batch(self) -> Request:
        account, instrument, _ = self.account()
        items = [
            {
                "operation_type": "Create",
                "params": {
                    "name": f"batch {n}",
                    "funding_instrument_id": instrument,
                    "entity_status": "PAUSED",
                },
            }
            for n in range(2)
        ]
        body = json.dumps(items).encode()
        headers = {"Content-Type": "application/json"}
        target = f"/12/batch/accounts/{account}/campaigns"
        return self.signed("steady", Request("", "POST", target, headers, body))

    def own_report(self) -> Request:
        who = self.rng.choice(["steady", "sloppy", "hostile"])
        return self.signed(who, Request("", "GET", "/_sandbox/report"))

    # invalid

    def out_of_range(self) -> Request:
        account, _, _ = self.account("sloppy")
        query = self.rng.choice(["count=5000", "with_deleted=maybe", "sort_by=nope", "count=-1"])
        return self.signed(
            "sloppy", Request("", "GET", f"/12/accounts/{account}/campaigns?{query}")
        )

    def unknown_parameters(self) -> Request:
        account, _, _ = self.account("sloppy")
        names = "&".join(
            f"p{self.rng.randrange(10**9)}={'v' * self.rng.randrange(1, 2000)}" for _ in range(5)
        )
        return self.signed(
            "sloppy", Request("", "GET", f"/12/accounts/{account}/campaigns?{names}")
        )

    def long_value(self) -> Request:
        account, instrument, _ = self.account("sloppy")
        letter = chr(ord("a") + self.rng.randrange(26))
        size = self.rng.choice([300, 5000, 200_000])
        headers, body = form(name=letter * size, funding_instrument_id=instrument)
        target = f"/12/accounts/{account}/campaigns"
        return self.signed("sloppy", Request("", "POST", target, headers, body))

    def unknown_entity(self) -> Request:
        account, _, _ = self.account("sloppy")
        missing = "".join(self.rng.choices("abcdefghij0123456789", k=7))
        return self.signed(
            "sloppy", Request("", "GET", f"/12/accounts/{account}/campaigns/{missing}")
        )

    def unknown_route(self) -> Request:
        path = self.rng.choice(["/12/nothing/here", "/99/accounts", f"/12/x{self.rng.random()}"])
        return self.signed("sloppy", Request("", "GET", path))

    def rate_limited(self) -> Request:
        account, _, _ = self.account("sloppy")
        target = f"/12/accounts/{account}/campaigns?with_total_count=true"
        return self.signed("sloppy", Request("", "GET", target))

    # hostile

    def bad_timestamp(self) -> Request:
        stamp = self.rng.choice(["\u00b2", "1" * 5000, "\u0661\u0667" + "\u0660" * 8])
        return self.signed(
            "hostile", Request("", "GET", "/12/accounts"), overrides={"oauth_timestamp": stamp}
        )

    def huge_integer(self) -> Request:
        account, instrument, _ = self.account("hostile")
        digits = "9" * self.rng.choice([25, 5000, 20_000])
        if self.rng.random() < 0.5:
            return self.signed(
                "hostile", Request("", "GET", f"/12/accounts/{account}/campaigns?count={digits}")
            )
        headers, body = form(
            name="x", funding_instrument_id=instrument, daily_budget_amount_local_micro=digits
        )
        return self.signed(
            "hostile", Request("", "POST", f"/12/accounts/{account}/campaigns", headers, body)
        )

    def deep_json(self) -> Request:
        account, _, _ = self.account("hostile")
        deep = "[" * 10_000 + "]" * 10_000
        if self.rng.random() < 0.3:
            return self.signed(
                "hostile",
                Request(
                    "",
                    "GET",
                    f"/12/accounts/{account}/campaigns?cursor={cursor_of(DEEP_CURSOR)}",
                ),
            )
        headers = {"Content-Type": "application/json"}
        target = self.rng.choice(
            [f"/12/batch/accounts/{account}/campaigns", f"/12/accounts/{account}/campaigns"]
        )
        request = Request("", "POST", target, headers, deep.encode())
        return self.signed("hostile", request) if self.rng.random() < 0.7 else request

    def crafted_cursor(self) -> Request:
        account, _, _ = self.account("hostile")
        key = self.rng.choice(
            [[1, [1], 1], [1, {"a": 1}, 1], [1, 2**70, 1], [1, 0, 2**70], ["x", 0, 1]]
        )
        target = f"/12/accounts/{account}/campaigns?cursor={cursor_of([None, False, key])}"
        return self.signed("hostile", Request("", "GET", target))

    def lone_surrogate(self) -> Request:
        account, instrument, _ = self.account("hostile")
        text = (
            self.rng.choice(
                [
                    '{"name": "a\\ud800b", "funding_instrument_id": "%s"}',
                    '{"name": "x", "funding_instrument_id": "%s", "\\udead": 1}',
                    '{"name": "' + "\\udfff" * 300 + '", "funding_instrument_id": "%s"}',
                ]
            )
            % instrument
        )
        headers = {"Content-Type": "application/json"}
        target = f"/12/accounts/{account}/campaigns"
        return self.signed("hostile", Request("", "POST", target, headers, text.encode()))

    def repeated_oauth(self) -> Request:
        extra = [
            self.rng.choice([("oauth_nonce", "again"), ("oauth_signature_method", "HMAC-SHA1")])
        ]
        return self.signed("hostile", Request("", "GET", "/12/accounts"), extra=extra)

    def replay(self) -> Request:
        if not self.sent:
            return self.forged()
        return self.rng.choice(self.sent)

    def forged(self) -> Request:
        request = Request("", "GET", "/12/accounts")
        if self.rng.random() < 0.5:
            return request
        made = self.signed("hostile", request)
        made.headers["Authorization"] = made.headers["Authorization"].replace(
            'oauth_signature="', 'oauth_signature="AAAA'
        )
        return made

    def signed_ahead(self) -> Request:
        ahead = str(int(time.time()) + self.rng.randrange(1, 290))
        return self.signed(
            "hostile", Request("", "GET", "/12/accounts"), overrides={"oauth_timestamp": ahead}
        )

    def report_without_token(self) -> Request:
        return Request(
            "",
            "GET",
            self.rng.choice(["/_sandbox/report", "/_sandbox/report.html?operator_token=guess"]),
        )

    def body_over_limit(self) -> bytes:
        account, _, _ = self.account("hostile")
        return (
            f"POST /12/batch/accounts/{account}/campaigns HTTP/1.1\r\nHost: {HOST}\r\n"
            "Content-Type: application/json\r\nContent-Length: 20000000\r\n\r\n"
        ).encode() + b"[" * 4096

    def long_url(self) -> Request:
        target = f"/12/accounts/{'a' * 60_000}{self.rng.randrange(10**9)}"
        return self.signed("hostile", Request("", "GET", target))

    def long_header(self) -> bytes:
        return (
            f"GET /12/accounts HTTP/1.1\r\nHost: {HOST}\r\nX-Big: {'b' * 70_000}\r\n\r\n".encode()
        )

    def unreadable_http(self) -> bytes:
        line = self.rng.choice(
            [b"GET /12/acc\xffounts", b"GET /12/acc\x00ounts", b"FROB /12/accounts"]
        )
        return line + b" HTTP/1.1\r\nHost: x\r\n\r\n"


# -- the load ------------------------------------------------------------------------------------


@dataclass
class Tally:
    statuses: dict[str, Counter[int]] = field(default_factory=dict)
    broken: int = 0  # answers outside the API's format, 500s, and replays taken
    examples: list[str] = field(default_factory=list)  # the first of them
    total: int = 0

    def count(self, kind: str, status: int, content_type: str, body: bytes) -> None:
        self.total += 1
        self.statuses.setdefault(kind, Counter())[status] += 1
        readable = content_type.startswith("application/json") or kind.endswith("own report")
        replayed = kind == "hostile: replay" and status != 401  # a replay must never pass
        if (status >= 500 and status != 503) or not readable or replayed:
            self.broken += 1
            if len(self.examples) < 20:
                self.examples.append(f"{kind}: {status} {content_type} {body[:120]!r}")


class Connection:
    """One keep-alive connection spoken with h11, reopened when the server closes it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.h11 = h11.Connection(h11.CLIENT)

    async def exchange(self, request: Request) -> tuple[int, str, bytes]:
        if self.writer is None or self.h11.our_state is not h11.IDLE:
            await self.reopen()
        assert self.reader is not None and self.writer is not None
        headers = {"Host": f"{HOST}:{self.port}", **request.headers}
        if request.body or request.method in ("POST", "PUT"):
            headers["Content-Length"] = str(len(request.body))
        data = self.h11.send(
            h11.Request(method=request.method, target=request.target, headers=list(headers.items()))
        )
        data += self.h11.send(h11.Data(data=request.body)) if request.body else b""
        self.writer.write(data + self.h11.send(h11.EndOfMessage()))
        status, content_type, chunks = 0, "", []
        while True:
            event = self.h11.next_event()
            if event is h11.NEED_DATA:
                self.h11.receive_data(await self.reader.read(65536))
            elif isinstance(event, h11.Response):
                status = event.status_code
                content_type = dict(event.headers).get(b"content-type", b"").decode()
            elif isinstance(event, h11.Data):
                chunks.append(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage | h11.ConnectionClosed):
                break
        if self.h11.our_state is h11.DONE and self.h11.their_state is h11.DONE:
            self.h11.start_next_cycle()
        return status, content_type, b"".join(chunks)

    async def reopen(self) -> None:
        await self.close()
        self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        self.h11 = h11.Connection(h11.CLIENT)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def raw_exchange(port: int, data: bytes) -> tuple[int, str, bytes]:
    """Bytes on a connection of their own; the answer is read until the server closes."""
    reader, writer = await asyncio.open_connection(HOST, port)
    answer = b""
    try:
        writer.write(data)
        while chunk := await asyncio.wait_for(reader.read(65536), 10):
            answer += chunk
    except (ConnectionError, TimeoutError):
        pass
    finally:
        writer.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines[0].startswith("HTTP/") else 0
    fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    content_type = {k.lower(): v for k, v in fields.items()}.get("content-type", "")
    return status, content_type, body


async def worker(traffic: Traffic, tally: Tally, port: int, stop: Callable[[], bool]) -> None:
    connection = Connection(port)
    try:
        while not stop():
            kind, made = traffic.next()
            if isinstance(made, bytes):
                status, content_type, body = await raw_exchange(port, made)
            else:
                try:
                    status, content_type, body = await connection.exchange(made)
                except (ConnectionError, h11.ProtocolError):
                    await connection.reopen()
                    continue
                traffic.answered(made, status)
                if kind == "valid: create campaign" and status == 200:
                    account = made.target.split("/")[3]
                    traffic.world["created"].append((account, json.loads(body)["data"]["id"]))
                    del traffic.world["created"][:-500]
                elif kind == "valid: list and page" and status == 200:
                    account = made.target.split("/")[3]
                    traffic.world["cursor"][account] = json.loads(body).get("next_cursor")
            tally.count(kind, status, content_type, body)
    finally:
        await connection.close()


def setup(port: int) -> dict[str, Any]:
    """Two accounts of each user, each with a campaign, made through the API itself."""
    import httpx2
    from authlib.integrations.httpx_client import OAuth1Auth

    accounts: dict[str, list[tuple[str, str, str]]] = {}
    for user in USERS:
        auth = OAuth1Auth(
            user["consumer_key"],
            user["consumer_secret"],
            user["access_token"],
            user["access_token_secret"],
        )
        with httpx2.Client(base_url=f"http://{HOST}:{port}/12", auth=auth) as client:
            for _ in range(2):
                account = client.post("/accounts").json()["data"][0]["id"]
                listed = client.get(f"/accounts/{account}/funding_instruments").json()
                instrument = listed["data"][0]["id"]
                sent = {"name": "soak", "funding_instrument_id": instrument}
                made = client.post(f"/accounts/{account}/campaigns", data=sent).json()
                accounts.setdefault(user["user"], []).append(
                    (account, instrument, made["data"]["id"])
                )
    users = {u["user"]: u for u in USERS}
    return {"users": users, "accounts": accounts, "created": [], "cursor": {}}


async def drive(args: argparse.Namespace, server: subprocess.Popen[bytes], port: int) -> int:
    traffic = Traffic(port, setup(port), random.Random(args.seed))
    tally = Tally()
    started = time.monotonic()
    deadline = started + args.seconds
    warm_up = min(args.seconds / 2, WINDOW)
    at_start = resident_mb(server.pid)
    print(
        f"  {0:>6.0f} s  {0:>9} requests  RSS {at_start:7.1f} MB  (started, accounts made)",
        flush=True,
    )

    def stop() -> bool:
        return time.monotonic() >= deadline or tally.total >= args.max_requests

    tasks = [
        asyncio.create_task(worker(traffic, tally, port, stop)) for _ in range(args.connections)
    ]
    after_warm_up = None
    next_report = started + min(60.0, warm_up)
    peak = at_start
    while not all(t.done() for t in tasks):
        await asyncio.sleep(0.5)
        now = time.monotonic()
        rss = resident_mb(server.pid)
        peak = max(peak, rss)
        if now >= next_report or all(t.done() for t in tasks):
            label = ""
            if after_warm_up is None and now - started >= warm_up:
                after_warm_up, label = rss, "  (after the warm-up)"
            rate = tally.total / (now - started)
            elapsed = now - started
            print(
                f"  {elapsed:>6.0f} s  {tally.total:>9} requests  RSS {rss:7.1f} MB  "
                f"{rate:5.0f} req/s{label}",
                flush=True,
            )
            next_report = now + 60.0
            if after_warm_up is None:
                next_report = min(next_report, started + warm_up)
    for task in tasks:
        task.result()
    elapsed = time.monotonic() - started
    end = resident_mb(server.pid)
    baseline = after_warm_up if after_warm_up is not None else at_start

    print(f"\n{'kind':<32}{'requests':>9}  statuses")
    for kind, _, _ in traffic.kinds:
        statuses = tally.statuses.get(kind, Counter())
        shown = ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))
        print(f"{kind:<32}{sum(statuses.values()):>9}  {shown}")
    everything: Counter[int] = Counter()
    for statuses in tally.statuses.values():
        everything.update(statuses)
    print(
        f"{'all':<32}{tally.total:>9}  "
        + ", ".join(f"{s}: {n}" for s, n in sorted(everything.items()))
    )
    print(f"\nanswers outside the API's format (not JSON, or 500) or replays taken: {tally.broken}")
    for line in tally.examples:
        print("  " + line)
    grew = end - baseline
    met = grew <= GOAL_MB
    print(
        f"\nduration {elapsed:.0f} s, {tally.total} requests ({tally.total / elapsed:.0f}/s) on "
        f"{args.connections} connections; resident memory: {at_start:.1f} MB started, "
        f"{baseline:.1f} MB after the warm-up ({warm_up:.0f} s), {end:.1f} MB at the end, "
        f"{peak:.1f} MB at the most; end - after warm-up = {grew:+.1f} MB "
        f"({'meets' if met else 'misses'} the goal of +{GOAL_MB:.0f} MB)"
    )
    return 0 if met and not tally.broken else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="how long to run")
    parser.add_argument("--max-requests", type=int, default=2_000_000, help="at most this many")
    parser.add_argument("--connections", type=int, default=4, help="concurrent connections")
    parser.add_argument("--seed", type=int, default=1, help="seed of the traffic's choices")
    args = parser.parse_args()
    print(
        f"soak: {args.seconds:.0f} s at most, {args.max_requests} requests at most, "
        f"{args.connections} connections, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.2f} before the run",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="adsapi-soak-") as folder:
        server, port = start_server(Path(folder))
        try:
            return asyncio.run(drive(args, server, port))
        finally:
            server.terminate()
            server.wait(20)


if __name__ == "__main__":
    sys.exit(main())
