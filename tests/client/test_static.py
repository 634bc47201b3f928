"""The generated package passes `mypy --strict` and ruff, and its types say what calls return."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GENERATED = Path(__file__).resolve().parents[2] / "generated"
USAGE = Path(__file__).with_name("typed_usage.py")
BIN = Path(sys.executable).parent


def test_generated_code_passes_ruff() -> None:
    result = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", "."],
        cwd=GENERATED,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def mypy_strict(*targets: str, cache: str = "mypy", cwd: Path | None = None) -> str:
    """mypy --strict (the generated package's configuration) on `targets`: its complaints, or
    "" when there is none."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(GENERATED / "pyproject.toml"),
            "--cache-dir",
            str(GENERATED.parent / ".cache" / cache),
            *targets,
        ],
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    return "" if result.returncode == 0 else result.stdout + result.stderr


def test_generated_code_and_its_use_pass_mypy_strict() -> None:
    assert mypy_strict(str(GENERATED / "twitter_ads_client"), str(USAGE)) == ""
