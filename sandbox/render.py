"""The conformance report for people: a terminal table (rich) and a self-contained HTML page.

Both read the report's JSON (what `GET /_sandbox/report` serves and `--report` writes), so a
report from any run, of a client in any language, renders the same way. Decisions are made here
in Python; the HTML template only lays out the rows it is given.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from rich.console import Console
from rich.table import Table

RESULT_STYLES = {
    "pass": "green",
    "pass with deviations": "yellow",
    "fail": "red",
    "not exercised": "dim",
}
TEMPLATES = Path(__file__).parent / "templates"


class ReportFormatError(ValueError):
    pass


def load_report(path: Path | str) -> dict[str, Any]:
    """Read a report file; raise ReportFormatError saying what is wrong with it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReportFormatError(f"{path}: cannot read it ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise ReportFormatError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise ReportFormatError(f"{path}: not a sandbox report (expected a JSON object)")
    missing = [k for k in ("summary", "operations", "findings") if k not in data]
    if missing:
        raise ReportFormatError(f"{path}: not a sandbox report (no {', '.join(missing)})")
    return data


def summary_line(report: Mapping[str, Any]) -> str:
    s = report["summary"]
    user = report.get("user")  # a user's own report: only their requests are counted
    return (
        (f"user {user}'s requests only: " if user else "")
        + f"{s['requests']} requests, {s['operations_exercised']}/{s['operations']} operations "
        f"exercised, {s['operations_passed']} passed, {s['operations_failed']} failed; "
        f"{s['violations']} violation(s), {s['deviations']} deviation(s)"
    )


def example_text(example: Mapping[str, Any] | None) -> str:
    """An example request as one readable block: request line, then the body."""
    if not example:
        return ""
    query = "&".join(f"{k}={v}" for k, v in example.get("query", []))
    line = f"{example.get('method', '')} {example.get('path', '')}" + (f"?{query}" if query else "")
    body = example.get("body")
    if body is None:
        return line
    if isinstance(body, list) and all(isinstance(p, list) and len(p) == 2 for p in body):
        text = "&".join(f"{k}={v}" for k, v in body)
    else:
        text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return f"{line}\n{example.get('content_type') or ''}\n{text}".rstrip()


def versions_line(report: Mapping[str, Any]) -> str:
    """The versions served, those answered with x-api-warn marked, and the emulated day."""
    warned = report.get("warnings") or {}
    versions = ", ".join(
        f"{v} (x-api-warn)" if v in warned else v for v in report.get("versions") or []
    )
    as_of = report.get("as_of")
    return f"versions {versions or '?'}" + (f", as of {as_of}" if as_of else "")


def per_version(counts: Mapping[str, int] | None) -> str:
    """Requests per API version: `4: 3, 5: 1`."""
    return ", ".join(f"{v}: {n}" for v, n in (counts or {}).items())


def render_console(report: Mapping[str, Any], console: Console) -> None:
    console.print(f"[bold]Conformance report[/bold] ({report.get('title', '')})")
    console.print(versions_line(report), markup=False)
    console.print(summary_line(report), markup=False)
    table = Table(title="Operations", title_justify="left")
    for column in ("operation", "request", "count", "versions", "result", "outcomes"):
        table.add_column(column, no_wrap=column in ("operation", "count"), overflow="fold")
    for op in report["operations"]:
        style = RESULT_STYLES.get(op["result"], "")
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(op.get("outcomes", {}).items()))
        table.add_row(
            op["operation"],
            f"{op['method']} {op['path']}",
            str(op["requests"]),
            per_version(op.get("versions")),
            f"[{style}]{op['result']}[/{style}]" if style else op["result"],
            outcomes,
        )
    console.print(table)
    findings = report["findings"]
    if not findings:
        console.print("[green]No violation and no deviation.[/green]")
        return
    detail = Table(title="Violations and deviations", title_justify="left", show_lines=True)
    columns = ("operation", "version", "kind", "parameter", "rule", "count", "message", "example")
    for column in columns:
        detail.add_column(column, overflow="fold")
    for f in findings:
        style = "red" if f["kind"] == "violation" else "yellow"
        detail.add_row(
            f["operation"],
            f.get("version") or "",
            f"[{style}]{f['kind']}[/{style}]",
            f.get("parameter") or "",
            f["rule"],
            str(f["count"]),
            f["message"],
            example_text(f.get("example")),
        )
    console.print(detail)


def render_html(report: Mapping[str, Any]) -> str:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    operations = [
        {
            **op,
            "css": op["result"].replace(" ", "-"),
            "outcomes_text": ", ".join(
                f"{k} {v}" for k, v in sorted(op.get("outcomes", {}).items())
            ),
            "statuses_text": ", ".join(
                f"{k}: {v}" for k, v in sorted(op.get("statuses", {}).items())
            ),
            "versions_text": per_version(op.get("versions")),
        }
        for op in report["operations"]
    ]
    findings = [
        {
            **f,
            "version": f.get("version") or "",
            "parameter": f.get("parameter") or "",
            "example_text": example_text(f.get("example")),
        }
        for f in report["findings"]
    ]
    return environment.get_template("report.html.j2").render(
        title=report.get("title") or "Ads API sandbox",
        summary=summary_line(report),
        generated_at=report.get("generated_at") or "",
        strict="strict" if report.get("strict") else "lenient",
        versions=versions_line(report),
        operations=operations,
        findings=findings,
    )
