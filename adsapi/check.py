"""`adsapi check`: validate the spec and print a one-screen summary of it."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table

from adsapi.spec import CheckResult
from adsapi.spec.lint import extension_usage
from adsapi.spec.loader import display_path


def render_summary(result: CheckResult, console: Console) -> None:
    spec = result.spec
    bundle = result.bundle
    environments = Counter(s.environment for s in spec.servers)
    console.print(
        f"[bold]{spec.title}[/bold] version {spec.version} · OpenAPI "
        f"{spec.document['openapi']} · {display_path(bundle.root)} "
        f"(+{len(bundle.files) - 1} files) · [green]valid[/green]"
    )
    console.print(
        f"live versions {', '.join(spec.live_versions)} (default {spec.default_version}) · "
        f"servers: {environments['production']} production, {environments['sandbox']} sandbox · "
        f"security: {spec.security_scheme} (OAuth 1.0a, HMAC-SHA1)"
    )

    table = Table(title="Operations per resource (* sandbox only)", title_justify="left")
    table.add_column("resource")
    table.add_column("operations")
    table.add_column("count", justify="right")
    for resource in spec.resources.values():
        verbs = " ".join(op.verb + ("*" if op.sandbox_only else "") for op in resource.operations)
        table.add_row(resource.name, verbs, str(len(resource.operations)))
    table.add_row("[bold]total[/bold]", "", f"[bold]{len(spec.operations)}[/bold]")
    console.print(table)

    per_status = Counter(code.status for code in spec.error_codes.values())
    console.print(
        f"[bold]error codes[/bold] {len(spec.error_codes)}: "
        + ", ".join(f"{status}: {count}" for status, count in sorted(per_status.items()))
    )
    classes = Counter(op.rate_limit_class for op in spec.operations.values())
    console.print(
        "[bold]rate-limit classes[/bold] "
        + ", ".join(
            f"{c.name} {c.limit}/{c.window_seconds}s {c.scope} {c.counted}"
            + (f" ({classes[c.name]} ops)" if classes[c.name] else "")
            for c in spec.rate_limit_classes.values()
        )
    )
    console.print(
        "[bold]extensions[/bold] "
        + ", ".join(
            f"{name} ({count})" for name, count in extension_usage(dict(spec.document)).items()
        )
    )
