"""The bundled spec in the tools people use: those on PyPI, kept working in every run.

- openapi-python-client (installed on demand into the user cache, as bench/generate.py does)
  generates a client from generated/openapi.json with no warning: no answer or model dropped.
- `adsapi fuzz` runs schemathesis's command line against a strict sandbox on a loopback port,
  every request signed: it finds nothing, and gets past authentication to the API's logic.

OpenAPI Generator, Prism and Redocly CLI need Java or Node: `make interop` runs them.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from adsapi.cli import main
from interop.tools import openapi_python_client
from tests.budget import examples

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "generated" / "openapi.json"
BIN = Path(sys.executable).parent
OPERATOR_LINK = re.compile(r"operator_token=([\w-]+)")


@pytest.mark.xdist_group("interop-generator")
def test_openapi_python_client_generates_everything(tmp_path: Path) -> None:
    command = openapi_python_client()
    # Its post-hooks run `ruff` from the PATH: the one installed with it.
    env = {**os.environ, "PATH": f"{command.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        [str(command), "generate", "--path", str(BUNDLED), "--output-path", str(tmp_path / "c")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Warning" not in output and "Unable to process" not in output, output
    models = {p.stem for p in (tmp_path / "c").glob("*/models/*.py")}
    for schema in json.loads(BUNDLED.read_text(encoding="utf-8"))["components"]["schemas"]:
        if schema.endswith(("ListResponse", "BatchResponse")):
            assert any(m.replace("_", "") == schema.lower() for m in models), schema


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[str, str]]:
    """A strict sandbox served by `adsapi sandbox` on a free loopback port, and the operator
    token it prints at start-up (the whole report is the operator's to read)."""
    port = _free_port()
    server = subprocess.Popen(
        [str(BIN / "adsapi"), "sandbox", "--port", str(port), "--strict"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    url = f"http://127.0.0.1:{port}"
    try:
        token = next(
            (found[1] for line in server.stdout if (found := OPERATOR_LINK.search(line))), None
        )
        assert token, "the sandbox printed no operator link"
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.2)
        yield url, token
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.xdist_group("interop-fuzz")
def test_fuzz_finds_nothing_in_a_strict_sandbox(sandbox: tuple[str, str]) -> None:
    sandbox_url, operator_token = sandbox
    budget = str(examples("per_operation"))
    done = subprocess.run(
        [str(BIN / "adsapi"), "fuzz", sandbox_url, "--", "-n", budget, "--seed", "1"],
        capture_output=True,
        text=True,
        timeout=600,
        env={k: v for k, v in os.environ.items() if not k.startswith("TWITTER_")},
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert " passed" in output and "failures" not in output, output
    whole_report = urllib.request.Request(
        f"{sandbox_url}/_sandbox/report", headers={"Authorization": f"Bearer {operator_token}"}
    )
    with urllib.request.urlopen(whole_report, timeout=10) as answer:
        report = json.loads(answer.read())
    # Signed: every operation answered something else than 401, most of them a success.
    operations = report["operations"]
    accepted = {o["operation"] for o in operations if any(int(s) < 300 for s in o["statuses"])}
    assert len(accepted) >= len(report["operations"]) // 2, report["operations"]
    assert "listCampaigns" in accepted, sorted(accepted)
    # Every signed request counts against its rate limit, invalid ones too: the fuzzer's many
    # refused writes can use up the 450 writes a minute before a valid create comes, and a 429
    # is only answered once the signature is verified.
    creates = next(o for o in operations if o["operation"] == "createCampaign")["statuses"]
    assert "200" in creates or "429" in creates, creates


@pytest.mark.xdist_group("interop-fuzz")
def test_fuzz_with_other_credentials_is_refused_by_the_sandbox(sandbox: tuple[str, str]) -> None:
    sandbox_url, _ = sandbox
    done = subprocess.run(
        [
            *(str(BIN / "adsapi"), "fuzz", sandbox_url, "--consumer-key", "someone-else", "--"),
            *("-n", "1", "--phases", "examples", "--include-operation-id", "listAccounts"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert "Authentication failed" in output, output


def test_fuzz_refuses_the_production_hosts() -> None:
    for host in ("https://ads-api.twitter.com", "https://ads-api.x.com/"):
        result = CliRunner().invoke(main, ["fuzz", host])
        assert result.exit_code == 1, result.output
        assert "production host" in result.output


def test_arguments_after_the_separator_reach_schemathesis(tmp_path: Path) -> None:
    """Arguments after `--` reach schemathesis: its own refusal of an unknown option shows."""
    done = subprocess.run(
        [str(BIN / "adsapi"), "fuzz", "http://127.0.0.1:9", "--", "--no-such-option"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert "no-such-option" in done.stdout + done.stderr
