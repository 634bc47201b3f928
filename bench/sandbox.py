"""Speed of the sandbox on loopback, against a bare starlette app measured in the same run.

    .venv/bin/python bench/sandbox.py [--requests 6000] [--concurrency 8]
    .venv/bin/python bench/sandbox.py --grown 190      # also a 190-operation spec, same run
    .venv/bin/python bench/sandbox.py --against main   # also the sandbox of main, same run

For each scenario (a valid GET, an invalid GET answered 400, a POST that creates a campaign) a
server runs in its own process (uvicorn, one worker, no access log) and a second process sends a
bounded number of requests over keep-alive connections: every request is signed with OAuth 1.0a
(authlib, a fresh nonce each, signed before the clock starts) and encoded and parsed with h11.
The baseline is a starlette app answering the same requests with a fixed JSON body of the same
size, without auth, validation or state. Printed: requests/s, p50 and p99 latency, and the
sandbox/baseline ratio. The goal is 1,500 valid requests/s on a 2-core machine. With `--grown N`
the sandbox also serves a synthetic spec of N operations (bench/grown_spec.py) and the same
scenarios are measured against it, to show what the spec's size costs each request. With
`--against REV` the sandbox of another revision (its files exported with `git archive` into a
temporary folder, first on the server's import path) is measured too, before the baseline in
each scenario, so that a change's cost is read off one run; `--rounds N` measures both N times,
alternating, and keeps the best round of each, for a machine busy with other work.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import multiprocessing
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL = 1500.0
TIME_LIMIT = 30.0  # seconds per run, whatever the request count


@dataclass(frozen=True)
class Scenario:
    name: str
    method: str
    path: str  # after the version
    form: tuple[tuple[str, str], ...] = ()


# -- servers ------------------------------------------------------------------------------------


def _serve(
    kind: str, port: int, ready: Any, body_size: int, http: str, loop: str, root: str | None
) -> None:
    if root is not None:  # the toolkit of another revision
        sys.path.insert(0, root)
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import Response
    from starlette.routing import Route

    if kind == "sandbox":
        import adsapi
        from adsapi.sandbox.app import create_app

        assert root is None or adsapi.__file__.startswith(root), adsapi.__file__

        app: Any = create_app(rate_limit_scale=1_000_000, seed=1)
    else:
        payload = b'{"data":"' + b"x" * max(0, body_size - 11) + b'"}'

        async def answer(request: Any) -> Response:
            await request.body()
            return Response(payload, media_type="application/json")

        app = Starlette(routes=[Route("/12/{rest:path}", answer, methods=["GET", "POST"])])
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        http=http,
        loop=loop,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    ready.set()
    server.run()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cpu_seconds(pid: int | None) -> float:
    """User + system CPU time of a process, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"no server on port {port}")


# -- load ---------------------------------------------------------------------------------------


def _signed_requests(port: int, scenario: Scenario, count: int, sign: bool) -> list[tuple]:
    from authlib.oauth1 import ClientAuth

    from adsapi.sandbox.users import DEFAULT_USER as U

    auth = ClientAuth(
        U.consumer_key, U.consumer_secret, token=U.access_token, token_secret=U.access_token_secret
    )
    target = f"/12{scenario.path}"
    body = "&".join(f"{k}={v}" for k, v in scenario.form).encode()
    prepared = []
    for _ in range(count):
        headers = {"Host": f"127.0.0.1:{port}"}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if sign:
            _, headers, _ = auth.sign(
                scenario.method, f"http://127.0.0.1:{port}{target}", headers, body.decode() or None
            )
        if body:
            headers["Content-Length"] = str(len(body))
        prepared.append((scenario.method, target, list(headers.items()), body))
    return prepared


async def _worker(
    port: int,
    requests: list[tuple],
    latencies: list[float],
    statuses: dict[int, int],
    sizes: list[int],
    deadline: float,
) -> None:
    import h11

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    conn = h11.Connection(h11.CLIENT)
    try:
        for method, target, headers, body in requests:
            if time.perf_counter() > deadline:
                break
            started = time.perf_counter()
            data = conn.send(h11.Request(method=method, target=target, headers=headers))
            if body:
                data += conn.send(h11.Data(data=body))
            writer.write(data + conn.send(h11.EndOfMessage()))
            status = size = 0
            while True:
                event = conn.next_event()
                if event is h11.NEED_DATA:
                    conn.receive_data(await reader.read(65536))
                elif isinstance(event, h11.Response):
                    status = event.status_code
                elif isinstance(event, h11.Data):
                    size += len(event.data)
                elif isinstance(event, h11.EndOfMessage):
                    break
            sizes.append(size)
            conn.start_next_cycle()
            latencies.append(time.perf_counter() - started)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


