"""Results store: every entry's result keyed by file sha256, rubric version and pipeline version.

SQLAlchemy over an embedded SQLite file by default, PostgreSQL by URL. One row per
(source, sha256, rubric, pipeline version); a changed file adds a new row and supersedes the old
one; a file that disappeared from the input folder is marked withdrawn, never deleted. Every
entry is committed on its own so a killed run loses nothing that was finished.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import numpy as np
from sqlalchemy import (
    Boolean,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    event,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class StoreBusy(RuntimeError):
    """Another run holds the store."""


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


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url, future=True)
        if url.startswith("sqlite"):
            _sqlite_pragmas(self.engine)
        Base.metadata.create_all(self.engine)

    # -- locking: two runs over one store at once would supersede each other's rows

    def acquire(self, holder: str | None = None) -> str:
        holder = holder or f"{socket.gethostname()}:{os.getpid()}"
        with Session(self.engine) as s:
            try:
                s.add(RunLock(name="review", holder=holder, since=datetime.now(timezone.utc)))
                s.commit()
            except IntegrityError:
                s.rollback()
                row = s.get(RunLock, "review")
                if row is not None and _stale(row.holder):
                    s.delete(row)
                    s.commit()
                    return self.acquire(holder)
                raise StoreBusy(
                    f"Another review run ({row.holder if row else 'unknown'}, since {row.since if row else '?'}) is using "
                    f"this store. Wait for it to finish, or remove the stale lock with `entry-review unlock`."
                ) from None
        return holder

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
        with Session(self.engine) as s, s.begin():
            s.execute(update(EntryRow).where(EntryRow.source == source, EntryRow.current.is_(True))
                      .values(current=False))
            s.add(EntryRow(source=source, entry_id=entry_id, sha256=sha256, rubric=rubric,
                           pipeline_version=version, status=result["status"], result=json.dumps(result),
                           embedding=None if embedding is None else np.asarray(embedding, np.float32).tobytes(),
                           current=True, withdrawn=False, reviewed_at=datetime.now(timezone.utc)))

    def reuse(self, source: str, sha256: str, rubric: str, version: str) -> StoredEntry | None:
        """The stored result of an unchanged file, made current again (and no longer withdrawn)."""
        found = self.find(source, sha256, rubric, version)
        if found is None:
            return None
        with Session(self.engine) as s, s.begin():
            s.execute(update(EntryRow).where(EntryRow.source == source).values(current=False))
            s.execute(update(EntryRow).where(EntryRow.source == source, EntryRow.sha256 == sha256,
                                             EntryRow.rubric == rubric, EntryRow.pipeline_version == version)
                      .values(current=True, withdrawn=False))
        return found

    def mark_withdrawn(self, present_sources: set[str]) -> list[str]:
        """Mark current rows whose file is gone as withdrawn; returns their sources."""
        with Session(self.engine) as s, s.begin():
            rows = s.scalars(select(EntryRow).where(EntryRow.current.is_(True), EntryRow.withdrawn.is_(False))).all()
            gone = [r for r in rows if r.source not in present_sources]
            for r in gone:
                r.withdrawn = True
            return sorted(r.source for r in gone)

    def current(self) -> Iterator[StoredEntry]:
        with Session(self.engine) as s:
            for row in s.scalars(select(EntryRow).where(EntryRow.current.is_(True), EntryRow.withdrawn.is_(False))
                                 .order_by(EntryRow.source)):
                yield _stored(row)

    def update_result(self, source: str, result: dict[str, Any]) -> None:
        with Session(self.engine) as s, s.begin():
            s.execute(update(EntryRow).where(EntryRow.source == source, EntryRow.current.is_(True))
                      .values(result=json.dumps(result)))

    def close(self) -> None:
        self.engine.dispose()


def _stored(row: EntryRow) -> StoredEntry:
    emb = None if row.embedding is None else np.frombuffer(row.embedding, dtype=np.float32).copy()
    return StoredEntry(row.source, row.entry_id, row.sha256, row.status, json.loads(row.result), emb)


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
    return False
