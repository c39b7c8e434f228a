"""The results store, on SQLite and on PostgreSQL: keys, supersession, withdrawal, embeddings, the run lock."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from pipeline.store import Store, StoreBusy, default_url, is_transient
from tests.postgres import postgres_schema

RUBRIC, VERSION = "best-partnership@1", "0.1.0"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path):
    if request.param == "sqlite":
        yield default_url(tmp_path)
    else:
        with postgres_schema() as url:
            yield url


@pytest.fixture
def store(store_url: str):
    s = Store(store_url)
    yield s
    s.close()


def result(entry_id: str, status: str = "reviewed", **extra) -> dict:
    return {"entry_id": entry_id, "status": status, **extra}


def test_store_put_then_reuse_unchanged_file(store: Store):
    store.put("E001.pdf", "E001", "a" * 64, RUBRIC, VERSION, result("E001", title="Falls"), None)

    found = store.reuse("E001.pdf", "a" * 64, RUBRIC, VERSION)

    assert found is not None and found.result["title"] == "Falls"
    assert store.history("E001.pdf") == [("a" * 64, True, False)]
    assert store.reuse("E001.pdf", "a" * 64, RUBRIC, "0.2.0") is None, "another pipeline version is not reused"
    assert store.reuse("E001.pdf", "a" * 64, "other@1", VERSION) is None, "another rubric is not reused"


def test_store_changed_file_supersedes_old_row_and_keeps_it(store: Store):
    store.put("E001.pdf", "E001", "a" * 64, RUBRIC, VERSION, result("E001", title="old"), None)
    store.put("E001.pdf", "E001", "b" * 64, RUBRIC, VERSION, result("E001", title="new"), None)

    assert store.history("E001.pdf") == [("a" * 64, False, False), ("b" * 64, True, False)]
    assert [e.result["title"] for e in store.current()] == ["new"]

    # Changed back: the stored result of the first version becomes current again, nothing is re-reviewed.
    assert store.reuse("E001.pdf", "a" * 64, RUBRIC, VERSION) is not None
    assert store.history("E001.pdf") == [("a" * 64, True, False), ("b" * 64, False, False)]


def test_store_removed_file_is_withdrawn_not_deleted_and_returns(store: Store):
    store.put("E001.pdf", "E001", "a" * 64, RUBRIC, VERSION, result("E001"), None)
    store.put("sub/E002.docx", "E002", "c" * 64, RUBRIC, VERSION, result("E002"), None)

    assert store.mark_withdrawn({"E001.pdf"}) == ["sub/E002.docx"]
    assert [e.source for e in store.current()] == ["E001.pdf"]
    assert store.history("sub/E002.docx") == [("c" * 64, True, True)], "kept, marked withdrawn"
    assert store.mark_withdrawn({"E001.pdf"}) == [], "withdrawn once"

    assert store.reuse("sub/E002.docx", "c" * 64, RUBRIC, VERSION) is not None
    assert [e.source for e in store.current()] == ["E001.pdf", "sub/E002.docx"]
    assert store.history("sub/E002.docx") == [("c" * 64, True, False)]


def test_store_embeddings_round_trip_exactly(store: Store):
    vector = np.random.default_rng(7).standard_normal(384).astype(np.float32)
    store.put("E001.pdf", "E001", "a" * 64, RUBRIC, VERSION, result("E001"), vector)
    store.put("E002.pdf", "E002", "b" * 64, RUBRIC, VERSION, result("E002", "rejected"), None)

    stored = {e.source: e for e in store.current()}

    assert stored["E001.pdf"].embedding.dtype == np.float32
    np.testing.assert_array_equal(stored["E001.pdf"].embedding, vector)
    assert stored["E002.pdf"].embedding is None and stored["E002.pdf"].status == "rejected"


def test_store_second_run_is_refused_with_a_clear_message(store_url: str):
    first, second = Store(store_url), Store(store_url)
    try:
        holder = first.acquire()
        with pytest.raises(StoreBusy, match=r"Another review run .* is using this store.*entry-review unlock"):
            second.acquire(f"{socket.gethostname()}:{os.getppid()}")  # a live process on this host
        with pytest.raises(StoreBusy):
            second.acquire("other-host:1")  # a process elsewhere is never presumed dead
        first.release(holder)
        assert second.acquire("other-host:1") == "other-host:1"
    finally:
        first.close()
        second.close()


def test_store_lock_of_a_dead_process_is_taken_over(store: Store):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    store.acquire(f"{socket.gethostname()}:{dead.pid}")

    holder = store.acquire()

    assert holder == f"{socket.gethostname()}:{os.getpid()}"
    store.release(holder)


def test_store_lock_race_has_one_winner(store_url: str):
    stores = [Store(store_url) for _ in range(4)]
    outcomes: list[str] = []
    barrier = threading.Barrier(len(stores))

    def contend(i: int) -> None:
        barrier.wait()
        try:
            stores[i].acquire(f"other-host:{i}")
            outcomes.append("won")
        except StoreBusy:
            outcomes.append("busy")

    threads = [threading.Thread(target=contend, args=(i,)) for i in range(len(stores))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert sorted(outcomes) == ["busy", "busy", "busy", "won"]


def test_store_write_retries_while_sqlite_file_is_locked(tmp_path: Path):
    url = default_url(tmp_path)
    Store(url).close()  # create the tables
    blocker = sqlite3.connect(tmp_path / "results.sqlite", isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")
    store = Store(url, busy_timeout=0.05, retry_delays=(0.2, 0.2, 0.5, 1.0))
    timer = threading.Timer(0.4, blocker.execute, args=("COMMIT",))
    timer.start()
    try:
        store.put("E001.pdf", "E001", "a" * 64, RUBRIC, VERSION, result("E001"), None)  # waits, then succeeds
    finally:
        timer.join()
        blocker.close()
    assert [e.source for e in store.current()] == ["E001.pdf"]

    blocker = sqlite3.connect(tmp_path / "results.sqlite", isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")
    impatient = Store(url, busy_timeout=0.05, retry_delays=(0.05,))
    try:
        with pytest.raises(Exception) as raised:  # still locked after every attempt: the task's retry takes over
            impatient.put("E002.pdf", "E002", "b" * 64, RUBRIC, VERSION, result("E002"), None)
        assert is_transient(raised.value)
    finally:
        blocker.execute("COMMIT")
        blocker.close()
        impatient.close()
        store.close()


def test_store_transient_errors_are_told_apart_from_faults():
    from sqlalchemy.exc import IntegrityError, OperationalError

    assert is_transient(OperationalError("UPDATE …", {}, Exception("database is locked")))
    assert is_transient(ConnectionError("server closed the connection"))
    assert not is_transient(IntegrityError("INSERT …", {}, Exception("duplicate key")))
    assert not is_transient(NotADirectoryError("in/ is not a folder"))
    assert not is_transient(None)
