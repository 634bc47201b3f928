"""The hand-written code meets the project's bar: ruff's lint and format, and mypy.

The generated package has its own, stricter check (tests/client/test_static.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SOURCES = ["adsapi", "generator", "sandbox", "templates", "tests", "bench", "interop"]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_lint_and_format() -> None:
    lint = run(str(BIN / "ruff"), "check", "--no-cache", *SOURCES)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    layout = run(str(BIN / "ruff"), "format", "--check", "--no-cache", *SOURCES)
    assert layout.returncode == 0, layout.stdout + layout.stderr


def test_toolkit_type_checks() -> None:
    checked = run(
        str(BIN / "mypy"),
        "adsapi",  # the generator and the sandbox through its links
        "--ignore-missing-imports",
        "--cache-dir",
        str(ROOT / ".cache" / "mypy-toolkit"),
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_hypothesis_budgets_live_in_one_place() -> None:
    """Budgets come from tests/budget.py's profiles, never from numbers in a test."""
    setting = "max_" + "examples="  # spelled so that this test does not find itself
    written = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path.name != "budget.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if setting in line
    ]
    assert written == [], "hard-coded hypothesis budgets: " + ", ".join(written)
