"""`make interop`: the bundled spec in the tools that need Java or Node, each run unweakened.

    .venv/bin/python -m interop.run [--spec generated/openapi.json]

1. OpenAPI Generator (`-g python`, its spec validation on) validates and generates a client.
2. Prism mocks the spec on a loopback port: a request is answered, the version of the server
   URL is checked through Prism's `__server` parameter, and `/12/accounts` is not served
   (Prism does not put the server URL's path in front of the paths: see the README).
3. Redocly CLI lints it with its recommended rules.

Each tool's output is printed; a warning the README explains is counted as known, anything
else fails the run (exit status 1). The tools are installed on first use (interop/tools.py).
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interop.tools import npm_tools, openapi_generator  # noqa: E402

# Findings the README explains ("The spec in other tools"), in the tools' own words.
KNOWN_GENERATOR_WARNINGS = (
    "Unknown scheme `OAuth` found in the HTTP security definition.",
    "OpenAPI 3.1 support is still in beta.",
    "Codegen property is null (e.g. map/dict of undefined type). Default to typing.Any.",
    "Failed to get the schema name: null",
)
KNOWN_PRISM_VIOLATIONS = ("We currently do not support this type of security scheme: http/oauth",)


def section(title: str) -> None:
    print(f"\n== {title}", flush=True)


def openapi_generator_check(spec: Path, work: Path) -> list[str]:
    section("OpenAPI Generator -g python (spec validation on)")
    command = [str(openapi_generator()), "generate", "-g", "python", "-i", str(spec)]
    done = subprocess.run(
        [*command, "-o", str(work / "openapi-generator")], capture_output=True, text=True
    )
    output = done.stdout + done.stderr
    warnings = [line for line in output.splitlines() if " WARN " in line or "Exception" in line]
    for line in sorted(set(warnings)):
        print(f"  {warnings.count(line)} x {line}")
    problems = [] if done.returncode == 0 else [f"openapi-generator exited {done.returncode}"]
    unknown = [w for w in warnings if not any(k in w for k in KNOWN_GENERATOR_WARNINGS)]
    problems += [f"openapi-generator: {w}" for w in sorted(set(unknown))]
    models = len(list((work / "openapi-generator").glob("*/models/*.py")))
    print(f"  exit status {done.returncode}, {models} model modules generated")
    return problems


def _get(url: str) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, headers={"Authorization": 'OAuth oauth_consumer_key="x"'})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read().decode()
    except urllib.error.HTTPError as answer:
        return answer.code, dict(answer.headers), answer.read().decode()


def prism_check(spec: Path, bin_dir: Path) -> list[str]:
    section("Prism mock")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115  (closed in the finally below)
    server = subprocess.Popen(
        [str(bin_dir / "prism"), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    problems: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{base}/accounts")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    log.seek(0)
                    return [f"prism did not start: {log.read()[-2000:]}"]
                time.sleep(0.5)
        expected = {
            "/accounts": 200,
            "/accounts?__server=https://ads-api.x.com/12": 200,
            "/accounts/18ce54d4x5t/campaigns?__server=https://ads-api-sandbox.twitter.com/11": 200,
            "/accounts?__server=https://ads-api.x.com/13": 404,
            "/12/accounts": 404,
        }
        for path, status in expected.items():
            got, headers, body = _get(base + path)
            violations = json.loads(headers.get("sl-violations", "[]"))
            messages = [v["message"] for v in violations]
            detail = json.loads(body).get("detail", "") if got >= 400 else ""
            print(f"  GET {path}: {got} {detail}".rstrip())
            print(f"    x-current-api-version: {headers.get('x-current-api-version')}")
            for message in messages:
                print(f"    sl-violations: {message}")
            if got != status:
                problems.append(f"prism: GET {path} answered {got}, not {status}")
            problems += [
                f"prism: GET {path}: {m}" for m in messages if m not in KNOWN_PRISM_VIOLATIONS
            ]
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
    return problems


def redocly_check(spec: Path, bin_dir: Path) -> list[str]:
    section("Redocly CLI lint (recommended rules)")
    done = subprocess.run(
        [str(bin_dir / "redocly"), "lint", "--extends", "recommended", str(spec)],
        capture_output=True,
        text=True,
    )
    output = done.stdout + done.stderr
    # Node's end-of-life notice comes in a box; the lint's own lines are what matter here.
    lines = [line for line in output.splitlines() if line.strip() and not set("║╔╚") & set(line)]
    print("\n".join(f"  {line}" for line in lines[-6:]))
    warned = re.search(r"You have (\d+) warnings?", output)
    problems = [] if done.returncode == 0 else [f"redocly exited {done.returncode}"]
    if warned:
        problems.append(f"redocly: {warned.group(0)}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "generated" / "openapi.json")
    args = parser.parse_args()
    spec = args.spec.resolve()
    bin_dir = npm_tools(ROOT / "build" / "interop")
    with tempfile.TemporaryDirectory(prefix="interop-") as folder:
        problems = openapi_generator_check(spec, Path(folder))
    problems += prism_check(spec, bin_dir)
    problems += redocly_check(spec, bin_dir)
    section("result")
    for problem in problems:
        print(f"  {problem}")
    print("  every tool passes; known findings are explained in the README" if not problems else "")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
