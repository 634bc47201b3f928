"""`adsapi generate [--check]`: the client package in generated/ from the spec."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.console import Console

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "generated"


@click.command()
@click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Root document of the spec (default: spec/openapi.yaml of this repository).",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_OUTPUT,
    show_default=True,
    help="Folder of the generated package.",
)
@click.option(
    "--check", is_flag=True, help="Write nothing; exit 1 naming the files that are out of date."
)
@click.pass_context
def generate(ctx: click.Context, spec_path: Path | None, output: Path, check: bool) -> None:
    """Generate the Python client (twitter-ads-client) and the bundled spec."""
    from adsapi.spec import SpecError, load_spec
    from generator import PlanError
    from generator import generate as run

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    started = time.perf_counter()
    try:
        report = run(load_spec(spec_path), output, check=check)
    except SpecError as exc:
        err.print(f"[red]The spec has {len(exc.problems)} problem(s); run `adsapi check`.[/red]")
        sys.exit(1)
    except PlanError as exc:
        err.print(f"[red]cannot generate the client:[/red] {exc}", markup=False)
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
