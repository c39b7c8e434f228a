"""Read files in worker processes, so that no file can crash, hang or exhaust the caller.

Each worker is a fresh interpreter started as ``python -m pipeline.ingest._worker``. It imports
only the readers (never the parent's ``__main__``, so never torch or Prefect), caps its own
address space with RLIMIT_AS and answers requests over a pipe. A worker that runs past the
timeout is killed and replaced; one that dies is replaced; the pool always keeps going.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, Pipe, wait
from pathlib import Path

import pipeline
from pipeline.ingest.limits import Limits
from pipeline.types import Document, EntryError

log = logging.getLogger(__name__)

_STARTUP_TIMEOUT_S = 60.0
_MAX_FAILED_STARTS = 3


class _Worker:
    def __init__(self, module: str, memory_bytes: int) -> None:
        parent_end, child_end = Pipe(duplex=True)
        env = dict(os.environ)
        package_root = str(Path(pipeline.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module, str(child_end.fileno()), str(memory_bytes)],
            pass_fds=(child_end.fileno(),),
            env=env,
            stdin=subprocess.DEVNULL,
        )
        child_end.close()
        self.conn: Connection = parent_end
        self.ready = False
        self.task: tuple[Path, str | None] | None = None
        self.started = time.monotonic()
        self.deadline = time.monotonic() + _STARTUP_TIMEOUT_S

    def send(self, path: Path, source: str | None, request: tuple, timeout_s: float) -> None:
        self.task = (path, source)
        self.deadline = time.monotonic() + timeout_s
        self.started = time.monotonic()
        self.conn.send(request)

    def kill(self) -> None:
        try:
            self.proc.kill()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            log.warning("worker %d did not exit after SIGKILL", self.proc.pid)
        self.conn.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.conn.send(None)
                self.proc.wait(timeout=2)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        self.kill()


class ParserPool:
    """N long-lived reader processes, each capped at ``limits.memory_bytes`` and ``limits.timeout_s`` a file.

    ``read(path)`` returns a Document or raises EntryError; ``map(paths)`` reads many files on all
    workers at once and yields ``(path, Document | EntryError)`` as each finishes. Paths are taken
    from the iterable only when a worker is free, so it may be a generator of work still arriving.

    A subclass may run other per-file work in the same way: it names its worker module, the
    request it sends, its time budget and the wording of its errors.
    """

    worker_module = "pipeline.ingest._worker"
    what = "reader"  # in messages: "the reader processes could not start"

    def __init__(self, workers: int = 2, limits: Limits = Limits()) -> None:
        if workers < 1:
            raise ValueError(f"a {type(self).__name__} needs at least one worker")
        self.limits = limits
        self._workers = [self._new_worker() for _ in range(workers)]
        self._failed_starts = 0
        self._closed = False
        self.durations: dict[Path, float] = {}  # seconds each file spent in a worker, timeouts included

    def __enter__(self) -> ParserPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker; a pool cannot be used after this."""
        if self._closed:
            return
        self._closed = True
        for worker in self._workers:
            worker.stop()
        self._workers = []

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """Process ids of the current workers (for monitoring; they change when a worker is replaced)."""
        return tuple(w.proc.pid for w in self._workers)

    def read(self, path: Path, *, source: str | None = None) -> Document:
        """Read one file in a worker. Raises EntryError when it cannot be read."""
        for _, result in self._run([(Path(path), source)]):
            if isinstance(result, EntryError):
                raise result
            return result
        raise AssertionError("unreachable: every task yields one result")

    def map(self, paths: Iterable[Path]) -> Iterator[tuple[Path, Document | EntryError]]:
        """Read every path, all workers at once; yields each result as it arrives (not in input order)."""
        return self._run((Path(p), None) for p in paths)

    # -- what a subclass may change

    def _new_worker(self) -> _Worker:
        return _Worker(self.worker_module, self.limits.memory_bytes)

    def _request(self, path: Path, source: str | None) -> tuple:
        return (str(path), source, self.limits)

    def _timeout_s(self) -> float:
        return self.limits.timeout_s

    def _crash_error(self, path: Path, how: str) -> EntryError:
        return EntryError(
            "too_large",
            f"{path.name} made the reader run out of memory or crash ({how}): ask the entrant for a smaller or "
            "re-exported copy (for a PDF, 'Print to PDF' often repairs it).",
        )

    def _timeout_error(self, path: Path) -> EntryError:
        return EntryError(
            "timeout",
            f"{path.name} took more than {self.limits.timeout_s:g} s to read and was stopped: the file may be damaged; "
            "ask the entrant for a re-exported copy.",
        )

    # -- the dispatch loop

    def _run(self, tasks: Iterable[tuple[Path, str | None]]) -> Iterator[tuple[Path, Document | EntryError]]:
        if self._closed:
            raise RuntimeError(f"this {type(self).__name__} is closed")
        pending: deque[tuple[Path, str | None]] = deque()
        source_of_tasks = iter(tasks)
        exhausted = False

        def take() -> bool:
            nonlocal exhausted
            if not pending and not exhausted:
                try:
                    pending.append(next(source_of_tasks))
                except StopIteration:
                    exhausted = True
            return bool(pending)

        try:
            while take() or any(w.task for w in self._workers):
                for worker in self._workers:
                    if worker.ready and worker.task is None and take():
                        path, source = pending.popleft()
                        try:
                            worker.send(path, source, self._request(path, source), self._timeout_s())
                        except (OSError, ValueError):
                            pending.appendleft((path, source))
                            self._replace(worker)
                if self._failed_starts >= _MAX_FAILED_STARTS:
                    while take():
                        path, _ = pending.popleft()
                        yield path, EntryError(
                            "internal_error",
                            f"{path.name} was not read: the {self.what} processes could not start (see the log).",
                        )
                    if not any(w.task for w in self._workers):
                        return
                now = time.monotonic()
                soonest = min(w.deadline for w in self._workers)
                timeout = None if soonest == float("inf") else max(0.0, soonest - now)
                ready = wait([w.conn for w in self._workers], timeout=timeout)
                for worker in list(self._workers):
                    if worker.conn in ready:
                        yield from self._receive(worker)
                now = time.monotonic()
                for worker in list(self._workers):
                    if worker.deadline <= now and (worker.task or not worker.ready):
                        yield from self._expire(worker)
        finally:
            # Tasks still running when the caller stops iterating would leave busy workers behind.
            for worker in list(self._workers):
                if worker.task is not None:
                    self._replace(worker)

    def _receive(self, worker: _Worker) -> Iterator[tuple[Path, Document | EntryError]]:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            task = worker.task
            code = worker.proc.poll()
            if code is None:
                try:
                    code = worker.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    code = None
            self._replace(worker)
            if task is None:
                if not worker.ready:
                    self._failed_starts += 1
                    log.error("a %s process exited while starting (exit code %s)", self.what, code)
                return
            path = task[0]
            self.durations[path] = time.monotonic() - worker.started
            how = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit code {code}"
            log.warning("%s process died on %s (%s)", self.what, path, how)
            yield path, self._crash_error(path, how)
            return
        if message == "ready":
            worker.ready = True
            worker.deadline = float("inf")
            self._failed_starts = 0
            return
        task = worker.task
        worker.task = None
        worker.deadline = float("inf")
        if task is None:
            return
        self.durations[task[0]] = time.monotonic() - worker.started
        kind, *payload, retire = message
        if retire:
            self._replace(worker)
        if kind == "ok":
            yield task[0], payload[0]
        else:
            code, text, status = payload
            yield task[0], EntryError(code, text, status=status)

    def _expire(self, worker: _Worker) -> Iterator[tuple[Path, Document | EntryError]]:
        task = worker.task
        self._replace(worker)
        if task is None:
            self._failed_starts += 1
            log.error("a %s process did not start within %.0f s", self.what, _STARTUP_TIMEOUT_S)
            return
        path = task[0]
        self.durations[path] = time.monotonic() - worker.started
        log.warning("%s took more than %.0f s in a %s process: worker stopped", path, self._timeout_s(), self.what)
        yield path, self._timeout_error(path)

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        index = self._workers.index(worker)
        self._workers[index] = self._new_worker()


def read_isolated(path: Path, limits: Limits = Limits(), *, source: str | None = None) -> Document:
    """Read one file in a one-off worker process under ``limits``. Raises EntryError when it cannot."""
    with ParserPool(1, limits) as pool:
        return pool.read(path, source=source)
