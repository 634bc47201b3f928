"""YAML reading for spec files: plain JSON-compatible data, problems located by line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from adsapi.spec.problems import Problem, SpecError

# libyaml's parser when present: six times faster than the pure-Python one on this spec.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_SafeBase):  # type: ignore[misc,valid-type]
    """Safe loader that keeps dates as strings: the spec is JSON data, `2022-10-27` is text."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, display_name: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError([Problem(display_name, "", f"cannot read file: {exc.strerror}")]) from None
    try:
        return yaml.load(text, Loader=_SpecLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError([Problem(display_name, "", f"invalid YAML{where}: {problem}")]) from None
