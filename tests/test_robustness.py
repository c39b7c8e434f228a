"""Every file of the shared robustness corpus is read or refused with a reason; none stops the batch."""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

import pytest

from pipeline.ingest import Limits, ParserPool
from pipeline.types import ERROR_CODES, Document, EntryError




def _corpus() -> Path:
    """ENTRY_REVIEW_ROBUSTNESS_DIR, else ../shared/robustness beside the checkout, else the workspace copy."""
    candidates = [os.environ.get("ENTRY_REVIEW_ROBUSTNESS_DIR"),
                  Path(__file__).resolve().parents[2] / "shared" / "robustness",
                  "/work/shared/robustness"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path(candidates[1])


CORPUS = _corpus()
NOT_ENTRIES = {"MANIFEST.tsv", "README.md"}
# The limits the corpus baseline was measured with (shared/robustness/README.md).
LIMITS = Limits(timeout_s=60, memory_bytes=2 * 1024**3)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared robustness corpus not present")
def test_robustness_every_file_is_read_or_refused_with_a_reason(capsys):
    paths = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name not in NOT_ENTRIES)
    assert paths
    tally: Counter[str] = Counter()
    problems: list[str] = []
    started = time.monotonic()
    with ParserPool(2, LIMITS) as pool:
        for path, result in pool.map(paths):
            if isinstance(result, Document):
                if not result.text.strip():
                    problems.append(f"{path.name}: a Document without text")
                tally["reviewed"] += 1
            elif isinstance(result, EntryError):
                if result.code not in ERROR_CODES or result.status not in ("rejected", "skipped"):
                    problems.append(f"{path.name}: bad error {result.code}/{result.status}")
                if not result.message.strip() or path.name not in result.message:
                    problems.append(f"{path.name}: message does not name the file: {result.message!r}")
                if result.code == "internal_error":
                    problems.append(f"{path.name}: internal_error: {result.message}")
                tally[f"{result.status}:{result.code}"] += 1
            else:
                problems.append(f"{path.name}: unexpected result {result!r}")
        durations = {p.name: seconds for p, seconds in pool.durations.items()}
    elapsed = time.monotonic() - started
    assert sorted(durations) == sorted(p.name for p in paths)
    with capsys.disabled():
        slowest = max(durations, key=durations.get)
        print(f"\nrobustness corpus: {len(paths)} files in {elapsed:.1f} s with 2 workers")
        for key, count in sorted(tally.items()):
            print(f"  {key:32} {count}")
        print(f"  slowest: {slowest} {durations[slowest]:.1f} s")
    assert not problems, "\n".join(problems)
