"""The analysis pool: real worker processes, real readers and models, on sample files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.analysis import AnalysisPool
from pipeline.ingest import Limits
from pipeline.rubric import load_rubric
from pipeline.run import WorkItem
from pipeline.types import EntryError, EntryReview
from tests.conftest import SAMPLES


def _items(*paths: Path) -> list[WorkItem]:
    return [WorkItem(str(p), p.name, p.stem, "") for p in paths]


@pytest.mark.slow
def test_pool_reviews_reads_rejects_and_keeps_its_models_between_calls(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200)
    rubric = load_rubric(None)
    with AnalysisPool(1, Limits()) as pool:
        first = dict(pool.review(_items(SAMPLES / "E001.pdf", broken), rubric))
        pids = pool.worker_pids
        second = dict(pool.review(_items(SAMPLES / "E002.docx"), rubric))
        assert pool.worker_pids == pids, "the same worker, models still loaded, serves the next batch"

    results = {item.source: result for item, result in {**first, **second}.items()}
    assert isinstance(results["broken.pdf"], EntryError) and results["broken.pdf"].code == "corrupt_file"
    for source in ("E001.pdf", "E002.docx"):
        review, vector, read_s = results[source]
        assert isinstance(review, EntryReview) and review.status == "reviewed" and review.source == source
        assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-4
        assert read_s > 0
        assert any(review.sections.values())


@pytest.mark.slow
def test_an_analysis_that_raises_is_that_entrys_internal_error_and_the_pool_goes_on():
    rubric = load_rubric(None)
    with AnalysisPool(1, Limits()) as pool:
        (item, result), = pool.review(_items(SAMPLES / "E003.pdf"), None)  # no rubric: the analysis fails
        assert isinstance(result, EntryError) and result.code == "internal_error"
        assert "E003.pdf" in result.message and "AttributeError" in result.message
        (item, result), = pool.review(_items(SAMPLES / "E003.pdf"), rubric)
        assert result[0].status == "reviewed"


class _Impatient(AnalysisPool):
    def _timeout_s(self) -> float:
        return 0.5  # less than loading the models takes


@pytest.mark.slow
def test_an_analysis_that_overruns_is_stopped_and_its_worker_replaced():
    with _Impatient(1, Limits()) as pool:
        pids = pool.worker_pids
        (item, result), = pool.review(_items(SAMPLES / "E004.docx"), load_rubric(None))
        assert isinstance(result, EntryError) and result.code == "timeout"
        assert "E004.docx" in result.message
        assert pool.worker_pids != pids
