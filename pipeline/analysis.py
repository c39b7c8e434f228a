"""Review files on every core: worker processes that read and analyse, each loading the models once.

Everything after reading (sections, evidence, partners, flags, the entry's vector) is CPU-bound
model work, so it runs in ``workers`` long-lived analysis processes, each a fresh interpreter
(``python -m pipeline.analysis``) that never imports the caller's ``__main__``. Each analysis
process reads its files through its own isolated reader process (``ingest.ParserPool``, with the
memory cap and timeout of the run's limits), loads MiniLM and spaCy on its first entry, and keeps
them for every later one. The pool lives as long as the calling process (``shared_pool``), so
batch after batch reuses the loaded models.

The dispatch loop, crash handling and timeouts are ParserPool's: a file that cannot be read comes
back as its EntryError; an analysis that raises comes back as that entry's ``internal_error``; a
worker that dies or overruns is replaced and its file reported, and the pool keeps going.
"""

from __future__ import annotations

import atexit
import logging
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pipeline.ingest.isolation import ParserPool, _Worker
from pipeline.ingest.limits import Limits
from pipeline.types import EntryError

log = logging.getLogger(__name__)

ANALYSIS_TIMEOUT_S = 300.0  # for one entry's analysis, on top of the reading limit (model loading included)


class AnalysisPool(ParserPool):
    """``review(items, rubric)`` yields ``(item, (EntryReview, vector, read_seconds) | EntryError)``."""

    worker_module = "pipeline.analysis"
    what = "analysis"

    def __init__(self, workers: int = 2, limits: Limits = Limits()) -> None:
        self._items: dict[Path, tuple[Any, Any]] = {}
        self.lock = threading.Lock()  # one caller at a time: the dispatch loop is not re-entrant
        super().__init__(workers, limits)

    def review(self, items: Sequence[Any], rubric: Any) -> Iterator[tuple[Any, Any]]:
        by_path = {Path(i.path): i for i in items}
        self._items = {p: (i, rubric) for p, i in by_path.items()}
        for path, result in self._run((p, i.source) for p, i in by_path.items()):
            yield by_path[path], result

    def _new_worker(self) -> _Worker:
        return _Worker(self.worker_module, 0)  # no cap here: the models need room; the reader is capped

    def _request(self, path: Path, source: str | None) -> tuple:
        item, rubric = self._items[path]
        return (str(path), source, self.limits, item, rubric)

    def _timeout_s(self) -> float:
        return self.limits.timeout_s + ANALYSIS_TIMEOUT_S

    def _crash_error(self, path: Path, how: str) -> EntryError:
        return EntryError("internal_error", f"{path.name} could not be reviewed: the analysis process died ({how}). "
                          "This is a fault in entry-review or the machine, not in the file: please report it.")

    def _timeout_error(self, path: Path) -> EntryError:
        return EntryError("timeout", f"{path.name} took more than {self._timeout_s():g} s to review and was stopped: "
                          "please report it with the file.")


_pools: dict[tuple[int, Limits], AnalysisPool] = {}
_pools_lock = threading.Lock()


def shared_pool(workers: int, limits: Limits) -> AnalysisPool:
    """The process-wide pool of this size and these limits, started on first use, stopped at exit."""
    with _pools_lock:
        key = (workers, limits)
        if key not in _pools:
            _pools[key] = AnalysisPool(workers, limits)
        return _pools[key]


def close_pools() -> None:
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close()


atexit.register(close_pools)


# --------------------------------------------------------------------------- the worker process


def internal_error(source: str, exc: BaseException) -> EntryError:
    return EntryError(
        "internal_error",
        f"{source} could not be reviewed ({type(exc).__name__}: {exc}). "
        "This is a fault in entry-review, not in the file: please report it with the file.",
    )


def _libc_trim():
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to trim
        return None


_malloc_trim = _libc_trim()


def release_memory() -> None:
    """Hand freed heap back to the system after each entry, so that two analysis processes with
    models loaded stay near their resting size (about 680 MB each) rather than their peaks."""
    if _malloc_trim is not None:
        _malloc_trim(0)


def main(fd: int) -> None:
    conn = Connection(fd)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    from pipeline.ingest._worker import requests
    from pipeline.run import load_models, review_document

    readers: ParserPool | None = None
    try:
        for path, source, limits, item, rubric in requests(conn):
            if readers is None or readers.limits != limits:
                if readers is not None:
                    readers.close()
                readers = ParserPool(1, limits)
            started = time.monotonic()
            try:
                document = readers.read(Path(path), source=source)
            except EntryError as exc:
                conn.send(("error", exc.code, exc.message, exc.status, False))
                continue
            read_s = time.monotonic() - started
            try:
                reply = ("ok", (*review_document(document, item, rubric, load_models(rubric)), read_s), False)
            except Exception as exc:  # one entry's failure must not end the batch
                logging.getLogger(__name__).exception("reviewing %s failed", item.source)
                error = internal_error(item.source, exc)
                reply = ("error", error.code, error.message, error.status, False)
            conn.send(reply)
            release_memory()
    finally:
        if readers is not None:
            readers.close()


if __name__ == "__main__":
    main(int(sys.argv[1]))
