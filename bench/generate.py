"""Time a full regeneration of generated/: cold (empty output, empty cache, fresh process) and
with nothing changed (warm cache, tree up to date). Each figure is the median of fresh-process
runs, so imports count, as they do for `adsapi generate`."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
RUNS = 5
SCRIPT = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from adsapi.spec import load_spec
from generator import generate
report = generate(load_spec(), Path(sys.argv[1]), cache_path=Path(sys.argv[2]))
written = len(report.difference.missing) + len(report.difference.changed)
print(time.perf_counter() - started, written)
"""


def run(output: Path, cache: Path) -> tuple[float, int]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(output), str(cache)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPOSITORY,
    )
    seconds, written = result.stdout.split()
    return float(seconds), int(written)


def main() -> None:
    cold, warm, empty_tree = [], [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            output, cache = Path(tmp) / "generated", Path(tmp) / "cache.json"
            seconds, written = run(output, cache)
            cold.append(seconds)
            seconds, rewritten = run(output, cache)
            assert rewritten == 0, "a second run rewrote files"
            warm.append(seconds)
            for path in sorted(output.rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()
            seconds, _ = run(output, cache)
            empty_tree.append(seconds)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import adsapi.spec"], check=True, cwd=REPOSITORY)
    baseline = time.perf_counter() - started
    print(f"generation of {written} files (median of {RUNS} fresh processes, imports included)")
    print(f"  cold (no cache, empty output) : {statistics.median(cold):.3f} s")
    print(f"  warm cache, empty output      : {statistics.median(empty_tree):.3f} s")
    print(f"  nothing changed               : {statistics.median(warm):.3f} s")
    print(f"  baseline: python -c 'import adsapi.spec' : {baseline:.3f} s")


if __name__ == "__main__":
    main()
