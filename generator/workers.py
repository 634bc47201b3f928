"""Worker processes for the slow steps of a cold generation: black and datamodel-code-generator.

Both are CPU-bound pure functions of their input, so a cold generation spreads them over one
process per core. On Linux the workers are forked from the generator, with its modules already
imported, and start in milliseconds; elsewhere they are spawned (a fresh interpreter, about half
a second before it can format anything), which only pays on large jobs.

The first worker is the one that runs datamodel-code-generator: the tool spends a third of a
second importing itself on its first run in a process, so `start` has that worker import it
while the generator is still loading the spec; the others import black. Each
worker has its own pipe and runs one task at a time; the generator hands out tasks whenever it
waits for a result. No thread is started, so forking stays safe.

`ADSAPI_GENERATOR_WORKERS=N` sets the number of workers; 0 runs everything in-process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# Below this much work (seconds, estimated), starting workers costs more than it saves: a fork
# takes milliseconds, a spawned interpreter that imports black about half a second.
FORK_WORTH = 0.05
SPAWN_WORTH = 3.0

MODELS = "models"  # the lane of tasks that must run on the first worker


def worker_count() -> int:
    configured = os.environ.get("ADSAPI_GENERATOR_WORKERS")
    if configured is not None:
        return max(0, int(configured))
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores if cores > 1 else 0


class Task(Generic[T]):
    """The result of a submitted function, to come (a minimal future)."""

    def __init__(self, workers: Workers | None = None) -> None:
        self._workers = workers
        self._done = False
        self._value: Any = None
        self._error: BaseException | None = None

    def _finish(self, ok: bool, value: Any) -> None:
        self._done = True
        if ok:
            self._value = value
        else:
            self._error = value

    def result(self) -> T:
        while not self._done:
            assert self._workers is not None
            self._workers._pump(block=True)
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[no-any-return]

    @classmethod
    def now(cls, function: Callable[..., T], *args: Any) -> Task[T]:
        task: Task[T] = cls()
        try:
            task._finish(True, function(*args))
        except Exception as exc:
            task._finish(False, exc)
        return task


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    running: deque[Task[Any]] = field(default_factory=deque)  # sent, not answered yet


class Workers:
    """Runs functions in worker processes started on first use (or by `start`), or in-process
    when there are none; used as a context manager, which stops them."""

    def __init__(self, count: int | None = None) -> None:
        self.count = worker_count() if count is None else count
        self._workers: list[_Worker] = []
        self._queue: deque[tuple[Task[Any], str | None, Callable[..., Any], tuple[Any, ...]]]
        self._queue = deque()

    def worth_it(self, seconds: float) -> bool:
        """Whether `seconds` of work are better done by the workers than in-process."""
        if self.count == 0:
            return False
        if self._workers:
            return True
        return seconds >= (FORK_WORTH if _can_fork() else SPAWN_WORTH)

    def start(self) -> None:
        """Start the workers now, if forking is cheap here, each importing what its tasks will
        need: the caller expects work but has other things to do first."""
        if self.count and _can_fork() and not self._workers:
            self._launch(self.count)

    def submit(
        self, parallel: bool, function: Callable[..., T], *args: Any, lane: str | None = None
    ) -> Task[T]:
        """`function(*args)` in a worker when `parallel`, else now, in this process. Tasks of
        the `MODELS` lane run on the first worker only."""
        if not (parallel and self.count):
            return Task.now(function, *args)
        if len(self._workers) < self.count:
            self._launch(self.count)
        task: Task[T] = Task(self)
        self._queue.append((task, lane, function, args))
        self._pump(block=False)
        return task

    def _launch(self, count: int) -> None:
        """Start workers until there are `count`."""
        context: Any = multiprocessing.get_context("fork" if _can_fork() else "spawn")
        # Frozen, the objects the workers inherit are never scanned by their garbage collector,
        # so their memory pages stay shared instead of being copied on first touch.
        gc.freeze()
        try:
            while len(self._workers) < count:
                ours, theirs = context.Pipe()
                process = context.Process(target=_serve, args=(theirs,), daemon=True)
                process.start()
                theirs.close()
                worker = _Worker(process, ours)
                worker.connection.send((_warm_up, (not self._workers,)))
                worker.running.append(Task(self))
                self._workers.append(worker)
        finally:
            gc.unfreeze()

    def _pump(self, block: bool) -> None:
        """Hand the queued tasks to the idle workers, take in the answers that are there
        (waiting for one if `block`), and hand out tasks again."""
        self._dispatch()
        busy = [w.connection for w in self._workers if w.running]
        if block and not busy:
            raise RuntimeError("waiting for a task no worker runs")
        for connection in wait(busy, timeout=None if block else 0):
            worker = next(w for w in self._workers if w.connection is connection)
            try:
                ok, value = worker.connection.recv()
            except EOFError:
                ok, value = False, RuntimeError(f"generator worker {worker.process.pid} died")
            worker.running.popleft()._finish(ok, value)
        self._dispatch()

    def _dispatch(self) -> None:
        # The last workers first: the first one, busy with the models' tool, joins in the
        # formatting only when the others have more than they can do.
        for index, worker in reversed(list(enumerate(self._workers))):
            if worker.running:
                continue
            for item in self._queue:
                task, lane, function, args = item
                if lane == MODELS and index != 0:
                    continue
                self._queue.remove(item)
                worker.connection.send((function, args))
                worker.running.append(task)
                break

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for worker in self._workers:
            if worker.running or not worker.process.is_alive():
                worker.process.terminate()  # busy, say with a warm-up nobody needs any more
            else:
                worker.connection.send(None)
        for worker in self._workers:
            worker.process.join()
            worker.connection.close()
        self._workers = []


def _can_fork() -> bool:
    # Forking while another thread holds a lock would copy the lock, held forever.
    return sys.platform == "linux" and threading.active_count() == 1


def _serve(connection: Connection) -> None:
    """A worker's loop: run each (function, args) received, send back (ok, result)."""
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return
        if message is None:
            return
        function, args = message
        try:
            answer: tuple[bool, Any] = (True, function(*args))
        except Exception as exc:
            answer = (False, exc)
        try:
            connection.send(answer)
        except Exception as exc:  # an answer that does not pickle
            connection.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def _warm_up(models: bool) -> None:
    """What a worker does first, while the spec loads: import its tool (black, or
    datamodel-code-generator for the first)."""
    if models:
        from adsapi.generator.models import warm_up

        warm_up()
    else:
        import black  # noqa: F401
