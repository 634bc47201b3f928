"""Fixtures for the version tests: copies of the spec to write made-up version files beside."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from adsapi.spec import DEFAULT_SPEC

CHANGE = {
    "description": "A change made up for a test.",
    "source": ["seed 004"],
    "dated": "documented",
}


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A copy of the spec without its version files; returns the root document."""
    shutil.copytree(
        DEFAULT_SPEC.parent, tmp_path / "spec", ignore=shutil.ignore_patterns("versions")
    )
    (tmp_path / "spec" / "versions").mkdir()
    return tmp_path / "spec" / "openapi.yaml"


def write_version(root: Path, changes: list[dict[str, Any]], version: str = "11", **extra) -> Path:
    """Write `versions/<version>.yaml` beside `root`; each change gets a made-up description,
    source and dating unless it has its own."""
    path = root.parent / "versions" / f"{version}.yaml"
    data = {
        "version": version,
        "based-on": str(int(version) + 1),
        "summary": "A version made up for a test.",
        "changes": [{**CHANGE, **change} for change in changes],
        **extra,
    }
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


@pytest.fixture
def versions_only(tmp_path: Path) -> Path:
    """An empty versions directory beside a root that is the main spec (not copied)."""
    (tmp_path / "spec" / "versions").mkdir(parents=True)
    return tmp_path / "spec" / "openapi.yaml"
