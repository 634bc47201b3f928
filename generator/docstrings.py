"""Docstrings from the spec's prose, wrapped and escaped before they reach a template."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from functools import lru_cache

WIDTH = 88  # text columns; with the indentation of a method body this stays within 100


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def paragraph(text: str, width: int = WIDTH, indent: str = "") -> list[str]:
    return list(_wrapped(text, width, indent))


@lru_cache(maxsize=8192)  # the same descriptions recur across operations (ids, paging, ...)
def _wrapped(text: str, width: int, indent: str) -> tuple[str, ...]:
    return tuple(
        textwrap.wrap(
            escape(text),
            width=width,
            initial_indent=indent,
            subsequent_indent=indent + ("    " if indent else ""),
            break_long_words=False,
            break_on_hyphens=False,
        )
        or [indent.rstrip()]
    )


def docstring(
    summary: str,
    description: str = "",
    arguments: Sequence[tuple[str, str]] = (),
    returns: str = "",
    notes: Sequence[str] = (),
) -> str:
    """A Google-style docstring body (no quotes, no indentation)."""
    lines = paragraph(summary.rstrip(".") + "." if summary else "")
    for text in (description, *notes):
        if text:
            lines += ["", *paragraph(text)]
    if arguments:
        lines += ["", "Args:"]
        for name, text in arguments:
            lines += paragraph(f"{name}: {text}" if text else name, indent="    ")
    if returns:
        lines += ["", "Returns:", *paragraph(returns, indent="    ")]
    return "\n".join(lines)
