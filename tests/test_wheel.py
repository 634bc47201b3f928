"""The toolkit works installed as a wheel, not only from the checkout.

The wheel is built from this checkout, installed into a new virtual environment (with its
dependencies, as a user would), and driven from an unrelated folder: the spec and templates
must come from the package data, caches must land in the user cache directory, and the only
top-level name installed is `adsapi`.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Under pytest-xdist, the wheel and its venv are built once, in one worker.
pytestmark = pytest.mark.xdist_group("wheel")


def run(*command: str | Path, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{command}: {done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="session")  # session: the xdist group runs its tests on one worker
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(the bin folder of a fresh venv holding the wheel, an environment for its commands)."""
    base = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ADSAPI_", "PYTHON"))}
    env["ADSAPI_CACHE_DIR"] = str(base / "cache")
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "-q",
        "-w",
        base / "dist",
        ROOT,
        cwd=base,
        env=env,
    )
    (wheel,) = (base / "dist").glob("adsapi-*.whl")
    venv.create(base / "venv", with_pip=True)
    bin_dir = base / "venv" / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "-q", wheel, cwd=base, env=env)
    return bin_dir, env


def test_one_namespace_with_its_data(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, env = installed
    probe = (
        "import importlib.util, json, adsapi, adsapi.generator, adsapi.sandbox\n"
        "from adsapi.locations import checkout, spec_root, templates_dir\n"
        "print(json.dumps({'adsapi': adsapi.__file__, 'checkout': str(checkout()),\n"
        "  'spec': spec_root().is_file(), 'runtime': (templates_dir() / 'runtime').is_dir(),\n"
        "  'generic': [n for n in ('generator', 'sandbox', 'spec', 'templates')\n"
        "              if importlib.util.find_spec(n) is not None]}))"
    )
    found = json.loads(run(bin_dir / "python", "-c", probe, cwd=tmp_path, env=env).stdout)
    assert found["adsapi"].startswith(str(bin_dir.parent)), found
    assert found["checkout"] == "None"
    assert found["spec"] and found["runtime"]
    assert found["generic"] == [], "the wheel installs generic top-level names"


def test_commands_from_another_folder(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, env = installed
    adsapi = bin_dir / "adsapi"
    checked = run(adsapi, "check", cwd=tmp_path, env=env)
    assert "operations" in checked.stdout
    run(adsapi, "generate", "--output", "client", cwd=tmp_path, env=env)
    assert (tmp_path / "client" / "twitter_ads_client" / "__init__.py").is_file()
    assert (tmp_path / "client" / "openapi.json").is_file()
    demo = run(adsapi, "demo", "--client", "client", cwd=tmp_path, env=env)
    assert "Conformance report" in demo.stdout
    # Without --client and without the client installed, the demo generates one itself.
    run(adsapi, "demo", cwd=tmp_path, env=env)
    assert not (tmp_path / ".cache").exists(), "a cache was written into the working folder"


def test_sandbox_serves_from_another_folder(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, env = installed
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [str(bin_dir / "adsapi"), "sandbox", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/12/accounts", timeout=2)
            except urllib.error.HTTPError as answer:
                assert answer.code == 401
                body = json.loads(answer.read())
                assert body["errors"][0]["code"] == "UNAUTHORIZED_ACCESS"
                break
            except OSError:
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=10)
