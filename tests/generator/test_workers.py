"""Worker processes: the same results as in-process, errors passed back, models on the first."""

from __future__ import annotations

import os

import pytest

from adsapi.generator import workers as workers_module
from adsapi.generator.workers import MODELS, Workers


def test_without_workers_everything_runs_at_once_in_process() -> None:
    with Workers(0) as pool:
        assert pool.submit(True, os.getpid).result() == os.getpid()
        failed = pool.submit(True, int, "not a number")
        with pytest.raises(ValueError, match="not a number"):
            failed.result()


def test_forked_workers_answer_each_task_and_pass_errors_back() -> None:
    with Workers(2) as pool:
        tasks = [pool.submit(True, len, "x" * n) for n in range(20)]
        failed = pool.submit(True, int, "not a number")
        models = [pool.submit(True, os.getpid, lane=MODELS) for _ in range(3)]
        assert [t.result() for t in tasks] == list(range(20))
        with pytest.raises(ValueError, match="not a number"):
            failed.result()
        assert len({t.result() for t in models}) == 1  # all on the first worker
        assert models[0].result() != os.getpid()


def test_spawned_workers_where_forking_is_not_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers_module, "_can_fork", lambda: False)
    with Workers(1) as pool:
        assert not pool.worth_it(1.0)  # an interpreter's start costs more than a second's work
        assert pool.submit(True, len, "abc").result() == 3
