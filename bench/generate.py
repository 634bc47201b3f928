"""Time `adsapi generate` against openapi-python-client on the same bundled spec.

    .venv/bin/python bench/generate.py [--runs 5] [--sizes 150,189]

For today's spec and for grown synthetic specs of about 150 and 189 operations
(bench/grown_spec.py), each figure the median of fresh processes, wall clock and CPU:
- ours cold: empty caches (`ADSAPI_CACHE_DIR` an empty folder), empty output folder; also with
  the worker processes off (`ADSAPI_GENERATOR_WORKERS=0`), to show what they bring;
- ours warm: the same command again with nothing changed;
- ours edit: one resource file of the spec edited (`resources/campaigns.yaml`: the description
  of an operation and of a property of its entity), then the command again;
- theirs cold: openapi-python-client generating from the bundled JSON that `adsapi spec` writes,
  as it runs out of the box, with its default post-hooks (`ruff check --fix`, `ruff format`).
openapi-python-client is installed on first use into its own virtual environment in the user
cache directory, never into the project's. Ours and theirs alternate within each round, so that
other work on the machine weighs on both; the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from adsapi.spec import DEFAULT_SPEC, load_spec  # noqa: E402
from bench.grown_spec import grow  # noqa: E402
from interop.tools import openapi_python_client  # noqa: E402

# Descriptions in resources/campaigns.yaml that the edit run changes: an operation's and one of
# a property of the Campaign schema (so one resource module and one model are generated again).
EDITED = ("Returns one campaign of the ads account.", "The advertiser's booking reference")


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float  # user + system of the process and its children


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[Timing, str]:
    before = os.times()
    started = time.perf_counter()
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, **(env or {})}
    )
    wall = time.perf_counter() - started
    after = os.times()
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return Timing(wall, cpu), result.stdout


def theirs_command() -> Path:
    """openapi-python-client's command, installed into its own virtual environment if needed."""
    return openapi_python_client()


Job = tuple[dict[str, str], list[str]]  # environment settings, command line


def ours(root: Path, output: Path, cache: Path, workers: str | None = None) -> Job:
    settings = {"ADSAPI_CACHE_DIR": str(cache)}
    if workers is not None:
        settings["ADSAPI_GENERATOR_WORKERS"] = workers
    command = [sys.executable, "-m", "adsapi", "generate", "--spec", str(root)]
    return settings, [*command, "--output", str(output)]


def run(job: Job) -> Timing:
    settings, command = job
    return timed(command, settings)[0]


def edit(root: Path, round_: int) -> None:
    path = root.parent / "resources" / "campaigns.yaml"
    text = path.read_text(encoding="utf-8")
    for sentence in EDITED:
        if sentence not in text:
            raise RuntimeError(f"{path} no longer has {sentence!r}: update bench/generate.py")
        # Each round a different text, so that each edit is new to every cache.
        edited = f"{sentence} (edit {round_})"
        text = re.sub(re.escape(sentence) + r"( \(edit \d+\))?", edited, text)
    path.write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class Row:
    name: str
    operations: int
    files: int
    their_files: int
    medians: dict[str, Timing]  # cold, serial (no workers), warm, edit, theirs (cold)


def measure(name: str, root: Path, work: Path, runs: int, theirs: Path) -> Row:
    bundled = work / "openapi.json"
    spec_command = [sys.executable, "-m", "adsapi", "spec", "--spec", str(root)]
    timed([*spec_command, "--output", str(bundled)])
    # Their post-hooks run `ruff` from the PATH: the one installed with them.
    path = {"PATH": f"{theirs.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    times: dict[str, list[Timing]] = defaultdict(list)
    for round_ in range(runs):
        output, cache = work / f"ours-{round_}", work / f"cache-{round_}"
        their_output = ["--output-path", str(work / f"theirs-{round_}"), "--overwrite"]
        cold = {
            "cold": ours(root, output, cache),
            "theirs": (path, [str(theirs), "generate", "--path", str(bundled), *their_output]),
        }
        # Alternate who goes first, so that neither always meets the other's leftovers.
        for key in sorted(cold, reverse=round_ % 2 == 1):
            times[key].append(run(cold[key]))
        serial = ours(root, work / f"serial-{round_}", work / f"serial-cache-{round_}", "0")
        times["serial"].append(run(serial))
        times["warm"].append(run(ours(root, output, cache)))
        edit(root, round_)
        times["edit"].append(run(ours(root, output, cache)))
    files = sum(1 for p in (work / "ours-0").rglob("*") if p.is_file())
    their_files = sum(1 for p in (work / "theirs-0").rglob("*") if p.is_file())
    medians = {
        key: Timing(
            statistics.median(t.wall for t in values), statistics.median(t.cpu for t in values)
        )
        for key, values in times.items()
    }
    return Row(name, len(load_spec(root).operations), files, their_files, medians)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds per spec (medians)")
    parser.add_argument("--sizes", default="150,189", help="operations of the grown specs")
    args = parser.parse_args()
    theirs = theirs_command()
    rows = []
    print(f"load average at the start: {load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        specs = [("today's spec", Path(tmp) / "spec-today")]
        shutil.copytree(DEFAULT_SPEC.parent, specs[0][1])
        for size in (int(s) for s in args.sizes.split(",") if s):
            folder = Path(tmp) / f"spec-{size}"
            count = grow(folder, size)
            specs.append((f"grown to {count} operations", folder))
        for name, folder in specs:
            work = Path(tmp) / f"work-{folder.name}"
            work.mkdir()
            rows.append(measure(name, folder / "openapi.yaml", work, args.runs, theirs))
            print(f"  {name}: done, load average {load()}", flush=True)
    print(f"load average at the end: {load()}")
    print(
        f"\nmedian of {args.runs} fresh processes each; wall clock in seconds, CPU (user + "
        "system, children included) in brackets\n"
    )
    header = (
        f"{'spec':<26}{'ops':>4}{'files':>10}  {'ours cold':>13}{'in-process':>14}"
        f"{'warm':>13}{'edit':>13}  {'theirs cold':>13}  {'cold ours/theirs':>16}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        cells = [_cell(row.medians[k]) for k in ("cold", "serial", "warm", "edit", "theirs")]
        ratio = row.medians["cold"].wall / row.medians["theirs"].wall
        print(
            f"{row.name:<26}{row.operations:>4}{f'{row.files}/{row.their_files}':>10}  "
            f"{cells[0]:>13}{cells[1]:>14}{cells[2]:>13}{cells[3]:>13}  "
            f"{cells[4]:>13}  {ratio:>16.2f}"
        )
    print(
        "\nfiles: ours/theirs. theirs: openapi-python-client 0.29.1 with its default ruff "
        "post-hooks; it leaves out the answers it cannot type (warnings), ours types them all."
    )


def _cell(timing: Timing) -> str:
    return f"{timing.wall:.2f} ({timing.cpu:.2f})"


if __name__ == "__main__":
    main()
