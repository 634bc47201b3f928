"""`adsapi demo` (what `make run` shows): the generated client through a whole workflow against a
strict in-process sandbox, every operation exercised, nothing the sandbox objects to."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from adsapi.cli import main
from adsapi.spec import load_spec


def test_demo_exercises_every_operation_without_a_violation(tmp_path: Path) -> None:
    report_path = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["demo", "--seed", "3", "--report", str(report_path)])
    assert result.exit_code == 0, result.output
    assert "strict mode" in result.output
    assert "batch: create, rename and delete" in result.output
    report = json.loads(report_path.read_text())
    summary = report["summary"]
    assert summary["operations_exercised"] == len(load_spec().operations)
    assert (summary["operations_failed"], summary["violations"], summary["deviations"]) == (0, 0, 0)
    assert {o["result"] for o in report["operations"]} == {"pass"}
