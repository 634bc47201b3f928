"""A report of `adsapi diff` as text (rich), JSON or Markdown."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.text import Text

from adsapi.diff.compare import RULES, SEVERITIES, Change, Report

TITLES = {
    "breaking": "Breaking changes",
    "additive": "Additive changes",
    "documentation": "Documentation changes",
}
_STYLES = {"breaking": "bold red", "additive": "green", "documentation": "dim"}


def headline(report: Report) -> str:
    counts = report.counts()
    parts = [f"{counts['breaking']} breaking", f"{counts['additive']} additive"]
    if counts["documentation"]:
        parts.append(f"{counts['documentation']} documentation")
    return ", ".join(parts)


def _where(change: Change) -> str:
    return ", ".join(change.operations)


def to_json(report: Report) -> str:
    data = {
        "old": {"label": report.old_label, "version": report.old_version},
        "new": {"label": report.new_label, "version": report.new_version},
        "summary": report.counts(),
        "changes": [
            {
                "severity": c.severity,
                "rule": c.rule,
                "rule_text": RULES.get(c.rule or ""),
                "target": c.target,
                "subject": c.subject,
                "message": c.message,
                "resource": c.resource,
                "operations": list(c.operations),
                "old": _plain(c.old),
                "new": _plain(c.new),
            }
            for c in report.changes
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _plain(value: Any) -> Any:
    """JSON-able form of a compared value (filters and such are dataclasses)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "__dict__"):
        return _plain(vars(value))
    return str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    lines = [
        f"# API changes: {report.old_label} → {report.new_label}",
        "",
        f"Versions {report.old_version} → {report.new_version}: **{headline(report)}**.",
    ]
    for severity in SEVERITIES:
        changes = report.of(severity)
        if not changes:
            continue
        columns = ["resource", "change", *(["rule"] if severity == "breaking" else []), "where"]
        lines += ["", f"## {TITLES[severity]}", ""]
        lines += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        for c in changes:
            cells = [c.resource or "", f"{c.target} `{c.subject}`: {c.message}"]
            if severity == "breaking":
                cells.append(RULES.get(c.rule or "", ""))
            cells.append(_where(c))
            lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    if not report.changes:
        lines += ["", "No changes."]
    return "\n".join(lines) + "\n"


def to_text(report: Report, console: Console) -> None:
    """A list rather than a table: it stays readable in a narrow terminal and in CI logs."""
    console.print(
        f"[bold]{escape(report.old_label)}[/bold] → [bold]{escape(report.new_label)}[/bold] "
        f"(versions {report.old_version} → {report.new_version}): {headline(report)}"
    )
    if not report.changes:
        console.print("No changes.")
    for severity in SEVERITIES:
        changes = report.of(severity)
        if not changes:
            continue
        style = _STYLES[severity]
        console.print(f"\n[{style}]{TITLES[severity]} ({len(changes)})[/{style}]")
        for c in changes:
            rule = f"  [dim]({c.rule}: {RULES[c.rule]})[/dim]" if c.rule else ""
            line = f"• {escape(c.target)} [bold]{escape(c.subject)}[/bold]: {escape(c.message)}"
            console.print(Padding(Text.from_markup(line + rule), (0, 0, 0, 2), expand=False))
            where = " · ".join(part for part in (c.resource or "", _where(c)) if part)
            if where:
                console.print(Padding(Text(where, style="dim"), (0, 0, 0, 4), expand=False))
