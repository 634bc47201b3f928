"""Import time of twitter_ads_client against its own dependencies, in fresh processes.

The package loads resources and models lazily: `import twitter_ads_client` must cost next to
nothing, and building a client (httpx2 + authlib + pydantic) about what those libraries cost.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

RUNS = 7
DEPENDENCIES = "import httpx2, pydantic, authlib.oauth1 (dependencies)"
CASES = {
    "python -c pass (baseline)": "pass",
    DEPENDENCIES: "import httpx2, pydantic, authlib.oauth1",
    "import twitter_ads_client": "import twitter_ads_client",
    "AdsClient(...) built": (
        "from twitter_ads_client import AdsClient; AdsClient('a', 'b', 'c', 'd')"
    ),
    "first campaigns call ready (resource + model loaded)": (
        "from twitter_ads_client import AdsClient; AdsClient('a', 'b', 'c', 'd').campaigns;"
        "import twitter_ads_client.types.campaign"
    ),
}


def timed(code: str) -> float:
    probe = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    samples = [
        float(
            subprocess.run(
                [sys.executable, "-c", probe], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(RUNS)
    ]
    return statistics.median(samples)


def main() -> None:
    results = {name: timed(code) for name, code in CASES.items()}
    dependencies = results[DEPENDENCIES]
    print(f"import times (median of {RUNS} fresh processes)")
    for name, seconds in results.items():
        print(f"  {name:<55} {seconds * 1000:8.1f} ms  {seconds / dependencies:5.2f}x deps")


if __name__ == "__main__":
    main()
