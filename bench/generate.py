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
from adsapi.generator import generate
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
    # Baselines, fresh processes too: loading the spec model, and that plus importing the two
    # tools a cold generation must run (datamodel-code-generator and black). No cold generation
    # can be faster than the second; the ratios show what the generator adds on top.
    load = _median_seconds("from adsapi.spec import load_spec; load_spec()")
    floor = _median_seconds(
        "from adsapi.spec import load_spec; load_spec(); import black; "
        "import datamodel_code_generator.parser.openapi"
    )
    print(f"generation of {written} files (median of {RUNS} fresh processes, imports included)")
    print(
        f"  cold (no cache, empty output) : {statistics.median(cold):.3f} s"
        f"  = {statistics.median(cold) / floor:.2f}x the import floor"
    )
    print(
        f"  warm cache, empty output      : {statistics.median(empty_tree):.3f} s"
        f"  = {statistics.median(empty_tree) / load:.2f}x loading the spec"
    )
    print(
        f"  nothing changed               : {statistics.median(warm):.3f} s"
        f"  = {statistics.median(warm) / load:.2f}x loading the spec"
    )
    print(f"  baseline, loading the spec model                 : {load:.3f} s")
    print(f"  baseline, import floor (spec + black + datamodel) : {floor:.3f} s")


def _median_seconds(code: str) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=REPOSITORY)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


if __name__ == "__main__":
    main()
