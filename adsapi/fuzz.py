"""`adsapi fuzz URL`: schemathesis against any server of the API, every request signed.

It writes the bundled spec of the version under test to a temporary file and runs
schemathesis's own command line on it with `adsapi.fuzz_hooks` loaded (OAuth 1.0a signing,
form bodies as the spec writes them, the spec-aware checks), so everything schemathesis's
`run` takes can follow `--`. schemathesis is an optional dependency: `pip install
'adsapi[fuzz]'`. Only click is imported up front, so that `adsapi --help` stays fast.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from adsapi.cli_common import spec_option

# Set for the hooks: the server's versioned root, where they learn its entities before the run.
BASE_URL_VARIABLE = "ADSAPI_FUZZ_URL"

# schemathesis's checks that a correct server of this API fails; fuzz_hooks replaces them.
REPLACED_CHECKS = "positive_data_acceptance,use_after_free"
CREDENTIAL_OPTIONS = {
    "consumer_key": "TWITTER_CONSUMER_KEY",
    "consumer_secret": "TWITTER_CONSUMER_SECRET",
    "access_token": "TWITTER_ACCESS_TOKEN",
    "access_token_secret": "TWITTER_ACCESS_TOKEN_SECRET",
}


def _credential(name: str, variable: str) -> Any:
    return click.option(
        f"--{name.replace('_', '-')}",
        name,
        envvar=variable,
        default=None,
        show_envvar=True,
        help=f"OAuth 1.0a {name.replace('_', ' ')} (default: the sandbox development user's).",
    )


def fuzz_command(
    url: str,
    version: str | None,
    spec_path: Path | None,
    credentials: dict[str, str | None],
    schemathesis_args: tuple[str, ...],
) -> int:
    """Run schemathesis; return its exit status."""
    from adsapi.spec import SpecError, check_spec, default_spec_path

    if importlib.util.find_spec("schemathesis") is None:
        raise click.ClickException(
            "adsapi fuzz runs schemathesis, which is not installed: pip install 'adsapi[fuzz]'"
        )
    root = spec_path or default_spec_path()
    try:
        result = check_spec(root, version=version)
    except SpecError as exc:
        raise click.ClickException(f"the spec at {root} has problems; run `adsapi check`") from exc
    document = result.bundle.document
    _refuse_production(url, document)
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "adsapi.fuzz_hooks", "ADSAPI_SPEC": str(root)}
    env.update({CREDENTIAL_OPTIONS[k]: v for k, v in credentials.items() if v})
    base_url = f"{url.rstrip('/')}/{result.spec.version}"
    env[BASE_URL_VARIABLE] = base_url
    with tempfile.TemporaryDirectory(prefix="adsapi-fuzz-") as folder:
        bundled = Path(folder) / "openapi.json"
        bundled.write_text(json.dumps(document), encoding="utf-8")
        # -P: the working folder is not put on sys.path (a file there must not shadow a module).
        command = [
            sys.executable,
            "-P",
            "-m",
            "schemathesis.cli",
            "run",
            str(bundled),
            "--url",
            base_url,
            "--exclude-checks",
            REPLACED_CHECKS,
            *schemathesis_args,
        ]
        click.echo(f"schemathesis against {base_url} (API version {result.spec.version})", err=True)
        return subprocess.run(command, env=env).returncode


def _refuse_production(url: str, document: dict[str, Any]) -> None:
    """Fuzzing creates and deletes entities at random: never against the real API."""
    host = urlsplit(url).hostname
    for server in document.get("servers", []):
        if server.get("x-environment") == "production" and urlsplit(server["url"]).hostname == host:
            raise click.ClickException(
                f"{host} is a production host of the API (spec servers); fuzzing spends real "
                "money there. Fuzz the sandbox host or a server of your own."
            )


@click.command("fuzz", context_settings={"ignore_unknown_options": True})
@click.argument("url")
@click.option(
    "--version",
    "version",
    default=None,
    metavar="N",
    help="API version to test, added to URL (default: the version the main spec describes).",
)
@spec_option
@_credential("consumer_key", "TWITTER_CONSUMER_KEY")
@_credential("consumer_secret", "TWITTER_CONSUMER_SECRET")
@_credential("access_token", "TWITTER_ACCESS_TOKEN")
@_credential("access_token_secret", "TWITTER_ACCESS_TOKEN_SECRET")
@click.argument("schemathesis_args", nargs=-1, type=click.UNPROCESSED)
def fuzz(
    url: str,
    version: str | None,
    spec_path: Path | None,
    consumer_key: str | None,
    consumer_secret: str | None,
    access_token: str | None,
    access_token_secret: str | None,
    schemathesis_args: tuple[str, ...],
) -> None:
    """Fuzz the server at URL (its root; the version is added) with schemathesis.

    Every request is signed with OAuth 1.0a; arguments after `--` go to `schemathesis run`
    (`-- --max-examples 20 --phases fuzzing`). Exit status: schemathesis's.
    """
    credentials = {
        "consumer_key": consumer_key,
        "consumer_secret": consumer_secret,
        "access_token": access_token,
        "access_token_secret": access_token_secret,
    }
    sys.exit(fuzz_command(url, version, spec_path, credentials, schemathesis_args))
