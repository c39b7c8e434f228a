"""Nightly reruns through ``pipeline.run.review_corpus`` (no Prefect): incremental and resumable.

An unchanged folder re-reads nothing; a changed file is reviewed again and supersedes its old
result; a removed file is withdrawn from the outputs but kept in the store; a run killed half way
loses only the entry it was working on, and the next run picks up the rest.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from pipeline.run import RunConfig, review_corpus, sha256_file
from pipeline.store import EntryRow, RunLock, default_url
from tests.conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow


def copy_samples(dest: Path, names: list[str]) -> Path:
    dest.mkdir(parents=True)
    for name in names:
        shutil.copy2(SAMPLES / name, dest / name)
    return dest


def entry_ids(out: Path) -> set[str]:
    return {p.stem for p in (out / "entries").glob("*.json")}


def triage_ids(out: Path) -> set[str]:
    with (out / "triage.csv").open(newline="", encoding="utf-8-sig") as fh:
        return {row["entry_id"] for row in csv.DictReader(fh)}


def store_rows(out: Path) -> list[tuple[str, bool, bool]]:
    engine = create_engine(default_url(out))
    with engine.connect() as conn:
        rows = conn.execute(select(EntryRow.source, EntryRow.current, EntryRow.withdrawn).order_by(EntryRow.id)).all()
    engine.dispose()
    return [(r.source, bool(r.current), bool(r.withdrawn)) for r in rows]


def test_resume_rerun_reviews_only_new_and_changed_files(tmp_path: Path):
    inputs = copy_samples(tmp_path / "in", ["E001.pdf", "E002.docx", "E003.pdf", "E004.docx"])
    out = tmp_path / "out"
    config = RunConfig(input_dir=str(inputs), out_dir=str(out))

    first = review_corpus(config)
    assert first["files"]["reviewed_now"] == 4
    assert entry_ids(out) == triage_ids(out) == {"E001", "E002", "E003", "E004"}

    again = review_corpus(config)
    assert again["files"]["reviewed_now"] == 0, "an unchanged folder re-parses nothing"
    assert again["files"]["reused"] == 4
    assert len(store_rows(out)) == 4

    shutil.copy2(SAMPLES / "E005.pdf", inputs / "E003.pdf")  # E003 replaced by a different entry
    (inputs / "E004.docx").unlink()  # E004 withdrawn by its entrant
    third = review_corpus(config)

    assert third["files"]["reviewed_now"] == 1
    assert third["files"]["reused"] == 2
    assert third["files"]["withdrawn"] == ["E004.docx"]
    assert entry_ids(out) == triage_ids(out) == {"E001", "E002", "E003"}
    assert "E004" not in (out / "index.html").read_text(encoding="utf-8")
    rows = store_rows(out)
    assert [r for r in rows if r[0] == "E003.pdf"] == [("E003.pdf", False, False), ("E003.pdf", True, False)], \
        "the old result is kept, no longer current"
    assert [r for r in rows if r[0] == "E004.docx"] == [("E004.docx", True, True)], "withdrawn, not deleted"
    new_e003 = json.loads((out / "entries" / "E003.json").read_text())
    assert new_e003["sha256"] == sha256_file(SAMPLES / "E005.pdf")
    assert new_e003["source"] == "E003.pdf"

    shutil.copy2(SAMPLES / "E004.docx", inputs / "E004.docx")  # and sent back unchanged
    fourth = review_corpus(config)
    assert fourth["files"]["reviewed_now"] == 0
    assert entry_ids(out) == {"E001", "E002", "E003", "E004"}


# The run a nightly job would start, slowed after each stored entry so that the kill below
# lands part way through the batch rather than after it.
DRIVER = """
import sys, time
from pipeline.run import RunConfig, review_corpus
review_corpus(RunConfig(input_dir=sys.argv[1], out_dir=sys.argv[2], workers=1),
              progress=lambda entry_id, status: time.sleep(0.5), batch_size=3)
"""


def test_resume_after_kill_redoes_nothing_finished(tmp_path: Path):
    names = ["E001.pdf", "E002.docx", "E003.pdf", "E004.docx", "E005.pdf", "E006.docx", "E007.pdf", "E008.docx"]
    inputs = copy_samples(tmp_path / "in", names)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(inputs), str(out)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while not any((out / "entries").glob("*.json")):
            assert proc.poll() is None, f"the run ended before it stored anything: {proc.stderr.read().decode()[-2000:]}"
            assert time.monotonic() < deadline, "no entry stored within 180 s"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert not (out / "run.json").exists(), "killed before the run finished"

    done = {source for source, _, _ in store_rows(out)}
    assert 1 <= len(done) < len(names)
    engine = create_engine(default_url(out))
    with engine.connect() as conn:
        lock = conn.execute(select(RunLock.holder)).scalar_one()
    engine.dispose()
    assert lock == f"{socket.gethostname()}:{proc.pid}", "the killed run left its lock behind"

    summary = review_corpus(RunConfig(input_dir=str(inputs), out_dir=str(out)))  # takes over the stale lock

    assert summary["files"]["reviewed_now"] == len(names) - len(done), "nothing finished is redone"
    assert summary["files"]["reused"] == len(done)
    rows = store_rows(out)
    assert len(rows) == len(names), "one row per file: no entry was stored twice"
    assert entry_ids(out) == triage_ids(out) == {n.split(".")[0] for n in names}
    assert sum(summary["counts"].values()) == len(names)
    engine = create_engine(default_url(out))
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(RunLock)).scalar_one() == 0, "lock released"
    engine.dispose()
