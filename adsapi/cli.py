"""The `adsapi` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from adsapi.cli_common import print_problems, spec_option
from adsapi.spec import SpecError, check_spec, default_spec_path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show Python tracebacks of internal errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Tooling for the OpenAPI description of the X (Twitter) Ads API."""
    ctx.obj = {"debug": debug}


@main.command()
@spec_option
@click.pass_context
def check(ctx: click.Context, spec_path: Path | None) -> None:
    """Validate the spec and print a summary of it."""
    from adsapi.check import render_summary

    console = Console(highlight=False)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    root = spec_path or default_spec_path()
    try:
        result = check_spec(root)
    except SpecError as exc:
        print_problems(err, f"The spec at {root} has {len(exc.problems)} problem(s):", exc.problems)
        sys.exit(1)
    except Exception as exc:
        if ctx.obj["debug"]:
            raise
        err.print(f"[red]internal error while checking {root}:[/red] {type(exc).__name__}: {exc}")
        err.print("run with `adsapi --debug check` for the traceback")
        sys.exit(2)
    # The spec is only usable if the sandbox can serve it: computed operations need handlers.
    from adsapi.sandbox.registry import describe_unserved

    unserved = describe_unserved(result.spec)
    if unserved:
        err.print(f"The spec at {root} has {len(unserved)} operation(s) the sandbox cannot serve:")
        for line in unserved:
            err.print(f"  {line}", markup=False, highlight=False)
        sys.exit(1)
    render_summary(result, console)


from adsapi.generator.cli import generate  # noqa: E402  (cheap: heavy imports happen inside)

main.add_command(generate)

# API versions: `spec`, `diff`, `versions` (adsapi/versions_cli.py imports only click up front).
from adsapi.versions_cli import diff, spec, versions  # noqa: E402

main.add_command(spec)
main.add_command(diff)
main.add_command(versions)

from adsapi.sandbox.cli import report as report_command  # noqa: E402  (light: heavy imports are lazy)
from adsapi.sandbox.cli import sandbox as sandbox_command  # noqa: E402

main.add_command(sandbox_command)
main.add_command(report_command)

# `make run`: the generated client against an in-process sandbox (imports are inside).
from adsapi.demo import demo  # noqa: E402

main.add_command(demo)

# schemathesis against any server of the API, signed (adsapi/fuzz.py; schemathesis is optional).
from adsapi.fuzz import fuzz  # noqa: E402

main.add_command(fuzz)
