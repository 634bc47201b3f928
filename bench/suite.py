"""Time the test suite on this repository's spec and on a grown one, in the same run.

    .venv/bin/python bench/suite.py                       # today's spec, then 189 operations
    .venv/bin/python bench/suite.py --operations 150 --only grown -- -x tests/sandbox

The grown spec comes from `bench/grown_spec.py`; its client is generated into a temporary
folder that goes first on `PYTHONPATH`, and `ADSAPI_SPEC` points every test at the grown spec.
Each run is `python -m pytest` as `make test` runs it (one worker per core; arguments after
`--` are passed on), so the figure is the suite's own wall-clock time, collection included.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
MAKE_TEST = ("-n", "auto", "--dist", "loadgroup")  # what `make test` passes (the Makefile)
sys.path.insert(0, str(REPOSITORY))

from bench.grown_spec import grow  # noqa: E402


def run_suite(
    env: dict[str, str], pytest_args: list[str], log: Path | None = None
) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *MAKE_TEST, *pytest_args],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if log is not None:
        log.write_text(done.stdout + done.stderr, encoding="utf-8")
    tail = [line for line in done.stdout.splitlines() if line.strip()][-1:]
    return seconds, (tail[0] if tail else done.stderr[-500:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=190)
    parser.add_argument("--only", choices=("today", "grown"), default=None)
    parser.add_argument("--log", type=Path, default=None, help="write pytest's output to LOG.*")
    parser.add_argument("pytest_args", nargs="*", help="after --: passed to pytest")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.only != "grown":
        log = args.log.with_suffix(".today.log") if args.log else None
        seconds, summary = run_suite(env, args.pytest_args, log)
        print(f"today's spec : {seconds:7.1f} s  {summary}", flush=True)
    if args.only == "today":
        return
    with tempfile.TemporaryDirectory(prefix="adsapi-grown-") as temporary:
        spec_dir, client_dir = Path(temporary) / "spec", Path(temporary) / "client"
        count = grow(spec_dir, args.operations)
        subprocess.run(
            [
                str(Path(sys.executable).parent / "adsapi"),
                "generate",
                "--spec",
                str(spec_dir / "openapi.yaml"),
                "--output",
                str(client_dir),
            ],
            check=True,
            cwd=REPOSITORY,
        )
        grown_env = {
            **env,
            "ADSAPI_SPEC": str(spec_dir / "openapi.yaml"),
            "PYTHONPATH": os.pathsep.join(
                [str(client_dir), *filter(None, [env.get("PYTHONPATH")])]
            ),
        }
        log = args.log.with_suffix(".grown.log") if args.log else None
        seconds, summary = run_suite(grown_env, args.pytest_args, log)
        print(f"grown ({count} operations): {seconds:7.1f} s  {summary}", flush=True)


if __name__ == "__main__":
    main()
