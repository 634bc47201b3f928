"""Start-up: import time of twitter_ads_client, and the time a script needs to make its first
call, against the official SDK (`twitter-ads`) measured in the same run.

    .venv/bin/python bench/import_time.py [--runs 7]

Each figure is the median of fresh processes. The package loads resources and models lazily:
`import twitter_ads_client` must cost next to nothing. The first call is measured as a script
would make it (import, build a client, get one account): until the request is handed to the
HTTP library, ready to send (the time before the first byte), and until the call returns the
account, parsed. No network is involved: the HTTP library's sending method is replaced, in both
processes, by one that notes the time and answers with a recorded account; the official SDK's
also makes the TLS context that urllib3 makes on a first connection (httpx2 makes it when the
client is built), so that both figures hold the same work. The official SDK is
installed by this script into its own virtual environment in the user cache, never into the
project's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from interop.tools import python_tool  # noqa: E402

OFFICIAL = "twitter-ads==11.0.0"
DEPENDENCIES = "import httpx2, pydantic, authlib.oauth1 (dependencies)"
CASES = {
    "python -c pass (baseline)": "pass",
    DEPENDENCIES: "import httpx2, pydantic, authlib.oauth1",
    "import twitter_ads_client": "import twitter_ads_client",
    "AdsClient(...) built": (
        "from twitter_ads_client import AdsClient; AdsClient('a', 'b', 'c', 'd')"
    ),
}
ACCOUNT = {
    "name": "Start-up",
    "timezone": "America/Los_Angeles",
    "timezone_switch_at": "2016-07-21T07:00:00Z",
    "id": "18ce54d4x5t",
    "created_at": "2016-07-21T22:42:09Z",
    "updated_at": "2017-07-06T16:51:04Z",
    "approval_status": "ACCEPTED",
    "deleted": False,
}
BODY = json.dumps({"request": {"params": {"account_id": "18ce54d4x5t"}}, "data": ACCOUNT})

# The first call of a script, in each process: (time ready to send, time the call returned),
# from the script's first line. Only the HTTP library's sending is replaced.
OURS = f"""
import time
start = time.perf_counter()
import httpx2
sent = []
def send(self, request):
    sent.append(time.perf_counter())
    return httpx2.Response(200, content={BODY!r}.encode(), request=request,
                           headers={{"content-type": "application/json"}})
httpx2.HTTPTransport.handle_request = send
from twitter_ads_client import AdsClient
client = AdsClient("key", "secret", "token", "token-secret", max_retries=0)
account = client.accounts.get("18ce54d4x5t")
assert account.name == "Start-up"
print(sent[0] - start, time.perf_counter() - start)
"""
THEIRS = f"""
import time
start = time.perf_counter()
import requests.adapters
sent = []
def send(self, request, **kwargs):
    # What urllib3 does on the first HTTPS connection, before the first byte (httpx2 does the
    # same when its client is built): a TLS context trusting requests' CA bundle.
    import certifi
    from urllib3.util.ssl_ import create_urllib3_context
    create_urllib3_context().load_verify_locations(certifi.where())
    sent.append(time.perf_counter())
    response = requests.models.Response()
    response.status_code, response._content, response.url = 200, {BODY!r}.encode(), request.url
    response.headers["content-type"] = "application/json"
    response.request = request
    return response
requests.adapters.HTTPAdapter.send = send
from twitter_ads.client import Client
from twitter_ads.account import Account
client = Client("key", "secret", "token", "token-secret")
account = Account.load(client, "18ce54d4x5t")
assert account.name == "Start-up"
print(sent[0] - start, time.perf_counter() - start)
"""


def official_python() -> Path:
    """The interpreter of a virtual environment holding the official SDK (made on first use)."""
    return python_tool(OFFICIAL, "python")


def timed(code: str, runs: int) -> float:
    probe = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    return statistics.median(float(_run(sys.executable, probe).split()[0]) for _ in range(runs))


def first_call(python: Path | str, script: str, runs: int) -> tuple[float, float]:
    samples = [tuple(map(float, _run(python, script).split())) for _ in range(runs)]
    return (
        statistics.median(s[0] for s in samples),
        statistics.median(s[1] for s in samples),
    )


def _run(python: Path | str, code: str) -> str:
    done = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    if done.returncode != 0:
        raise SystemExit(f"{python} failed:\n{done.stderr}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    theirs_python = official_python()
    results = {name: timed(code, args.runs) for name, code in CASES.items()}
    dependencies = results[DEPENDENCIES]
    print(f"import times (median of {args.runs} fresh processes)")
    for name, seconds in results.items():
        print(f"  {name:<55} {seconds * 1000:8.1f} ms  {seconds / dependencies:5.2f}x deps")
    # Alternating would be fairer under load; medians of separate batches are close enough
    # here, and each batch warms the file cache for its own interpreter.
    ours = first_call(sys.executable, OURS, args.runs)
    theirs = first_call(theirs_python, THEIRS, args.runs)
    print(f"a script's first call (median of {args.runs}), from its first line:")
    print(f"  {'':<28}{'ready to send':>15}{'answer parsed':>15}")
    print(f"  {'twitter_ads_client':<28}{ours[0] * 1000:>12.1f} ms{ours[1] * 1000:>12.1f} ms")
    print(f"  {OFFICIAL:<28}{theirs[0] * 1000:>12.1f} ms{theirs[1] * 1000:>12.1f} ms")
    print(f"  {'ours / theirs':<28}{ours[0] / theirs[0]:>15.2f}{ours[1] / theirs[1]:>15.2f}")


if __name__ == "__main__":
    main()
