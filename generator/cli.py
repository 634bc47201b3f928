"""`adsapi generate [--check]`: the client package in generated/ from the spec."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.console import Console

from adsapi.cli_common import spec_option
from adsapi.locations import checkout


def default_output(version: str | None, current: str | None) -> Path:
    """generated/ holds the client of the current version; other versions go to build/clients/.

    Both are in the source checkout the toolkit runs from, or, for an installed toolkit, in the
    current directory."""
    base = checkout() or Path.cwd()
    if version is None or version == current:
        return base / "generated"
    return base / "build" / "clients" / f"v{version}"


@click.command()
@spec_option
@click.option(
    "--version",
    "api_version",
    default=None,
    metavar="N",
    help="API version the client is pinned to (default: the current one, from the main spec; "
    "older ones come from spec/versions/, see `adsapi versions`).",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder of the generated package [default: generated/ for the current version, "
    "build/clients/vN/ for another one, in the source checkout or else the current folder].",
)
@click.option(
    "--check", is_flag=True, help="Write nothing; exit 1 naming the files that are out of date."
)
@click.pass_context
def generate(
    ctx: click.Context,
    spec_path: Path | None,
    api_version: str | None,
    output: Path | None,
    check: bool,
) -> None:
    """Generate the Python client (twitter-ads-client) and the bundled spec."""
    from adsapi.cli_common import print_problems
    from adsapi.generator import PlanError, spec_identity, up_to_date
    from adsapi.generator import generate as run
    from adsapi.generator.workers import Workers
    from adsapi.spec import SpecError, load_spec

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    started = time.perf_counter()
    try:
        if output is None:
            current = load_spec(spec_path).version if api_version is not None else None
            output = default_output(api_version, current)
        with Workers() as workers:
            report = up_to_date(output, spec_identity(spec_path, api_version), check=check)
            if report is None:
                # Work to do: the workers import their tools while the spec loads.
                workers.start()
                spec = load_spec(spec_path, version=api_version)
                identity = spec_identity(spec_path, api_version)
                report = run(spec, output, check=check, workers=workers, spec_identity=identity)
    except SpecError as exc:
        headline = f"The spec has {len(exc.problems)} problem(s); run `adsapi check`."
        print_problems(err, headline, exc.problems[:10])
        sys.exit(1)
    except PlanError as exc:
        err.print("[red]cannot generate the client:[/red] ", end="")
        err.print(str(exc), markup=False)
        sys.exit(1)
    except Exception as exc:
        if ctx.obj and ctx.obj.get("debug"):
            raise
        err.print(f"[red]internal error while generating:[/red] {type(exc).__name__}: {exc}")
        err.print("run with `adsapi --debug generate` for the traceback")
        sys.exit(2)
    seconds = time.perf_counter() - started
    console = Console(highlight=False, soft_wrap=True)
    difference = report.difference
    if check:
        if difference:
            err.print(f"{output} is out of date with the spec; run `adsapi generate`. Stale:")
            for path in difference.stale:
                err.print(f"  {path}", markup=False)
            sys.exit(1)
        console.print(f"{output} is up to date ({report.files} files, {seconds:.2f} s)")
        return
    unchanged = report.files - len(difference.missing) - len(difference.changed)
    console.print(
        f"{output}: {len(difference.missing)} added, {len(difference.changed)} changed, "
        f"{len(difference.extra)} removed, {unchanged} unchanged ({seconds:.2f} s)"
    )
