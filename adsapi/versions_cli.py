"""`adsapi spec`, `adsapi diff` and `adsapi versions`: API versions from the command line.

Only click is imported here; the spec machinery is imported when a command runs, so that
`adsapi --help` stays fast.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from adsapi.cli_common import print_problems, spec_option


def _fail_with_problems(what: str, exc: Any, status: int = 2) -> None:
    from rich.console import Console

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    print_problems(err, f"{what} has {len(exc.problems)} problem(s):", exc.problems)
    sys.exit(status)


@click.command("spec")
@click.option(
    "--version",
    "version",
    default=None,
    metavar="N",
    help="API version to write (default: the version the main spec describes).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="File to write (default: standard output).",
)
@spec_option
def spec(version: str | None, output: Path | None, spec_path: Path | None) -> None:
    """Write the bundled spec of one API version, as JSON.

    Older versions are the main spec with the changes of spec/versions/ applied. The document is
    validated and linted first; nothing is written when it has problems.
    """
    import json

    from adsapi.spec import SpecError, check_spec, default_spec_path

    root = spec_path or default_spec_path()
    try:
        result = check_spec(root, version=version)
    except SpecError as exc:
        _fail_with_problems(
            f"Version {version} of the spec at {root}" if version else f"The spec at {root}", exc
        )
    text = json.dumps(result.bundle.document, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror}") from None
    click.echo(f"version {result.spec.version} written to {output}", err=True)


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="How to write the report.",
)
@click.option(
    "--fail-on-breaking",
    is_flag=True,
    help="Exit with status 1 when any change is breaking (for CI).",
)
@click.option(
    "--include-docs",
    is_flag=True,
    help="Also list changes of descriptions and examples.",
)
@spec_option
@click.pass_context
def diff(
    ctx: click.Context,
    old: str,
    new: str,
    output_format: str,
    fail_on_breaking: bool,
    include_docs: bool,
    spec_path: Path | None,
) -> None:
    """List every change from OLD to NEW, breaking ones first.

    OLD and NEW are each a version number of the spec (4), a spec file (a root openapi.yaml or a
    bundled JSON, optionally @N for one of its versions), or REV:PATH for a git revision
    (HEAD~1:spec/openapi.yaml; REV: alone means the spec's usual path). A change is breaking
    when it falls under the seeds' definition: a parameter, field or endpoint removed or
    renamed, values represented differently, a behaviour changed, a parameter added as or made
    required.

    Exit status: 0, or 1 with --fail-on-breaking when a change is breaking; 2 when OLD or NEW
    cannot be read; 3 on an internal error.
    """
    from rich.console import Console

    from adsapi.diff.compare import compare
    from adsapi.diff.render import to_json, to_markdown, to_text
    from adsapi.diff.sources import SourceError, open_spec
    from adsapi.spec import SpecError

    sides = []
    for name, argument in (("OLD", old), ("NEW", new)):
        try:
            sides.append(open_spec(argument, spec_path))
        except SourceError as exc:
            raise click.BadParameter(str(exc), param_hint=name) from None
        except SpecError as exc:
            _fail_with_problems(f"{name} ({argument})", exc)
    try:
        report = compare(
            sides[0].spec, sides[1].spec, sides[0].label, sides[1].label, include_docs=include_docs
        )
        if output_format == "json":
            click.echo(to_json(report), nl=False)
        elif output_format == "markdown":
            click.echo(to_markdown(report), nl=False)
        else:
            to_text(report, Console(highlight=False, soft_wrap=False))
    except Exception as exc:
        if (ctx.obj or {}).get("debug"):
            raise
        click.echo(f"internal error while comparing: {type(exc).__name__}: {exc}", err=True)
        click.echo("run with `adsapi --debug diff ...` for the traceback", err=True)
        sys.exit(3)
    if fail_on_breaking and report.breaking:
        sys.exit(1)


@click.command("versions")
@click.option(
    "--as-of",
    "as_of",
    default=None,
    metavar="YYYY-MM-DD",
    help="The day to tell the status of each version for (default: today).",
)
@spec_option
def versions(as_of: str | None, spec_path: Path | None) -> None:
    """Show every API version: its dates, its status on a day, and whether the spec has it."""
    from rich.console import Console
    from rich.table import Table

    from adsapi.spec import SpecError, load_spec, spec_versions
    from adsapi.spec.model import as_day

    try:
        day = as_day(as_of) if as_of else date.today()
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--as-of") from None
    try:
        main_spec = load_spec(spec_path)
        available = spec_versions(spec_path)
    except SpecError as exc:
        _fail_with_problems("The spec", exc)
    console = Console(highlight=False)
    table = Table(title=f"API versions on {day.isoformat()}", title_justify="left")
    for column in ("version", "introduced", "deprecated", "end of life", "status", "spec"):
        table.add_column(column)
    styles = {"supported": "green", "deprecated": "yellow", "retired": "dim", "upcoming": "cyan"}
    for row in sorted(main_spec.api_versions, key=lambda v: -int(v.version)):
        status = row.status_on(day)
        table.add_row(
            row.version,
            row.introduced,
            row.deprecated or "",
            row.end_of_life or "",
            f"[{styles[status]}]{status}[/{styles[status]}]",
            "yes" if row.version in available else "",
        )
    console.print(table)
    served = [v.version for v in main_spec.served_versions(day)]
    deprecated = [v.version for v in main_spec.deprecated_versions(day)]
    current = main_spec.current_version(day)
    if not served or current is None:
        console.print(f"On {day.isoformat()} the API served no version.")
        return
    console.print(
        f"On {day.isoformat()} the API serves {' and '.join(served)}"
        + (
            f"; {' and '.join(deprecated)} deprecated (answers carry x-api-warn)"
            if deprecated
            else ""
        )
        + f"; x-current-api-version: {current.version}."
    )
    missing = [v for v in served if v not in available]
    if missing:
        console.print(f"[yellow]This spec has no description of {', '.join(missing)}.[/yellow]")
