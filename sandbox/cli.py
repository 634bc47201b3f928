"""`adsapi sandbox` and `adsapi report`: registered in `adsapi.cli`, imported lazily."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from adsapi.cli_common import spec_option
from adsapi.spec import SpecError, load_spec

if TYPE_CHECKING:
    from adsapi.sandbox.versions import ServedVersions


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    help="SQLite file that keeps the state across restarts (default: in memory).",
)
@click.option("--strict", is_flag=True, help="Reject non-canonical wire formats too.")
@click.option(
    "--report",
    "report_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the conformance report as JSON to this file on exit.",
)
@click.option(
    "--users",
    "users_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="JSON list of {user, consumer_key, consumer_secret, access_token, "
    "access_token_secret} (default: the development user of the README).",
)
@click.option(
    "--rate-limit-scale",
    default=1.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Multiply every rate limit by this (0.01 to reach 429 fast, 1000 for load tests).",
)
@click.option(
    "--rate-limit",
    "rate_limits",
    multiple=True,
    metavar="CLASS=N",
    help="Set one class's limit per window, e.g. writes=10 (repeatable; after the scale).",
)
@click.option(
    "--as-of",
    "as_of",
    metavar="YYYY-MM-DD",
    help="Emulate this day: serve the API versions served then (2019-03-01: 4 and 5), warn on "
    "the deprecated ones [default: today].",
)
@click.option("--seed", type=int, help="Seed the identifiers for reproducible runs.")
@click.option(
    "--max-body",
    default=2**20,
    show_default=True,
    type=click.IntRange(min=1),
    metavar="BYTES",
    help="The largest request body the sandbox reads; a larger one is answered 413.",
)
@spec_option
def sandbox(
    host: str,
    port: int,
    db: Path | None,
    strict: bool,
    report_path: Path | None,
    users_path: Path | None,
    rate_limit_scale: float,
    rate_limits: tuple[str, ...],
    as_of: str | None,
    seed: int | None,
    max_body: int,
    spec_path: Path | None,
) -> None:
    """Serve the stateful, validating sandbox of the Ads API."""
    from adsapi.sandbox.app import create_app
    from adsapi.sandbox.users import DEFAULT_USER, UsersFileError, load_users

    out = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        spec = load_spec(spec_path)
        users = load_users(users_path) if users_path else (DEFAULT_USER,)
        overrides = _rate_limits(rate_limits)
    except (SpecError, UsersFileError, click.BadParameter) as exc:
        err.print(f"[red]cannot start the sandbox:[/red] {exc}", markup=True)
        sys.exit(2)
    try:
        app = create_app(
            spec,
            as_of=as_of,
            users=users,
            db=db,
            strict=strict,
            rate_limit_scale=rate_limit_scale,
            rate_limits=overrides,
            report_path=report_path,
            seed=seed,
            max_body=max_body,
        )
    except ValueError as exc:
        err.print("[red]cannot start the sandbox:[/red] ", end="")
        err.print(str(exc), markup=False)
        sys.exit(2)
    served = app.state.sandbox.served
    out.print(f"Ads API sandbox on http://{host}:{port}", markup=False)
    for line in served_lines(served):
        out.print(line, markup=False)
    out.print(
        f"state: {db or 'in memory'}; {'strict' if strict else 'lenient'} mode; request bodies "
        f"up to {max_body} bytes",
        markup=False,
    )
    # The operator's link to the whole report; a user reads their own with a signed request.
    token = app.state.sandbox.operator_token
    out.print(
        f"report (every user's requests): http://{host}:{port}/_sandbox/report.html"
        f"?operator_token={token}" + (f"; and {report_path} on exit" if report_path else ""),
        markup=False,
    )
    if users_path is None:
        # The development credentials are public test values (see the README).
        out.print("development user (OAuth 1.0a, HMAC-SHA1):", markup=False)
        for name in ("consumer_key", "consumer_secret", "access_token", "access_token_secret"):
            out.print(f"  {name}: {getattr(DEFAULT_USER, name)}", markup=False)
    else:
        out.print(f"users: {', '.join(sorted({u.user for u in users}))}", markup=False)
    # Over a database file, a request signed before the first whole second after the start is
    # refused as a possible replay (see adsapi.sandbox.nonces): serve from that second on.
    time.sleep(max(0.0, app.state.sandbox.verifier.nonces.floor - time.time()))
    _serve(app, host, port)


def served_lines(served: ServedVersions) -> list[str]:
    """What the sandbox serves, for the start-up message."""
    day = served.day.isoformat()
    lines = [
        f"API versions {', '.join(f'/{v}' for v in served.specs)}, as served on {day}"
        + (" (emulated)" if served.emulated else " (today)")
        + f"; x-current-api-version: {served.current}"
    ]
    lines += [f"  /{version}: x-api-warn: {text}" for version, text in served.warnings.items()]
    return lines


def _serve(app: Any, host: str, port: int) -> None:
    import uvicorn

    from adsapi.sandbox.protocol import api_protocol

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    for name in ("adsapi.sandbox.access", "adsapi.sandbox.error"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    # uvicorn's own access log would print query strings, where a client may put oauth_*
    # parameters; the sandbox's access log drops those.
    # The protocol answers what the HTTP parser refuses in the API's format, not plain text.
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        http=api_protocol(app.state.sandbox.current_version),
    )


@click.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--html",
    "html_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the HTML page (default: PATH with an .html suffix).",
)
def report(path: Path, html_path: Path | None) -> None:
    """Render a sandbox conformance report: a table here, an HTML page on disk."""
    from adsapi.sandbox.render import ReportFormatError, load_report, render_console, render_html

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        data = load_report(path)
    except ReportFormatError as exc:
        err.print(f"[red]{exc}[/red]")
        sys.exit(2)
    render_console(data, Console(highlight=False))
    target = html_path or path.with_suffix(".html")
    target.write_text(render_html(data), encoding="utf-8")
    Console(highlight=False).print(f"HTML report: {target}", markup=False)


def _rate_limits(values: tuple[str, ...]) -> dict[str, int]:
    """--rate-limit CLASS=N options as a mapping; a malformed one is named in the error."""
    limits: dict[str, int] = {}
    for value in values:
        name, _, number = value.partition("=")
        if not name or not number.isdigit():
            raise click.BadParameter(
                f"--rate-limit takes CLASS=N with N a whole number, got {value!r}"
            )
        limits[name] = int(number)
    return limits