def _load(
    port: int, scenario: Scenario, count: int, concurrency: int, sign: bool, results: Any
) -> None:
    """Runs in the load process: sign everything, then send it as fast as answers come."""
    prepared = _signed_requests(port, scenario, count, sign)
    shares = [prepared[i::concurrency] for i in range(concurrency)]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    sizes: list[int] = []

    async def run() -> float:
        started = time.perf_counter()
        deadline = started + TIME_LIMIT
        await asyncio.gather(
            *(_worker(port, share, latencies, statuses, sizes, deadline) for share in shares)
        )
        return time.perf_counter() - started

    elapsed = asyncio.run(run())
    latencies.sort()
    results.put(
        {
            "rps": len(latencies) / elapsed,
            "p50": latencies[len(latencies) // 2] * 1000,
            "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000,
            "statuses": statuses,
            "count": len(latencies),
            "body_size": sizes[len(sizes) // 2] if sizes else 0,
        }
    )


def _measure(
    kind: str,
    scenario: Scenario,
    count: int,
    concurrency: int,
    body_size: int = 0,
    setup: Any = None,
    http: str = "auto",
    loop: str = "auto",
    root: str | None = None,
) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    port = _free_port()
    ready = ctx.Event()
    server = ctx.Process(
        target=_serve, args=(kind, port, ready, body_size, http, loop, root), daemon=True
    )
    server.start()
    try:
        ready.wait(20)
        _wait_for(port)
        if setup is not None:
            scenario = setup(port, scenario)
        results = ctx.Queue()
        warmup = ctx.Process(
            target=_load,
            args=(port, scenario, min(500, count), concurrency, kind == "sandbox", results),
        )
        warmup.start()
        results.get(timeout=120)
        warmup.join()
        load = ctx.Process(
            target=_load, args=(port, scenario, count, concurrency, kind == "sandbox", results)
        )
        cpu_before = _cpu_seconds(server.pid)
        load.start()
        outcome = results.get(timeout=180)
        load.join()
        # Requests per CPU-second of the server: what one free core would sustain, a figure
        # that other work on the machine disturbs far less than requests per wall second.
        outcome["capacity"] = outcome["count"] / max(1e-9, _cpu_seconds(server.pid) - cpu_before)
        outcome["scenario"] = scenario
        return outcome
    finally:
        server.terminate()
        server.join(10)


def _sandbox_setup(port: int, scenario: Scenario) -> Scenario:
    """Create the account and campaign the scenarios address, through the API itself."""
    from adsapi.sandbox.driver import Driver
    from adsapi.sandbox.users import DEFAULT_USER
    from adsapi.spec import load_spec

    with Driver(load_spec(), DEFAULT_USER, base_url=f"http://127.0.0.1:{port}") as driver:
        account = driver.ok("createAccount")["data"][0]["id"]
        instrument = driver.ok("listFundingInstruments", account_id=account)["data"][0]["id"]
        campaign = driver.ok(
            "createCampaign", account_id=account, name="bench", funding_instrument_id=instrument
        )["data"]["id"]
    path = scenario.path.format(account=account, campaign=campaign)
    form = tuple((k, v.format(instrument=instrument)) for k, v in scenario.form)
    return Scenario(scenario.name, scenario.method, path, form)


SCENARIOS = (
    Scenario("valid GET", "GET", "/accounts/{account}/campaigns/{campaign}"),
    Scenario(
        "invalid GET (400)", "GET", "/accounts/{account}/campaigns/{campaign}?with_deleted=maybe"
    ),
    Scenario(
        "POST (create)",
        "POST",
        "/accounts/{account}/campaigns",
        (
            ("name", "bench"),
            ("funding_instrument_id", "{instrument}"),
            ("daily_budget_amount_local_micro", "5000000"),
            ("entity_status", "PAUSED"),  # active campaigns are limited to 200 per account
        ),
    ),
)


def _run(
    args: argparse.Namespace, against: str | None = None
) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Per scenario: (name, the sandbox, the baseline); with `against` (a folder holding another
    revision), the other revision's sandbox is the measurement's "against", both measured
    `args.rounds` times in alternating order, the round of most requests per CPU-second of each
    kept (the one other work on the machine disturbed least)."""
    rows = []
    for scenario in SCENARIOS:
        sandbox = functools.partial(
            _measure,
            "sandbox",
            scenario,
            args.requests,
            args.concurrency,
            setup=_sandbox_setup,
            http=args.http,
            loop=args.loop,
        )
        if against is None:
            measured = sandbox()
        else:
            ours: list[dict[str, Any]] = []
            theirs: list[dict[str, Any]] = []
            for turn in range(args.rounds):
                for root in (None, against) if turn % 2 == 0 else (against, None):
                    (ours if root is None else theirs).append(sandbox(root=root))
            measured = max(ours, key=lambda m: m["capacity"])
            measured["against"] = max(theirs, key=lambda m: m["capacity"])
        # The baseline answers the same requests with a body as large as the sandbox's.
        baseline = _measure(
            "baseline",
            measured["scenario"],
            args.requests,
            args.concurrency,
            measured["body_size"],
            http=args.http,
            loop=args.loop,
        )
        rows.append((scenario.name, measured, baseline))
    return rows


def _print(rows: list[tuple[str, dict[str, Any], dict[str, Any]]]) -> None:
    print(
        f"{'scenario':<20}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}{'baseline':>10}{'ratio':>7}"
        f"{'req/cpu-s':>11}{'baseline':>10}{'ratio':>7}  statuses"
    )
    for name, measured, baseline in rows:
        print(
            f"{name:<20}{measured['rps']:>8.0f}{measured['p50']:>8.2f}{measured['p99']:>8.2f}"
            f"{baseline['rps']:>10.0f}{measured['rps'] / baseline['rps']:>7.2f}"
            f"{measured['capacity']:>11.0f}{baseline['capacity']:>10.0f}"
            f"{measured['capacity'] / baseline['capacity']:>7.2f}  "
            f"{json.dumps(measured['statuses'])}"
        )


def _against(args: argparse.Namespace) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """The scenarios on this checkout's sandbox, each with REV's measured right after it
    (`measured["against"]`)."""
    import io
    import subprocess
    import tarfile
    import tempfile

    with tempfile.TemporaryDirectory(prefix="adsapi-bench-rev-") as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", args.against],
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="tar")
        return _run(args, against=folder)


def _print_against(rows: list[tuple[str, dict[str, Any], dict[str, Any]]], rev: str) -> None:
    """This checkout's sandbox against REV's, measured one after the other in each scenario."""
    print(f"this checkout against {rev} (the same run, one after the other):")
    print(
        f"{'scenario':<20}{'req/s':>8}{rev:>10}{'ratio':>7}{'req/cpu-s':>11}{rev:>10}{'ratio':>7}"
    )
    for name, measured, _ in rows:
        other = measured["against"]
        print(
            f"{name:<20}{measured['rps']:>8.0f}{other['rps']:>10.0f}"
            f"{measured['rps'] / other['rps']:>7.2f}{measured['capacity']:>11.0f}"
            f"{other['capacity']:>10.0f}{measured['capacity'] / other['capacity']:>7.2f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=6000, help="requests per run")
    parser.add_argument("--concurrency", type=int, default=8, help="keep-alive connections")
    parser.add_argument(
        "--http",
        choices=["auto", "h11", "httptools"],
        default="auto",
        help="uvicorn's HTTP parser, for both servers (auto: httptools when installed)",
    )
    parser.add_argument(
        "--loop",
        choices=["auto", "asyncio", "uvloop"],
        default="auto",
        help="uvicorn's event loop, for both servers (auto: uvloop when installed)",
    )
    parser.add_argument(
        "--grown",
        type=int,
        default=None,
        metavar="N",
        help="also measure the sandbox serving a grown spec of N operations",
    )
    parser.add_argument(
        "--against",
        metavar="REV",
        help="also measure the sandbox of this git revision (e.g. main), in the same run",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="with --against: measure each sandbox this many times, alternating, keep the best",
    )
    args = parser.parse_args()
    print(
        f"sandbox bench: {args.requests} requests per run, {args.concurrency} connections, "
        f"{os.cpu_count()} cores, uvicorn http={args.http} loop={args.loop}, load average "
        f"{os.getloadavg()[0]:.2f} before the run"
    )
    rows = _against(args) if args.against else _run(args)
    _print(rows)
    valid, capacity = rows[0][1]["rps"], rows[0][1]["capacity"]
    print(
        f"valid GET: {valid:.0f} req/s measured ({'meets' if valid >= GOAL else 'misses'} the "
        f"goal of {GOAL:.0f}); {capacity:.0f} req per CPU-second of the server "
        f"({'meets' if capacity >= GOAL else 'misses'} the goal on one free core)"
    )
    if args.grown:
        import tempfile

        from bench.grown_spec import grow

        with tempfile.TemporaryDirectory(prefix="adsapi-bench-") as temporary:
            count = grow(Path(temporary) / "spec", args.grown)
            os.environ["ADSAPI_SPEC"] = str(Path(temporary) / "spec" / "openapi.yaml")
            try:
                grown = _run(args)
            finally:
                del os.environ["ADSAPI_SPEC"]
        print(f"the same with the sandbox serving a grown spec of {count} operations:")
        _print(grown)
        print(f"{'grown / today':<20}{'req/s':>8}{'req/cpu-s':>11}")
        for (name, today, _), (_, big, _) in zip(rows, grown, strict=True):
            print(
                f"{name:<20}{big['rps'] / today['rps']:>8.2f}"
                f"{big['capacity'] / today['capacity']:>11.2f}"
            )
    if args.against:
        _print_against(rows, args.against)
    return 0


if __name__ == "__main__":
    sys.exit(main())
