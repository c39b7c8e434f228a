"""Results store: every entry's result keyed by file sha256, rubric version and pipeline version.

SQLAlchemy over an embedded SQLite file by default, PostgreSQL by URL. One row per
(source, sha256, rubric, pipeline version); a changed file adds a new row and supersedes the old
one; a file that disappeared from the input folder is marked withdrawn, never deleted. Every
entry is committed on its own so a killed run loses nothing that was finished.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

import numpy as np
from sqlalchemy import (
    Boolean,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    delete,
    event,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


log = logging.getLogger(__name__)

T = TypeVar("T")

# Waits between attempts of a store write that failed for a passing reason (a SQLite file locked
# past its busy timeout, a PostgreSQL connection dropped or a serialisation conflict).
RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0)


CURRENT_BATCH = 100  # rows fetched at a time by Store.current


class StoreBusy(RuntimeError):
    """Another run holds the store."""


def is_transient(exc: BaseException | None) -> bool:
    """Worth trying again: the database was busy or unreachable, not wrong.

    Used by the store's own retries and by the flow's tasks to decide whether a failed batch is retried.
    """
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, (OperationalError, InterfaceError, ConnectionError, TimeoutError))


class Base(DeclarativeBase):
    pass


class EntryRow(Base):
    __tablename__ = "entry_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(1024), index=True)
    entry_id: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    rubric: Mapped[str] = mapped_column(String(256))
    pipeline_version: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    result: Mapped[str] = mapped_column(Text)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RunLock(Base):
    __tablename__ = "run_lock"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(256))
    since: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class StoredEntry:
    source: str
    entry_id: str
    sha256: str
    status: str
    result: dict[str, Any]
    embedding: np.ndarray | None


def default_url(out_dir: Path) -> str:
    return f"sqlite:///{(Path(out_dir) / 'results.sqlite').resolve()}"


def _sqlite_pragmas(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.close()


class Store:
    def __init__(self, url: str, *, busy_timeout: float = 30.0, retry_delays: tuple[float, ...] = RETRY_DELAYS) -> None:
        self.url = url
        self.retry_delays = retry_delays
        # pool_pre_ping: a nightly process keeps its engine across hours; PostgreSQL may have
        # dropped the connection in between.
        self.engine = create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"))
        if url.startswith("sqlite"):
            _sqlite_pragmas(self.engine, int(busy_timeout * 1000))
        self._retrying(lambda: Base.metadata.create_all(self.engine))

    def _retrying(self, write: Callable[[], T]) -> T:
        """Run one transaction again, after a pause, when it failed for a passing reason."""
        for delay in (*self.retry_delays, None):
            try:
                return write()
            except Exception as exc:
                if delay is None or not is_transient(exc):
                    raise
                log.warning("results store busy (%s); trying again in %.1f s", type(exc).__name__, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    # -- locking: two runs over one store at once would supersede each other's rows

    def acquire(self, holder: str | None = None) -> str:
        """Take the run lock, or raise StoreBusy naming who holds it.

        The lock is one row with a fixed primary key, so two runs racing for it on PostgreSQL or
        SQLite cannot both win: the second insert fails. A lock whose holder is a dead process on
        this host (a killed run) is taken over.
        """
        holder = holder or f"{socket.gethostname()}:{os.getpid()}"
        for _ in range(3):
            with Session(self.engine) as s:
                try:
                    s.add(RunLock(name="review", holder=holder, since=datetime.now(timezone.utc)))
                    s.commit()
                    return holder
                except IntegrityError:
                    s.rollback()
                row = s.get(RunLock, "review")
                if row is None:
                    continue  # released between our insert and our look: try again
                if not _stale(row.holder):
                    since = _utc(row.since).strftime("%Y-%m-%d %H:%M UTC")
                    raise StoreBusy(
                        f"Another review run ({row.holder}, since {since}) is using this store. Wait for it to "
                        "finish; if that run is gone (killed on another machine), remove its lock with "
                        "`entry-review unlock`.")
                log.warning("taking over the lock of a run that no longer exists (%s)", row.holder)
                # Delete only that stale holder's row, so a run that took it over meanwhile keeps its lock.
                s.execute(delete(RunLock).where(RunLock.name == "review", RunLock.holder == row.holder))
                s.commit()
        raise StoreBusy("Could not take the run lock of this store (other runs keep taking it); try again.")

    def release(self, holder: str) -> None:
        with Session(self.engine) as s:
            row = s.get(RunLock, "review")
            if row is not None and row.holder == holder:
                s.delete(row)
                s.commit()

    def force_unlock(self) -> None:
        with Session(self.engine) as s:
            row = s.get(RunLock, "review")
            if row is not None:
                s.delete(row)
                s.commit()

    # -- results

    def find(self, source: str, sha256: str, rubric: str, version: str) -> StoredEntry | None:
        with Session(self.engine) as s:
            row = s.scalars(
                select(EntryRow)
                .where(EntryRow.source == source, EntryRow.sha256 == sha256,
                       EntryRow.rubric == rubric, EntryRow.pipeline_version == version)
                .order_by(EntryRow.id.desc())
                .limit(1)
            ).first()
            return _stored(row) if row else None

    def put(self, source: str, entry_id: str, sha256: str, rubric: str, version: str,
            result: dict[str, Any], embedding: np.ndarray | None) -> None:
        """Store one entry's result and make it the current one for its source (one transaction)."""
        blob = None if embedding is None else np.asarray(embedding, np.float32).tobytes()

        def write() -> None:
            with Session(self.engine) as s, s.begin():
                s.execute(update(EntryRow).where(EntryRow.source == source, EntryRow.current.is_(True))
                          .values(current=False))
                s.add(EntryRow(source=source, entry_id=entry_id, sha256=sha256, rubric=rubric,
                               pipeline_version=version, status=result["status"], result=json.dumps(result),
                               embedding=blob, current=True, withdrawn=False, reviewed_at=datetime.now(timezone.utc)))

        self._retrying(write)

    def reuse(self, source: str, sha256: str, rubric: str, version: str) -> StoredEntry | None:
        """The stored result of an unchanged file, made current again (and no longer withdrawn)."""
        found = self._retrying(lambda: self.find(source, sha256, rubric, version))
        if found is None:
            return None

        def write() -> None:
            with Session(self.engine) as s, s.begin():
                s.execute(update(EntryRow).where(EntryRow.source == source).values(current=False))
                s.execute(update(EntryRow).where(EntryRow.source == source, EntryRow.sha256 == sha256,
                                                 EntryRow.rubric == rubric, EntryRow.pipeline_version == version)
                          .values(current=True, withdrawn=False))

        self._retrying(write)
        return found

    def mark_withdrawn(self, present_sources: set[str]) -> list[str]:
        """Mark current rows whose file is gone as withdrawn; returns their sources."""
        def write() -> list[str]:
            with Session(self.engine) as s, s.begin():
                rows = s.scalars(select(EntryRow).where(EntryRow.current.is_(True), EntryRow.withdrawn.is_(False))).all()
                gone = [r for r in rows if r.source not in present_sources]
                for r in gone:
                    r.withdrawn = True
                return sorted(r.source for r in gone)

        return self._retrying(write)

    def current(self) -> Iterator[StoredEntry]:
        """Every current entry, by source; read in batches, so a large store is never all in memory."""
        with Session(self.engine) as s:
            rows = s.scalars(select(EntryRow).where(EntryRow.current.is_(True), EntryRow.withdrawn.is_(False))
                             .order_by(EntryRow.source).execution_options(yield_per=CURRENT_BATCH))
            for row in rows:
                yield _stored(row)
                s.expunge(row)

    def update_result(self, source: str, result: dict[str, Any]) -> None:
        def write() -> None:
            with Session(self.engine) as s, s.begin():
                s.execute(update(EntryRow).where(EntryRow.source == source, EntryRow.current.is_(True))
                          .values(result=json.dumps(result)))

        self._retrying(write)

    def history(self, source: str) -> list[tuple[str, bool, bool]]:
        """Every stored row of one source, oldest first, as (sha256, current, withdrawn)."""
        with Session(self.engine) as s:
            rows = s.execute(select(EntryRow.sha256, EntryRow.current, EntryRow.withdrawn)
                             .where(EntryRow.source == source).order_by(EntryRow.id)).all()
            return [(r.sha256, bool(r.current), bool(r.withdrawn)) for r in rows]

    def close(self) -> None:
        self.engine.dispose()


def _stored(row: EntryRow) -> StoredEntry:
    emb = None if row.embedding is None else np.frombuffer(bytes(row.embedding), dtype=np.float32).copy()
    return StoredEntry(row.source, row.entry_id, row.sha256, row.status, json.loads(row.result), emb)


def _utc(moment: datetime) -> datetime:
    # SQLite hands DateTime(timezone=True) back naive; it was written in UTC.
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _stale(holder: str) -> bool:
    """A lock left by a process on this host that no longer exists (a killed run)."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return _zombie(int(pid))


def _zombie(pid: int) -> bool:
    """Killed but not yet reaped by its parent: gone as far as the lock is concerned (Linux only)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]
