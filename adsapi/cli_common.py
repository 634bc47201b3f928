"""What several `adsapi` commands share: the `--spec` option and how spec problems are shown.

It imports nothing else of the toolkit, so every command module can use it without cycles.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

spec_option = click.option(
    "--spec",
    "spec_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Root document of the spec (default: spec/openapi.yaml of this repository).",
)


def print_problems(console: Any, headline: str, problems: Iterable[Any]) -> None:
    """`headline`, then one line per problem: file#pointer: message (never wrapped)."""
    console.print(f"[red]{headline}[/red]")
    for problem in problems:
        console.print(f"  {problem.file}#{problem.pointer or '/'}: {problem.message}", markup=False)
